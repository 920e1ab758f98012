"""A PKCS#11 library whose token can be pulled out, for the carrier watch (SoftHSM2's cannot)."""

from __future__ import annotations

from types import SimpleNamespace

import PyKCS11


class FakeLibrary:
    """Stands in for PyKCS11Lib's slot calls (SoftHSM2's token cannot be pulled out)."""

    def __init__(self) -> None:
        self.present = True
        self.serial = "A1"
        self.error: int | None = None

    def getSlotInfo(self, slot: int) -> SimpleNamespace:
        if self.error is not None:
            raise PyKCS11.PyKCS11Error(self.error)
        return SimpleNamespace(flags=PyKCS11.CKF_TOKEN_PRESENT if self.present else 0)

    def getTokenInfo(self, slot: int) -> SimpleNamespace:
        return SimpleNamespace(serialNumber=f"{self.serial:<16}")

"""What the crypto layer needs from a key: its certificate and the raw signature of bytes."""

from __future__ import annotations

from typing import Protocol


class Signer(Protocol):
    """A key that signs: `sign(data)` returns the raw SHA-256 signature of `data`.

    RSA: PKCS#1 v1.5; EC: a DER Ecdsa-Sig-Value. `algorithm` is "rsa" or "ec".
    """

    @property
    def certificate_der(self) -> bytes: ...

    @property
    def algorithm(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...

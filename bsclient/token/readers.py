"""The reader a carrier sits in, as PKCS#11 names its slot (what the clerk sees on the set-up page)."""

from __future__ import annotations

from bsclient.token.errors import pkcs11_errors
from bsclient.token.module import Pkcs11Module, TokenInfo


def reader_name(module: Pkcs11Module, token: TokenInfo) -> str:
    """The slot's description (the PC/SC reader's name for a smart-card carrier); call on the token thread."""
    with pkcs11_errors():
        return str(module.lib.getSlotInfo(token.slot_id).slotDescription).strip()

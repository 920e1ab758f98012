"""What the logged-in user may do, from what the bank said at login (R3.1-R3.4).

The bank decides (refbank/documents/signing_rights.py); the client only hides what would be refused.
"""

from __future__ import annotations

from bsclient.client.models import UserInfo


def may_prepare(user: UserInfo) -> bool:
    """Create, change and import drafts: anyone who may sign, and users without right when the
    company lets them prepare documents for others (else they only view)."""
    return user.may_prepare


def may_sign_first(user: UserInfo) -> bool:
    """Sign a new document: a single signature, or the first of two."""
    return user.may_sign and user.sign_right in ("single", "first")


def signs_second(user: UserInfo) -> bool:
    """Place the second signature under documents a first signer sent."""
    return user.may_sign and user.sign_right == "second"

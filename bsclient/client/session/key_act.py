"""The key certificate act: what the clerk takes to the branch for a new key, as plain data.

The bank issues the certificate of a requested key only after its officer has the act signed by the
key's owner and the company's head, and has compared the key's fingerprint on it with the request's
(`refbank certificates approve ID --fingerprint …`). The act is printed in Kazakh and Russian.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bsclient.client.models import UserInfo
from bsclient.client.session.key_request import KeyRequest
from bsclient.crypto.public_key import PublicKeyFacts, public_key_facts

# The signing right as the act names it, Kazakh / Russian.
SIGN_RIGHTS = {
    "single": "Жалғыз қолтаңба / Единственная подпись",
    "first": "Бірінші қолтаңба / Первая подпись",
    "second": "Екінші қолтаңба / Вторая подпись",
    "none": "Қол қою құқығы жоқ / Без права подписи",
}


@dataclass(frozen=True)
class KeyAct:
    """Who the key is for, the key, and its request at the bank (`replacement`: instead of a revoked key)."""

    company: str
    company_bin: str
    owner: str
    iin: str  # "" when the bank did not say: written in by hand
    sign_right: str  # as SIGN_RIGHTS names it
    key: PublicKeyFacts
    request_id: str
    requested_at: datetime | None
    replacement: bool


def key_act(user: UserInfo, request: KeyRequest, *, replacement: bool = False) -> KeyAct:
    """The act for `request`'s key, made for `user`; CryptoError when the key cannot be read."""
    return KeyAct(company=user.company_name, company_bin=user.company_bin, owner=user.full_name, iin=user.iin,
                  sign_right=SIGN_RIGHTS.get(user.sign_right, user.sign_right), key=public_key_facts(
                      request.key.public_key_der), request_id=request.request_id,
                  requested_at=request.requested_at, replacement=replacement)

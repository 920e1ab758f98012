"""Logging in the tests' way with the second factor (R8.2): the carrier's proof signed with the key the
test enrolled for that user (a SoftHSM2 carrier or a software key), or the one-time code read from the
bank's outbox (the stand-in for the user's phone).

`log_in(api, bank, login)` for a BankApi; `prove_session(bank, login, session)` for a plain
requests.Session holding the Bearer token (tests/helpers/refbank_server.login).
"""

from __future__ import annotations

import base64
import re
import sqlite3
from typing import Any

from bsclient.client.models import UserInfo
from bsclient.client.session.login import (
    CarrierProofNeeded,
    LoginCodeNeeded,
    answer_login_code,
    challenge_signature,
    prove_carrier,
)
from installer.provisioning import ProvisionedCarrier
from tests.helpers.software_keys import SoftwareSigner

_signers: dict[tuple[str, str], Any] = {}  # (bank data dir, login) -> ProvisionedCarrier or a software signer


def remember_key(bank: Any, login: str, key: Any) -> None:
    """The key the test enrolled for `login` at `bank` proves the user's carrier at later logins."""
    _signers[(str(bank.data_dir), login)] = key


def remembered_key(bank: Any, login: str) -> Any:
    key = _signers.get((str(bank.data_dir), login))
    assert key is not None, f"the bank wants {login}'s carrier, and no test enrolled a key for {login}"
    return key


def last_login_code(bank: Any, login: str) -> str:
    """The newest code the bank texted the user (read from its outbox table, as `refbank outbox` does)."""
    with sqlite3.connect(bank.data_dir / "bank.sqlite3", timeout=30) as conn:
        (text,) = conn.execute("SELECT o.text FROM outbox o JOIN users u ON u.id = o.user_id WHERE u.login = ? "
                               "ORDER BY o.id DESC LIMIT 1", (login,)).fetchone()
    match = re.search(r"Code (\d{6})", text)
    assert match is not None, text
    return match.group(1)


def sign_challenge(key: Any, challenge: bytes) -> bytes:
    """A detached CMS over the challenge by `key`: on the carrier (PKCS#11) or in software."""
    from bsclient.client.carrier import Carrier as KeyCarrier
    from bsclient.client.carrier import Pin, TokenSigner, signing_key

    needed = CarrierProofNeeded(user=None, challenge=challenge, expires_at=None)  # type: ignore[arg-type]
    if isinstance(key, TokenSigner):  # a key on a carrier the test holds open
        return challenge_signature(needed, key)
    if isinstance(key, SoftwareSigner):
        return key.sign(challenge)
    if not isinstance(key, ProvisionedCarrier):
        return key(challenge)  # type: ignore[no-any-return]  # signs on the thread that holds the carrier
    carrier = KeyCarrier(key.module)  # the client's way: the token on its own thread, the bank on this one
    try:
        carrier.open(Pin(key.user_pin), label=key.label)
        return challenge_signature(needed, carrier.signer(signing_key(carrier.key_pairs())))
    finally:
        carrier.shutdown()


def log_in(api: Any, bank: Any, login: str, password: str | None = None, *, key: Any = None) -> UserInfo:
    """BankApi.login and its second factor answered; the whole session's UserInfo."""
    answer = api.login(login, password if password is not None else bank.users[login])
    return finish_login(api, bank, answer, key=key)


def finish_login(api: Any, bank: Any, answer: Any, *, key: Any = None) -> UserInfo:
    """Answer the second factor of a BankApi.login's `answer`: the code from the outbox, or the proof by
    `key` (a TokenSigner, a ProvisionedCarrier, a software signer) or the key the test enrolled for the user."""
    if isinstance(answer, LoginCodeNeeded):
        return answer_login_code(api, answer, last_login_code(bank, answer.user.login))
    if isinstance(answer, CarrierProofNeeded):
        key = key if key is not None else remembered_key(bank, answer.user.login)
        return prove_carrier(api, answer, sign_challenge(key, answer.challenge))
    return answer  # type: ignore[no-any-return]


def prove_session(bank: Any, login: str, session: Any, second_factor: dict[str, Any] | None,
                  *, key: Any = None) -> None:
    """Answer a raw login's `second_factor` on the requests.Session carrying its token."""
    if second_factor is None:
        return
    if second_factor["kind"] == "code":
        answer = session.post(bank.api + "/session/code", json={"code": last_login_code(bank, login)}, timeout=20)
    else:
        challenge = base64.b64decode(second_factor["challenge"])
        signature = sign_challenge(key if key is not None else remembered_key(bank, login), challenge)
        answer = session.post(bank.api + "/session/proof", timeout=20, json={
            "challenge": second_factor["challenge"], "signature": base64.b64encode(signature).decode("ascii")})
    assert answer.status_code == 200, answer.text

"""Logging in with a second factor (R8.2), as values like python-fints' "needs a TAN": `log_in` answers
UserInfo when the session is whole, CarrierProofNeeded (sign the bank's challenge on the carrier) or
LoginCodeNeeded (type the code sent to the phone); the caller answers and gets UserInfo.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bsclient.client.models import UserInfo
from bsclient.client.session.access import CodeNeeded
from bsclient.client.session.bank_errors import BankError
from bsclient.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # the crypto layer loads when a challenge is signed, not with the login window
    from bsclient.crypto.signer import Signer

Api = Any  # bank_api.BankApi: `login` and its authorised `request`

CHALLENGE_PREFIX = b"bsclient login challenge\n"  # refbank/access/login_proof.py; documents never start so


@dataclass(frozen=True)
class CarrierProofNeeded:
    """The bank wants the carrier's signature over `challenge` before the session is whole."""

    user: UserInfo
    challenge: bytes
    expires_at: datetime | None


@dataclass(frozen=True)
class LoginCodeNeeded:
    """The bank sent a one-time code instead of the carrier's proof (users without a signing key)."""

    user: UserInfo
    code: CodeNeeded


LoginAnswer = UserInfo | CarrierProofNeeded | LoginCodeNeeded


def user_of(answer: LoginAnswer) -> UserInfo:
    return answer if isinstance(answer, UserInfo) else answer.user


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) and value else None


def second_factor(user: UserInfo, wire: object) -> LoginAnswer:
    """The login answer's `second_factor` (docs/wire-protocol.md) as a value; None: the user itself."""
    if not isinstance(wire, dict):
        return user
    if wire.get("kind") == "carrier":
        return CarrierProofNeeded(user, base64.b64decode(wire["challenge"], validate=True),
                                  _time(wire.get("expires_at")))
    if wire.get("kind") == "code":
        return LoginCodeNeeded(user, CodeNeeded("login", str(wire["sent_to"]), _time(wire.get("expires_at"))))
    raise ValueError(f"unknown second factor {wire.get('kind')!r}")


def log_in(api: Api, login: str, password: str) -> LoginAnswer:
    """The one way in: the password, then whatever second factor the bank asks for (a BankError when the
    bank refuses the password: wrong_credentials, user_blocked)."""
    answer: LoginAnswer = api.login(login, password)
    return answer


def challenge_signature(needed: CarrierProofNeeded, signer: Signer) -> bytes:
    """The carrier's detached CMS over the challenge (call on the token thread). Only a login challenge
    is signed: a server cannot get a document signed by calling it a challenge."""
    if not needed.challenge.startswith(CHALLENGE_PREFIX):
        raise BankError(Message("Access", QT_TRANSLATE_NOOP(
            "Access", "The bank sent a login challenge that is not one: nothing was signed. This may be a fake server; call the bank.")),
            "challenge_malformed")
    from bsclient.crypto import sign_detached  # noqa: PLC0415 - start-up: the crypto layer loads when a challenge is signed

    return sign_detached(needed.challenge, signer)


def prove_carrier(api: Api, needed: CarrierProofNeeded, signature: bytes) -> UserInfo:
    """Send the carrier's signature; the session is whole after it. A refusal is a BankError whose
    message is the clerk's sentence for its reason (login_refusal_message)."""
    body = {"challenge": base64.b64encode(needed.challenge).decode("ascii"),
            "signature": base64.b64encode(signature).decode("ascii")}
    with _clerk_sentences():
        api.request("POST", "/session/proof", json=body)
    return needed.user


def new_challenge(api: Api, user: UserInfo) -> CarrierProofNeeded:
    """A fresh challenge for the same session (after a refused or expired one)."""
    with _clerk_sentences():
        answer = second_factor(user, api.request("POST", "/session/challenge"))
    assert isinstance(answer, CarrierProofNeeded)
    return answer


def answer_login_code(api: Api, needed: LoginCodeNeeded, code: str) -> UserInfo:
    with _clerk_sentences():
        api.request("POST", "/session/code", json={"code": code})
    return needed.user


def new_login_code(api: Api, needed: LoginCodeNeeded) -> LoginCodeNeeded:
    with _clerk_sentences():
        answer = second_factor(needed.user, api.request("POST", "/session/code:new"))
    assert isinstance(answer, LoginCodeNeeded)
    return answer


# The clerk's sentence for each refusal of the proof (the code refusals are bank_errors' own).
_REFUSALS: dict[str, str] = {
    "carrier_not_yours": QT_TRANSLATE_NOOP("Access", "This carrier's key is not the one the bank knows for you: it belongs to another user. Insert your own key carrier and try again."),
    "carrier_revoked": QT_TRANSLATE_NOOP("Access", "The certificate of the key on this carrier has been revoked, so it no longer opens your session. Insert a carrier with a valid key, or call the bank for a new certificate."),
    "carrier_unknown": QT_TRANSLATE_NOOP("Access", "The key on this carrier has no certificate of this bank that is valid now. Insert the carrier the bank gave you, or call the bank."),
    "proof_invalid": QT_TRANSLATE_NOOP("Access", "The bank could not verify the carrier's signature of the login challenge. Try again; if this repeats, call the bank."),
    "challenge_expired": QT_TRANSLATE_NOOP("Access", "The login challenge expired before the carrier signed it. Try again: the bank sends a new one."),
    "challenge_used": QT_TRANSLATE_NOOP("Access", "This login challenge was answered already and cannot be used again. Try again: the bank sends a new one."),
    "challenge_unknown": QT_TRANSLATE_NOOP("Access", "The bank did not give this login challenge to your session. Sign in again."),
    "no_proof_pending": QT_TRANSLATE_NOOP("Access", "The bank no longer waits for the carrier's proof for this session. Sign in again."),
    "no_code_pending": QT_TRANSLATE_NOOP("Access", "The bank no longer waits for a login code for this session. Sign in again."),
    "second_factor_required": QT_TRANSLATE_NOOP("Access", "The login is not finished: the bank waits for the key carrier's proof or the one-time code. Sign in again."),
}


def login_refusal_message(exc: BankError) -> Message | None:
    """The clerk's sentence for a refused proof or login code; None: the bank error's own sentence."""
    source = _REFUSALS.get(exc.code or "")
    return Message("Access", source) if source else None


@contextmanager
def _clerk_sentences() -> Iterator[None]:
    """Re-raises a refusal of the second factor with the clerk's sentence for its reason."""
    try:
        yield
    except BankError as exc:
        message = login_refusal_message(exc)
        if message is None:
            raise
        raise BankError(message, exc.code, http_status=exc.http_status, params=exc.params) from exc


class CarrierProof:
    """Answers the login's challenge with a carrier's signer (call on the token thread). The first call
    uses the challenge the login brought; each later one (another carrier after a refusal, or after
    the challenge expired) asks the bank for a fresh one, since every challenge serves one try."""

    def __init__(self, api: Api, needed: CarrierProofNeeded) -> None:
        self._api = api
        self._user = needed.user
        self._first: CarrierProofNeeded | None = needed

    def __call__(self, signer: Signer) -> UserInfo:
        needed, self._first = self._first, None
        if needed is None:
            needed = new_challenge(self._api, self._user)
        return prove_carrier(self._api, needed, challenge_signature(needed, signer))

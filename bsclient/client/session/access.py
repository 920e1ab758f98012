"""The clerk's side of the bank's access rules: login refusals with tries left and "blocked until",
the password policy, a password change whose one-time code comes back as a value (python-fints'
"needs a TAN"), blocking one's own access, and the user's own journal (R7.1, R8.7).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from bsclient.client.session.bank_errors import BankError
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.password import PasswordPolicy, PersonalData

Api = Any  # bank_api.BankApi: its authorised `request` is all this module uses


@dataclass(frozen=True)
class CodeNeeded:
    """The bank sent a one-time code and waits for it: answer it by calling again with `code`."""

    purpose: str
    sent_to: str
    expires_at: datetime | None


@dataclass(frozen=True)
class PasswordChanged:
    pass


@dataclass(frozen=True)
class JournalEntry:
    at: datetime
    address: str
    action: str
    outcome: str


def local_time_text(utc_text: str, zone: tzinfo | None = None) -> str:
    """A bank moment ("…Z") in the clerk's time zone, as the clerk reads it (dd.mm.yyyy hh:mm)."""
    moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def login_refusal(exc: BankError, zone: tzinfo | None = None) -> Message | None:
    """R8.4: the login window's sentence with tries left or "blocked until"; None: the usual sentence."""
    params = exc.params
    if exc.code == "wrong_credentials" and isinstance(params.get("tries_left"), int):
        return Message("Access", QT_TRANSLATE_NOOP(
            "Access", "The login or password is wrong. Tries left before the user is blocked: {tries}. Check the keyboard layout and Caps Lock."),
            {"tries": params["tries_left"]})
    if exc.code == "user_blocked" and params.get("by_bank"):
        return Message("Access", QT_TRANSLATE_NOOP(
            "Access", "The bank has blocked this user until it unblocks it. Call the bank on its official number to unblock it."))
    if exc.code == "user_blocked" and isinstance(params.get("until"), str):
        return Message("Access", QT_TRANSLATE_NOOP(
            "Access", "Too many wrong passwords: the user is blocked until {until}. Try again then, or call the bank to unblock it sooner."),
            {"until": local_time_text(params["until"], zone)})
    return None


def password_policy(api: Api) -> tuple[PasswordPolicy, PersonalData]:
    answer = api.request("GET", "/password-policy")
    personal = answer.get("personal") or {}
    policy = PasswordPolicy(int(answer["min_length"]), int(answer["max_length"]), int(answer["history"]),
                            int(answer["max_age_days"]))
    person = PersonalData(login=str(personal.get("login") or ""), names=tuple(personal.get("names") or ()),
                          birth_date=str(personal.get("birth_date") or ""), phone=str(personal.get("phone") or ""),
                          extra_digits=tuple(filter(None, [personal.get("iin")])))
    return policy, person


def change_password(api: Api, *, current: str, new: str, code: str | None = None) -> PasswordChanged | CodeNeeded:
    """R5.5, R8.3: first call → CodeNeeded (the bank sent a code); again with the code → PasswordChanged.
    A refusal (a broken rule, a wrong code) is a BankError with the bank's code."""
    body: dict[str, Any] = {"current": current, "new": new}
    if code is not None:
        body["code"] = code
    answer = api.request("POST", "/password", json=body)
    confirmation = answer.get("confirmation") if isinstance(answer, dict) else None
    if confirmation:
        expires = confirmation.get("expires_at")
        return CodeNeeded(purpose=str(confirmation.get("purpose")), sent_to=str(confirmation.get("sent_to") or ""),
                          expires_at=datetime.fromisoformat(expires.replace("Z", "+00:00")) if expires else None)
    return PasswordChanged()


def block_my_access(api: Api) -> None:
    """R6.4, R6.5: the bank blocks this user at once and ends every session of theirs."""
    api.request("POST", "/access/block")


def my_journal(api: Api, *, reads: bool = False) -> list[JournalEntry]:
    answer = api.request("GET", "/journal" + ("?reads=true" if reads else ""))
    return [JournalEntry(at=datetime.fromisoformat(e["at"].replace("Z", "+00:00")), address=str(e["address"]),
                         action=str(e["action"]), outcome=str(e["outcome"])) for e in answer["entries"]]


# What the bank journals (its own words, or "METHOD /route" for the calls it records as they come),
# in the clerk's words; reads appear only when she asks for every request.
_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("Access", "Signed in with the password"),
    "login_proof": QT_TRANSLATE_NOOP("Access", "Signed in with the key carrier"),
    "login_code": QT_TRANSLATE_NOOP("Access", "Signed in with a one-time code"),
    "POST /session/code:new": QT_TRANSLATE_NOOP("Access", "Asked for a new one-time code to sign in"),
    "POST /session/challenge": QT_TRANSLATE_NOOP("Access", "The key carrier was asked to prove the sign-in"),
    "DELETE /session": QT_TRANSLATE_NOOP("Access", "Signed out"),
    "unlock": QT_TRANSLATE_NOOP("Access", "Unlocked the client after the idle lock"),
    "password_change": QT_TRANSLATE_NOOP("Access", "Changed the password"),
    "self_block": QT_TRANSLATE_NOOP("Access", "Blocked your own access"),
    "bank_user_added": QT_TRANSLATE_NOOP("Access", "The bank registered you as a user"),
    "bank_block": QT_TRANSLATE_NOOP("Access", "The bank blocked your access"),
    "bank_unblock": QT_TRANSLATE_NOOP("Access", "The bank unblocked your access"),
    "bank_password_reset": QT_TRANSLATE_NOOP("Access", "The bank gave you a new password"),
    "payment_code": QT_TRANSLATE_NOOP("Access", "The bank sent a one-time code to confirm a payment"),
    "PUT /documents/{doc_id}": QT_TRANSLATE_NOOP("Access", "Sent a signed document to the bank"),
    "POST /documents:batch": QT_TRANSLATE_NOOP("Access", "Sent several signed documents to the bank"),
    "POST /documents/{doc_id}/signatures": QT_TRANSLATE_NOOP("Access", "Added your signature to a document"),
    "POST /documents/{doc_id}/recall": QT_TRANSLATE_NOOP("Access", "Asked the bank to recall a document"),
    "PUT /mail/{letter_id}": QT_TRANSLATE_NOOP("Access", "Sent a letter to the bank"),
    "POST /mail/{letter_id}/read": QT_TRANSLATE_NOOP("Access", "Read a letter from the bank"),
    "POST /certificate-requests": QT_TRANSLATE_NOOP("Access", "Asked the bank for a key certificate"),
    "certificate_revoke": QT_TRANSLATE_NOOP("Access", "Revoked your key certificate: the key was compromised"),
    "certificate_replacement": QT_TRANSLATE_NOOP("Access", "Asked for a new key certificate after a compromise"),
    "GET /accounts": QT_TRANSLATE_NOOP("Access", "Looked at the accounts and balances"),
    "GET /accounts/{iban}/statement": QT_TRANSLATE_NOOP("Access", "Received an account statement"),
    "GET /awaiting-signature": QT_TRANSLATE_NOOP("Access", "Looked at the documents awaiting signature"),
    "GET /certificate-requests/{request_id}": QT_TRANSLATE_NOOP("Access", "Asked about a key certificate request"),
    "GET /directories": QT_TRANSLATE_NOOP("Access", "Checked the directories for new versions"),
    "GET /directories/{name}": QT_TRANSLATE_NOOP("Access", "Received a directory"),
    "GET /documents/states": QT_TRANSLATE_NOOP("Access", "Asked for the documents' statuses"),
    "GET /documents/{doc_id}": QT_TRANSLATE_NOOP("Access", "Opened a document kept at the bank"),
    "GET /documents/{doc_id}/signatures": QT_TRANSLATE_NOOP("Access", "Looked at a document's signatures"),
    "GET /journal": QT_TRANSLATE_NOOP("Access", "Opened this journal"),
    "GET /mail": QT_TRANSLATE_NOOP("Access", "Looked at the list of letters"),
    "GET /mail/limits": QT_TRANSLATE_NOOP("Access", "Asked how large a letter may be"),
    "GET /mail/unread": QT_TRANSLATE_NOOP("Access", "Checked for new letters"),
    "GET /mail/{letter_id}": QT_TRANSLATE_NOOP("Access", "Opened a letter"),
    "GET /mail/{letter_id}/attachments/{index}": QT_TRANSLATE_NOOP("Access", "Saved a letter's attachment"),
    "GET /password-policy": QT_TRANSLATE_NOOP("Access", "Read the bank's password rules"),
    "GET /rates": QT_TRANSLATE_NOOP("Access", "Looked at the exchange rates"),
    "GET /session": QT_TRANSLATE_NOOP("Access", "Checked the session"),
}
_OTHER_READ = QT_TRANSLATE_NOOP("Access", "Read data from the bank")
_OTHER_ACTION = QT_TRANSLATE_NOOP("Access", "Another request to the bank")
_OUTCOMES = {
    "ok": QT_TRANSLATE_NOOP("Access", "Done"),
    "wrong_credentials": QT_TRANSLATE_NOOP("Access", "Refused: wrong login or password"),
    "wrong_current_password": QT_TRANSLATE_NOOP("Access", "Refused: the current password was wrong"),
    "user_blocked": QT_TRANSLATE_NOOP("Access", "Refused: access blocked"),
    "code_wrong": QT_TRANSLATE_NOOP("Access", "Refused: wrong one-time code"),
    "code_void_now": QT_TRANSLATE_NOOP("Access", "Refused: the one-time code no longer holds"),
    "certificate_untrusted": QT_TRANSLATE_NOOP("Access", "Refused: the key's certificate is not this bank's"),
    "certificate_unknown": QT_TRANSLATE_NOOP("Access", "Refused: the bank does not know the certificate"),
    "carrier_not_yours": QT_TRANSLATE_NOOP("Access", "Refused: the key carrier is not yours"),
    "http_401": QT_TRANSLATE_NOOP("Access", "Refused: the session had ended"),
    "http_403": QT_TRANSLATE_NOOP("Access", "Refused: not allowed"),
    "http_404": QT_TRANSLATE_NOOP("Access", "Refused: not found at the bank"),
    "http_409": QT_TRANSLATE_NOOP("Access", "Refused: it had changed meanwhile"),
    "http_422": QT_TRANSLATE_NOOP("Access", "Refused: the bank found mistakes"),
    "http_429": QT_TRANSLATE_NOOP("Access", "Refused: too many attempts"),
}
_REFUSED = QT_TRANSLATE_NOOP("Access", "Refused")
SIGN_INS = frozenset({"login", "login_proof", "login_code", "POST /session/code:new", "DELETE /session", "unlock"})
DOCUMENTS = frozenset(action for action in _ACTIONS if "/documents" in action or action == "payment_code")
LETTERS = frozenset(action for action in _ACTIONS if "/mail" in action)


def action_words(entry: JournalEntry, translate: Callable[[str, str], str]) -> tuple[str, str]:
    """The action and its outcome in the clerk's words (never a route or a code)."""
    action = _ACTIONS.get(entry.action) or (_OTHER_READ if entry.action.startswith("GET ") else _OTHER_ACTION)
    outcome = _OUTCOMES.get(entry.outcome) or (_REFUSED if is_failure(entry) else _OUTCOMES["ok"])
    return translate("Access", action), translate("Access", outcome)


def is_failure(entry: JournalEntry) -> bool:
    return entry.outcome != "ok"


# --- payments the bank wants confirmed (R8.5) ----------------------------------------------------

def code_needed(exc: BaseException) -> CodeNeeded | None:
    """The bank's 428 confirmation_required as a value; None for any other error."""
    if not isinstance(exc, BankError) or exc.code != "confirmation_required":
        return None
    expires = exc.params.get("expires_at")
    return CodeNeeded(purpose=str(exc.params.get("purpose") or "payment"), sent_to=str(exc.params.get("sent_to") or ""),
                      expires_at=datetime.fromisoformat(expires.replace("Z", "+00:00")) if isinstance(expires, str) else None)

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


_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("Access", "Sign in"),
    "DELETE /session": QT_TRANSLATE_NOOP("Access", "Sign out"),
    "PUT /documents/{doc_id}": QT_TRANSLATE_NOOP("Access", "Document sent"),
    "POST /documents:batch": QT_TRANSLATE_NOOP("Access", "Documents sent"),
    "password_change": QT_TRANSLATE_NOOP("Access", "Password change"),
    "self_block": QT_TRANSLATE_NOOP("Access", "Access blocked by the user"),
    "bank_block": QT_TRANSLATE_NOOP("Access", "Access blocked by the bank"),
    "bank_unblock": QT_TRANSLATE_NOOP("Access", "Access unblocked by the bank"),
    "bank_password_reset": QT_TRANSLATE_NOOP("Access", "New password from the bank"),
    "payment_code": QT_TRANSLATE_NOOP("Access", "One-time code sent for a payment"),
    "PUT /mail/{letter_id}": QT_TRANSLATE_NOOP("Access", "Letter sent to the bank"),
    "POST /certificate-requests": QT_TRANSLATE_NOOP("Access", "Key certificate requested"),
    "unlock": QT_TRANSLATE_NOOP("Access", "Unlocked after the idle lock"),  # refbank/access/unlock.py
    "certificate_revoke": QT_TRANSLATE_NOOP("Access", "Key certificate revoked: key compromised"),  # refbank/pki/revocation.py
    "certificate_replacement": QT_TRANSLATE_NOOP("Access", "New key certificate requested after a compromise"),
}
_OUTCOMES = {
    "ok": QT_TRANSLATE_NOOP("Access", "Done"),
    "wrong_credentials": QT_TRANSLATE_NOOP("Access", "Refused: wrong password"),
    "user_blocked": QT_TRANSLATE_NOOP("Access", "Refused: user blocked"),
}


def action_words(entry: JournalEntry, translate: Callable[[str, str], str]) -> tuple[str, str]:
    """The action and its outcome in the clerk's words; unknown ones as the bank wrote them."""
    action = _ACTIONS.get(entry.action)
    outcome = _OUTCOMES.get(entry.outcome)
    refused = translate("Access", QT_TRANSLATE_NOOP("Access", "Refused ({code})")).format(code=entry.outcome)
    return (translate("Access", action) if action else entry.action,
            translate("Access", outcome) if outcome else refused)


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

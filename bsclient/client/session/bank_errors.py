"""The bank's refusals as clerk sentences: one exception type, the bank's stable code kept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message


class BankError(ClerkError):
    """The bank refused, or could not be asked; `code` is the bank's code when it answered one."""

    def __init__(self, message: Message, code: str | None = None, *, http_status: int | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status
        self.params: dict[str, Any] = dict(params or {})  # the bank's values, for callers that word it their way


class UntrustedServerError(BankError):
    """The server did not prove it is the bank (certificate, host name or TLS version); nothing was sent."""


class BankUnreachableError(BankError):
    """No answer: no connection, or the bank did not answer in time. A sent document may have arrived."""


# code -> (sentence, the params it names). The bank's params fill the placeholders.
_SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "wrong_credentials": (QT_TRANSLATE_NOOP("Bank", "The login or password is wrong. Check the keyboard layout and Caps Lock, then try again: after three wrong tries the user is blocked."), ()),
    "user_blocked": (QT_TRANSLATE_NOOP("Bank", "The bank has blocked this user. After three wrong passwords, try again in 15 minutes; otherwise call the bank to unblock it."), ()),
    "session_expired": (QT_TRANSLATE_NOOP("Bank", "Your session with the bank has ended. Log in again; nothing you saved is lost."), ()),
    "insufficient_funds": (QT_TRANSLATE_NOOP("Bank", "The amount is more than the available balance of {available}."), ("available",)),
    # An exchange (document type 7) executed at the bank's rate of that moment
    "insufficient_funds_at_rate": (QT_TRANSLATE_NOOP("Bank", "At the bank's rate of {rate} when it executed the order, the debit would be {amount}, more than the {available} available; nothing was exchanged or held. Make a new order for a smaller amount."), ("rate", "amount", "available")),
    "rate_unavailable": (QT_TRANSLATE_NOOP("Bank", "The bank does not quote {currency} now; try again later or ask the bank."), ("currency",)),
    "signature_missing": (QT_TRANSLATE_NOOP("Bank", "The document carries no signature. Sign it, then send it."), ()),
    "signature_invalid": (QT_TRANSLATE_NOOP("Bank", "The bank could not verify the signature: the document may have changed after signing. Sign it again; if this repeats, call the bank."), ()),
    "certificate_untrusted": (QT_TRANSLATE_NOOP("Bank", "The bank does not accept the certificate of your signing key: it was not issued by the bank or has expired. Request a new key certificate."), ()),
    "certificate_revoked": (QT_TRANSLATE_NOOP("Bank", "The certificate of your signing key has been revoked. Request a new key certificate from the bank."), ()),
    "signer_not_authorised": (QT_TRANSLATE_NOOP("Bank", "The signer has no right to sign this company's payments. Ask the bank which signature rights each user has."), ()),
    "payer_account_unknown": (QT_TRANSLATE_NOOP("Bank", "The payer's IIK is not an account of your company at this bank. Choose one of the company's accounts."), ()),
    "currency_mismatch": (QT_TRANSLATE_NOOP("Bank", "The currency of the document is not the currency of the payer's account."), ()),
    "invalid_field": (QT_TRANSLATE_NOOP("Bank", "The bank refused the field {field}: {problem}"), ("field", "problem")),
    "beneficiary_account_unknown": (QT_TRANSLATE_NOOP("Bank", "The beneficiary's IIK is at this bank, but there is no such account. Check it against the beneficiary's documents."), ()),
    "document_id_reused": (QT_TRANSLATE_NOOP("Bank", "The bank already holds a different document under this document's identifier; nothing was paid. Copy the document and send the copy."), ()),
    "malformed_document": (QT_TRANSLATE_NOOP("Bank", "The bank could not read the document; nothing was paid. If this repeats, call the bank."), ()),
    "account_unknown": (QT_TRANSLATE_NOOP("Bank", "The company has no account {iban} at this bank. Choose one of the company's accounts."), ("iban",)),
    "invalid_period": (QT_TRANSLATE_NOOP("Bank", "The bank gives statements for periods of at most three years whose first day is not after the last. Choose another period."), ()),
    "attachment_too_large": (QT_TRANSLATE_NOOP("Bank", "The attachment {name} is larger than the bank accepts ({limit} bytes). Remove it or attach a smaller file."), ("name", "limit")),
    "letter_too_large": (QT_TRANSLATE_NOOP("Bank", "The attachments together are larger than the bank accepts ({limit} bytes). Send some of them in another letter."), ("limit",)),
    "malformed_letter": (QT_TRANSLATE_NOOP("Bank", "The bank could not read the letter; it was not sent. If this repeats, call the bank."), ()),
    # Recall (document type 8): refbank/documents/recall.py
    "document_unknown": (QT_TRANSLATE_NOOP("Bank", "The bank has no document of your company with this identifier: it may never have arrived. Refresh the list; if the document shows Sent, send it again or call the bank."), ()),
    "document_executed": (QT_TRANSLATE_NOOP("Bank", "The bank had already executed the document, so it can no longer be recalled. To get the money back, ask the beneficiary to return it."), ()),
    "document_rejected": (QT_TRANSLATE_NOOP("Bank", "The bank had rejected the document, so nothing was paid and there is nothing to recall."), ()),
    "malformed_recall": (QT_TRANSLATE_NOOP("Bank", "The bank could not read the recall request; the document was not recalled. If this repeats, call the bank."), ()),
    "recalled": (QT_TRANSLATE_NOOP("Bank", "Recalled at your company's request: {reason}"), ("reason",)),
    # Signing rights and the second signature (R3): refbank/documents/signing_rights.py, refbank/documents/second_signature.py
    "no_sign_right": (QT_TRANSLATE_NOOP("Bank", "{signer} has no right to sign documents at the bank. A user with the right to sign must sign it; ask the bank to change the rights if this is wrong."), ("signer",)),
    "signed_twice": (QT_TRANSLATE_NOOP("Bank", "{signer} has already signed this document; one person signs a document once. The second signature must come from another user with the second signature right."), ("signer",)),
    "too_many_signatures": (QT_TRANSLATE_NOOP("Bank", "A document carries at most two signatures; this one has more. Copy it into a new document and sign that once or twice as your rights require."), ()),
    "signature_order": (QT_TRANSLATE_NOOP("Bank", "The signatures do not fit the rights: a document needs one single signature, or a first and then a second. A user with the first signature right signs first."), ()),
    "signatures_complete": (QT_TRANSLATE_NOOP("Bank", "The document already has all the signatures it needs; no further signature is taken. Refresh the list to see its status."), ()),
    "not_awaiting_signature": (QT_TRANSLATE_NOOP("Bank", "The document no longer awaits a signature: it was rejected or recalled. Refresh the list to see why."), ()),
    "malformed_signature": (QT_TRANSLATE_NOOP("Bank", "The bank could not read the signature; nothing was signed. If this repeats, call the bank."), ()),
    # Access: refbank/access/; login refusals with tries left or "blocked until": client/session/access.py
    "password_too_short": (QT_TRANSLATE_NOOP("Bank", "The bank refused the new password: it is shorter than {min_length} characters. Type a longer one."), ("min_length",)),
    "password_too_long": (QT_TRANSLATE_NOOP("Bank", "The bank refused the new password: it is longer than {max_length} characters. Type a shorter one."), ("max_length",)),
    "password_digits_only": (QT_TRANSLATE_NOOP("Bank", "The bank refused the new password: it holds only digits. Add a letter or a sign."), ()),
    "password_personal_data": (QT_TRANSLATE_NOOP("Bank", "The bank refused the new password: it holds your personal data (name, surname, birth date, phone or login). Choose one without them."), ()),
    "password_reused": (QT_TRANSLATE_NOOP("Bank", "The bank refused the new password: it is one of your last {count} passwords. Choose a new one."), ("count",)),
    "wrong_current_password": (QT_TRANSLATE_NOOP("Bank", "The current password is wrong. Type the password you signed in with."), ()),
    "password_change_required": (QT_TRANSLATE_NOOP("Bank", "The bank requires a new password before anything else. Change the password in Session → Change password…"), ()),
    "code_wrong": (QT_TRANSLATE_NOOP("Bank", "The one-time code is wrong. Tries left: {tries_left}. Type the code from the latest message."), ("tries_left",)),
    "code_void": (QT_TRANSLATE_NOOP("Bank", "The one-time code was typed wrong too often and no longer counts. Ask for a new code."), ()),
    "code_expired": (QT_TRANSLATE_NOOP("Bank", "The one-time code has expired. Ask for a new code."), ()),
    "code_replaced": (QT_TRANSLATE_NOOP("Bank", "A newer one-time code was sent; this one no longer counts. Type the code from the latest message."), ()),
    "code_not_requested": (QT_TRANSLATE_NOOP("Bank", "No one-time code is open for this. Ask for a new code."), ()),
    "too_many_codes": (QT_TRANSLATE_NOOP("Bank", "Too many one-time codes were asked for. Wait {wait_minutes} min., then ask for a new code. If you did not ask for them, call the bank."), ("wait_minutes",)),
    "too_many_logins": (QT_TRANSLATE_NOOP("Bank", "Too many login attempts came from this computer or for this login. Wait {wait_seconds} s., then try again."), ("wait_seconds",)),
    "no_phone": (QT_TRANSLATE_NOOP("Bank", "The bank has no phone number of yours to send a one-time code to. Call the bank to register one."), ()),
}


def bank_message(code: str, message: str, params: Mapping[str, Any] | None = None) -> Message:
    """The clerk's sentence for the bank's refusal `code`; the bank's own `message` for unknown codes."""
    params = dict(params or {})
    known = _SENTENCES.get(code)
    if known is not None and all(name in params for name in known[1]):
        return Message("Bank", known[0], {name: params[name] for name in known[1]})
    return Message("Bank", QT_TRANSLATE_NOOP("Bank", "The bank refused: {message}"),
                   {"message": message or code})


def refusal(body: object, http_status: int) -> BankError:
    """The BankError for an error answer: body {"error": {"code", "message", "params"}}, or anything else."""
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("code"), str):
        params = error.get("params") if isinstance(error.get("params"), dict) else {}
        return BankError(bank_message(error["code"], str(error.get("message") or ""), params), error["code"],
                         http_status=http_status, params=params)
    return BankError(Message("Bank", QT_TRANSLATE_NOOP(
        "Bank", "The bank answered with an error (HTTP {status}). Try again later; if this repeats, call the bank."),
        {"status": http_status}), f"http_{http_status}", http_status=http_status)

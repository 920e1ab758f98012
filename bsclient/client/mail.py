"""Bank mail (R1.9): letters to and from the bank, their signed content, attachments and limits.

A letter to the bank is signed like a document: its canonical JSON (subject, text and each
attachment's name, size and SHA-256) carries a detached CMS signature made on the carrier; the
attachments' bytes travel beside it. The calls here do network or disk work: run them off the
GUI thread; `sign_letter` signs through the carrier's Signer, which does the token's part on its thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bsclient.client.files import atomic_output
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError, BankUnreachableError, bank_message
from bsclient.crypto import Signer, canonical_bytes, sign_detached
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

log = logging.getLogger(__name__)

LETTER_SCHEMA = "kz.bank-letter/1"
SEND_ATTEMPTS = 3
RETRY_BACKOFF = 0.5
MAX_SUBJECT = 200


class MailError(ClerkError):
    """A letter cannot be written, sent or read as asked; `code` names the cause."""

    def __init__(self, message: Message, code: str) -> None:
        super().__init__(message)
        self.code = code


_SIZE_UNITS = (
    (1024 ** 3, QT_TRANSLATE_NOOP("Mail", "{value} GB")),
    (1024 ** 2, QT_TRANSLATE_NOOP("Mail", "{value} MB")),
    (1024, QT_TRANSLATE_NOOP("Mail", "{value} KB")),
)


def size_message(size: int) -> Message:
    """A file size as people read it: 812 bytes, 40 KB, 5 MB, 5.3 MB (1 KB = 1024 bytes), its unit
    in the clerk's language."""
    for scale, unit in _SIZE_UNITS:
        if size >= scale:
            value = size / scale
            shown = f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}"
            return Message("Mail", unit, {"value": shown})
    return Message("Mail", QT_TRANSLATE_NOOP("Mail", "{value} bytes"), {"value": size})


def size_text(size: int) -> str:
    """`size_message` in English."""
    return size_message(size).render()


@dataclass(frozen=True)
class MailLimits:
    """What the bank accepts: bytes per attachment and for all attachments of a letter."""

    attachment_bytes: int = 5 * 1024 * 1024
    letter_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    """A file of a letter. `data` is held for a file being sent; `index` names it at the bank."""

    name: str
    size: int
    sha256: str
    index: int | None = None
    data: bytes | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Attachment:
        return cls(name=name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)

    def description(self) -> dict[str, Any]:
        """What the signature covers: name, size and SHA-256 of the bytes."""
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class RejectionNotice:
    """The bank's notice that it rejected a document: the document and the bank's reason."""

    document_id: str
    number: str
    reason: Message


@dataclass(frozen=True)
class Letter:
    """A letter as the bank keeps it. `incoming`: from the bank; `text` is None in a list."""

    id: str
    incoming: bool
    kind: str  # letter, auto_reply, document_rejected
    sender: str
    subject: str
    sent_at: datetime
    read: bool
    attachments: tuple[Attachment, ...] = ()
    text: str | None = None
    in_reply_to: str | None = None
    notice: RejectionNotice | None = None


@dataclass(frozen=True)
class Mailbox:
    letters: tuple[Letter, ...]
    unread: int

    @property
    def inbox(self) -> list[Letter]:
        return [letter for letter in self.letters if letter.incoming]

    @property
    def sent(self) -> list[Letter]:
        return [letter for letter in self.letters if not letter.incoming]


@dataclass(frozen=True)
class LetterDraft:
    """A letter the clerk wrote. The id is the idempotency key: sending it twice delivers it once."""

    subject: str
    text: str
    attachments: tuple[Attachment, ...] = ()
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def to_content(self) -> dict[str, Any]:
        return {"schema": LETTER_SCHEMA, "id": self.id, "subject": self.subject, "text": self.text,
                "attachments": [a.description() for a in self.attachments]}

    def same_letter(self, other: LetterDraft) -> bool:
        """The same words and files (the id aside): a repeat of a send that may have arrived."""
        return self.to_content() | {"id": ""} == other.to_content() | {"id": ""}


@dataclass(frozen=True)
class SignedLetter:
    draft: LetterDraft
    content: bytes
    signature: bytes


# --- writing ---------------------------------------------------------------------------------


def size_and_limit_text(size: int, limit: int) -> tuple[Message, Message]:
    """Both sizes as people read them, in bytes as well when rounding would make them look equal."""
    size_m, limit_m = size_message(size), size_message(limit)
    if size_m.render().replace(".0 ", " ") == limit_m.render().replace(".0 ", " "):
        exact = QT_TRANSLATE_NOOP("Mail", "{size} ({bytes} bytes)")
        return (Message("Mail", exact, {"size": size_m, "bytes": f"{size:,}"}),
                Message("Mail", exact, {"size": limit_m, "bytes": f"{limit:,}"}))
    return size_m, limit_m


def _too_large(name: str, size: int, limit: int) -> MailError:
    size_t, limit_t = size_and_limit_text(size, limit)
    return MailError(Message("Mail", QT_TRANSLATE_NOOP(
        "Mail", "The file {name} is {size}; the bank accepts attachments of up to {limit} each. "
        "Remove it, or compress it or split it into parts and attach those."),
        {"name": name, "size": size_t, "limit": limit_t}), "attachment_too_large")


def _letter_too_large(size: int, limit: int) -> MailError:
    size_t, limit_t = size_and_limit_text(size, limit)
    return MailError(Message("Mail", QT_TRANSLATE_NOOP(
        "Mail", "The attachments together are {size}; the bank accepts up to {limit} in one letter. "
        "Remove some and send them in another letter."),
        {"size": size_t, "limit": limit_t}), "letter_too_large")


def check_limits(attachments: list[Attachment] | tuple[Attachment, ...], limits: MailLimits) -> None:
    """MailError naming the file and the limit when an attachment, or all together, are too large."""
    for attachment in attachments:
        if attachment.size > limits.attachment_bytes:
            raise _too_large(attachment.name, attachment.size, limits.attachment_bytes)
    total = sum(a.size for a in attachments)
    if total > limits.letter_bytes:
        raise _letter_too_large(total, limits.letter_bytes)


def read_attachment(path: Path, limits: MailLimits, already: tuple[Attachment, ...] = ()) -> Attachment:
    """The file at `path` as an attachment, refused (before reading it) when it is over the limits."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.attachment_bytes:
            raise _too_large(path.name, size, limits.attachment_bytes)
        check_limits([*already, Attachment(path.name, size, "")], limits)
        attachment = Attachment.from_bytes(path.name, path.read_bytes())
    except OSError as exc:
        raise MailError(Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The file {path} cannot be read ({reason}). Check that it exists and that you may open it."),
            {"path": str(path), "reason": exc.strerror or type(exc).__name__}), "file_unreadable") from exc
    check_limits([*already, attachment], limits)  # the file may have grown since stat
    return attachment


def check_draft(draft: LetterDraft, limits: MailLimits) -> None:
    """What the clerk must fix before the letter can be signed."""
    if not draft.subject.strip():
        raise MailError(Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "Write the letter's subject: the bank files letters by it.")), "subject_missing")
    if len(draft.subject) > MAX_SUBJECT:
        raise MailError(Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The subject is too long (characters: {length}); shorten it to {limit}."),
            {"length": len(draft.subject), "limit": MAX_SUBJECT}), "subject_too_long")
    check_limits(draft.attachments, limits)


def sign_letter(draft: LetterDraft, signer: Signer, limits: MailLimits) -> SignedLetter:
    """Checks the draft, then signs its canonical content (through the carrier's Signer for a carrier's key)."""
    check_draft(draft, limits)
    content = canonical_bytes(draft.to_content())
    return SignedLetter(draft, content, sign_detached(content, signer))


# --- the bank's answers -----------------------------------------------------------------------

# The bank's refusal codes for letters, told in the words of a letter rather than a payment.
_REFUSALS: dict[str, str] = {
    "signature_invalid": QT_TRANSLATE_NOOP("Mail", "The bank could not verify the letter's signature, so it did not take the letter. Send it again; if this repeats, call the bank."),
    "certificate_untrusted": QT_TRANSLATE_NOOP("Mail", "The bank does not accept the certificate of your signing key, so it did not take the letter. Request a new key certificate."),
    "certificate_revoked": QT_TRANSLATE_NOOP("Mail", "The certificate of your signing key has been revoked, so the bank did not take the letter. Request a new key certificate."),
    "signer_not_authorised": QT_TRANSLATE_NOOP("Mail", "The signing key belongs to someone who is not a user of your company, so the bank did not take the letter."),
    "malformed_letter": QT_TRANSLATE_NOOP("Mail", "The bank could not read the letter and did not take it. If this repeats, call the bank."),
    "letter_id_reused": QT_TRANSLATE_NOOP("Mail", "The bank already holds another letter under this letter's identifier. Write the letter again as a new one."),
}


def _letter_refusal(exc: BankError) -> ClerkError:
    params = exc.params
    if exc.code == "attachment_too_large" and {"name", "size", "limit"} <= params.keys():
        return _too_large(str(params["name"]), int(params["size"]), int(params["limit"]))
    if exc.code == "letter_too_large" and {"size", "limit"} <= params.keys():
        return _letter_too_large(int(params["size"]), int(params["limit"]))
    if exc.code in _REFUSALS:
        return MailError(Message("Mail", _REFUSALS[exc.code]), exc.code)
    return exc


def _unreadable() -> MailError:
    return MailError(Message("Mail", QT_TRANSLATE_NOOP(
        "Mail", "The bank's answer about the letter could not be read. Try again; if this repeats, call the bank.")),
        "unreadable_answer")


def _time(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"|?*\u2028\u2029\u0085]')
_RESERVED_ON_WINDOWS = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", re.IGNORECASE)


def safe_file_name(name: str) -> str:
    """A name from the bank made safe to offer as a file name: no folders, no characters Windows
    refuses, no device names ("..\\..\\start.bat" becomes "start.bat")."""
    last = re.split(r"[\\/]", name)[-1]
    cleaned = _UNSAFE_IN_FILE_NAMES.sub("_", last).strip(" .")
    if not cleaned:
        return "attachment"
    return f"_{cleaned}" if _RESERVED_ON_WINDOWS.fullmatch(cleaned) else cleaned


def _attachment(data: dict[str, Any]) -> Attachment:
    return Attachment(name=str(data["name"]), size=int(data["size"]), sha256=str(data["sha256"]),
                      index=int(data["index"]) if data.get("index") is not None else None)


def _notice(data: Any) -> RejectionNotice | None:
    if not isinstance(data, dict):
        return None
    raw_reason = data.get("reason")
    reason: dict[str, Any] = raw_reason if isinstance(raw_reason, dict) else {}
    raw_params = reason.get("params")
    params: dict[str, Any] = raw_params if isinstance(raw_params, dict) else {}
    return RejectionNotice(document_id=str(data.get("document_id") or ""), number=str(data.get("number") or ""),
                           reason=bank_message(str(reason.get("code") or ""), str(reason.get("message") or ""),
                                               params))


def letter_from_wire(data: dict[str, Any]) -> Letter:
    """A Letter from the bank's JSON (docs/wire-protocol.md, Bank mail)."""
    try:
        return Letter(id=str(data["id"]), incoming=data["direction"] == "in", kind=str(data.get("kind") or "letter"),
                      sender=str(data.get("from") or ""), subject=str(data["subject"]), sent_at=_time(data["sent_at"]),
                      read=bool(data["read"]), attachments=tuple(_attachment(a) for a in data.get("attachments") or []),
                      text=data.get("text") if isinstance(data.get("text"), str) else None,
                      in_reply_to=data.get("in_reply_to"), notice=_notice(data.get("notice")))
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc


def fetch_mailbox(api: BankApi) -> Mailbox:
    """Every letter of the company, newest first, and how many from the bank are unread."""
    answer = api.request("GET", "/mail")
    try:
        return Mailbox(tuple(letter_from_wire(item) for item in answer["letters"]), int(answer["unread"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc


def fetch_unread_count(api: BankApi) -> int:
    answer = api.request("GET", "/mail/unread")
    try:
        return int(answer["unread"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc


def fetch_limits(api: BankApi) -> MailLimits:
    answer = api.request("GET", "/mail/limits")
    try:
        return MailLimits(int(answer["attachment_max_bytes"]), int(answer["letter_max_bytes"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc


def fetch_letter(api: BankApi, letter_id: str) -> Letter:
    """The letter with its text."""
    return letter_from_wire(api.request("GET", f"/mail/{letter_id}"))


def mark_read(api: BankApi, letter_id: str) -> int:
    """Marks the letter read at the bank; the number of unread letters left."""
    answer = api.request("POST", f"/mail/{letter_id}/read")
    try:
        return int(answer["unread"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc


def fetch_attachment(api: BankApi, letter_id: str, attachment: Attachment) -> bytes:
    """The attachment's bytes, checked against the SHA-256 the letter names."""
    answer = api.request("GET", f"/mail/{letter_id}/attachments/{attachment.index}")
    try:
        data = base64.b64decode(answer["content"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise _unreadable() from exc
    if hashlib.sha256(data).hexdigest() != attachment.sha256.lower():
        raise MailError(Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The attachment {name} arrived damaged: it is not the file the bank named. Try again; if this repeats, call the bank."),
            {"name": attachment.name}), "attachment_damaged")
    return data


def save_attachment(api: BankApi, letter_id: str, attachment: Attachment, path: Path) -> Path:
    """Downloads the attachment and writes it to `path` (whole, or not at all)."""
    data = fetch_attachment(api, letter_id, attachment)
    path = Path(path)
    try:
        with atomic_output(path) as file:
            file.write(data)
    except OSError as exc:
        raise MailError(Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The attachment could not be saved as {path} ({reason}). Choose another folder."),
            {"path": str(path), "reason": exc.strerror or type(exc).__name__}), "save_failed") from exc
    return path


def send_letter(api: BankApi, signed: SignedLetter) -> Letter:
    """Sends the signed letter; repeated with the same id on a lost answer (the bank keeps it once)."""
    body = {"content": base64.b64encode(signed.content).decode("ascii"),
            "signature": base64.b64encode(signed.signature).decode("ascii"),
            "attachments": [base64.b64encode(a.data or b"").decode("ascii") for a in signed.draft.attachments]}
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return letter_from_wire(api.request("PUT", f"/mail/{signed.draft.id}", json=body))
        except BankUnreachableError:
            if attempt == SEND_ATTEMPTS:
                raise
            log.info("sending letter %s again (attempt %d)", signed.draft.id, attempt + 1)
            time.sleep(RETRY_BACKOFF * 2 ** (attempt - 1))
        except BankError as exc:
            raise _letter_refusal(exc) from exc
    raise AssertionError("the last attempt returns or raises")

"""Bank mail (R1.9): signed letters from companies, the bank's letters to them, read marks,
the bank's auto-reply and its notices of rejected documents.

A letter to the bank is sent like a document: the canonical JSON that was signed (subject,
text, each attachment's name, size and SHA-256), a detached CMS signature over it, checked by
refbank.verify, and the attachments' bytes, which must match what the signature covers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
import time
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from bsclient.rules.file_names import MAX_ATTACHMENT_NAME, check_attachment_name
from refbank.access.users import User
from refbank.bank_time import now as bank_now
from refbank.bank_time import utc_text
from refbank.config import BankConfig
from refbank.db import immediate
from refbank.errors import BankRefusal, DocumentRejected, Reason
from refbank.pki.verify import verify_detached
from refbank.signed_content import parse_canonical

LETTER_SCHEMA = "kz.bank-letter/1"
MAX_SUBJECT = 200
MAX_TEXT = 50_000
MAX_ATTACHMENTS = 20
LIST_LIMIT = 500
_SHA256 = re.compile("[0-9a-fA-F]{64}")


@dataclass(frozen=True)
class MailLimits:
    """The sizes the bank accepts: one attachment, and all attachments of a letter together."""

    attachment_bytes: int
    letter_bytes: int

    @classmethod
    def of(cls, config: BankConfig) -> MailLimits:
        return cls(config.mail_attachment_max_bytes, config.mail_letter_max_bytes)

    def to_wire(self) -> dict[str, int]:
        return {"attachment_max_bytes": self.attachment_bytes, "letter_max_bytes": self.letter_bytes}


@dataclass(frozen=True)
class LetterReceipt:
    status_code: int
    letter: dict[str, Any]


def _malformed(message: str, **params: Any) -> BankRefusal:
    return BankRefusal(400, "malformed_letter", message, **params)


def parse_letter(letter_id: str, content: bytes) -> dict[str, Any]:
    """The letter as JSON, if `content` is its canonical form with the expected fields."""
    letter = parse_canonical(letter_id, content, kind="letter", schema=LETTER_SCHEMA)
    subject, text, attachments = letter.get("subject"), letter.get("text"), letter.get("attachments")
    if not isinstance(subject, str) or not subject.strip() or len(subject) > MAX_SUBJECT:
        raise _malformed("The subject must be text of 1 to {limit} characters.", field="subject",
                         limit=MAX_SUBJECT)
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise _malformed("The text must be at most {limit} characters.", field="text", limit=MAX_TEXT)
    if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
        raise _malformed("A letter carries at most {limit} attachments.", field="attachments",
                         limit=MAX_ATTACHMENTS)
    for item in attachments:
        if not (isinstance(item, dict) and set(item) == {"name", "size", "sha256"}
                and isinstance(item["name"], str)
                and isinstance(item["size"], int) and item["size"] >= 0
                and isinstance(item["sha256"], str) and _SHA256.fullmatch(item["sha256"])):
            raise _malformed("Each attachment is described by its name, size and SHA-256.",
                             field="attachments")
        problem = check_attachment_name(item["name"])
        if problem is not None:
            raise BankRefusal(400, "attachment_name_invalid", "{problem}", name=item["name"][:MAX_ATTACHMENT_NAME],
                              problem=str(problem))
    return letter


def check_attachments(described: list[dict[str, Any]], data: list[bytes], limits: MailLimits) -> None:
    """The bytes sent are the ones the signature covers, and within the bank's limits."""
    if len(described) != len(data):
        raise _malformed("The letter describes {described} attachments but carries {sent}.",
                         described=len(described), sent=len(data))
    for item, blob in zip(described, data, strict=True):
        if len(blob) > limits.attachment_bytes:
            raise BankRefusal(413, "attachment_too_large",
                              "The attachment {name} is {size} bytes; the bank accepts at most {limit}.",
                              name=item["name"], size=len(blob), limit=limits.attachment_bytes)
    total = sum(len(blob) for blob in data)
    if total > limits.letter_bytes:
        raise BankRefusal(413, "letter_too_large",
                          "The attachments together are {size} bytes; the bank accepts at most {limit}.",
                          size=total, limit=limits.letter_bytes)
    for item, blob in zip(described, data, strict=True):
        if len(blob) != item["size"] or hashlib.sha256(blob).hexdigest() != item["sha256"].lower():
            raise _malformed("The attachment {name} is not the file the signature covers.", name=item["name"])


def _signer(conn: sqlite3.Connection, serial: str, submitter: User) -> sqlite3.Row:
    row = conn.execute(
        "SELECT users.*, certificates.revoked FROM certificates JOIN users ON users.id = certificates.user_id "
        "WHERE certificates.serial = ?", (serial,)).fetchone()
    if row is None:
        raise BankRefusal(400, "certificate_untrusted", "The signer's certificate is not one this bank issued.",
                          serial=serial)
    if row["revoked"]:
        raise BankRefusal(403, "certificate_revoked", "The signer's certificate was revoked.", serial=serial)
    if row["company_id"] != submitter.company_id:
        raise BankRefusal(403, "signer_not_authorised", "{signer} is not a user of your company.",
                          signer=row["full_name"])
    return row


def receive_letter(conn: sqlite3.Connection, *, submitter: User, letter_id: str, content: bytes,
                   signature: bytes, attachments: list[bytes], ca_certificate: x509.Certificate,
                   limits: MailLimits) -> LetterReceipt:
    """Checks and keeps a company's signed letter and answers it; the id is the idempotency key."""
    letter = parse_letter(letter_id, content)
    check_attachments(letter["attachments"], attachments, limits)
    try:
        verified = verify_detached(content, signature, ca_certificate)
    except DocumentRejected as rejected:
        raise BankRefusal(400, rejected.reason.code, rejected.reason.message) from rejected
    now = bank_now()
    with immediate(conn):
        existing = conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        if existing is not None:
            if existing["company_id"] != submitter.company_id or bytes(existing["content"] or b"") != content:
                raise BankRefusal(409, "letter_id_reused", "Another letter was already received with this id.",
                                  id=letter_id)
            return LetterReceipt(200, {**letter_summary(conn, existing), "duplicate": True})
        signer = _signer(conn, verified.serial, submitter)
        cursor = conn.execute(
            "INSERT INTO letters (id, company_id, direction, kind, sender, sent_by, subject, text, content, "
            "signature, certificate_serial, sent_at, read_at) "
            "VALUES (?, ?, 'to_bank', 'letter', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (letter_id, submitter.company_id, signer["full_name"], submitter.id, letter["subject"],
             letter["text"], content, signature, verified.serial, utc_text(now), utc_text(now)))
        _insert_attachments(conn, letter_id, [(item["name"], blob)
                                              for item, blob in zip(letter["attachments"], attachments, strict=True)])
        _auto_reply(conn, submitter.company_id, letter_id, subject=letter["subject"], number=cursor.lastrowid, now=now)
        row = conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        return LetterReceipt(201, {**letter_summary(conn, row), "duplicate": False})


def _insert_attachments(conn: sqlite3.Connection, letter_id: str, files: list[tuple[str, bytes]]) -> None:
    for index, (name, blob) in enumerate(files):
        conn.execute("INSERT INTO letter_attachments (letter_id, idx, name, size, sha256, data) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (letter_id, index, name, len(blob), hashlib.sha256(blob).hexdigest(), blob))


def _bank_name(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT name FROM banks WHERE own = 1").fetchone()
    return row["name"] if row else "The bank"


def insert_bank_letter(conn: sqlite3.Connection, *, company_id: int, subject: str, text: str,
                       kind: str = "letter", attachments: list[tuple[str, bytes]] | None = None,
                       in_reply_to: str | None = None, document_id: str | None = None,
                       notice: dict[str, Any] | None = None, now: float | None = None) -> str:
    """A letter from the bank to a company; call inside a write transaction. Returns its id."""
    letter_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO letters (id, company_id, direction, kind, sender, subject, text, in_reply_to, "
        "document_id, notice, sent_at) VALUES (?, ?, 'from_bank', ?, ?, ?, ?, ?, ?, ?, ?)",
        (letter_id, company_id, kind, _bank_name(conn), subject, text, in_reply_to, document_id,
         json.dumps(notice, ensure_ascii=False) if notice is not None else None,
         utc_text(bank_now() if now is None else now)))
    _insert_attachments(conn, letter_id, attachments or [])
    return letter_id


def _auto_reply(conn: sqlite3.Connection, company_id: int, letter_id: str, *, subject: str,
                number: int | None, now: float) -> None:
    text = (f"Your letter «{subject}» reached the bank on {time.strftime('%d.%m.%Y at %H:%M UTC', time.gmtime(now))} "
            f"and is registered under No. {number}. An operator will answer within one working day.\n\n"
            "This answer was written automatically; there is no need to reply to it.")
    insert_bank_letter(conn, company_id=company_id, subject=f"Re: {subject}"[:MAX_SUBJECT], text=text,
                       kind="auto_reply", in_reply_to=letter_id, now=now)


def _date_text(value: str) -> str:
    """2026-11-23 as 23.11.2026, the way dates are written in Kazakhstan; anything else as it came."""
    parts = value.split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 and all(p.isdigit() for p in parts) else value


def notify_rejected_document(conn: sqlite3.Connection, *, company_id: int, doc_id: str,
                             document: dict[str, Any], reason: Reason, now: float) -> str:
    """The bank's notice to the company that it rejected a document, with the number and the reason."""
    number = str(document.get("number") or "—")
    given = document.get("beneficiary")
    payee: dict[str, Any] = given if isinstance(given, dict) else {}
    details = ", ".join(part for part in (
        f"of {_date_text(document['date'])}" if isinstance(document.get("date"), str) else "",
        f"for {document['amount']} {document.get('currency') or ''}".strip()
        if isinstance(document.get("amount"), str) else "",
        f"to {payee['name']}" if isinstance(payee.get("name"), str) else "",
    ) if part)
    text = (f"The bank rejected your payment order No. {number}{' ' + details if details else ''}.\n\n"
            f"Reason: {reason.message}\n\n"
            "Nothing was debited from your account. Correct the order and send it again, or answer this "
            "letter if you think the bank is wrong.")
    return insert_bank_letter(
        conn, company_id=company_id, subject=f"Payment order No. {number} rejected"[:MAX_SUBJECT], text=text,
        kind="document_rejected", document_id=doc_id,
        notice={"document_id": doc_id, "number": number, "reason": reason.to_wire()}, now=now)


def send_operator_letter(conn: sqlite3.Connection, *, company_bin: str, subject: str, text: str,
                         attachments: list[tuple[str, bytes]]) -> str:
    """`refbank mail send`: an operator's letter to the company with this BIN."""
    with immediate(conn):
        company = conn.execute("SELECT id FROM companies WHERE bin = ?", (company_bin,)).fetchone()
        if company is None:
            raise LookupError(f"no company with BIN {company_bin}")
        return insert_bank_letter(conn, company_id=company["id"], subject=subject, text=text,
                                  attachments=attachments)


# --- reading ---------------------------------------------------------------------------------


def _attachments_of(conn: sqlite3.Connection, letter_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT idx, name, size, sha256 FROM letter_attachments WHERE letter_id = ? ORDER BY idx",
                        (letter_id,)).fetchall()
    return [{"index": r["idx"], "name": r["name"], "size": r["size"], "sha256": r["sha256"]} for r in rows]


def letter_summary(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """The wire form of a letter without its text."""
    return {
        "id": row["id"],
        "direction": "in" if row["direction"] == "from_bank" else "out",
        "kind": row["kind"],
        "from": row["sender"],
        "subject": row["subject"],
        "sent_at": row["sent_at"],
        "read": row["read_at"] is not None,
        "in_reply_to": row["in_reply_to"],
        "notice": json.loads(row["notice"]) if row["notice"] else None,
        "attachments": _attachments_of(conn, row["id"]),
    }


def company_letter(conn: sqlite3.Connection, user: User, letter_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM letters WHERE id = ? AND company_id = ?",
                       (letter_id, user.company_id)).fetchone()
    if row is None:
        raise BankRefusal(404, "letter_unknown", "The bank has no letter with this id for your company.",
                          id=letter_id)
    return row


def unread_count(conn: sqlite3.Connection, user: User) -> int:
    row = conn.execute("SELECT COUNT(*) AS n FROM letters WHERE company_id = ? AND direction = 'from_bank' "
                       "AND read_at IS NULL", (user.company_id,)).fetchone()
    return int(row["n"])


def list_letters(conn: sqlite3.Connection, user: User) -> dict[str, Any]:
    rows = conn.execute("SELECT * FROM letters WHERE company_id = ? ORDER BY sent_at DESC, rowid DESC LIMIT ?",
                        (user.company_id, LIST_LIMIT)).fetchall()
    return {"letters": [letter_summary(conn, row) for row in rows], "unread": unread_count(conn, user)}


def letter_detail(conn: sqlite3.Connection, user: User, letter_id: str) -> dict[str, Any]:
    row = company_letter(conn, user, letter_id)
    return {**letter_summary(conn, row), "text": row["text"]}


def attachment_body(conn: sqlite3.Connection, user: User, letter_id: str, index: int) -> dict[str, Any]:
    company_letter(conn, user, letter_id)
    row = conn.execute("SELECT * FROM letter_attachments WHERE letter_id = ? AND idx = ?",
                       (letter_id, index)).fetchone()
    if row is None:
        raise BankRefusal(404, "attachment_unknown", "The letter has no attachment {index}.", index=index)
    return {"index": row["idx"], "name": row["name"], "size": row["size"], "sha256": row["sha256"],
            "content": base64.b64encode(bytes(row["data"])).decode("ascii")}


def mark_read(conn: sqlite3.Connection, user: User, letter_id: str) -> dict[str, Any]:
    with immediate(conn):
        company_letter(conn, user, letter_id)
        conn.execute("UPDATE letters SET read_at = ? WHERE id = ? AND read_at IS NULL",
                     (utc_text(bank_now()), letter_id))
    return {"id": letter_id, "read": True, "unread": unread_count(conn, user)}

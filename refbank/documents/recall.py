"""Recall of a sent document the bank has not executed yet (document type 8, "отзыв").

A recall is itself a signed request: the canonical JSON (RFC 8785) of
`{"schema": "kz.document-recall/1", "id", "document_id", "reason"}` and a detached CMS signature
over it, checked by refbank.verify (the bank's own code path). The bank recalls a document that is
accepted or awaiting a signature and not executed, gives back the amount it held, and keeps the
signed request. Everything after the signature arithmetic happens in one BEGIN IMMEDIATE
transaction, as execution does (refbank/documents/execution.py): of a recall and an execution of the same
document exactly one wins.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

import rfc8785
from cryptography import x509

from refbank.access.users import User
from refbank.bank_time import now as bank_now
from refbank.bank_time import utc_text
from refbank.db import immediate
from refbank.documents.receipt import document_state, visible_document
from refbank.errors import BankRefusal, DocumentRejected
from refbank.pki.verify import VerifiedSignature, verify_detached

RECALL_SCHEMA = "kz.document-recall/1"
MAX_REASON = 500
RECALLABLE = ("accepted", "awaiting_signature")

# Kept apart from refbank/db.py's SCHEMA and made at every start (refbank/upgrades.py): a bank made before
# recalls existed gets the table on its next start, and nothing else changes.
RECALLS_TABLE = """
CREATE TABLE IF NOT EXISTS recalls (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    company_id INTEGER NOT NULL REFERENCES companies(id),
    requested_by INTEGER NOT NULL REFERENCES users(id),
    content BLOB NOT NULL,
    signature BLOB NOT NULL,
    certificate_serial TEXT NOT NULL,
    reason TEXT NOT NULL,
    previous_status TEXT NOT NULL,
    received_at TEXT NOT NULL
)
"""


def ensure_recalls_table(conn: sqlite3.Connection) -> None:
    conn.execute(RECALLS_TABLE)


def _malformed(message: str, **params: Any) -> BankRefusal:
    return BankRefusal(400, "malformed_recall", message, **params)


def parse_recall(doc_id: str, content: bytes) -> dict[str, Any]:
    """The recall request as JSON, if `content` is its canonical form naming `doc_id`; else 400."""
    try:
        uuid.UUID(doc_id)
        parsed = json.loads(content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _malformed("The document id must be a UUID and the recall's content JSON in UTF-8.") from exc
    if not isinstance(parsed, dict):
        raise _malformed("The recall must be a JSON object.")
    if rfc8785.dumps(parsed) != content:
        raise _malformed("The content is not the canonical (RFC 8785) form of the recall.")
    if parsed.get("schema") != RECALL_SCHEMA:
        raise _malformed("The bank does not know this recall type.", schema=parsed.get("schema"))
    if set(parsed) != {"schema", "id", "document_id", "reason"}:
        raise _malformed("A recall names exactly its schema, id, document_id and reason.")
    try:
        uuid.UUID(str(parsed["id"]))
    except ValueError as exc:
        raise _malformed("The recall's id must be a UUID.", field="id") from exc
    if parsed["document_id"] != doc_id:
        raise _malformed("The recall names another document than the address.", field="document_id")
    reason = parsed["reason"]
    if not isinstance(reason, str) or not reason.strip() or len(reason) > MAX_REASON:
        raise _malformed("The reason must be text of 1 to {limit} characters.", field="reason", limit=MAX_REASON)
    return parsed


def _signer(conn: sqlite3.Connection, verified: VerifiedSignature, company_id: int | None) -> sqlite3.Row:
    row = conn.execute(
        "SELECT users.*, certificates.revoked FROM certificates JOIN users ON users.id = certificates.user_id "
        "WHERE certificates.serial = ?", (verified.serial,)).fetchone()
    if row is None:
        raise BankRefusal(400, "certificate_untrusted", "The signer's certificate is not one this bank issued.",
                          serial=verified.serial)
    if row["revoked"]:
        raise BankRefusal(403, "certificate_revoked", "The signer's certificate was revoked.", serial=verified.serial)
    if row["company_id"] != company_id or row["sign_right"] == "none":
        raise BankRefusal(403, "signer_not_authorised",
                          "{signer} has no right to sign for the company that sent the document.",
                          signer=row["full_name"])
    return row


def recall_document(conn: sqlite3.Connection, *, submitter: User, doc_id: str, content: bytes,
                    signature: bytes, ca_certificate: x509.Certificate,
                    now: float | None = None) -> tuple[int, dict[str, Any]]:
    """Recalls the document if the bank may still; returns (HTTP status, the document's state).

    Refusals (BankRefusal): 404 document_unknown (not there, or not the company's), 409
    document_executed, 409 document_rejected, and the signature's codes. A document already
    recalled answers 200 with its state and "duplicate": true, so a retry is harmless.
    """
    recall = parse_recall(doc_id, content)
    try:  # the slow part, signature arithmetic, runs before the write lock is taken
        verified = verify_detached(content, signature, ca_certificate)
    except DocumentRejected as rejected:
        raise BankRefusal(400, rejected.reason.code, rejected.reason.message) from rejected
    now = bank_now() if now is None else now
    with immediate(conn):
        row = visible_document(conn, submitter, doc_id)
        if row is None or row["company_id"] != submitter.company_id:
            raise BankRefusal(404, "document_unknown", "The bank has no document with this id.", id=doc_id)
        signer = _signer(conn, verified, row["company_id"])
        if row["status"] == "recalled":
            return 200, document_state(row, duplicate=True)
        if row["status"] == "executed":
            raise BankRefusal(409, "document_executed",
                              "The document was already executed on {executed_at}; it can no longer be recalled.",
                              executed_at=row["executed_at"])
        if row["status"] not in RECALLABLE:
            raise BankRefusal(409, "document_rejected",
                              "The document was rejected, so nothing is left to recall.",
                              document_status=row["status"])
        if row["status"] == "accepted" and row["amount"] is not None:
            # The hold made at acceptance is given back; the balance itself never moved.
            conn.execute("UPDATE accounts SET available = available + ? WHERE iban = ?",
                         (row["amount"], row["payer_iban"]))
        reason_params = {"reason": recall["reason"].strip(), "signer": signer["full_name"]}
        updated = conn.execute(
            "UPDATE documents SET status = 'recalled', execute_after = NULL, reason_code = 'recalled', "
            "reason_message = ?, reason_params = ? WHERE id = ? AND status = ?",
            (f"Recalled at the company's request: {reason_params['reason']}",
             json.dumps(reason_params, ensure_ascii=False), doc_id, row["status"])).rowcount
        if updated != 1:  # cannot happen inside the write lock; never leave a hold given back twice
            raise sqlite3.IntegrityError(f"document {doc_id} changed during its recall")
        conn.execute(
            "INSERT INTO recalls (id, document_id, company_id, requested_by, content, signature, "
            "certificate_serial, reason, previous_status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (recall["id"], doc_id, row["company_id"], submitter.id, content, signature, verified.serial,
             reason_params["reason"], row["status"], utc_text(now)))
        state = document_state(conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone())
    return 200, state

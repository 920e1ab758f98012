"""Many signed documents in one request: POST /api/v1/documents:batch (docs/wire-protocol.md).

Each document is received exactly as a PUT /documents/{id} receives it (refbank.access.payment_codes.
confirm_payment: the one-time code rule, R8.5; refbank.documents.receipt.receive_document: the bank's own
signature check, its rules, the hold, its own transaction and the id as idempotency key) and
answered with its own state, in the order sent. One malformed, refused
or rejected document does not stop the others; a document sent again (in the same batch or later)
is answered "duplicate" and never held twice.

Group commit: the whole request is ONE write transaction (one disk sync instead of one per
document); each document's own transaction in receive_document becomes a savepoint of it, so a
refused document is rolled back alone and the others keep what they did. The answers go out only
after that transaction is committed. Each entry is read and its signatures checked before the
transaction: the database's write lock is held for the bank's look-ups and writes only, so another
request (the client's other sender, a session's touch) does not wait out the signature arithmetic.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from refbank.access.payment_codes import confirm_payment
from refbank.access.users import User
from refbank.config import BankConfig
from refbank.documents.receipt import SignatureCheck, check_signatures, parse_content, receive_document
from refbank.errors import BankRefusal, Reason
from refbank.limits import CODE_MAX_LENGTH, ID_MAX_LENGTH, SIGNATURES_MAX
from refbank.signed_content import decode_base64, not_base64

BATCH_LIMIT = 50  # documents in one request at most
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Entry:
    """An entry read and its signatures checked, before the write lock."""

    doc_id: str
    content: bytes
    signatures: list[bytes]
    code: str | None
    document: dict[str, Any]
    checked: SignatureCheck


@dataclass(frozen=True)
class BatchReceipt:
    """Each document's answer in the order sent, and whether any was accepted (the executor then wakes)."""

    answers: list[dict[str, Any]]
    accepted: bool


def _entry_id(item: object) -> str | None:
    """The entry's id as the answer names it: None when there is none worth echoing."""
    doc_id = item.get("id") if isinstance(item, dict) else None
    return doc_id if isinstance(doc_id, str) and 0 < len(doc_id) <= ID_MAX_LENGTH else None


def _item(item: object) -> tuple[str, bytes, list[bytes], str | None]:
    """One entry of the request: id, content, signatures and one-time code, or BankRefusal malformed_document."""
    if not isinstance(item, dict) or _entry_id(item) is None:
        raise BankRefusal(400, "malformed_document", "Each document needs an id, its content and its signatures.")
    signatures = item.get("signatures")
    if not isinstance(signatures, list) or len(signatures) > SIGNATURES_MAX:
        raise not_base64("malformed_document", "signatures")
    if isinstance(item.get("code"), str) and len(item["code"]) > CODE_MAX_LENGTH:
        raise BankRefusal(400, "malformed_document", "A one-time code has at most {limit} characters.",
                          limit=CODE_MAX_LENGTH)
    return (item["id"], decode_base64(item.get("content"), not_base64("malformed_document", "content")),
            [decode_base64(s, not_base64("malformed_document", "signatures")) for s in signatures],
            item["code"] if isinstance(item.get("code"), str) else None)


class _Savepoints:
    """The request's connection as receive_document sees it: its BEGIN IMMEDIATE, COMMIT and ROLLBACK
    (refbank.db.immediate) become a savepoint inside the batch's one transaction; all else passes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        statement = sql.strip().upper()
        if statement in ("BEGIN IMMEDIATE", "BEGIN"):
            return self._conn.execute("SAVEPOINT batch_document")
        if statement == "COMMIT":
            return self._conn.execute("RELEASE batch_document")
        if statement == "ROLLBACK":
            self._conn.execute("ROLLBACK TO batch_document")
            return self._conn.execute("RELEASE batch_document")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def receive_batch(conn: sqlite3.Connection, user: User, body: dict[str, Any], *, config: BankConfig,
                  ca_certificate: x509.Certificate, own_bank_code: str, address: str,
                  journal_line: Callable[[sqlite3.Connection], None] | None = None) -> BatchReceipt:
    """Receive each document of the request's plain JSON body as a PUT would, in one write transaction.

    Each entry is checked on its own, so one malformed entry is answered alone and does not refuse the
    others; only a body without a list of documents, or with too many, is refused as a whole.
    `journal_line` writes the call's line in the users' journal, in the same transaction.
    """
    documents = body.get("documents")
    if not isinstance(documents, list) or not documents:
        raise BankRefusal(400, "malformed_request", "The request needs a list of documents.")
    if len(documents) > BATCH_LIMIT:
        raise BankRefusal(400, "batch_too_large", "A batch may carry at most {limit} documents.",
                          limit=BATCH_LIMIT, count=len(documents))
    entries = [_entry(item, ca_certificate) for item in documents]  # no lock taken yet
    answers: list[dict[str, Any]] = []
    accepted = False
    each = _Savepoints(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for entry in entries:
            if isinstance(entry, dict):  # refused alone before the transaction
                answers.append(entry)
                continue
            answer = _receive(each, entry, user, config=config, ca_certificate=ca_certificate,
                              own_bank_code=own_bank_code, address=address)
            accepted = accepted or answer.get("status") == "accepted"
            answers.append(answer)
        if journal_line is not None:
            journal_line(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")  # before any answer: what is answered is on disk
    return BatchReceipt(answers, accepted)


def _entry(item: object, ca_certificate: x509.Certificate) -> _Entry | dict[str, Any]:
    """The entry read, its content parsed and its signatures checked; or its answer when it is refused."""
    doc_id = _entry_id(item)
    try:
        doc_id, content, signatures, code = _item(item)
        return _Entry(doc_id, content, signatures, code, parse_content(doc_id, content),
                      check_signatures(content, signatures, ca_certificate))
    except BankRefusal as refusal:
        return _refused(doc_id, refusal)
    except MemoryError:
        raise
    except Exception as exc:  # a flaw met by one entry must not cost the others theirs
        return _flaw(doc_id, exc)


def _receive(each: _Savepoints, entry: _Entry, user: User, *, config: BankConfig, ca_certificate: x509.Certificate,
             own_bank_code: str, address: str) -> dict[str, Any]:
    """One entry received as a PUT would receive it, in its savepoint; its answer."""
    try:
        # R8.5 as for PUT: a payment the rule wants confirmed is answered 428
        # confirmation_required alone (its code sent), or its code is checked.
        confirm_payment(each, user, doc_id=entry.doc_id, content=entry.content, code=entry.code,  # type: ignore[arg-type]  # savepoints stand in for the connection
                        config=config, address=address, document=entry.document)
        receipt = receive_document(
            each, submitter=user, doc_id=entry.doc_id, content=entry.content,  # type: ignore[arg-type]  # savepoints stand in for the connection
            signatures=entry.signatures, ca_certificate=ca_certificate, own_bank_code=own_bank_code,
            execution_delay=config.execution_delay, horizon_days=config.value_date_horizon_days,
            document=entry.document, checked=entry.checked,
        )
    except BankRefusal as refusal:
        return _refused(entry.doc_id, refusal)
    except (sqlite3.Error, MemoryError):
        raise  # the bank's own trouble: the whole request fails and is rolled back
    except Exception as exc:  # a flaw met by one entry must not cost the others theirs
        return _flaw(entry.doc_id, exc)
    return {**receipt.state, "http_status": receipt.status_code}


def _refused(doc_id: str | None, refusal: BankRefusal) -> dict[str, Any]:
    return {"id": doc_id, "http_status": refusal.status, "error": refusal.reason.to_wire()}


def _flaw(doc_id: str | None, exc: Exception) -> dict[str, Any]:
    log.error("document %s of a batch could not be received", doc_id, exc_info=exc)
    return {"id": doc_id, "http_status": 500, "error": Reason(
        "internal_error", "The bank could not handle this document.").to_wire()}

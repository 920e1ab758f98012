"""The local document store: SQLite (WAL, synchronous FULL) so a saved draft survives a power cut, encrypted
with SQLCipher under a key kept in the system's credential store (local_store.py opens it so)."""

from __future__ import annotations

import base64
import builtins
import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# SQLCipher's build of Python's sqlite3 module: the same API, the file encrypted (docs/ARCHITECTURE.md).
from sqlcipher3 import dbapi2 as sqlite3

from bsclient.client.documents.document_list import (
    LIST_COLUMNS,
    LIST_QUERY,
    Row,
    add_list_columns,
    list_values,
    listed_rows,
)
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus, ExecutedRate, status_word
from bsclient.client.models import DocumentState
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

SCHEMA_VERSION = 1

_CREATE = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,            -- the order as typed, JSON
    status TEXT NOT NULL,
    reason TEXT,                   -- the bank's reason: JSON of Message fields
    content BLOB,                  -- the exact signed bytes
    signatures TEXT NOT NULL,      -- JSON list of base64 CMS DER
    signer_name TEXT,
    received_at TEXT,
    executed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status, updated_at);
"""

# A new draft with the list's columns given (document_list.list_values), one prepared statement for many.
_INSERT_DRAFT = (f"INSERT INTO documents (id, kind, body, status, signatures, created_at, updated_at, "
                 f"{', '.join(LIST_COLUMNS)}) VALUES (?, ?, ?, ?, '[]', ?, ?, {', '.join('?' * len(LIST_COLUMNS))})")

_BODY_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False), made once

# The orders that went to the bank and were not turned back: what the company paid (the payee guard).
PAID = (DocumentStatus.SENT, DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED, DocumentStatus.AWAITING_SIGNATURE)
_PAID_SQL = ", ".join(f"'{status.value}'" for status in PAID)
# An order's day finds the documents an import could repeat; the paid ones' beneficiaries are read from their
# own index (drafts are not in it, so importing them costs it nothing), neither reading a document's body.
# The IIK is the body's, kept in its own column (document_list): an index on json_extract(body, …) parsed
# the body at each status change, twice, a third of the batch's store writes (bench/batch_sign.py).
_LOOKUP_INDEXES = (
    "CREATE INDEX IF NOT EXISTS documents_day ON documents(list_date)",
    f"CREATE INDEX IF NOT EXISTS documents_paid ON documents(list_date, updated_at DESC, created_at DESC, id, "
    f"list_iban, list_bin, list_beneficiary, list_number) WHERE status IN ({_PAID_SQL})",
)
# On one day, in the order of `list` (which reads the documents_list index: newest change first, then by id).
_PAID_QUERY = (f"SELECT list_beneficiary, list_bin, list_iban, list_date, list_number FROM documents "
               f"INDEXED BY documents_paid WHERE status IN ({_PAID_SQL}) "
               "ORDER BY list_date, updated_at DESC, created_at DESC, id")

# The bank's states only move forward: a late answer to a retry must not undo "executed".
_RANK = {DocumentStatus.ACCEPTED: 1, DocumentStatus.EXECUTED: 2, DocumentStatus.REJECTED: 2,
         DocumentStatus.RECALLED: 2, DocumentStatus.AWAITING_SIGNATURE: 0}


class StoreError(ClerkError):
    """The local store cannot be opened, read or written, or a document cannot change that way."""


class StoreDamagedError(StoreError):
    """The store's file is not a database that its key opens: damaged, or encrypted under another key."""


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _reason_json(reason: Message | None) -> str | None:
    if reason is None:
        return None
    return json.dumps({"context": reason.context, "source": reason.source, "params": dict(reason.params)},
                      ensure_ascii=False, default=str)


def _reason(text: str | None) -> Message | None:
    if text is None:
        return None
    data = json.loads(text)
    return Message(data["context"], data["source"], data.get("params") or {})


def _rate_json(rate: ExecutedRate | None) -> str | None:
    return json.dumps({"base": rate.base, "quote": rate.quote, "value": rate.value}) if rate is not None else None


def _rate(text: str | None) -> ExecutedRate | None:
    return ExecutedRate(**json.loads(text)) if text else None


def _add_rate_column(db: sqlite3.Connection) -> None:
    """The rate an executed exchange used, also for stores made before it."""
    if "rate" not in {row["name"] for row in db.execute("PRAGMA table_info(documents)")}:
        db.execute("ALTER TABLE documents ADD COLUMN rate TEXT")


def _record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(rate=_rate(row["rate"]),
        id=row["id"], order=PaymentOrder.from_dict(json.loads(row["body"])), status=DocumentStatus(row["status"]),
        reason=_reason(row["reason"]), content=bytes(row["content"]) if row["content"] is not None else None,
        signatures=[base64.b64decode(s) for s in json.loads(row["signatures"])], signer_name=row["signer_name"],
        created_at=datetime.fromisoformat(row["created_at"]), updated_at=datetime.fromisoformat(row["updated_at"]))


def _search_text(record: DocumentRecord) -> str:
    order = record.order
    parts = [order.number, order.amount, order.knp, order.purpose, record.signer_name or "",
             order.beneficiary.name, order.beneficiary.bin, order.beneficiary.iban, order.payer.iban]
    return " ".join(parts).casefold()


@dataclass(frozen=True)
class StoredForm:
    """A document's status and its order as the store holds it; `order()` decodes it, away from the
    store's lock (a batch reads a thousand at once and decodes each just before it is signed)."""

    status: DocumentStatus
    body: str

    def order(self) -> PaymentOrder:
        return PaymentOrder.from_dict(json.loads(self.body))


class DocumentStore:
    """Documents on this computer: drafts, signed and sent ones, and the bank's word on each."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        """`key`: the 32 bytes SQLCipher encrypts the file with; None gives a plain SQLite file, for tests
        and tools only (the client always opens its store through local_store.open_store, with a key)."""
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():  # only its owner may read it; SQLite gives its -wal and -shm the same mode
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            # One connection shared by the UI and its workers, serialised by the lock.
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise self._unwritable() from exc
        self._db.row_factory = sqlite3.Row
        with self._failures_as_store_errors():
            if key is not None:
                self._db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # a raw key: no passphrase derivation
            self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key or a damaged file shows here
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._migrate()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the whole store in `target` (which must not exist), encrypted with the
        same key: SQLite's VACUUM INTO, which SQLCipher writes under the store's own key."""
        with self._failures_as_store_errors(), self._lock:
            self._db.execute("VACUUM INTO ?", (str(target),))

    def count(self) -> int:
        with self._failures_as_store_errors(), self._lock:
            return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def save_draft(self, order: PaymentOrder) -> DocumentRecord:
        """Saves `order` as a draft (new or changed); a signed document can no longer change."""
        now = _now().isoformat()
        body = json.dumps(order.to_dict(), ensure_ascii=False)
        with self._transaction() as db:
            row = db.execute("SELECT status FROM documents WHERE id = ?", (order.id,)).fetchone()
            if row is None:
                db.execute("INSERT INTO documents (id, kind, body, status, signatures, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, '[]', ?, ?)", (order.id, order.schema, body, DocumentStatus.DRAFT, now, now))
            elif row["status"] == DocumentStatus.DRAFT:
                db.execute("UPDATE documents SET body = ?, updated_at = ? WHERE id = ?", (body, now, order.id))
            else:
                raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                    "Store", "Document {number} is already signed and can no longer be changed. Copy it to make a new one."),
                    {"number": order.number}))
        return self._require(order.id)

    def as_stored(self, ids: Sequence[str]) -> dict[str, StoredForm]:
        """Each stored document among `ids` as it is now, its order left undecoded (one read per 500)."""
        found: dict[str, StoredForm] = {}
        with self._failures_as_store_errors(), self._lock:
            for first in range(0, len(ids), 500):
                part = list(ids[first:first + 500])
                for doc_id, status, body in self._db.execute(
                        f"SELECT id, status, body FROM documents WHERE id IN ({','.join('?' * len(part))})", part):
                    found[doc_id] = StoredForm(DocumentStatus(status), body)
        return found

    def get(self, doc_id: str) -> DocumentRecord | None:
        with self._failures_as_store_errors(), self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _record(row) if row is not None else None

    def list(self, status: DocumentStatus | None = None, text: str | None = None) -> list[DocumentRecord]:
        """Documents, newest change first; `text` matches number, amount, beneficiary, IIK, purpose."""
        query = "SELECT * FROM documents"
        params: tuple[str, ...] = ()
        if status is not None:
            query, params = query + " WHERE status = ?", (DocumentStatus(status).value,)
        with self._failures_as_store_errors(), self._lock:
            rows = self._db.execute(query + " ORDER BY updated_at DESC, created_at DESC", params).fetchall()
        records = [_record(row) for row in rows]
        if text:
            # In Python, not SQL LIKE: SQLite folds case for ASCII only, names are Cyrillic.
            needle = text.strip().casefold()
            records = [r for r in records if needle in _search_text(r)]
        return records

    def list_rows(self, previous: Callable[[str], Row | None] | None = None) -> builtins.list[Row]:
        """Every document with only the document list's columns, newest change first: one query of one
        index, no body parsed (fast for 100,000 documents); see document_list. `previous`: the Rows a
        list holds, kept for documents that have not changed."""
        with self._failures_as_store_errors(), self._lock:
            cursor = self._db.cursor()
            cursor.row_factory = None  # plain tuples, made into Rows as they come: never all fetched at once
            return listed_rows(cursor.execute(LIST_QUERY), previous=previous)

    def orders_of_day(self, day: str) -> builtins.list[tuple[str, str, str, str]]:
        """(number, date, amount, payer's IIK) as stored, of every document dated `day` (YYYY-MM-DD):
        one query of the documents_day index, the bodies of that day's documents only."""
        with self._failures_as_store_errors(), self._lock:
            rows = self._db.execute("SELECT list_number, list_date, list_amount, json_extract(body, '$.payer.iban') "
                                    "FROM documents INDEXED BY documents_day WHERE list_date = ?", (day,)).fetchall()
        return [(number or "", date, amount or "", iban or "") for number, date, amount, iban in rows]

    def paid_beneficiaries(self) -> builtins.list[tuple[str, str, str, str, str]]:
        """(name, BIN, IIK, date, number) as stored of every order in a PAID status, by date, and on one day in
        the order of `list`: one query of the documents_paid index, no body read."""
        with self._failures_as_store_errors(), self._lock:
            rows = self._db.execute(_PAID_QUERY).fetchall()
        return [(name or "", bin_ or "", iban or "", date, number or "") for name, bin_, iban, date, number in rows]

    def add_drafts(self, orders: Sequence[PaymentOrder]) -> None:
        """Adds new drafts all in one transaction: every one is stored, or (on any failure) none."""
        now = _now().isoformat()
        rows = []
        for order in orders:
            body = order.to_dict()
            listed = list_values(body) or (None,) * len(LIST_COLUMNS)  # None: the insert trigger fills them
            rows.append((order.id, order.schema, _BODY_JSON(body), DocumentStatus.DRAFT, now, now, *listed))
        with self._transaction() as db:
            db.executemany(_INSERT_DRAFT, rows)

    def delete_draft(self, doc_id: str) -> None:
        """Deletes a draft; signed documents are kept (they may reach or have reached the bank)."""
        with self._transaction() as db:
            db.execute("DELETE FROM documents WHERE id = ? AND status = ?", (doc_id, DocumentStatus.DRAFT))

    def mark_signed(self, doc_id: str, content: bytes, signatures: Sequence[bytes], signer_name: str | None) -> DocumentRecord:
        """Records the signed bytes and all signatures so far; a second signature must cover the same bytes."""
        record = self._require(doc_id)
        if record.status not in (DocumentStatus.DRAFT, DocumentStatus.SIGNED) or (
                record.status == DocumentStatus.SIGNED and record.content != content):
            raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "Document {number} cannot be signed now: its status is “{status}”."),
                {"number": record.order.number, "status": status_word(record.status)}))
        encoded = json.dumps([base64.b64encode(s).decode("ascii") for s in signatures])
        with self._transaction() as db:
            db.execute("UPDATE documents SET status = ?, content = ?, signatures = ?, signer_name = ?, updated_at = ?"
                       " WHERE id = ?", (DocumentStatus.SIGNED, content, encoded, signer_name, _now().isoformat(), doc_id))
        return self._require(doc_id)

    def record_batch(self, signed: Sequence[tuple[PaymentOrder, bytes, Sequence[bytes], str | None]] = (),
                     sent: Sequence[str] = (), states: Sequence[DocumentState] = ()) -> dict[str, DocumentStatus | None]:
        """Batch signing's group commit (bsclient.client.documents.batch): in ONE transaction (one disk
        sync), records `signed` drafts' bytes and signatures (a draft not stored yet is saved first), moves
        `sent` ids to "sent" (a draft of `signed` too, in the same write, once signed; not one whose
        signing was refused) and applies the bank's `states`, each with the rules of mark_signed,
        mark_sent and apply_state. Answers each named document's status after it; None for one left as
        it was because that step does not fit its status (the caller handles that one alone). Few
        statements (one read, one write per step) however many documents: a batch signs beside it."""
        now = _now().isoformat()
        after: dict[str, DocumentStatus | None] = {}
        ids = list(dict.fromkeys([order.id for order, *_ in signed] + list(sent) + [state.id for state in states]))
        inserts, signatures_rows, sent_rows, state_rows = [], [], [], []
        with self._transaction() as db:
            current: dict[str, tuple[DocumentStatus, bytes | None]] = {}
            for first in range(0, len(ids), 500):
                part = ids[first:first + 500]
                for doc_id, status, content in db.execute(
                        f"SELECT id, status, content FROM documents WHERE id IN ({','.join('?' * len(part))})", part):
                    current[doc_id] = (DocumentStatus(status), content)
            sent_at_once = set(sent)  # signed and sent in one write of the row (its blobs are rewritten at each)
            for order, content, signatures, signer_name in signed:
                status, stored = current.get(order.id, (None, None))
                if status is None:
                    inserts.append((order.id, order.schema, json.dumps(order.to_dict(), ensure_ascii=False),
                                    DocumentStatus.DRAFT, now, now))
                elif status != DocumentStatus.DRAFT and not (status == DocumentStatus.SIGNED and stored == content):
                    after[order.id] = None  # not moved to "sent" either
                    continue
                moved_to = DocumentStatus.SENT if order.id in sent_at_once else DocumentStatus.SIGNED
                signatures_rows.append((moved_to, content, json.dumps(
                    [base64.b64encode(s).decode("ascii") for s in signatures]), signer_name, now, order.id))
                current[order.id] = (moved_to, content)
                after[order.id] = moved_to
            for doc_id in sent:
                if doc_id in after:
                    continue  # signed and sent above, or its signing refused
                status, stored = current.get(doc_id, (None, None))
                if status not in (DocumentStatus.SIGNED, DocumentStatus.SENT):
                    after[doc_id] = None
                    continue
                sent_rows.append((DocumentStatus.SENT, now, doc_id))
                current[doc_id] = (DocumentStatus.SENT, stored)
                after[doc_id] = DocumentStatus.SENT
            for state in states:
                status, stored = current.get(state.id, (None, None))
                if state.status not in BANK_STATUSES or status not in BANK_STATUSES | {
                        DocumentStatus.SENT, DocumentStatus.SIGNED}:
                    after[state.id] = None
                    continue
                if status in BANK_STATUSES and _RANK[state.status] < _RANK[status]:
                    after[state.id] = status
                    continue
                state_rows.append((DocumentStatus(state.status), _reason_json(state.reason),
                                   state.received_at.isoformat() if state.received_at else None,
                                   state.executed_at.isoformat() if state.executed_at else None,
                                   _rate_json(state.rate), now, state.id))
                current[state.id] = (DocumentStatus(state.status), stored)
                after[state.id] = DocumentStatus(state.status)
            db.executemany("INSERT INTO documents (id, kind, body, status, signatures, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, '[]', ?, ?)", inserts)
            db.executemany("UPDATE documents SET status = ?, content = ?, signatures = ?, signer_name = ?, updated_at = ?"
                           " WHERE id = ?", signatures_rows)
            db.executemany("UPDATE documents SET status = ?, updated_at = ? WHERE id = ?", sent_rows)
            db.executemany("UPDATE documents SET status = ?, reason = ?, received_at = ?, executed_at = ?, rate = ?,"
                           " updated_at = ? WHERE id = ?", state_rows)
        return after

    def add_from_bank(self, order: PaymentOrder, content: bytes, signatures: Sequence[bytes],
                      state: DocumentState) -> None:
        """A document the bank keeps and this store does not (restoring from the bank, bank_restore.py)."""
        now = _now().isoformat()
        received = state.received_at.isoformat() if state.received_at else now
        with self._transaction() as db:
            db.execute("INSERT INTO documents (id, kind, body, status, reason, content, signatures, received_at,"
                       " executed_at, rate, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (order.id, order.schema, json.dumps(order.to_dict(), ensure_ascii=False),
                        DocumentStatus(state.status), _reason_json(state.reason), content,
                        json.dumps([base64.b64encode(s).decode("ascii") for s in signatures]), received,
                        state.executed_at.isoformat() if state.executed_at else None, _rate_json(state.rate),
                        received, now))

    def mark_sent(self, doc_id: str) -> DocumentRecord:
        """Records that the document went to the bank (its answer may still be unknown)."""
        return self._move(doc_id, {DocumentStatus.SIGNED, DocumentStatus.SENT}, DocumentStatus.SENT)

    def mark_not_sent(self, doc_id: str) -> DocumentRecord:
        """Back to signed after the bank definitely refused to take the document."""
        return self._move(doc_id, {DocumentStatus.SENT, DocumentStatus.SIGNED}, DocumentStatus.SIGNED)

    def apply_state(self, doc_id: str, state: DocumentState) -> DocumentRecord:
        """Applies the bank's state; states only move forward (accepted → executed, or rejected)."""
        if state.status not in BANK_STATUSES:
            raise ValueError(f"not a bank's state: {state.status}")
        record = self._require(doc_id)
        if record.status in BANK_STATUSES and _RANK[state.status] < _RANK[record.status]:
            return record
        if record.status not in BANK_STATUSES | {DocumentStatus.SENT, DocumentStatus.SIGNED}:
            raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "The bank's answer names document {number}, which was never signed here."),
                {"number": record.order.number}))
        with self._transaction() as db:
            db.execute("UPDATE documents SET status = ?, reason = ?, received_at = ?, executed_at = ?, rate = ?,"
                       " updated_at = ? WHERE id = ?", (DocumentStatus(state.status), _reason_json(state.reason),
                                                       state.received_at.isoformat() if state.received_at else None,
                                                       state.executed_at.isoformat() if state.executed_at else None,
                                                       _rate_json(state.rate), _now().isoformat(), doc_id))
        return self._require(doc_id)

    def _move(self, doc_id: str, allowed: set[DocumentStatus], to: DocumentStatus) -> DocumentRecord:
        record = self._require(doc_id)
        if record.status not in allowed:
            raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "Document {number} cannot move to “{to}”: its status is “{status}”."),
                {"number": record.order.number, "to": status_word(to), "status": status_word(record.status)}))
        with self._transaction() as db:
            db.execute("UPDATE documents SET status = ?, updated_at = ? WHERE id = ?", (to, _now().isoformat(), doc_id))
        return self._require(doc_id)

    def _require(self, doc_id: str) -> DocumentRecord:
        record = self.get(doc_id)
        if record is None:
            raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "The document is no longer in the local store; it may have been deleted.")))
        return record

    def _migrate(self) -> None:
        with self._transaction() as db:
            for statement in _CREATE.split(";"):
                if statement.strip():
                    db.execute(statement)
            paid_index = db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_paid'").fetchone()
            if paid_index is not None and "json_extract" in paid_index[0]:  # an older store's: made again
                db.execute("DROP INDEX documents_paid")
            add_list_columns(db)  # the document list's columns and index (document_list), also for older stores
            _add_rate_column(db)  # an executed exchange's rate
            for index in _LOOKUP_INDEXES:  # also for older stores
                db.execute(index)
            row = db.execute("SELECT version FROM schema_version").fetchone()
            if row is None:
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            elif row["version"] > SCHEMA_VERSION:
                raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                    "Store", "The local document store {path} was written by a newer version of the client. Install that version or newer."),
                    {"path": str(self.path)}))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the store's one connection, failures as StoreError: for services
        that keep their own tables here (templates, counterparties) in their own modules."""
        with self._transaction() as db:
            yield db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._failures_as_store_errors(), self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _failures_as_store_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _is_damage(exc):
                raise self._unwritable() from exc
            raise StoreDamagedError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "The local document store {path} is damaged and cannot be read. Documents already at the bank are safe there; ask IT staff to restore the file from a backup."),
                {"path": str(self.path)})) from exc

    def _unwritable(self) -> StoreError:
        return StoreError(Message("Store", QT_TRANSLATE_NOOP(
            "Store", "The local document store {path} cannot be opened or written. Check that the disk is not full and that the folder is writable; the last change was not saved."),
            {"path": str(self.path)}))


def _is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text

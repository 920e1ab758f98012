"""Templates and copies (R9.1): a payment order kept under a name, and new drafts made from either.

Templates live in the local store (table `templates`, made here with CREATE TABLE IF NOT EXISTS, so
a store written before templates existed gains the table and loses nothing). Every function here
reads or writes the disk: run it in the background.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlcipher3 import dbapi2 as sqlite3  # the store's driver (store.py)

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.store import DocumentStore, StoreError
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

MAX_TEMPLATE_NAME = 100

_CREATE = """
CREATE TABLE IF NOT EXISTS templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,   -- the name case-folded (SQLite folds ASCII only; names are Cyrillic)
    body TEXT NOT NULL,              -- the order as typed, JSON (PaymentOrder.to_dict)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


class TemplateError(ClerkError):
    """A template name that cannot be used, or a template that is gone."""


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    order: PaymentOrder
    updated_at: datetime


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_template_name(name: str) -> Message | None:
    """None when `name` can name a template (uniqueness is checked when saving)."""
    if not name.strip():
        return Message("Templates", QT_TRANSLATE_NOOP(
            "Templates", "Type a name for the template, e.g. the beneficiary and what is paid for."))
    if len(name.strip()) > MAX_TEMPLATE_NAME:
        return Message("Templates", QT_TRANSLATE_NOOP(
            "Templates", "A template name may have at most {limit} characters; it has {count}."),
            {"limit": MAX_TEMPLATE_NAME, "count": len(name.strip())})
    return None


def next_free_number(records: list[DocumentRecord]) -> str:
    """One more than the largest numeric document number so far ("1" for the first)."""
    numbers = [int(r.order.number) for r in records if r.order.number.strip().isdigit()]
    return str(max(numbers, default=0) + 1)


def new_draft_order(order: PaymentOrder, number: str, *, today: date | None = None) -> PaymentOrder:
    """A new order with the parties, amount, KNP and purpose of `order`: new id, `number`, dated today."""
    today = today or date.today()
    fresh = copy.deepcopy(order)
    fresh.id, fresh.number, fresh.date, fresh.value_date = str(uuid.uuid4()), number, today, today
    return fresh


def copy_to_draft(store: DocumentStore, doc_id: str, *, today: date | None = None) -> DocumentRecord:
    """A new draft copied from document `doc_id` (any status) with the next free number."""
    record = store.get(doc_id)
    if record is None:
        raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
            "Store", "The document is no longer in the local store; it may have been deleted.")))
    return store.save_draft(new_draft_order(record.order, next_free_number(store.list()), today=today))


class TemplateBook:
    """The clerk's templates in the local store."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store
        with store.transaction() as db:
            db.execute(_CREATE)

    def list(self) -> list[Template]:
        """Templates by name."""
        with self._store.transaction() as db:
            rows = db.execute("SELECT * FROM templates").fetchall()
        templates = [self._template(row) for row in rows]
        return sorted(templates, key=lambda t: _key(t.name))

    def get(self, template_id: int) -> Template:
        with self._store.transaction() as db:
            row = db.execute("SELECT * FROM templates WHERE id = ?", (template_id,)).fetchone()
        if row is None:
            raise self._gone()
        return self._template(row)

    def save(self, name: str, order: PaymentOrder) -> Template:
        """Keeps `order`'s fields under a new `name`; TemplateError if the name is empty, long or taken."""
        name = self._checked(name)
        body = json.dumps(order.to_dict(), ensure_ascii=False)
        now = _now()
        with self._store.transaction() as db:
            try:
                cursor = db.execute("INSERT INTO templates (name, name_key, body, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?)", (name, _key(name), body, now, now))
            except sqlite3.IntegrityError as exc:
                raise self._taken(name) from exc
            template_id = cursor.lastrowid
        assert template_id is not None  # an INSERT sets it
        return self.get(template_id)

    def rename(self, template_id: int, name: str) -> Template:
        name = self._checked(name)
        with self._store.transaction() as db:
            try:
                changed = db.execute("UPDATE templates SET name = ?, name_key = ?, updated_at = ? WHERE id = ?",
                                     (name, _key(name), _now(), template_id)).rowcount
            except sqlite3.IntegrityError as exc:
                raise self._taken(name) from exc
        if not changed:
            raise self._gone()
        return self.get(template_id)

    def delete(self, template_id: int) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM templates WHERE id = ?", (template_id,))

    def create_draft(self, template_id: int, *, today: date | None = None) -> DocumentRecord:
        """A new draft from the template, with the next free number, dated today."""
        template = self.get(template_id)
        order = new_draft_order(template.order, next_free_number(self._store.list()), today=today)
        return self._store.save_draft(order)

    @staticmethod
    def _checked(name: str) -> str:
        problem = check_template_name(name)
        if problem is not None:
            raise TemplateError(problem)
        return " ".join(name.split())

    @staticmethod
    def _taken(name: str) -> TemplateError:
        return TemplateError(Message("Templates", QT_TRANSLATE_NOOP(
            "Templates", "A template named “{name}” already exists. Choose another name, or delete the old template first."),
            {"name": name}))

    @staticmethod
    def _gone() -> TemplateError:
        return TemplateError(Message("Templates", QT_TRANSLATE_NOOP(
            "Templates", "The template is no longer in the local store; it may have been deleted in another window.")))

    @staticmethod
    def _template(row: sqlite3.Row) -> Template:
        return Template(id=row["id"], name=row["name"], order=PaymentOrder.from_dict(json.loads(row["body"])),
                        updated_at=datetime.fromisoformat(row["updated_at"]))

"""Documents as the document list shows them: a few plain columns per document, read by one query.

A list of 100,000 documents must not parse 100,000 JSON bodies into PaymentOrders nor decode their
signatures. The documents table keeps the list's columns beside the body (`list_*`, filled from the
body by triggers on every insert and change of the body, whoever writes it), and the `documents_list`
index holds exactly the columns the list shows in the list's order: `LIST_QUERY` reads that index
alone. Each document becomes one plain tuple of strings, numbers and dates (`Row`): no object of its
own, and nothing Python's garbage collector goes on walking through (it would, every so often, for
100,000 objects: a pause the clerk feels). Rows are held compactly: values many documents share (a
beneficiary, a kind, a status, a day) are one object, the search text is UTF-8 bytes (half the size of
Cyrillic held as str), the query's rows are turned into Rows as they come (never all fetched first),
and a reload keeps the Row it had for every document that did not change (`listed_rows(previous=)`),
so a second copy of the list never exists at once. A whole document (its order, signed bytes, signatures) is
read from the store only when asked for: `ListedDocument.record()`, for the selected documents.

The rate an executed exchange used is the store's own column `rate` (JSON, set by
the bank's answer, not from the body): the index holds it too, so the list shows it without a body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3  # the store's driver (store.py)

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus, ExecutedRate
from bsclient.messages import Message
from bsclient.rules import ValidationError, parse_amount

# The list's columns, each a field of the body as the clerk typed it; list_search is the text a search
# looks in: those fields with a space between (an absent one as ""). list_iban is not shown: the payee
# guard's index (store.py) holds it, so a status change does not parse the body again for that index.
_FIELDS = {"list_number": "number", "list_date": "date", "list_amount": "amount", "list_currency": "currency",
           "list_beneficiary": "beneficiary.name", "list_bin": "beneficiary.bin", "list_iban": "beneficiary.iban"}
_SEARCHED = ("number", "beneficiary.name", "beneficiary.bin", "beneficiary.iban", "purpose", "knp", "amount")
_COLUMNS = {
    **{column: f"json_extract({{row}}.body, '$.{path}')" for column, path in _FIELDS.items()},
    "list_search": " || ' ' || ".join(f"ifnull(json_extract({{row}}.body, '$.{path}'), '')" for path in _SEARCHED),
}
LIST_COLUMNS = tuple(_COLUMNS)


def list_values(body: dict[str, Any]) -> tuple[str | None, ...] | None:
    """The list's columns of a body as the insert trigger computes them, for an insert that gives them
    itself (one write of the row and its index instead of two); None when a field is not text."""
    try:
        values = [_field(body, path) for path in _FIELDS.values()]
        searched = [_field(body, path) or "" for path in _SEARCHED]
    except TypeError:  # json_extract's own text of a number or object: left to the trigger
        return None
    return (*values, " ".join(searched))


_PATHS = {path: path.split(".") for path in (*_FIELDS.values(), *_SEARCHED)}


def _field(body: dict[str, Any], path: str) -> str | None:
    value: Any = body
    for name in _PATHS[path]:
        value = value.get(name) if isinstance(value, dict) else None
    if value is not None and not isinstance(value, str):
        raise TypeError(path)
    return value


def _assignments(row: str, columns: Iterable[str] = _COLUMNS) -> str:
    return ", ".join(f"{column} = {_COLUMNS[column].format(row=row)}" for column in columns)


# Newest change first, as DocumentStore.list, and documents changed at once in the order they were added
# (LIST_QUERY orders those by rowid). The id comes after the columns documents of one import or batch share
# or number in a row: first, a random id spread the index entries of a batch's 50 documents over 50 pages,
# each written at each change of their status (bench/batch_sign.py).
_INDEX_COLUMNS = ("updated_at DESC, created_at DESC, kind, status, list_number, list_date, list_amount, id, "
                  "list_currency, list_beneficiary, list_bin, reason, list_search, rate")
_INDEXED = [column.split()[0] for column in _INDEX_COLUMNS.split(", ")]
LIST_QUERY = """
SELECT id, kind, status, updated_at, reason, list_number, list_date, list_amount, list_currency,
       list_beneficiary, list_bin, list_search, rate
FROM documents INDEXED BY documents_list ORDER BY updated_at DESC, created_at DESC, rowid
"""


def add_list_columns(db: sqlite3.Connection) -> None:
    """Adds the list's columns, their triggers and index to a store that lacks them (inside the store's
    migration transaction); documents already stored get their columns from their bodies once."""
    present = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    missing = [column for column in _COLUMNS if column not in present]
    for column in missing:
        db.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT")
    if missing:  # the triggers fill every column of the list: made again below with the new ones
        db.execute("DROP TRIGGER IF EXISTS documents_list_insert")
        db.execute("DROP TRIGGER IF EXISTS documents_list_body")
    insert_trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                                "'documents_list_insert'").fetchone()
    if insert_trigger is not None and " WHEN " not in insert_trigger[0]:  # made before inserts gave the columns
        db.execute("DROP TRIGGER documents_list_insert")
    db.execute("CREATE TRIGGER IF NOT EXISTS documents_list_insert AFTER INSERT ON documents "
               f"WHEN NEW.list_search IS NULL BEGIN UPDATE documents SET {_assignments('NEW')} "
               "WHERE rowid = NEW.rowid; END")
    db.execute("CREATE TRIGGER IF NOT EXISTS documents_list_body AFTER UPDATE OF body ON documents BEGIN "
               f"UPDATE documents SET {_assignments('NEW')} WHERE rowid = NEW.rowid; END")
    if missing:
        db.execute(f"UPDATE documents SET {_assignments('documents', missing)}")  # the others are there
    if "rate" not in present:  # an executed exchange's rate (the store's column), for the index
        db.execute("ALTER TABLE documents ADD COLUMN rate TEXT")
    indexed = [row[2] for row in db.execute("PRAGMA index_info(documents_list)")]  # in the index's order
    if indexed and indexed != _INDEXED:  # an older store's index (without the rate, or the id third): made again
        db.execute("DROP INDEX documents_list")
    db.execute(f"CREATE INDEX IF NOT EXISTS documents_list ON documents({_INDEX_COLUMNS})")


Fetch = Callable[[str], "DocumentRecord | None"]  # a whole document by id (the store's get)
_SIMPLE_AMOUNT = re.compile(r"(?:[1-9]\d{0,12}|0)(?:\.\d{1,2})?", re.ASCII)

# One document in the list: a tuple with these fields. STATUS is the stored word (a plain str: it
# compares equal to DocumentStatus members, but hashes differently, so sets and dicts use the word).
# SEARCH is the casefolded text a search looks in, as UTF-8 bytes (`needle.encode() in row[SEARCH]`).
# AMOUNT_TEXT is the amount as typed only when it is not an amount (TIYN None), else "": the list
# shows TIYN, and 100,000 copies of the typed text would cost 5 MB.
Row = tuple[Any, ...]
# RATE: an executed exchange's rate as the store keeps it (JSON {"base", "quote", "value"}), else None.
(ID, KIND, STATUS, NUMBER, DATE, BENEFICIARY, BIN, TIYN, AMOUNT_TEXT, CURRENCY, UPDATED, REASON,
 SEARCH, RATE) = range(14)


def status_of(word: str) -> DocumentStatus | str:
    try:
        return DocumentStatus(word)
    except ValueError:  # a status this version does not know: shown as stored
        return word


class ListedDocument:
    """One row seen as a document: reads like a DocumentRecord for `id`, `status`, `reason` and `order`;
    `record()` is the whole DocumentRecord (`whole(id)`: kept, or read from the store when asked)."""

    __slots__ = ("_whole", "row")

    def __init__(self, row: Row, whole: Fetch) -> None:
        self.row = row
        self._whole = whole

    content = None  # the signed bytes: record().content
    signatures: Sequence[bytes] = ()

    id = property(lambda self: self.row[ID])
    kind = property(lambda self: self.row[KIND])
    number = property(lambda self: self.row[NUMBER])
    date = property(lambda self: self.row[DATE])
    beneficiary = property(lambda self: self.row[BENEFICIARY])
    bin = property(lambda self: self.row[BIN])
    tiyn = property(lambda self: self.row[TIYN])
    currency = property(lambda self: self.row[CURRENCY])
    updated_at = property(lambda self: self.row[UPDATED])
    search = property(lambda self: self.row[SEARCH].decode())
    rate = property(lambda self: rate_of(self.row))  # an executed exchange's rate, as DocumentRecord.rate

    @property
    def status(self) -> DocumentStatus | str:
        return status_of(self.row[STATUS])

    @property
    def amount(self) -> Decimal | None:
        return amount_of(self.row)

    @property
    def reason(self) -> Message | None:
        return reason_of(self.row)

    @property
    def order(self) -> PaymentOrder:
        return self.record().order

    def record(self) -> DocumentRecord:
        record = self._whole(self.row[ID])
        if record is None:
            raise LookupError(f"document {self.row[ID]} is no longer in the store")
        return record

    def __repr__(self) -> str:
        return f"ListedDocument({self.row[ID]!r}, number={self.row[NUMBER]!r}, status={self.row[STATUS]!r})"


def amount_of(row: Row) -> Decimal | None:
    return Decimal(row[TIYN]).scaleb(-2) if row[TIYN] is not None else None


def rate_of(row: Row) -> ExecutedRate | None:
    """The rate an executed exchange used, from the row; None for any other document."""
    if not row[RATE]:
        return None
    try:
        data = json.loads(row[RATE])
        return ExecutedRate(str(data["base"]), str(data["quote"]), str(data["value"]))
    except (ValueError, KeyError, TypeError):
        return None


def reason_of(row: Row) -> Message | None:
    if row[REASON] is None:
        return None
    data = json.loads(row[REASON])
    return Message(data["context"], data["source"], data.get("params") or {})


def list_amount(text: str) -> int | None:
    """The amount the clerk typed in tiyn, or None when it is not one (yet); as parse_amount, quicker
    for the plain "1500000.5" most stored amounts are."""
    plain = text.replace(",", ".")
    if _SIMPLE_AMOUNT.fullmatch(plain):
        integer, _, fraction = plain.partition(".")
        tiyn = int(integer) * 100 + int(fraction.ljust(2, "0") or 0)
        return tiyn or None
    try:
        return int(parse_amount(text) * 100)
    except ValidationError:
        return None


def _plain(tiyn: int | None) -> str:
    """1500000.50 for 150000050 tiyn: the amount as a search finds it."""
    return f"{tiyn // 100}.{tiyn % 100:02d}" if tiyn is not None else ""


def listed_rows(rows: Iterable[Sequence[Any]], *, previous: Callable[[str], Row | None] | None = None) -> list[Row]:
    """`LIST_QUERY`'s rows as the list's Rows. `previous(id)`: the Row a list already holds for a
    document; kept (the same object) when the document has not changed."""
    dates: dict[str | None, date | None] = {}
    shared: dict[Any, Any] = {}  # one object for values many documents share
    share = shared.setdefault
    result: list[Row] = []
    append = result.append
    for doc_id, kind, status, updated_at, reason, number, day, stored_amount, currency, name, bin_, stored_search, rate in rows:
        amount_text = stored_amount or ""
        tiyn = list_amount(amount_text)
        search = (stored_search or "").casefold()
        if tiyn is not None:
            search = f"{search} {_plain(tiyn)}"
        try:
            when = dates[day]
        except KeyError:
            try:
                when = dates[day] = date.fromisoformat(day) if day else None
            except ValueError:
                when = dates[day] = None
        row = (doc_id, share(kind, kind), share(status, status), number or "", when, share(name or "", name or ""),
               share(bin_ or "", bin_ or ""), tiyn, "" if tiyn is not None else amount_text,
               share(currency or "", currency or ""),
               share(updated_at, updated_at), share(reason, reason), search.encode(), share(rate, rate))
        if previous is not None:
            held = previous(doc_id)
            if held == row:
                row = held
        append(row)
    return result


def row_of_record(record: DocumentRecord, kind: str) -> Row:
    """A whole DocumentRecord (one just changed, or a list given as records) as a list Row."""
    order = record.order
    tiyn = list_amount(order.amount)
    search = " ".join((order.number, order.beneficiary.name, order.beneficiary.bin, order.beneficiary.iban,
                       order.purpose, order.knp, order.amount, _plain(tiyn))).casefold().encode()
    reason = None
    if record.reason is not None:
        reason = json.dumps({"context": record.reason.context, "source": record.reason.source,
                             "params": dict(record.reason.params)}, ensure_ascii=False, default=str)
    rate = None
    if record.rate is not None:  # as the store keeps it (store._rate_json)
        rate = json.dumps({"base": record.rate.base, "quote": record.rate.quote, "value": record.rate.value})
    return (record.id, kind, str(record.status), order.number, order.date, order.beneficiary.name,
            order.beneficiary.bin, tiyn, "" if tiyn is not None else order.amount, order.currency,
            record.updated_at.isoformat() if record.updated_at is not None else "", reason, search, rate)


def updated_of(row: Row) -> datetime | None:
    try:
        return datetime.fromisoformat(row[UPDATED])
    except ValueError:
        return None

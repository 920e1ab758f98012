"""The document list as a table: a model over plain rows (a tuple per document, see client/document_list)
and an array of the rows shown.

As in statement_model, the rows shown for a filter and a sort are computed on the GUI thread a few
thousand documents per step between the clerk's events (a worker computing in Python would hold the
interpreter lock every data() call of a repaint needs), and a newer request replaces an older one.
What is shown changes by a layout change, not a reset: Qt moves the selection and the current row
with their documents, so a filter, a sort or a status arriving from the bank keeps what the clerk chose.
"""

from __future__ import annotations

import heapq
import itertools
from array import array
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

import bsclient.client.documents.document_list as row_fields
from bsclient.client.documents.document_list import Fetch, ListedDocument, Row, amount_of, rate_of, reason_of
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.rules.kinds.registry import KINDS
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.error_dialog import show_error
from bsclient.ui.widgets.model_roles import role_data_of
from bsclient.ui.widgets.status_text import status_colour, status_label
from bsclient.ui.widgets.stepped_work import SteppedWork

AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ListedDocument

# The bank's reason beside the status (R9.5), the time of the last change last.
NUMBER, DATE, TYPE, BENEFICIARY, BIN, AMOUNT, CURRENCY, STATUS, REASON, UPDATED = range(10)
_HEADERS = (QT_TRANSLATE_NOOP("PaymentList", "Number"), QT_TRANSLATE_NOOP("PaymentList", "Date"),
            QT_TRANSLATE_NOOP("PaymentList", "Type"), QT_TRANSLATE_NOOP("PaymentList", "Beneficiary"),
            QT_TRANSLATE_NOOP("PaymentList", "IIN/BIN"), QT_TRANSLATE_NOOP("PaymentList", "Amount"),
            QT_TRANSLATE_NOOP("PaymentList", "Currency"), QT_TRANSLATE_NOOP("PaymentList", "Status"),
            QT_TRANSLATE_NOOP("PaymentList", "Bank's reason"), QT_TRANSLATE_NOOP("PaymentList", "Updated"))
_ROWS_MOVE = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_HINTED = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"  # the layout signals with a hint
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Document kinds (the stored `kind`, the content's schema) as the clerk names them: the registry's names.
_KINDS: dict[str, str] = {kind.schema: kind.names.list for kind in KINDS}

PART = 1_000                 # documents in one step of a filter or sort (a few milliseconds)
MERGE_PART = 500             # documents in one step of merging the sorted parts
AT_ONCE = 5_000              # lists this short are filtered and sorted at once, without steps
_STATUS_ORDER = {status.value: rank for rank, status in enumerate(DocumentStatus)}  # by the stored word


def kind_label(kind: str) -> str:
    """The translated name of a document kind; an unknown kind as stored."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("DocumentKind", source) if source else kind


def known_kinds() -> list[str]:
    return list(_KINDS)


def status_text(status: DocumentStatus | str) -> str:
    """status_text.status_label, or the stored word for a status this version does not know."""
    try:
        return status_label(status)
    except (KeyError, ValueError):
        return str(status)


def _translate(text: str) -> str:
    return QCoreApplication.translate("PaymentList", text)


@dataclass(frozen=True)
class ListSpec:
    """What the clerk asked to see: a kind, a status, a period of document dates, text, and a sort."""

    kind: str | None = None
    status: DocumentStatus | str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    sort_column: int = -1      # -1: the store's order, newest change first
    descending: bool = False

    def needle(self) -> str:
        return self.text.strip().casefold()

    def filters(self) -> tuple[str | None, DocumentStatus | str | None, date | None, date | None, str]:
        return (self.kind, self.status, self.date_from, self.date_to, self.needle())


def amount_needle(needle: str) -> str | None:
    """"1 500 000,5" as the plain text of an amount ("1500000.5"), or None when it is not a number."""
    compact = needle.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    if compact and all(c.isdigit() or c == "." for c in compact) and any(c.isdigit() for c in compact):
        return compact
    return None


def matcher(spec: ListSpec) -> Callable[[Row], bool] | None:
    """The test of one row against the spec's filters; None when every row passes."""
    kind, status, date_from, date_to, needle = spec.filters()
    if kind is None and status is None and date_from is None and date_to is None and not needle:
        return None
    amount_text = amount_needle(needle) if needle else None
    amount = amount_text.encode() if amount_text is not None else None
    text = needle.encode()  # the rows' search text is UTF-8 bytes
    word = str(status) if status is not None else None
    K, S, D, T = row_fields.KIND, row_fields.STATUS, row_fields.DATE, row_fields.SEARCH  # noqa: N806

    def accepts(row: Row) -> bool:
        if word is not None and row[S] != word:
            return False
        if kind is not None and row[K] != kind:
            return False
        if date_from is not None or date_to is not None:
            day = row[D]
            if day is None or (date_from is not None and day < date_from) or (date_to is not None and day > date_to):
                return False
        if needle:
            return text in row[T] or (amount is not None and amount in row[T])
        return True

    return accepts


_NOT_A_NUMBER = 10**18  # numbers that are not digits sort after all the numeric ones


def _number_key(row: Row) -> int:
    number = row[row_fields.NUMBER].strip()
    return int(number) if number.isdigit() and len(number) < 18 else _NOT_A_NUMBER


def sort_key(column: int) -> Callable[[Row], Any]:
    """The key that sorts `column` as its values compare: amounts and dates as numbers and days."""
    f = row_fields
    if column == NUMBER:
        return _number_key
    if column == DATE:
        return lambda row: row[f.DATE] or date.min
    if column == TYPE:
        labels: dict[str, str] = {}
        return lambda row: labels.get(row[f.KIND]) or labels.setdefault(row[f.KIND], kind_label(row[f.KIND]).casefold())
    if column == BENEFICIARY:
        return lambda row: row[f.BENEFICIARY].casefold()
    if column == BIN:
        return lambda row: row[f.BIN]
    if column == AMOUNT:
        return lambda row: row[f.TIYN] if row[f.TIYN] is not None else -1
    if column == CURRENCY:
        return lambda row: row[f.CURRENCY]
    if column == STATUS:
        return lambda row: _STATUS_ORDER.get(row[f.STATUS], len(_STATUS_ORDER))
    if column == UPDATED:
        return lambda row: row[f.UPDATED]
    if column == REASON:
        return lambda row: reason_text(row).casefold()
    raise ValueError(column)


def rate_text(row: Row) -> str:
    """ "1 USD = 471.25 KZT": the rate the bank executed an exchange at, "" for any other document."""
    rate = rate_of(row) if row[row_fields.RATE] else None
    return f"1 {rate.base} = {rate.value} {rate.quote}" if rate is not None else ""


def reason_text(row: Row) -> str:
    reason = reason_of(row) if row[row_fields.REASON] is not None else None
    return reason.render(QCoreApplication.translate) if reason is not None else ""


@dataclass(frozen=True)
class PreparedDocuments:
    """Rows with what the model looks them up by, made off the GUI thread (`prepare`)."""

    rows: list[Row]
    position: dict[str, int]
    statuses: Counter[str]
    kinds: frozenset[str]


def prepare(rows: Iterable[Row]) -> PreparedDocuments:
    """The rows in the store's order, their indexes by id, and how many there are of each status."""
    rows = list(rows)
    return PreparedDocuments(rows, {row[row_fields.ID]: i for i, row in enumerate(rows)},
                             Counter(row[row_fields.STATUS] for row in rows), frozenset(row[row_fields.KIND] for row in rows))


@dataclass(frozen=True)
class ShownRows:
    spec: ListSpec
    rows: array[int]  # indexes into the documents, in display order


Steps = Generator[None, None, ShownRows]


def shown_rows_in_steps(docs: Sequence[Row], spec: ListSpec, *, previous: ShownRows | None = None) -> Steps:
    """The rows `spec` shows of `docs`, a few thousand documents a step (`next()`); the ShownRows is the
    generator's return value. With `previous` of the same filters, only the sort is done again."""
    if previous is not None and previous.spec.filters() == spec.filters():
        rows: list[int] = list(previous.rows)  # the same documents: only their order is made again
        if spec.sort_column < 0:  # back in the store's order (a sort by a column needs no order before it)
            rows = yield from _sorted_by(docs, rows, None, descending=False)
    else:
        accepts = matcher(spec)
        if accepts is None:
            rows = list(range(len(docs)))
        else:
            rows = []
            for start in range(0, len(docs), PART):
                rows.extend(i for i in range(start, min(start + PART, len(docs))) if accepts(docs[i]))
                yield
    if spec.sort_column >= 0:
        rows = yield from _sorted_by(docs, rows, sort_key(spec.sort_column), descending=spec.descending)
    return ShownRows(spec, array("I", rows))


def _sorted_by(docs: Sequence[Row], rows: list[int], key: Callable[[Row], Any] | None, *,
               descending: bool) -> Generator[None, None, list[int]]:
    """`rows` sorted by `key` (None: in the store's order), equal keys in the store's order (descending
    too). Sorted in parts and merged, so that no single step takes long (one sort of 100,000 keys would:
    about 0.1 s; a merge step of heapq's Python is about 5 us a document). The parts hold the indexes
    only, their keys made as a part is sorted or merged (not a pair per document at once)."""
    by = _ordered(docs, key, descending=descending) if key is not None else None
    parts = []
    for start in range(0, len(rows), PART):
        parts.append(sorted(rows[start:start + PART], key=by, reverse=descending))
        yield
    merged = heapq.merge(*parts, key=by, reverse=descending)
    result: list[int] = []
    while True:
        chunk = list(itertools.islice(merged, MERGE_PART))
        if not chunk:
            return result
        result.extend(chunk)
        yield


def _ordered(docs: Sequence[Row], key: Callable[[Row], Any], *, descending: bool) -> Callable[[int], tuple[Any, int]]:
    def ordered(i: int) -> tuple[Any, int]:
        return key(docs[i]), (-i if descending else i)  # descending: keys down, the store's order up

    return ordered


def shown_rows(docs: Sequence[Row], spec: ListSpec, *, previous: ShownRows | None = None) -> ShownRows:
    """The rows `spec` shows of `docs`, all at once."""
    steps = shown_rows_in_steps(docs, spec, previous=previous)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class DocumentListModel(QAbstractTableModel):
    """One row per document shown. `rowsShown()` after each change of what is shown; `busy` meanwhile.

    `fetch` (the store's get) reads a whole document when one is asked for and not at hand."""

    rowsShown = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: list[Row] = []
        self._position: dict[str, int] = {}  # document id → index in _docs
        self._statuses: Counter[str] = Counter()
        self._kinds: set[str] = set()
        self._whole: dict[str, DocumentRecord] = {}  # whole documents at hand, by id
        self.fetch: Fetch | None = None
        self._shown = ShownRows(ListSpec(), array("I"))
        self._wanted = ListSpec()
        self._work = SteppedWork(self._computed, self._failed, self)  # the filter or sort under way

    # --- the documents ------------------------------------------------------------------------

    def set_documents(self, docs: Iterable[Row] | PreparedDocuments, *,
                      whole: Iterable[DocumentRecord] = ()) -> None:
        """Shows `docs` (in the store's order; best prepared off the GUI thread) with the clerk's filter
        and sort; resets the view. `whole`: documents given whole, kept for record()."""
        prepared = docs if isinstance(docs, PreparedDocuments) else prepare(docs)
        self._stop()
        self.beginResetModel()
        self._docs, self._position, self._statuses = prepared.rows, prepared.position, prepared.statuses
        self._kinds = set(prepared.kinds)
        self._whole = {**self._unchanged_whole(prepared), **{record.id: record for record in whole}}
        if self._wanted == ListSpec():
            self._shown = ShownRows(self._wanted, array("I", range(len(self._docs))))
        elif len(self._docs) <= AT_ONCE:
            self._shown = shown_rows(self._docs, self._wanted)
        else:  # none shown until the clerk's filter and sort are done: never rows the clerk filtered out
            self._shown = ShownRows(ListSpec(), array("I"))
        self.endResetModel()
        if self._wanted != self._shown.spec:
            self._compute(again=True)
        else:
            self.rowsShown.emit()

    def update_documents(self, changed: Iterable[Row], *, whole: Iterable[DocumentRecord] = ()) -> None:
        """Puts changed documents (a status from the bank) in their rows, adds new ones; no reset:
        the selection, the current row and the scroll position stay. `whole`: the changed documents
        whole, replacing those at hand."""
        moved = False  # a document added, or one the filter or the sort now places elsewhere
        same_place = self._same_place(self._wanted)
        for row in changed:
            doc_id = row[row_fields.ID]
            index = self._position.get(doc_id)
            if index is None:
                self._position[doc_id] = len(self._docs)
                self._docs.append(row)
                moved = True
            else:
                before = self._docs[index]
                self._statuses[before[row_fields.STATUS]] -= 1
                self._docs[index] = row
                moved = moved or not same_place(before, row)
            self._statuses[row[row_fields.STATUS]] += 1
            self._kinds.add(row[row_fields.KIND])
        for record in whole:
            if record.id in self._whole:
                self._whole[record.id] = record
        if moved or self.busy or self._wanted != self._shown.spec:
            self._compute(again=True)  # a changed status may leave the filter or move in the sort
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    @staticmethod
    def _same_place(spec: ListSpec) -> Callable[[Row, Row], bool]:
        """Whether a changed row stays where it was: the filter keeps it as before, its sort key is the same.
        Most statuses from the bank move nothing: the rows shown need not be computed again (a step
        over the whole list, then a layout change of every selected row)."""
        accepts = matcher(spec)
        key = sort_key(spec.sort_column) if spec.sort_column >= 0 else None

        def same(before: Row, after: Row) -> bool:
            if accepts is not None and accepts(before) != accepts(after):
                return False
            return key is None or key(before) == key(after)

        return same

    def _unchanged_whole(self, prepared: PreparedDocuments) -> dict[str, DocumentRecord]:
        """The whole documents at hand (the selected ones) that a reload shows unchanged: kept, so the
        selection's documents need not be read again."""
        if self.fetch is None:
            return {}
        kept = {}
        for doc_id, record in self._whole.items():
            index = prepared.position.get(doc_id)
            if index is not None and record.updated_at is not None \
                    and prepared.rows[index][row_fields.UPDATED] == record.updated_at.isoformat():
                kept[doc_id] = record
        return kept

    def whole(self, doc_id: str) -> DocumentRecord | None:
        """The whole document: at hand, or read with `fetch` now (and kept)."""
        record = self._whole.get(doc_id)
        if record is None and self.fetch is not None:
            record = self.fetch(doc_id)
            if record is not None:
                self._whole[doc_id] = record
        return record

    def has_whole(self, doc_id: str) -> bool:
        return doc_id in self._whole

    def keep_whole(self, records: Iterable[DocumentRecord]) -> None:
        for record in records:
            if record.id in self._position:
                self._whole[record.id] = record

    def drop_whole(self, ids: Iterable[str]) -> None:
        """Lets whole documents go (no longer selected); those given whole by set_documents stay
        when there is no store to read them again from."""
        if self.fetch is not None:
            for doc_id in ids:
                self._whole.pop(doc_id, None)

    def documents(self) -> Sequence[ListedDocument]:
        """Every document: those shown in the order shown, then those the filter hides (made as asked)."""
        shown = self._shown.rows
        order = list(shown)
        if len(order) < len(self._docs):
            visible = set(shown)
            order.extend(i for i in range(len(self._docs)) if i not in visible)
        return _Documents(self._docs, order, self.whole)

    records = documents  # the name the main window, the paper form and the tests know

    def document(self, row: int) -> ListedDocument:
        return ListedDocument(self._docs[self._shown.rows[row]], self.whole)

    def held_row(self, doc_id: str) -> Row | None:
        """The Row held for a document (read from a loading thread: a reload keeps unchanged Rows)."""
        index = self._position.get(doc_id)
        docs = self._docs
        return docs[index] if index is not None and index < len(docs) else None

    def find(self, doc_id: str) -> ListedDocument | None:
        index = self._position.get(doc_id)
        return ListedDocument(self._docs[index], self.whole) if index is not None else None

    def has_status(self, statuses: Iterable[DocumentStatus | str]) -> bool:
        return any(self._statuses[str(status)] > 0 for status in statuses)

    def kinds(self) -> list[str]:
        """The kinds the type filter offers: the known ones, then any other held."""
        return [*known_kinds(), *sorted(self._kinds.difference(known_kinds()))]

    def numbers(self) -> Iterable[str]:
        return (row[row_fields.NUMBER] for row in self._docs)

    def id_of(self, row: int) -> str:
        return self._docs[self._shown.rows[row]][row_fields.ID]

    def rows_of(self, ids: set[str]) -> list[int]:
        """The rows showing the documents `ids`, in display order."""
        wanted = {self._position[doc_id] for doc_id in ids if doc_id in self._position}
        if not wanted:
            return []
        return [row for row, index in enumerate(self._shown.rows) if index in wanted]

    # --- what is shown -----------------------------------------------------------------------

    def set_filter(self, *, kind: str | None, status: DocumentStatus | str | None, date_from: date | None,
                   date_to: date | None, text: str) -> None:
        self._want(replace(self._wanted, kind=kind, status=status, date_from=date_from, date_to=date_to, text=text))

    def spec(self) -> ListSpec:
        return self._shown.spec

    def wanted(self) -> ListSpec:
        return self._wanted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._want(replace(self._wanted, sort_column=column, descending=order == Qt.SortOrder.DescendingOrder))

    def _want(self, spec: ListSpec) -> None:
        if spec == self._wanted and (self.busy or spec == self._shown.spec):
            return  # shown already, or on its way
        self._wanted = spec
        self._compute()

    def _compute(self, *, again: bool = False) -> None:
        """Starts computing the rows the wanted spec shows; `again`: from scratch, the rows have changed."""
        self._work.start(shown_rows_in_steps(self._docs, self._wanted, previous=None if again else self._shown),
                         at_once=len(self._docs) <= AT_ONCE)

    def _stop(self) -> None:
        self._work.stop()

    def _failed(self, exc: Exception) -> None:
        # a bug in the filter: what was shown stays shown; the clerk and the log hear of it
        self.rowsShown.emit()
        show_error(None, exc)

    def _computed(self, shown: ShownRows) -> None:
        old = self._shown.rows
        if shown.rows == old:
            self._shown = shown
            self.rowsShown.emit()
            return
        # A layout change: the selection and the current row follow their documents (or leave with them).
        # Rows only move (or leave): the selection then keeps one persistent index per row, not per cell.
        self.layoutAboutToBeChanged[_HINTED].emit([], _ROWS_MOVE)  # type: ignore[index]  # PySide6's stubs know no signal overloads
        persistent = self.persistentIndexList()
        if persistent:
            new_row = {index: row for row, index in enumerate(shown.rows)}
            moved = []
            for index in persistent:
                row = new_row.get(old[index.row()]) if 0 <= index.row() < len(old) else None
                moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self._shown = shown
        self.layoutChanged[_HINTED].emit([], _ROWS_MOVE)  # type: ignore[index]  # PySide6's stubs know no signal overloads
        self.rowsShown.emit()

    @property
    def busy(self) -> bool:
        """True while a filter or sort is being computed."""
        return self._work.busy

    def shown_count(self) -> int:
        return len(self._shown.rows)

    def total_count(self) -> int:
        return len(self._docs)

    # --- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _translate(_HEADERS[section])
        return None  # titles centred: a right-aligned one would run into the sort arrow

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._value(self._docs[self._shown.rows[index.row()]], index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803 - Qt's name
        """Every role a cell is painted with, in one call (a view asks seven per cell): each call from Qt
        into Python waits for the interpreter lock while the list loads on a worker."""
        if not index.isValid():
            return
        row = self._docs[self._shown.rows[index.row()]]
        column = index.column()
        for role_data in role_data_of(roleDataSpan):
            role_data.setData(self._value(row, column, role_data.role()))

    def _value(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RECORD_ROLE:
            return ListedDocument(row, self.whole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            try:
                return status_colour(row[row_fields.STATUS])
            except (KeyError, ValueError):
                return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (REASON, BENEFICIARY, STATUS):
            if column == STATUS and row[row_fields.REASON] is not None:  # the bank's reason, also when scrolled away
                return f"{self._display(row, STATUS)}: {reason_text(row)}"
            if column == STATUS and row[row_fields.RATE]:  # an executed exchange: the rate in a sentence
                rate = rate_of(row)
                if rate is not None:
                    return _translate(QT_TRANSLATE_NOOP(
                        "PaymentList", "{status} at the bank's rate of 1 {base} = {value} {quote}.")).format(
                        status=status_text(row[row_fields.STATUS]), base=rate.base, value=rate.value, quote=rate.quote)
            return self._display(row, column) or None
        return None

    @staticmethod
    def _display(row: Row, column: int) -> str:
        f = row_fields
        if column == NUMBER:
            return row[f.NUMBER]
        if column == DATE:
            return row[f.DATE].strftime("%d.%m.%Y") if row[f.DATE] is not None else ""
        if column == TYPE:
            return kind_label(row[f.KIND])
        if column == BENEFICIARY:
            return row[f.BENEFICIARY]
        if column == BIN:
            return row[f.BIN]
        if column == AMOUNT:
            amount = amount_of(row)
            return format_money(amount) if amount is not None else row[f.AMOUNT_TEXT]
        if column == CURRENCY:
            return row[f.CURRENCY]
        if column == STATUS:
            if row[f.RATE]:  # an executed exchange: the rate the bank used, beside its status
                rate = rate_text(row)
                return f"{status_text(row[f.STATUS])} · {rate}" if rate else status_text(row[f.STATUS])
            return status_text(row[f.STATUS])
        if column == UPDATED:
            return _local_time(row[f.UPDATED])
        if column == REASON:
            return reason_text(row)
        return ""


class _Documents(Sequence[ListedDocument]):
    """The model's documents in an order, each made a ListedDocument only when asked for."""

    def __init__(self, rows: list[Row], order: list[int], whole: Fetch) -> None:
        self._rows, self._order, self._whole = rows, order, whole

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> ListedDocument: ...
    @overload
    def __getitem__(self, index: slice) -> list[ListedDocument]: ...

    def __getitem__(self, index: int | slice) -> ListedDocument | list[ListedDocument]:
        if isinstance(index, slice):
            return [ListedDocument(self._rows[i], self._whole) for i in self._order[index]]
        return ListedDocument(self._rows[self._order[index]], self._whole)

    def __iter__(self) -> Iterator[ListedDocument]:
        rows, whole = self._rows, self._whole
        return (ListedDocument(rows[i], whole) for i in self._order)


def _local_time(stored: str) -> str:
    """The stored UTC time in this computer's time zone, as "dd.MM.yyyy HH:mm"."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")

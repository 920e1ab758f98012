"""The statement's lines as a table: a model over the statement's tuple and a list of the rows shown.

Filtering and sorting 200,000 lines with a QSortFilterProxyModel would call Python per row and per
comparison in one go on the GUI thread; instead the rows shown are an array of line numbers (4 bytes
a line), computed by `shown_rows_in_steps` a few thousand lines at a time between the clerk's events
and swapped in when ready (a newer request replaces an older one).

While a statement streams in, its lines are appended page by page (`start_lines`, `add_lines`,
`finish`): the rows shown grow by the new lines only (filtered, sorted and merged in the same short
steps), and the view keeps its place and selection while they arrive.
"""

from __future__ import annotations

import enum
import heapq
import itertools
from array import array
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
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
from PySide6.QtGui import QColor, QFont

from bsclient.client.statements.statement import Counterparty, Statement, StatementLine
from bsclient.formatting import day as day_text
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.error_dialog import show_error
from bsclient.ui.widgets.model_roles import role_data_of
from bsclient.ui.widgets.stepped_work import SteppedWork

AnyIndex = QModelIndex | QPersistentModelIndex

# Amounts before the purpose: the purpose takes the room that is left, the amounts stay in sight.
DATE, NUMBER, NAME, BIN, IBAN, BANK, KNP, DEBIT, CREDIT, PURPOSE = range(10)
_HEADERS = (QT_TRANSLATE_NOOP("StatementModel", "Date"), QT_TRANSLATE_NOOP("StatementModel", "No."),
            QT_TRANSLATE_NOOP("StatementModel", "Counterparty"), QT_TRANSLATE_NOOP("StatementModel", "IIN/BIN"),
            QT_TRANSLATE_NOOP("StatementModel", "IIK"), QT_TRANSLATE_NOOP("StatementModel", "Bank"),
            QT_TRANSLATE_NOOP("StatementModel", "KNP"), QT_TRANSLATE_NOOP("StatementModel", "Debit"),
            QT_TRANSLATE_NOOP("StatementModel", "Credit"), QT_TRANSLATE_NOOP("StatementModel", "Purpose"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DEBIT_COLOUR = QColor("#b3261e")
_CREDIT_COLOUR = QColor("#1d7a32")
_ZERO = Decimal(0)
PART = 2_000  # lines in one step of a filter or sort (about a millisecond)


class Direction(enum.Enum):
    ALL = "all"
    DEBIT = "debit"    # money out of the account
    CREDIT = "credit"  # money into the account


@dataclass(frozen=True)
class ViewSpec:
    """What the clerk asked to see: text anywhere in the line, a direction, and a sort."""

    text: str = ""
    direction: Direction = Direction.ALL
    sort_column: int = -1          # -1: the bank's booking order
    descending: bool = False

    def needle(self) -> str:
        return self.text.strip().casefold()


@dataclass(frozen=True)
class ShownRows:
    """The line numbers shown, in display order, and their turnovers; `covered`: how many of the
    statement's first lines they were chosen from (fewer than all while lines are still arriving)."""

    spec: ViewSpec
    rows: array[int]
    debit: Decimal
    credit: Decimal
    covered: int


def _amount_needle(needle: str) -> str | None:
    """"1 500 000,5" as the plain text of an amount ("1500000.5"), or None when it is not a number."""
    compact = needle.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    if compact and all(c.isdigit() or c == "." for c in compact) and any(c.isdigit() for c in compact):
        return compact
    return None


def _matcher(spec: ViewSpec) -> Callable[[StatementLine], bool] | None:
    """A test of one line against the text (in any one column) and the direction.

    Counterparties, dates and purposes repeat through a statement, so each distinct one is
    tested once and the answer remembered: a search through 200,000 lines stays well under a second.
    """
    needle = spec.needle()
    direction = spec.direction
    if not needle and direction is Direction.ALL:
        return None
    amount = _amount_needle(needle) if needle else None
    parties: dict[Counterparty, bool] = {}
    dates: dict[date, bool] = {}
    purposes: dict[str, bool] = {}

    def party_holds(party: Counterparty) -> bool:
        hit = parties.get(party)
        if hit is None:
            hit = parties[party] = any(needle in text.casefold() for text in (
                party.name, party.bin, party.iban, party.bic, party.bank_name))
        return hit

    def date_holds(day: date) -> bool:
        hit = dates.get(day)
        if hit is None:
            hit = dates[day] = needle in day_text(day)
        return hit

    def purpose_holds(purpose: str) -> bool:
        hit = purposes.get(purpose)
        if hit is None:
            hit = purposes[purpose] = needle in purpose.casefold()
        return hit

    def accepts(line: StatementLine) -> bool:
        if direction is Direction.DEBIT and not line.debit:
            return False
        if direction is Direction.CREDIT and not line.credit:
            return False
        if not needle:
            return True
        return (party_holds(line.counterparty) or purpose_holds(line.purpose) or date_holds(line.date)
                or needle in line.number.casefold() or needle in line.knp
                or (amount is not None and amount in str(line.debit or line.credit)))

    return accepts


def _sort_key(column: int) -> Callable[[StatementLine], Any]:
    if column == NUMBER:
        return lambda line: (0, int(line.number), "") if line.number.isdigit() else (1, 0, line.number.casefold())
    if column == NAME:
        return lambda line: line.counterparty.name.casefold()
    if column == BIN:
        return lambda line: line.counterparty.bin
    if column == IBAN:
        return lambda line: line.counterparty.iban
    if column == BANK:
        return lambda line: line.counterparty.bank_name.casefold()
    if column == KNP:
        return lambda line: line.knp
    if column == PURPOSE:
        return lambda line: line.purpose.casefold()
    if column == DEBIT:
        return lambda line: line.debit
    if column == CREDIT:
        return lambda line: line.credit
    raise ValueError(column)


def _is_refinement(previous: ViewSpec, spec: ViewSpec) -> bool:
    """True when every line `spec` keeps is among those `previous` kept (typing one more letter)."""
    if previous.direction is not Direction.ALL and previous.direction is not spec.direction:
        return False
    return previous.needle() in spec.needle()


Steps = Generator[None, None, Any]


def _sorted_by(lines: Sequence[StatementLine], rows: list[int], key: Callable[[StatementLine], Any], *,
               descending: bool) -> Steps:
    """`rows` sorted by `key`, equal keys in booking order (reversed too when descending).

    Sorted in parts and merged, so that no single step takes long (one sort of 200,000 keys would).
    The parts hold the line numbers only, their (key, number) pairs made as a part is sorted or merged:
    pairs for every line at once would cost 18 MB for 200,000 lines, the window's peak.
    """
    def ordered(i: int) -> tuple[Any, int]:
        return key(lines[i]), i

    parts = []
    for start in range(0, len(rows), PART):
        parts.append(sorted(rows[start:start + PART], key=ordered, reverse=descending))
        yield
    merged = heapq.merge(*parts, key=ordered, reverse=descending)
    result: list[int] = []
    while True:
        chunk = list(itertools.islice(merged, PART))
        if not chunk:
            return result
        result.extend(chunk)
        yield


def _order(spec: ViewSpec) -> tuple[int, bool]:
    """The sort as (column, descending); the date column is the bank's booking order."""
    return (-1 if spec.sort_column in (-1, DATE) else spec.sort_column), spec.descending


def shown_rows_in_steps(lines: Sequence[StatementLine], spec: ViewSpec, *,
                        previous: ShownRows | None = None) -> Steps:
    """The rows `spec` shows of `lines`, computed a few thousand lines per step (`next()`); the
    ShownRows is the generator's return value.

    With `previous` (what is shown now) the work is cut: more text searches only the rows shown,
    and a new sort of the same rows only sorts.
    """
    if previous is not None and (previous.spec.text, previous.spec.direction) == (spec.text, spec.direction):
        candidates: Sequence[int] = previous.rows
        accepts, covered = None, previous.covered
    elif previous is not None and _is_refinement(previous.spec, spec):
        candidates, accepts, covered = previous.rows, _matcher(spec), previous.covered
    else:
        covered = len(lines)  # lines arriving meanwhile are added afterwards (grown_rows_in_steps)
        candidates, accepts = range(covered), _matcher(spec)
    order_before = _order(previous.spec) if previous is not None and candidates is previous.rows else (-1, False)

    rows: list[int] = []
    if accepts is None:
        rows = list(candidates)
    else:
        for start in range(0, len(candidates), PART):
            rows.extend(i for i in candidates[start:start + PART] if accepts(lines[i]))
            yield
    if _order(spec) != order_before:
        if _order(spec)[0] == -1:
            rows.sort(reverse=spec.descending)
        else:
            rows = yield from _sorted_by(lines, rows, _sort_key(spec.sort_column), descending=spec.descending)
    if previous is not None and accepts is None and candidates is previous.rows:
        debit, credit = previous.debit, previous.credit  # the same lines, only in another order
    else:
        debit = credit = _ZERO
        for start in range(0, len(rows), PART):
            part = rows[start:start + PART]
            debit += sum((lines[i].debit for i in part), _ZERO)
            credit += sum((lines[i].credit for i in part), _ZERO)
            yield
    return ShownRows(spec, array("I", rows), debit, credit, covered)


def grown_rows_in_steps(lines: Sequence[StatementLine], shown: ShownRows) -> Steps:
    """`shown` with the lines that arrived after those it covers: only the new lines are filtered and
    sorted, then merged into the rows shown (in the same order as a computation over all of them)."""
    spec, start, end = shown.spec, shown.covered, len(lines)
    accepts = _matcher(spec)
    added: list[int] = []
    debit = credit = _ZERO
    for part_start in range(start, end, PART):
        part = range(part_start, min(part_start + PART, end))
        chosen = list(part) if accepts is None else [i for i in part if accepts(lines[i])]
        added.extend(chosen)
        debit += sum((lines[i].debit for i in chosen), _ZERO)
        credit += sum((lines[i].credit for i in chosen), _ZERO)
        yield
    column, descending = _order(spec)
    if column == -1:
        rows = shown.rows + array("I", added) if not descending else array("I", reversed(added)) + shown.rows
    else:
        key = _sort_key(column)
        added = yield from _sorted_by(lines, added, key, descending=descending)
        rows = yield from _merged(lines, shown.rows, added, key, descending=descending)
    return ShownRows(spec, rows, shown.debit + debit, shown.credit + credit, end)


def _merged(lines: Sequence[StatementLine], first: Sequence[int], second: Sequence[int],
            key: Callable[[StatementLine], Any], *, descending: bool) -> Steps:
    """Two runs of rows sorted by (key, line number) merged into one, a part per step."""
    merged = heapq.merge(((key(lines[i]), i) for i in first), ((key(lines[i]), i) for i in second),
                         reverse=descending)
    result = array("I")
    while True:
        chunk = [i for _, i in itertools.islice(merged, PART)]
        if not chunk:
            return result
        result.extend(chunk)
        yield


def shown_rows(lines: Sequence[StatementLine], spec: ViewSpec, *, previous: ShownRows | None = None) -> ShownRows:
    """The rows `spec` shows of `lines`, all at once."""
    steps = shown_rows_in_steps(lines, spec, previous=previous)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _translate(text: str) -> str:
    return QCoreApplication.translate("StatementModel", text)


class StatementModel(QAbstractTableModel):
    """One row per line shown. `rowsShown()` after each change of what is shown; `busy` meanwhile."""

    rowsShown = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: Sequence[StatementLine] = ()
        self._statement: Statement | None = None
        self._shown = ShownRows(ViewSpec(), array("I"), _ZERO, _ZERO, 0)
        self._wanted = ViewSpec()
        self._work = SteppedWork(self._computed, self._failed, self)  # the filter or sort under way
        self._own_documents: frozenset[str] = frozenset()
        self._bold: QFont | None = None

    # --- what is shown -----------------------------------------------------------------------

    def set_statement(self, statement: Statement | None) -> None:
        """Shows every line of `statement` at once in booking order, then the clerk's filter and sort."""
        self.beginResetModel()
        self._statement = statement
        self._lines = statement.lines if statement is not None else ()
        self._own_documents = frozenset()
        self._stop()
        rows = array("I", range(len(self._lines)))
        self._shown = ShownRows(ViewSpec(), rows, statement.total_debit if statement else _ZERO,
                                statement.total_credit if statement else _ZERO, len(self._lines))
        self.endResetModel()
        if self._wanted != self._shown.spec:
            self._compute()
        else:
            self.rowsShown.emit()

    def start_lines(self) -> None:
        """Empties the table for a statement whose lines are about to arrive (`add_lines`, then `finish`)."""
        self.beginResetModel()
        self._stop()
        self._statement = None
        self._lines = []
        self._own_documents = frozenset()
        self._shown = ShownRows(self._wanted, array("I"), _ZERO, _ZERO, 0)
        self.endResetModel()
        self.rowsShown.emit()

    def add_lines(self, lines: Sequence[StatementLine]) -> None:
        """The next lines of the statement started with `start_lines`, in booking order."""
        assert isinstance(self._lines, list), "start_lines() first"
        self._lines.extend(lines)
        if not self.busy:
            self._grow()

    def finish(self, statement: Statement) -> None:
        """The statement whose lines were added is complete and checked: it becomes the one shown.
        Its lines must be those added, in the same order (fetch_statement hands over exactly those)."""
        assert isinstance(self._lines, list) and len(statement.lines) == len(self._lines), "not the lines added"
        self._statement = statement
        self._lines = statement.lines  # the same objects: the rows shown stay valid
        if not self.busy:
            self.rowsShown.emit()

    def streaming(self) -> bool:
        """True between `start_lines` and `finish` (or another statement)."""
        return isinstance(self._lines, list)

    def statement(self) -> Statement | None:
        return self._statement

    def set_own_documents(self, ids: frozenset[str]) -> None:
        """The document ids stored on this computer: their lines can be opened and are marked."""
        self._own_documents = ids
        if self.rowCount():
            self.dataChanged.emit(self.index(0, NUMBER), self.index(self.rowCount() - 1, NUMBER))

    def is_own(self, line: StatementLine) -> bool:
        return line.document_id is not None and line.document_id in self._own_documents

    def set_filter(self, text: str, direction: Direction) -> None:
        self._want(ViewSpec(text, direction, self._wanted.sort_column, self._wanted.descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == DATE and not descending:
            column = -1  # the bank's booking order already is by date
        self._want(ViewSpec(self._wanted.text, self._wanted.direction, column, descending))

    def _want(self, spec: ViewSpec) -> None:
        if spec == self._wanted and (self.busy or spec == self._shown.spec):
            return  # shown already, or on its way (the view asks twice for one click on a header)
        self._wanted = spec
        self._compute()

    def _compute(self) -> None:
        self._work.start(shown_rows_in_steps(self._lines, self._wanted, previous=self._shown))

    def _stop(self) -> None:
        self._work.stop()

    def _failed(self, exc: Exception) -> None:
        # a bug in the filter: what was shown stays shown; the clerk and the log hear of it
        self.rowsShown.emit()
        show_error(None, exc)

    def _grow(self) -> None:
        self._work.start(grown_rows_in_steps(self._lines, self._shown))

    def _computed(self, shown: ShownRows) -> None:
        if shown.spec == self._shown.spec and shown.covered > self._shown.covered:
            self._show_grown(shown)
        elif shown.rows != self._shown.rows:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
        else:
            self._shown = shown
        if shown.covered < len(self._lines):
            self._grow()  # lines arrived while this was computed
        else:
            self.rowsShown.emit()

    def _show_grown(self, shown: ShownRows) -> None:
        """More rows of the same view: appended rows are inserted, otherwise the rows move with the
        view's place and selection kept on the same lines (a reset would lose both)."""
        old, new = self._shown.rows, shown.rows
        if new[:len(old)] == old:
            if len(new) == len(old):
                self._shown = shown
                return
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._shown = shown
            self.endInsertRows()
            return
        self.layoutAboutToBeChanged.emit()
        self._shown = shown  # first: index() below checks rows against the new count
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(new.index(old[index.row()]), index.column()))
        self.layoutChanged.emit()

    @property
    def busy(self) -> bool:
        """True while a filter or sort is being computed."""
        return self._work.busy

    @property
    def searching(self) -> bool:
        """True while another filter or sort than the one shown is being computed (not only new lines)."""
        return self.busy and self._wanted != self._shown.spec

    def spec(self) -> ViewSpec:
        return self._shown.spec

    def shown_count(self) -> int:
        return len(self._shown.rows)

    def total_count(self) -> int:
        return len(self._lines)

    def shown_turnovers(self) -> tuple[Decimal, Decimal]:
        """(debit, credit) of the rows shown."""
        return self._shown.debit, self._shown.credit

    def line(self, row: int) -> StatementLine:
        return self._lines[self._shown.rows[row]]

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
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (DEBIT, CREDIT):
            return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._value(self._lines[self._shown.rows[index.row()]], index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803 - Qt's name
        """Every role a cell is painted with, in one call (a view asks seven per cell). Each call from Qt
        into Python takes the interpreter lock, which the worker reading a statement holds most of the
        time: a repaint of one call per role waited for it a thousand times (40 ms and more)."""
        if not index.isValid():
            return
        line = self._lines[self._shown.rows[index.row()]]
        column = index.column()
        for role_data in role_data_of(roleDataSpan):
            role_data.setData(self._value(line, column, role_data.role()))

    def _value(self, line: StatementLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DEBIT, CREDIT):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DEBIT:
                return _DEBIT_COLOUR
            if column == CREDIT:
                return _CREDIT_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole and column == NUMBER and self.is_own(line):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
                self._bold.setUnderline(True)
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NUMBER and self.is_own(line):
                return _translate("One of your payment orders: double-click to open it.")
            if column in (NAME, PURPOSE, BANK, IBAN):
                return self._display(line, column)
            return None
        return None

    @staticmethod
    def _display(line: StatementLine, column: int) -> str:
        if column == DATE:
            return day_text(line.date)
        if column == NUMBER:
            return line.number
        if column == NAME:
            return line.counterparty.name
        if column == BIN:
            return line.counterparty.bin
        if column == IBAN:
            return line.counterparty.iban
        if column == BANK:
            return line.counterparty.bank_name
        if column == KNP:
            return line.knp
        if column == PURPOSE:
            return line.purpose
        if column == DEBIT:
            return format_money(line.debit) if line.debit else ""
        if column == CREDIT:
            return format_money(line.credit) if line.credit else ""
        return ""

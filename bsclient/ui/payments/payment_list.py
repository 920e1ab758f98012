"""The documents list of the main window: filters (type, status, document date, text), a sortable table
over plain rows (document_list_model), loading from the store in the background.

Public, for the main window and its actions: `load(store)`, `set_records`, `update_records`,
`selected_records`, `selected_id`, `select`, `openRequested`, and `model.records()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.document_list import Row, row_of_record
from bsclient.client.documents.payment_order import SCHEMA as PAYMENT_ORDER
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.document_list_model import (
    AMOUNT,
    BENEFICIARY,
    BIN,
    CURRENCY,
    DATE,
    NUMBER,
    REASON,
    RECORD_ROLE,
    STATUS,
    TYPE,
    UPDATED,
    DocumentListModel,
    PreparedDocuments,
    kind_label,
    prepare,
    status_text,
)
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.column_room import ColumnRoom
from bsclient.ui.widgets.error_dialog import show_error

if TYPE_CHECKING:
    from bsclient.client.documents.store import DocumentStore

__all__ = ["AMOUNT", "BENEFICIARY", "BIN", "CURRENCY", "DATE", "NUMBER", "REASON", "RECORD_ROLE", "STATUS", "TYPE",
           "UPDATED", "PaymentListView"]

_NO_DATE = QDate(2000, 1, 1)  # a date edit at this date shows "any": no bound
PREFETCH_LIMIT = 5_000         # selected documents read whole in the background, ready for an action


def _to_date(value: QDate) -> date | None:
    return None if value == _NO_DATE else date(value.year(), value.month(), value.day())


class PaymentListView(QWidget):
    """The filter rows and the table; `openRequested(id)` on double click or Enter."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentListView")
        self.model = DocumentListModel(self)
        self.proxy = self.model  # the model filters and sorts itself (no proxy: 100,000 rows stay quick)
        self._generation = 0
        self._loading_generation = -1
        self._store: DocumentStore | None = None
        self._kept: set[str] = set()  # the selected documents read (or being read) whole

        self.table = QTableView(self)
        self.table.setObjectName("paymentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows for batch signing (R9.2): Ctrl and Shift with a click, Ctrl+A.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the store's order: newest change first
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._open)
        # The selected documents are read whole in the background shortly after the clerk selects them,
        # so that an action on them (sign, print, copy) needs no disk read on the GUI thread.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(100)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._prefetch_timer.start())
        self.table.activated.connect(self._open)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        self._size_columns()
        self.model.rowsShown.connect(self._show_count)
        self.model.rowsShown.connect(self._offer_kinds)
        self.model.modelReset.connect(self._show_count)
        self._show_count()

    # --- building ----------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilterCombo")
        self.type_combo.addItem(self.tr("All types"), None)
        self._offer_kinds()
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilterCombo")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in DocumentStatus:  # the words are status_text's: a new status shows here by itself
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.from_edit = self._date_edit("dateFromEdit")
        self.to_edit = self._date_edit("dateToEdit")
        self.quick_buttons: dict[str, QToolButton] = {}
        for name, text in (("today", self.tr("Today")), ("this_month", self.tr("This month")),
                           ("all", self.tr("All dates"))):
            button = QToolButton(self)
            button.setObjectName(f"{name}DatesButton")
            button.setText(text)
            button.clicked.connect(lambda _=False, name=name: self.choose_quick_period(name))
            self.quick_buttons[name] = button
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("paymentSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Number, beneficiary, IIN/BIN, purpose or amount"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCountLabel")
        for combo in (self.type_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._apply_filter)

        first = QHBoxLayout()
        type_label = QLabel(self.tr("T&ype:"), self)
        type_label.setBuddy(self.type_combo)
        status_label = QLabel(self.tr("Stat&us:"), self)
        status_label.setBuddy(self.status_combo)
        from_label = QLabel(self.tr("Dated &from"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        # Two rows that fit a 1024-pixel screen in every language: type and status, then dates and text.
        for widget in (type_label, self.type_combo):
            first.addWidget(widget)
        first.addSpacing(12)
        for widget in (status_label, self.status_combo):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.count_label)
        second = QHBoxLayout()
        for dated in (from_label, self.from_edit, to_label, self.to_edit, *self.quick_buttons.values()):
            second.addWidget(dated)
        second.addSpacing(12)
        find_label = QLabel(self.tr("F&ind:"), self)
        find_label.setBuddy(self.search_edit)
        second.addWidget(find_label)
        second.addWidget(self.search_edit, 1)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))  # shown at the minimum date: no bound
        edit.setDate(_NO_DATE)
        return edit

    def _text_width(self, text: str) -> int:
        return self.table.fontMetrics().horizontalAdvance(text) + 20

    def _size_columns(self) -> None:
        """Widths from the font and the headers (never ResizeToContents: it would measure 100,000 rows)."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        def width(column: int, *samples: str) -> int:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            return max(self._text_width(text) for text in (*samples, title)) + 14  # + the sort arrow

        statuses = [status_text(status) for status in DocumentStatus]
        for column, size in ((NUMBER, width(NUMBER, "000000")), (DATE, width(DATE, "00.00.0000")),
                             (TYPE, width(TYPE, kind_label(PAYMENT_ORDER))), (BENEFICIARY, 190),
                             (BIN, width(BIN, "000000000000")),
                             (AMOUNT, width(AMOUNT, format_money(Decimal("99999999.99")))),
                             (CURRENCY, width(CURRENCY, "KZT")), (STATUS, width(STATUS, *statuses)),
                             (REASON, 240), (UPDATED, width(UPDATED, "00.00.0000 00:00"))):
            header.resizeSection(column, size)
        # What the clerk looks for first, the status and the bank's reason, before what she seldom reads.
        self.columns = ColumnRoom(self.table, text_columns=[BENEFICIARY, REASON],
                                  order=[NUMBER, DATE, STATUS, AMOUNT, CURRENCY, BENEFICIARY, REASON, TYPE, BIN, UPDATED])
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    # --- filters -----------------------------------------------------------------------------

    def choose_quick_period(self, name: str) -> None:
        today = QDate.currentDate()
        if name == "today":
            start, end = today, today
        elif name == "this_month":
            start, end = QDate(today.year(), today.month(), 1), today
        else:
            start, end = _NO_DATE, _NO_DATE
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(kind=self.type_combo.currentData(), status=self.status_combo.currentData(),
                              date_from=_to_date(self.from_edit.date()), date_to=_to_date(self.to_edit.date()),
                              text=self.search_edit.text())
        self._show_count()

    def _offer_kinds(self) -> None:
        """Each kind of document known or held once in the type filter (a new kind is added, none removed)."""
        for kind in self.model.kinds():
            if self.type_combo.findData(kind) < 0:
                self.type_combo.addItem(kind_label(kind), kind)

    def _show_count(self) -> None:
        total, shown = self.model.total_count(), self.model.shown_count()
        number = QLocale().toString
        if self.model.busy:
            text = self.tr("Looking through the documents…")
        elif shown == total:
            text = self.tr("Documents: {total}").format(total=number(total))
        else:
            text = self.tr("Documents: {shown} of {total}").format(shown=number(shown), total=number(total))
        self.count_label.setText(text)

    # --- the documents -----------------------------------------------------------------------

    def load(self, store: DocumentStore) -> None:
        """Reads the list from `store` in the background (newer calls win), then shows it keeping the
        clerk's selection, current row and scroll position."""
        self._store = store
        self.model.fetch = store.get
        self._generation += 1
        generation = self._loading_generation = self._generation
        held = self.model.held_row
        run_in_background(self, lambda: prepare(store.list_rows(held)),  # rows and their lookups, off the GUI thread
                          on_success=lambda docs: self._loaded(generation, docs),
                          on_failure=lambda exc: self._load_failed(generation, exc))

    def loading(self) -> bool:
        """True from load() until its documents are shown."""
        return self._loading_generation == self._generation

    def _loaded(self, generation: int, docs: PreparedDocuments) -> None:
        if generation == self._generation:
            self._loading_generation = -1
            self.set_documents(docs)

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._loading_generation = -1
            show_error(self, exc)

    def set_documents(self, docs: Iterable[Row] | PreparedDocuments, *, whole: Iterable[DocumentRecord] = ()) -> None:
        selected = set(self._selected_ids())
        current = self.table.currentIndex()
        current_id = self.model.id_of(current.row()) if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.set_documents(docs, whole=whole)
        if selected or current_id:  # once the filter and sort are done: the rows are not where they will be
            self._when_shown(lambda: self._restore(selected, current_id, scroll))

    def set_records(self, records: Iterable[DocumentRecord]) -> None:
        """Shows whole records (a short list, in tests): each row keeps its record."""
        records = list(records)
        self.set_documents([row_of_record(record, record.order.schema) for record in records], whole=records)

    def update_records(self, records: Iterable[DocumentRecord]) -> None:
        """Puts changed documents (the bank's answers from polling) in their rows without a reload; the
        selection and the current row follow their documents, the list stays scrolled where it was."""
        scroll = self.table.verticalScrollBar().value()
        records = list(records)
        self.model.update_documents([row_of_record(record, record.order.schema) for record in records], whole=records)
        self._when_shown(lambda: self._scroll_to(scroll))

    def _when_shown(self, then: Callable[[], object]) -> None:
        """`then()` once the filter and sort under way are done (now, when none is)."""
        if self.model.busy:
            self.model.rowsShown.connect(then, Qt.ConnectionType.SingleShotConnection)
        else:
            then()

    def _restore(self, selected: set[str], current_id: str | None, scroll: int) -> None:
        if current_id is not None:
            rows = self.model.rows_of({current_id})
            if rows:
                self.table.selectionModel().setCurrentIndex(self.model.index(rows[0], 0),
                                                            QItemSelectionModel.SelectionFlag.NoUpdate)
        self._reselect(selected)
        self._scroll_to(scroll)

    def _scroll_to(self, value: int) -> None:
        self.table.doItemsLayout()  # the scroll bar's range for the rows now shown (Qt would do it later)
        self.table.verticalScrollBar().setValue(value)

    def next_number(self) -> str:
        """One more than the largest numeric document number held ("1" for the first)."""
        numbers = (number.strip() for number in self.model.numbers())
        return str(max((int(number) for number in numbers if number.isdigit()), default=0) + 1)

    def selected_id(self) -> str | None:
        ids = self._selected_ids()
        return ids[0] if ids else None

    def _selected_ids(self) -> list[str]:
        """The selected documents in the order shown (from the selection's ranges: Ctrl+A is one range)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for index in range(selection.count()):
            selected = selection.at(index)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return [self.model.id_of(row) for row in sorted(rows)]

    def selected_records(self) -> list[DocumentRecord]:
        """The selected documents already read whole (in the background, as they are selected), in the
        order shown. An action uses read_selected, which waits for the rest without blocking."""
        ids = self._selected_ids()
        wholes = [self.model.whole(doc_id) for doc_id in ids if self.model.has_whole(doc_id)]
        return [record for record in wholes if record is not None]

    def read_selected(self, on_ready: Callable[[list[DocumentRecord]], object]) -> None:
        """Call `on_ready` with the selected documents, whole, in the order shown: at once when they are
        at hand, else after the missing ones are read from the store off the GUI thread."""
        ids = self._selected_ids()
        at_hand = {doc_id: self.model.whole(doc_id) for doc_id in ids if self.model.has_whole(doc_id)}
        missing = [doc_id for doc_id in ids if doc_id not in at_hand]
        store = self._store
        if not missing or store is None:
            on_ready([record for record in at_hand.values() if record is not None])
            return

        def ready(read: list[DocumentRecord | None]) -> None:
            found = {record.id: record for record in read if record is not None}
            self.model.keep_whole(found.values())
            whole = {**at_hand, **found}
            on_ready([record for record in (whole.get(doc_id) for doc_id in ids) if record is not None])

        run_in_background(self, lambda: [store.get(doc_id) for doc_id in missing], on_success=ready,
                          on_failure=lambda exc: show_error(self, exc))

    def _prefetch(self) -> None:
        ids = self._selected_ids()[:PREFETCH_LIMIT]
        self.model.drop_whole(self._kept.difference(ids))  # no longer selected: the memory goes back
        self._kept = set(ids)
        wanted = [doc_id for doc_id in ids if not self.model.has_whole(doc_id)]
        store = self._store
        if not wanted or store is None:
            return
        run_in_background(self, lambda: [store.get(doc_id) for doc_id in wanted],
                          on_success=lambda records: self.model.keep_whole(r for r in records if r is not None),
                          on_failure=lambda _: None)  # selected_records() reads them when asked

    def prefetching(self) -> bool:
        """True until the selected documents are read whole (tests and benches wait for it)."""
        return self._prefetch_timer.isActive() or not all(self.model.has_whole(doc_id) for doc_id in self._kept)

    def _reselect(self, ids: set[str]) -> None:
        """Adds the rows of the documents `ids` to the selection (consecutive rows as one range)."""
        rows = self.model.rows_of(ids)
        if not rows:
            return
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
            if row is not None:
                start = previous = row
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)

    def select(self, doc_id: str) -> None:
        rows = self.model.rows_of({doc_id})
        if rows:
            self.table.selectRow(rows[0])

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.id_of(index.row()))

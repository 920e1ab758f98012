"""The payment orders list: a table model over DocumentRecords, a status and text filter, the view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from bsclient.client.documents import DocumentRecord, DocumentStatus
from bsclient.client.validation import ValidationError, parse_amount
from bsclient.messages import QT_TRANSLATE_NOOP

from .amount_text import format_money
from .status_text import status_colour, status_label

AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

NUMBER, DATE, BENEFICIARY, AMOUNT, CURRENCY, STATUS, REASON = range(7)
_HEADERS = (QT_TRANSLATE_NOOP("PaymentList", "Number"), QT_TRANSLATE_NOOP("PaymentList", "Date"),
            QT_TRANSLATE_NOOP("PaymentList", "Beneficiary"), QT_TRANSLATE_NOOP("PaymentList", "Amount"),
            QT_TRANSLATE_NOOP("PaymentList", "Currency"), QT_TRANSLATE_NOOP("PaymentList", "Status"),
            QT_TRANSLATE_NOOP("PaymentList", "Bank's reason"))


def _translate(text: str) -> str:
    return QCoreApplication.translate("PaymentList", text)


class PaymentListModel(QAbstractTableModel):
    """One row per stored document, newest first as the store gives them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[DocumentRecord] = []

    def set_records(self, records: list[DocumentRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[DocumentRecord]:
        return list(self._records)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_colour(record.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON and record.reason is not None:
            return record.reason.render(QCoreApplication.translate)
        return None

    def _display(self, record: DocumentRecord, column: int) -> str:
        order = record.order
        if column == NUMBER:
            return order.number
        if column == DATE:
            return order.date.strftime("%d.%m.%Y")
        if column == BENEFICIARY:
            return order.beneficiary.name
        if column == AMOUNT:
            try:
                return format_money(parse_amount(order.amount))
            except ValidationError:
                return order.amount
        if column == CURRENCY:
            return order.currency
        if column == STATUS:
            return status_label(record.status)
        if column == REASON:
            return record.reason.render(QCoreApplication.translate) if record.reason else ""
        return ""

    def _sort_key(self, record: DocumentRecord, column: int) -> Any:
        if column == DATE:
            return record.order.date.isoformat()
        if column == AMOUNT:
            try:
                return float(parse_amount(record.order.amount))
            except ValidationError:
                return 0.0
        return self._display(record, column)


class PaymentFilterProxy(QSortFilterProxyModel):
    """Keeps the rows of one status (or all) whose number, beneficiary, IIK, amount or purpose holds the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: DocumentStatus | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: DocumentStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        record: DocumentRecord = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self._status is not None and record.status != self._status:
            return False
        if not self._text:
            return True
        order = record.order
        haystack = " ".join([order.number, order.beneficiary.name, order.beneficiary.bin, order.beneficiary.iban,
                             order.amount, order.purpose, order.knp]).casefold()
        return self._text in haystack or self._text in haystack.replace(" ", "")


# (status or None for all, label): the order of the combo.
_FILTERS: tuple[tuple[DocumentStatus | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("PaymentList", "All")),
    (DocumentStatus.DRAFT, QT_TRANSLATE_NOOP("PaymentList", "Drafts")),
    (DocumentStatus.SIGNED, QT_TRANSLATE_NOOP("PaymentList", "Signed")),
    (DocumentStatus.SENT, QT_TRANSLATE_NOOP("PaymentList", "Sent")),
    (DocumentStatus.ACCEPTED, QT_TRANSLATE_NOOP("PaymentList", "Accepted")),
    (DocumentStatus.EXECUTED, QT_TRANSLATE_NOOP("PaymentList", "Executed")),
    (DocumentStatus.REJECTED, QT_TRANSLATE_NOOP("PaymentList", "Rejected")),
)


class PaymentListView(QWidget):
    """The filter row and the table; `openRequested(id)` on double click or Enter."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentListView")
        self.model = PaymentListModel(self)
        self.proxy = PaymentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilterCombo")
        for status, label in _FILTERS:
            self.status_combo.addItem(_translate(label), status)
        self.status_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status_combo.currentData()))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("paymentSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Number, beneficiary, IIK, amount or purpose"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_text)

        self.table = QTableView(self)
        self.table.setObjectName("paymentTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows for batch signing (R9.2): Ctrl and Shift with a click, Ctrl+A.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the store's order: newest change first
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in (NUMBER, DATE, AMOUNT, CURRENCY, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BENEFICIARY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BENEFICIARY, 260)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Find:"), self))
        filters.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def set_records(self, records: list[DocumentRecord]) -> None:
        selected = [record.id for record in self.selected_records()]
        self.model.set_records(records)
        if len(selected) == 1:
            self.select(selected[0])
        elif selected:
            self._reselect(set(selected))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE).id if rows else None

    def selected_records(self) -> list[DocumentRecord]:
        """The selected documents in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(RECORD_ROLE) for index in rows]

    def _reselect(self, ids: set[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id in ids:
                selection.select(index, flags)

    def select(self, doc_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == doc_id:
                self.table.selectRow(row)
                return

    def _open(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.openRequested.emit(record.id)

"""Import of payment orders from 1C (R9.4): choose a file, see every order with each invalid field
marked and explained, import the valid ones as drafts in one go. The orders of a big file appear as
they are checked; the problems' list and the Import button once all are."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.payees import KNOWN, NEW, PayeeCheck
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.onec import read_exchange_file
from bsclient.client.onec.payment_import import (
    ImportedOrder,
    ImportPreview,
    ImportProblem,
    StatementFileError,
    import_orders,
    preview_import,
    source_text,
)
from bsclient.client.onec.statement_file import read_statement_file
from bsclient.client.statements.statement import Statement
from bsclient.formatting import day
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError
from bsclient.rules import ValidationError, parse_amount
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.ui.background import run_in_background
from bsclient.ui.directories.window import UNSURE_COLOUR
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text, show_error
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

AnyIndex = QModelIndex | QPersistentModelIndex
ARRIVAL_INTERVAL_MS = 50  # how often the orders checked so far are taken into the preview
INVALID_BACKGROUND = QColor("#fde3e0")
INVALID_TEXT = QColor("#b3261e")
VALID_TEXT = QColor("#1d7a32")
WARNING_TEXT = QColor(UNSURE_COLOUR)  # to check, not a refusal: the directories' colour for "not sure"


def _date_text(value: date) -> str:
    return day(value)


def _kbk(order: PaymentOrder) -> str:
    return order.details.kbk if isinstance(order.details, BudgetDetails) else ""


def _amount_text(order: PaymentOrder) -> str:
    try:
        return format_money(parse_amount(order.amount))
    except ValidationError:
        return order.amount


# (header, the order's fields shown in the column, the shown text of a valid value); what a clerk
# checks first comes first, the payer's account (the same in nearly every order) last.
_COLUMNS: tuple[tuple[str, tuple[str, ...], Callable[[PaymentOrder], str]], ...] = (
    (QT_TRANSLATE_NOOP("ImportDialog", "Line"), (), lambda o: ""),
    (QT_TRANSLATE_NOOP("ImportDialog", "Number"), ("number",), lambda o: o.number),
    (QT_TRANSLATE_NOOP("ImportDialog", "Check"), ("kind",), lambda o: ""),
    (QT_TRANSLATE_NOOP("ImportDialog", "Date"), ("date",), lambda o: _date_text(o.date)),
    (QT_TRANSLATE_NOOP("ImportDialog", "Amount"), ("amount",), _amount_text),
    (QT_TRANSLATE_NOOP("ImportDialog", "Currency"), ("currency",), lambda o: o.currency),
    (QT_TRANSLATE_NOOP("ImportDialog", "Beneficiary"), ("beneficiary.name",), lambda o: o.beneficiary.name),
    (QT_TRANSLATE_NOOP("ImportDialog", "IIN/BIN"), ("beneficiary.bin",), lambda o: o.beneficiary.bin),
    (QT_TRANSLATE_NOOP("ImportDialog", "IIK"), ("beneficiary.iban",), lambda o: o.beneficiary.iban),
    (QT_TRANSLATE_NOOP("ImportDialog", "BIC"), ("beneficiary.bic",), lambda o: o.beneficiary.bic),
    (QT_TRANSLATE_NOOP("ImportDialog", "KBe"), ("beneficiary.code",), lambda o: o.beneficiary.code),
    (QT_TRANSLATE_NOOP("ImportDialog", "KNP"), ("knp",), lambda o: o.knp),
    (QT_TRANSLATE_NOOP("ImportDialog", "KBK"), ("kbk",), _kbk),  # budget payments only
    (QT_TRANSLATE_NOOP("ImportDialog", "Purpose"), ("purpose",), lambda o: o.purpose),
    (QT_TRANSLATE_NOOP("ImportDialog", "Value date"), ("value_date",), lambda o: _date_text(o.value_date)),
    (QT_TRANSLATE_NOOP("ImportDialog", "Payer's IIK"), ("payer.iban", "payer.bin", "payer.bic", "payer.code"),
     lambda o: o.payer.iban),
)
LINE, NUMBER, CHECK, AMOUNT, BENEFICIARY, PURPOSE = 0, 1, 2, 4, 6, 13
COLUMN_OF_FIELD = {path: column for column, (_, paths, _) in enumerate(_COLUMNS) for path in paths}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def payee_mark(payee: PayeeCheck) -> str:
    """The word before a beneficiary that the payee guard flags: new, or changed since the last payment."""
    if payee.changed:
        return _tr(QT_TRANSLATE_NOOP("ImportDialog", "[changed]"))
    return _tr(QT_TRANSLATE_NOOP("ImportDialog", "[new]")) if payee.state == NEW else ""


def problem_text(problem: ImportProblem) -> str:
    """The clerk's sentence for one problem: where it is, then what is wrong."""
    message = problem.message.render(QCoreApplication.translate)
    if problem.key:
        return _tr(QT_TRANSLATE_NOOP("ImportDialog", "Line {line} ({key}): {message}")).format(
            line=problem.line, key=problem.key, message=message)
    return _tr(QT_TRANSLATE_NOOP("ImportDialog", "Line {line}: {message}")).format(line=problem.line, message=message)


class ImportPreviewModel(QAbstractTableModel):
    """One row per document of the file; invalid fields coloured, their reasons as tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orders: list[ImportedOrder] = []

    def set_orders(self, orders: list[ImportedOrder]) -> None:
        if len(orders) == len(self._orders) and all(a is b for a, b in zip(orders, self._orders, strict=True)):
            return  # the orders shown as they were checked: the table keeps its place
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def add_orders(self, orders: list[ImportedOrder]) -> None:
        """More orders of the file, after those shown."""
        if orders:
            self.beginInsertRows(QModelIndex(), len(self._orders), len(self._orders) + len(orders) - 1)
            self._orders.extend(orders)
            self.endInsertRows()

    def imported_order(self, row: int) -> ImportedOrder:
        return self._orders[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_COLUMNS[section][0])
        return None

    def problems_at(self, row: int, column: int) -> list[ImportProblem]:
        item = self._orders[row]
        if column == CHECK:
            return list(item.problems)
        return [p for p in item.problems if COLUMN_OF_FIELD.get(p.field) == column]

    def warnings_at(self, row: int, column: int) -> list[ImportProblem]:
        item = self._orders[row]
        return [w for w in item.warnings if column == CHECK or COLUMN_OF_FIELD.get(w.field) == column]

    def _warning_data(self, row: int, column: int, role: int) -> Any:
        """A cell the editor would warn about (a valid order's): its text in the colour of "check it",
        the warning as tooltip."""
        warnings = self.warnings_at(row, column)
        if not warnings or not self._orders[row].valid:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problem_text(w) for w in warnings)
        if role == Qt.ItemDataRole.ForegroundRole and column != CHECK:
            return QBrush(WARNING_TEXT)
        return None

    def _marked_data(self, row: int, column: int, role: int, has_problem: bool) -> Any:
        """A cell to check (a warning) or a new or changed beneficiary: its own text, colour and tooltip."""
        warned = self._warning_data(row, column, role)
        if warned is not None or column != BENEFICIARY or has_problem:
            return warned
        return self._payee_data(self._orders[row], role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self._orders[row]
        problems = self.problems_at(row, column)
        invalid = bool(problems) and (column != CHECK or not item.valid)
        marked = self._marked_data(row, column, role, bool(problems))
        if marked is not None:
            return marked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, bool(problems))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (BENEFICIARY, PURPOSE) and not problems and item.order is not None:
                return self._display(item, column, False)  # long texts are elided in the cell
            return "\n".join(problem_text(p) for p in problems) or None
        if role == Qt.ItemDataRole.BackgroundRole and invalid and column != CHECK:
            return QBrush(INVALID_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == CHECK:
                return QBrush(VALID_TEXT if item.valid else INVALID_TEXT)
            if invalid:
                return QBrush(INVALID_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == CHECK:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, LINE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _payee_data(self, item: ImportedOrder, role: int) -> Any:
        """The beneficiary cell of a new or changed payee: marked, red when changed, the reasons as tooltip."""
        payee = item.payee
        if payee is None or payee.state == KNOWN:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{payee_mark(payee)} {self._display(item, BENEFICIARY, False)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(reason.render(QCoreApplication.translate) for reason in payee.reasons)
        if payee.changed and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID_BACKGROUND)
        if payee.changed and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INVALID_TEXT)
        return None

    def _display(self, item: ImportedOrder, column: int, has_problem: bool) -> str:
        if column == LINE:
            return str(item.section.first_line)
        if column == CHECK:
            if item.valid:
                return _tr(QT_TRANSLATE_NOOP("ImportDialog", "Ready"))
            return self.tr("%n problems", "", len(item.problems))
        if item.order is None:
            return item.section.kind if column == BENEFICIARY else ""  # not a payment order: say what it is
        if has_problem:  # what the file says, since that is what is wrong
            text = source_text(item.section, _COLUMNS[column][1][0])
            return text if text.strip() else _tr(QT_TRANSLATE_NOOP("ImportDialog", "(missing)"))
        return _COLUMNS[column][2](item.order)


class _CheckedOrders:
    """Shared by the GUI thread and the worker checking a file: orders checked and not yet shown."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orders: list[ImportedOrder] = []
        self.total = 0

    def hand_over(self, orders: list[ImportedOrder], total: int) -> None:
        with self._lock:
            self._orders.extend(orders)
            self.total = total

    def take(self) -> list[ImportedOrder]:
        with self._lock:
            orders, self._orders = self._orders, []
        return orders


class ImportDialog(QDialog):
    """Reads a 1C file in the background and previews it; `imported(ids)` after the drafts are stored."""

    imported = Signal(list)
    statementRead = Signal(object, str)  # a statement file read for viewing (Statement, the file's name)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import payment orders from 1C"))
        self._workplace = workplace
        self._today = today
        self._preview: ImportPreview | None = None
        self._busy = False
        self._importing = False
        self._checked: _CheckedOrders | None = None
        self._arrivals = QTimer(self)
        self._arrivals.setInterval(ARRIVAL_INTERVAL_MS)
        self._arrivals.timeout.connect(self._show_checked)

        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.path_label = QLabel(self.tr("Choose the file of payment orders that 1C exported for the bank "
                                         "(1CClientBankExchange, Windows-1251 or UTF-8)."), self)
        self.path_label.setObjectName("importPathLabel")
        self.path_label.setWordWrap(True)
        self.file_error_label = QLabel(self)
        self.file_error_label.setObjectName("importFileError")
        self.file_error_label.setWordWrap(True)
        self.file_error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.file_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_error_label.hide()
        # A statement file is never imported; it is offered for viewing in the statement window.
        self.view_statement_button = QPushButton(self.tr("&View it in the statement window"), self)
        self.view_statement_button.setObjectName("viewStatementButton")
        self.view_statement_button.clicked.connect(self.view_statement)
        self.view_statement_button.hide()
        self._statement_path: Path | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)

        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importPreviewTable")
        self.table.setModel(self.model)
        # Cells, not rows, are selected: a selected row would hide its red marks.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)  # widths from the first rows: 10,000 orders stay quick
        for column, width in ((BENEFICIARY, 230), (PURPOSE, 300)):  # long texts: elided, whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # The view measures its columns by their titles alone when rows arrive later: measure them again
        # by the first rows (as the precision above), once.
        self.model.rowsInserted.connect(lambda _parent, first, _last: header.resizeSections() if first == 0 else None)
        self.model.modelReset.connect(header.resizeSections)

        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("importProblemsList")
        self.problems_list.setUniformItemSizes(True)  # one line each: thousands of problems lay out at once
        self.problems_list.currentItemChanged.connect(self._show_problem_row)
        problems_box = QWidget(self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(self.tr("Problems, by line of the file:"), problems_box)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 160])

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_valid)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.path_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_error_label)
        layout.addWidget(self.view_statement_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        add_help(self, "import-1c", buttons)
        layout.addLayout(buttons)
        self._show_import_button()
        fit_to_screen(self, 1240, 640)
        unique_mnemonics(self)
        enter_presses(self, self.import_button)

    # --- reading ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import payment orders from 1C"), "",
                                              self.tr("1C exchange files (*.txt);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read, parse and check `path` in the background; the preview shows when done."""
        workplace = self._workplace
        company_name, company_bin = workplace.user.company_name, workplace.user.company_bin
        accounts, store, today = list(workplace.accounts), workplace.store, self._today
        checked = self._checked = _CheckedOrders()

        def read() -> ImportPreview:
            facts = load_kind_facts(store.path.parent)  # the directories in use, as the editor's (budget lines)
            return preview_import(read_exchange_file(path), company_name=company_name, company_bin=company_bin,
                                  accounts=accounts, existing=store, today=today, facts=facts,
                                  on_orders=checked.hand_over)

        self._set_preview(None)
        self.path_label.setText(str(path))
        self.summary_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self._set_busy(True)
        self._arrivals.start()
        run_in_background(self, read, on_success=self._read_done, on_failure=self._read_failed)

    def _show_checked(self) -> None:
        """The orders checked since the last look join the preview, with how far the check has come."""
        if self._checked is None:
            return
        orders = self._checked.take()
        if orders:
            self.model.add_orders(orders)
            self.summary_label.setText(self.tr("Checking the orders: {count} of {total} documents checked…").format(
                count=self.model.rowCount(), total=self._checked.total))

    def _reading_ended(self) -> None:
        self._show_checked()
        self._checked = None
        self._arrivals.stop()

    def _read_done(self, preview: ImportPreview) -> None:
        self._reading_ended()
        self._set_busy(False)
        self._set_preview(preview)
        valid, invalid = len(preview.valid_orders), len(preview.invalid_orders)
        in_file = self.tr("%n documents in the file", "", len(preview.orders))
        self.summary_label.setText(self.tr(
            "{in_file}: {valid} valid, {invalid} with problems. Only the valid ones are "
            "imported; correct the others in 1C and export them again.").format(
            in_file=in_file, valid=valid, invalid=invalid) if invalid else self.tr(
            "{in_file}, all valid.").format(in_file=in_file))
        for warning in preview.file.warnings:
            self.summary_label.setText(self.summary_label.text() + "\n" + warning.render(QCoreApplication.translate))

    def _read_failed(self, exc: Exception) -> None:
        self._reading_ended()
        self._set_busy(False)
        self._set_preview(None)
        self.summary_label.setText("")
        self.file_error_label.setText(error_text(exc) + " " + self.tr("Nothing was imported."))
        self.file_error_label.show()
        if isinstance(exc, StatementFileError):
            self._statement_path = Path(self.path_label.text())
            self.view_statement_button.show()
        if not isinstance(exc, ClerkError):
            show_error(self, exc)

    def view_statement(self) -> None:
        """Read the statement file for viewing (never as orders); `statementRead` hands it to the statement window."""
        path = self._statement_path
        if path is None:
            return
        self._set_busy(True)
        run_in_background(self, lambda: read_statement_file(path),
                          on_success=lambda statement: self._statement_read(statement, path.name),
                          on_failure=self._statement_failed)

    def _statement_read(self, statement: Statement, name: str) -> None:
        self._set_busy(False)
        self.statementRead.emit(statement, name)

    def _statement_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.file_error_label.setText(error_text(exc))
        if not isinstance(exc, ClerkError):
            show_error(self, exc)

    def _set_preview(self, preview: ImportPreview | None) -> None:
        self._preview = preview
        self.view_statement_button.hide()
        self.file_error_label.hide()
        self.model.set_orders(preview.orders if preview else [])
        self.problems_list.clear()
        problems = preview.problems if preview else []
        warnings = [w for w in preview.warnings if preview.orders[w.document].valid] if preview else []
        for problem in problems:
            self._list_problem(preview, problem, self.tr("Order {number}: {problem}"), INVALID_TEXT)
        for warning in warnings:
            self._list_problem(preview, warning, self.tr("Order {number}, to check: {problem}"), WARNING_TEXT)
        if problems:
            title = self.tr("Problems, by line of the file:")
        elif warnings:
            title = self.tr("No problems found. Check these before signing (they do not stop the import):")
        else:
            title = self.tr("No problems found.") if preview else ""
        self.problems_title.setText(title)
        self._show_import_button()

    def _list_problem(self, preview: ImportPreview | None, problem: ImportProblem, sentence: str,
                      colour: QColor) -> None:
        order = preview.orders[problem.document] if preview else None
        number = order.order.number if order and order.order and order.order.number.strip() else "—"
        item = QListWidgetItem(sentence.format(number=number, problem=problem_text(problem)))
        item.setData(Qt.ItemDataRole.UserRole, (problem.document, COLUMN_OF_FIELD.get(problem.field, CHECK)))
        item.setToolTip(item.text())
        item.setForeground(QBrush(colour))
        self.problems_list.addItem(item)

    def _show_problem_row(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row, column = item.data(Qt.ItemDataRole.UserRole)
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    # --- importing ----------------------------------------------------------------------------

    def valid_count(self) -> int:
        return len(self._preview.valid_orders) if self._preview else 0

    def _show_import_button(self) -> None:
        count = self.valid_count()
        if self._preview is None:
            self.import_button.setText(self.tr("Import valid orders as drafts"))
        elif count == 0:
            self.import_button.setText(self.tr("No valid order to import"))
        else:
            self.import_button.setText(self.tr("Import %n valid orders as drafts", "", count))
        self.import_button.setEnabled(count > 0 and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self._show_import_button()

    def import_valid(self) -> None:
        """Store every valid order as a draft in one transaction; the invalid ones are left out."""
        preview = self._preview
        if preview is None or not preview.valid_orders or self._busy:
            return
        store = self._workplace.store
        self.summary_label.setText(self.tr("Importing…"))
        self._importing = True
        self._set_busy(True)
        run_in_background(self, lambda: import_orders(store, preview), on_success=self._imported,
                          on_failure=self._import_failed, in_order=True)

    def _imported(self, orders: list[PaymentOrder]) -> None:
        self._busy = self._importing = False
        self.choose_button.setEnabled(True)
        left_out = len(self._preview.invalid_orders) if self._preview else 0
        self._preview = None  # imported: the same preview cannot be imported twice
        self._show_import_button()
        text = self.tr("%n orders were imported as drafts and are in the payment list.", "", len(orders))
        if left_out:
            text += " " + self.tr("%n were left out.", "", left_out)
        self.summary_label.setText(text)
        self.imported.emit([order.id for order in orders])

    def _import_failed(self, exc: Exception) -> None:
        self._importing = False
        self._set_busy(False)
        self.summary_label.setText("")
        self.file_error_label.setText(error_text(exc) + " " + self.tr("No order was imported."))
        self.file_error_label.show()
        if not isinstance(exc, ClerkError):
            show_error(self, exc)

    def reject(self) -> None:
        """Close, except while the drafts are being written: the clerk then sees how it ended."""
        if not self._importing:
            super().reject()

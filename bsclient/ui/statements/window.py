"""The statement window: an account and a period, the bank's lines loaded in the background with progress,
balances and turnovers, search and filter, the balance chart, the documents behind our lines, exports.

A big statement's first page is shown as soon as it is read and the rest streams in (the clerk can
search and sort meanwhile); balances, turnovers, chart and exports come when all lines are there and
add up. A load that is cancelled or fails gives back the statement shown before."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.models import Account
from bsclient.client.statements.export import write_1c_statement, write_csv, write_mt940
from bsclient.client.statements.export.csv_table import COLUMNS, HEADER_WORDS, CsvStyle
from bsclient.client.statements.export.onec_encoding import remember_encoding, remembered_encoding
from bsclient.client.statements.statement import (
    Statement,
    StatementCancelled,
    StatementLine,
    fetch_statement,
    quick_period,
)
from bsclient.formatting import day
from bsclient.interpreter_tuning import let_the_window_run, reading_a_big_statement
from bsclient.rules import bank_for_iban
from bsclient.ui.background import run_in_background
from bsclient.ui.language import clerk_language
from bsclient.ui.statements.balance_chart import BalanceChart
from bsclient.ui.statements.model import (
    BANK,
    BIN,
    CREDIT,
    DATE,
    DEBIT,
    IBAN,
    KNP,
    NAME,
    NUMBER,
    PURPOSE,
    Direction,
    StatementModel,
)
from bsclient.ui.statements.pdf import write_statement_pdf
from bsclient.ui.widgets.account_title import account_title
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

FILTER_DELAY_MS = 200
PROGRESS_INTERVAL_MS = 50  # also how often arrived lines are taken into the table
_ERROR_STYLE = "color: #b3261e;"
_INFO_STYLE = ""

# (name for quick_period, object name of the button)
_QUICK_PERIODS = (("today", "todayButton"), ("yesterday", "yesterdayButton"),
                  ("this_month", "thisMonthButton"), ("last_month", "lastMonthButton"))


def count_text(count: int) -> str:
    """A count of lines with grouped thousands, like the amounts ("200,000" or "200 000")."""
    return format_money(Decimal(count)).rsplit(QLocale().decimalPoint(), 1)[0]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _LoadProgress:
    """Shared by the GUI thread and the fetching worker: lines received so far, the pages of lines not
    yet taken into the table, and the clerk's Cancel."""

    def __init__(self, iban: str, date_from: date, date_to: date) -> None:
        self.iban, self.date_from, self.date_to = iban, date_from, date_to  # what was asked for
        self.received = 0
        self.cancel = threading.Event()
        self._lock = threading.Lock()
        self._arrived: list[list[StatementLine]] = []

    def report(self, count: int) -> None:
        self.received = count

    def hand_over(self, lines: list[StatementLine]) -> None:
        with self._lock:
            self._arrived.append(lines)

    def take(self) -> list[list[StatementLine]]:
        with self._lock:
            arrived, self._arrived = self._arrived, []
        return arrived


@dataclass(frozen=True)
class PreparedStatement:
    """A statement with what the window needs from passes over all its lines, made off the GUI thread."""

    statement: Statement
    balances: list[tuple[date, Decimal]]
    widest_amount: Decimal
    document_ids: frozenset[str]

    @classmethod
    def of(cls, statement: Statement) -> PreparedStatement:
        widest = Decimal(0)
        ids = set()
        for line in statement.lines:
            widest = max(widest, line.debit, line.credit)
            if line.document_id:
                ids.add(line.document_id)
        return cls(statement, statement.balances(), widest, frozenset(ids))


def csv_style() -> CsvStyle:
    """The CSV table in the clerk's language: translated headers, the locale's decimal sign, dates as
    Kazakh documents write them (ISO in English)."""
    headers = tuple(QCoreApplication.translate("StatementCsv", HEADER_WORDS[column]) for column in COLUMNS)
    language = clerk_language()
    return CsvStyle(headers=headers, decimal=QLocale().decimalPoint() or ".",
                    date_format="%Y-%m-%d" if language == "en" else "%d.%m.%Y")


class StatementWindow(QWidget):
    """One per main window. `open_document(id)` opens one of our payment orders (read-only once sent)."""

    def __init__(self, workplace: Workplace, *, open_document: Callable[[str], None],
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statementWindow")
        self.setWindowTitle(self.tr("Account statement"))
        self._workplace = workplace
        self._open_document = open_document
        self._today = today
        self._progress: _LoadProgress | None = None
        self._shown_before: PreparedStatement | None = None  # given back when a streamed load does not end well
        self._prepared: PreparedStatement | None = None
        self._generation = 0
        self._accounts: list[Account] = []
        self.model = StatementModel(self)
        self.model.rowsShown.connect(self._show_counts)
        self.model.modelReset.connect(self._show_counts)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_request_row())
        layout.addWidget(self._build_progress_row())
        self.message_label = QLabel(self)
        self.message_label.setObjectName("statementMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self._build_summary())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statementTabs")
        self.tabs.addTab(self._build_lines_page(), self.tr("&Lines"))
        self.chart = BalanceChart(self)
        self.tabs.addTab(self.chart, self.tr("Balance &chart"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_export_row())

        self.set_accounts(workplace.accounts)
        self.set_period(*quick_period("this_month", today()))
        self._show_statement_state()
        fit_to_screen(self, 1320, 780)
        unique_mnemonics(self)

    # --- building ---------------------------------------------------------------------------

    def _build_request_row(self) -> QGridLayout:
        """Account on one line, period and Load on the next: the window fits a 1024-pixel screen."""
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("statementAccountCombo")
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        account_label = QLabel(self.tr("&Account:"), self)
        account_label.setBuddy(self.account_combo)
        period_label = QLabel(self.tr("Period:"), self)
        period = QHBoxLayout()
        labels = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"),
                  "this_month": self.tr("This month"), "last_month": self.tr("Last month")}
        self.quick_buttons: dict[str, QPushButton] = {}
        for name, object_name in _QUICK_PERIODS:
            button = QPushButton(labels[name], self)
            button.setObjectName(object_name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, name=name: self.choose_quick_period(name))
            self.quick_buttons[name] = button
            period.addWidget(button)
        period.addSpacing(16)
        self.from_edit = self._date_edit("statementFromEdit")
        self.to_edit = self._date_edit("statementToEdit")
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        from_label = QLabel(self.tr("fro&m"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        period.addWidget(from_label)
        period.addWidget(self.from_edit)
        period.addWidget(to_label)
        period.addWidget(self.to_edit)
        period.addSpacing(8)
        self.load_button = QPushButton(self.tr("Load"), self)
        self.load_button.setObjectName("statementLoadButton")
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load)
        period.addWidget(self.load_button)
        period.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(account_label, 0, 0)
        grid.addWidget(self.account_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(period_label, 1, 0)
        grid.addLayout(period, 1, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _build_progress_row(self) -> QWidget:
        self.progress_row = QWidget(self)
        self.progress_row.setObjectName("statementProgress")
        self.progress_bar = QProgressBar(self.progress_row)
        self.progress_bar.setRange(0, 0)  # the bank does not say how many lines will come
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(160)
        self.progress_label = QLabel(self.progress_row)
        self.progress_label.setObjectName("statementProgressLabel")
        self.cancel_button = QPushButton(self.tr("Cancel"), self.progress_row)
        self.cancel_button.setObjectName("statementCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_load)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar)
        row.addWidget(self.progress_label)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.progress_row.hide()
        return self.progress_row

    def _build_summary(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("statementSummary")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        self.caption_label = QLabel(frame)
        self.caption_label.setObjectName("statementCaptionLabel")
        grid.addWidget(self.caption_label, 0, 0, 1, 4)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        titles = (self.tr("Opening balance"), self.tr("Debit turnover (out)"), self.tr("Credit turnover (in)"),
                  self.tr("Closing balance"))
        names = ("openingBalanceLabel", "totalDebitLabel", "totalCreditLabel", "closingBalanceLabel")
        values: list[QLabel] = []
        for column, (title, name) in enumerate(zip(titles, names, strict=True)):
            caption = QLabel(title, frame)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight)
            value = QLabel(frame)
            value.setObjectName(name)
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, 1, column)
            grid.addWidget(value, 2, column)
            grid.setColumnStretch(column, 1)
            values.append(value)
        self.opening_label, self.debit_label, self.credit_label, self.closing_label = values
        self.debit_label.setStyleSheet("color: #b3261e;")
        self.credit_label.setStyleSheet("color: #1d7a32;")
        return frame

    def _build_lines_page(self) -> QWidget:
        page = QWidget(self)
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("statementSearchEdit")
        hint = self.tr("Counterparty, IIN/BIN, IIK, purpose, number, date or amount")
        self.search_edit.setPlaceholderText(hint)
        self.search_edit.setToolTip(hint)
        self.search_edit.setAccessibleName(self.tr("Find in the statement"))
        # the whole hint readable in every language (Russian's is the longest), within a laptop's width
        self.search_edit.setMinimumWidth(min(self.search_edit.fontMetrics().horizontalAdvance(hint) + 48, 480))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _: self._filter_timer.start())
        self.direction_combo = QComboBox(page)
        self.direction_combo.setObjectName("statementDirectionCombo")
        self.direction_combo.setAccessibleName(self.tr("Debits, credits or both"))
        self.direction_combo.addItem(self.tr("Debits and credits"), Direction.ALL)
        self.direction_combo.addItem(self.tr("Debits only (out)"), Direction.DEBIT)
        self.direction_combo.addItem(self.tr("Credits only (in)"), Direction.CREDIT)
        self.direction_combo.currentIndexChanged.connect(lambda _: self._apply_filter())
        self.shown_label = QLabel(page)
        self.shown_label.setObjectName("statementShownLabel")
        find_label = QLabel(self.tr("&Find:"), page)
        find_label.setBuddy(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(find_label)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.direction_combo)
        filters.addWidget(self.shown_label, 2)
        self.shown_label.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        self.table = QTableView(page)
        self.table.setObjectName("statementTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.table.doubleClicked.connect(self._line_activated)
        self.table.activated.connect(self._line_activated)

        self.empty_label = QLabel(page)
        self.empty_label.setObjectName("statementEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.lines_stack = QStackedWidget(page)
        self.lines_stack.addWidget(self.table)
        self.lines_stack.addWidget(self.empty_label)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.lines_stack, 1)
        return page

    def _text_width(self, text: str) -> int:
        return self.table.fontMetrics().horizontalAdvance(text) + 18

    def _size_columns(self) -> None:
        """Fixed widths from the font (never ResizeToContents: it would measure 200,000 rows)."""
        width = self._text_width
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        amount = max(width(format_money(Decimal("9999999.99"))),
                     width(self.model.headerData(DEBIT, Qt.Orientation.Horizontal)))
        for column, size in ((DATE, width("00.00.0000")), (NUMBER, width("0000000")), (NAME, 210),
                             (BIN, width("000000000000")), (IBAN, width("KZ00000A000000000000")),
                             (BANK, 150), (KNP, width("KNP ")), (DEBIT, amount), (CREDIT, amount), (PURPOSE, 220)):
            header.resizeSection(column, size)
        header.setStretchLastSection(True)  # the purpose, last, takes what room is left
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

    def _fit_amounts(self, widest: Decimal) -> None:
        """Widen the amount columns when this statement's largest amount would not fit (never narrow them:
        the clerk may have set them)."""
        header = self.table.horizontalHeader()
        needed = self._text_width(format_money(widest))
        for column in (DEBIT, CREDIT):
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def _build_export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:"), self))
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text, name in (("pdf", self.tr("PDF…"), "exportPdfButton"),
                                 ("csv", self.tr("CSV…"), "exportCsvButton"),
                                 ("mt940", self.tr("MT940…"), "exportMt940Button"),
                                 ("1c", self.tr("1C…"), "export1cButton")):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, kind=kind: self.export(kind))
            self.export_buttons[kind] = button
            row.addWidget(button)
        # The 1C file's encoding: the clerk's choice, remembered in the data directory (read off the GUI thread).
        self.encoding_1c_combo = QComboBox(self)
        self.encoding_1c_combo.setObjectName("export1cEncodingCombo")
        self.encoding_1c_combo.addItem(self.tr("KZ-1048 (Windows, for 1C)"), "kz1048")
        self.encoding_1c_combo.addItem("UTF-8", "utf-8")
        self.encoding_1c_combo.setToolTip(self.tr(
            "The encoding of the 1C file. Both keep the Kazakh letters. KZ-1048 is written as \"Windows\", which "
            "every 1C reads; if your 1C shows wrong letters, choose UTF-8."))
        encoding_label = QLabel(self.tr("1C &encoding:"), self)
        encoding_label.setBuddy(self.encoding_1c_combo)
        row.addWidget(encoding_label)
        row.addWidget(self.encoding_1c_combo)
        data_dir = self._workplace.store.path.parent
        run_in_background(self, lambda: remembered_encoding(data_dir), on_success=self._show_encoding_1c,
                          on_failure=lambda _: None)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("statementCloseButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row.addWidget(close)
        add_help(self, "statement", row)
        return row

    def _show_encoding_1c(self, encoding: str) -> None:
        self.encoding_1c_combo.setCurrentIndex(max(self.encoding_1c_combo.findData(encoding), 0))
        self.encoding_1c_combo.currentIndexChanged.connect(self._remember_encoding_1c)

    def _remember_encoding_1c(self) -> None:
        encoding, data_dir = self.encoding_1c_combo.currentData(), self._workplace.store.path.parent
        run_in_background(self, lambda: remember_encoding(data_dir, encoding), on_success=lambda _: None,
                          on_failure=lambda _: None)  # not remembered: the next export offers the default

    # --- account and period -----------------------------------------------------------------

    def set_accounts(self, accounts: list[Account]) -> None:
        """The accounts the main window knows; the chosen one stays chosen when it is still there."""
        if [a.iban for a in accounts] == [a.iban for a in self._accounts]:
            self._accounts = list(accounts)
            return
        chosen = self.account_combo.currentData()
        self._accounts = list(accounts)
        self.account_combo.clear()
        for account in accounts:
            title = f" · {account_title(account.title)}" if account.title else ""
            self.account_combo.addItem(f"{account.iban} · {account.currency}{title}", account.iban)
        if chosen is None:  # first time: the tenge account with the most money, where most payments go
            tenge = [a for a in accounts if a.currency == "KZT"] or accounts
            chosen = max(tenge, key=lambda a: a.balance).iban if tenge else None
        if chosen is not None and self.account_combo.findData(chosen) >= 0:
            self.account_combo.setCurrentIndex(self.account_combo.findData(chosen))

    def choose_account(self, iban: str) -> None:
        index = self.account_combo.findData(iban)
        if index >= 0:
            self.account_combo.setCurrentIndex(index)

    def set_period(self, date_from: date, date_to: date) -> None:
        self.from_edit.setDate(_qdate(date_from))
        self.to_edit.setDate(_qdate(date_to))

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def choose_quick_period(self, name: str) -> None:
        """Today, yesterday, this month or last month: set the dates and load at once."""
        self.set_period(*quick_period(name, self._today()))
        self.load()

    def _from_changed(self, value: QDate) -> None:
        if value > self.to_edit.date():
            self.to_edit.setDate(value)

    def _to_changed(self, value: QDate) -> None:
        if value < self.from_edit.date():
            self.from_edit.setDate(value)

    # --- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the chosen account's statement for the period, off the GUI thread, with progress."""
        iban = self.account_combo.currentData()
        if iban is None:
            self._say(self.tr("There is no account to show: the bank has not sent the accounts yet. "
                              "Refresh the main window, then try again."), error=True)
            return
        date_from, date_to = self.period()
        if self._progress is not None:
            self._progress.cancel.set()
            self._give_back_shown_before()  # the lines of the load given up go
        self._generation += 1
        generation = self._generation
        progress = self._progress = _LoadProgress(iban, date_from, date_to)
        api = self._workplace.api

        def fetch() -> PreparedStatement:
            with reading_a_big_statement():
                return PreparedStatement.of(fetch_statement(api, iban, date_from, date_to,
                                                            on_progress=progress.report,
                                                            on_lines=progress.hand_over,
                                                            cancelled=progress.cancel.is_set,
                                                            pause=let_the_window_run))

        self._say("")
        self.progress_label.setText(self.tr("Asking the bank for the statement of {iban}…").format(iban=iban))
        self.progress_row.show()
        self._show_counts()
        self._progress_timer.start()
        run_in_background(self, fetch, on_success=lambda statement: self._loaded(generation, statement),
                          on_failure=lambda exc: self._load_failed(generation, exc))

    def loading(self) -> bool:
        return self._progress is not None

    def cancel_load(self) -> None:
        if self._progress is None:
            return
        self._progress.cancel.set()
        self._generation += 1  # whatever the worker still brings back is dropped
        self._load_ended()
        self._give_back_shown_before()
        kept = self.tr(" The statement shown before is kept.") if self.model.statement() is not None else ""
        self._say(self.tr("Loading stopped.") + kept)

    def _show_progress(self) -> None:
        if self._progress is None:
            return
        self._take_lines(self._progress)
        if self._progress.received:
            self.progress_label.setText(self.tr("{count} lines received…", "", self._progress.received).format(
                count=count_text(self._progress.received)))

    def _take_lines(self, progress: _LoadProgress) -> None:
        """Lines read since the last look go into the table; the first ones replace what was shown."""
        pages = progress.take()
        if not pages:
            return
        if not self.model.streaming():
            self._shown_before = self._prepared
            self._prepared = None
            self.model.start_lines()
            self._show_statement_state()
            self.caption_label.setText(self.tr(
                "<b>{iban}</b>: {start} – {end}, lines arriving; balances and turnovers follow when all "
                "have come and add up").format(iban=progress.iban, start=day(progress.date_from),
                                               end=day(progress.date_to)))
        for lines in pages:
            self.model.add_lines(lines)

    def _give_back_shown_before(self) -> None:
        """After a streamed load that did not end well: its unchecked lines go, the statement before returns."""
        if self.model.streaming():
            before, self._shown_before = self._shown_before, None
            if before is not None:
                self.show_statement(before)
            else:
                self.model.set_statement(None)
                self._show_statement_state()

    def _load_ended(self) -> None:
        self._progress = None
        self._progress_timer.stop()
        self.progress_row.hide()
        self._show_counts()

    def _loaded(self, generation: int, statement: PreparedStatement) -> None:
        if generation != self._generation:
            return
        if self._progress is not None:
            self._take_lines(self._progress)
        self._load_ended()
        self._shown_before = None
        self.show_statement(statement)

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._load_ended()
        self._give_back_shown_before()
        if isinstance(exc, StatementCancelled):
            return
        text = self.tr("The statement could not be loaded. {reason}").format(reason=error_text(exc))
        shown = self.model.statement()
        if shown is not None:
            text += " " + self.tr("Below is still the statement of {iban} loaded before.").format(iban=shown.iban)
        self._say(text, error=True)
        self._show_statement_state()

    def show_statement(self, statement: Statement | PreparedStatement) -> None:
        """Show `statement`: header, lines (with the clerk's filter and sort), chart; mark our documents.

        Pass a PreparedStatement (made in the background) for a big one: the passes over its lines are done.
        """
        prepared = statement if isinstance(statement, PreparedStatement) else PreparedStatement.of(statement)
        statement = prepared.statement
        self._prepared = prepared
        if self.model.streaming() and self.model.total_count() == len(statement.lines):
            self.model.finish(statement)  # the lines streamed in: the table keeps its place
        else:
            self.model.set_statement(statement)
        self._fit_amounts(prepared.widest_amount)
        currency = statement.currency
        self.caption_label.setText(self.tr("<b>{iban}</b>, {currency}: {start} – {end}, {count} lines", "", len(statement.lines)).format(
            count=count_text(len(statement.lines)),
            iban=statement.iban, currency=currency, start=day(statement.date_from), end=day(statement.date_to)))
        for label, amount in ((self.opening_label, statement.opening_balance),
                              (self.debit_label, statement.total_debit),
                              (self.credit_label, statement.total_credit),
                              (self.closing_label, statement.closing_balance)):
            label.setText(f"{format_money(amount)} {currency}")
        self.chart.set_balances(opening=statement.opening_balance, date_from=statement.date_from,
                                date_to=statement.date_to, balances=prepared.balances, currency=currency)
        self._show_statement_state()
        self._find_own_documents(statement, prepared.document_ids)

    def show_file_statement(self, statement: Statement, file_name: str) -> None:
        """A statement read from a file (a 1C statement), shown as the bank's is, and said to be the file's."""
        self.cancel_load()
        self._generation += 1  # a load still under way no longer replaces it
        self.show_statement(statement)
        self._say(self.tr("This is the statement from the file {file}, as the file gives it, not the bank's. "
                          "Load the bank's with Load.").format(file=file_name))

    def _find_own_documents(self, statement: Statement, ids: frozenset[str]) -> None:
        if not ids:
            return
        store, model = self._workplace.store, self.model

        def stored() -> frozenset[str]:
            return frozenset(doc_id for doc_id in ids if store.get(doc_id) is not None)

        def mark(found: frozenset[str]) -> None:
            if model.statement() is statement:  # not a statement loaded since
                model.set_own_documents(found)

        run_in_background(self, stored, on_success=mark, on_failure=lambda _: None)

    # --- what the clerk sees ----------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisible() else ""

    def _show_statement_state(self) -> None:
        statement = self.model.statement()
        has = statement is not None
        for button in self.export_buttons.values():
            button.setEnabled(has)
        if not has:
            for label in (self.opening_label, self.debit_label, self.credit_label, self.closing_label):
                label.setText("—")
            self.caption_label.setText(self.tr("No statement loaded yet."))
            self.chart.clear(self.tr("Load a statement to see how the balance moved."))
        self._show_counts()

    def _show_counts(self) -> None:
        statement = self.model.statement()
        if self.model.streaming():
            self._show_arriving_counts()
            return
        if statement is None:
            self.shown_label.setText("")
            self.empty_label.setText(self.tr("Loading the statement…") if self.loading() else self.tr(
                "Choose an account and a period, then press Load (or one of Today, Yesterday, This month, "
                "Last month)."))
            self.lines_stack.setCurrentWidget(self.empty_label)
            return
        total, shown = self.model.total_count(), self.model.shown_count()
        if self.model.busy:
            self.shown_label.setText(self.tr("Searching…"))
        elif shown == total:
            self.shown_label.setText(self.tr("{total} lines", "", total).format(total=count_text(total)))
        elif shown == 0:
            self.shown_label.setText(self.tr("None of {total} lines shown", "", total).format(total=count_text(total)))
        else:
            debit, credit = self.model.shown_turnovers()
            self.shown_label.setText(self.tr("{shown} of {total} lines shown: debit {debit}, credit {credit}", "", total).format(
                shown=count_text(shown), total=count_text(total), debit=format_money(debit),
                credit=format_money(credit)))
        if total == 0:
            self.empty_label.setText(self.tr("No transactions on {iban} from {start} to {end}: "
                                             "the balance stayed at {balance} {currency}.").format(
                iban=statement.iban, start=day(statement.date_from),
                end=day(statement.date_to), balance=format_money(statement.opening_balance),
                currency=statement.currency))
            self.lines_stack.setCurrentWidget(self.empty_label)
        elif shown == 0 and not self.model.busy:
            self.empty_label.setText(self.tr("No line matches the search. Change the text or show debits "
                                             "and credits."))
            self.lines_stack.setCurrentWidget(self.empty_label)
        else:
            self.lines_stack.setCurrentWidget(self.table)

    def _show_arriving_counts(self) -> None:
        total, shown = self.model.total_count(), self.model.shown_count()
        if self.model.searching:
            self.shown_label.setText(self.tr("Searching…"))
        elif shown == total:
            self.shown_label.setText(self.tr("{total} lines so far").format(total=count_text(total)))
        else:
            self.shown_label.setText(self.tr("{shown} of {total} lines so far shown").format(
                shown=count_text(shown), total=count_text(total)))
        self.lines_stack.setCurrentWidget(self.table)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.search_edit.text(), self.direction_combo.currentData())
        self._show_counts()

    # --- the document behind a line ---------------------------------------------------------

    def _line_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        line = self.model.line(index.row())
        if line.document_id is None:
            self._say(self.tr("Line {number} of {date} is not one of your payment orders: there is no document "
                              "to open.").format(number=line.number or "—", date=day(line.date)))
            return
        store, doc_id = self._workplace.store, line.document_id
        run_in_background(self, lambda: store.get(doc_id) is not None,
                          on_success=lambda stored: self._open_line_document(line.number, doc_id, stored))

    def _open_line_document(self, number: str, doc_id: str, stored: bool) -> None:
        if stored:
            self._say("")
            self._open_document(doc_id)
        else:
            self._say(self.tr("Payment order {number} was sent from another computer; it is not stored on this "
                              "one, so it cannot be opened here.").format(number=number or "—"))

    # --- exports ----------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where to save the statement as PDF, CSV, MT940 or 1C, and write it in the background."""
        statement = self.model.statement()
        if statement is None:
            return
        titles = {"pdf": self.tr("Save the statement as PDF"), "csv": self.tr("Save the statement as CSV"),
                  "mt940": self.tr("Save the statement as MT940"),
                  "1c": self.tr("Save the statement for 1C (ClientBankExchange)")}
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "csv": self.tr("CSV tables (*.csv)"),
                   "mt940": self.tr("MT940 statements (*.sta *.mt940 *.txt)"),
                   "1c": self.tr("1C exchange files (*.txt)")}
        extensions = {"pdf": ".pdf", "csv": ".csv", "mt940": ".sta", "1c": ".txt"}
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / (f"statement_{statement.iban}_{statement.date_from:%Y%m%d}_"
                                    f"{statement.date_to:%Y%m%d}{'_1c' if kind == '1c' else ''}{extensions[kind]}")
        chosen, _ = QFileDialog.getSaveFileName(self, titles[kind], str(suggested), filters[kind])
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(extensions[kind])
        write = self._writer(kind, statement)
        format_name = {"pdf": "PDF", "csv": "CSV", "mt940": "MT940", "1c": "1C"}[kind]
        self.export_buttons[kind].setEnabled(False)
        self._say(self.tr("Saving the statement as {format} to {path}…").format(format=format_name, path=path))
        run_in_background(self, lambda: write(path),
                          on_success=lambda _: self._exported(kind, format_name, path),
                          on_failure=lambda exc: self._export_failed(kind, format_name, path, exc))

    def _writer(self, kind: str, statement: Statement) -> Callable[[Path], None]:
        """The export of `kind` as a function of the path; it runs in the background."""
        user = self._workplace.user
        name, bin_ = user.company_name, user.company_bin
        bank = bank_for_iban(statement.iban)
        bank_bic, bank_name = (bank.bic, bank.name) if bank is not None else ("", "")
        encoding_1c = str(self.encoding_1c_combo.currentData())

        language = clerk_language()  # the PDF names the bank in the clerk's language

        def write(path: Path) -> None:
            if kind == "pdf":
                write_statement_pdf(statement, path, company_name=name, company_bin=bin_,
                                    bank_name=bank.name_in(language) if bank is not None else bank_name)
            elif kind == "csv":
                write_csv(statement, path, company_name=name, company_bin=bin_, style=csv_style())
            elif kind == "mt940":
                write_mt940(statement, path, company_name=name, company_bin=bin_, bank_bic=bank_bic)
            else:
                write_1c_statement(statement, path, company_name=name, company_bin=bin_, bank_bic=bank_bic,
                                   encoding=encoding_1c)

        return write

    def _exported(self, kind: str, format_name: str, path: Path) -> None:
        self.export_buttons[kind].setEnabled(self.model.statement() is not None)
        self._say(self.tr("The statement was saved as {format} to {path}.").format(format=format_name, path=path))

    def _export_failed(self, kind: str, format_name: str, path: Path, exc: Exception) -> None:
        self.export_buttons[kind].setEnabled(self.model.statement() is not None)
        if isinstance(exc, OSError):
            reason = self.tr("The file could not be written ({error}). Choose another folder or free some space, "
                             "then save again.").format(error=exc.strerror or exc)
        else:
            reason = error_text(exc)
        self._say(self.tr("The statement was not saved as {format} to {path}. {reason}").format(
            format=format_name, path=path, reason=reason), error=True)

    # --- leaving ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._progress is not None:
            self._progress.cancel.set()
            self._generation += 1
            self._load_ended()
            self._give_back_shown_before()
        super().closeEvent(event)

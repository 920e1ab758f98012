"""The user's own journal at the bank (R7.1, R8.7): sign-ins, failed attempts, documents sent, so that
a clerk notices what they did not do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.session.access import (
    DOCUMENTS,
    LETTERS,
    SIGN_INS,
    JournalEntry,
    action_words,
    is_failure,
    my_journal,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen

FAILED_BACKGROUND = QColor("#fde7e4")


class JournalWindow(QWidget):
    def __init__(self, api: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("journalWindow")
        self.setWindowTitle(self.tr("My journal at the bank"))
        self._api = api
        hint = QLabel(self.tr("Everything done under your login, as the bank recorded it. If you see a sign-in, "
                              "a failed attempt or a document that was not you, block your access "
                              "(Session menu) and call the bank."), self)
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("journalTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Action"), self.tr("Outcome"),
                                              self.tr("Address")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("journalKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Which actions"))
        for text, kind in ((self.tr("Everything"), ""), (self.tr("Sign-ins and sign-outs"), "sign_ins"),
                           (self.tr("Documents"), "documents"), (self.tr("Letters"), "letters"),
                           (self.tr("Refused only"), "refused")):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._show(self.entries))
        kind_label = QLabel(self.tr("&Show:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("journalSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Find a word, a date or an address"))
        self.search_edit.setAccessibleName(self.tr("Find in the journal"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _: self._show(self.entries))
        self.reads_box = QCheckBox(self.tr("Every &request, reading too"), self)
        self.reads_box.setObjectName("journalReadsBox")
        self.reads_box.toggled.connect(self.reload)
        reload_button = QPushButton(self.tr("&Refresh"), self)
        reload_button.setObjectName("journalRefreshButton")
        reload_button.setAutoDefault(False)
        reload_button.clicked.connect(self.reload)
        close_button = QPushButton(self.tr("&Close"), self)
        close_button.setObjectName("journalCloseButton")
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("journalErrorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.busy = BusyIndicator(self)
        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.reads_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reload_button)
        row.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        add_help(self, "journal", row)
        layout.addLayout(row)
        fit_to_screen(self, 760, 480)
        unique_mnemonics(self)
        self.entries: list[JournalEntry] = []
        self.reload()

    def reload(self) -> None:
        api, reads = self._api, self.reads_box.isChecked()
        self.busy.start(self.tr("Reading the journal from the bank…"))
        run_in_background(self, lambda: my_journal(api, reads=reads), on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, entries: list[JournalEntry]) -> None:
        self.busy.stop()
        self.error_label.hide()
        self.entries = entries
        self._show(entries)

    def _show(self, entries: list[JournalEntry]) -> None:
        """The entries the filters let through."""
        kind, words = self.kind_combo.currentData(), self.search_edit.text().strip().casefold()
        rows = []
        for entry in entries:
            if not _of_kind(entry, kind):
                continue
            action, outcome = action_words(entry, QCoreApplication.translate)
            cells = [entry.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), action, outcome, entry.address]
            if words and not any(words in cell.casefold() for cell in cells):
                continue
            rows.append((entry, cells))
        self.table.setRowCount(len(rows))
        for row, (entry, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_failure(entry):
                    item.setBackground(QBrush(FAILED_BACKGROUND))
                self.table.setItem(row, column, item)

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.error_label.setText(error_text(exc))
        self.error_label.show()


def _of_kind(entry: JournalEntry, kind: str) -> bool:
    if kind == "sign_ins":
        return entry.action in SIGN_INS
    if kind == "documents":
        return entry.action in DOCUMENTS
    if kind == "letters":
        return entry.action in LETTERS
    if kind == "refused":
        return is_failure(entry)
    return True

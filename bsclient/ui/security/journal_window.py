"""The user's own journal at the bank (R7.1, R8.7): sign-ins, failed attempts, documents sent, so that
a clerk notices what they did not do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.session.access import JournalEntry, action_words, is_failure, my_journal
from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help

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
        self.reads_box = QCheckBox(self.tr("Show every request, reading too"), self)
        self.reads_box.setObjectName("journalReadsBox")
        self.reads_box.toggled.connect(self.reload)
        reload_button = QPushButton(self.tr("&Refresh"), self)
        reload_button.setObjectName("journalRefreshButton")
        reload_button.clicked.connect(self.reload)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("journalErrorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.busy = BusyIndicator(self)
        row = QHBoxLayout()
        row.addWidget(self.reads_box)
        row.addStretch(1)
        row.addWidget(reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        add_help(self, "journal", row)
        layout.addLayout(row)
        self.resize(760, 480)
        self.entries: list[JournalEntry] = []
        self.reload()

    def reload(self) -> None:
        api, reads = self._api, self.reads_box.isChecked()
        self.busy.start(self.tr("Reading the journal from the bank…"))
        run_in_background(self, lambda: my_journal(api, reads=reads), on_success=self._show, on_failure=self._failed)

    def _show(self, entries: list[JournalEntry]) -> None:
        self.busy.stop()
        self.error_label.hide()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            action, outcome = action_words(entry, QCoreApplication.translate)
            cells = [entry.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), action, outcome, entry.address]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_failure(entry):
                    item.setBackground(QBrush(FAILED_BACKGROUND))
                self.table.setItem(row, column, item)

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.error_label.setText(error_text(exc))
        self.error_label.show()

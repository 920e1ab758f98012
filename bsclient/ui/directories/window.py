"""The directories window: choose a directory, search as you type, see where it comes from and its version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.directories import (
    BANK,
    DIRECTORY_NAMES,
    REGISTRY,
    Directory,
    Entry,
    RefreshResult,
    load,
    refresh_directories,
)
from bsclient.client.directories.refresh import DirectoryBank
from bsclient.formatting import count as count_text
from bsclient.formatting import day_shown
from bsclient.ui.background import run_in_background
from bsclient.ui.language import clerk_language
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen

UNSURE_COLOUR = "#8a5300"
CODE, NAME, STATUS, DETAILS = range(4)


def directory_title(name: str) -> str:
    """The clerk's name of a directory (the data files' own titles are English)."""
    titles = {
        "knp": QCoreApplication.translate("DirectoryWindow", "KNP: payment purpose codes"),
        "residency": QCoreApplication.translate("DirectoryWindow", "Residency: first digit of KBe/KOd"),
        "sectors": QCoreApplication.translate("DirectoryWindow", "Sectors of the economy: second digit of KBe/KOd"),
        "kbk": QCoreApplication.translate("DirectoryWindow", "KBK: budget classification codes"),
        "banks": QCoreApplication.translate("DirectoryWindow", "Banks of Kazakhstan"),
        "budget_recipients": QCoreApplication.translate("DirectoryWindow", "Budget recipients: tax authorities"),
        "funds": QCoreApplication.translate("DirectoryWindow", "Pension and social funds"),
    }
    return titles.get(name, name)


def status_text(status: str) -> str:
    texts = {
        "confirmed": QCoreApplication.translate("DirectoryWindow", "confirmed"),
        "seen": QCoreApplication.translate("DirectoryWindow", "seen in banks' use"),
        "seen_once": QCoreApplication.translate("DirectoryWindow", "seen once, not confirmed"),
        "unconfirmed": QCoreApplication.translate("DirectoryWindow", "not confirmed"),
        "demo": QCoreApplication.translate("DirectoryWindow", "demo sample, not real"),
    }
    return texts.get(status, status)


def code_text(code: str) -> str:
    """An entry's code as the window shows it: the funds' codes are words, in the clerk's language."""
    words = {
        "pension": QCoreApplication.translate("DirectoryWindow", "pension"),
        "social": QCoreApplication.translate("DirectoryWindow", "social"),
    }
    return words.get(code, code)


_LANGUAGE_SUFFIXES = ("_kk", "_ru", "_en")


def _in_language(entry: Entry, key: str, language: str) -> str:
    """A detail given by language (beneficiary, beneficiary_kk, beneficiary_en): the clerk's, else the plain one."""
    return (entry.detail(f"{key}_{language}") if language != "ru" else "") or entry.detail(key)


def details_text(entry: Entry, language: str = "en") -> str:
    """The entry's details for the window, texts given by language in `language` ("kk", "ru", "en")."""
    labels = {
        "beneficiary": QCoreApplication.translate("DirectoryWindow", "Beneficiary"),
        "bin": QCoreApplication.translate("DirectoryWindow", "BIN"),
        "iik": QCoreApplication.translate("DirectoryWindow", "IIK"),
        "bic": QCoreApplication.translate("DirectoryWindow", "BIC"),
        "kbe": QCoreApplication.translate("DirectoryWindow", "KBe"),
        "knp": QCoreApplication.translate("DirectoryWindow", "KNP"),
        "bank_code": QCoreApplication.translate("DirectoryWindow", "Bank code"),
        "successor": QCoreApplication.translate("DirectoryWindow", "Now"),
        "year": QCoreApplication.translate("DirectoryWindow", "Since"),
        "region": QCoreApplication.translate("DirectoryWindow", "Region"),
        "authority_code": QCoreApplication.translate("DirectoryWindow", "Office code"),
        "knp_all": QCoreApplication.translate("DirectoryWindow", "KNPs accepted"),
    }
    # The names by language show in the name column; other texts by language show in the clerk's; an
    # active bank's state says nothing.
    parts = [f"{labels.get(key, key)} {_in_language(entry, key, language)}" for key, value in entry.details.items()
             if value and not key.startswith("name_") and not key.endswith(_LANGUAGE_SUFFIXES) and key != "state"]
    note = entry.detail(f"note_{language}") or entry.note  # a note the directory gives in the clerk's language
    if note:
        parts.append(note)
    return " · ".join(parts)


class DirectoryWindow(QDialog):
    """Browses the directories in use; `bank` (BankApi) lets the clerk fetch newer ones, kept in `data_dir`."""

    def __init__(self, data_dir: Path, bank: DirectoryBank | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryWindow")
        self.setWindowTitle(self.tr("Directories"))
        self._data_dir = Path(data_dir)
        self._bank = bank
        self._current: Directory | None = None

        self.directory_list = QListWidget(self)
        self.directory_list.setObjectName("directoryList")
        for name in DIRECTORY_NAMES:
            item = QListWidgetItem(directory_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.directory_list.addItem(item)
        self.directory_list.setMaximumWidth(230)
        self.directory_list.setWordWrap(True)
        self.directory_list.setSpacing(3)
        self.directory_list.currentRowChanged.connect(lambda _: self._load_current())

        self.title_label = QLabel(self)
        self.title_label.setObjectName("directoryTitleLabel")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("directoryVersionLabel")
        self.source_label = QLabel(self)
        self.source_label.setObjectName("directorySourceLabel")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("directoryNoteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {UNSURE_COLOUR};")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("directorySearchEdit")
        self.search_edit.setAccessibleName(self.tr("Find in the directory"))
        self.search_edit.setPlaceholderText(self.tr("Search by code or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("How sure"),
                                              self.tr("Details")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # any column: code, name or details
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("directoryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("directoryCountLabel")
        self.search_edit.textChanged.connect(lambda _: self._rows_changed())
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("directoryDetailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); padding: 4px; }")
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_entry(current.row()))

        self.refresh_button = QPushButton(self.tr("&Update from the bank"), self)
        self.refresh_button.setObjectName("directoryRefreshButton")
        self.refresh_button.setEnabled(bank is not None)
        self.refresh_button.clicked.connect(self.refresh_from_bank)
        self.refresh_label = QLabel(self)
        self.refresh_label.setObjectName("directoryRefreshLabel")
        self.refresh_label.setWordWrap(True)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.close)

        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.version_label)
        right.addWidget(self.source_label)
        right.addWidget(self.note_label)
        right.addWidget(self.search_edit)
        right.addWidget(self.table, 1)
        right.addWidget(self.count_label)
        right.addWidget(self.detail_label)
        body = QHBoxLayout()
        body.addWidget(self.directory_list)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.refresh_label, 1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        add_help(self, "directories", buttons)
        layout.addLayout(buttons)
        fit_to_screen(self, 1000, 620)
        unique_mnemonics(self)
        self.directory_list.setCurrentRow(0)

    # --- showing a directory -----------------------------------------------------------------

    def current_name(self) -> str:
        item: QListWidgetItem | None = self.directory_list.currentItem()  # None with no row chosen, whatever the stubs say
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else DIRECTORY_NAMES[0]

    def select(self, name: str) -> None:
        """Show directory `name` ("knp", "banks", …)."""
        self.directory_list.setCurrentRow(DIRECTORY_NAMES.index(name))

    def current_directory(self) -> Directory | None:
        """The directory shown, once it has loaded."""
        return self._current

    def _load_current(self) -> None:
        name, data_dir = self.current_name(), self._data_dir
        self.title_label.setText(directory_title(name))
        run_in_background(self, lambda: load(name, data_dir), on_success=self._show_directory,
                          on_failure=self._load_failed)

    def _show_directory(self, directory: Directory) -> None:
        if directory.name != self.current_name():
            return  # the clerk has chosen another one meanwhile
        self._current = directory
        self.title_label.setText(directory_title(directory.name))
        if directory.origin == REGISTRY:
            self.version_label.setText(self.tr("From the register in {edition}").format(edition=day_shown(directory.date)))
        else:
            origin = self.tr("received from the bank") if directory.origin == BANK else \
                self.tr("shipped with the client")
            self.version_label.setText(self.tr("Version {version} of {date}, {origin}").format(
                version=directory.version, date=day_shown(directory.date), origin=origin))
        self.source_label.setText(self.tr("Source: {sources}").format(sources="; ".join(directory.sources_in(clerk_language()))))
        self.note_label.setText("" if directory.complete else self.tr(
            "Not the complete list. {note}").format(note=directory.note_in(clerk_language())))
        self.note_label.setVisible(not directory.complete)
        self.model.removeRows(0, self.model.rowCount())
        for entry in directory.entries:
            self.model.appendRow(self._row(entry))
        self._rows_changed()

    def _rows_changed(self) -> None:
        """After loading or a search: columns fit what is shown, the count, and a chosen row in full."""
        for column in (CODE, NAME, STATUS):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(NAME, min(self.table.columnWidth(NAME), 420))
        self._show_count()
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_entry(self.table.selectionModel().currentIndex().row()
                         if self.table.selectionModel().hasSelection() else -1)

    def _row(self, entry: Entry) -> list[QStandardItem]:
        name = entry.name_in(clerk_language())
        items = [QStandardItem(code_text(entry.code)), QStandardItem(name), QStandardItem(status_text(entry.status)),
                 QStandardItem(details_text(entry, clerk_language()))]
        items[NAME].setToolTip(name)
        items[DETAILS].setToolTip(details_text(entry, clerk_language()))
        items[CODE].setData(entry.code, Qt.ItemDataRole.UserRole)
        if not entry.sure:
            items[STATUS].setForeground(QBrush(QColor(UNSURE_COLOUR)))
        return items

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total} entries", "", self.model.rowCount()).format(
            shown=count_text(self.proxy.rowCount()), total=count_text(self.model.rowCount())))

    def _show_entry(self, row: int) -> None:
        """The chosen entry in full under the table: the columns cut long names and details short."""
        directory = self._current
        code = self.proxy.index(row, CODE).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        entry = directory.find(code) if directory is not None and code is not None else None
        if entry is None:
            self.detail_label.setText("")
            return
        lines = [f"{code_text(entry.code)} — {entry.name_in(clerk_language())}", self.tr("How sure: {status}").format(status=status_text(entry.status))]
        details = details_text(entry, clerk_language())
        if details:
            lines.append(details)
        self.detail_label.setText("\n".join(lines))

    def _load_failed(self, exc: Exception) -> None:
        self._current = None
        self.model.removeRows(0, self.model.rowCount())
        self.version_label.setText("")
        self.source_label.setText(error_text(exc))

    def shown_codes(self) -> list[str]:
        """The codes the table shows now, in its order (after the search)."""
        return [self.proxy.index(row, CODE).data(Qt.ItemDataRole.UserRole) for row in range(self.proxy.rowCount())]

    # --- newer versions from the bank --------------------------------------------------------

    def refresh_from_bank(self) -> None:
        if self._bank is None:
            return
        bank, data_dir = self._bank, self._data_dir
        self.refresh_button.setEnabled(False)
        self.refresh_label.setText(self.tr("Asking the bank for newer directories…"))
        run_in_background(self, lambda: refresh_directories(bank, data_dir), on_success=self._refreshed,
                          on_failure=self._refresh_failed)

    def _refreshed(self, result: RefreshResult) -> None:
        self.refresh_button.setEnabled(True)
        lines = [self.tr("{directory}: now version {version}.").format(directory=directory_title(name), version=version)
                 for name, version in result.updated.items()]
        lines += [self.tr("{directory}: {problem}").format(directory=directory_title(name),
                                                            problem=message.render(QCoreApplication.translate))
                  for name, message in result.failed.items()]
        if not lines:
            lines.append(self.tr("All directories are up to date."))
        self.refresh_label.setText(" ".join(lines))
        self._load_current()

    def _refresh_failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.refresh_label.setText(error_text(exc))

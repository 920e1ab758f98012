"""The counterparties directory (R9.1): entries checked field by field, filled from sent documents on
request, edited and deleted; opened from the payment editor it is a picker that fills the beneficiary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.counterparties import (
    Counterparty,
    CounterpartyBook,
    CounterpartyError,
    FillReport,
    check_counterparty,
)
from bsclient.messages import Message
from bsclient.rules import bank_for_bic
from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.confirm import confirm_deletion
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.field_frame import INVALID_STYLE, FieldFrame, name_fields
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

_FIELDS = ("name", "bin", "iban", "bic", "code")
MAX_SKIPPED_SHOWN = 8


class CounterpartyWindow(QDialog):
    """The directory. With `picking`, "Fill the beneficiary" emits `chosen(counterparty)` and closes."""

    chosen = Signal(object)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None, *, picking: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("counterpartyPicker" if picking else "counterpartyWindow")
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(self.tr("Choose a counterparty") if picking else self.tr("Counterparties"))
        self._workplace = workplace
        self._picking = picking
        self._entries: list[Counterparty] = []
        self._editing: Counterparty | None = None  # None: the form makes a new entry

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("counterpartyFilterEdit")
        self.filter_edit.setAccessibleName(self.tr("Find a counterparty"))
        self.filter_edit.setPlaceholderText(self.tr("Find by name, IIN/BIN or IIK"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _: self._show())
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("counterpartyTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("IIN/BIN"), self.tr("IIK"), self.tr("BIC"),
                                              self.tr("KBe")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self.use_selected() if picking else None)
        self.empty_label = QLabel(self.tr(
            "The directory is empty. Choose Fill from sent documents to add the beneficiaries of documents "
            "already sent, or New to type one."), self)
        self.empty_label.setObjectName("counterpartyEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("&Fill from sent documents"), self)
        self.fill_button.setObjectName("counterpartyFillButton")
        self.fill_button.setToolTip(self.tr("Add the beneficiary of every document sent to the bank that is not in the directory yet"))
        self.fill_button.clicked.connect(self.fill_from_sent)
        self.use_button = QPushButton(self.tr("&Fill the beneficiary"), self)
        self.use_button.setObjectName("counterpartyUseButton")
        self.use_button.clicked.connect(self.use_selected)
        self.use_button.setVisible(picking)
        self.use_button.setDefault(picking)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.edits: dict[str, QLineEdit] = {}
        self.frames: dict[str, FieldFrame] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"name": self.tr("&Name:"), "bin": self.tr("&IIN/BIN:"), "iban": self.tr("II&K:"),
                  "bic": self.tr("&BIC:"), "code": self.tr("KB&e:")}
        limits = {"name": 80, "bin": 12, "iban": 40, "bic": 11, "code": 2}
        for path in _FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"counterparty{path.capitalize()}Edit")
            edit.setMaxLength(limits[path])
            edit.textEdited.connect(lambda _, p=path: self._edited(p))
            self.edits[path] = edit
            self.frames[path] = FieldFrame(edit, f"counterparty{path.capitalize()}Error", self)
            form.addRow(labels[path], self.frames[path])
        self.frames["code"].set_hint(self.tr("Residency (1 resident, 2 non-resident) and sector, e.g. 17"))
        self.form_box = QGroupBox(self.tr("New counterparty"), self)
        self.form_box.setLayout(form)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("counterpartyNewButton")
        self.new_button.clicked.connect(self.new_entry)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("counterpartySaveButton")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("counterpartyDeleteButton")
        self.delete_button.clicked.connect(self.delete)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.delete_button)
        form_buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form_box)
        right_layout.addLayout(form_buttons)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        self.message_label = QLabel(self)
        self.message_label.setObjectName("counterpartyMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("counterpartyCloseButton")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        add_help(self, "counterparties", buttons)
        layout.addLayout(buttons)
        if picking:  # a picker chooses; the directory window edits
            right.hide()
            self.empty_label.setText(self.tr(
                "The directory is empty. Fill it in the Counterparties window of the Documents menu, from sent "
                "documents or by hand."))
            self.fill_button.hide()
            fit_to_screen(self, 760, 420)
            unique_mnemonics(self)
        else:
            fit_to_screen(self, 980, 480)
            unique_mnemonics(self)
        self.new_entry()
        name_fields(self)
        enter_presses(self, None)

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        store = self._workplace.store
        run_in_background(self, lambda: CounterpartyBook(store).list(), on_success=self._loaded,
                          on_failure=self._failed)

    def entries(self) -> list[Counterparty]:
        return list(self._entries)

    def _loaded(self, entries: list[Counterparty], select_id: int | None = None) -> None:
        current = self.selected()
        self._entries = entries
        self._show(select_id if select_id is not None else (current.id if current else None))

    def _show(self, select_id: int | None = None) -> None:
        needle = self.filter_edit.text().strip().casefold()
        shown = [e for e in self._entries if not needle or needle in f"{e.name} {e.bin} {e.iban}".casefold()]
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(shown))
        selected_row = -1
        for row, entry in enumerate(shown):
            for column, text in enumerate((entry.name, entry.bin, entry.iban, entry.bic, entry.code)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
            if entry.id == select_id:
                selected_row = row
        self.table.blockSignals(False)
        if selected_row >= 0:
            self.table.selectRow(selected_row)
        elif self._picking and shown:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self._entries)
        self._update_buttons()

    def selected(self) -> Counterparty | None:
        items = self.table.selectedItems()
        if not items:
            return None
        entry_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((e for e in self._entries if e.id == entry_id), None)

    def select_iban(self, iban: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 2)
            if item is not None and item.text() == iban:
                self.table.selectRow(row)
                return

    # --- the form ----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._edit(entry)
        self._update_buttons()

    def _edit(self, entry: Counterparty | None) -> None:
        self._editing = entry
        for path in _FIELDS:
            self.edits[path].setText(getattr(entry, path) if entry else "")
            self.frames[path].set_error(None)
        self.form_box.setTitle(self.tr("Counterparty") if entry else self.tr("New counterparty"))
        self._show_bank()
        self._update_buttons()

    def new_entry(self) -> None:
        self.table.clearSelection()
        self._edit(None)
        self.edits["name"].setFocus()

    def form_entry(self) -> Counterparty:
        values = {path: self.edits[path].text() for path in _FIELDS}
        return Counterparty(**values, id=self._editing.id if self._editing else None)

    def _edited(self, path: str) -> None:
        if path in ("bic", "iban"):
            self._show_bank()
        if any(frame.error_label.isVisible() for frame in self.frames.values()):
            self._show_problems(check_counterparty(self.form_entry().normalised()))

    def _show_bank(self) -> None:
        bic = self.edits["bic"].text().strip()
        bank = bank_for_bic(bic) if bic else None
        self.frames["bic"].set_hint(bank.name if bank else "")

    def _show_problems(self, problems: dict[str, Message]) -> None:
        for path in _FIELDS:
            problem = problems.get(path)
            self.frames[path].set_error(problem.render(QCoreApplication.translate) if problem else None)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._editing is not None)
        self.use_button.setEnabled(self.selected() is not None)

    # --- acting ------------------------------------------------------------------------------

    def save(self) -> None:
        entry = self.form_entry()
        problems = check_counterparty(entry.normalised())
        self._show_problems(problems)
        if problems:
            self._say(self.tr("The counterparty has %n mistakes; each is written under its field.", "",
                              len(problems)), error=True)
            return
        store = self._workplace.store
        self.save_button.setEnabled(False)

        def keep() -> tuple[Counterparty, list[Counterparty]]:
            book = CounterpartyBook(store)
            kept = book.update(entry) if entry.id is not None else book.add(entry)
            return kept, book.list()

        run_in_background(self, keep, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, result: tuple[Counterparty, list[Counterparty]]) -> None:
        kept, entries = result
        self.save_button.setEnabled(True)
        self._say(self.tr("{name} is saved in the directory.").format(name=kept.name))
        self._loaded(entries, select_id=kept.id)

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, CounterpartyError) and exc.problems:
            self._show_problems(exc.problems)
        self._say(error_text(exc), error=True)

    def delete(self) -> None:
        entry = self._editing
        if entry is None or entry.id is None:
            return
        store, entry_id = self._workplace.store, entry.id

        def remove() -> list[Counterparty]:
            book = CounterpartyBook(store)
            book.delete(entry_id)
            return book.list()

        confirm_deletion(self, self.tr("Delete {name} from the counterparties directory? Documents already "
                                       "made for it are kept.").format(name=entry.name),
                         lambda: run_in_background(self, remove, on_success=lambda entries: self._deleted(entry, entries),
                                                   on_failure=self._failed))

    def _deleted(self, entry: Counterparty, entries: list[Counterparty]) -> None:
        self._say(self.tr("{name} was deleted from the directory.").format(name=entry.name))
        self._loaded(entries)
        self.new_entry()

    def fill_from_sent(self) -> None:
        store = self._workplace.store
        self.fill_button.setEnabled(False)
        self._say(self.tr("Reading the documents sent to the bank…"))

        def fill() -> tuple[FillReport, list[Counterparty]]:
            book = CounterpartyBook(store)
            return book.fill_from_sent(), book.list()

        run_in_background(self, fill, on_success=self._filled, on_failure=self._failed)

    def _filled(self, result: tuple[FillReport, list[Counterparty]]) -> None:
        report, entries = result
        self.fill_button.setEnabled(True)
        lines = [self.tr("Added %n counterparties from sent documents.", "", report.added)]
        if report.already_there:
            lines[0] += " " + self.tr("%n were already in the directory.", "", report.already_there)
        lines += [message.render(QCoreApplication.translate) for message in report.skipped[:MAX_SKIPPED_SHOWN]]
        if len(report.skipped) > MAX_SKIPPED_SHOWN:
            lines.append(self.tr("… and %n more not added for the same kind of reasons.", "",
                                 len(report.skipped) - MAX_SKIPPED_SHOWN))
        self._say("\n".join(lines), error=bool(report.skipped))
        self._loaded(entries)

    def use_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.chosen.emit(entry)
        self.close()

    def _failed(self, exc: Exception) -> None:
        self.fill_button.setEnabled(True)
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b3261e;" if error else "")
        self.message_label.setText(text)

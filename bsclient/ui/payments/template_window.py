"""Templates (R9.1): the list of named payment orders, a new draft from one, rename and delete; and the
small dialog that names a template when a document is saved as one or a template is renamed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.templates import (
    MAX_TEMPLATE_NAME,
    Template,
    TemplateBook,
    TemplateError,
    check_template_name,
)
from bsclient.rules import parse_amount
from bsclient.ui.background import run_in_background
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.confirm import confirm_deletion
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.field_frame import INVALID_STYLE, FieldFrame
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace


def _amount_text(text: str) -> str:
    try:
        return format_money(parse_amount(text))
    except Exception:  # kept as typed in the template
        return text


class TemplateNameDialog(QDialog):
    """Asks for a template's name; `save(name)` runs in the background and returns the Template, or
    raises TemplateError, whose sentence is shown under the field. `saved(template)` when done."""

    saved = Signal(object)

    def __init__(self, title: str, prompt: str, name: str, save: Callable[[str], Template],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateNameDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(title)
        self._save = save
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("templateNameEdit")
        self.name_edit.setMaxLength(MAX_TEMPLATE_NAME + 20)  # a longer name gets a sentence, not a silent cut
        self.name_edit.selectAll()
        self.name_edit.returnPressed.connect(self._ok)
        self.frame = FieldFrame(self.name_edit, "templateNameError", self)
        self.ok_button = QPushButton(self.tr("Save"), self)
        self.ok_button.setObjectName("templateNameOkButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._ok)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("templateNameCancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.frame)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_screen(self, 440, 150)
        unique_mnemonics(self)
        enter_presses(self, self.ok_button)

    def _ok(self) -> None:
        name = self.name_edit.text()
        problem = check_template_name(name)
        if problem is not None:
            self.frame.set_error(problem.render(QCoreApplication.translate))
            return
        self.frame.set_error(None)
        self.ok_button.setEnabled(False)
        save = self._save
        run_in_background(self, lambda: save(name), on_success=self._saved, on_failure=self._failed)

    def _saved(self, template: Template) -> None:
        self.saved.emit(template)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.frame.set_error(error_text(exc))
        self.name_edit.setFocus()


def save_as_template(workplace: Workplace, order: PaymentOrder, parent: QWidget) -> TemplateNameDialog:
    """The dialog that keeps `order` as a template under the name the clerk gives (shown, not modal)."""
    store = workplace.store
    suggestion = " ".join(part for part in (order.beneficiary.name.strip(), order.knp.strip()) if part)
    dialog = TemplateNameDialog(
        QCoreApplication.translate("TemplateNameDialog", "Save as template"),
        QCoreApplication.translate("TemplateNameDialog",
                                   "Name the template: the beneficiary, amount, KNP and purpose of payment order {number} are kept under it.").format(
                                       number=order.number or "…"),
        suggestion, lambda name: TemplateBook(store).save(name, order), parent)
    dialog.show()
    return dialog


class TemplateWindow(QDialog):
    """The template list. `draftCreated(record)` when a new draft was made from a template."""

    draftCreated = Signal(object)

    COLUMNS = 5

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateWindow")
        self.setWindowTitle(self.tr("Templates"))
        self._workplace = workplace
        self._templates: list[Template] = []

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("templateFilterEdit")
        self.filter_edit.setAccessibleName(self.tr("Find a template"))
        self.filter_edit.setPlaceholderText(self.tr("Find by name, beneficiary or purpose"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _: self._show())
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("templateTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Beneficiary"), self.tr("Amount, KZT"),
                                              self.tr("KNP"), self.tr("Purpose")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 120)
        self.table.setColumnWidth(3, 50)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _: self.create_draft())
        self.empty_label = QLabel(self.tr(
            "No templates yet. To make one, open a payment order and click Save as template, or select it in "
            "the payment list and choose Save as template in the Documents menu."), self)
        self.empty_label.setObjectName("templateEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("templateMessageLabel")
        self.message_label.setWordWrap(True)

        self.draft_button = QPushButton(self.tr("&New draft from template"), self)
        self.draft_button.setObjectName("templateDraftButton")
        self.draft_button.clicked.connect(self.create_draft)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.rename_button.setObjectName("templateRenameButton")
        self.rename_button.clicked.connect(self.rename)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("templateDeleteButton")
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("templateCloseButton")
        close.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        add_help(self, "templates", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        fit_to_screen(self, 860, 420)
        unique_mnemonics(self)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        store = self._workplace.store
        run_in_background(self, lambda: TemplateBook(store).list(), on_success=self._loaded,
                          on_failure=self._failed)

    def templates(self) -> list[Template]:
        return list(self._templates)

    def _loaded(self, templates: list[Template]) -> None:
        selected = self.selected()
        self._templates = templates
        self._show(selected.id if selected else None)

    def _show(self, select_id: int | None = None) -> None:
        needle = self.filter_edit.text().strip().casefold()
        shown = [t for t in self._templates if not needle or needle in " ".join(
            (t.name, t.order.beneficiary.name, t.order.purpose)).casefold()]
        self.table.setRowCount(len(shown))
        for row, template in enumerate(shown):
            order = template.order
            cells = (template.name, order.beneficiary.name, _amount_text(order.amount), order.knp,
                     " ".join(order.purpose.split()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, template.id)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if template.id == select_id:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and shown:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self._templates)
        self._update_buttons()

    def selected(self) -> Template | None:
        items = self.table.selectedItems()
        if not items:
            return None
        template_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((t for t in self._templates if t.id == template_id), None)

    def select_name(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.draft_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)

    # --- acting ------------------------------------------------------------------------------

    def create_draft(self) -> None:
        template = self.selected()
        if template is None:
            return
        store = self._workplace.store
        self.draft_button.setEnabled(False)
        run_in_background(self, lambda: TemplateBook(store).create_draft(template.id),
                          on_success=self._draft_made, on_failure=self._failed)

    def _draft_made(self, record: DocumentRecord) -> None:
        self._update_buttons()
        self._say(self.tr("Draft payment order {number} was made from the template and opened.").format(
            number=record.order.number))
        self.draftCreated.emit(record)

    def rename(self) -> TemplateNameDialog | None:
        template = self.selected()
        if template is None:
            return None
        store = self._workplace.store
        dialog = TemplateNameDialog(self.tr("Rename template"), self.tr("New name of the template:"), template.name,
                                    lambda name: TemplateBook(store).rename(template.id, name), self)
        dialog.saved.connect(lambda _: self.load())
        dialog.show()
        return dialog

    def delete(self) -> None:
        template = self.selected()
        if template is None:
            return
        store = self._workplace.store
        confirm_deletion(self, self.tr("Delete the template “{name}”? Documents made from it are kept.").format(
            name=template.name), lambda: run_in_background(self, lambda: TemplateBook(store).delete(template.id),
                                                           on_success=lambda _: self._deleted(template),
                                                           on_failure=self._failed))

    def _deleted(self, template: Template) -> None:
        self._say(self.tr("Template “{name}” was deleted. Documents made from it are kept.").format(name=template.name))
        self.load()

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        self._say(error_text(exc), error=True)
        if isinstance(exc, TemplateError):
            self.load()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b3261e;" if error else "")
        self.message_label.setText(text)

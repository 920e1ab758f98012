"""The clerk's comforts in the main window and the payment editor (R9.1): copy a document into a new
draft, save it as a template, the templates and counterparties windows, the counterparty picker,
and the recall of a sent document. Each reaches its window through a small protocol, as its Qt
parent (no Python reference: a reference cycle would keep the window alive until the collector runs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from bsclient.client.documents.counterparties import Counterparty
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.recall import RECALLABLE
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.templates import Template, copy_to_draft
from bsclient.client.session.rights import may_prepare
from bsclient.ui.background import run_in_background
from bsclient.ui.workplace import Workplace

if TYPE_CHECKING:  # the windows themselves are loaded when first opened
    from bsclient.ui.payments.recall_dialog import RecallDialog


class ShowsState(Protocol):
    def show_state(self, record: DocumentRecord) -> None:
        """The bank moved the document on: show where it is now."""
        ...


class DocumentsWindow(Protocol):
    """What the main window's comforts use of it."""

    def widget(self) -> QWidget: ...
    def show_message(self, text: str, timeout_ms: int = 0) -> None: ...
    def read_selected(self, then: Callable[[list[DocumentRecord]], object]) -> None: ...
    def reload_documents(self) -> None: ...
    def open_document(self, doc_id: str) -> None: ...
    def refresh(self) -> None: ...
    def editors(self) -> Sequence[ShowsState]: ...


class ComfortsEditor(ShowsState, Protocol):
    """What the editor's comforts use of the editor."""

    beneficiary_name_edit: QLineEdit

    def widget(self) -> QWidget: ...
    def status(self) -> DocumentStatus: ...
    def order(self) -> PaymentOrder: ...
    def set_beneficiary(self, party: Party) -> None: ...


def may_recall(workplace: Workplace) -> bool:
    """A recall is signed: any user with a right to sign may recall the company's documents."""
    return workplace.user.may_sign and workplace.user.sign_right != "none"


def _open_recall(workplace: Workplace, record: DocumentRecord, parent: QWidget) -> RecallDialog:
    from bsclient.ui.payments.recall_dialog import RecallDialog  # noqa: PLC0415 - start-up: loaded when first used

    dialog = RecallDialog(workplace, record, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class DocumentComforts(QObject):
    """The main window's actions: Copy to new draft, Save as template…, Templates…, Counterparties…,
    Recall…; each acts on the document selected in the payment list."""

    def __init__(self, window: DocumentsWindow, workplace: Workplace) -> None:
        super().__init__(window.widget())  # the window is reached as parent(): no Python reference cycle keeps it alive
        self._workplace_ = workplace
        self.copy_action = self._action("copyDocumentAction", self.tr("&Copy to new draft"), "edit-copy", self.copy_selected)
        self.copy_action.setToolTip(self.tr("Make a new draft with the parties, amount and purpose of the selected document"))
        self.save_template_action = self._action("saveTemplateAction", self.tr("Save as &template…"), "document-save",
                                                 self.save_selected_as_template)
        self.templates_action = self._action("templatesAction", self.tr("T&emplates…"), "folder-templates",
                                             self.open_templates)
        self.counterparties_action = self._action("counterpartiesAction", self.tr("C&ounterparties…"),
                                                  "x-office-address-book", self.open_counterparties)
        self.recall_action = self._action("recallAction", self.tr("Reca&ll…"), "edit-undo", self.recall_selected)
        self.recall_action.setToolTip(self.tr("Ask the bank to recall the selected sent document before it is executed"))
        # R3.4: what the bank would refuse is not offered (a viewer neither prepares nor signs).
        for action in (self.copy_action, self.save_template_action):
            action.setEnabled(may_prepare(workplace.user))
        self.recall_action.setEnabled(may_recall(workplace))

    def _action(self, name: str, text: str, icon: str, slot: Callable[[], object]) -> QAction:
        action = QAction(QIcon.fromTheme(icon), text, self._widget)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        """The actions, in the order the Documents menu lists them."""
        return [self.copy_action, self.save_template_action, self.templates_action, self.counterparties_action,
                self.recall_action]

    @property
    def _window(self) -> DocumentsWindow:
        return cast("DocumentsWindow", self.parent())

    @property
    def _widget(self) -> QWidget:
        return cast("QWidget", self.parent())

    def _workplace(self) -> Workplace:
        return self._workplace_

    def _with_selected(self, what: str, then: Callable[[DocumentRecord], object]) -> None:
        """Call `then` with the one document selected in the list, read whole off the GUI thread if need
        be; with none or several selected, say `what` instead."""
        def ready(records: list[DocumentRecord]) -> None:
            if len(records) != 1:
                self._window.show_message(what)
            else:
                then(records[0])

        self._window.read_selected(ready)

    # --- copy and templates ------------------------------------------------------------------

    def copy_selected(self) -> None:
        self._with_selected(self.tr("Select one document in the payment list, then choose Copy to new draft in the Documents menu."),
                            lambda record: self.copy_document(record.id))

    def copy_document(self, doc_id: str) -> None:
        store = self._workplace().store
        run_in_background(self._widget, lambda: copy_to_draft(store, doc_id), on_success=self.draft_created)

    def draft_created(self, record: DocumentRecord | str) -> None:
        """A new draft exists (a copy, or from a template): the list shows it and it opens in the editor."""
        doc_id = record if isinstance(record, str) else record.id
        self._window.reload_documents()
        self._window.open_document(doc_id)
        if not isinstance(record, str):
            self._window.show_message(self.tr("Draft payment order {number} was made; it is open in the editor.")
                                      .format(number=record.order.number))

    def save_selected_as_template(self) -> None:
        self._with_selected(self.tr("Select one document in the payment list, then choose Save as template in the Documents menu."),
                            self.save_as_template)

    def save_as_template(self, record: DocumentRecord) -> QWidget:
        from bsclient.ui.payments.template_window import save_as_template  # noqa: PLC0415 - start-up: loaded when first used

        dialog = save_as_template(self._workplace(), record.order, self._widget)
        dialog.saved.connect(self._template_saved)
        return dialog

    def _template_saved(self, template: Template) -> None:
        from bsclient.ui.payments.template_window import TemplateWindow  # noqa: PLC0415 - start-up: loaded when first used

        self._window.show_message(self.tr("Template “{name}” was saved.").format(name=template.name))
        window = self._widget.findChild(TemplateWindow, "templateWindow")
        if window is not None and window.isVisible():
            window.load()

    def open_templates(self) -> QWidget:
        from bsclient.ui.payments.template_window import TemplateWindow  # noqa: PLC0415 - start-up: loaded when first used

        window = self._widget.findChild(TemplateWindow, "templateWindow")
        if window is None:
            window = TemplateWindow(self._workplace(), self._widget)
            window.draftCreated.connect(self.draft_created)
        window.show()
        window.raise_()
        window.activateWindow()
        window.load()
        return window

    def open_counterparties(self) -> QWidget:
        from bsclient.ui.payments.counterparty_window import CounterpartyWindow  # noqa: PLC0415 - start-up: loaded when first used

        window = self._widget.findChild(CounterpartyWindow, "counterpartyWindow")
        if window is None:
            window = CounterpartyWindow(self._workplace(), self._widget)
        window.show()
        window.raise_()
        window.activateWindow()
        window.load()
        return window

    # --- recall ------------------------------------------------------------------------------

    def recall_selected(self) -> None:
        self._with_selected(self.tr("Select one sent document in the payment list, then choose Recall in the Documents menu."),
                            self.recall)

    def recall(self, record: DocumentRecord) -> QWidget | None:
        if record.status not in RECALLABLE:
            self._window.show_message(self.tr(
                "Only a document sent to the bank and not yet executed can be recalled; payment order {number} is not."
            ).format(number=record.order.number))
            return None
        dialog = _open_recall(self._workplace(), record, self._widget)
        dialog.stateChanged.connect(self.recall_changed)
        return dialog

    def recall_changed(self, record: DocumentRecord) -> None:
        self._window.reload_documents()
        for editor in self._window.editors():
            editor.show_state(record)
        if record.status == DocumentStatus.RECALLED:
            self._window.refresh()  # the amount held for it is available again


class EditorComforts(QObject):
    """The editor's buttons: Copy, Save as template…, Recall…, and the counterparty picker beside the
    beneficiary. `draftCreated(id)`: a copy was made; `documentChanged(id)`: a recall moved the document."""

    draftCreated = Signal(str)
    documentChanged = Signal(str)

    def __init__(self, editor: ComfortsEditor, workplace: Workplace, beneficiary: QFormLayout) -> None:
        super().__init__(editor.widget())  # the editor is reached as parent(): no Python reference cycle keeps it alive
        parent = editor.widget()
        self._workplace = workplace
        # False where the document is not this computer's to recall (a second signer's view of it).
        self.recall_offered = True
        self.pick_button = QPushButton(QIcon.fromTheme("x-office-address-book"), self.tr("Choose from &counterparties…"), parent)
        self.pick_button.setObjectName("pickCounterpartyButton")
        self.pick_button.setToolTip(self.tr("Fill the beneficiary from the counterparties directory"))
        self.pick_button.clicked.connect(self.pick_counterparty)
        self.pick_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # not form-wide
        beneficiary.insertRow(0, "", self.pick_button)
        self.copy_button = QPushButton(self.tr("Cop&y"), parent)
        self.copy_button.setObjectName("copyDocumentButton")
        self.copy_button.setToolTip(self.tr("Make a new draft with this document's parties, amount and purpose"))
        self.copy_button.clicked.connect(self.copy)
        self.template_button = QPushButton(self.tr("Save as &template…"), parent)
        self.template_button.setObjectName("saveTemplateButton")
        self.template_button.clicked.connect(self.save_as_template)
        self.recall_button = QPushButton(self.tr("Reca&ll…"), parent)
        self.recall_button.setObjectName("recallDocumentButton")
        self.recall_button.setToolTip(self.tr("Ask the bank to recall this document before it is executed"))
        self.recall_button.clicked.connect(self.recall)
        self.row = QHBoxLayout()  # the editor lays it out above its own buttons
        for button in (self.copy_button, self.template_button, self.recall_button):
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.update_state()

    @property
    def _editor(self) -> ComfortsEditor:
        return cast("ComfortsEditor", self.parent())

    @property
    def _widget(self) -> QWidget:
        return cast("QWidget", self.parent())

    def update_state(self) -> None:
        """Follows the document's status: the picker for drafts, Recall for sent, not executed ones."""
        editor, user = self._editor, self._workplace.user
        status = editor.status()
        self.pick_button.setVisible(status == DocumentStatus.DRAFT and not editor.beneficiary_name_edit.isReadOnly()
                                    and editor.beneficiary_name_edit.isVisibleTo(self._widget))  # an exchange has no beneficiary
        self.copy_button.setVisible(may_prepare(user))
        self.template_button.setVisible(may_prepare(user))
        self.recall_button.setVisible(self.recall_offered and status in RECALLABLE and may_recall(self._workplace))

    def pick_counterparty(self) -> QWidget:
        from bsclient.ui.payments.counterparty_window import CounterpartyWindow  # noqa: PLC0415 - start-up: loaded when first used

        picker = CounterpartyWindow(self._workplace, self._widget, picking=True)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.chosen.connect(self._chosen)
        picker.show()
        picker.load()
        return picker

    def _chosen(self, entry: Counterparty) -> None:
        self._editor.set_beneficiary(entry.to_party())

    def copy(self) -> None:
        editor, store = self._editor, self._workplace.store
        order = editor.order()
        if editor.status() == DocumentStatus.DRAFT:
            # The draft as shown now is saved first (in order with the editor's own saves), then copied.
            run_in_background(self._widget, lambda: copy_to_draft(store, store.save_draft(order).id), in_order=True,
                              on_success=lambda record: self.draftCreated.emit(record.id))
        else:
            run_in_background(self._widget, lambda: copy_to_draft(store, order.id),
                              on_success=lambda record: self.draftCreated.emit(record.id))

    def save_as_template(self) -> QWidget:
        from bsclient.ui.payments.template_window import save_as_template  # noqa: PLC0415 - start-up: loaded when first used

        return save_as_template(self._workplace, self._editor.order(), self._widget)

    def recall(self) -> None:
        """Reads the document's present status first: the bank may have moved it on meanwhile."""
        editor, store = self._editor, self._workplace.store
        doc_id = editor.order().id

        def opened(record: DocumentRecord | None) -> None:
            if record is None or record.status not in RECALLABLE:
                if record is not None:
                    editor.show_state(record)
                self.update_state()
                return
            dialog = _open_recall(self._workplace, record, self._widget)
            dialog.stateChanged.connect(editor.show_state)
            dialog.stateChanged.connect(lambda changed: self.documentChanged.emit(changed.id))

        run_in_background(self._widget, lambda: store.get(doc_id), on_success=opened)

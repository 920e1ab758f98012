"""The second signer's window (R3.3): documents at the bank awaiting their signature, each opened
read-only with the first signature's owner and time, and signed and sent from here.

Also the main window's way in (`AwaitingSignatures`: an action with the count, for users with the
second signature right) and `apply_signing_rights`, which hides what the bank would refuse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.cosigning import (
    AwaitingDocument,
    bank_ca_der,
    fetch_awaiting,
    sign_awaiting,
    submit_signature,
)
from bsclient.client.documents.record import DocumentRecord
from bsclient.client.models import UserInfo
from bsclient.client.session.rights import may_prepare, may_sign_first, signs_second
from bsclient.formatting import day
from bsclient.rules import ValidationError, parse_amount
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.sign_and_send import signing_refusal
from bsclient.ui.payments.signatures_panel import signed_at_text
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.widgets.status_text import status_label
from bsclient.ui.workplace import Workplace

AWAITING_POLL_INTERVAL_MS = 30_000
NUMBER, DATE, BENEFICIARY, AMOUNT, CURRENCY, FIRST_SIGNER, SIGNED_AT = range(7)


def apply_signing_rights(window: QWidget, user: UserInfo) -> None:
    """Hides the actions the bank would refuse this user (R3.4): New, import and batch signing for
    a user who may only view; batch signing for one who cannot place a first or single signature."""
    for name in ("newPaymentAction", "import1cAction"):
        action = window.findChild(QAction, name)
        if action is not None:
            action.setVisible(may_prepare(user))
            action.setEnabled(may_prepare(user))
    sign = window.findChild(QAction, "signSelectedAction")
    if sign is not None:
        sign.setVisible(may_sign_first(user))
        sign.setEnabled(may_sign_first(user))


class AwaitingSignatures(QObject):
    """Owns `action` ("Awaiting my signature (2)", shown to second signers only) and its window;
    `signed(record)` after a second signature was sent."""

    signed = Signal(object)

    def __init__(self, workplace: Workplace, window: QWidget) -> None:
        super().__init__(window)  # the window through parent() only, as MailCounter does
        self._workplace = workplace
        self._window: AwaitingWindow | None = None
        self._polling = False
        self.count = 0
        self.action = QAction(QIcon.fromTheme("document-edit-sign"), "", window)
        self.action.setObjectName("awaitingSignatureAction")
        self.action.setToolTip(self.tr("Documents a first signer sent that await your second signature"))
        self.action.triggered.connect(self.open_window)
        self.action.setVisible(signs_second(workplace.user))
        self._show(0)
        self._timer = QTimer(self)
        self._timer.setInterval(AWAITING_POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        if signs_second(workplace.user):
            self._timer.start()
            self.poll()
            # Polls only while the main window is shown: after Sign out the next user's session
            # must not be asked on behalf of this window.
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self._timer.stop()
        elif event.type() == QEvent.Type.Show:
            self._timer.start()
        return False

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        api = self._workplace.api
        run_in_background(self, lambda: fetch_awaiting(api), on_success=self._fetched,
                          on_failure=lambda _exc: setattr(self, "_polling", False))

    def _fetched(self, documents: list[AwaitingDocument]) -> None:
        self._polling = False
        self._show(len(documents))

    def _show(self, count: int) -> None:
        self.count = count
        text = self.tr("Awaiting my si&gnature ({count})").format(count=count) if count else \
            self.tr("Awaiting my si&gnature")
        self.action.setText(text)
        font = QFont(self.action.font())
        font.setBold(count > 0)  # like the Mail counter: something waits for this user
        self.action.setFont(font)

    def open_window(self) -> AwaitingWindow:
        if self._window is None:
            parent = self.parent()
            assert isinstance(parent, QWidget)
            self._window = AwaitingWindow(self._workplace, parent)
            self._window.signed.connect(self.signed.emit)
            self._window.loaded.connect(self._show)
            self._window.destroyed.connect(lambda: setattr(self, "_window", None))
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        self._window.load()
        return self._window


class AwaitingWindow(QDialog):
    """The list of documents awaiting this user's signature; `signed(record)` after each one sent,
    `loaded(count)` after each answer from the bank."""

    signed = Signal(object)
    loaded = Signal(int)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("awaitingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Documents awaiting your signature"))
        self._workplace = workplace
        self._documents: list[AwaitingDocument] = []
        self._editors: dict[str, QWidget] = {}

        intro = QLabel(self.tr("These payment orders carry a first signature and await your second. Open one to "
                               "check it, then sign it: the bank executes it after your signature."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("awaitingTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Date"), self.tr("Beneficiary"), self.tr("Amount"), self.tr("Currency"),
            self.tr("First signature"), self.tr("Signed at")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BENEFICIARY, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_selected())
        self.empty_label = QLabel(self.tr("No document awaits your signature."), self)
        self.empty_label.setObjectName("awaitingEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("awaitingMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.busy = BusyIndicator(self)

        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("awaitingRefreshButton")
        self.refresh_button.clicked.connect(self.load)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("awaitingOpenButton")
        self.open_button.clicked.connect(self.open_selected)
        self.sign_button = QPushButton(self.tr("&Sign and send"), self)
        self.sign_button.setObjectName("awaitingSignButton")
        self.sign_button.setToolTip(self.tr("Place your second signature with the key carrier and send it to the bank"))
        self.sign_button.clicked.connect(self.sign_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(0)
        for button in (self.refresh_button, self.open_button, self.sign_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message_label)
        add_help(self, "awaiting-signature", buttons)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 420)
        unique_mnemonics(self)
        self._update_buttons()
        enter_presses(self, None)

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        self.busy.start(self.tr("Asking the bank for documents awaiting your signature…"))
        self._update_buttons()
        api = self._workplace.api
        run_in_background(self, lambda: fetch_awaiting(api), on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, documents: list[AwaitingDocument]) -> None:
        self.busy.stop()
        selected = self.selected()
        self._documents = documents
        self.table.setRowCount(len(documents))
        for row, document in enumerate(documents):
            order = document.order
            first = document.signatures.signatures[0] if document.signatures.signatures else None
            try:  # display only: grouped as the locale groups money
                amount = format_money(parse_amount(order.amount))
            except ValidationError:
                amount = order.amount
            cells = [order.number, day(order.date), order.beneficiary.name, amount, order.currency,
                     first.signer if first else "—", signed_at_text(first.signed_at if first else None)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == AMOUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if documents:
            keep = next((i for i, d in enumerate(documents) if selected and d.id == selected.id), 0)
            self.table.selectRow(keep)
        self.table.setVisible(bool(documents))
        self.empty_label.setVisible(not documents)
        self._update_buttons()
        self.loaded.emit(len(documents))

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self._say(error_text(exc), error=True)
        self._update_buttons()

    def documents(self) -> list[AwaitingDocument]:
        return list(self._documents)

    def selected(self) -> AwaitingDocument | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._documents):
            return None
        return self._documents[rows[0].row()]

    def select(self, doc_id: str) -> None:
        row = next(i for i, d in enumerate(self._documents) if d.id == doc_id)
        self.table.selectRow(row)

    # --- opening and signing -----------------------------------------------------------------

    def open_selected(self) -> QWidget | None:
        """The selected document in the payment editor, read-only, with its signatures and a Sign button."""
        # Start-up: the editor imports much; only when a document is first opened.
        from bsclient.ui.payments.editor import PaymentEditor  # noqa: PLC0415 - start-up

        document = self.selected()
        if document is None:
            return None
        if document.id in self._editors:
            self._editors[document.id].raise_()
            return self._editors[document.id]
        editor = PaymentEditor(self._workplace, document.as_record(), parent=self)
        editor.setObjectName("awaitingEditor")
        editor.comforts.recall_offered = False  # the first signer's computer holds it; it may recall it
        editor.comforts.update_state()
        sign = QPushButton(self.tr("Sign as second signer"), editor)
        sign.setObjectName("secondSignButton")
        sign.clicked.connect(lambda: self._sign_from_editor(document.id))
        editor.add_action_button(sign)
        self._editors[document.id] = editor
        editor.destroyed.connect(lambda: self._editors.pop(document.id, None))
        editor.show()
        return editor

    def _sign_from_editor(self, doc_id: str) -> None:
        self.select(doc_id)
        self.sign_selected()

    def sign_selected(self) -> None:
        document = self.selected()
        workplace = self._workplace
        if document is None:
            return
        refusal = signing_refusal(workplace)
        if refusal is not None:
            self._say(error_text(refusal), error=True)
            return
        assert workplace.carrier is not None  # signing_refusal says why when there is none
        signer, api = workplace.carrier.signer(), workplace.api
        self.message_label.hide()
        self.busy.start(self.tr("Signing document {number} on the key carrier…").format(number=document.order.number))
        self._update_buttons()
        run_in_background(self, lambda: sign_awaiting(document, signer, bank_ca_der(api)),
                          on_success=lambda signature: self._send(document, signature), on_failure=self._failed)

    def _send(self, document: AwaitingDocument, signature: bytes) -> None:
        self.busy.start(self.tr("Sending the second signature of document {number} to the bank…").format(
            number=document.order.number))
        workplace = self._workplace
        api, store, name = workplace.api, workplace.store, workplace.signer_name
        run_in_background(self, lambda: submit_signature(api, store, document, signature, name),
                          on_success=self._sent, on_failure=self._failed)

    def _sent(self, record: DocumentRecord) -> None:
        self.busy.stop()
        self._say(self.tr("Document {number} is signed and sent: {status}.").format(
            number=record.order.number, status=status_label(record.status)))
        editor = self._editors.pop(record.id, None)
        if editor is not None:
            editor.close()
        self.signed.emit(record)
        self.load()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b3261e;" if error else "color: #1d7a32;")
        self.message_label.show()

    def _update_buttons(self) -> None:
        busy = self.busy.busy
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.sign_button.setEnabled(has and not busy)
        self.refresh_button.setEnabled(not busy)
        for editor in self._editors.values():
            button = editor.findChild(QPushButton, "secondSignButton")
            if button is not None:
                button.setEnabled(not busy)

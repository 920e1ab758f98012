"""Set-up step 3: the key carrier. Its PKCS#11 module is found among the known places (or chosen),
the reader's token shown, the PIN typed, and the keys listed with owner, validity and issuer (R5.1, R5.7).
Every carrier call runs in the background (the Carrier hands it to its token thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from bsclient.client.carrier import (
    KeyPair,
    Pin,
    PinLockedError,
    TokenInfo,
    TokenNotFoundError,
    carrier_name,
    installed_known_modules,
)
from bsclient.client.session.key_request import bank_keys
from bsclient.crypto import certificate_info
from bsclient.ui.background import run_in_background
from bsclient.ui.login.pin_dialog import before_typing
from bsclient.ui.setup.context import GOOD_COLOUR, SetupContext, add_rows, date_text, error_label, set_texts, show_text
from bsclient.ui.setup.page import SetupPage
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text


def installed_modules(preset: str) -> list[str]:
    """The preset module first, then the known ones present on this computer."""
    found = installed_known_modules()
    return list(dict.fromkeys([preset, *found] if preset else found))


class CarrierPage(SetupPage):
    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("carrierPage")
        self._context = context
        self._token: TokenInfo | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.module_combo = QComboBox(self)
        self.module_combo.setObjectName("moduleCombo")
        self.module_combo.setEditable(True)
        self.module_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.module_combo.setMinimumContentsLength(30)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseModuleButton")
        self.browse_button.clicked.connect(self._browse)
        self.token_label = QLabel(self)
        self.token_label.setObjectName("tokenLabel")
        self.token_label.setWordWrap(True)
        self.reader_label = QLabel(self)
        self.reader_label.setObjectName("readerLabel")
        self.reader_label.setWordWrap(True)
        self.token_combo = QComboBox(self)  # shown when several carriers are inserted
        self.token_combo.setObjectName("tokenCombo")
        self.token_combo.hide()
        self.token_combo.currentIndexChanged.connect(self._token_chosen)
        self._tokens: list[TokenInfo] = []
        self._readers: dict[str, str] = {}  # serial -> the reader's name
        self.look_button = QPushButton(self)
        self.look_button.setObjectName("lookForCarrierButton")
        self.look_button.clicked.connect(self.look_for_carrier)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("setupPinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.returnPressed.connect(self.open_carrier)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCarrierButton")
        self.open_button.clicked.connect(self.open_carrier)
        self.error_label = error_label(self, "carrierErrorLabel")
        self.busy = BusyIndicator(self)
        self.keys_tree = QTreeWidget(self)
        self.keys_tree.setObjectName("keysTree")
        self.keys_tree.setRootIsDecorated(False)
        self.keys_tree.setColumnCount(3)
        self.keys_tree.setMinimumHeight(90)
        self.keys_note = QLabel(self)
        self.keys_note.setObjectName("keysNote")
        self.keys_note.setWordWrap(True)

        module_row = QHBoxLayout()
        module_row.addWidget(self.module_combo, 1)
        module_row.addWidget(self.browse_button)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_label, 1)
        token_row.addWidget(self.token_combo, 1)
        token_row.addWidget(self.look_button)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_edit, 1)
        pin_row.addWidget(self.open_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = add_rows(self.form, self, [module_row, token_row, self.reader_label, pin_row])
        self.form_labels[0].setBuddy(self.module_combo)
        self.form_labels[3].setBuddy(self.pin_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.keys_tree, 1)
        layout.addWidget(self.keys_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The key carrier"))
        self.intro.setText(self.tr("Insert the key carrier (the token with your signing key) and type its PIN. "
                                   "The client lists the keys it holds."))
        set_texts(self.form_labels, [self.tr("Carrier &driver:"), self.tr("Carrier:"), self.tr("Reader:"),
                                     self.tr("&PIN:")])
        self.browse_button.setText(self.tr("&Choose…"))
        self.look_button.setText(self.tr("&Look again"))
        self.open_button.setText(self.tr("&Open"))
        self.keys_tree.setHeaderLabels([self.tr("Owner"), self.tr("Valid"), self.tr("Issuer")])
        if self._token is None and not self.busy.busy:
            self.token_label.setText(self.tr("not looked for yet"))

    def initializePage(self) -> None:
        data = self._context.data
        if self.module_combo.count() == 0:
            self.module_combo.addItems(installed_modules(data.pkcs11_module))
        preset = data.module_preset
        self.module_combo.setEnabled(not preset)
        self.browse_button.setVisible(not preset)
        if not self._context.carrier.is_open:
            self.look_for_carrier()

    def isComplete(self) -> bool:
        return self._context.carrier.is_open and not self.busy.busy

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The key carrier's PKCS#11 driver"))
        if path:
            self.module_combo.setCurrentText(path)
            self.look_for_carrier()

    # --- the carrier, in the background ---------------------------------------------------------

    def look_for_carrier(self) -> None:
        path = self.module_combo.currentText().strip()
        if not path:
            show_text(self.error_label, self.tr("No key carrier driver was found on this computer. Choose the "
                                                "driver file your IT staff or the bank named."))
            return
        context, label, carrier = self._context, self._context.data.token_label, self._context.carrier
        self._token = None
        carrier.close_session(wait=False)  # a carrier opened before: its key is not this page's any more
        context.keys = []
        context.data.has_bank_certificate = False
        self.keys_tree.clear()
        self.keys_note.hide()
        self._set_busy(self.tr("Looking for the key carrier…"))
        self.token_label.setText(self.tr("looking…"))
        carrier.use_module(path)

        def find() -> list[tuple[TokenInfo, str]]:
            # The preset label chooses; without one every inserted carrier is offered.
            found = [carrier.choose(label=label)] if label else carrier.tokens()
            if not found:
                raise TokenNotFoundError()
            return [(token, carrier.reader_name(token)) for token in found]

        run_in_background(self, find, on_success=self._found, on_failure=self._not_found)

    def _found(self, found: list[tuple[TokenInfo, str]]) -> None:
        self._done()
        tokens = [token for token, _ in found]
        self._readers = {token.serial: reader for token, reader in found}
        self._context.data.pkcs11_module = self.module_combo.currentText().strip()
        self._tokens = tokens
        self.token_combo.blockSignals(True)
        self.token_combo.clear()
        for index, token in enumerate(tokens):  # label and serial: the maker and model in the tooltip
            self.token_combo.addItem(self.tr("{label} (serial {serial})").format(label=token.label, serial=token.serial))
            self.token_combo.setItemData(index, self._token_text(token), Qt.ItemDataRole.ToolTipRole)
        self.token_combo.blockSignals(False)
        self.token_combo.setVisible(len(tokens) > 1)
        self.token_label.setVisible(len(tokens) <= 1)
        self._show_token(tokens[0])

    def _token_chosen(self, index: int) -> None:
        if 0 <= index < len(self._tokens):
            self._show_token(self._tokens[index])

    def _token_text(self, token: TokenInfo) -> str:
        text = self.tr("{label} (serial {serial}), {maker} {model}").format(
            label=token.label, serial=token.serial, maker=token.manufacturer, model=token.model)
        carrier = carrier_name(self.module_combo.currentText().strip())
        return text if carrier is None else self.tr("{token}; driver: {carrier}").format(token=text, carrier=carrier)

    def _show_token(self, token: TokenInfo) -> None:
        self._token = token
        self.error_label.hide()
        self.token_label.setText(self._token_text(token))
        self.reader_label.setText(self._readers.get(token.serial, ""))
        self.pin_edit.setEnabled(not token.pin_locked)
        self.open_button.setEnabled(not token.pin_locked)
        if token.pin_locked:
            show_text(self.error_label, error_text(PinLockedError()))
            return
        warning = before_typing(token.pin_tries)
        if warning:
            show_text(self.error_label, warning)
        self.pin_edit.setFocus()

    def _not_found(self, exc: Exception) -> None:
        self._done()
        self.token_combo.hide()
        self.token_label.show()
        self.token_label.setText(self.tr("not found"))
        self.reader_label.clear()
        show_text(self.error_label, error_text(exc))
        self.pin_edit.setEnabled(False)
        self.open_button.setEnabled(False)

    def open_carrier(self) -> None:
        token, carrier = self._token, self._context.carrier
        if token is None:
            return
        if not self.pin_edit.text():
            show_text(self.error_label, self.tr("Type the PIN of the key carrier."))
            return
        pin = Pin(self.pin_edit.text())
        self.pin_edit.clear()
        self._set_busy(self.tr("Opening the key carrier…"))
        carrier.close_session(wait=False)  # the page is not complete until the new session is open

        def open_session() -> list[KeyPair]:
            carrier.open(pin, label=token.label, serial=token.serial)
            try:
                return carrier.key_pairs()
            except BaseException:
                carrier.close_session()
                raise

        run_in_background(self, open_session, on_success=self._opened, on_failure=self._not_opened)

    def _opened(self, keys: list[KeyPair]) -> None:
        self._done()
        context = self._context
        context.keys = keys
        context.data.token_label = self._token.label if self._token else context.data.token_label
        ours = bank_keys(context.keys, context.data.ca_pem or b"")
        context.data.has_bank_certificate = bool(ours)
        if ours:
            context.carrier.use_key(ours[0])  # the bank's key: the one to sign with
        self._list_keys(context.keys)
        self.pin_edit.setEnabled(False)
        self.open_button.setEnabled(False)
        self.token_combo.setEnabled(False)  # its session is open: Look again to choose another
        self.completeChanged.emit()

    def _not_opened(self, exc: Exception) -> None:
        self._done()
        show_text(self.error_label, error_text(exc))
        locked = isinstance(exc, PinLockedError)
        self.pin_edit.setEnabled(not locked)
        self.open_button.setEnabled(not locked)
        if not locked:
            self.pin_edit.setFocus()

    def _list_keys(self, keys: list[KeyPair]) -> None:
        self.keys_tree.clear()
        for key in keys:
            if key.certificate_der is None:
                row = [key.label, self.tr("no certificate yet"), ""]
            else:
                info = certificate_info(key.certificate_der)
                row = [info.owner_name, self.tr("{start} to {end}").format(start=date_text(info.not_before),
                                                                          end=date_text(info.not_after)), info.issuer]
            QTreeWidgetItem(self.keys_tree, row)
        for column in range(3):
            self.keys_tree.resizeColumnToContents(column)
        if self._context.data.has_bank_certificate:
            show_text(self.keys_note, self.tr("The carrier holds a key certified by this bank: it will be used "
                                              "for signing."), GOOD_COLOUR)
        else:
            show_text(self.keys_note, self.tr("The carrier holds no certificate from this bank yet: after you sign "
                                              "in, the client makes a new key on the carrier and requests it."),
                      "#444444")

    def _set_busy(self, text: str) -> None:
        self.error_label.hide()
        self.busy.start(text)
        for widget in (self.look_button, self.open_button, self.pin_edit, self.browse_button, self.token_combo):
            widget.setEnabled(False)
        self.completeChanged.emit()

    def _done(self) -> None:
        self.busy.stop()
        self.look_button.setEnabled(True)
        self.browse_button.setEnabled(True)
        self.token_combo.setEnabled(True)
        self.completeChanged.emit()

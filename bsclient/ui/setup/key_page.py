"""Set-up step 6: a carrier without this bank's certificate gets a new key pair made on it; the request
waits for the bank (the key certificate act, offered here as PDF or print, signed at the branch;
`refbank certificates approve ID`), and the client installs the certificate on the carrier once it is
issued."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from bsclient.client.session.key_act import key_act
from bsclient.client.session.key_request import (
    KeyRequest,
    collect_key,
    forget_pending,
    pending_request,
    request_key,
    save_pending,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.security.key_act_offer import KeyActOffer
from bsclient.ui.setup.context import GOOD_COLOUR, SetupContext, date_text, error_label, show_text
from bsclient.ui.setup.page import SetupPage
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text


class KeyPage(SetupPage):
    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("keyPage")
        self._context = context
        self._request: KeyRequest | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.make_button = QPushButton(self)
        self.make_button.setObjectName("makeKeyButton")
        self.make_button.clicked.connect(self.make_key)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("keyStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkCertificateButton")
        self.check_button.clicked.connect(self.check_again)
        self.check_button.hide()
        self.act_offer = KeyActOffer(self)
        self.error_label = error_label(self, "keyErrorLabel")
        self.busy = BusyIndicator(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addWidget(self.act_offer)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your signing key"))
        self.intro.setText(self.tr("The key carrier holds no certificate from this bank yet. The client makes a new "
                                   "signing key on the carrier (the secret part never leaves it) and sends the bank "
                                   "a request for its certificate."))
        self.make_button.setText(self.tr("&Make the key and send the request"))
        self.check_button.setText(self.tr("&Check again"))
        self.act_offer.retranslate()

    def isComplete(self) -> bool:
        return self._context.data.certificate_installed

    def initializePage(self) -> None:
        """A request made in an earlier set-up, its key on this carrier, is asked about again, not made anew."""
        if self._request is not None:
            return
        context = self._context
        data_dir, keys = context.data_dir, list(context.keys)
        run_in_background(self, lambda: pending_request(data_dir, keys), on_success=self._earlier_request,
                          on_failure=lambda _: None)

    def _earlier_request(self, request: KeyRequest | None) -> None:
        if request is not None and self._request is None:
            self._answered(request)
            self.check_again()

    def make_key(self) -> None:
        context = self._context
        api, carrier, user = context.api, context.carrier, context.user
        if api is None or not carrier.is_open or user is None:
            return
        self._start(self.tr("Making the key on the carrier and sending the request…"))
        run_in_background(self, lambda: request_key(api, carrier, common_name=user.full_name),
                          on_success=self._answered, on_failure=self._failed)

    def check_again(self) -> None:
        context, request = self._context, self._request
        if request is None or context.api is None or not context.carrier.is_open:
            return
        api, carrier = context.api, context.carrier
        self._start(self.tr("Asking the bank for the certificate…"))
        run_in_background(self, lambda: collect_key(api, carrier, request), on_success=self._answered,
                          on_failure=self._failed)

    def _start(self, text: str) -> None:
        self.error_label.hide()
        self.busy.start(text)
        self.make_button.setEnabled(False)
        self.check_button.setEnabled(False)

    def _answered(self, request: KeyRequest) -> None:
        self.busy.stop()
        self._request = request
        data_dir = self._context.data_dir
        remember = ((lambda: forget_pending(data_dir)) if request.installed
                    else (lambda: save_pending(data_dir, request)))
        run_in_background(self, remember, on_success=lambda _: None, on_failure=lambda _: None)
        self.make_button.hide()
        self.check_button.setEnabled(True)
        if not request.installed:
            show_text(self.status_label, self.tr(
                "Request {id} waits for the bank. Sign the key certificate act at your branch; once the bank has "
                "approved it, press Check again. You may also close the set-up and come back later.").format(
                id=request.request_id), "#8a5a00")
            self.check_button.show()
            if self._context.user is not None:
                self.act_offer.offer(key_act(self._context.user, request))
            return
        context = self._context
        context.carrier.use_key(request.key)
        info = context.carrier.certificate
        assert info is not None
        context.data.certificate_installed = context.data.has_bank_certificate = True
        self.check_button.hide()
        self.act_offer.hide()
        show_text(self.status_label, self.tr("The bank issued the certificate and it is on the carrier: {owner}, "
                                             "valid {start} to {end}, issued by {issuer}.").format(
            owner=info.owner_name, start=date_text(info.not_before), end=date_text(info.not_after),
            issuer=info.issuer), GOOD_COLOUR)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.make_button.setEnabled(True)
        self.check_button.setEnabled(True)
        show_text(self.error_label, error_text(exc))

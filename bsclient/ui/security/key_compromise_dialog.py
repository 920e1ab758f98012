"""Session → "My key is compromised…" (R7.2): asks first, then revokes the certificate at the bank at once,
removes the old key from the carrier (it is never offered for signing again), makes a new key on the
carrier and sends its request, shows that it waits for the bank and offers the key certificate act to
save or print, and installs the certificate once the
bank has issued it ("Check again"; the request is remembered across restarts).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bsclient.client.session.key_act import key_act
from bsclient.client.session.key_compromise import forget_key, revoke_certificate
from bsclient.client.session.key_request import (
    KeyRequest,
    collect_waiting,
    forget_pending,
    pending_request,
    request_key,
    save_pending,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.security.key_act_offer import KeyActOffer
from bsclient.ui.widgets.confirm import confirm_destructive
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.workplace import Workplace

DONE, WORKING, WAITING, FAILED = "✔", "…", "…", "✖"


def key_waiting(workplace: Workplace) -> str | None:
    """The id of the new key's request the bank has not answered yet, if any."""
    return workplace.carrier.key_waiting if workplace.carrier is not None else None


class KeyCompromiseDialog(QDialog):
    """The steps and where they stand; not modal, the clerk may close it and check again later."""

    keyChanged = Signal()  # a new key's request was sent, or its certificate installed

    def __init__(self, workplace: Workplace, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyCompromiseDialog")
        self.setWindowTitle(self.tr("My key is compromised"))
        self._workplace = workplace
        self._data_dir = data_dir
        self.pending: str | None = key_waiting(workplace)  # the request id; read from the data dir at login
        title = QLabel(self.tr("A new signing key instead of the compromised one"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        title.setFont(bold)
        self.revoke_label = QLabel(self)
        self.remove_label = QLabel(self)
        self.request_label = QLabel(self)
        self.install_label = QLabel(self)
        for name, label in (("keyRevokeStep", self.revoke_label), ("keyRemoveStep", self.remove_label),
                            ("keyRequestStep", self.request_label), ("keyInstallStep", self.install_label)):
            label.setObjectName(name)
            label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("keyCompromiseStatus")
        self.status_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check again"), self)
        self.check_button.setObjectName("keyCheckAgainButton")
        self.check_button.clicked.connect(self.check_again)
        self.check_button.setEnabled(False)
        self.act_offer = KeyActOffer(self)
        close = QPushButton(self.tr("&Close"), self)
        close.setObjectName("keyCompromiseCloseButton")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for label in (self.revoke_label, self.remove_label, self.request_label, self.install_label):
            layout.addWidget(label)
        layout.addSpacing(10)
        layout.addWidget(self.status_label)
        layout.addWidget(self.act_offer)
        layout.addStretch(1)
        add_help(self, "key-compromised", buttons)
        unique_mnemonics(self)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 320)
        self._step(self.revoke_label, "", self.tr("Revoke the certificate at the bank"))
        self._step(self.remove_label, "", self.tr("Remove the old key from the carrier"))
        self._step(self.request_label, "", self.tr("Make a new key on the carrier and send its request"))
        self._step(self.install_label, "", self.tr("Install the certificate the bank issues"))

    def _step(self, label: QLabel, mark: str, text: str) -> None:
        label.setText(f"{mark or '○'}  {text}")

    # --- the steps ---------------------------------------------------------------------------

    def start(self) -> None:
        """Revoke and renew now, or, with a request already waiting, go on waiting for it."""
        if self.pending is not None:
            self._waiting(self.pending, first=False)
            return
        workplace, carrier = self._workplace, self._workplace.carrier
        if carrier is None or not carrier.is_open or carrier.key is None or carrier.certificate is None:
            self.status_label.setText(self.tr(
                "The key carrier is not open, so nothing was revoked. Plug the carrier in, enter its PIN, then "
                "choose My key is compromised again; or call the bank to revoke the key."))
            return
        self._step(self.revoke_label, WORKING, self.tr("Revoking the certificate at the bank…"))
        serial, api = carrier.certificate.serial, workplace.api
        run_in_background(self, lambda: revoke_certificate(api, serial), on_success=self._revoked,
                          on_failure=lambda exc: self._failed(self.revoke_label, exc))

    def _revoked(self, _moment: str) -> None:
        workplace, carrier = self._workplace, self._workplace.carrier
        assert carrier is not None  # start() revokes only with the carrier open
        old_key, serial = carrier.key, carrier.certificate.serial if carrier.certificate else ""
        carrier.forget_key()  # nothing is signed with it from now on
        self.keyChanged.emit()
        self._step(self.revoke_label, DONE, self.tr("The bank has revoked certificate {serial}: it accepts "
                                                    "nothing signed with it from now on.").format(serial=serial))
        api, name = workplace.api, workplace.user.full_name
        if not carrier.is_open or old_key is None:
            self._failed(self.remove_label, None)
            return
        self._step(self.remove_label, WORKING, self.tr("Removing the old key from the carrier…"))
        algorithm = "ec-p256" if old_key.algorithm == "ec" else "rsa-2048"
        data_dir = self._data_dir

        def renew() -> KeyRequest:
            forget_key(carrier, old_key)
            request = request_key(api, carrier, common_name=name, algorithm=algorithm, replacement=True)
            if request.installed:
                forget_pending(data_dir)
            else:
                save_pending(data_dir, request)  # the next login and Check again ask for it
            return request

        run_in_background(self, renew, on_success=self._requested,
                          on_failure=lambda exc: self._failed(self.request_label, exc))

    def _requested(self, request: KeyRequest) -> None:
        self._step(self.remove_label, DONE, self.tr("The old key was removed from the carrier."))
        if request.installed:
            self._installed(request)
            return
        self.pending = request.request_id
        if self._workplace.carrier is not None:
            self._workplace.carrier.await_key(request.request_id)
        self._waiting(request.request_id, first=True)
        self.act_offer.offer(key_act(self._workplace.user, request, replacement=True))
        self.keyChanged.emit()

    def _waiting(self, request_id: str, *, first: bool) -> None:
        if not first:
            self._step(self.revoke_label, DONE, self.tr("The certificate was revoked."))
            self._step(self.remove_label, DONE, self.tr("The old key was removed from the carrier."))
            self._offer_remembered_act()
        self._step(self.request_label, DONE, self.tr("New key made on the carrier; request {id} sent.").format(
            id=request_id))
        self._step(self.install_label, WAITING, self.tr("Waiting for the bank to issue the certificate."))
        self.status_label.setText(self.tr(
            "Your request {id} waits for the bank. Sign the act for the new key at the branch; once the bank has "
            "approved it, choose Check again. Until then you cannot sign.").format(id=request_id))
        self.check_button.setEnabled(True)
        self.check_button.setDefault(True)

    def _offer_remembered_act(self) -> None:
        """The act again for a request made earlier, its key read from the open carrier."""
        carrier, data_dir, user = self._workplace.carrier, self._data_dir, self._workplace.user
        if carrier is None or not carrier.is_open:
            return

        def offer(request: KeyRequest | None) -> None:
            if request is not None:
                self.act_offer.offer(key_act(user, request, replacement=True))

        run_in_background(self, lambda: pending_request(data_dir, carrier.key_pairs()), on_success=offer,
                          on_failure=lambda _: None)  # no act to offer; the request still waits

    def check_again(self) -> None:
        pending, workplace, carrier = self.pending, self._workplace, self._workplace.carrier
        if pending is None:
            return
        if carrier is None or not carrier.is_open:
            self.status_label.setText(self.tr("The key carrier is not open. Plug it in, enter its PIN, then "
                                              "choose Check again."))
            return
        self.check_button.setEnabled(False)
        self.status_label.setText(self.tr("Asking the bank about request {id}…").format(id=pending))
        api, data_dir = workplace.api, self._data_dir
        run_in_background(self, lambda: collect_waiting(api, carrier, data_dir), on_success=self._answered,
                          on_failure=self._not_installed)

    def _answered(self, request: KeyRequest | None) -> None:
        if request is None:  # the remembered request's key is not on this carrier
            self.check_button.setEnabled(True)
            self.status_label.setText(self.tr(
                "The new key of request {id} is not on the plugged-in carrier. Plug in the carrier you made the "
                "key on, sign in again, then choose Check again.").format(id=self.pending))
        elif request.installed:
            self._installed(request)
        else:
            self.check_button.setEnabled(True)
            self.status_label.setText(self.tr(
                "The bank has not approved request {id} yet. Sign the act at the branch, then check again "
                "later.").format(id=request.request_id))

    def _installed(self, request: KeyRequest) -> None:
        carrier = self._workplace.carrier
        assert carrier is not None  # only an open carrier installs a certificate
        self.pending = None
        carrier.use_key(request.key)
        info = carrier.certificate
        assert info is not None
        self._step(self.install_label, DONE, self.tr("Certificate {serial} installed on the carrier.").format(
            serial=info.serial))
        self.status_label.setText(self.tr("Done: you sign with the new key from now on."))
        self.act_offer.hide()
        self.check_button.setEnabled(False)
        self.keyChanged.emit()

    def _not_installed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.status_label.setText(error_text(exc))

    def _failed(self, label: QLabel, exc: Exception | None) -> None:
        text = label.text().split("  ", 1)[-1]
        label.setText(f"{FAILED}  {text}")
        self.status_label.setText(error_text(exc) if exc is not None else self.tr(
            "The key carrier is not open. Plug it in, enter its PIN, then choose My key is compromised again."))


class KeyCompromiseAction(QObject):
    """The menu action; asks for confirmation (Cancel is the default) unless a request already waits."""

    keyChanged = Signal()  # the workplace's key or key_waiting changed

    def __init__(self, window: QWidget, workplace: Workplace, data_dir: Path) -> None:
        super().__init__(window)
        self._window = window
        self._workplace = workplace
        self._data_dir = data_dir
        self.dialog: KeyCompromiseDialog | None = None
        self.action = QAction(QIcon.fromTheme("security-low"), self.tr("My &key is compromised…"), window)
        self.action.setObjectName("keyCompromisedAction")
        self.action.triggered.connect(self.confirm)

    def confirm(self) -> None:
        if key_waiting(self._workplace) is not None:
            self._open_dialog()
            return
        confirm_destructive(self._window, title=self.tr("My key is compromised"), question=self.tr(
            "The bank will revoke the certificate of your signing key at once: from then on it accepts nothing "
            "signed with this key, not even documents signed but not yet sent. The old key is removed from the "
            "carrier and a new one is made; the bank issues its certificate after you sign the act at the "
            "branch, and until then you cannot sign. Revoke the key now?"),
            action=self.tr("Revoke my key"), on_yes=self._open_dialog, name="keyCompromiseConfirm",
            action_name="keyCompromiseRevokeButton")

    def check_again(self) -> None:
        """The waiting key's "Check again" from the main window: the dialog, asking the bank at once."""
        self._open_dialog()
        assert self.dialog is not None
        self.dialog.check_again()

    def close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()

    def _open_dialog(self) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = KeyCompromiseDialog(self._workplace, self._data_dir, self._window)
            self.dialog.keyChanged.connect(self.keyChanged)
            self.dialog.show()
            self.dialog.start()
        self.dialog.raise_()
        self.dialog.activateWindow()


class KeyWaitingBar(QFrame):
    """In the main window while a new key waits for the bank: one sentence and "Check again"."""

    def __init__(self, workplace: Workplace, action: KeyCompromiseAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyWaitingBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#keyWaitingBar { background: #fff4ce; border: 1px solid #e0b100; }")
        self._workplace = workplace
        self.text_label = QLabel(self)
        self.text_label.setObjectName("keyWaitingLabel")
        self.text_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check again"), self)
        self.check_button.setObjectName("keyWaitingCheckButton")
        self.check_button.clicked.connect(action.check_again)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.check_button)
        action.keyChanged.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        request_id = key_waiting(self._workplace)
        if request_id is None:
            self.hide()
            return
        self.text_label.setText(self.tr(
            "Your new signing key waits for the bank's approval of request {id}: until then nothing can be signed, "
            "so sign the act for the new key at the branch and then press Check again.").format(id=request_id))
        self.show()

"""No clerk is locked out while a new key waits for the bank, through the real windows with a
SoftHSM2 carrier and a real refbank: "My key is compromised" → the application quits → a new start: the
login window, the one-time code (no valid certificate), the PIN → the main window says in one sentence that
the new key waits, signing is refused with that sentence (not "the carrier is not open") → the bank's
officer approves → Check again → the order is signed and taken by the bank. Then a restart after approval:
the certificate is installed at login and the carrier proves itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from bsclient.client.config import ClientConfig, load_config
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.session.key_request import remembered_request_id
from bsclient.ui.app import ClientApp
from refbank.pki.requests import approve_request
from tests.helpers.carriers import clerk_login, enrolled_carrier, write_client_config
from tests.helpers.clerk_driver import (
    WAIT_MS,
    click,
    fill_payment_order,
    let_go,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    sign_in_through_the_windows,
)
from tests.helpers.refbank_server import RunningBank
from tests.helpers.shots import shot


class Started:
    """One run of the application, quit by closing its main window."""

    def __init__(self, qtbot, config: ClientConfig) -> None:
        self.qtbot = qtbot
        self.quit: list[bool] = []
        self.stopped = False
        self.client = ClientApp(config, on_quit=lambda: self.quit.append(True))
        self.client.start()

    def sign_in(self, bank: RunningBank, *, code: bool) -> QWidget:
        qtbot, login = self.qtbot, clerk_login(bank)
        return sign_in_through_the_windows(qtbot, bank, login, code=code)

    def stop(self) -> None:
        self.stopped = True
        window = self.client.window
        if window is not None:
            window.close()
            self.qtbot.waitUntil(lambda: bool(self.quit), timeout=WAIT_MS)
        let_go(self.client)
        self.client.shutdown()


@pytest.fixture
def config(bank: RunningBank, softhsm_config: Path, tmp_path: Path) -> ClientConfig:
    carrier = enrolled_carrier(bank, softhsm_config)
    return load_config(write_client_config(tmp_path / "client", bank, carrier))


@pytest.fixture
def runs(qtbot) -> Iterator[list[Started]]:
    started: list[Started] = []
    yield started
    for run in started:
        if not run.stopped:
            run.stop()


def _dialog(qtbot, run: Started) -> QWidget:
    """This run's own key compromise dialog (an earlier run's may still be on the screen)."""
    action = run.client.selfservice.key_compromise
    qtbot.waitUntil(lambda: action.dialog is not None and action.dialog.isVisible(), timeout=WAIT_MS)
    return action.dialog


def _compromise(qtbot, window: QWidget) -> None:
    window.findChild(QAction, "keyCompromisedAction").trigger()
    boxes: list[QMessageBox] = []
    qtbot.waitUntil(lambda: bool(boxes.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                                              and w.objectName() == "keyCompromiseConfirm" and w.isVisible()) or boxes),
                    timeout=WAIT_MS)
    qtbot.mouseClick(boxes[0].findChild(QPushButton, "keyCompromiseRevokeButton"), Qt.MouseButton.LeftButton)


def test_a_restart_while_the_new_key_waits_lets_the_clerk_in_and_check_again_signs(
        qtbot, bank: RunningBank, config: ClientConfig, runs: list[Started]) -> None:
    first = Started(qtbot, config)
    runs.append(first)
    window = first.sign_in(bank, code=False)  # the enrolled carrier proves itself
    _compromise(qtbot, window)
    dialog = _dialog(qtbot, first)
    qtbot.waitUntil(dialog.findChild(QPushButton, "keyCheckAgainButton").isEnabled, timeout=WAIT_MS)
    request_id = first.client.workplace.carrier.key_waiting
    assert request_id is not None and remembered_request_id(config.data_dir) == request_id
    bar = window.findChild(QWidget, "keyWaitingBar")
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)  # at once in the running window too
    first.stop()
    assert not dialog.isVisible()  # it ends with the session it worked in

    # A new start: the clerk is let in by the one-time code, into a window where nothing can be signed.
    second = Started(qtbot, config)
    runs.append(second)
    window = second.sign_in(bank, code=True)
    workplace = second.client.workplace
    assert workplace.carrier.key is None and workplace.carrier.key_waiting == request_id
    assert "No signing key" in window.findChild(QLabel, "keyOwnerLabel").text()
    bar = window.findChild(QWidget, "keyWaitingBar")
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    sentence = bar.findChild(QLabel, "keyWaitingLabel").text()
    assert request_id in sentence and "approval" in sentence
    shot(window, "key-waiting-main-window-en")

    payer, beneficiary = payer_account(bank), other_company_account(bank)
    editor = open_new_payment(qtbot, second.client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                       iban=beneficiary["iban"], amount="1 234,00")
    click(qtbot, editor, "signAndSendButton")
    error = editor.findChild(QLabel, "editorErrorLabel")
    qtbot.waitUntil(lambda: request_id in error.text(), timeout=WAIT_MS)
    assert "not open" not in error.text() and "approval" in error.text()
    shot(editor, "key-waiting-sign-refused-en")

    # Not yet approved: Check again says so; then the bank's officer approves; Check again installs it.
    click(qtbot, bar, "keyWaitingCheckButton")
    dialog = _dialog(qtbot, second)
    status = dialog.findChild(QLabel, "keyCompromiseStatus")
    qtbot.waitUntil(lambda: "has not approved" in status.text(), timeout=WAIT_MS)
    approve_request(bank.data_dir, request_id)
    click(qtbot, bar, "keyWaitingCheckButton")
    qtbot.waitUntil(lambda: workplace.carrier.key is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT_MS)
    assert workplace.carrier.key_waiting is None and remembered_request_id(config.data_dir) is None
    assert "Signing key:" in window.findChild(QLabel, "keyOwnerLabel").text()  # the header shows the new key
    click(qtbot, dialog, "keyCompromiseCloseButton")

    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(second.client, doc_id) in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED),
                    timeout=WAIT_MS)
    click(qtbot, editor, "editorCloseButton")
    second.stop()


def test_a_restart_after_the_bank_approved_installs_the_certificate_at_login(
        qtbot, bank: RunningBank, config: ClientConfig, runs: list[Started]) -> None:
    first = Started(qtbot, config)
    runs.append(first)
    window = first.sign_in(bank, code=False)
    _compromise(qtbot, window)
    dialog = _dialog(qtbot, first)
    qtbot.waitUntil(dialog.findChild(QPushButton, "keyCheckAgainButton").isEnabled, timeout=WAIT_MS)
    request_id = first.client.workplace.carrier.key_waiting
    first.stop()
    approve_request(bank.data_dir, request_id)  # approved while the application is closed

    # The bank now wants the carrier's proof; the carrier's new key gets its certificate before it.
    second = Started(qtbot, config)
    runs.append(second)
    window = second.sign_in(bank, code=False)
    workplace = second.client.workplace
    assert workplace.carrier.key is not None and workplace.carrier.key.certificate_der is not None
    assert workplace.carrier.key_waiting is None and remembered_request_id(config.data_dir) is None
    assert not window.findChild(QWidget, "keyWaitingBar").isVisible()
    second.stop()

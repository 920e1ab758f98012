"""`bsclient-doctor --sign-in`: IT's proof that a workplace signs in, through the client's real windows.

It starts the client as a clerk does (the login window, the carrier's PIN and its proof, the main window)
without a display (Qt's offscreen platform unless one is asked for), fills the windows with the login,
password and PIN the person at the keyboard typed, and says how far it got. Nothing typed is kept or
printed; the bank session is closed at the end as the clerk's Exit closes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from bsclient.client.carrier import Pin
from bsclient.client.config import ClientConfig
from bsclient.ui.app import ClientApp, apply_language

TICK_MS = 100
WIND_UP_MS = 30_000


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    detail: str


@dataclass
class _Progress:
    stage: str = "the login window did not open"
    result: SignInResult | None = None
    pin_typed: bool = False
    login_typed: bool = False


def _visible(name: str) -> QWidget | None:
    return next((widget for widget in QApplication.topLevelWidgets()
                 if widget.objectName() == name and widget.isVisible()), None)


def _fill(window: QWidget, field: str, text: str, button: str) -> bool:
    """Types `text` into `field` and presses `button` once both are enabled; False while they are not."""
    edit, press = window.findChild(QLineEdit, field), window.findChild(QPushButton, button)
    if edit is None or press is None or not edit.isEnabled():
        return False
    edit.setText(text)
    if not press.isEnabled():
        return False
    press.click()
    return True


def _error_box() -> str | None:
    box = next((widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QMessageBox) and widget.isVisible()), None)
    return box.text() if box is not None else None


def _label_text(window: QWidget, name: str) -> str:
    label = window.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


class _Driver:
    """Moves through the way in, one look at the windows per tick."""

    def __init__(self, client: ClientApp, *, login: str, password: str, pin: Pin,
                 done: Callable[[SignInResult], None]) -> None:
        self.client, self.login, self.password, self.pin, self.done = client, login, password, pin, done
        self.progress = _Progress()

    def tick(self) -> None:
        progress = self.progress
        error = _error_box()
        if error:
            self.finish(False, f"{progress.stage}; the client said: {error}")
            return
        window = self.client.window
        if window is not None and window.isVisible():
            rows = window.accounts_table.accounts_model.rowCount()
            if rows and self.client.workplace is not None:
                self.finish(True, f"the main window opened for {self.client.workplace.user.full_name} "
                                  f"with {rows} account(s)")
            return
        if _visible("loginCodeDialog") is not None:
            self.finish(False, "the bank asks a one-time code instead of the carrier's proof: the carrier holds no "
                               "valid certificate of this bank for this login (set the workplace up in the client)")
        elif _visible("changePasswordDialog") is not None:
            self.finish(False, "the bank wants the password changed: the clerk signs in once in the client first")
        elif (pin := _visible("pinDialog")) is not None:
            self._pin(pin)
        elif (dialog := _visible("loginDialog")) is not None:
            self._login(dialog)

    def _login(self, dialog: QWidget) -> None:
        progress = self.progress
        if progress.login_typed:
            refusal = _label_text(dialog, "loginErrorLabel")
            if refusal:
                self.finish(False, f"the bank refused the login: {refusal}")
            return
        progress.stage = "the login window opened; the bank did not answer the login"
        edit = dialog.findChild(QLineEdit, "loginEdit")
        if edit is not None:
            edit.setText(self.login)
        progress.login_typed = _fill(dialog, "passwordEdit", self.password, "signInButton")

    def _pin(self, dialog: QWidget) -> None:
        progress = self.progress
        progress.stage = "the bank took the password; the carrier's PIN and proof did not complete"
        if progress.pin_typed:
            refusal = _label_text(dialog, "pinErrorLabel")
            if refusal:
                self.finish(False, f"the carrier refused: {refusal}")
            return
        progress.pin_typed = _fill(dialog, "pinEdit", self.pin.reveal(), "pinOkButton")

    def finish(self, ok: bool, detail: str) -> None:
        if self.progress.result is None:
            self.progress.result = SignInResult(ok, detail)
            self.done(self.progress.result)


WAY_IN = ("loginDialog", "loginCodeDialog", "changePasswordDialog", "pinDialog")


def _wind_up(client: ClientApp) -> None:
    """Out again as a clerk leaves: the main window closed (sign-out at the bank, the carrier's session
    closed), or the way in's window cancelled; each ends in the client's quit."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()
    if client.window is not None:
        client.window.close()
        return
    dialogs = [dialog for dialog in map(_visible, WAY_IN) if dialog is not None]
    for dialog in dialogs:
        dialog.close()  # a dialog closed is rejected: the client quits
    if not dialogs:
        client.quit()


def check_sign_in(config: ClientConfig, *, login: str, password: str, pin: Pin,
                  timeout_seconds: float = 90) -> SignInResult:
    """Signs in with the client's windows and closes the session again; how far it got."""
    app = QApplication.instance() or QApplication(["bsclient-doctor"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    apply_language(app, "en")  # the check reports in English, as every check of the doctor
    results: list[SignInResult] = []
    loop = QEventLoop()  # its own loop: the check may run where an application loop runs already
    client = ClientApp(config, on_quit=loop.quit)
    driver = _Driver(client, login=login, password=password, pin=pin, done=results.append)
    deadline = time.monotonic() + timeout_seconds
    timer = QTimer()

    def tick() -> None:
        if time.monotonic() > deadline:
            driver.finish(False, f"no main window after {timeout_seconds:.0f} s: {driver.progress.stage}")
        else:
            driver.tick()
        if results:
            timer.stop()
            _wind_up(client)
            QTimer.singleShot(WIND_UP_MS, loop.quit)  # a bank that no longer answers does not hold the check

    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    client.start()
    loop.exec()
    timer.stop()
    client.shutdown()
    return results[0] if results else SignInResult(False, driver.progress.stage)

"""The client locks itself after inactivity ([session] lock_after_minutes in config.toml).

When nobody has touched keyboard or mouse for `lock_after_minutes`, every window of the client is
covered by the carrier lock's `LockCover` (lock_cover.py), set up with a password field instead of the
PIN button. The windows stay as they are, so nothing typed is lost; input to them is held back. The
bank checks the password (POST /session/unlock) and counts a wrong one like a failed login. When the
bank's own session ended meanwhile (refbank/access/sessions.py), the cover says so and offers to sign in
again: signing out saves what the open editors hold as drafts, found in the list after signing in.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from bsclient.client.session.access import local_time_text
from bsclient.client.session.bank_errors import BankError
from bsclient.client.session.unlock import unlock
from bsclient.ui.background import run_in_background
from bsclient.ui.security.carrier_lock import SPARED_WINDOWS
from bsclient.ui.security.lock_cover import LockCover
from bsclient.ui.security.window_covers import WindowCovers
from bsclient.ui.widgets.error_dialog import error_text

PASSWORD_EDIT = "idleLockPasswordEdit"  # the password row on each cover


class IdleLock(QObject):
    """Covers the client's windows after `minutes` without input; the password (checked by the bank) unlocks.

    `sign_out` is called when the clerk chooses Sign out (or Sign in again after the bank's session ended).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, api: object, minutes: float, *, sign_out: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._minutes = max(0.0, minutes)
        self._sign_out = sign_out
        self._locked = False
        self._busy = False
        self._session_over = False
        self._windows = WindowCovers(self._make_cover, on_input=self._input,
                                     spared_names=frozenset({"pinDialog", "loginDialog"}),
                                     spared_types=SPARED_WINDOWS, parent=self)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(int(min(15.0, max(0.1, self._minutes * 60 / 4)) * 1000))
        self._timer.timeout.connect(self._check_idle)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        if self._minutes <= 0:
            return
        self._windows.start()
        self._last_input = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        """Signing out or quitting: no more locking; the covers go."""
        self._timer.stop()
        self._locked = False
        self._windows.stop()

    def covers(self) -> list[LockCover]:
        return self._windows.covers()

    # --- locking -----------------------------------------------------------------------------

    def _check_idle(self) -> None:
        if not self._locked and time.monotonic() - self._last_input >= self._minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self._session_over = False
        self._windows.cover_all()
        self.locked.emit()

    def _make_cover(self, window: QWidget) -> LockCover:
        cover = LockCover(window)
        cover.title_label.setText(self.tr("The client is locked"))
        cover.text_label.setText(self.tr(
            "Nobody has used the client for {minutes} min, so its windows are hidden. What you have typed "
            "is kept.").format(minutes=max(1, math.ceil(self._minutes))))
        cover.action_label.setText(self.tr("Type your password for the bank to go on."))
        cover.status_label.clear()
        password = QLineEdit(cover)
        password.setObjectName(PASSWORD_EDIT)
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setPlaceholderText(self.tr("Password"))
        password.returnPressed.connect(lambda: self._try_unlock(cover))
        cover.text_layout.insertWidget(cover.text_layout.indexOf(cover.status_label), password)
        cover.first_focus = password
        cover.pin_button.setText(self.tr("&Unlock"))
        cover.pin_button.setObjectName("idleLockUnlockButton")
        cover.pinRequested.connect(lambda: self._try_unlock(cover))
        cover.sign_out_button.setObjectName("idleLockSignOutButton")
        cover.signOutRequested.connect(self._sign_out_chosen)
        if self._session_over:
            self._show_session_over(cover)
        return cover

    # --- unlocking ---------------------------------------------------------------------------

    def _try_unlock(self, cover: LockCover) -> None:
        if self._busy or self._session_over:
            return
        edit = _password_edit(cover)
        password = edit.text()
        if not password:
            self._say(self.tr("Type your password, then choose Unlock."))
            return
        edit.clear()
        self._busy = True
        self._say(self.tr("Asking the bank to check the password…"))
        api = self._api
        run_in_background(self, lambda: unlock(api, password), on_success=lambda _: self._unlocked(),
                          on_failure=self._refused)

    def _unlocked(self) -> None:
        self._busy = False
        self._locked = False
        self._last_input = time.monotonic()
        self._windows.uncover()
        self.unlocked.emit()

    def _refused(self, exc: Exception) -> None:
        self._busy = False
        code = exc.code if isinstance(exc, BankError) else None
        params = exc.params if isinstance(exc, BankError) else {}
        if code == "wrong_credentials" and isinstance(params.get("tries_left"), int):
            self._say(self.tr("The password is wrong. Tries left before the bank blocks the user: {tries}. "
                              "Check the keyboard layout and Caps Lock.").format(tries=params["tries_left"]))
        elif code == "user_blocked":
            self._session_over = True
            until = params.get("until")
            text = (self.tr("Too many wrong passwords: the bank has blocked the user until {until} and ended the "
                            "session. Sign out: what the open documents hold is saved as drafts.").format(
                                until=local_time_text(until)) if isinstance(until, str)
                    else self.tr("The bank has blocked the user and ended the session. Sign out: what the open "
                                 "documents hold is saved as drafts; call the bank on its official number."))
            for cover in self.covers():
                self._show_session_over(cover, text)
        elif code == "session_expired":
            self._session_over = True
            for cover in self.covers():
                self._show_session_over(cover)
        else:
            self._say(error_text(exc))
        for cover in self.covers():
            edit = _password_edit(cover)
            if edit.isVisible():
                edit.setFocus()
                break

    def _show_session_over(self, cover: LockCover, text: str | None = None) -> None:
        cover.status_label.setText(text or self.tr(
            "While the client was locked, the bank ended your session. Sign in again: what the open documents "
            "hold is saved as drafts first, and you find them in the list after signing in."))
        cover.title_label.setText(self.tr("Your session with the bank has ended"))
        _password_edit(cover).hide()
        cover.pin_button.hide()
        cover.action_label.hide()
        cover.sign_out_button.setText(self.tr("&Sign in again"))
        cover.sign_out_button.setDefault(True)
        cover.sign_out_button.setFocus()
        panel = cover.status_label.parentWidget()
        if panel is not None:
            layout = panel.layout()
            if layout is not None:
                layout.invalidate()
            panel.updateGeometry()  # the panel shrinks to the rows still shown

    def _say(self, text: str) -> None:
        for cover in self.covers():
            cover.status_label.setText(text)

    def _sign_out_chosen(self) -> None:
        self._sign_out()

    # --- the application's events ----------------------------------------------------------

    def _input(self) -> None:
        if not self._locked:
            self._last_input = time.monotonic()


def _password_edit(cover: LockCover) -> QLineEdit:
    """The password row this lock put on `cover` (_make_cover)."""
    edit = cover.findChild(QLineEdit, PASSWORD_EDIT)
    assert edit is not None
    return edit

"""The main window's way into bank mail: a Mail action that shows how many letters are unread,
kept up to date by asking the bank while the client runs (R1.9)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import QWidget

from bsclient.client.mail import fetch_unread_count
from bsclient.ui.background import run_in_background
from bsclient.ui.mail.window import MailWindow
from bsclient.ui.workplace import Workplace

log = logging.getLogger(__name__)
MAIL_POLL_INTERVAL_MS = 5000


class MailCounter(QObject):
    """Owns `action` (text "Mail (3)", bold while letters are unread) and the mail window it opens;
    `said(text, timeout_ms)` when new letters came (the main window shows it in its status bar)."""

    unreadChanged = Signal(int)
    said = Signal(str, int)

    def __init__(self, workplace: Workplace, window: QWidget) -> None:
        # The window is reached through parent(), never kept in an attribute: window -> child ->
        # window would be a reference cycle, and Python's collector may then destroy the window
        # on whatever thread it runs (seen: a crash on a bank-io thread).
        super().__init__(window)
        self._workplace = workplace
        self._mail_window: MailWindow | None = None
        self._polling = False
        self._stopped = False
        self.unread = 0
        self.action = QAction(QIcon.fromTheme("mail-unread"), "", window)
        self.action.setObjectName("mailAction")
        self.action.triggered.connect(self.open_mail)
        self._show(0)
        self._timer = QTimer(self)
        self._timer.setInterval(MAIL_POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    def poll(self) -> None:
        """Ask the bank how many letters are unread (in the background)."""
        if self._polling or self._stopped:
            return
        self._polling = True
        api = self._workplace.api
        run_in_background(self, lambda: fetch_unread_count(api), on_success=self._counted, on_failure=self._not_counted)

    def _counted(self, unread: int) -> None:
        self._polling = False
        if self._stopped:
            return
        grew = unread > self.unread
        self._set_unread(unread)
        if not grew:
            return
        self.said.emit(self.tr("Unread letters from the bank: {count}. Open Mail to read them.").format(count=unread), 15000)
        if self.mail_window is not None:
            self.mail_window.reload()  # a new letter arrived: show it in the open window

    def _not_counted(self, exc: Exception) -> None:
        self._polling = False
        log.info("unread letters not counted: %s", exc)  # the main window reports the connection

    def _set_unread(self, unread: int) -> None:
        if unread != self.unread:
            self.unread = unread
            self._show(unread)
            self.unreadChanged.emit(unread)

    def _show(self, unread: int) -> None:
        if unread:
            self.action.setText(self.tr("&Mail ({count})").format(count=unread))
            self.action.setToolTip(self.tr("Bank mail: %n unread letters", "", unread))
        else:
            self.action.setText(self.tr("&Mail"))
            self.action.setToolTip(self.tr("Bank mail: letters to and from the bank"))
        font = QFont(self.action.font())
        font.setBold(bool(unread))
        self.action.setFont(font)

    def open_mail(self) -> MailWindow:
        if self._mail_window is None:
            parent = self.parent()
            assert isinstance(parent, QWidget)
            window = MailWindow(self._workplace, parent)
            window.unreadChanged.connect(self._set_unread)
            window.destroyed.connect(self._forget_window)
            self._mail_window = window
        self._mail_window.show()
        self._mail_window.raise_()
        self._mail_window.activateWindow()
        return self._mail_window

    @property
    def mail_window(self) -> MailWindow | None:
        if self._mail_window is not None and not shiboken6.isValid(self._mail_window):
            self._mail_window = None
        return self._mail_window

    def _forget_window(self) -> None:
        self._mail_window = None

    def stop(self) -> bool:
        """The main window closes: the mail window goes with it and no more asking; False (and
        nothing stopped) when the clerk keeps a letter being written."""
        window = self.mail_window
        if window is not None and not window.close():
            return False
        self._stopped = True
        self._timer.stop()
        return True

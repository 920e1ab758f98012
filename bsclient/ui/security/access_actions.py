"""The Session menu's self-service (R6.4, R6.5, R7.1): change password, block my access now, my journal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu

from bsclient.client.session.access import block_my_access
from bsclient.ui.background import run_in_background
from bsclient.ui.login.change_password_dialog import ChangePasswordDialog
from bsclient.ui.security.journal_window import JournalWindow
from bsclient.ui.widgets.confirm import confirm_destructive
from bsclient.ui.widgets.error_dialog import show_error
from bsclient.ui.workplace import Workplace


class AccessActions(QObject):
    def __init__(self, window: QMainWindow, workplace: Workplace, *, sign_out: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._workplace = workplace
        self._sign_out = sign_out
        self.journal_window: JournalWindow | None = None
        self.change_password_action = QAction(QIcon.fromTheme("dialog-password"), self.tr("Change &password…"), window)
        self.change_password_action.setObjectName("changePasswordAction")
        self.change_password_action.triggered.connect(self.change_password)
        self.journal_action = QAction(QIcon.fromTheme("document-open-recent"), self.tr("My &journal…"), window)
        self.journal_action.setObjectName("journalAction")
        self.journal_action.triggered.connect(self.open_journal)
        self.block_action = QAction(QIcon.fromTheme("security-low"), self.tr("&Block my access now…"), window)
        self.block_action.setObjectName("blockAccessAction")
        self.block_action.triggered.connect(self.confirm_block)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.change_password_action)
        menu.addAction(self.journal_action)
        menu.addSeparator()
        menu.addAction(self.block_action)
        menu.addSeparator()

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self._workplace.api, parent=self._window)
        dialog.accepted.connect(lambda: self._window.statusBar().showMessage(
            self.tr("The password was changed. Use the new one from the next sign-in.")))
        dialog.open()

    def open_journal(self) -> None:
        if self.journal_window is None:
            self.journal_window = JournalWindow(self._workplace.api, self._window)
        else:
            self.journal_window.reload()
        self.journal_window.show()
        self.journal_window.raise_()

    def confirm_block(self) -> None:
        confirm_destructive(
            self._window, title=self.tr("Block my access"),
            question=self.tr("The bank will block your access at once and you will be signed out. Only the "
                             "bank can unblock it: call it on its official number. Block your access now?"),
            action=self.tr("Block my access"), on_yes=self._block, name="blockAccessConfirm",
            action_name="blockAccessButton")

    def _block(self) -> None:
        api = self._workplace.api
        self._window.statusBar().showMessage(self.tr("Blocking your access at the bank…"))
        run_in_background(self, lambda: block_my_access(api), on_success=lambda _: self._sign_out(),
                          on_failure=lambda exc: show_error(self._window, exc))

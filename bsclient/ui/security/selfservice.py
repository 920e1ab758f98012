"""The self-service of a signed-in clerk, added to the main window after sign-in through its extension
points: the idle lock, the security notice, "My key is compromised…" (Session menu, after "Block my
access now…") and the Help menu's "What to do if you told someone a code" page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon

from bsclient.client.config import ClientConfig
from bsclient.ui.payments.main_window import HELP_MENU, SESSION_MENU, MainWindow
from bsclient.ui.security.idle_lock import IdleLock
from bsclient.ui.security.key_compromise_dialog import KeyCompromiseAction, KeyWaitingBar
from bsclient.ui.security.security_notice import SecurityNotice
from bsclient.ui.security.told_a_code_page import ToldACodePage


@dataclass
class SelfService:
    """What `install_selfservice` made, for the application to stop and the tests to drive."""

    idle_lock: IdleLock
    notice: SecurityNotice
    key_compromise: KeyCompromiseAction
    help_action: QAction
    window: MainWindow
    config: ClientConfig
    page: ToldACodePage | None = None

    def stop(self) -> None:
        self.idle_lock.stop()
        self.key_compromise.close_dialog()  # its workplace ends with the session

    def open_page(self) -> ToldACodePage:
        window = self.window
        if self.page is None:
            self.page = ToldACodePage(
                bank_phone=self.config.bank_phone, block_access=window.access.confirm_block,
                key_compromised=self.key_compromise.confirm, open_journal=window.access.open_journal,
                show_documents=lambda: _show_documents(window), parent=window)
        self.page.show()
        self.page.raise_()
        self.page.activateWindow()
        return self.page


def install_selfservice(window: MainWindow, config: ClientConfig, parent: QObject) -> SelfService:
    """Add the actions and the notice to `window`, start the idle lock, show the next notice."""
    workplace = window.workplace
    idle_lock = IdleLock(workplace.api, config.lock_after_minutes, sign_out=window.sign_out, parent=parent)
    notice = SecurityNotice(config.data_dir, window)
    key_compromise = KeyCompromiseAction(window, workplace, config.data_dir)
    # Under the header: a new key waiting for the bank (the sentence and Check again), then the notice.
    window.add_banner(KeyWaitingBar(workplace, key_compromise, window))
    window.add_banner(notice)
    window.add_action(SESSION_MENU, key_compromise.action, after=window.access.block_action)
    key_compromise.keyChanged.connect(window.show_signing_key)
    help_action = QAction(QIcon.fromTheme("help-contents"), "", window)
    service = SelfService(idle_lock, notice, key_compromise, help_action, window, config)
    menu_title, item_text = notice.help_menu_texts()
    help_action.setText(item_text)
    help_action.setObjectName("toldACodeAction")
    help_action.triggered.connect(service.open_page)
    window.add_menu(HELP_MENU, menu_title)
    window.add_action(HELP_MENU, window.help_action)  # F1: the help at the main window's topic
    window.add_action(HELP_MENU, help_action)
    notice.helpRequested.connect(service.open_page)
    idle_lock.unlocked.connect(notice.show_next)  # a rule again after the lock, unless turned off
    idle_lock.start()
    notice.show_next()
    return service


def _show_documents(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    window.refresh_action.trigger()
    window.payment_list.setFocus()

"""The application: QApplication, translations, and the way in (login → PIN → main window) and out."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bsclient.client.config import ClientConfig
from bsclient.messages import ClerkError
from bsclient.ui.background import run_in_background, wait_for_background_work
from bsclient.ui.language import TRANSLATIONS_DIR, apply_language, install_translations
from bsclient.ui.login.login_dialog import LoginDialog
from bsclient.ui.widgets.error_dialog import error_text, show_error

# The bank, the store, the carrier and the main window load after the login window shows
# (bench/startup.py measures it): these names are imported where they are first needed.
if TYPE_CHECKING:
    from bsclient.client.carrier import Carrier
    from bsclient.client.documents.backups import Backup
    from bsclient.client.documents.bank_restore import RestoreReport
    from bsclient.client.documents.local_store import OpenedStore, StorePlace
    from bsclient.client.documents.store import DocumentStore
    from bsclient.client.models import UserInfo
    from bsclient.client.session.bank_api import BankApi
    from bsclient.client.session.login import LoginAnswer
    from bsclient.ui.payments.main_window import MainWindow
    from bsclient.ui.security.carrier_lock import CarrierGuard
    from bsclient.ui.security.selfservice import SelfService
    from bsclient.ui.workplace import Workplace

__all__ = ["TRANSLATIONS_DIR", "ClientApp", "apply_language", "install_translations", "run_gui", "show_startup_error"]

log = logging.getLogger(__name__)


ICON_FILE = Path(__file__).resolve().parent / "icons" / "bsclient-256.png"


def present_program(app: QApplication) -> None:
    """The program's name, icon and desktop entry (kz.bsclient.client.desktop: the taskbar groups its windows under it)."""
    app.setApplicationName("bsclient")
    app.setDesktopFileName("kz.bsclient.client")
    app.setWindowIcon(QIcon(str(ICON_FILE)))


def install_excepthook() -> None:
    """Errors nobody caught in a slot go to the clerk (on the GUI thread) and to the log."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread() and isinstance(exc, Exception):
            show_error(QApplication.activeWindow(), exc)
        else:
            previous(kind, exc, tb)

    sys.excepthook = hook


class ClientApp(QObject):
    """Opens the bank connection and the store, then leads the clerk in; `finished` via `on_quit`."""

    def __init__(self, config: ClientConfig, *, on_quit: Callable[[], None], config_path: Path | None = None) -> None:
        super().__init__()
        self.config = config
        self.config_path = config_path  # where `config` came from: Session ▸ Set up again… writes there
        self.carrier: Carrier | None = None  # made for the first PIN; its session is open while the clerk is in
        self.api: BankApi | None = None
        self.store: DocumentStore | None = None
        self.workplace: Workplace | None = None
        self.window: MainWindow | None = None
        self.carrier_guard: CarrierGuard | None = None  # locks when the carrier is pulled out (R6.7)
        self.selfservice: SelfService | None = None  # idle lock, notice, key compromise, help (selfservice.py)
        self._dialog: QDialog | None = None  # the way in's window shown now
        self._on_quit = on_quit
        self._restore_from_bank = False  # the store was restored: the bank fills it in after sign-in
        self._rescue: QDialog | None = None  # the store's rescue window, while the store is in trouble
        self._waiting_user: UserInfo | None = None  # signed in while the store is still being restored

    def start(self) -> None:
        """Show the login window at once; the bank connection and the store open meanwhile."""
        self.show_login()
        # the window's first paint goes before the imports and files of the bank and the store
        QTimer.singleShot(0, lambda: run_in_background(self, lambda: open_resources(self.config),
                                                       on_success=self._resources_open,
                                                       on_failure=self._cannot_start))

    def _cannot_start(self, exc: Exception) -> None:
        # The box stays until the clerk has read it; the client quits after.
        show_error(None, exc, on_closed=self._finish)

    def _resources_open(self, resources: tuple[BankApi, OpenedStore]) -> None:
        self.api, opened = resources
        self.store = opened.store
        if isinstance(self._dialog, LoginDialog):
            self._dialog.set_api(self.api)
        for problem in opened.not_private:
            show_error(self._dialog, ClerkError(problem))
        if opened.trouble is not None:
            self._rescue_store(opened)

    def _rescue_store(self, opened: OpenedStore) -> None:
        """The store could not be opened: a window that stays until the clerk chooses how to restore."""
        # Start-up: the rescue window loads only when the store is in trouble.
        from bsclient.client.documents.local_store import restore_at_start  # noqa: PLC0415 - start-up
        from bsclient.ui.security.store_rescue import StoreRescueDialog  # noqa: PLC0415 - start-up

        assert opened.trouble is not None
        place = store_place(self.config)

        def restore(backup: Backup | None) -> None:
            run_in_background(self, lambda: restore_at_start(place, backup), on_success=self._store_restored,
                              on_failure=self._cannot_start)

        self._rescue = StoreRescueDialog(opened.trouble, opened.backups, restore_backup=restore,
                                         restore_from_bank=lambda: restore(None), on_quit=self.quit,
                                         parent=self._dialog)
        self._rescue.open()

    def _store_restored(self, store: DocumentStore) -> None:
        self.store = store
        self._restore_from_bank = True
        if self._waiting_user is not None:
            user, self._waiting_user = self._waiting_user, None
            self._carrier_open(user)

    def show_login(self) -> None:
        dialog = LoginDialog(self.api, server_url=self.config.server_url, ca_file=self.config.ca_file)
        dialog.accepted.connect(lambda: self._logged_in(dialog.answer))
        dialog.rejected.connect(self.quit)
        self._dialog = dialog
        dialog.show()

    def _logged_in(self, answer: LoginAnswer | None) -> None:
        # Start-up: the carrier (PyKCS11) and the bank's modules load after the login window shows.
        from bsclient.client.carrier import Carrier  # noqa: PLC0415 - start-up
        from bsclient.client.session.login import CarrierProofNeeded, LoginCodeNeeded, user_of  # noqa: PLC0415 - start-up
        from bsclient.ui.login.pin_dialog import PinDialog  # noqa: PLC0415 - start-up
        from bsclient.ui.login.second_factor import (  # noqa: PLC0415 - start-up
            ask_login_code,
            carrier_prover,
            waiting_key_collector,
        )

        assert answer is not None and self.api is not None
        if isinstance(answer, LoginCodeNeeded):  # R8.2: a one-time code instead of the carrier's proof
            self._dialog = ask_login_code(self.api, answer, on_done=self._logged_in,
                                          on_cancel=self.quit)
            return
        user = user_of(answer)
        if user.password_change and not isinstance(answer, CarrierProofNeeded):
            self._force_password_change(user)  # R5.5: first login or an expired password: the change first
            return
        if self.carrier is None:
            # The windows never wait for the carrier: its calls run in the background.
            self.carrier = Carrier(self.config.pkcs11_module, refuse_main_thread=True)
        # R8.2: the carrier signs the bank's challenge right after the PIN; the proof is sent after it.
        prove = carrier_prover(self.api, answer) if isinstance(answer, CarrierProofNeeded) else None
        # A new key waiting for the bank never locks the clerk out (key_request.collect_waiting).
        dialog = PinDialog(self.carrier, token_label=self.config.token_label, prove=prove,
                           collect_waiting=waiting_key_collector(self.api, self.config.data_dir))
        dialog.accepted.connect(lambda: self._carrier_proven(user))
        dialog.rejected.connect(self.quit)
        self._dialog = dialog
        dialog.show()

    def open_after_setup(self, api: BankApi, user: UserInfo, carrier: Carrier) -> None:
        """The set-up wizard has signed in and opened the carrier: straight to the main window."""
        self.api, self.carrier = api, carrier
        config = self.config

        def store_open(opened: OpenedStore) -> None:
            self.store = opened.store
            if opened.trouble is not None:  # a fresh set-up over a store in trouble: rescue it first
                self._rescue_store(opened)
            self._carrier_open(user)

        run_in_background(self, lambda: open_local_store(config), on_success=store_open,
                          on_failure=self._cannot_start)

    def _carrier_proven(self, user: UserInfo) -> None:
        if user.password_change:  # the bank serves the change only after the carrier's proof
            self._force_password_change(user, carrier_open=True)
        else:
            self._carrier_open(user)

    def _force_password_change(self, user: UserInfo, *, carrier_open: bool = False) -> None:
        # Start-up: the change window loads only for a clerk who must change the password.
        from bsclient.ui.login.change_password_dialog import ChangePasswordDialog  # noqa: PLC0415 - start-up

        changed = replace(user, password_change=None)
        dialog = ChangePasswordDialog(self.api, forced=user.password_change)
        if carrier_open:
            dialog.accepted.connect(lambda: self._carrier_open(changed))
        else:
            dialog.accepted.connect(lambda: self._logged_in(changed))
        dialog.rejected.connect(self.quit)  # quitting closes the carrier's session, if open
        self._dialog = dialog
        dialog.show()

    def _carrier_open(self, user: UserInfo) -> None:
        # Start-up: the main window and what comes with it load after the login window shows.
        from bsclient.ui.payments.main_window import MainWindow  # noqa: PLC0415 - start-up
        from bsclient.ui.security.selfservice import install_selfservice  # noqa: PLC0415 - start-up
        from bsclient.ui.setup.again import install_setup_action  # noqa: PLC0415 - start-up
        from bsclient.ui.workplace import Workplace  # noqa: PLC0415 - start-up

        if self.store is None:  # the clerk chose how to restore it; the main window opens once it is there
            self._waiting_user = user
            return
        assert self.carrier is not None and self.api is not None
        self.workplace = Workplace(api=self.api, store=self.store, user=user, carrier=self.carrier)
        self.window = MainWindow(self.workplace)
        self.window.closed.connect(self._window_closed)
        self._dialog = None
        self.window.show()
        self._guard_carrier(self.window)
        self.selfservice = install_selfservice(self.window, self.config, self)
        install_setup_action(self.window, self.config, self.config_path, self.carrier)
        if self._restore_from_bank:
            self._restore_from_bank = False
            self._bring_back_from_bank(self.window)

    def _bring_back_from_bank(self, window: MainWindow) -> None:
        # Start-up: only after a restore.
        from bsclient.client.documents.bank_restore import restore_from_bank  # noqa: PLC0415 - start-up
        from bsclient.ui.security.store_rescue import show_restore_report  # noqa: PLC0415 - start-up

        api, store = self.api, self.store
        assert api is not None and store is not None
        window.show_message(QCoreApplication.translate("App", "Bringing the documents back from the bank…"))

        def done(report: RestoreReport) -> None:
            window.show_message("")
            window.reload_documents()
            show_restore_report(window, report)

        run_in_background(window, lambda: restore_from_bank(api, store), on_success=done,
                          on_failure=lambda exc: show_error(window, exc))

    def _guard_carrier(self, window: MainWindow) -> None:
        from bsclient.ui.security.carrier_lock import CarrierGuard  # noqa: PLC0415 - start-up: after the window

        assert self.workplace is not None
        self.carrier_guard = CarrierGuard(self.workplace, self.config, sign_out=window.sign_out,
                                          main_window=window, parent=self)
        self.carrier_guard.start()

    def _window_closed(self, sign_out: bool) -> None:
        self.window = None
        self._close_session(then=self.show_login if sign_out else self._finish)

    def quit(self) -> None:
        self._close_session(then=self._finish)

    def _close_session(self, *, then: Callable[[], None]) -> None:
        """Log out at the bank and close the carrier's session, off the GUI thread."""
        api, carrier = self.api, self.carrier
        self.workplace = None
        if self.carrier_guard is not None:
            self.carrier_guard.stop()
            self.carrier_guard = None
        if self.selfservice is not None:
            self.selfservice.stop()
            self.selfservice = None

        def close() -> None:
            if api is not None:
                api.logout()
            if carrier is not None:
                carrier.close_session()

        def failed(exc: Exception) -> None:
            log.warning("closing the session failed: %s", exc)
            then()

        run_in_background(self, close, on_success=lambda _: then(), on_failure=failed)

    def _finish(self) -> None:
        self._on_quit()

    def shutdown(self) -> None:
        """After the event loop: let background work end, unload the carrier's module, close the store."""
        wait_for_background_work()
        if self.carrier is not None:
            self.carrier.shutdown()
        if self.store is not None:
            self.store.close()
        if self.api is not None:
            self.api.close()


def store_place(config: ClientConfig) -> StorePlace:
    from bsclient.client.documents.local_store import StorePlace  # noqa: PLC0415 - start-up: on a worker

    return StorePlace(config.data_dir, config.store_key_file)


def open_local_store(config: ClientConfig) -> OpenedStore:
    """The data folder made private, the store opened (or its trouble), today's backup made."""
    from bsclient.client.documents.local_store import open_at_start  # noqa: PLC0415 - start-up: on a worker

    return open_at_start(store_place(config), date.today())


def open_resources(config: ClientConfig) -> tuple[BankApi, OpenedStore]:
    """The bank connection and the local store (off the GUI thread: both import and touch disk)."""
    # Start-up: imported here, on a worker, while the login window already shows.
    from bsclient.client.session.bank_api import BankApi  # noqa: PLC0415 - start-up
    from bsclient.client.session.login import log_in  # noqa: F401, PLC0415 - start-up: ready for the sign-in
    from bsclient.rules import bank_for_bic  # noqa: PLC0415 - start-up

    bank_for_bic("")  # loads the bank register now, not on the clerk's first keystroke
    from bsclient.client.session.proxy import proxy_url  # noqa: PLC0415 - start-up

    api = BankApi(config.server_url, config.ca_file, proxy=proxy_url(config.proxy))
    return api, open_local_store(config)


def run_gui(config: ClientConfig, argv: list[str] | None = None, *, config_path: Path | None = None) -> int:
    """Run the client's windows with `config` until the clerk quits; the exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    present_program(app)
    app.setQuitOnLastWindowClosed(False)  # we quit once the bank session and the carrier are closed
    apply_language(app, config.language)
    app.setApplicationDisplayName(app.translate("App", "Internet-Client"))
    install_excepthook()
    client = ClientApp(config, on_quit=app.quit, config_path=config_path)
    client.start()
    code = app.exec()
    client.shutdown()
    return code


def show_startup_error(exc: Exception, language: str | None = None) -> int:
    """Show an error that stops the start (no settings file, a broken one) and return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_language(app, language)
    QMessageBox.critical(None, app.translate("App", "Internet-Client"), error_text(exc))
    return 2

"""Session ▸ Set up again…: the set-up wizard on demand, from the main window, with the settings in use
as its starting values. The new settings are written on Finish and apply at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from bsclient.client.carrier import Carrier
from bsclient.client.config import ClientConfig
from bsclient.client.setup.deployment import Deployment, candidate_paths, find_deployment
from bsclient.ui.payments.main_window import SESSION_MENU, MainWindow
from bsclient.ui.setup.wizard import SetupWizard
from bsclient.ui.widgets.error_dialog import show_error


class SetupAgain(QAction):
    """The menu action; `wizard` is the open wizard, if any."""

    def __init__(self, window: QMainWindow, config: ClientConfig, config_path: Path, carrier: Carrier) -> None:
        super().__init__(window)
        self.setObjectName("setupAgainAction")
        self.setText(self.tr("Set &up again…"))
        self.setStatusTip(self.tr("Check the bank's server, choose the key carrier or request a new key"))
        self._window = window
        self._config = config
        self._config_path = config_path
        self._carrier = carrier  # the client's: the wizard sets up a sibling of it, on the same token thread
        self.wizard: SetupWizard | None = None
        self.triggered.connect(self.open_wizard)

    def open_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            return
        try:
            deployment = find_deployment(candidate_paths())
        except Exception as exc:  # a broken deployment file: say so, set up without it
            show_error(self._window, exc)
            deployment = Deployment()
        wizard = SetupWizard(config_path=self._config_path, deployment=deployment, current=self._config,
                             carrier=self._carrier.sibling(), parent=self._window)
        wizard.accepted.connect(self._finished)
        wizard.rejected.connect(self._closed)
        self.wizard = wizard
        wizard.show()

    def _finished(self) -> None:
        if self.wizard is not None:
            self.wizard.release()
        QMessageBox.information(self._window, self.tr("Set-up"), self.tr(
            "The new settings are saved. They apply the next time you start Internet-Client."))
        self._closed()

    def _closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None


def install_setup_action(window: MainWindow, config: ClientConfig, config_path: Path | None,
                         carrier: Carrier) -> SetupAgain | None:
    """Adds Set up again… to the main window's Session menu (before Sign out); None without a settings path."""
    if config_path is None:
        return None
    action = SetupAgain(window, config, config_path, carrier)
    window.add_action(SESSION_MENU, action, before=window.sign_out_action)
    window.add_separator(SESSION_MENU, before=window.sign_out_action)
    return action

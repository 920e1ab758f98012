"""`bsclient --setup`, and the first start without settings: the set-up wizard, then the main window
with the bank session and the carrier the wizard opened."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bsclient.client.setup.deployment import Deployment
from bsclient.ui.app import ClientApp, install_excepthook
from bsclient.ui.setup.wizard import SetupWizard, switch_language


def hand_over(wizard: SetupWizard, *, on_quit: Callable[[], None]) -> ClientApp:
    """After Finish: the client with the wizard's settings, its bank session and open carrier."""
    assert wizard.config is not None
    client = ClientApp(wizard.config, on_quit=on_quit, config_path=wizard.config_path)
    api, user, carrier = wizard.take_api(), wizard.context.user, wizard.take_carrier()
    if api is not None and user is not None and carrier is not None:
        client.open_after_setup(api, user, carrier)
    else:  # nothing to hand over: the usual way in, on the wizard's token thread
        client.carrier = wizard.context.carrier
        client.carrier.use_module(wizard.config.pkcs11_module)
        client.start()
    wizard.release()
    return client


def run_setup(config_path: Path, deployment: Deployment, *, language: str | None = None,
              argv: list[str] | None = None) -> int:
    """Run the wizard; on Finish the client goes on to the main window. The exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("bsclient")
    app.setQuitOnLastWindowClosed(False)
    switch_language(language or deployment.language or "kk")
    app.setApplicationDisplayName(app.translate("App", "Internet-Client"))  # after every window's own title
    install_excepthook()
    wizard = SetupWizard(config_path=config_path, deployment=deployment)
    if language:
        wizard.context.data.language = language
    clients: list[ClientApp] = []

    wizard.accepted.connect(lambda: clients.append(hand_over(wizard, on_quit=app.quit)))
    wizard.rejected.connect(app.quit)
    wizard.show()
    code = app.exec()
    if clients:
        clients[0].shutdown()
        wizard.forget_work_dir()
    else:
        wizard.context.carrier.shutdown()
    return code

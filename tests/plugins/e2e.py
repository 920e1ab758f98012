"""The client signed in through its real windows against the module's running bank (`bank`), with a
SoftHSM2 carrier enrolled for the clerk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from bsclient.client.config import load_config
from bsclient.ui.app import ClientApp
from tests.helpers.carriers import clerk_login, enrolled_carrier, write_client_config
from tests.helpers.clerk_driver import WAIT_MS, click, let_go, top_level, type_into
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN


@pytest.fixture
def signed_in(qtbot, bank: RunningBank, softhsm_config: Path, tmp_path: Path) -> Iterator[ClientApp]:
    """The client after the clerk's login, PIN and the main window's first load."""
    carrier = enrolled_carrier(bank, softhsm_config)
    config = load_config(write_client_config(tmp_path / "client", bank, carrier))
    quit_requested: list[bool] = []
    client = ClientApp(config, on_quit=lambda: quit_requested.append(True))
    client.start()
    try:
        login = top_level(qtbot, "loginDialog")
        type_into(qtbot, login, "loginEdit", clerk_login(bank))
        type_into(qtbot, login, "passwordEdit", bank.users[clerk_login(bank)])
        click(qtbot, login, "signInButton")

        pin = top_level(qtbot, "pinDialog")
        # The field opens once the carrier is found: keys typed before that are lost.
        qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
        type_into(qtbot, pin, "pinEdit", USER_PIN)
        click(qtbot, pin, "pinOkButton")

        window = top_level(qtbot, "mainWindow")
        qtbot.waitUntil(lambda: window.accounts_table.accounts_model.rowCount() >= 2, timeout=WAIT_MS)
        yield client

        window.close()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        let_go(client)
        client.shutdown()

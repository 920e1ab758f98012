"""R8.2 through the real windows against a real refbank and SoftHSM2 carriers: the login window, the PIN,
the carrier's proof on the token thread, the main window; another user's carrier refused in the PIN
window with its own sentence; a user without signing right types the one-time code instead."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit

from bsclient.client.config import load_config
from bsclient.ui.app import ClientApp
from tests.helpers.carriers import clerk_login, enrolled_carrier, write_client_config
from tests.helpers.clerk_driver import WAIT_MS, click, let_go, top_level, type_into
from tests.helpers.login import last_login_code
from tests.helpers.softhsm import USER_PIN

SHOTS = Path(__file__).resolve().parent.parent / "build" / "login-proof-shots"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def journal_outcomes(bank, login: str, action: str) -> list[str]:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
        return [row[0] for row in conn.execute("SELECT outcome FROM journal WHERE login = ? AND action = ? ORDER BY id",
                                               (login, action))]


def test_the_login_window_reaches_the_main_window_through_the_carriers_proof(signed_in, bank):
    assert signed_in.window is not None and signed_in.window.isVisible()
    assert journal_outcomes(bank, clerk_login(bank), "login_proof")[-1] == "ok"
    assert signed_in.api is not None and signed_in.api.accounts()  # the session is whole


def start_client(qtbot, bank, carrier, tmp_path: Path, login: str):
    config = load_config(write_client_config(tmp_path / "client", bank, carrier))
    client = ClientApp(config, on_quit=lambda: None)
    client.start()
    window = top_level(qtbot, "loginDialog")
    type_into(qtbot, window, "loginEdit", login)
    type_into(qtbot, window, "passwordEdit", bank.users[login])
    click(qtbot, window, "signInButton")
    return client


def test_another_users_carrier_is_refused_in_the_pin_window(qtbot, bank, softhsm_config, tmp_path):
    enrolled_carrier(bank, softhsm_config)  # the clerk has a carrier of their own
    theirs = enrolled_carrier(bank, softhsm_config, login="first")
    client = start_client(qtbot, bank, theirs, tmp_path, clerk_login(bank))
    try:
        pin = top_level(qtbot, "pinDialog")
        qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
        type_into(qtbot, pin, "pinEdit", USER_PIN)
        click(qtbot, pin, "pinOkButton")
        error = pin.findChild(QLabel, "pinErrorLabel")
        qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
        assert "This carrier's key is not the one the bank knows for you" in error.text()
        assert client.window is None
        shot(pin, "pin-wrong-carrier")
        assert journal_outcomes(bank, clerk_login(bank), "login_proof")[-1] == "carrier_not_yours"
    finally:
        let_go(client)
        client.shutdown()


def test_a_wrong_pin_says_how_many_wrong_pins_she_typed(qtbot, bank, softhsm_config, tmp_path):
    carrier = enrolled_carrier(bank, softhsm_config)
    client = start_client(qtbot, bank, carrier, tmp_path, clerk_login(bank))
    try:
        pin = top_level(qtbot, "pinDialog")
        error = pin.findChild(QLabel, "pinErrorLabel")
        for typed in (1, 2):
            qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
            type_into(qtbot, pin, "pinEdit", "9" + USER_PIN[1:])
            click(qtbot, pin, "pinOkButton")
            qtbot.waitUntil(lambda typed=typed: f"Wrong PINs typed in this window: {typed}." in error.text(),
                            timeout=WAIT_MS)
        assert error.text().startswith("The PIN is wrong")
        shot(pin, "pin-wrong-twice")
    finally:
        let_go(client)
        client.shutdown()


def test_a_user_without_signing_right_types_the_code_instead(qtbot, bank, softhsm_config, tmp_path):
    carrier = enrolled_carrier(bank, softhsm_config)
    client = start_client(qtbot, bank, carrier, tmp_path, "viewer")
    try:
        dialog = top_level(qtbot, "loginCodeDialog")
        shot(dialog, "login-code")
        right = last_login_code(bank, "viewer")
        type_into(qtbot, dialog, "oneTimeCodeEdit", "000000" if right != "000000" else "111111")
        click(qtbot, dialog, "codeOkButton")
        error = dialog.findChild(QLabel, "codeErrorLabel")
        qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
        assert "Tries left: 2" in error.text()
        shot(dialog, "login-code-wrong")
        dialog.findChild(QLineEdit, "oneTimeCodeEdit").clear()
        type_into(qtbot, dialog, "oneTimeCodeEdit", right)
        click(qtbot, dialog, "codeOkButton")
        top_level(qtbot, "pinDialog")  # the login is whole: on to the carrier, as for everyone today
        assert journal_outcomes(bank, "viewer", "login_code")[-2:] == ["code_wrong", "ok"]
    finally:
        let_go(client)
        client.shutdown()

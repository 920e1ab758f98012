"""What a clerk sees of the bank's access rules, through the real windows against a real refbank:
tries left and "blocked until" in the login window (R8.4), the CLI unblock, the change-password
checklist rule by rule with the bank's refusals and the one-time code (R5.5, R6.1, R8.1, R8.3), the
forced change of an expired password, block my access (R6.4) and the journal (R7.1, R8.7).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from bsclient.client.config import load_config
from bsclient.client.session.bank_api import BankApi
from bsclient.formatting import use_language
from bsclient.rules.password import DIGITS_ONLY, PERSONAL_DATA, TOO_LONG, TOO_SHORT
from bsclient.ui.app import ClientApp
from bsclient.ui.login.change_password_dialog import AGAIN, HISTORY, ChangePasswordDialog
from bsclient.ui.login.login_dialog import LoginDialog
from tests.helpers.access import PASSWORD, add_user, cli, last_code, sign_in
from tests.helpers.carriers import clerk_login
from tests.helpers.clerk_driver import WAIT_MS, click, top_level, type_into
from tests.helpers.login import log_in
from tests.helpers.refbank_server import RunningBank, bank_now

SHOTS = Path(__file__).resolve().parent.parent / "build" / "access-shots"


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def api(bank: RunningBank) -> Iterator[BankApi]:
    client = BankApi(bank.url, bank.ca_file)
    yield client
    client.close()


def login_window(qtbot, bank: RunningBank, api: BankApi) -> LoginDialog:
    dialog = LoginDialog(api, server_url=bank.url, ca_file=bank.ca_file)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_password(qtbot, dialog: LoginDialog, login: str, password: str) -> str:
    dialog.login_edit.setText(login)
    type_into(qtbot, dialog, "passwordEdit", password)
    label = dialog.findChild(QLabel, "loginErrorLabel")
    before = label.text() if label.isVisible() else None
    click(qtbot, dialog, "signInButton")
    qtbot.waitUntil(lambda: label.isVisible() and label.text() != before and dialog.sign_in_button.isEnabled(),
                    timeout=WAIT_MS)
    return label.text()


# --- R8.4: tries left, then blocked until (clerk's time zone), then the bank's unblock -------------

def test_login_window_counts_tries_then_says_until_when_and_the_cli_unblocks(qtbot, bank, api):
    login = add_user(bank)
    dialog = login_window(qtbot, bank, api)
    assert "Tries left before the user is blocked: 2" in try_password(qtbot, dialog, login, "wrong-1")
    assert "Tries left before the user is blocked: 1" in try_password(qtbot, dialog, login, "wrong-2")
    shot(dialog, "login-tries-left")
    text = try_password(qtbot, dialog, login, "wrong-3")
    until = bank_now() + 15 * 60  # the bank's clock, shown in the clerk's time zone
    expected = {datetime.fromtimestamp(until + delta).strftime("%d.%m.%Y %H:%M") for delta in (-60, 0, 60)}
    assert "blocked until" in text and any(moment in text for moment in expected), text
    shot(dialog, "login-blocked-until")

    cli(bank, "users", "unblock", login)
    type_into(qtbot, dialog, "passwordEdit", PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        click(qtbot, dialog, "signInButton")
    assert dialog.user is not None and dialog.user.login == login


def test_login_window_says_the_bank_blocked_the_user(qtbot, bank, api):
    login = add_user(bank)
    cli(bank, "users", "block", login)
    dialog = login_window(qtbot, bank, api)
    assert "until it unblocks it" in try_password(qtbot, dialog, login, PASSWORD)


# --- R5.5, R6.1, R8.1: the checklist and the bank's refusals ---------------------------------------

def password_dialog(qtbot, bank: RunningBank, api: BankApi, login: str) -> ChangePasswordDialog:
    log_in(api, bank, login, PASSWORD)  # R8.2: the one-time code instead of the carrier
    dialog = ChangePasswordDialog(api)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy.busy, timeout=WAIT_MS)  # the bank's rules are read
    return dialog


def retype(qtbot, dialog, name: str, text: str) -> None:
    dialog.findChild(QLineEdit, name).clear()
    type_into(qtbot, dialog, name, text)


@pytest.mark.parametrize(("new", "broken"), [
    ("Ab1-xyz", TOO_SHORT),
    ("A" * 65, TOO_LONG),
    ("20260415123", DIGITS_ONLY),
    ("Dinara-Серикова!", PERSONAL_DATA),
    ("Kok-tobe-23071991", PERSONAL_DATA),
    ("Kok-tobe-5557731", PERSONAL_DATA),
    ("Kok-{login}-tobe", PERSONAL_DATA),
])
def test_the_checklist_ticks_each_rule_while_typing(qtbot, bank, api, new, broken):
    login = add_user(bank)
    dialog = password_dialog(qtbot, bank, api, login)
    type_into(qtbot, dialog, "currentPasswordEdit", PASSWORD)
    type_into(qtbot, dialog, "newPasswordEdit", new.format(login=login))
    assert dialog.rule_state[broken] == "✘"
    assert all(state == "✔" for code, state in dialog.rule_state.items() if code not in (broken, AGAIN, HISTORY))
    assert dialog.rule_state[AGAIN] == "•" and dialog.rule_state[HISTORY] == "•"
    assert not dialog.change_button.isEnabled()
    retype(qtbot, dialog, "newPasswordEdit", "Saryarqa-Zhel-9")
    assert dialog.rule_state[broken] == "✔"
    type_into(qtbot, dialog, "againPasswordEdit", "Saryarqa-Zhel-")
    assert dialog.rule_state[AGAIN] == "✘" and not dialog.change_button.isEnabled()
    type_into(qtbot, dialog, "againPasswordEdit", "9")
    assert dialog.rule_state[AGAIN] == "✔" and dialog.change_button.isEnabled()


def test_the_banks_refusal_is_shown_not_swallowed(qtbot, bank, api):
    """The client cannot know the last passwords; the bank refuses the current one again, with its reason."""
    login = add_user(bank)
    dialog = password_dialog(qtbot, bank, api, login)
    type_into(qtbot, dialog, "currentPasswordEdit", PASSWORD)
    type_into(qtbot, dialog, "newPasswordEdit", PASSWORD)
    type_into(qtbot, dialog, "againPasswordEdit", PASSWORD)
    click(qtbot, dialog, "changePasswordButton")
    error_label = dialog.findChild(QLabel, "changePasswordErrorLabel")
    qtbot.waitUntil(error_label.isVisible, timeout=WAIT_MS)
    assert "one of your last 5 passwords" in error_label.text()


def change_with_code(qtbot, bank, dialog: ChangePasswordDialog, login: str, new: str):
    type_into(qtbot, dialog, "currentPasswordEdit", PASSWORD)
    type_into(qtbot, dialog, "newPasswordEdit", new)
    type_into(qtbot, dialog, "againPasswordEdit", new)
    shot(dialog, "change-password-en")
    click(qtbot, dialog, "changePasswordButton")
    return top_level(qtbot, "oneTimeCodeDialog")


def test_password_change_confirmed_with_the_code_wrong_then_right(qtbot, bank, api):
    login = add_user(bank)
    dialog = password_dialog(qtbot, bank, api, login)
    code_dialog = change_with_code(qtbot, bank, dialog, login, "Saryarqa-Zhel-9")
    sent = code_dialog.findChild(QLabel, "codeSentLabel").text()
    assert "***\u00a0**\u00a031" in sent  # the number never broken across lines
    assert "confirms your new password" in sent  # what the code is for
    code = last_code(bank, login)
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", f"{(int(code) + 1) % 1_000_000:06d}")
    click(qtbot, code_dialog, "codeOkButton")
    error_label = code_dialog.findChild(QLabel, "codeErrorLabel")
    qtbot.waitUntil(error_label.isVisible, timeout=WAIT_MS)
    assert "Tries left: 2" in error_label.text()
    shot(code_dialog, "one-time-code-wrong")
    code_dialog.findChild(QLineEdit, "oneTimeCodeEdit").clear()
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", code)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        click(qtbot, code_dialog, "codeOkButton")
    assert sign_in(bank, login, "Saryarqa-Zhel-9").status_code == 200


def test_a_void_code_is_replaced_by_a_new_one_from_the_dialog(qtbot, bank, api):
    login = add_user(bank)
    dialog = password_dialog(qtbot, bank, api, login)
    code_dialog = change_with_code(qtbot, bank, dialog, login, "Saryarqa-Zhel-9")
    old = last_code(bank, login)
    error_label = code_dialog.findChild(QLabel, "codeErrorLabel")
    for _ in range(3):
        code_dialog.findChild(QLineEdit, "oneTimeCodeEdit").clear()
        type_into(qtbot, code_dialog, "oneTimeCodeEdit", f"{(int(old) + 1) % 1_000_000:06d}")
        before = error_label.text()
        click(qtbot, code_dialog, "codeOkButton")
        qtbot.waitUntil(lambda shown=before: error_label.isVisible() and error_label.text() != shown, timeout=WAIT_MS)
    assert "no longer counts" in error_label.text()
    click(qtbot, code_dialog, "newCodeButton")
    qtbot.waitUntil(lambda: not code_dialog.busy.busy, timeout=WAIT_MS)  # the new code is on its way
    assert last_code(bank, login) != old and not error_label.isVisible()
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        click(qtbot, code_dialog, "codeOkButton")


def test_the_dialog_in_kazakh(qtbot, bank, api):
    from bsclient.ui.app import apply_language

    app = QApplication.instance()
    before = QLocale()
    translators = apply_language(app, "kk")
    try:
        login = add_user(bank)
        dialog = password_dialog(qtbot, bank, api, login)
        type_into(qtbot, dialog, "currentPasswordEdit", PASSWORD)
        type_into(qtbot, dialog, "newPasswordEdit", "Dinara-2026")
        type_into(qtbot, dialog, "againPasswordEdit", "Dinara-2026")
        shot(dialog, "change-password-kk")
        assert dialog.rule_state[PERSONAL_DATA] == "✘"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)  # the language must not follow the next tests
        use_language(before.name())


# --- the forced change at login: an expired password -------------------------------------------

def test_an_expired_password_forces_the_change_before_the_carrier(qtbot, bank, tmp_path):
    login = add_user(bank, password_changed_at=bank_now() - 91 * 86400)
    directory = tmp_path / "client"
    directory.mkdir()
    (directory / "config.toml").write_text(
        f'[bank]\nurl = "{bank.url}"\nca_file = "{bank.ca_file}"\n\n'
        f'[carrier]\nmodule = "/nonexistent/libsofthsm2.so"\ntoken_label = "none"\n\n'
        f'[storage]\ndata_dir = "{directory}"\n', encoding="utf-8")
    quit_requested: list[bool] = []
    client = ClientApp(load_config(directory / "config.toml"), on_quit=lambda: quit_requested.append(True))
    client.start()
    try:
        window = top_level(qtbot, "loginDialog")
        type_into(qtbot, window, "loginEdit", login)
        type_into(qtbot, window, "passwordEdit", PASSWORD)
        click(qtbot, window, "signInButton")
        login_code = top_level(qtbot, "loginCodeDialog")  # R8.2: the code instead of the carrier comes first
        type_into(qtbot, login_code, "oneTimeCodeEdit", last_code(bank, login))
        click(qtbot, login_code, "codeOkButton")
        dialog = top_level(qtbot, "changePasswordDialog")
        assert "expired" in dialog.findChild(QLabel, "forcedReasonLabel").text()
        qtbot.waitUntil(lambda: not dialog.busy.busy, timeout=WAIT_MS)
        shot(dialog, "change-password-forced")
        code_dialog = change_with_code(qtbot, bank, dialog, login, "Saryarqa-Zhel-9")
        type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
        click(qtbot, code_dialog, "codeOkButton")
        pin = top_level(qtbot, "pinDialog")  # only now the carrier
        pin.reject()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        client.shutdown()
    assert sign_in(bank, login, "Saryarqa-Zhel-9").json()["password_change"] is None


# --- R7.1, R8.7 and R6.4 in the signed-in client -------------------------------------------------

def test_the_journal_shows_a_failed_login(qtbot, bank, signed_in):
    sign_in(bank, clerk_login(bank), "not-the-password")
    client = signed_in
    client.window.findChild(QAction, "journalAction").trigger()
    journal = top_level(qtbot, "journalWindow")
    table = journal.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=WAIT_MS)
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert any(row[1] == "Signed in with the password" and row[2] == "Refused: wrong login or password"
               and row[3] == "127.0.0.1" for row in rows)
    assert any(row[1] == "Signed in with the key carrier" and row[2] == "Done" for row in rows)
    # Every request, reading too: still in words, never a route or a code of the bank's.
    journal.reads_box.setChecked(True)
    qtbot.waitUntil(lambda: any(table.item(r, 1).text() == "Looked at the accounts and balances"
                                for r in range(table.rowCount())), timeout=WAIT_MS)
    actions = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert not [action for action in actions if "/" in action or "_" in action], actions
    # Filters: refused only, then a word.
    journal.kind_combo.setCurrentIndex(journal.kind_combo.findData("refused"))
    assert {table.item(r, 2).text() for r in range(table.rowCount())} == {"Refused: wrong login or password"}
    journal.kind_combo.setCurrentIndex(0)
    type_into(qtbot, journal, "journalSearchEdit", "key carrier")
    assert table.rowCount() >= 1 and all("key carrier" in table.item(r, 1).text() for r in range(table.rowCount()))
    shot(journal, "journal")
    # Esc closes it, as its Close button does.
    qtbot.keyClick(journal.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not journal.isVisible(), timeout=WAIT_MS)
    assert journal.findChild(QPushButton, "journalCloseButton") is not None


def test_block_my_access_blocks_at_the_bank_and_signs_out(qtbot, bank, signed_in):
    client = signed_in
    client.window.findChild(QAction, "blockAccessAction").trigger()
    box = top_level(qtbot, "blockAccessConfirm")
    shot(box, "block-confirm")
    qtbot.mouseClick(box.findChild(QPushButton, "blockAccessButton"), Qt.MouseButton.LeftButton)
    login = top_level(qtbot, "loginDialog")  # signed out
    assert client.window is None
    refused = sign_in(bank, clerk_login(bank), bank.users[clerk_login(bank)])
    assert refused.json()["error"]["params"] == {"by_bank": True}
    cli(bank, "users", "unblock", clerk_login(bank))  # the next tests sign the clerk in again
    login.reject()  # the clerk leaves: the client quits, as the fixture expects

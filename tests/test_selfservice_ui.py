"""Issue 3 self-service in the real windows against a real refbank and a SoftHSM2 carrier: the idle lock
(password checked by the bank, a wrong one counted, nothing typed lost, the bank's session ending while
locked), the security notice rotating across sign-ins, and the "told someone a code" page's buttons."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from bsclient.client import config as config_module
from bsclient.client.session.security_notices import NOTICES
from bsclient.ui.app import ClientApp
from tests.helpers.carriers import clerk_login
from tests.helpers.clerk_driver import WAIT_MS, click, open_new_payment, sign_in_through_the_windows, top_level
from tests.helpers.refbank_server import RunningBank
from tests.helpers.shots import shot

NAME = "TOO Koktem-Stroy Almaty"  # typed with real (spontaneous) key events: they count as activity


@pytest.fixture
def tiny_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's settings say: lock after 0.04 minutes (request it before `signed_in`)."""
    real = config_module.load_config

    def load(path: Path):
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text + "\n[session]\nlock_after_minutes = 0.04\n", encoding="utf-8")
        return real(path)

    monkeypatch.setattr("tests.helpers.clerk_driver.load_config", load)


def _bank_db(bank: RunningBank) -> sqlite3.Connection:
    conn = sqlite3.connect(bank.data_dir / "bank.sqlite3", timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def _unlock_outcomes(bank: RunningBank, login: str) -> list[str]:
    with _bank_db(bank) as conn:
        return [r[0] for r in conn.execute("SELECT outcome FROM journal WHERE login = ? AND action = 'unlock' "
                                           "ORDER BY id", (login,))]


def _type_password(qtbot, cover, password: str) -> None:
    edit = cover.findChild(QLineEdit, "idleLockPasswordEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, password)
    qtbot.mouseClick(cover.findChild(QPushButton, "idleLockUnlockButton"), Qt.MouseButton.LeftButton)


def test_idle_lock_keeps_the_typed_text_and_the_bank_checks_the_password(tiny_lock: None, signed_in: ClientApp,
                                                                         bank: RunningBank, qtbot) -> None:
    client = signed_in
    assert client.config.lock_after_minutes == 0.04
    assert client.selfservice is not None
    lock = client.selfservice.idle_lock
    login = clerk_login(bank)
    password = bank.users[login]
    window = client.window
    assert window is not None

    # Nobody touches anything: the client locks by itself; the right password unlocks.
    qtbot.waitUntil(lambda: lock.is_locked, timeout=WAIT_MS)
    cover = next(c for c in lock.covers() if c.parentWidget() is window)
    assert cover.isVisible() and cover.geometry() == window.rect()
    _type_password(qtbot, cover, password)
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT_MS)
    assert _unlock_outcomes(bank, login)[-1] == "ok"

    # A document typed, then idle again: locked with the editor covered too.
    editor = open_new_payment(qtbot, client)
    name_edit = editor.findChild(QLineEdit, "beneficiaryNameEdit")
    name_edit.setFocus()
    qtbot.keyClicks(name_edit, NAME)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=WAIT_MS)
    covers = {c.parentWidget(): c for c in lock.covers()}
    assert set(covers) >= {window, editor}
    assert "is locked" in covers[window].title_label.text()
    qtbot.keyClicks(name_edit, "XYZ")  # held back while locked
    assert name_edit.text() == NAME
    shot(window, "idle-lock-main-en")
    shot(editor, "idle-lock-editor-en")

    # A wrong password: refused, counted by the bank like a failed login.
    with _bank_db(bank) as conn:
        failed_before = conn.execute("SELECT failed_logins FROM users WHERE login = ?", (login,)).fetchone()[0]
    _type_password(qtbot, covers[window], "not-the-password")
    qtbot.waitUntil(lambda: "wrong" in covers[window].status_label.text(), timeout=WAIT_MS)
    assert "Tries left before the bank blocks the user: 2" in covers[window].status_label.text()
    assert lock.is_locked
    with _bank_db(bank) as conn:
        assert conn.execute("SELECT failed_logins FROM users WHERE login = ?", (login,)).fetchone()[0] \
            == failed_before + 1
    assert _unlock_outcomes(bank, login)[-1] == "wrong_credentials"
    shot(window, "idle-lock-wrong-en")

    # The right one: unlocked, the text still there, typing goes on in the same field.
    _type_password(qtbot, covers[editor], password)
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT_MS)
    assert not lock.covers()
    assert name_edit.text() == NAME and editor.isVisible()
    assert _unlock_outcomes(bank, login)[-1] == "ok"
    with _bank_db(bank) as conn:
        assert conn.execute("SELECT failed_logins FROM users WHERE login = ?", (login,)).fetchone()[0] == 0


def test_the_bank_session_ending_while_locked_offers_to_sign_in_again_keeping_the_text(
        tiny_lock: None, signed_in: ClientApp, bank: RunningBank, qtbot) -> None:
    client = signed_in
    assert client.selfservice is not None
    lock = client.selfservice.idle_lock
    window = client.window
    workplace = client.workplace
    qtbot.waitUntil(lambda: lock.is_locked, timeout=WAIT_MS)
    _type_password(qtbot, next(c for c in lock.covers() if c.parentWidget() is window), bank.users[clerk_login(bank)])
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT_MS)
    editor = open_new_payment(qtbot, client)
    doc_id = editor.order().id
    name_edit = editor.findChild(QLineEdit, "beneficiaryNameEdit")
    name_edit.setFocus()
    qtbot.keyClicks(name_edit, NAME)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=WAIT_MS)
    with _bank_db(bank) as conn:  # the bank's idle expiry (refbank/access/sessions.py), as if the clerk stayed away
        conn.execute("UPDATE sessions SET last_seen = last_seen - 86400")
    cover = next(c for c in lock.covers() if c.parentWidget() is window)
    _type_password(qtbot, cover, bank.users[clerk_login(bank)])
    qtbot.waitUntil(lambda: "ended your session" in cover.status_label.text(), timeout=WAIT_MS)
    sign_in_again = cover.findChild(QPushButton, "idleLockSignOutButton")
    assert sign_in_again.isVisible() and "Sign in again" in sign_in_again.text()
    assert not cover.findChild(QLineEdit, "idleLockPasswordEdit").isVisible()
    shot(window, "idle-lock-session-over-en")
    qtbot.mouseClick(sign_in_again, Qt.MouseButton.LeftButton)
    login = top_level(qtbot, "loginDialog")
    store = workplace.store
    qtbot.waitUntil(lambda: (r := store.get(doc_id)) is not None and r.order.beneficiary.name == NAME,
                    timeout=WAIT_MS)
    login.reject()


def _sign_in_again(qtbot, client: ClientApp, bank: RunningBank) -> None:
    sign_in_through_the_windows(qtbot, bank, clerk_login(bank))


def test_the_security_notice_rotates_across_sign_ins_and_can_be_turned_off(signed_in: ClientApp,
                                                                           bank: RunningBank, qtbot) -> None:
    client = signed_in
    assert client.selfservice is not None and client.window is not None
    notice = client.selfservice.notice
    assert notice.isVisible() and notice.index == 0  # a new data directory: the first rule
    first = notice.text_label.text()
    assert first == NOTICES[0][1]
    assert client.window.isEnabled()  # nothing modal: the clerk works on
    shot(client.window, "notice-main-en")
    state = client.config.data_dir / "security_notice.json"
    assert state.exists()

    client.window.sign_out()
    _sign_in_again(qtbot, client, bank)
    notice = client.selfservice.notice
    assert notice.isVisible() and notice.index == 1 and notice.text_label.text() == NOTICES[1][1]

    # Close hides it; "Not again this session" keeps it away after the idle lock too.
    click(qtbot, notice, "securityNoticeCloseButton")
    assert not notice.isVisible()
    lock = client.selfservice.idle_lock
    lock.lock()
    _type_password(qtbot, next(c for c in lock.covers() if c.parentWidget() is client.window),
                   bank.users[clerk_login(bank)])
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT_MS)
    assert notice.isVisible() and notice.index == 2  # after unlocking: the next rule
    click(qtbot, notice, "securityNoticeOffButton")
    assert not notice.isVisible() and notice.turned_off
    lock.lock()
    _type_password(qtbot, next(c for c in lock.covers() if c.parentWidget() is client.window),
                   bank.users[clerk_login(bank)])
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT_MS)
    assert not notice.isVisible() and notice.index == 2
    client.window.close()  # quit (the fixture's window was the first one)


@pytest.fixture
def bank_phone(monkeypatch: pytest.MonkeyPatch) -> str:
    """The client's settings carry the bank's official number, as IT staff or the deployment file give it."""
    real = config_module.load_config
    phone = "+7 727 244 00 00"

    def load(path: Path):
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text.replace("[bank]\n", f'[bank]\nphone = "{phone}"\n', 1), encoding="utf-8")
        return real(path)

    monkeypatch.setattr("tests.helpers.clerk_driver.load_config", load)
    return phone


def test_the_told_a_code_page_buttons_do_what_they_say(bank_phone: str, signed_in: ClientApp, bank: RunningBank,
                                                       qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    client = signed_in
    window = client.window
    assert window is not None and client.selfservice is not None
    # From the notice's link and from the Help menu: the same page.
    client.selfservice.notice.helpRequested.emit()
    page = top_level(qtbot, "toldACodePage")
    page.close()
    window.findChild(QAction, "toldACodeAction").trigger()
    page = top_level(qtbot, "toldACodePage")
    # the number is never broken across lines: no-break spaces
    assert bank_phone.replace(" ", "\u00a0") in page.findChild(QLabel, "toldACodePhone").text()
    shot(page, "told-a-code-en")

    # Check recent operations: the journal window opens; the documents: the list is refreshed.
    click(qtbot, page, "toldACodeJournalButton")
    top_level(qtbot, "journalWindow")
    refreshed: list[bool] = []
    window.refresh_action.triggered.connect(lambda: refreshed.append(True))
    click(qtbot, page, "toldACodeDocumentsButton")
    assert refreshed

    def box(name: str) -> QMessageBox:
        found: list[QMessageBox] = []
        qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                                  if isinstance(w, QMessageBox) and w.objectName() == name
                                                  and w.isVisible()) or found), timeout=WAIT_MS)
        return found[0]

    # Revoke the key: the confirmation of "My key is compromised" (cancelled here; tested end to end elsewhere).
    click(qtbot, page, "toldACodeKeyButton")
    confirm = box("keyCompromiseConfirm")
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    # Block access: "Block my access now", for real: the bank blocks the user and the client signs out.
    click(qtbot, page, "toldACodeBlockButton")
    confirm = box("blockAccessConfirm")
    qtbot.mouseClick(confirm.findChild(QPushButton, "blockAccessButton"), Qt.MouseButton.LeftButton)
    login = top_level(qtbot, "loginDialog")
    login_name = clerk_login(bank)
    with _bank_db(bank) as conn:
        assert conn.execute("SELECT blocked FROM users WHERE login = ?", (login_name,)).fetchone()[0] == 1
    from tests.helpers.access import cli
    cli(bank, "users", "unblock", login_name)  # for the module's other tests
    login.reject()

"""The bank mail windows against a stand-in bank (R1.9): unread in bold, the counter's words,
the compose dialog's inline errors, and nothing typed lost."""

from __future__ import annotations

import os
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox

from bsclient.client.mail import Letter
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.mail.compose import MailCompose
from bsclient.ui.mail.counter import MailCounter
from bsclient.ui.mail.window import LetterListModel
from tests.helpers.workplace import make_workplace

SHOTS = os.environ.get("BSCLIENT_SHOTS")


def letter(letter_id: str, *, read: bool, incoming: bool = True) -> Letter:
    return Letter(id=letter_id, incoming=incoming, kind="letter", sender="АО Банк", subject=f"Письмо {letter_id}",
                  sent_at=datetime(2026, 11, 23, 9, 15, tzinfo=UTC), read=read)


class StandInMailBank:
    server_url = "https://bank.example:8443"

    def __init__(self) -> None:
        self.unread = 2

    def accounts(self) -> list:
        return []

    def request(self, method: str, path: str, *, json: object = None) -> object:
        if path == "/mail/unread":
            return {"unread": self.unread}
        if path == "/mail/limits":
            return {"attachment_max_bytes": 1000, "letter_max_bytes": 1500}
        if path == "/mail":
            return {"letters": [], "unread": self.unread}
        raise AssertionError(f"unexpected {method} {path}")


@pytest.fixture
def workplace(tmp_path):
    workplace = make_workplace(tmp_path)
    workplace.api = StandInMailBank()  # type: ignore[assignment]
    yield workplace
    wait_for_background_work()
    workplace.store.close()


def test_unread_letters_are_bold_and_read_ones_are_not(qtbot):
    model = LetterListModel(sent=False)
    model.set_letters([letter("1", read=False), letter("2", read=True)])
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, 1).data() == "Письмо 1"


def test_the_mail_action_shows_the_unread_count_and_follows_the_bank(qtbot, workplace):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    counter = MailCounter(workplace, window)
    qtbot.waitUntil(lambda: counter.unread == 2)
    assert counter.action.text() == "&Mail (2)" and counter.action.font().bold()
    workplace.api.unread = 0
    counter.poll()
    qtbot.waitUntil(lambda: counter.unread == 0)
    assert counter.action.text() == "&Mail" and not counter.action.font().bold()
    counter.stop()


def write(path: Path, size: int) -> Path:
    path.write_bytes(b"x" * size)
    return path


def test_compose_shows_its_mistakes_inline_and_keeps_what_was_typed(qtbot, workplace, tmp_path, monkeypatch):
    compose = MailCompose(workplace)  # not given to qtbot: it deletes itself once closed
    compose.show()
    error = compose.findChild(QLabel, "mailErrorLabel")
    total = compose.findChild(QLabel, "attachmentTotalLabel")
    qtbot.waitUntil(lambda: "1,000 bytes" in total.text() or "1000 bytes" in total.text())  # the bank's limits

    compose.text_edit.setPlainText("Текст письма")
    compose.sign_and_send()
    assert error.isVisible() and "subject" in error.text()
    assert compose.text_edit.toPlainText() == "Текст письма"

    compose.add_files([write(tmp_path / "a.txt", 600), write(tmp_path / "b.txt", 950)])
    files = compose.findChild(QListWidget, "composeAttachmentList")
    qtbot.waitUntil(lambda: "together" in error.text())  # each within 1000, together over 1500
    assert files.count() == 1 and "a.txt" in files.item(0).text()
    compose.add_files([write(tmp_path / "big.bin", 1001)])
    qtbot.waitUntil(lambda: "big.bin" in error.text())
    assert "big.bin is 1001 bytes; the bank accepts attachments of up to 1000 bytes" in error.text(), error.text()
    if SHOTS:
        compose.grab().save(str(Path(SHOTS) / "compose_stand_in.png"))

    compose.subject_edit.setText("Тема")
    compose.sign_and_send()
    assert "key carrier is not open" in error.text()
    assert (compose.subject_edit.text(), compose.text_edit.toPlainText()) == ("Тема", "Текст письма")
    assert [a.name for a in compose.attachments()] == ["a.txt"]

    files.setCurrentRow(0)
    files.setFocus()
    qtbot.keyClick(files, Qt.Key.Key_Delete)  # the list's Delete shortcut removes the chosen file
    assert compose.attachments() == [] and files.count() == 0

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append("?") or QMessageBox.StandardButton.Cancel)
    compose.close()
    assert asked and compose.isVisible()  # kept: the clerk did not say to throw it away
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Discard)
    compose.close()
    assert not compose.isVisible()


def test_the_main_window_stays_open_while_the_clerk_keeps_a_letter_being_written(qtbot, workplace, monkeypatch):
    """Signing out must not throw away a letter the clerk chose to keep (nothing typed is lost)."""
    from bsclient.ui.payments.main_window import MainWindow

    window = MainWindow(workplace)
    qtbot.addWidget(window)
    window.show()
    compose = window.mail.open_mail().compose()
    compose.subject_edit.setText("Акт сверки")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Cancel)
    closed: list[bool] = []
    window.closed.connect(closed.append)

    window.sign_out()
    assert window.isVisible() and compose.isVisible() and closed == []
    assert compose.subject_edit.text() == "Акт сверки"

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Discard)
    window.sign_out()
    assert not window.isVisible() and closed == [True]

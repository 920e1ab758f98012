"""Bank mail through the real windows (R1.9): the unread counter of the main window follows the
bank while the client runs; the clerk reads, saves an attachment, writes and signs a letter on
the SoftHSM2 carrier; a failed send keeps every word typed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QWidget

from bsclient.client.mail import fetch_unread_count
from bsclient.client.session.bank_api import BankApi, BankUnreachableError
from bsclient.messages import Message
from bsclient.ui.app import ClientApp
from bsclient.ui.mail.window import LETTER_ROLE, MailWindow
from tests.helpers.clerk_driver import click, top_level, type_into
from tests.helpers.login import log_in
from tests.helpers.refbank_server import REPO, RunningBank, refbank_command

WAIT_MS = 30_000
SHOTS = os.environ.get("BSCLIENT_SHOTS")  # a folder: the windows are saved there as PNGs to look at


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def unread_at_bank(bank: RunningBank) -> int:
    api = BankApi(bank.url, bank.ca_file)
    log_in(api, bank, "viewer")  # the company's mail; the code, no carrier to share (R8.2)
    try:
        return fetch_unread_count(api)
    finally:
        api.logout()
        api.close()


def operator_sends(bank: RunningBank, subject: str, text: str, *attachments: Path) -> None:
    args = ["mail", "send", "--data", str(bank.data_dir), "--bin", bank.created["company"]["bin"],
            "--subject", subject, "--text", text]
    for path in attachments:
        args += ["--attach", str(path)]
    result = subprocess.run(refbank_command(*args), capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr


def inbox_row(window: MailWindow, subject: str) -> int | None:
    model = window.inbox_model
    return next((row for row in range(model.rowCount()) if model.index(row, 1).data() == subject), None)


def test_a_letter_from_the_bank_raises_the_counter_and_reading_it_lowers_it(qtbot, signed_in: ClientApp,
                                                                           bank: RunningBank, tmp_path: Path):
    """R1.9: `refbank mail send` while the client runs; the counter goes up, the letter is bold,
    reading it brings the counter down; its attachment is saved byte for byte."""
    window = signed_in.window
    mail_action = window.findChild(QAction, "mailAction")
    before = unread_at_bank(bank)
    qtbot.waitUntil(lambda: window.mail.unread == before, timeout=WAIT_MS)

    attached = tmp_path / "Тарифы 2027.pdf"
    attached.write_bytes(b"%PDF-1.4 " + os.urandom(20_000))
    operator_sends(bank, "Новые тарифы с 1 января", "Уважаемый клиент!\nС 1 января меняются тарифы.", attached)

    qtbot.waitUntil(lambda: window.mail.unread == before + 1, timeout=WAIT_MS)  # polled, nobody clicked
    assert f"({before + 1})" in mail_action.text() and mail_action.font().bold()
    shot(window, "main_window_unread")

    mail_action.trigger()
    mail = top_level(qtbot, "mailWindow")
    qtbot.waitUntil(lambda: inbox_row(mail, "Новые тарифы с 1 января") is not None, timeout=WAIT_MS)
    row = inbox_row(mail, "Новые тарифы с 1 января")
    assert mail.inbox_model.index(row, 1).data(Qt.ItemDataRole.FontRole).bold()  # unread in bold
    shot(mail, "mail_window_unread")

    mail.inbox_view.selectRow(row)
    text_view = mail.findChild(QPlainTextEdit, "letterTextView")
    qtbot.waitUntil(lambda: "меняются тарифы" in text_view.toPlainText(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.mail.unread == before, timeout=WAIT_MS)
    assert unread_at_bank(bank) == before
    assert mail.inbox_model.index(row, 1).data(Qt.ItemDataRole.FontRole) is None  # no longer bold
    assert f"({before})" in mail_action.text() if before else mail_action.text() == "&Mail"

    target = tmp_path / "saved" / attached.name
    target.parent.mkdir()
    mail.ask_save_path = lambda attachment: target  # the clerk's choice in the file dialog
    attachments = mail.findChild(QListWidget, "attachmentList")
    assert attachments.count() == 1 and attached.name in attachments.item(0).text()
    click(qtbot, mail, "saveAttachmentButton")
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert target.read_bytes() == attached.read_bytes()
    shot(mail, "mail_window_read")
    mail.close()


def test_the_clerk_signs_and_sends_a_letter_and_a_failure_keeps_what_was_typed(
        qtbot, signed_in: ClientApp, bank: RunningBank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """R1.9: subject, text and an attachment; a file over the limit refused inline; a send that
    fails keeps every word; sent again (same letter), signed on the carrier and answered by the bank."""
    window = signed_in.window
    window.findChild(QAction, "mailAction").trigger()
    mail = top_level(qtbot, "mailWindow")
    mail.findChild(QAction, "newLetterAction").trigger()
    compose = top_level(qtbot, "mailCompose")

    subject = "Запрос на справку об остатках"
    text = "Добрый день!\nПросим выдать справку об остатках на 01.12.2026.\nС уважением, бухгалтерия"
    type_into(qtbot, compose, "subjectEdit", subject)
    compose.findChild(QPlainTextEdit, "letterTextEdit").setPlainText(text)
    contract = tmp_path / "Договор №12.docx"
    contract.write_bytes(os.urandom(150_000))
    big = tmp_path / "Архив выписок.zip"
    big.write_bytes(b"\0" * (5 * 1024 * 1024 + 1))
    compose.add_files([contract])
    files = compose.findChild(QListWidget, "composeAttachmentList")
    qtbot.waitUntil(lambda: files.count() == 1, timeout=WAIT_MS)
    compose.add_files([big])
    error = compose.findChild(QLabel, "mailErrorLabel")
    qtbot.waitUntil(lambda: error.isVisible() and big.name in error.text(), timeout=WAIT_MS)
    assert "5 MB" in error.text() and files.count() == 1, error.text()
    shot(compose, "compose_limit_error")

    # The first send does not reach the bank: nothing typed is lost, and the letter keeps its id.
    import bsclient.ui.mail.compose as mail_compose

    real_send = mail_compose.send_letter
    attempts: list[str] = []

    def unreachable_once(api, signed):
        attempts.append(signed.draft.id)
        if len(attempts) == 1:
            raise BankUnreachableError(Message("Bank", "Cannot reach the bank at {url}.", {"url": bank.url}),
                                       "unreachable")
        return real_send(api, signed)

    monkeypatch.setattr(mail_compose, "send_letter", unreachable_once)
    unread_before = unread_at_bank(bank)
    click(qtbot, compose, "sendLetterButton")
    qtbot.waitUntil(lambda: error.isVisible() and "Cannot reach the bank" in error.text(), timeout=WAIT_MS)
    assert compose.subject_edit.text() == subject and compose.text_edit.toPlainText() == text
    assert [a.name for a in compose.attachments()] == [contract.name]
    shot(compose, "compose_send_failed")

    click(qtbot, compose, "sendLetterButton")
    qtbot.waitUntil(lambda: not shiboken6.isValid(compose) or not compose.isVisible(), timeout=WAIT_MS)
    assert len(attempts) == 2 and attempts[0] == attempts[1]  # the same letter, delivered once
    letter_id = attempts[0]

    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        subject_kept, signature = db.execute("SELECT subject, signature FROM letters WHERE id = ?",
                                             (letter_id,)).fetchone()
        (stored,) = db.execute("SELECT data FROM letter_attachments WHERE letter_id = ?", (letter_id,)).fetchone()
    assert subject_kept == subject and signature and bytes(stored) == contract.read_bytes()

    qtbot.waitUntil(lambda: window.mail.unread == unread_before + 1, timeout=WAIT_MS)  # the bank's auto-reply
    qtbot.waitUntil(lambda: inbox_row(mail, f"Re: {subject}") is not None, timeout=WAIT_MS)
    mail.folders.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(mail.sent_model.index(r, 0).data(LETTER_ROLE).id == letter_id
                                for r in range(mail.sent_model.rowCount())), timeout=WAIT_MS)
    mail.select_letter(letter_id)
    shot(mail, "mail_window_sent")
    mail.close()


def test_the_banks_notice_of_a_rejected_order_shows_its_reason(qtbot, signed_in: ClientApp, bank: RunningBank):
    """R1.9, R9.5: the bank rejects an order signed in the editor; its notice letter arrives while
    the client runs and the reading pane names the order and the reason in the clerk's words."""
    from schwifty import IBAN

    from tests.helpers.clerk_driver import fill_payment_order, open_new_payment, payer_account, select_payer

    window = signed_in.window
    before = unread_at_bank(bank)
    qtbot.waitUntil(lambda: window.mail.unread == before, timeout=WAIT_MS)
    nobody = str(IBAN.generate("KZ", bank_code="998", account_code="9999999999999"))
    editor = open_new_payment(qtbot, signed_in)
    select_payer(editor, payer_account(bank)["iban"])
    fill_payment_order(qtbot, editor, name="ТОО Несуществующий", bin_="940140000385", iban=nobody, amount="1000")
    number = editor.order().number
    click(qtbot, editor, "signAndSendButton")

    qtbot.waitUntil(lambda: window.mail.unread == before + 1, timeout=WAIT_MS)
    editor.close()
    window.findChild(QAction, "mailAction").trigger()
    mail = top_level(qtbot, "mailWindow")
    subject = f"Payment order No. {number} rejected"
    qtbot.waitUntil(lambda: inbox_row(mail, subject) is not None, timeout=WAIT_MS)
    mail.inbox_view.selectRow(inbox_row(mail, subject))
    notice = mail.findChild(QLabel, "letterNoticeLabel")
    text_view = mail.findChild(QPlainTextEdit, "letterTextView")
    qtbot.waitUntil(lambda: "Reason:" in text_view.toPlainText(), timeout=WAIT_MS)
    assert notice.isVisible() and f"No. {number}" in notice.text()
    assert "there is no such account" in notice.text(), notice.text()  # the client's sentence for the code
    qtbot.waitUntil(lambda: window.mail.unread == before, timeout=WAIT_MS)
    shot(mail, "mail_window_notice")
    mail.close()

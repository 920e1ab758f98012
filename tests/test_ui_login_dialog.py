"""The login window shows before the bank connection is open, and a quick clerk loses nothing."""

from __future__ import annotations

from pathlib import Path

import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from bsclient.client.models import UserInfo
from bsclient.ui.login.login_dialog import LoginDialog

USER = UserInfo(login="clerk", full_name="Ахметова Айгуль Сериковна", sign_right="single",
                company_name="ТОО «Дала Трейд»", company_bin="190540983361")


class RecordingBank:
    def __init__(self) -> None:
        self.logins: list[tuple[str, str]] = []

    def login(self, login: str, password: str) -> UserInfo:
        self.logins.append((login, password))
        return USER


def test_sign_in_clicked_before_the_connection_is_open_goes_through_once_it_opens(qtbot, tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(ca_file))
    dialog = LoginDialog(None, server_url="https://127.0.0.1:1", ca_file=ca_file)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.findChild(QLineEdit, "loginEdit"), "clerk")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordEdit"), "s3cret-Pass")
    qtbot.mouseClick(dialog.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    assert dialog.user is None and dialog.isVisible()

    bank = RecordingBank()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.set_api(bank)
    assert bank.logins == [("clerk", "s3cret-Pass")]
    assert dialog.user == USER
    assert dialog.findChild(QLineEdit, "passwordEdit").text() == ""  # the password is not kept

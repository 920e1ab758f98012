"""What the set-up wizard's pages share: the gathered data, the bank session, the carrier, and a few
widgets every page uses (an error line, a warning frame)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLayout, QVBoxLayout, QWidget

from bsclient.client.carrier import Carrier, KeyPair
from bsclient.client.models import UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.key_request import pending_file
from bsclient.client.setup.flow import SetupData
from bsclient.formatting import day

ERROR_COLOUR = "#b3261e"
GOOD_COLOUR = "#1b7f3b"


@dataclass
class SetupContext:
    """Owned by the wizard; pages read and fill it. `carrier` holds the carrier's session and, once known,
    the bank's key to sign with (`carrier.key`); pages call it in the background only."""

    data: SetupData
    carrier: Carrier
    work_dir: Path  # the matched CA is kept here until the settings are written
    data_dir: Path  # the client's data dir written into config.toml; a key request still waiting is remembered there
    api: BankApi | None = None
    user: UserInfo | None = None
    keys: list[KeyPair] = field(default_factory=list)  # the keys on the opened carrier

    @property
    def ca_file(self) -> Path:
        return self.work_dir / "bank-ca.pem"

    @property
    def pending_file(self) -> Path:
        return pending_file(self.data_dir)


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_text(label: QLabel, text: str, colour: str | None = None) -> None:
    label.setText(text)
    if colour is not None:
        label.setStyleSheet(f"color: {colour};")
    label.setVisible(bool(text))


def warning_frame(parent: QWidget, name: str) -> tuple[QFrame, QLabel]:
    """A pale yellow frame around a sentence the clerk must not miss."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    frame = QFrame(parent)
    frame.setObjectName(name + "Frame")
    frame.setStyleSheet(f"QFrame#{name}Frame {{ background: #fff6d6; border: 1px solid #e0c060; border-radius: 4px; }}")
    QVBoxLayout(frame).addWidget(label)
    return frame, label


def fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def two_lines(fingerprint: str) -> str:
    """A SHA-256 fingerprint as two lines of 16 pairs, easy to compare with the printed one."""
    pairs = fingerprint.split(":")
    if len(pairs) < 2:
        return fingerprint
    half = (len(pairs) + 1) // 2
    return ":".join(pairs[:half]) + "\n" + ":".join(pairs[half:])


def date_text(moment: datetime) -> str:
    return day(moment)


def add_rows(form: QFormLayout, parent: QWidget, fields: list[QWidget | QLayout]) -> list[QLabel]:
    """Rows of `form` with labels whose texts `retranslate` sets; a label's & accelerator focuses its field."""
    labels = []
    for item in fields:
        label = QLabel(parent)
        if isinstance(item, QWidget):
            label.setBuddy(item)
        form.addRow(label, item)
        labels.append(label)
    return labels


def set_texts(labels: list[QLabel], texts: list[str]) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)

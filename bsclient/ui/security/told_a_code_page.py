"""Help → "What to do if you told someone a code": seed 001's steps adapted to a company's internet bank.

Seed 001 (a citizen's leaflet) says: hang up and call only official numbers; call the organisation and
check recent operations, block the card; renew the signing keys (revoke the certificate, make a new
key); check and dispute; report to the police. For a company: call the bank on its official number
(from the client's settings when IT staff filled it in; else where the clerk finds it herself), block access,
revoke the key, check the journal and the documents, tell the management, report to the police.
Each action is a button that does what it says.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bsclient import formatting
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen


class ToldACodePage(QDialog):
    """Not modal: the clerk can follow a step in the main window while the page stays open."""

    def __init__(self, *, bank_phone: str | None, block_access: Callable[[], None],
                 key_compromised: Callable[[], None], open_journal: Callable[[], None],
                 show_documents: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toldACodePage")
        self.setWindowTitle(self.tr("What to do if you told someone a code"))
        self.setModal(False)
        title = QLabel(self.tr("You told someone a code or a password?"), self)
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        title.setFont(big)
        title.setWordWrap(True)
        intro = QLabel(self.tr(
            "It is not too late: a told code is only the beginning of a fraud. Act now, in this order. "
            "Fraudsters hurry you, frighten you and ask you to stay on the line: the bank never does."), self)
        intro.setWordWrap(True)

        if bank_phone:
            call = self.tr("Hang up at once. Call the bank yourself on its official number {phone} and say that "
                           "a code or password of your company's internet bank is known to someone else.").format(
                               phone=f"<b>{html.escape(formatting.phone(bank_phone))}</b>")
        else:
            call = self.tr("Hang up at once. Call the bank yourself on the official number in your company's "
                           "contract with the bank or on the bank's own website, never on a number the caller "
                           "gave you.")
        self.phone_label = QLabel(call, self)
        self.phone_label.setObjectName("toldACodePhone")
        self.phone_label.setTextFormat(Qt.TextFormat.RichText if bank_phone else Qt.TextFormat.PlainText)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.block_button = QPushButton(self.tr("&Block my access now…"), self)
        self.block_button.setObjectName("toldACodeBlockButton")
        self.block_button.clicked.connect(block_access)
        self.key_button = QPushButton(self.tr("My &key is compromised…"), self)
        self.key_button.setObjectName("toldACodeKeyButton")
        self.key_button.clicked.connect(key_compromised)
        self.journal_button = QPushButton(self.tr("Open my &journal"), self)
        self.journal_button.setObjectName("toldACodeJournalButton")
        self.journal_button.clicked.connect(open_journal)
        self.documents_button = QPushButton(self.tr("Show the &documents"), self)
        self.documents_button.setObjectName("toldACodeDocumentsButton")
        self.documents_button.clicked.connect(show_documents)

        steps = QVBoxLayout()
        steps.addWidget(self._step(1, self.phone_label))
        steps.addWidget(self._step(2, QLabel(self.tr(
            "Block your access to the internet bank: nobody can sign in with your login until the bank unblocks "
            "it. You are signed out at once."), self), self.block_button))
        steps.addWidget(self._step(3, QLabel(self.tr(
            "Revoke your signing key: the bank stops accepting anything signed with it, and a new key is made on "
            "your carrier. The bank issues its certificate after you sign the act at the branch."), self),
            self.key_button))
        steps.addWidget(self._step(4, QLabel(self.tr(
            "Check recent operations: in your journal, sign-ins and documents you did not make; in the list, "
            "payments you did not send. Ask the bank at once to stop any such payment."), self),
            self.journal_button, self.documents_button))
        steps.addWidget(self._step(5, QLabel(self.tr(
            "Tell your company's management and accountant. If money was taken, report it to the police with "
            "everything you have: phone numbers, links, screenshots, letters."), self)))
        steps.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(steps, 1)
        add_help(self, "told-a-code", buttons)
        layout.addWidget(buttons)
        fit_to_screen(self, 660, 540)
        unique_mnemonics(self)
        enter_presses(self, buttons.button(QDialogButtonBox.StandardButton.Close))

    def _step(self, number: int, text: QLabel, *actions: QPushButton) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        badge = QLabel(str(number), frame)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(28, 28)
        badge.setStyleSheet("background: #33414e; color: white; border-radius: 14px; font-weight: bold;")
        text.setWordWrap(True)
        text.setParent(frame)
        column = QVBoxLayout()
        column.addWidget(text)
        if actions:
            row = QHBoxLayout()
            for action in actions:
                row.addWidget(action)
            row.addStretch(1)
            column.addLayout(row)
        line = QHBoxLayout(frame)
        line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(column, 1)
        return frame

"""A short security notice at the top of the main window after sign-in (seed 000's rules, in turn).

It does not block: the clerk works on while it shows. Close hides it; "Not again this session" also
keeps it away after the idle lock is unlocked, until the clerk signs out. Its link opens the
"What to do if you told someone a code" page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QVBoxLayout, QWidget

from bsclient.client.session.security_notices import CONTEXT, next_notice, notice_text
from bsclient.ui.widgets.link_label import LinkLabel


class SecurityNotice(QFrame):
    """The banner. `show_next()` shows the next rule; `helpRequested` when its link is followed."""

    helpRequested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityNotice")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never taller than its text
        self._data_dir = data_dir
        self.turned_off = False
        self.index: int | None = None
        self.setStyleSheet("#securityNotice { background: #fff7d6; border: 1px solid #e0c66a; border-radius: 6px; }"
                           "#securityNotice QLabel { color: #3d3200; }")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(self.tr("<b>Security reminder</b>"), self)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("securityNoticeText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_label = LinkLabel(self)
        self.link_label.setObjectName("securityNoticeLink")
        self.link_label.setText('<a href="told-a-code">{}</a>'.format(
            self.tr("What to do if you told someone a code")))
        self.link_label.linkActivated.connect(lambda _: self.helpRequested.emit())
        self.off_button = QPushButton(self.tr("Not again this session"), self)
        self.off_button.setObjectName("securityNoticeOffButton")
        self.off_button.clicked.connect(self.turn_off)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("securityNoticeCloseButton")
        self.close_button.clicked.connect(self.hide)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.text_label)
        text.addWidget(self.link_label)
        buttons = QVBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.off_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(icon)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        self.hide()

    def show_next(self) -> None:
        """The next rule in turn (remembered in the data directory); nothing once turned off."""
        if self.turned_off:
            return
        self.index = next_notice(self._data_dir)
        self.text_label.setText(QCoreApplication.translate(CONTEXT, notice_text(self.index)))
        self.show()

    def help_menu_texts(self) -> tuple[str, str]:
        """The Help menu's title and its item for the page (the texts live here, with the notice's)."""
        return self.tr("&Help"), self.tr("What to do if you &told someone a code…")

    def turn_off(self) -> None:
        self.turned_off = True
        self.hide()

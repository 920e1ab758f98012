"""The cover over each of the client's windows while it is locked: what happened and what to do. The
carrier lock (carrier_lock.py) shows it as it is; the idle lock (idle_lock.py) adds its password row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget


class LockCover(QWidget):
    """Covers one window of the client while the carrier is out: says what happened and what to do."""

    pinRequested = Signal()
    signOutRequested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("carrierLockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paints the style sheet's background
        self.setStyleSheet("#carrierLockCover { background: #33414e; }"
                           "#carrierLockPanel { background: palette(window); border-radius: 8px; }")
        panel = QFrame(self)
        panel.setObjectName("carrierLockPanel")
        panel.setMaximumWidth(560)
        icon = QLabel(panel)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(self.tr("The key carrier was removed"), panel)
        self.title_label.setObjectName("carrierLockTitle")
        big = QFont(self.title_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.title_label.setFont(big)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(self.tr(
            "The session is locked: nothing can be signed or sent, and your windows stay hidden until the "
            "carrier is back. What you have typed is kept."), panel)
        self.text_label.setObjectName("carrierLockText")
        self.text_label.setWordWrap(True)
        self.action_label = QLabel(self.tr("Insert the key carrier and enter its PIN to go on."), panel)
        self.action_label.setObjectName("carrierLockAction")
        bold = QFont(self.action_label.font())
        bold.setBold(True)
        self.action_label.setFont(bold)
        self.action_label.setWordWrap(True)
        self.status_label = QLabel(panel)
        self.status_label.setObjectName("carrierLockStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #4a5560;")
        self.pin_button = QPushButton(self.tr("&Enter the PIN…"), panel)
        self.pin_button.setObjectName("carrierLockPinButton")
        self.pin_button.setDefault(True)
        self.pin_button.clicked.connect(self.pinRequested)
        self.sign_out_button = QPushButton(self.tr("Sign &out"), panel)
        self.sign_out_button.setObjectName("carrierLockSignOutButton")
        self.sign_out_button.clicked.connect(self.signOutRequested)

        text = QVBoxLayout()
        self.text_layout = text  # the idle lock (idle_lock.py) adds its password row here
        self.first_focus: QWidget = self.pin_button  # takes the focus when the cover comes
        text.addWidget(self.title_label)
        text.addWidget(self.text_label)
        text.addSpacing(4)
        text.addWidget(self.action_label)
        text.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.pin_button)
        text.addSpacing(8)
        text.addLayout(buttons)
        inner = QHBoxLayout(panel)
        inner.setContentsMargins(20, 20, 20, 20)
        inner.setSpacing(16)
        inner.addWidget(icon)
        inner.addLayout(text, 1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.show_waiting()
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def show_waiting(self) -> None:
        self.status_label.setText(self.tr("Waiting for the key carrier…"))

    def show_carrier_back(self) -> None:
        self.status_label.setText(self.tr("The key carrier is back: enter its PIN."))

    def show_other_carrier(self, found: str, expected: str) -> None:
        self.status_label.setText(self.tr(
            "This is another key carrier (serial {found}). Insert the carrier you signed in with "
            "(serial {expected}) and enter its PIN, or sign out.").format(found=found, expected=expected))

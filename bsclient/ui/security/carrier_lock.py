"""The carrier must not stay plugged in (R6.7, R6.8): the session locks when it is pulled out, and an idle
clerk is reminded to take it out.

`CarrierGuard` runs while the clerk is signed in. It watches the carrier (bsclient.token.carrier_watch:
PC/SC and the PKCS#11 slot, on their own threads). When the carrier is removed it locks at once: every
window of the client is covered by a `LockCover` (the windows themselves stay as they are, so nothing
typed is lost), input to them is held back, the token session is logged out and closed on the token
thread and the workplace forgets it, so nothing can be signed. When the carrier is back, the PIN dialog
asks for its PIN again; the same carrier (by serial) opens a new session and the covers go.

When nobody has touched keyboard or mouse for `idle_reminder_minutes` while the carrier is in, a
`CarrierReminder` (not modal, it does not lock) asks the clerk to take the carrier out when leaving.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bsclient.token.carrier_watch import INSERTED, REMOVED, CarrierWatch
from bsclient.ui.background import run_on_token_thread
from bsclient.ui.security.window_covers import WindowCovers

if TYPE_CHECKING:
    from bsclient.client.config import ClientConfig
    from bsclient.token import Pkcs11Module, TokenSession
    from bsclient.ui.login.pin_dialog import OpenCarrier, PinDialog
    from bsclient.ui.workplace import Workplace

log = logging.getLogger(__name__)

PKCS11_POLL_SECONDS = 2.0


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


class CarrierReminder(QDialog):
    """Not modal, does not lock: take the carrier out when you leave (R6.7)."""

    def __init__(self, minutes: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierReminder")
        self.setWindowTitle(self.tr("Internet-Client: key carrier"))
        self.setModal(False)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Take the key carrier out when you leave"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        title.setWordWrap(True)
        self.text_label = QLabel(self.tr(
            "The client has not been used for {minutes} min and the key carrier is still plugged in. "
            "Whenever you leave the workplace, take the carrier out of the computer and keep it with you: "
            "with it, anyone at this computer can sign payments in your company's name. Plug it in only to "
            "work in this client.").format(
                minutes=max(1, math.ceil(minutes))), self)
        self.text_label.setObjectName("carrierReminderText")
        self.text_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.text_label)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


# Never covered by a lock: the locks' own windows and message boxes.
SPARED_WINDOWS = (LockCover, CarrierReminder, QMessageBox)


class CarrierGuard(QObject):
    """Locks the client when the carrier leaves, unlocks after its PIN; reminds an idle clerk.

    `sign_out` is called when the clerk chooses Sign out on a cover. Signals `locked` and `unlocked`.
    `watch_factory` makes the CarrierWatch (tests may give one; the real one by default).
    """

    locked = Signal()
    unlocked = Signal()
    _watched = Signal(str, str)  # from the watch's threads to the GUI thread

    def __init__(self, workplace: Workplace, module: Pkcs11Module, config: ClientConfig, *,
                 sign_out: Callable[[], None], main_window: QWidget | None = None,
                 parent: QObject | None = None,
                 watch_factory: Callable[..., CarrierWatch] = CarrierWatch) -> None:
        super().__init__(parent)
        self._workplace = workplace
        self._module = module
        self._config = config
        self._sign_out = sign_out
        self._main_window = main_window
        self._watch_factory = watch_factory
        self._watch: CarrierWatch | None = None
        self._locked = False
        self._serial = workplace.session.token.serial if workplace.session else ""
        self._windows = WindowCovers(self._make_cover, on_input=self._input, spared_names=frozenset({"pinDialog"}),
                                     spared_types=SPARED_WINDOWS, parent=self)
        self._pin_dialog: PinDialog | None = None
        self._carrier_back = False
        self._watched.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

        self.reminder: CarrierReminder | None = None
        self._idle_seconds = max(0.0, config.idle_reminder_minutes) * 60
        self._last_input = time.monotonic()
        self._reminded = False
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(int(min(15.0, max(0.1, self._idle_seconds / 4)) * 1000))
        self._idle_timer.timeout.connect(self._check_idle)

    # --- running -----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def watch(self) -> CarrierWatch | None:
        return self._watch

    def start(self) -> None:
        """Watch the carrier of the workplace's session; watch the clerk's input for the reminder."""
        self._windows.start()
        self._watch_session(self._workplace.session)
        if self._idle_seconds > 0:
            self._idle_timer.start()

    def stop(self) -> None:
        """Stop watching (signing out, quitting); takes the covers away. Never blocks."""
        self._idle_timer.stop()
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        self._windows.stop()
        self._close_reminder()
        if self._pin_dialog is not None and shiboken6.isValid(self._pin_dialog):
            self._pin_dialog.reject()

    def _watch_session(self, session: TokenSession | None) -> None:
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if session is None:
            return
        self._serial = session.token.serial
        self._watch = self._watch_factory(
            self._watched.emit, token_thread=self._workplace.token_thread, module=self._module,
            slot_id=session.token.slot_id, serial=session.token.serial, pkcs11_interval=PKCS11_POLL_SECONDS)
        self._watch.start()

    @Slot(str, str)
    def _on_event(self, event: str, source: str) -> None:
        if event == REMOVED:
            self.lock()
        elif event == INSERTED and self._locked:
            self._carrier_back = True
            for cover in self._windows.covers():
                cover.show_carrier_back()
            self.ask_pin()

    # --- locking -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now: cover every window, hold back input, close the token session."""
        if self._locked:
            return
        self._locked = True
        self._carrier_back = False
        self._close_reminder()
        workplace = self._workplace
        session, workplace.session, workplace.key = workplace.session, None, None
        if session is not None:
            run_on_token_thread(self, workplace.token_thread, session.close, on_success=lambda _: None,
                                on_failure=lambda exc: log.warning("closing the carrier's session: %s", exc))
        self._windows.cover_all()
        log.info("session locked: the key carrier was removed")
        self.locked.emit()

    def ask_pin(self) -> None:
        """The existing PIN dialog, for the carrier that was removed; a new session when it is accepted."""
        from bsclient.ui.login.pin_dialog import PinDialog

        if not self._locked:
            return
        if self._pin_dialog is not None and shiboken6.isValid(self._pin_dialog) and self._pin_dialog.isVisible():
            self._pin_dialog.raise_()
            self._pin_dialog.activateWindow()
            return
        from bsclient.ui.login.second_factor import waiting_key_collector

        # A new key still waiting for the bank opens the carrier as at login (nothing signed till then).
        dialog = PinDialog(self._workplace.token_thread, module_path=self._config.pkcs11_module,
                           token_label=self._config.token_label, module=self._module,
                           collect_waiting=waiting_key_collector(self._workplace.api, self._config.data_dir))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(lambda: self._carrier_opened(dialog.carrier))
        self._pin_dialog = dialog
        dialog.show()

    def _carrier_opened(self, carrier: OpenCarrier | None) -> None:
        if carrier is None:
            return
        workplace = self._workplace
        if self._serial and carrier.session.token.serial != self._serial:
            run_on_token_thread(self, workplace.token_thread, carrier.session.close, on_success=lambda _: None,
                                on_failure=lambda exc: log.warning("closing another carrier's session: %s", exc))
            for cover in self._windows.covers():
                cover.show_other_carrier(carrier.session.token.serial, self._serial)
            return
        if not self._locked:  # signed out meanwhile
            run_on_token_thread(self, workplace.token_thread, carrier.session.close, on_success=lambda _: None)
            return
        workplace.session, workplace.key, workplace.certificate = carrier.session, carrier.key, carrier.certificate
        workplace.key_waiting = carrier.key_waiting
        self._locked = False
        self._windows.uncover()
        self._last_input = time.monotonic()
        self._reminded = False
        self._watch_session(carrier.session)
        log.info("session unlocked: the key carrier is back")
        self.unlocked.emit()

    def _make_cover(self, window: QWidget) -> LockCover:
        cover = LockCover(window)
        cover.pinRequested.connect(self.ask_pin)
        cover.signOutRequested.connect(self._sign_out_chosen)
        if self._carrier_back:
            cover.show_carrier_back()
        return cover

    def _sign_out_chosen(self) -> None:
        self._sign_out()

    def covers(self) -> list[LockCover]:
        return self._windows.covers()

    # --- idle reminder -----------------------------------------------------------------------

    def _check_idle(self) -> None:
        if self._locked or self._reminded or self._idle_seconds <= 0:
            return
        if self._watch is not None and not self._watch.present:
            return
        if time.monotonic() - self._last_input < self._idle_seconds:
            return
        self._reminded = True
        parent = self._main_window if self._main_window is not None and shiboken6.isValid(self._main_window) else None
        self.reminder = CarrierReminder(self._config.idle_reminder_minutes, parent)
        self.reminder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reminder.destroyed.connect(lambda: setattr(self, "reminder", None))
        self.reminder.show()

    def _close_reminder(self) -> None:
        if self.reminder is not None and shiboken6.isValid(self.reminder):
            self.reminder.close()
        self.reminder = None

    # --- the application's events ----------------------------------------------------------

    def _input(self) -> None:
        self._last_input = time.monotonic()
        self._reminded = False

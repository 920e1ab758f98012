"""The carrier must not stay plugged in (R6.7, R6.8): the session locks when it is pulled out, and an idle
clerk is reminded to take it out.

`CarrierGuard` runs while the clerk is signed in. It watches the carrier (Carrier.watch: PC/SC and the
PKCS#11 slot, on their own threads). When the carrier is removed it locks at once: every window of the
client is covered by a `LockCover` (the windows themselves stay as they are, so nothing typed is lost),
input to them is held back, and the carrier's session is closed, so nothing can be signed. When the
carrier is back, the PIN dialog asks for its PIN again; the same carrier (by serial) opens a new session
and the covers go.

When nobody has touched keyboard or mouse for `idle_reminder_minutes` while the carrier is in, a
`CarrierReminder` (not modal, it does not lock) asks the clerk to take the carrier out when leaving.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.carrier import INSERTED, REMOVED, CarrierWatch
from bsclient.client.config import ClientConfig
from bsclient.ui.login.pin_dialog import PinDialog
from bsclient.ui.login.second_factor import waiting_key_collector
from bsclient.ui.security.lock_cover import LockCover
from bsclient.ui.security.window_covers import WindowCovers
from bsclient.ui.workplace import Workplace

__all__ = ["SPARED_WINDOWS", "CarrierGuard", "CarrierReminder", "LockCover"]

log = logging.getLogger(__name__)

PKCS11_POLL_SECONDS = 2.0


class CarrierReminder(QDialog):
    """Not modal, does not lock: take the carrier out when you leave (R6.7)."""

    def __init__(self, minutes: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierReminder")
        self.setWindowTitle(self.tr("Key carrier"))
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
    """

    locked = Signal()
    unlocked = Signal()
    _watched = Signal(str, str)  # from the watch's threads to the GUI thread

    def __init__(self, workplace: Workplace, config: ClientConfig, *, sign_out: Callable[[], None],
                 main_window: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert workplace.carrier is not None
        self._workplace = workplace
        self._carrier = workplace.carrier
        self._config = config
        self._sign_out = sign_out
        self._main_window = main_window
        self._watch: CarrierWatch | None = None
        self._locked = False
        token = self._carrier.token
        self._serial = token.serial if token is not None else ""  # the carrier the clerk signed in with
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
        """Watch the open carrier; watch the clerk's input for the reminder."""
        self._windows.start()
        self._watch_carrier()
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

    def _watch_carrier(self) -> None:
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        token = self._carrier.token
        if token is None:
            return
        self._serial = token.serial
        self._watch = self._carrier.watch(self._watched.emit, pkcs11_interval=PKCS11_POLL_SECONDS)
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
        """Lock now: cover every window, hold back input, close the carrier's session."""
        if self._locked:
            return
        self._locked = True
        self._carrier_back = False
        self._close_reminder()
        self._carrier.close_session(wait=False)  # nothing is signed from here on; the token thread logs out
        self._windows.cover_all()
        log.info("session locked: the key carrier was removed")
        self.locked.emit()

    def ask_pin(self) -> None:
        """The existing PIN dialog, for the carrier that was removed; a new session when it is accepted."""
        if not self._locked:
            return
        if self._pin_dialog is not None and shiboken6.isValid(self._pin_dialog) and self._pin_dialog.isVisible():
            self._pin_dialog.raise_()
            self._pin_dialog.activateWindow()
            return
        # A new key still waiting for the bank opens the carrier as at login (nothing signed till then);
        # another carrier than the one signed in with is not opened at all.
        dialog = PinDialog(self._carrier, token_label=self._config.token_label,
                           collect_waiting=waiting_key_collector(self._workplace.api, self._config.data_dir),
                           expected_serial=self._serial or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._carrier_opened)
        dialog.otherCarrier.connect(self._other_carrier)
        self._pin_dialog = dialog
        dialog.show()

    def _other_carrier(self, found_serial: str) -> None:
        for cover in self._windows.covers():
            cover.show_other_carrier(found_serial, self._serial)

    def _carrier_opened(self) -> None:
        if not self._locked:  # signed out meanwhile
            self._carrier.close_session(wait=False)
            return
        self._locked = False
        self._windows.uncover()
        self._last_input = time.monotonic()
        self._reminded = False
        self._watch_carrier()
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

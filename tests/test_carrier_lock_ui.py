"""R6.7 in the real windows: pulling the carrier (a virtual card in vpcd, seen by the real pcscd) out
locks the client and closes the token session while an editor holds unsaved text; putting it back and
typing the PIN unlocks, and the text is still there. An idle clerk with the carrier in is reminded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from bsclient.client import config as config_module
from bsclient.client.carrier import TokenError
from bsclient.ui.app import ClientApp
from bsclient.ui.payments.sign_and_send import CarrierNotOpenError, SignAndSend
from bsclient.ui.security.carrier_lock import LockCover
from tests.helpers.clerk_driver import WAIT_MS, click, open_new_payment, top_level, type_into
from tests.helpers.shots import shot
from tests.helpers.softhsm import USER_PIN
from tests.helpers.virtual_card import VPCD_READER, VirtualCard, vpcd_reader, wait_until_pcsc_sees

T = TypeVar("T")
NAME = "ТОО «Көктем-Строй» Алматы"
PURPOSE = "Оплата по договору № 7 — ещё не сохранено, Қазақстан"


@pytest.fixture
def carrier_in(pcscd: None) -> Iterator[VirtualCard]:
    """The carrier plugged in before the clerk signs in (request it before `signed_in`)."""
    with vpcd_reader():
        card = VirtualCard()
        card.insert()
        try:
            wait_until_pcsc_sees(present=True)
            yield card
        finally:
            card.remove()


def off_the_gui_thread(work: Callable[[], T]) -> T:
    """What a background worker does: the carrier refuses to make the GUI thread wait for the token."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(work).result()



def test_pulling_the_carrier_out_locks_and_nothing_typed_is_lost(carrier_in: VirtualCard, signed_in: ClientApp,
                                                                 qtbot) -> None:
    client = signed_in
    guard = client.carrier_guard
    assert guard is not None and guard.watch is not None and guard.watch.pcsc is not None
    assert guard.watch.pcsc.available.wait(30)
    assert guard.watch.pcsc.readers == [VPCD_READER]  # the reader whose card was in at sign-in
    workplace = client.workplace
    assert workplace is not None and workplace.carrier is not None
    carrier = workplace.carrier
    old_key = carrier.key
    assert carrier.is_open and old_key is not None

    editor = open_new_payment(qtbot, client)
    type_into(qtbot, editor, "beneficiaryNameEdit", NAME)
    type_into(qtbot, editor, "purposeEdit", PURPOSE)
    name_edit = editor.findChild(QLineEdit, "beneficiaryNameEdit")
    purpose_edit = editor.findChild(QPlainTextEdit, "purposeEdit")

    carrier_in.remove()
    qtbot.waitUntil(lambda: guard.is_locked, timeout=WAIT_MS)
    window = client.window
    assert window is not None
    covers = {cover.parentWidget(): cover for cover in guard.covers()}
    assert set(covers) >= {window, editor}  # every window of the client is covered, none closed
    for covered, cover in covers.items():
        assert cover.isVisible() and cover.geometry() == covered.rect()
    assert "Insert the key carrier and enter its PIN to go on" in covers[window].action_label.text()
    assert not carrier.is_open and carrier.key is None
    with pytest.raises(TokenError):  # the session is gone: the carrier signs nothing, whoever asks
        off_the_gui_thread(lambda: carrier.sign(old_key, b"while locked"))
    shot(window, "carrier-lock-main")
    shot(editor, "carrier-lock-editor")

    # Signing is refused, and the covered windows take no input.
    refusals: list[Exception] = []
    flow = SignAndSend(workplace)
    flow.failed.connect(refusals.append)
    flow.sign_and_send(editor.order())
    assert len(refusals) == 1 and isinstance(refusals[0], CarrierNotOpenError)
    qtbot.keyClicks(name_edit, "XYZ")
    qtbot.mouseClick(editor.findChild(QPushButton, "signAndSendButton"), Qt.MouseButton.LeftButton)
    assert name_edit.text() == NAME
    assert not editor.busy.busy
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.payment_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New payment order
    QCoreApplication.processEvents()  # what the key press posted is delivered now
    assert window.editors() == [editor]

    carrier_in.insert()
    pin = top_level(qtbot, "pinDialog")  # asked at once when the carrier is back
    qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
    assert "enter its PIN" in covers[window].status_label.text()
    shot(pin, "carrier-lock-pin")
    type_into(qtbot, pin, "pinEdit", USER_PIN)
    click(qtbot, pin, "pinOkButton")
    qtbot.waitUntil(lambda: not guard.is_locked, timeout=WAIT_MS)

    assert not guard.covers() and all(not isinstance(w, LockCover) or not w.isVisible()
                                      for w in editor.findChildren(LockCover))
    assert editor.isVisible() and editor in window.editors()
    assert name_edit.text() == NAME
    assert purpose_edit.toPlainText() == PURPOSE
    key = carrier.key
    assert carrier.is_open and key is not None
    signature = off_the_gui_thread(lambda: carrier.sign(key, b"after the lock"))
    assert len(signature) == 256  # RSA-2048: the new session signs
    # The watch goes on with the new session: pulling the carrier out again locks again.
    qtbot.waitUntil(lambda: guard.watch is not None and guard.watch.pcsc is not None
                    and guard.watch.pcsc.readers == [VPCD_READER], timeout=WAIT_MS)
    carrier_in.remove()
    qtbot.waitUntil(lambda: guard.is_locked, timeout=WAIT_MS)
    carrier_in.insert()
    pin = top_level(qtbot, "pinDialog")
    click(qtbot, pin, "pinCancelButton")  # not now: the client stays locked, the cover offers the PIN
    qtbot.waitUntil(lambda: not shiboken6.isValid(pin) or not pin.isVisible(), timeout=WAIT_MS)
    assert guard.is_locked
    covers = {cover.parentWidget(): cover for cover in guard.covers()}
    click(qtbot, covers[window], "carrierLockPinButton")
    pin = top_level(qtbot, "pinDialog")
    qtbot.waitUntil(pin.findChild(QLineEdit, "pinEdit").isEnabled, timeout=WAIT_MS)
    type_into(qtbot, pin, "pinEdit", USER_PIN)
    click(qtbot, pin, "pinOkButton")
    qtbot.waitUntil(lambda: not guard.is_locked, timeout=WAIT_MS)
    assert purpose_edit.toPlainText() == PURPOSE


def test_signing_out_from_the_lock_keeps_the_typed_text_as_a_draft(carrier_in: VirtualCard,
                                                                    signed_in: ClientApp, qtbot) -> None:
    client = signed_in
    guard, workplace, window = client.carrier_guard, client.workplace, client.window
    assert guard is not None and workplace is not None and window is not None
    assert guard.watch is not None and guard.watch.pcsc is not None and guard.watch.pcsc.available.wait(30)
    editor = open_new_payment(qtbot, client)
    type_into(qtbot, editor, "purposeEdit", PURPOSE)
    doc_id = editor.order().id
    carrier_in.remove()
    qtbot.waitUntil(lambda: guard.is_locked, timeout=WAIT_MS)
    cover = next(c for c in guard.covers() if c.parentWidget() is window)
    click(qtbot, cover, "carrierLockSignOutButton")
    login = top_level(qtbot, "loginDialog")
    assert not guard.covers() and client.carrier_guard is None
    store = workplace.store
    qtbot.waitUntil(lambda: (record := store.get(doc_id)) is not None and record.order.purpose == PURPOSE,
                    timeout=WAIT_MS)
    login.reject()  # and quit


@pytest.fixture
def tiny_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's settings say: remind after 0.02 minutes (request it before `signed_in`)."""
    real = config_module.load_config

    def load(path: Path):
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text.replace("[carrier]\n", "[carrier]\nidle_reminder_minutes = 0.02\n"),
                              encoding="utf-8")
        return real(path)

    monkeypatch.setattr("tests.helpers.clerk_driver.load_config", load)


def test_an_idle_clerk_is_reminded_to_take_the_carrier_out(tiny_idle: None, signed_in: ClientApp, qtbot) -> None:
    client = signed_in
    assert client.config.idle_reminder_minutes == 0.02
    guard = client.carrier_guard
    assert guard is not None
    qtbot.waitUntil(lambda: guard.reminder is not None and guard.reminder.isVisible(), timeout=WAIT_MS)
    reminder = guard.reminder
    assert not reminder.isModal()
    assert "take the carrier out of the computer" in reminder.text_label.text()
    assert not guard.is_locked and client.workplace is not None and client.workplace.carrier is not None
    assert client.workplace.carrier.is_open
    shot(reminder, "carrier-reminder")
    # It does not lock: the main window still takes input.
    window = client.window
    assert window is not None and not window.findChildren(LockCover)
    reminder.accept()
    qtbot.waitUntil(lambda: guard.reminder is None, timeout=WAIT_MS)


def test_idle_reminder_minutes_is_read_from_the_settings(tmp_path: Path) -> None:
    settings = tmp_path / "client.toml"
    base = '[bank]\nurl = "https://b"\nca_file = "ca.pem"\n[carrier]\nmodule = "m.so"\n'
    settings.write_text(base, encoding="utf-8")
    assert config_module.load_config(settings).idle_reminder_minutes == 10.0
    settings.write_text(base + "idle_reminder_minutes = 3\n", encoding="utf-8")
    loaded = config_module.load_config(settings)
    assert loaded.idle_reminder_minutes == 3.0
    config_module.write_config(loaded, tmp_path / "again.toml")
    assert config_module.load_config(tmp_path / "again.toml") == loaded
    settings.write_text(base + 'idle_reminder_minutes = "soon"\n', encoding="utf-8")
    with pytest.raises(config_module.ConfigError, match="idle_reminder_minutes"):
        config_module.load_config(settings)

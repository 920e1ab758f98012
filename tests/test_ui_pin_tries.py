"""The PIN window tells what the key carrier's flags tell, and no more: PKCS#11 gives no count of tries
left. Before the PIN is typed: one try left, a wrong PIN typed since the carrier was last opened, or a
locked carrier (no PIN is asked). After a wrong PIN: the carrier's sentence and how many wrong PINs were
typed in this window."""

from __future__ import annotations

import pytest

from bsclient.client.carrier import TokenInfo, WrongPinError
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.login.pin_dialog import PinDialog


class FlagCarrier:
    """A carrier whose token shows the given PIN flags and refuses every PIN with them."""

    def __init__(self, *, count_low: bool = False, final_try: bool = False, locked: bool = False) -> None:
        self.token = TokenInfo(1, "Carrier", "0042", "Maker", "Model", count_low, final_try, locked)
        self.opened = 0

    def choose(self, label: str | None = None) -> TokenInfo:
        return self.token

    def open(self, pin: object, *, label: str | None = None, serial: str | None = None) -> None:
        self.opened += 1
        raise WrongPinError(self.token.pin_tries)


def opened(qtbot, carrier: FlagCarrier) -> PinDialog:
    dialog = PinDialog(carrier, token_label=None)  # type: ignore[arg-type]  # the flags are all it reads
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "0042" in dialog.carrier_label.text(), timeout=5000)
    return dialog


def test_a_locked_carrier_is_said_before_any_pin_and_none_is_asked(qtbot) -> None:
    dialog = opened(qtbot, FlagCarrier(locked=True))
    assert "locked" in dialog.error_label.text() and "PUK" in dialog.error_label.text()
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()


@pytest.mark.parametrize(("flags", "said"), [
    ({"final_try": True}, "one PIN try left"),
    ({"count_low": True}, "A wrong PIN was typed on this key carrier since it was last opened"),
    ({}, None),
])
def test_the_flags_are_told_before_the_pin_is_typed(qtbot, flags: dict[str, bool], said: str | None) -> None:
    dialog = opened(qtbot, FlagCarrier(**flags))
    assert dialog.pin_edit.isEnabled()
    if said is None:
        assert dialog.error_label.isHidden()
    else:
        assert said in dialog.error_label.text() and dialog.error_label.isVisible()
    assert not any(digit in dialog.error_label.text() for digit in "0123456789"), "no count is made up"


def test_after_wrong_pins_the_window_counts_them_and_names_no_tries_left(qtbot) -> None:
    carrier = FlagCarrier(count_low=True)
    dialog = opened(qtbot, carrier)
    for typed in (1, 2):
        qtbot.keyClicks(dialog.pin_edit, "000000")
        dialog.ok_button.click()
        wait_for_background_work()
        qtbot.waitUntil(lambda typed=typed: carrier.opened == typed and dialog.pin_edit.isEnabled(), timeout=5000)
    text = dialog.error_label.text()
    assert "does not say how many tries are left" in text and "Wrong PINs typed in this window: 2." in text
    carrier.token = TokenInfo(1, "Carrier", "0042", "Maker", "Model", True, True, False)
    qtbot.keyClicks(dialog.pin_edit, "000000")
    dialog.ok_button.click()
    wait_for_background_work()
    qtbot.waitUntil(lambda: "one try left" in dialog.error_label.text(), timeout=5000)
    assert "Wrong PINs typed in this window: 3." in dialog.error_label.text()


@pytest.mark.parametrize(("flags", "said"), [
    ({"final_try": True}, "one PIN try left"),
    ({"count_low": True}, "A wrong PIN was typed"),
    ({"locked": True}, "PUK"),
])
def test_the_set_up_wizard_s_carrier_page_tells_the_same(qtbot, tmp_path, flags: dict[str, bool], said: str) -> None:
    from installer.gallery import wizard_pages

    wizard = dict(wizard_pages(tmp_path))["wizard-carrier"]()
    qtbot.addWidget(wizard)
    page = wizard.currentPage()
    page._show_token(FlagCarrier(**flags).token)
    assert said in page.error_label.text() and not page.error_label.isHidden()
    assert page.pin_edit.isEnabled() is not flags.get("locked", False)
    wizard.reject()  # the carrier it loaded is let go, as Cancel does
    wait_for_background_work()

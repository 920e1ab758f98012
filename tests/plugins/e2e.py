"""The client signed in through its real windows against the module's running bank (`bank`), with a
SoftHSM2 carrier enrolled for the clerk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bsclient.ui.app import ClientApp
from bsclient.ui.background import wait_for_background_work
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.clerk_driver import signed_in_as
from tests.helpers.refbank_server import RunningBank, on_bank_time


@pytest.fixture
def signed_in(qtbot, bank: RunningBank, softhsm_config: Path, tmp_path: Path) -> Iterator[ClientApp]:
    """The client after the clerk's login, PIN and the main window's first load."""
    carrier = enrolled_carrier(bank, softhsm_config)
    with signed_in_as(qtbot, bank, carrier, clerk_login(bank), tmp_path / "client") as client:
        yield client


@pytest.fixture
def clerk_on_the_banks_day() -> Iterator[None]:
    """The in-process client on the banks' clock, from before it starts until after it has stopped: its today
    is BANK_DAY, a business day, so a test's documents are dated that day whatever day the tests run. Ask for
    it with `pytestmark = pytest.mark.usefixtures("clerk_on_the_banks_day")` (set up before `signed_in`).
    Travelling sets TZ, which no worker may be reading: none runs at either end."""
    with on_bank_time():
        yield
        wait_for_background_work()

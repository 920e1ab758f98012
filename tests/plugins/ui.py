"""The windows without a bank: Qt off screen, and a workplace over a real local store with a bank
stand-in (tests/helpers/workplace.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsclient.ui.background import wait_for_background_work
from bsclient.ui.workplace import Workplace
from tests.helpers.workplace import make_workplace


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def workplace(tmp_path: Path) -> Iterator[Workplace]:
    """A signed-in clerk's workplace answered by a StandInBank; its background work done at the end."""
    made = make_workplace(tmp_path)
    yield made
    wait_for_background_work()
    made.store.close()

"""`bsclient-doctor --sign-in`: IT's sign-in through the client's real windows, offscreen, with what the clerk
types at the terminal (here standard input): the main window with its accounts, or where and why it stopped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bsclient import doctor
from bsclient.client.config import load_config
from tests.helpers.carriers import clerk_login, enrolled_carrier, write_client_config
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN


def sign_in(monkeypatch: pytest.MonkeyPatch, config: Path, typed: str) -> list[doctor.CheckResult]:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    return doctor.check_sign_in(load_config(config))


def test_the_doctor_signs_in_to_the_main_window_and_says_why_it_cannot(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                                       bank: RunningBank, softhsm_config: Path,
                                                                       tmp_path: Path) -> None:
    config = write_client_config(tmp_path / "client", bank, enrolled_carrier(bank, softhsm_config))
    login = clerk_login(bank)

    (result,) = sign_in(monkeypatch, config, f"{login}\n{bank.users[login]}\n{USER_PIN}\n")
    assert result.ok, result.detail
    assert "main window opened for" in result.detail and "account(s)" in result.detail

    (result,) = sign_in(monkeypatch, config, f"{login}\n{bank.users[login]}\n000000\n")
    assert not result.ok and result.detail.startswith("the carrier refused:"), result.detail

    (result,) = sign_in(monkeypatch, config, f"{login}\nnot-the-password\n{USER_PIN}\n")
    assert not result.ok and result.detail.startswith("the bank refused the login:"), result.detail
    assert "not-the-password" not in result.detail

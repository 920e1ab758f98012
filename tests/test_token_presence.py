"""Carrier presence through PC/SC: a sentence for the clerk when service or reader is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from smartcard.Exceptions import CardServiceStoppedException

from bsclient.token import TokenError, presence
from bsclient.token.presence import NoReaderError, PcscUnavailableError, list_readers

REPO = Path(__file__).resolve().parents[1]


def test_no_pcsc_service_is_a_token_error_with_a_sentence(tmp_path: Path) -> None:
    """Real pyscard and libpcsclite, pointed at a socket where no pcscd listens."""
    script = (
        "from bsclient.token.presence import list_readers\n"
        "from bsclient.token import TokenError\n"
        "try:\n"
        "    list_readers()\n"
        "except TokenError as exc:\n"
        "    print(type(exc).__name__, '|', exc, '|', type(exc.__cause__).__name__)\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"))
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
        check=True,
    )
    name, message, cause = (part.strip() for part in result.stdout.split("|"))
    assert name == "PcscUnavailableError"
    assert "smart card service (PC/SC) is not running" in message
    assert "IT staff" in message
    assert cause == "EstablishContextException"


def test_a_stopped_service_is_the_same_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    def stopped() -> list:
        raise CardServiceStoppedException(hresult=0x8010001E)

    monkeypatch.setattr(presence, "readers", stopped)
    with pytest.raises(PcscUnavailableError):
        list_readers()


def test_no_reader_asks_to_insert_the_carrier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "readers", lambda: [])
    with pytest.raises(NoReaderError) as caught:
        list_readers()
    assert isinstance(caught.value, TokenError)
    assert "Insert the key carrier" in str(caught.value)


def test_reader_names_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "readers", lambda: ["Virtual PCD 00 00", "Virtual PCD 00 01"])
    assert list_readers() == ["Virtual PCD 00 00", "Virtual PCD 00 01"]

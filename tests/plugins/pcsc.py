"""The PC/SC service for the tests of carriers in a reader: the run's own pcscd with vsmartcard-vpcd
readers when it may start one (tests/helpers/private_pcscd.py), else the system's."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.helpers import private_pcscd

_PRIVATE = pytest.StashKey[private_pcscd.PrivatePcscd | None]()
_DIRECTORY = pytest.StashKey[Path]()
SYSTEM_SOCKET = Path("/run/pcscd/pcscd.comm")
START_TIMEOUT = 20.0


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_PRIVATE] = None
    if private_pcscd.possible():
        directory = Path(tempfile.mkdtemp(prefix="bsclient-pcsc-"))
        config.stash[_DIRECTORY] = directory
        private = private_pcscd.PrivatePcscd(directory)
        private.export()  # before any PC/SC context of this process
        config.stash[_PRIVATE] = private


def pytest_unconfigure(config: pytest.Config) -> None:
    private = config.stash.get(_PRIVATE, None)
    if private is not None:
        private.stop()
    directory = config.stash.get(_DIRECTORY, None)
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def pcscd(pytestconfig: pytest.Config) -> None:
    """The PC/SC service is running (started here when the run may start it)."""
    private = pytestconfig.stash[_PRIVATE]
    if private is not None:
        private.start()
        return
    if subprocess.run(["pgrep", "-x", "pcscd"], capture_output=True).returncode == 0:
        return
    pcscd_binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if os.geteuid() != 0 or not Path(pcscd_binary).exists():
        pytest.fail("pcscd is not running and this run cannot start it: run `pcscd` as root")
    Path("/run/pcscd").mkdir(parents=True, exist_ok=True)
    subprocess.run([pcscd_binary], check=True)
    deadline = time.monotonic() + START_TIMEOUT
    while not SYSTEM_SOCKET.exists():  # pcscd forks into the background before it listens
        if time.monotonic() > deadline:
            pytest.fail(f"pcscd started but never opened {SYSTEM_SOCKET}")
        time.sleep(0.05)

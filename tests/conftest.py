"""Fixtures shared by the suite: one SoftHSM2 configuration per run, the PC/SC service.

SoftHSM2 reads SOFTHSM2_CONF once, when the module is initialised, so a test process can only
ever use one configuration: it is made here, before any test loads the module, and every test
token is a new label in it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from installer.softhsm import write_softhsm_config
from tests import private_pcscd

_softhsm_dir = Path(tempfile.mkdtemp(prefix="bsclient-softhsm-"))
# The run's own pcscd and vpcd readers when it can have them (tests/private_pcscd.py), else the system's.
_private_pcscd: private_pcscd.PrivatePcscd | None = None


def pytest_configure(config: pytest.Config) -> None:
    os.environ["SOFTHSM2_CONF"] = str(write_softhsm_config(_softhsm_dir))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _private_pcscd
    if private_pcscd.possible():
        _private_pcscd = private_pcscd.PrivatePcscd(_softhsm_dir / "pcsc")
        _private_pcscd.export()  # before any PC/SC context of this process


def pytest_unconfigure(config: pytest.Config) -> None:
    if _private_pcscd is not None:
        _private_pcscd.stop()
    shutil.rmtree(_softhsm_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def softhsm_config() -> Path:
    """The run's SoftHSM2 configuration; tokens made with installer.softhsm.init_token go in it."""
    return Path(os.environ["SOFTHSM2_CONF"])


@pytest.fixture(scope="session")
def pcscd() -> None:
    """The PC/SC service is running (started here when the run may start it)."""
    if _private_pcscd is not None:
        _private_pcscd.start()
        return
    if subprocess.run(["pgrep", "-x", "pcscd"], capture_output=True).returncode != 0:
        pcscd_binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        if os.geteuid() != 0 or not Path(pcscd_binary).exists():
            pytest.fail("pcscd is not running and this run cannot start it: run `pcscd` as root")
        Path("/run/pcscd").mkdir(parents=True, exist_ok=True)
        subprocess.run([pcscd_binary], check=True)
        time.sleep(1)


# The bank's clerk for the modules that talk to refbank directly: each such module gives its own
# module-scoped `bank` (tests/refbank_server.start_refbank with its own settings).
@pytest.fixture(scope="module")
def clerk(bank):
    from tests.refbank_server import login

    session = login(bank, "clerk")
    yield session
    session.close()  # an idle TLS connection would hold up the bank's graceful shutdown


@pytest.fixture(scope="module")
def signer(request, bank, clerk):
    """The clerk's software key certified by the bank: EC, or the module's SIGNER_KEY ("rsa")."""
    from tests.refbank_server import enrol_software_key

    return enrol_software_key(bank, clerk, getattr(request.module, "SIGNER_KEY", "ec"))

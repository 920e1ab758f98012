"""The run's one SoftHSM2 configuration, and the fixtures of the tests that use tokens in it.

SoftHSM2 reads SOFTHSM2_CONF once, when the module is initialised, so a test process can only ever use
one configuration: it is made here, before any test loads the module, and every test token is a new
label in it. A token made after the module was loaded shows up once the module is loaded again (the
`pkcs11_module` fixture loads it per test).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsclient.token import Pin, Pkcs11Module
from installer.softhsm import SOFTHSM_MODULE, write_softhsm_config
from tests.helpers.certificates import require_tool
from tests.helpers.softhsm import USER_PIN, SoftHsm
from tests.helpers.vendor_tokens import VendorToken, fresh_opencryptoki_token

_DIRECTORY = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    directory = Path(tempfile.mkdtemp(prefix="bsclient-softhsm-"))
    config.stash[_DIRECTORY] = directory
    os.environ["SOFTHSM2_CONF"] = str(write_softhsm_config(directory))


def pytest_unconfigure(config: pytest.Config) -> None:
    directory = config.stash.get(_DIRECTORY, None)
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def softhsm_config() -> Path:
    """The run's SoftHSM2 configuration; tokens made with installer.softhsm.init_token go in it."""
    return Path(os.environ["SOFTHSM2_CONF"])


@pytest.fixture(scope="session")
def softhsm(softhsm_config: Path) -> SoftHsm:
    """The run's SoftHSM2 module and configuration, for making test tokens."""
    if SOFTHSM_MODULE is None:
        pytest.fail("libsofthsm2.so was not found: install SoftHSM2 (apt-get install softhsm2)")
    require_tool("softhsm2-util")
    return SoftHsm(softhsm_config, SOFTHSM_MODULE)


@pytest.fixture
def pkcs11_module(softhsm: SoftHsm) -> Iterator[Pkcs11Module]:
    """SoftHSM2 loaded afresh, so that it sees every token made so far."""
    module = Pkcs11Module(softhsm.module_path)
    yield module
    module.close()


@pytest.fixture
def pin() -> Pin:
    return Pin(USER_PIN)


# The PKCS#11 implementations the vendor tests run on, from a setting (a comma-separated list) so that a
# machine with a real carrier's module can add its own; SoftHSM2 and openCryptoki's software token by default.
CARRIER_IMPLEMENTATIONS = tuple(
    name.strip() for name in os.environ.get("BSCLIENT_TEST_CARRIERS", "softhsm,opencryptoki").split(",")
    if name.strip())


@pytest.fixture(params=CARRIER_IMPLEMENTATIONS)
def vendor_token(request: pytest.FixtureRequest) -> VendorToken:
    """A fresh token with USER_PIN on each PKCS#11 implementation in turn (see CARRIER_IMPLEMENTATIONS)."""
    name = request.param
    if name == "softhsm":
        softhsm: SoftHsm = request.getfixturevalue("softhsm")
        return VendorToken(name, softhsm.module_path, softhsm.new_token("vendor"))
    if name == "opencryptoki":
        return fresh_opencryptoki_token()
    pytest.fail(f"unknown carrier implementation {name!r} in BSCLIENT_TEST_CARRIERS")

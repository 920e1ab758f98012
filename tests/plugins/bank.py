"""The running reference bank of a test module, and its clerk over plain HTTPS with a software key.

`bank` is module-scoped: each module that asks for it gets a bank of its own, started with the default
settings here. A module that needs other settings (its own refbank configuration, execution delay,
approval of certificates by an officer) defines its own module-scoped `bank`, which pytest prefers for
that module; `clerk` and `signer` then use that one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers.refbank_server import RunningBank, enrol_software_key, login, start_refbank
from tests.helpers.software_keys import SoftwareSigner


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    running = start_refbank(tmp_path_factory.mktemp("bank"), execution_delay=0.3)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def clerk(bank: RunningBank) -> Iterator[Any]:
    """The bank's clerk, signed in on a requests.Session."""
    session = login(bank, "clerk")
    yield session
    session.close()  # an idle TLS connection would hold up the bank's graceful shutdown


@pytest.fixture(scope="module")
def signer(request: pytest.FixtureRequest, bank: RunningBank, clerk: Any) -> SoftwareSigner:
    """The clerk's software key certified by the bank: EC, or the module's SIGNER_KEY ("rsa")."""
    return enrol_software_key(bank, clerk, getattr(request.module, "SIGNER_KEY", "ec"))

"""Every test gets one of the markers unit, integration, e2e or bundle (registered in pyproject.toml), so
that `-m unit` is the quick loop:

- integration: it starts the reference bank or uses a token (SoftHSM2 or a card in a PC/SC reader),
- e2e: it drives the client's windows against a running bank,
- unit: everything else (rules, the client layer, windows over stand-ins, quick tools like openssl),
- bundle: builds the PyInstaller bundle (marked by hand).

The kind is read from the fixtures a test uses (their whole closure, so a module's own `carrier(bank)`
counts as the bank). A module whose tests start the bank or a tool in their bodies says so with an
explicit `pytestmark`, which wins; so do the volume checks (100,000 documents, 200,000 statement lines),
which stay out of the quick loop. Tests using the `pcscd` fixture are also marked `pcsc`.
"""

from __future__ import annotations

import pytest

KINDS = ("unit", "integration", "e2e", "bundle")
BANK_FIXTURES = frozenset({"bank"})
TOKEN_FIXTURES = frozenset({"softhsm", "softhsm_config", "pkcs11_module", "pcscd"})
WINDOW_FIXTURES = frozenset({"qtbot"})


def kind_of(fixtures: frozenset[str]) -> str:
    """The marker a test gets from the fixtures it uses."""
    if fixtures & BANK_FIXTURES and fixtures & WINDOW_FIXTURES:
        return "e2e"
    if fixtures & (BANK_FIXTURES | TOKEN_FIXTURES):
        return "integration"
    return "unit"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = frozenset(getattr(item, "fixturenames", ()))
        if "pcscd" in fixtures:
            item.add_marker(pytest.mark.pcsc)
        if not any(item.get_closest_marker(kind) for kind in KINDS):
            item.add_marker(getattr(pytest.mark, kind_of(fixtures)))

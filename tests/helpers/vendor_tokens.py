"""Fresh tokens on a second PKCS#11 implementation, openCryptoki's software token."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from bsclient.token import Pkcs11Module
from installer.opencryptoki import (
    OpenCryptokiError,
    ensure_slot_daemon,
    find_opencryptoki_module,
    init_token,
)
from tests.helpers.softhsm import USER_PIN

_labels = itertools.count(1)


@dataclass(frozen=True)
class VendorToken:
    implementation: str  # "softhsm" | "opencryptoki"
    module_path: str
    label: str


def fresh_opencryptoki_token() -> VendorToken:
    """openCryptoki's one software token, wiped and labelled anew (its serial is always "123")."""
    path = find_opencryptoki_module()
    if path is None:
        pytest.fail("libopencryptoki.so was not found: install openCryptoki (apt-get install opencryptoki)")
    try:
        ensure_slot_daemon()
    except OpenCryptokiError as exc:
        pytest.fail(str(exc))
    label = f"ock-{next(_labels)}"
    # openCryptoki stays loaded for the process (Pkcs11Module keeps it): this is the same library.
    module = Pkcs11Module(path)
    try:
        init_token(module.lib, label, user_pin=USER_PIN)
    finally:
        module.close()
    return VendorToken("opencryptoki", path, label)

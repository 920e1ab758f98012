"""The token's signatures go through the module's own C_SignInit/C_Sign by ctypes (the interpreter lock
let go while the token signs), on the session PyKCS11 opened: the same signatures PyKCS11 makes, and
PyKCS11 itself for a module that exports no C_Sign."""

from __future__ import annotations

import ctypes.util

from bsclient.crypto import sign_detached, verify_detached
from bsclient.token import Pin, Pkcs11Module, TokenSession, TokenSigner
from bsclient.token.unlocked_sign import UnlockedSign
from tests.helpers.certificates import TestCa
from tests.helpers.softhsm import SoftHsm


def test_the_unlocked_call_signs_as_pykcs11_does(softhsm: SoftHsm, pin: Pin) -> None:
    label = softhsm.new_token("unlocked")
    ca = TestCa()
    with Pkcs11Module(softhsm.module_path) as module, TokenSession.open(module, pin, label=label) as session:
        key = session.generate_key_pair("Director", "rsa-2048")
        key = session.store_certificate(key, ca.issue(key.public_key_der, common_name="Director"))
        assert module.unlocked_sign() is not None  # SoftHSM2 exports C_Sign: the lock is let go
        unlocked = session.sign(key, b"the same bytes")
        module._unlocked = None  # as a module that exports no C_Sign: PyKCS11 signs
        held = session.sign(key, b"the same bytes")
        assert unlocked == held  # RSA PKCS#1 v1.5 is deterministic: the same call underneath
        signature = sign_detached(b"content", TokenSigner(session, key))
    assert verify_detached(b"content", signature, ca.der).owner_name == "Director"


def test_a_library_without_the_signing_calls_is_left_to_pykcs11() -> None:
    libc = ctypes.util.find_library("c")
    assert libc is not None
    assert UnlockedSign.load(libc) is None
    assert UnlockedSign.load("/no/such/module.so") is None

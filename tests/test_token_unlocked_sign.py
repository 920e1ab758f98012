"""The token's signatures go through the module's own C_SignInit/C_Sign by ctypes (the interpreter lock
let go while the token signs; C_SignInit keeps it while the module answers it quickly), on the session
PyKCS11 opened: the same signatures PyKCS11 makes, and
PyKCS11 itself for a module that exports no C_Sign."""

from __future__ import annotations

import ctypes.util

from bsclient.crypto import sign_detached, verify_detached
from bsclient.token import Pin, Pkcs11Module, TokenSession, TokenSigner, unlocked_sign
from bsclient.token.unlocked_sign import HELD_SIGN_INIT_LIMIT, UnlockedSign
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


def test_sign_init_keeps_the_lock_only_while_the_module_answers_it_quickly(softhsm: SoftHsm, pin: Pin,
                                                                           monkeypatch) -> None:
    label = softhsm.new_token("held-init")
    with Pkcs11Module(softhsm.module_path) as module, TokenSession.open(module, pin, label=label) as session:
        key = session.generate_key_pair("Director", "rsa-2048")
        unlocked = module.unlocked_sign()
        assert unlocked is not None
        calls: list[str] = []
        held_init, free_init = unlocked._sign_init_held, unlocked._sign_init

        def held(*args):
            calls.append("held")
            return held_init(*args)

        def free(*args):
            calls.append("without the lock")
            return free_init(*args)

        monkeypatch.setattr(unlocked, "_sign_init_held", held)
        monkeypatch.setattr(unlocked, "_sign_init", free)
        first = session.sign(key, b"the same bytes")  # SoftHSM2 answers in microseconds: held
        assert calls == ["held"]
        # A module that once takes longer than the limit (a card talking to its chip) gets the call
        # without the lock from then on.
        ticks = iter([0.0, HELD_SIGN_INIT_LIMIT * 2])
        monkeypatch.setattr(unlocked_sign, "perf_counter", lambda: next(ticks))
        second = session.sign(key, b"the same bytes")
        third = session.sign(key, b"the same bytes")
        assert calls == ["held", "held", "without the lock"]
        assert first == second == third  # RSA PKCS#1 v1.5: the same signature whichever way it was asked

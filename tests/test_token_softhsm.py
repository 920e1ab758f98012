"""PKCS#11 against a real SoftHSM2 token: finding carriers, the PIN, keys that never leave."""

from __future__ import annotations

import ctypes.util
import subprocess

import PyKCS11
import pytest

from bsclient.token import (
    KeyPair,
    ModuleNotLoadedError,
    Pin,
    Pkcs11Module,
    TokenNotFoundError,
    TokenSession,
    TokenSigner,
    TokenThread,
    WrongPinError,
)
from bsclient.token.errors import (
    CertificateMismatchError,
    CertificateMissingError,
    KeyNotFoundError,
    PinTries,
)
from tests.helpers.certificates import TestCa, require_tool
from tests.helpers.softhsm import USER_PIN, SoftHsm

pytestmark = pytest.mark.integration  # SoftHSM2 and softhsm2-util


@pytest.fixture(scope="module")
def carrier(softhsm: SoftHsm) -> str:
    """One token for the read-mostly tests of this module."""
    return softhsm.new_token("carrier")


def test_tokens_lists_the_carriers_with_their_labels_and_serials(
    softhsm: SoftHsm, carrier: str
) -> None:
    other = softhsm.new_token("second")
    with Pkcs11Module(softhsm.module_path) as module:
        tokens = {token.label: token for token in module.tokens()}
    assert {carrier, other} <= set(tokens)
    assert tokens[carrier].manufacturer == "SoftHSM project"
    assert tokens[carrier].serial and tokens[carrier].serial != tokens[other].serial
    assert tokens[carrier].slot_id != tokens[other].slot_id
    # SoftHSM's spare uninitialised slot is not a carrier.
    assert "" not in tokens


def test_open_by_label_then_by_serial(pkcs11_module: Pkcs11Module, carrier: str, pin: Pin) -> None:
    with TokenSession.open(pkcs11_module, pin, label=carrier) as session:
        assert session.token.label == carrier
        serial = session.token.serial
    with TokenSession.open(pkcs11_module, pin, serial=serial) as session:
        assert session.token.label == carrier
    with pytest.raises(TokenNotFoundError):
        TokenSession.open(pkcs11_module, pin, label=carrier, serial="0000")


def test_wrong_pin_is_a_readable_wrong_pin_error(
    pkcs11_module: Pkcs11Module, carrier: str
) -> None:
    with pytest.raises(WrongPinError) as caught:
        TokenSession.open(pkcs11_module, Pin("000000"), label=carrier)
    error = caught.value
    assert str(error).startswith("The PIN is wrong")
    # SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN: a wrong PIN was typed, not a count.
    assert error.tries_hint is PinTries.WRONG_BEFORE
    assert "does not say how many tries are left" in str(error) and "few tries are left" not in str(error)
    assert isinstance(error.__cause__, PyKCS11.PyKCS11Error)
    assert error.__cause__.value == PyKCS11.CKR_PIN_INCORRECT


def test_softhsm_never_locks_the_pin(softhsm: SoftHsm, pin: Pin) -> None:
    """What SoftHSM2 does after many wrong PINs: it never locks.

    Every wrong C_Login answers CKR_PIN_INCORRECT and sets CKF_USER_PIN_COUNT_LOW; neither
    CKF_USER_PIN_FINAL_TRY nor CKF_USER_PIN_LOCKED is ever set, and the right PIN still works
    (and clears COUNT_LOW). So PinLockedError is proven at the mapping function
    (test_token_basics.py::test_pin_locked_maps_to_the_security_officer_sentence).
    """
    label = softhsm.new_token("lock")
    with Pkcs11Module(softhsm.module_path) as module:
        for _ in range(12):
            with pytest.raises(WrongPinError):
                TokenSession.open(module, Pin("999999"), label=label)
        (token,) = [t for t in module.tokens() if t.label == label]
        assert (token.pin_count_low, token.pin_final_try, token.pin_locked) == (True, False, False)
        with TokenSession.open(module, pin, label=label) as session:
            assert session.token.label == label
        (token,) = [t for t in module.tokens() if t.label == label]
        assert token.pin_count_low is False


def test_a_missing_module_path_is_module_not_loaded(tmp_path) -> None:
    path = str(tmp_path / "no-such-pkcs11.so")
    with pytest.raises(ModuleNotLoadedError) as caught:
        Pkcs11Module(path)
    assert path in str(caught.value)
    assert "IT staff" in str(caught.value)
    assert caught.value.__cause__ is not None


def test_a_library_that_is_not_pkcs11_is_module_not_loaded(tmp_path) -> None:
    not_a_module = tmp_path / "libnothing.so"
    not_a_module.write_bytes(b"\x7fELF but not really")
    with pytest.raises(ModuleNotLoadedError):
        Pkcs11Module(str(not_a_module))
    # A real shared library without C_GetFunctionList (zlib, found by the loader's search path).
    zlib = ctypes.util.find_library("z")
    assert zlib, "zlib is part of every Linux system"
    with pytest.raises(ModuleNotLoadedError) as caught:
        Pkcs11Module(zlib)
    assert zlib in str(caught.value)


def test_no_token_with_that_label(pkcs11_module: Pkcs11Module, pin: Pin) -> None:
    with pytest.raises(TokenNotFoundError) as caught:
        TokenSession.open(pkcs11_module, pin, label="no-such-carrier")
    assert '"no-such-carrier" was not found' in str(caught.value)


@pytest.mark.parametrize("algorithm", ["rsa-2048", "ec-p256"])
def test_generated_key_is_sensitive_and_never_extractable(
    softhsm: SoftHsm, pin: Pin, algorithm: str
) -> None:
    """The private key never leaves the carrier: checked through PyKCS11 and pkcs11-tool."""
    label = softhsm.new_token("keygen")
    module = Pkcs11Module(softhsm.module_path)  # sees the token just made
    try:
        with TokenSession.open(module, pin, label=label) as session:
            key = session.generate_key_pair("Director signing key", algorithm)
            assert key.algorithm == algorithm.split("-", maxsplit=1)[0]
            assert len(key.key_id) == 16
            assert session.key_pairs() == [key]
            attributes = _private_key_attributes(module, session, key)
    finally:
        module.close()
    assert attributes == {
        "CKA_TOKEN": True, "CKA_PRIVATE": True, "CKA_SENSITIVE": True,
        "CKA_EXTRACTABLE": False, "CKA_ALWAYS_SENSITIVE": True, "CKA_NEVER_EXTRACTABLE": True,
        "CKA_SIGN": True, "CKA_DECRYPT": False, "CKA_LABEL": "Director signing key",
    }

    listing = subprocess.run(
        [
            require_tool("pkcs11-tool"), "--module", softhsm.module_path,
            "--token-label", label, "--login", "--pin", USER_PIN, "--list-objects",
        ],
        capture_output=True, text=True, check=True,
    ).stdout
    private = listing[listing.index("Private Key Object"):]
    access = next(line for line in private.splitlines() if "Access:" in line)
    assert "never extractable" in access
    assert "always sensitive" in access
    assert key.key_id.hex() in private
    assert "Director signing key" in private


def _private_key_attributes(module: Pkcs11Module, session: TokenSession, key: KeyPair) -> dict:
    # A second raw PyKCS11 session, independent of the code under test.
    names = [
        "CKA_TOKEN", "CKA_PRIVATE", "CKA_SENSITIVE", "CKA_EXTRACTABLE", "CKA_ALWAYS_SENSITIVE",
        "CKA_NEVER_EXTRACTABLE", "CKA_SIGN", "CKA_DECRYPT", "CKA_LABEL",
    ]
    raw = module.lib.openSession(session.token.slot_id)
    try:
        (handle,) = raw.findObjects(
            [(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, key.key_id)]
        )
        values = raw.getAttributeValue(handle, [getattr(PyKCS11, name) for name in names])
        # Reading the private value of a sensitive key must be refused.
        (value,) = raw.getAttributeValue_fragmented(handle, [PyKCS11.CKA_PRIVATE_EXPONENT
                                                             if key.algorithm == "rsa"
                                                             else PyKCS11.CKA_VALUE])
        assert value is None
    finally:
        raw.closeSession()
    return dict(zip(names, values, strict=True))


def test_certificate_is_stored_with_the_keys_id_and_paired_back(
    softhsm: SoftHsm, pin: Pin
) -> None:
    label = softhsm.new_token("store")
    ca = TestCa()
    with Pkcs11Module(softhsm.module_path) as module:
        with TokenSession.open(module, pin, label=label) as session:
            key = session.generate_key_pair("Accountant", "ec-p256")
            other = session.generate_key_pair("Spare", "rsa-2048")
            with pytest.raises(CertificateMissingError):
                _ = TokenSigner(session, key).certificate_der
            certificate_der = ca.issue(key.public_key_der, common_name="Accountant")
            with pytest.raises(CertificateMismatchError):
                session.store_certificate(other, certificate_der)
            stored = session.store_certificate(key, certificate_der)
            assert stored.certificate_der == certificate_der
            # Renewal replaces the certificate instead of piling up a second one.
            renewed = ca.issue(key.public_key_der, common_name="Accountant")
            session.store_certificate(key, renewed)

        with TokenSession.open(module, pin, label=label) as session:
            pairs = {pair.label: pair for pair in session.key_pairs()}
            assert pairs["Accountant"].certificate_der == renewed
            assert pairs["Accountant"].key_id == key.key_id
            assert pairs["Spare"].certificate_der is None
            certificates = session._current().findObjects(
                [(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE)]
            )
            subject, value = session._current().getAttributeValue(
                certificates[0], [PyKCS11.CKA_SUBJECT, PyKCS11.CKA_VALUE]
            )
            assert len(certificates) == 1
            assert bytes(value) == renewed
            assert bytes(subject)  # subject attribute present for other PKCS#11 software


def test_signing_with_a_key_that_is_gone_is_key_not_found(
    pkcs11_module: Pkcs11Module, carrier: str, pin: Pin
) -> None:
    ghost = KeyPair(b"\x00" * 16, "Lost key", "rsa", b"", None)
    with TokenSession.open(pkcs11_module, pin, label=carrier) as session, pytest.raises(KeyNotFoundError) as caught:
        session.sign(ghost, b"data")
    assert '"Lost key"' in str(caught.value)


def test_close_logs_out_and_closes(softhsm: SoftHsm, pin: Pin) -> None:
    label = softhsm.new_token("close")
    with Pkcs11Module(softhsm.module_path) as module:
        session = TokenSession.open(module, pin, label=label)
        probe = module.lib.openSession(session.token.slot_id)
        try:
            assert probe.getSessionInfo().state == PyKCS11.CKS_RO_USER_FUNCTIONS
            session.close()
            session.close()  # twice is harmless
            assert session.closed
            # Login state is per application: the probe session sees the logout.
            assert probe.getSessionInfo().state == PyKCS11.CKS_RO_PUBLIC_SESSION
        finally:
            probe.closeSession()
        with pytest.raises(RuntimeError):
            session.key_pairs()


def test_the_pin_appears_in_no_error_and_no_session_text(
    pkcs11_module: Pkcs11Module, carrier: str
) -> None:
    wrong = "55443322"
    with pytest.raises(WrongPinError) as caught:
        TokenSession.open(pkcs11_module, Pin(wrong), label=carrier)
    texts = [str(caught.value), repr(caught.value), str(caught.value.__cause__),
             repr(caught.value.__cause__)]
    assert not any(wrong in text for text in texts)
    with TokenSession.open(pkcs11_module, Pin(USER_PIN), label=carrier) as session:
        assert USER_PIN not in repr(session) + str(session) + repr(vars(session))


def test_a_session_opened_on_the_token_thread_refuses_other_threads(
    softhsm: SoftHsm, carrier: str
) -> None:
    """All PKCS#11 calls run on the one TokenThread; any other caller is stopped."""
    with TokenThread() as thread:
        with pytest.raises(AssertionError):
            Pkcs11Module(softhsm.module_path, thread=thread)
        module = thread.submit(Pkcs11Module, softhsm.module_path, thread=thread).result()
        session = thread.submit(
            TokenSession.open, module, Pin(USER_PIN), label=carrier
        ).result()
        assert session.thread is thread  # inherited from the module
        with pytest.raises(AssertionError):
            session.key_pairs()
        with pytest.raises(AssertionError):
            module.tokens()
        assert isinstance(thread.submit(session.key_pairs).result(), list)
        thread.submit(session.close).result()
        thread.submit(module.close).result()


def test_softhsm_config_keeps_tokens_in_its_own_directory(tmp_path) -> None:
    from installer.softhsm import write_softhsm_config

    config = write_softhsm_config(tmp_path / "hsm")
    text = config.read_text()
    assert f"directories.tokendir = {tmp_path / 'hsm' / 'tokens'}" in text
    assert "objectstore.backend = file" in text
    assert "log.level = ERROR" in text
    assert (tmp_path / "hsm" / "tokens").is_dir()


def test_init_token_without_softhsm2_util_says_what_to_install(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from installer import softhsm as helpers

    monkeypatch.setattr(helpers.shutil, "which", lambda name: None)
    with pytest.raises(helpers.SoftHsmError) as caught:
        helpers.init_token(tmp_path / "x.conf", "t", so_pin="12345678", user_pin="1234")
    assert "softhsm2-util was not found" in str(caught.value)
    assert "apt-get install softhsm2" in str(caught.value)

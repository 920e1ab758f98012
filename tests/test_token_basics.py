"""The PIN that refuses to print, the one token thread, and the one PKCS#11 error mapping."""

from __future__ import annotations

import pickle
import threading

import PyKCS11
import pytest

from bsclient.token import (
    ModuleNotLoadedError,
    Pin,
    PinLockedError,
    PinTries,
    SessionLostError,
    TokenError,
    TokenNotFoundError,
    TokenRemovedError,
    TokenThread,
    WrongPinError,
)
from bsclient.token.errors import (
    CarrierFailureError,
    KeyNotFoundError,
    PinLengthError,
    map_pkcs11_error,
    pkcs11_errors,
)

SECRET = "918273"


def test_pin_never_shows_its_digits() -> None:
    pin = Pin(SECRET)
    assert str(pin) == "***"
    assert repr(pin) == "Pin('***')"
    assert SECRET not in f"{pin} {pin!r} {[pin]} {({'pin': pin})}"
    assert pin.reveal() == SECRET


def test_pin_cannot_be_pickled_to_disk() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Pin(SECRET))


def test_assert_current_raises_off_the_token_thread() -> None:
    thread = TokenThread()
    try:
        with pytest.raises(AssertionError):
            thread.assert_current()
        assert thread.submit(thread.assert_current).result() is None
        names = thread.submit(lambda: threading.current_thread().name).result()
        assert names.startswith("pkcs11")

        # Any other thread is refused too, not only the main one.
        errors: list[BaseException] = []

        def elsewhere() -> None:
            try:
                thread.assert_current()
            except AssertionError as exc:
                errors.append(exc)

        other = threading.Thread(target=elsewhere)
        other.start()
        other.join()
        assert len(errors) == 1
    finally:
        thread.shutdown()


def test_token_thread_runs_work_in_order_on_one_thread() -> None:
    with TokenThread() as thread:
        idents = [thread.submit(threading.get_ident) for _ in range(5)]
        assert len({future.result() for future in idents}) == 1
        assert idents[0].result() != threading.get_ident()


def _error(code: int) -> PyKCS11.PyKCS11Error:
    return PyKCS11.PyKCS11Error(code)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (PyKCS11.CKR_PIN_INCORRECT, WrongPinError),
        (PyKCS11.CKR_PIN_LEN_RANGE, PinLengthError),
        (PyKCS11.CKR_PIN_LOCKED, PinLockedError),
        (PyKCS11.CKR_TOKEN_NOT_PRESENT, TokenRemovedError),
        (PyKCS11.CKR_DEVICE_REMOVED, TokenRemovedError),
        (PyKCS11.CKR_SESSION_HANDLE_INVALID, SessionLostError),
        (PyKCS11.CKR_SESSION_CLOSED, SessionLostError),
        (PyKCS11.CKR_KEY_HANDLE_INVALID, KeyNotFoundError),
        (PyKCS11.CKR_DEVICE_ERROR, CarrierFailureError),
    ],
)
def test_each_pkcs11_code_maps_to_one_domain_error(code: int, expected: type) -> None:
    error = map_pkcs11_error(_error(code))
    assert type(error) is expected
    assert isinstance(error, TokenError)
    assert error.message.context == "Token"
    assert str(error).endswith(".")


def test_pin_locked_maps_to_the_security_officer_sentence() -> None:
    """CKR_PIN_LOCKED, tested at the single mapping function.

    SoftHSM2 2.6 never locks a user PIN: after any number of wrong tries C_Login still answers
    CKR_PIN_INCORRECT, only CKF_USER_PIN_COUNT_LOW is set (and cleared by a right PIN), and
    CKF_USER_PIN_FINAL_TRY / CKF_USER_PIN_LOCKED are never raised (see
    test_token_softhsm.py::test_softhsm_never_locks_the_pin). A hardware carrier does lock, so the
    lock is proven here, where every PKCS#11 code becomes a domain error.
    """
    error = map_pkcs11_error(_error(PyKCS11.CKR_PIN_LOCKED))
    assert isinstance(error, PinLockedError)
    assert "PIN of the key carrier is locked" in str(error)
    assert "PUK" in str(error)
    assert "security officer" in str(error)
    # A token that locks on the failing try answers PIN_INCORRECT with the LOCKED flag set.
    assert isinstance(
        map_pkcs11_error(_error(PyKCS11.CKR_PIN_INCORRECT), pin_tries=PinTries.LOCKED),
        PinLockedError,
    )


def test_wrong_pin_says_when_the_next_try_is_the_last() -> None:
    plain = str(map_pkcs11_error(_error(PyKCS11.CKR_PIN_INCORRECT)))
    few = str(map_pkcs11_error(_error(PyKCS11.CKR_PIN_INCORRECT), pin_tries=PinTries.WRONG_BEFORE))
    final = str(map_pkcs11_error(_error(PyKCS11.CKR_PIN_INCORRECT), pin_tries=PinTries.FINAL_TRY))
    assert plain.startswith("The PIN is wrong.")
    # COUNT_LOW says only that a wrong PIN was typed since the last login: no number is made up.
    assert few == plain and "does not say how many tries are left" in plain and "PUK" in plain
    assert not any(digit in plain for digit in "0123456789")
    assert "one try left" in final and "security officer" in final and "PUK" in final
    assert map_pkcs11_error(
        _error(PyKCS11.CKR_PIN_INCORRECT), pin_tries=PinTries.FINAL_TRY
    ).tries_hint is PinTries.FINAL_TRY


def test_unknown_failures_name_the_code_for_it_staff() -> None:
    error = map_pkcs11_error(_error(PyKCS11.CKR_DEVICE_ERROR))
    assert "CKR_DEVICE_ERROR" in str(error)
    assert "IT staff" in str(error)


def test_a_failed_load_names_the_module_path() -> None:
    error = map_pkcs11_error(PyKCS11.PyKCS11Error(-1, "/x/lib.so"), module_path="/x/lib.so")
    assert isinstance(error, ModuleNotLoadedError)
    assert "/x/lib.so" in str(error)
    assert "IT staff" in str(error)


def test_the_mapping_context_chains_the_pkcs11_cause() -> None:
    cause = _error(PyKCS11.CKR_PIN_INCORRECT)
    with pytest.raises(WrongPinError) as caught, pkcs11_errors(pin_tries=lambda: PinTries.FINAL_TRY):
        raise cause
    assert caught.value.__cause__ is cause
    assert caught.value.tries_hint is PinTries.FINAL_TRY


def test_token_not_found_names_the_wanted_carrier() -> None:
    assert "Insert the key carrier" in str(TokenNotFoundError())
    assert '"Director key"' in str(TokenNotFoundError(label="Director key"))

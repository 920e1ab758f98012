"""Errors of the key-carrier layer, and the one place that turns PKCS#11 codes into them."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import PyKCS11

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message


class PinTries(enum.Enum):
    """What the token's CKF_USER_PIN_* flags say about its PIN. PKCS#11 gives no count of tries left:
    COUNT_LOW means only that a wrong PIN was typed since the last successful login (SoftHSM2 sets it
    after every wrong PIN and never locks), FINAL_TRY that the next wrong PIN locks the carrier."""

    WRONG_BEFORE = "wrong_before"  # CKF_USER_PIN_COUNT_LOW
    FINAL_TRY = "final_try"
    LOCKED = "locked"


class TokenError(ClerkError):
    """Something went wrong with the key carrier; `message` tells the clerk what to do."""


class WrongPinError(TokenError):
    def __init__(self, tries_hint: PinTries | None = None) -> None:
        self.tries_hint = tries_hint
        if tries_hint is PinTries.FINAL_TRY:
            text = QT_TRANSLATE_NOOP(
                "Token",
                "The PIN is wrong. The key carrier has one try left: if the next PIN is wrong "
                "too, the carrier is locked and only the PUK code from your PIN envelope unlocks "
                "it. If you are not sure of the PIN, stop and contact the bank's security officer.",
            )
        else:
            # The carrier does not say how many tries are left (its flags carry no number).
            text = QT_TRANSLATE_NOOP(
                "Token",
                "The PIN is wrong. Check the keyboard layout and Caps Lock, then type the PIN "
                "again. The key carrier does not say how many tries are left: after a few wrong "
                "PINs it locks, and only the PUK code from your PIN envelope unlocks it.",
            )
        super().__init__(Message("Token", text))


class PinLengthError(WrongPinError):
    def __init__(self) -> None:
        TokenError.__init__(
            self,
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The PIN is too short or too long for this key carrier. Check the PIN and "
                    "type it again.",
                ),
            ),
        )
        self.tries_hint = None


class PinLockedError(TokenError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The PIN of the key carrier is locked after too many wrong tries. Unlock it "
                    "with the PUK code from your PIN envelope, or contact the bank's security "
                    "officer.",
                ),
            )
        )


class ModuleNotLoadedError(TokenError):
    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key carrier's driver could not be loaded from {path}. Ask your IT staff "
                    "to check that the carrier's driver is installed and that this path in the "
                    "settings is right.",
                ),
                {"path": path},
            )
        )


class TokenNotFoundError(TokenError):
    def __init__(self, *, label: str | None = None, serial: str | None = None) -> None:
        self.label = label
        self.serial = serial
        wanted = label or serial
        if wanted:
            message = Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key carrier \"{name}\" was not found. Insert it and try again.",
                ),
                {"name": wanted},
            )
        else:
            message = Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token", "No key carrier was found. Insert the key carrier and try again."
                ),
            )
        super().__init__(message)


class TokenRemovedError(TokenNotFoundError):
    def __init__(self) -> None:
        TokenError.__init__(
            self,
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key carrier was removed. Insert it again and repeat what you were doing.",
                ),
            ),
        )
        self.label = None
        self.serial = None


class SessionLostError(TokenError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The connection to the key carrier was lost. Check that it is inserted, "
                    "enter the PIN again and repeat what you were doing.",
                ),
            )
        )


class KeyNotFoundError(TokenError):
    def __init__(self, label: str | None = None) -> None:
        self.label = label
        if label:
            message = Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key \"{label}\" is not on this key carrier. Check that you inserted "
                    "the right carrier; if the key is lost, request a new key from the bank.",
                ),
                {"label": label},
            )
        else:
            message = Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "No signing key was found on the key carrier. Check that you inserted the "
                    "right carrier, or request a new key from the bank.",
                ),
            )
        super().__init__(message)


class CertificateMissingError(TokenError):
    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key \"{label}\" has no certificate on the key carrier yet. Request the "
                    "certificate from the bank before signing.",
                ),
                {"label": label},
            )
        )


class CertificateMismatchError(TokenError):
    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The certificate does not belong to the key \"{label}\" on the key carrier, "
                    "so it was not stored. Request the certificate again; if this happens "
                    "again, contact the bank.",
                ),
                {"label": label},
            )
        )


class CarrierFailureError(TokenError):
    """Any other PKCS#11 failure: the code is kept for IT staff."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The key carrier reported an error ({code}). Remove the carrier, insert it "
                    "again and repeat; if it happens again, tell your IT staff this code.",
                ),
                {"code": code},
            )
        )


class MechanismUnsupportedError(TokenError):
    """The carrier has no mechanism the bank's signatures need; the lists are kept for IT staff."""

    def __init__(self, *, offered: tuple[str, ...], needed: tuple[str, ...], gost_only: bool) -> None:
        self.offered, self.needed, self.gost_only = offered, needed, gost_only
        values = {"offered": ", ".join(offered) or "-", "needed": " / ".join(needed)}
        if gost_only:
            text = QT_TRANSLATE_NOOP(
                "Token",
                "This key carrier signs only with GOST algorithms ({offered}), and the bank needs "
                "RSA or ECDSA with SHA-256 ({needed}). Use a carrier or a driver that offers them; "
                "your IT staff can check it with bsclient-doctor.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Token",
                "The key carrier cannot sign the way the bank needs ({needed}); it offers {offered}. "
                "Use another carrier or driver; your IT staff can check it with bsclient-doctor.",
            )
        super().__init__(Message("Token", text, values))


_PIN_CODES = frozenset({PyKCS11.CKR_PIN_INCORRECT, PyKCS11.CKR_PIN_LEN_RANGE})


def pkcs11_code_name(value: int) -> str:
    name = PyKCS11.CKR.get(value)
    return name if isinstance(name, str) else f"0x{value & 0xFFFFFFFF:08X}"


def map_pkcs11_error(
    exc: PyKCS11.PyKCS11Error,
    *,
    pin_tries: PinTries | None = None,
    module_path: str | None = None,
) -> TokenError:
    """The domain error for a PyKCS11 failure; `pin_tries` comes from the token's flags.

    `module_path` is given while loading the library: any failure then (no file, no
    C_GetFunctionList, C_Initialize refused) means the driver could not be loaded.
    """
    code = exc.value
    if module_path is not None:
        return ModuleNotLoadedError(module_path)
    if code == PyKCS11.CKR_PIN_LOCKED or (
        code == PyKCS11.CKR_PIN_INCORRECT and pin_tries is PinTries.LOCKED
    ):
        return PinLockedError()
    if code == PyKCS11.CKR_PIN_INCORRECT:
        return WrongPinError(pin_tries)
    if code == PyKCS11.CKR_PIN_LEN_RANGE:
        return PinLengthError()
    if code in (PyKCS11.CKR_TOKEN_NOT_PRESENT, PyKCS11.CKR_DEVICE_REMOVED):
        return TokenRemovedError()
    if code in (PyKCS11.CKR_TOKEN_NOT_RECOGNIZED, PyKCS11.CKR_SLOT_ID_INVALID):
        return TokenNotFoundError()
    if code in (
        PyKCS11.CKR_SESSION_HANDLE_INVALID,
        PyKCS11.CKR_SESSION_CLOSED,
        PyKCS11.CKR_USER_NOT_LOGGED_IN,
    ):
        return SessionLostError()
    if code in (PyKCS11.CKR_KEY_HANDLE_INVALID, PyKCS11.CKR_OBJECT_HANDLE_INVALID):
        return KeyNotFoundError()
    return CarrierFailureError(pkcs11_code_name(code))


@contextmanager
def pkcs11_errors(
    *,
    pin_tries: Callable[[], PinTries | None] | None = None,
    module_path: str | None = None,
) -> Iterator[None]:
    """Run PKCS#11 calls, raising the mapped TokenError with the PyKCS11Error as its cause."""
    try:
        yield
    except PyKCS11.PyKCS11Error as exc:
        tries = _read_tries(pin_tries) if exc.value in _PIN_CODES else None
        raise map_pkcs11_error(exc, pin_tries=tries, module_path=module_path) from exc


def _read_tries(pin_tries: Callable[[], PinTries | None] | None) -> PinTries | None:
    if pin_tries is None:
        return None
    try:
        return pin_tries()
    except PyKCS11.PyKCS11Error:
        # The flags only refine the message; a token that cannot report them still gets one.
        return None

"""Key carriers: PKCS#11 keys, certificates and signing (PyKCS11), presence through PC/SC."""

from bsclient.token.errors import (
    CarrierFailureError,
    CertificateMismatchError,
    CertificateMissingError,
    KeyNotFoundError,
    MechanismUnsupportedError,
    ModuleNotLoadedError,
    PinLengthError,
    PinLockedError,
    PinTries,
    SessionLostError,
    TokenError,
    TokenNotFoundError,
    TokenRemovedError,
    WrongPinError,
)
from bsclient.token.key_pair import KeyPair
from bsclient.token.module import Pkcs11Module, TokenInfo
from bsclient.token.pin import Pin
from bsclient.token.session import TokenSession
from bsclient.token.signer import TokenSigner
from bsclient.token.thread import TokenThread

__all__ = [
    "CarrierFailureError",
    "CertificateMismatchError",
    "CertificateMissingError",
    "KeyNotFoundError",
    "KeyPair",
    "MechanismUnsupportedError",
    "ModuleNotLoadedError",
    "Pin",
    "PinLengthError",
    "PinLockedError",
    "PinTries",
    "Pkcs11Module",
    "SessionLostError",
    "TokenError",
    "TokenInfo",
    "TokenNotFoundError",
    "TokenRemovedError",
    "TokenSession",
    "TokenSigner",
    "TokenThread",
    "WrongPinError",
]

"""C_SignInit and C_Sign called without holding Python's interpreter lock.

PyKCS11 holds the lock through every PKCS#11 call, so while the token signs (0.6 ms for RSA-2048 on
SoftHSM2, far more on a card) no other thread of the client runs Python: a batch's validation,
canonical JSON, CMS, store and HTTPS wait for each signature. ctypes lets go of the lock around a
foreign call, so the two calls of a signature go through it instead, on the same session (its handle
from PyKCS11's session) and still on the token thread: the session keeps one owner. The module is
the one PyKCS11 loaded (opening the same path again gives the same library and its state).

Only the module's exported C_SignInit and C_Sign are used; a module that does not export them signs
through PyKCS11 as before (`UnlockedSign.load` answers None).
"""

from __future__ import annotations

import _ctypes
import ctypes
import sys

import PyKCS11

_CK_ULONG = ctypes.c_ulong  # CK_ULONG is an unsigned long on every platform PKCS#11 names
_CKR_OK = 0
_CKR_BUFFER_TOO_SMALL = 0x150
_SIGNATURE_ROOM = 1024  # bytes: an RSA-8192 signature; a bigger one is asked for its size first


class _Mechanism(ctypes.Structure):
    """CK_MECHANISM (packed to one byte on Windows, as the PKCS#11 headers pack it there)."""

    if sys.platform == "win32":
        _pack_ = 1
    _fields_ = (("mechanism", _CK_ULONG), ("parameter", ctypes.c_void_p), ("parameter_length", _CK_ULONG))


class UnlockedSign:
    """The signing calls of the module at `path`; `sign` runs on the thread that owns the session."""

    def __init__(self, library: ctypes.CDLL) -> None:
        self._library = library
        self._sign_init = library.C_SignInit
        self._sign_init.argtypes = (_CK_ULONG, ctypes.POINTER(_Mechanism), _CK_ULONG)
        self._sign_init.restype = _CK_ULONG
        self._sign = library.C_Sign
        self._sign.argtypes = (_CK_ULONG, ctypes.c_char_p, _CK_ULONG, ctypes.c_char_p, ctypes.POINTER(_CK_ULONG))
        self._sign.restype = _CK_ULONG

    @classmethod
    def load(cls, path: str) -> UnlockedSign | None:
        """The module's signing calls, or None when it does not export them (PyKCS11 signs then)."""
        try:
            return cls(ctypes.CDLL(path))
        except (OSError, AttributeError):
            return None

    def release(self) -> None:
        """Gives back this hold on the module, so that unloading it (SoftHSM2's reload) really unloads it."""
        handle = self._library._handle  # noqa: SLF001 - where ctypes keeps the handle, the one way to free it
        if sys.platform == "win32":
            _ctypes.FreeLibrary(handle)
        else:
            _ctypes.dlclose(handle)

    def sign(self, session: int, key: int, mechanism: int, data: bytes) -> bytes:
        """C_SignInit + C_Sign; PyKCS11Error with the module's code when either fails."""
        rv = self._sign_init(session, ctypes.byref(_Mechanism(mechanism, None, 0)), key)
        if rv != _CKR_OK:
            raise PyKCS11.PyKCS11Error(rv)
        room = _CK_ULONG(_SIGNATURE_ROOM)
        signature = ctypes.create_string_buffer(_SIGNATURE_ROOM)
        rv = self._sign(session, data, len(data), signature, ctypes.byref(room))
        if rv == _CKR_BUFFER_TOO_SMALL:  # the operation stays active, `room` now says how much is needed
            signature = ctypes.create_string_buffer(room.value)
            rv = self._sign(session, data, len(data), signature, ctypes.byref(room))
        if rv != _CKR_OK:
            raise PyKCS11.PyKCS11Error(rv)
        return signature.raw[:room.value]

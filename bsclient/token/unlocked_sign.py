"""C_Sign called without holding Python's interpreter lock.

PyKCS11 holds the lock through every PKCS#11 call, so while the token signs (0.5 ms for RSA-2048 on
SoftHSM2, far more on a card) no other thread of the client runs Python: a batch's validation,
canonical JSON, CMS, store and HTTPS wait for each signature. ctypes lets go of the lock around a
foreign call, so C_Sign goes through it instead, on the same session (its handle from PyKCS11's
session) and still on the token thread: the session keeps one owner. The module is the one PyKCS11
loaded (opening the same path again gives the same library and its state).

C_SignInit keeps the lock while the module answers it quickly (35 µs on SoftHSM2): letting the lock go
costs taking it back from the batch's other threads afterwards, 80 µs a signature in a batch, more than
the call. A module that takes longer than HELD_SIGN_INIT_LIMIT for it once (a card talking to its chip)
gets it without the lock from then on, so the window never waits for a card.

Only the module's exported C_SignInit and C_Sign are used; a module that does not export them signs
through PyKCS11 as before (`UnlockedSign.load` answers None).
"""

from __future__ import annotations

import _ctypes
import ctypes
import sys
from time import perf_counter

import PyKCS11

_CK_ULONG = ctypes.c_ulong  # CK_ULONG is an unsigned long on every platform PKCS#11 names
_CKR_OK = 0
_CKR_BUFFER_TOO_SMALL = 0x150
_SIGNATURE_ROOM = 1024  # bytes: an RSA-8192 signature; a bigger one is asked for its size first
HELD_SIGN_INIT_LIMIT = 0.001  # seconds: a C_SignInit slower than this is called without the lock


class _Mechanism(ctypes.Structure):
    """CK_MECHANISM (packed to one byte on Windows, as the PKCS#11 headers pack it there)."""

    if sys.platform == "win32":
        _pack_ = 1
    _fields_ = (("mechanism", _CK_ULONG), ("parameter", ctypes.c_void_p), ("parameter_length", _CK_ULONG))


class UnlockedSign:
    """The signing calls of the module at `path`; `sign` runs on the thread that owns the session."""

    def __init__(self, library: ctypes.CDLL, held: ctypes.PyDLL) -> None:
        self._libraries = (library, held)
        self._sign_init = _sign_init(library)
        self._sign_init_held = _sign_init(held)
        self._hold_sign_init = True  # until the module once takes longer than HELD_SIGN_INIT_LIMIT
        self._sign = library.C_Sign
        self._sign.argtypes = (_CK_ULONG, ctypes.c_char_p, _CK_ULONG, ctypes.c_char_p, ctypes.POINTER(_CK_ULONG))
        self._sign.restype = _CK_ULONG
        # Made once: `sign` runs on the session's one thread, one call at a time.
        self._signature = ctypes.create_string_buffer(_SIGNATURE_ROOM)
        self._room = _CK_ULONG()
        self._mechanism = _Mechanism(0, None, 0)

    @classmethod
    def load(cls, path: str) -> UnlockedSign | None:
        """The module's signing calls, or None when it does not export them (PyKCS11 signs then)."""
        try:
            return cls(ctypes.CDLL(path), ctypes.PyDLL(path))
        except (OSError, AttributeError):
            return None

    def release(self) -> None:
        """Gives back this hold on the module, so that unloading it (SoftHSM2's reload) really unloads it."""
        for library in self._libraries:  # each load is a hold of its own
            handle = library._handle  # noqa: SLF001 - where ctypes keeps the handle, the one way to free it
            if sys.platform == "win32":
                _ctypes.FreeLibrary(handle)
            else:
                _ctypes.dlclose(handle)

    def sign(self, session: int, key: int, mechanism: int, data: bytes) -> bytes:
        """C_SignInit + C_Sign; PyKCS11Error with the module's code when either fails."""
        self._mechanism.mechanism = mechanism
        rv = self._init(session, self._mechanism, key)
        if rv != _CKR_OK:
            raise PyKCS11.PyKCS11Error(rv)
        room, signature = self._room, self._signature
        room.value = _SIGNATURE_ROOM
        rv = self._sign(session, data, len(data), signature, room)
        if rv == _CKR_BUFFER_TOO_SMALL:  # the operation stays active, `room` now says how much is needed
            signature = ctypes.create_string_buffer(room.value)
            rv = self._sign(session, data, len(data), signature, room)
        if rv != _CKR_OK:
            raise PyKCS11.PyKCS11Error(rv)
        return signature.raw[:room.value]

    def _init(self, session: int, mechanism: _Mechanism, key: int) -> int:
        if not self._hold_sign_init:
            return int(self._sign_init(session, mechanism, key))
        started = perf_counter()
        rv = self._sign_init_held(session, mechanism, key)
        if perf_counter() - started > HELD_SIGN_INIT_LIMIT:
            self._hold_sign_init = False
        return int(rv)


def _sign_init(library: ctypes.CDLL) -> ctypes._NamedFuncPointer:
    function = library.C_SignInit
    function.argtypes = (_CK_ULONG, ctypes.POINTER(_Mechanism), _CK_ULONG)
    function.restype = _CK_ULONG
    return function

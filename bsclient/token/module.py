"""A loaded PKCS#11 library (any vendor's module path) and the tokens in its slots."""

from __future__ import annotations

from dataclasses import dataclass

import PyKCS11
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from bsclient.token.errors import ModuleNotLoadedError, PinTries, pkcs11_errors
from bsclient.token.thread import TokenThread
from bsclient.token.unlocked_sign import UnlockedSign


@dataclass(frozen=True)
class TokenInfo:
    """One token present in a slot, read from C_GetTokenInfo."""

    slot_id: int
    label: str
    serial: str
    manufacturer: str
    model: str
    pin_count_low: bool
    pin_final_try: bool
    pin_locked: bool

    @property
    def pin_tries(self) -> PinTries | None:
        if self.pin_locked:
            return PinTries.LOCKED
        if self.pin_final_try:
            return PinTries.FINAL_TRY
        if self.pin_count_low:
            return PinTries.WRONG_BEFORE
        return None


def token_info_from(slot_id: int, info: PyKCS11.CK_TOKEN_INFO) -> TokenInfo:
    flags = info.flags
    return TokenInfo(
        slot_id=slot_id,
        # PKCS#11 pads these fixed-size fields with blanks.
        label=info.label.strip(),
        serial=info.serialNumber.strip(),
        manufacturer=info.manufacturerID.strip(),
        model=info.model.strip(),
        pin_count_low=bool(flags & PyKCS11.CKF_USER_PIN_COUNT_LOW),
        pin_final_try=bool(flags & PyKCS11.CKF_USER_PIN_FINAL_TRY),
        pin_locked=bool(flags & PyKCS11.CKF_USER_PIN_LOCKED),
    )


# Modules unloaded when their last user closes them: SoftHSM2 reads its token directory only at
# C_Initialize, so it must be loaded anew to see a token made since. Every other module is loaded once
# per process and kept: some vendors' modules crash when finalised and initialised again in one process.
RELOADED_MODULES = ("softhsm",)
_kept: dict[str, PyKCS11.PyKCS11Lib] = {}


def needs_reload(path: str) -> bool:
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return any(vendor in name for vendor in RELOADED_MODULES)


def _load(path: str) -> PyKCS11.PyKCS11Lib:
    kept = _kept.get(path)
    if kept is not None:
        return kept
    lib = PyKCS11.PyKCS11Lib()
    with pkcs11_errors(module_path=path):
        lib.load(path)
    if not needs_reload(path):
        _kept[path] = lib
    return lib


def certificate_subject(certificate_der: bytes) -> str:
    return x509.load_der_x509_certificate(certificate_der).subject.rfc4514_string()


def certificate_key_algorithm(certificate_der: bytes) -> str:
    """"rsa" or "ec" (as KeyPair.algorithm), or the key type's name for any other."""
    public_key = x509.load_der_x509_certificate(certificate_der).public_key()
    if isinstance(public_key, rsa.RSAPublicKey):
        return "rsa"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return "ec"
    return type(public_key).__name__


class Pkcs11Module:
    """A PKCS#11 library loaded from `path`; ModuleNotLoadedError when it cannot be."""

    def __init__(self, path: str, *, thread: TokenThread | None = None) -> None:
        self.path = path
        self.thread = thread
        self._assert_thread()
        self._lib: PyKCS11.PyKCS11Lib | None = _load(path)
        self._unlocked: UnlockedSign | bool | None = False  # False: not looked for yet

    def unlocked_sign(self) -> UnlockedSign | None:
        """The module's C_SignInit/C_Sign without the interpreter lock (unlocked_sign.py), or None."""
        self._assert_thread()
        if self._unlocked is False:
            self._unlocked = UnlockedSign.load(self.path)
        return self._unlocked if isinstance(self._unlocked, UnlockedSign) else None

    @property
    def lib(self) -> PyKCS11.PyKCS11Lib:
        """The PyKCS11 binding, for the token package's own sessions."""
        if self._lib is None:
            raise ModuleNotLoadedError(self.path)
        return self._lib

    def tokens(self) -> list[TokenInfo]:
        """Initialised tokens present in the module's slots, in slot order."""
        self._assert_thread()
        with pkcs11_errors():
            infos = [
                (slot, self.lib.getTokenInfo(slot))
                for slot in self.lib.getSlotList(tokenPresent=True)
            ]
        # A slot with an uninitialised token (SoftHSM's free slot, a blank card) holds no keys.
        return [
            token_info_from(slot, info)
            for slot, info in infos
            if info.flags & PyKCS11.CKF_TOKEN_INITIALIZED
        ]

    def token_info(self, slot_id: int) -> TokenInfo:
        """Fresh information on the token in `slot_id` (its PIN flags change after each login)."""
        self._assert_thread()
        with pkcs11_errors():
            return token_info_from(slot_id, self.lib.getTokenInfo(slot_id))

    def certificates(self, token: TokenInfo) -> list[str]:
        """The subjects of the X.509 certificates on `token`: public objects, read without a PIN."""
        return [certificate_subject(value) for value in self.certificate_values(token)]

    def certificate_values(self, token: TokenInfo) -> list[bytes]:
        """The DER of the X.509 certificates on `token`, read without a PIN."""
        self._assert_thread()
        with pkcs11_errors():
            session = self.lib.openSession(token.slot_id, PyKCS11.CKF_SERIAL_SESSION)
            try:
                handles = session.findObjects([
                    (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
                    (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
                ])
                values = [bytes(session.getAttributeValue(handle, [PyKCS11.CKA_VALUE])[0])
                          for handle in handles]
            finally:
                session.closeSession()
        return values

    def mechanisms(self, slot_id: int) -> frozenset[int]:
        """The mechanisms the token in `slot_id` offers (C_GetMechanismList)."""
        self._assert_thread()
        with pkcs11_errors():
            # PyKCS11 hands back the names; the choice compares numbers.
            return frozenset(int(PyKCS11.CKM[name]) for name in self.lib.getMechanismList(slot_id))

    def close(self) -> None:
        """Done with the library: unloaded (C_Finalize once no other user is left) only if it needs reloads."""
        self._assert_thread()
        if self._lib is not None:
            lib, self._lib = self._lib, None
            unlocked, self._unlocked = self._unlocked, False
            if isinstance(unlocked, UnlockedSign):
                unlocked.release()
            if _kept.get(self.path) is not lib:
                lib.unload()

    def __enter__(self) -> Pkcs11Module:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Pkcs11Module({self.path!r})"

    def _assert_thread(self) -> None:
        if self.thread is not None:
            self.thread.assert_current()

"""A logged-in session on one token, chosen by label or serial: keys, certificates, signing."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterable
from typing import Any

import PyKCS11
from asn1crypto import core, x509
from cryptography.hazmat.primitives import serialization

from bsclient.token.errors import (
    CertificateMismatchError,
    KeyNotFoundError,
    PinLockedError,
    TokenNotFoundError,
    pkcs11_errors,
)
from bsclient.token.key_generation import key_generation, private_template, public_template
from bsclient.token.key_pair import KeyPair
from bsclient.token.mechanisms import SigningMechanism, mechanism_name, signing_mechanism, unsupported
from bsclient.token.module import Pkcs11Module, TokenInfo
from bsclient.token.pin import Pin
from bsclient.token.public_key import ec_public_key_der, rsa_public_key_der
from bsclient.token.thread import TokenThread

_ALGORITHM_OF_KEY_TYPE = {PyKCS11.CKK_RSA: "rsa", PyKCS11.CKK_EC: "ec"}
Handle = Any  # PyKCS11.CK_OBJECT_HANDLE: PyKCS11 has no types
_STALE_HANDLE = frozenset({PyKCS11.CKR_KEY_HANDLE_INVALID, PyKCS11.CKR_OBJECT_HANDLE_INVALID})


def choose_token(
    tokens: Iterable[TokenInfo], *, label: str | None = None, serial: str | None = None
) -> TokenInfo:
    """The first token matching every given criterion (slot numbers change on re-plugging)."""
    for token in tokens:
        if (label is None or token.label == label) and (serial is None or token.serial == serial):
            return token
    raise TokenNotFoundError(label=label, serial=serial)


class TokenSession:
    """A logged-in PKCS#11 session; use `TokenSession.open(...)` as a context manager."""

    def __init__(
        self,
        module: Pkcs11Module,
        session: PyKCS11.Session,
        token: TokenInfo,
        thread: TokenThread | None,
    ) -> None:
        self._module = module
        self._session: PyKCS11.Session | None = session
        self.token = token
        self.thread = thread
        # Private keys' handles by CKA_ID, found once: a search per signature cost a third of its time.
        self._key_handles: dict[bytes, Handle] = {}
        self._mechanisms: frozenset[int] | None = None  # what the token offers, asked once

    @classmethod
    def open(
        cls,
        module: Pkcs11Module,
        pin: Pin,
        *,
        label: str | None = None,
        serial: str | None = None,
        thread: TokenThread | None = None,
    ) -> TokenSession:
        """Open a read-write session on the chosen token and log the user in with `pin`."""
        thread = thread if thread is not None else module.thread
        if thread is not None:
            thread.assert_current()
        token = choose_token(module.tokens(), label=label, serial=serial)
        if token.pin_locked:
            raise PinLockedError()
        with pkcs11_errors():
            session = module.lib.openSession(token.slot_id, PyKCS11.CKF_RW_SESSION)
        try:
            with pkcs11_errors(pin_tries=lambda: module.token_info(token.slot_id).pin_tries):
                _login(session, pin)
        except BaseException:
            _close_quietly(session)
            raise
        return cls(module, session, token, thread)

    def key_pairs(self) -> list[KeyPair]:
        """Private keys on the token with their public keys and certificates, paired by CKA_ID."""
        session = self._current()
        with pkcs11_errors():
            private_keys = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY)])
            pairs = [self._key_pair(handle) for handle in private_keys]
        return sorted((pair for pair in pairs if pair is not None), key=lambda p: p.label)

    def generate_key_pair(self, label: str, algorithm: str = "rsa-2048") -> KeyPair:
        """Generate a non-extractable key pair on the token ("rsa-2048" or "ec-p256")."""
        spec = key_generation(algorithm)
        session = self._current()
        offered = self.mechanisms()
        if spec.mechanism not in offered:
            raise unsupported(offered, (mechanism_name(spec.mechanism),))
        signing_mechanism(spec.key_algorithm, offered)  # a key it could make but not sign with is no use
        key_id = secrets.token_bytes(16)
        with pkcs11_errors():
            public, _private = session.generateKeyPair(
                public_template(spec, key_id, label),
                private_template(spec, key_id, label),
                PyKCS11.Mechanism(spec.mechanism, None),
            )
            public_key_der = self._public_key_der(public, spec.key_algorithm)
        return KeyPair(key_id, label, spec.key_algorithm, public_key_der, None)

    def store_certificate(self, key: KeyPair, certificate_der: bytes) -> KeyPair:
        """Store an X.509 certificate for `key` under the same CKA_ID and label (replacing any)."""
        session = self._current()
        certificate = _certificate_for(key, certificate_der)
        tbs = certificate["tbs_certificate"]
        template = [
            (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
            (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
            (PyKCS11.CKA_TOKEN, True),
            (PyKCS11.CKA_PRIVATE, False),
            (PyKCS11.CKA_ID, key.key_id),
            (PyKCS11.CKA_LABEL, key.label),
            (PyKCS11.CKA_SUBJECT, tbs["subject"].dump()),
            (PyKCS11.CKA_ISSUER, tbs["issuer"].dump()),
            (PyKCS11.CKA_SERIAL_NUMBER, core.Integer(tbs["serial_number"].native).dump()),
            (PyKCS11.CKA_VALUE, certificate_der),
        ]
        with pkcs11_errors():
            for old in self._objects(PyKCS11.CKO_CERTIFICATE, key.key_id):
                session.destroyObject(old)
            session.createObject(template)
        return KeyPair(key.key_id, key.label, key.algorithm, key.public_key_der, certificate_der)

    def destroy_key_pair(self, key: KeyPair) -> None:
        """Remove `key`'s private and public key and certificate from the token (a compromised key, R7.2)."""
        session = self._current()
        with pkcs11_errors():
            for object_class in (PyKCS11.CKO_CERTIFICATE, PyKCS11.CKO_PRIVATE_KEY, PyKCS11.CKO_PUBLIC_KEY):
                for handle in self._objects(object_class, key.key_id):
                    session.destroyObject(handle)
        self._key_handles.pop(key.key_id, None)

    def mechanisms(self) -> frozenset[int]:
        """The mechanisms the token offers (C_GetMechanismList), asked once per session."""
        if self._mechanisms is None:
            self._mechanisms = self._module.mechanisms(self.token.slot_id)
        return self._mechanisms

    def signing_mechanism(self, key: KeyPair) -> SigningMechanism:
        """How `key` signs on this token; MechanismUnsupportedError when the token cannot."""
        return signing_mechanism(key.algorithm, self.mechanisms())

    def sign(self, key: KeyPair, data: bytes) -> bytes:
        """The signature of `data` with SHA-256: RSA PKCS#1 v1.5, or ECDSA as DER."""
        mechanism = self.signing_mechanism(key)
        session = self._current()
        prepared = mechanism.prepare(data)
        unlocked = self._module.unlocked_sign()
        pkcs11_mechanism = PyKCS11.Mechanism(mechanism.mechanism, None) if unlocked is None else None

        def sign_with(handle: Handle) -> bytes:
            if unlocked is not None:  # the interpreter lock let go while the token signs
                return unlocked.sign(session.session.value(), handle.value(), mechanism.mechanism, prepared)
            return bytes(session.sign(handle, prepared, pkcs11_mechanism))

        with pkcs11_errors():
            cached = self._key_handles.get(key.key_id)
            try:
                raw = sign_with(cached if cached is not None else self._key_handle(key))
            except PyKCS11.PyKCS11Error as exc:
                if cached is None or exc.value not in _STALE_HANDLE:
                    raise
                # The key was replaced meanwhile (same CKA_ID, new object): look it up again.
                self._key_handles.pop(key.key_id, None)
                raw = sign_with(self._key_handle(key))
        return mechanism.finish(raw)

    def _key_handle(self, key: KeyPair) -> Handle:
        handles = self._objects(PyKCS11.CKO_PRIVATE_KEY, key.key_id)
        if not handles:
            raise KeyNotFoundError(key.label)
        self._key_handles[key.key_id] = handles[0]
        return handles[0]

    def close(self) -> None:
        """Log out and close the session; safe to call twice."""
        if self._session is None:
            return
        self._assert_thread()
        session, self._session = self._session, None
        _close_quietly(session)

    @property
    def closed(self) -> bool:
        return self._session is None

    def __enter__(self) -> TokenSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._session is None else "open"
        return f"<TokenSession {self.token.label!r} serial={self.token.serial!r} {state}>"

    def _current(self) -> PyKCS11.Session:
        self._assert_thread()
        if self._session is None:
            raise RuntimeError("the token session is closed")
        return self._session

    def _assert_thread(self) -> None:
        if self.thread is not None:
            self.thread.assert_current()

    def _objects(self, object_class: int, key_id: bytes) -> list[Handle]:
        return list(self._current().findObjects(
            [(PyKCS11.CKA_CLASS, object_class), (PyKCS11.CKA_ID, key_id)]
        ))

    def _key_pair(self, private_key: Handle) -> KeyPair | None:
        session = self._current()
        key_id, label, key_type = session.getAttributeValue(
            private_key, [PyKCS11.CKA_ID, PyKCS11.CKA_LABEL, PyKCS11.CKA_KEY_TYPE]
        )
        algorithm = _ALGORITHM_OF_KEY_TYPE.get(key_type)
        if algorithm is None or key_id is None:
            return None
        key_id = bytes(key_id)
        certificates = self._objects(PyKCS11.CKO_CERTIFICATE, key_id)
        certificate_der = (
            bytes(session.getAttributeValue(certificates[0], [PyKCS11.CKA_VALUE])[0])
            if certificates
            else None
        )
        publics = self._objects(PyKCS11.CKO_PUBLIC_KEY, key_id)
        if publics:
            public_key_der = self._public_key_der(publics[0], algorithm)
        elif certificate_der is not None:
            public_key_der = _certificate_public_key(certificate_der)
        else:
            return None  # nothing says which public key goes with it: unusable for signing
        return KeyPair(key_id, label or "", algorithm, public_key_der, certificate_der)

    def _public_key_der(self, public_key: Handle, algorithm: str) -> bytes:
        session = self._current()
        if algorithm == "rsa":
            modulus, exponent = session.getAttributeValue(
                public_key, [PyKCS11.CKA_MODULUS, PyKCS11.CKA_PUBLIC_EXPONENT]
            )
            return rsa_public_key_der(bytes(modulus), bytes(exponent))
        params, point = session.getAttributeValue(
            public_key, [PyKCS11.CKA_EC_PARAMS, PyKCS11.CKA_EC_POINT]
        )
        return ec_public_key_der(bytes(params), bytes(point))


def _login(session: PyKCS11.Session, pin: Pin) -> None:
    try:
        session.login(pin.reveal())
    except PyKCS11.PyKCS11Error as exc:
        # Login state is per application: another session of ours is already logged in.
        if exc.value != PyKCS11.CKR_USER_ALREADY_LOGGED_IN:
            raise


def _close_quietly(session: PyKCS11.Session) -> None:
    # Closing must not fail: a removed carrier has already dropped the session.
    for step in (session.logout, session.closeSession):
        with contextlib.suppress(PyKCS11.PyKCS11Error):
            step()


def _certificate_public_key(certificate_der: bytes) -> bytes:
    return bytes(x509.Certificate.load(certificate_der).public_key.dump())


def _certificate_for(key: KeyPair, certificate_der: bytes) -> x509.Certificate:
    """The parsed certificate, if it is well-formed and certifies `key`'s public key."""
    try:
        certificate = x509.Certificate.load(certificate_der, strict=True)
        certified = certificate.public_key.dump()
        same_key = _normalised(certified) == _normalised(key.public_key_der)
    except (ValueError, TypeError) as exc:
        raise CertificateMismatchError(key.label) from exc
    if not same_key:
        raise CertificateMismatchError(key.label)
    return certificate


def _normalised(public_key_der: bytes) -> bytes:
    return serialization.load_der_public_key(public_key_der).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )

"""The key carrier: the one owner of the token thread, the PKCS#11 module, the session and the signing key.

Nothing else in bsclient imports bsclient.token: the windows, the flows and the command-line tools go
through a `Carrier`, and the few plain types and errors they name are re-exported here.

Every PKCS#11 call runs on the carrier's one token thread (many modules are not thread-safe). A method
that talks to the token, called on any other thread, hands its work to the token thread and waits for
the result, so call it from a background worker (in the windows: run_in_background) and do the bank's
part of a flow on that worker afterwards: no network call ever runs on the token thread. Called on the
token thread itself it runs at once. A carrier made with `refuse_main_thread` (the windows make theirs
so) raises instead of blocking the main thread, the GUI's; command-line tools may block.

What is open is plain state anyone may read from any thread: `token` (the carrier whose session is
open), `key` and `certificate` (the key the clerk signs with) and `key_waiting` (a new key's request
the bank has not answered: nothing is signed until then).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from bsclient.crypto import CertificateInfo, certificate_info
from bsclient.token import (
    CertificateMissingError,
    KeyNotFoundError,
    KeyPair,
    MechanismUnsupportedError,
    Pin,
    PinLockedError,
    PinTries,
    Pkcs11Module,
    SessionLostError,
    TokenError,
    TokenInfo,
    TokenNotFoundError,
    TokenRemovedError,
    TokenSession,
    TokenSigner,
    TokenThread,
    WrongPinError,
)
from bsclient.token.carrier_watch import INSERTED, REMOVED, CarrierWatch, EventCallback
from bsclient.token.known_modules import carrier_name, find_known_module, installed_known_modules
from bsclient.token.mechanisms import signing_mechanism
from bsclient.token.module import certificate_key_algorithm
from bsclient.token.presence import list_readers
from bsclient.token.readers import reader_name
from bsclient.token.session import choose_token

__all__ = [
    "INSERTED",
    "REMOVED",
    "Carrier",
    "CarrierWatch",
    "CertificateMissingError",
    "KeyNotFoundError",
    "KeyPair",
    "MechanismUnsupportedError",
    "Pin",
    "PinLockedError",
    "PinTries",
    "TokenError",
    "TokenInfo",
    "TokenNotFoundError",
    "TokenRemovedError",
    "TokenSigner",
    "WrongPinError",
    "carrier_name",
    "find_known_module",
    "installed_known_modules",
    "list_readers",
    "signing_key",
]

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class _Signing:
    """The key the clerk signs with (and its certificate read once), or the id of a new key's request."""

    key: KeyPair | None = None
    certificate: CertificateInfo | None = None
    key_waiting: str | None = None


def signing_key(keys: list[KeyPair]) -> KeyPair:
    """The first key that has its certificate; the carrier's own error when there is none."""
    for key in keys:
        if key.certificate_der is not None:
            return key
    if keys:
        raise CertificateMissingError(keys[0].label)
    raise KeyNotFoundError()


class Carrier:
    """One key carrier's module and session, on one token thread; see the module's notes on threads.

    `module_path` is the PKCS#11 module (the carrier's driver), loaded on first use. `thread` shares
    another carrier's token thread (see `sibling`); without it the carrier makes and owns one.
    """

    def __init__(self, module_path: str, *, refuse_main_thread: bool = False,
                 thread: TokenThread | None = None) -> None:
        self._module_path = module_path
        self._refuse_main_thread = refuse_main_thread
        self._owns_thread = thread is None
        self._thread = thread if thread is not None else TokenThread()
        self._lock = threading.Lock()
        self._module: Pkcs11Module | None = None  # loaded, used and unloaded on the token thread
        self._session: TokenSession | None = None
        self._signing = _Signing()

    def sibling(self) -> Carrier:
        """Another carrier on this one's token thread, with its own module and session (the set-up wizard
        opened while the client runs): one thread still makes every PKCS#11 call of the process."""
        return Carrier(self._module_path, refuse_main_thread=self._refuse_main_thread, thread=self._thread)

    # --- what is open: plain state, read from any thread ---------------------------------------

    @property
    def module_path(self) -> str:
        return self._module_path

    def use_module(self, module_path: str) -> None:
        """Use another driver from the next token call on (the one loaded now is unloaded then)."""
        self._module_path = module_path

    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def token(self) -> TokenInfo | None:
        """The carrier whose session is open."""
        session = self._session
        return session.token if session is not None else None

    @property
    def key(self) -> KeyPair | None:
        return self._signing.key

    @property
    def certificate(self) -> CertificateInfo | None:
        return self._signing.certificate

    @property
    def key_waiting(self) -> str | None:
        return self._signing.key_waiting

    def use_key(self, key: KeyPair) -> None:
        """Sign with `key` from now on (it must have its certificate); no new key waits any more."""
        if key.certificate_der is None:
            raise CertificateMissingError(key.label)
        self._signing = _Signing(key, certificate_info(key.certificate_der))

    def await_key(self, request_id: str) -> None:
        """Nothing is signed until the bank issues the certificate of request `request_id`."""
        self._signing = _Signing(key_waiting=request_id)

    def forget_key(self) -> None:
        """Nothing is signed with the key in use from now on (it was revoked)."""
        self._signing = _Signing(key_waiting=self._signing.key_waiting)

    def signer(self, key: KeyPair | None = None) -> TokenSigner:
        """A `bsclient.crypto.Signer` over `key` (the signing key by default) that signs on this carrier."""
        key = key if key is not None else self._signing.key
        if key is None:
            raise KeyNotFoundError()
        return TokenSigner(self, key)

    # --- token work: blocking, routed to the token thread ---------------------------------------

    def load_module(self) -> None:
        """Load the driver now (ModuleNotLoadedError when it cannot be)."""
        self._call(self._loaded_module)

    def tokens(self) -> list[TokenInfo]:
        """The initialised carriers present in the driver's slots."""
        return self._call(lambda: self._loaded_module().tokens())

    def choose(self, *, label: str | None = None, serial: str | None = None) -> TokenInfo:
        """The first carrier present with this label and serial (slot numbers change on re-plugging)."""
        return choose_token(self.tokens(), label=label, serial=serial)

    def reader_name(self, token: TokenInfo) -> str:
        """The reader the carrier sits in, as its slot names it."""
        return self._call(lambda: reader_name(self._loaded_module(), token))

    def certificate_subjects(self, token: TokenInfo) -> list[str]:
        """The subjects of the certificates on `token` (public objects: no PIN needed)."""
        return self._call(lambda: self._loaded_module().certificates(token))

    def signing_mechanisms(self, token: TokenInfo) -> dict[str, str]:
        """How the keys on `token` would sign, no PIN needed: {key algorithm: PKCS#11 mechanism}, for the
        algorithms of its certificates (RSA, what a new key is, when it has none). MechanismUnsupportedError
        when the token cannot sign one of them the way the bank needs."""
        def here() -> dict[str, str]:
            module = self._loaded_module()
            # A certificate for another algorithm (GOST) is no key of this bank's: RSA is checked then.
            algorithms = {certificate_key_algorithm(value) for value in module.certificate_values(token)} & {"rsa", "ec"}
            offered = module.mechanisms(token.slot_id)
            return {algorithm: signing_mechanism(algorithm, offered).name for algorithm in sorted(algorithms or {"rsa"})}
        return self._call(here)

    def open(self, pin: Pin, *, label: str | None = None, serial: str | None = None) -> TokenInfo:
        """Log in to the chosen carrier with `pin` (a session open before is closed first)."""
        return self._call(self._open_here, pin, label, serial)

    def key_pairs(self) -> list[KeyPair]:
        """The keys on the open carrier, each with its public key and certificate."""
        return self._call(lambda: self._open_session().key_pairs())

    def sign(self, key: KeyPair, data: bytes) -> bytes:
        """The raw SHA-256 signature of `data` with `key` on the open carrier."""
        return self._call(lambda: self._open_session().sign(key, data))

    def generate_key(self, label: str, algorithm: str = "rsa-2048") -> KeyPair:
        """A new non-extractable key pair on the open carrier ("rsa-2048" or "ec-p256")."""
        return self._call(lambda: self._open_session().generate_key_pair(label, algorithm))

    def store_certificate(self, key: KeyPair, certificate_der: bytes) -> KeyPair:
        """Store the bank's certificate beside `key` (refused when it certifies another key)."""
        return self._call(lambda: self._open_session().store_certificate(key, certificate_der))

    def destroy_key(self, key: KeyPair) -> None:
        """Remove `key`, its public key and its certificate from the carrier."""
        self._call(lambda: self._open_session().destroy_key_pair(key))

    def run_signing(self, loop: Callable[[], None]) -> None:
        """Run `loop`, a long run of this carrier's signatures with local work between them (batch
        signing), on the token thread and wait for it: each signature then skips the hand-over between
        threads (about 0.1 ms, a sixth of a SoftHSM2 signature). `loop` must not call the bank (PKCS#11
        leaves the token thread's OpenSSL error queue dirty); the presence watch waits for its turn."""
        self._call(loop)

    def close_session(self, *, wait: bool = True) -> None:
        """Log out and close the session; nothing can be signed from this moment. Without `wait` the
        token thread closes it later and the call never blocks (the carrier lock, on the GUI thread)."""
        with self._lock:
            session, self._session = self._session, None
            self._signing = _Signing()
        if session is None:
            return
        if wait:
            self._call(session.close)
        else:
            self._thread.submit(session.close).add_done_callback(_log_failure)

    def unload(self) -> None:
        """Close the session and unload the driver (SoftHSM2 sees carriers made later only when loaded anew)."""
        self.close_session()
        self._call(self._unload_here)

    def shutdown(self) -> None:
        """At exit, after the event loop (it may block any thread): unload, then end an owned token thread."""
        with self._lock:
            session, self._session = self._session, None
            self._signing = _Signing()

        def close_all() -> None:
            if session is not None:
                session.close()
            self._unload_here()

        with contextlib.suppress(RuntimeError):  # the token thread is already shut down: nothing is loaded on it
            self._thread.submit(close_all).result()
        if self._owns_thread:
            self._thread.shutdown()

    # --- presence --------------------------------------------------------------------------------

    def watch(self, on_event: EventCallback, *, pcsc: bool = True, pkcs11_interval: float = 2.0) -> CarrierWatch:
        """A watch (not started) of the open carrier: `on_event(REMOVED | INSERTED, source)` on its threads."""
        token, module = self.token, self._module
        if token is None or module is None:
            raise SessionLostError()
        return CarrierWatch(on_event, token_thread=self._thread, module=module, slot_id=token.slot_id,
                            serial=token.serial, pcsc=pcsc, pkcs11_interval=pkcs11_interval)

    # --- on the token thread -------------------------------------------------------------------

    def _call(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._thread.is_current():
            return work(*args, **kwargs)
        if self._refuse_main_thread and threading.current_thread() is threading.main_thread():
            raise AssertionError("a key carrier call would block the GUI thread: run it in the background")
        return self._thread.submit(work, *args, **kwargs).result()

    def _loaded_module(self) -> Pkcs11Module:
        module = self._module
        if module is not None and module.path != self._module_path:
            self.close_session()
            self._unload_here()
            module = None
        if module is None:
            module = self._module = Pkcs11Module(self._module_path, thread=self._thread)
        return module

    def _open_here(self, pin: Pin, label: str | None, serial: str | None) -> TokenInfo:
        self.close_session()
        session = TokenSession.open(self._loaded_module(), pin, label=label, serial=serial, thread=self._thread)
        with self._lock:
            self._session = session
            self._signing = _Signing()
        return session.token

    def _open_session(self) -> TokenSession:
        session = self._session
        if session is None or session.closed:
            raise SessionLostError()
        return session

    def _unload_here(self) -> None:
        module, self._module = self._module, None
        if module is not None:
            module.close()

    def __repr__(self) -> str:
        token = self.token
        state = f"open on {token.label!r} serial={token.serial!r}" if token is not None else "not open"
        return f"<Carrier {self._module_path!r} {state}>"


def _log_failure(future: Future[None]) -> None:
    error = future.exception()
    if error is not None:
        log.warning("closing the carrier's session: %s", error)

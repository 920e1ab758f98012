"""Is the key carrier still plugged in? Watched through PC/SC and through the PKCS#11 slot (R6.7).

Two watchers, each on its own thread, never on the GUI thread:

- `PcscWatch` asks the PC/SC service (pcscd) with SCardGetStatusChange and a short timeout, on its own
  context. WHICH READER is the carrier's: the readers whose card was present when the watch started,
  that is when the carrier's session had just been opened (the clerk has just typed the carrier's
  PIN, so the carrier is in). A USB token is reader and card in one: pulling it out makes its reader
  disappear, which is a removal too; plugged in again it may come back under another index
  ("Token 00 00" -> "Token 01 00"), so readers are matched by name without pcsc-lite's two trailing
  numbers. When no reader held a card at the start (a carrier PC/SC cannot see, such as SoftHSM2), or
  pcscd is missing, PC/SC says nothing and the PKCS#11 watch alone decides.
- `Pkcs11Watch` polls the session's slot at a modest interval: CKF_TOKEN_PRESENT of the slot and the
  token's serial (another carrier in the slot is not ours). The calls go to the token thread (every
  PKCS#11 call does); the waiting happens on the watch's own thread.

`CarrierWatch` combines them: the carrier is "removed" as soon as one source sees it gone, "inserted"
when every source that can see it sees it back. Events go to `on_event(event, source)` on the
watchers' threads: the caller hands them to its own thread (the UI does, with a queued signal).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Protocol

import PyKCS11
from smartcard import scard

from bsclient.token.errors import TokenError
from bsclient.token.thread import TokenThread

log = logging.getLogger(__name__)

REMOVED = "removed"
INSERTED = "inserted"
EventCallback = Callable[[str, str], None]  # (REMOVED or INSERTED, "pcsc" or "pkcs11")

PNP_READER = "\\\\?PnP?\\Notification"  # pcsc-lite's pseudo reader: changes when readers come and go
_GONE = frozenset({PyKCS11.CKR_SLOT_ID_INVALID, PyKCS11.CKR_DEVICE_REMOVED, PyKCS11.CKR_TOKEN_NOT_PRESENT,
                   PyKCS11.CKR_DEVICE_ERROR, PyKCS11.CKR_TOKEN_NOT_RECOGNIZED})


def reader_family(name: str) -> str:
    """The reader's name without pcsc-lite's two trailing numbers ("Virtual PCD 00 01" -> "Virtual PCD")."""
    return re.sub(r"(\s+[0-9A-Fa-f]{2}){2}$", "", name)


class _Source:
    """A watcher's view: True present, False removed, None when it cannot tell (not watching)."""

    def __init__(self, name: str, changed: Callable[[], None]) -> None:
        self.name = name
        self._changed = changed
        self.present: bool | None = None

    def report(self, present: bool | None) -> None:
        if present != self.present:
            self.present = present
            self._changed()


class PcscWatch:
    """Watches the carrier's reader(s) through pcscd on a thread of its own; see the module's notes."""

    def __init__(self, report: Callable[[bool | None], None], *, timeout_ms: int = 500) -> None:
        self._report = report
        self._timeout_ms = timeout_ms
        self._stop = threading.Event()
        self._context: int | None = None
        self._thread = threading.Thread(target=self._run, name="carrier-pcsc", daemon=True)
        self.readers: list[str] = []  # the carrier's readers, chosen when the watch started
        self.available = threading.Event()  # set once the baseline is taken (or known impossible)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        """The thread ends within the timeout; with `wait` (never on the GUI thread) it is woken and joined."""
        self._stop.set()
        if not wait or threading.current_thread() is self._thread:
            return
        context = self._context
        if context is not None:
            scard.SCardCancel(context)  # wakes SCardGetStatusChange at once
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            self._watch()
        except Exception:  # never let the watch take the client down: PKCS#11 still watches
            log.exception("the PC/SC carrier watch stopped")
            self._report(None)
        finally:
            self.available.set()
            self._release()

    def _watch(self) -> None:
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            log.info("PC/SC is not available (%s): the carrier is watched through PKCS#11 only",
                     scard.SCardGetErrorMessage(hresult))
            return
        self._context = context
        if self._stop.is_set():
            return
        baseline = self._wait(self._states({}, self._list_readers()), 0)
        if baseline is None:
            return
        states = baseline
        self.readers = sorted(r for r, (state, _atr) in states.items()
                              if r != PNP_READER and state & scard.SCARD_STATE_PRESENT)
        families = {reader_family(r) for r in self.readers}
        self.available.set()
        if not self.readers:
            log.info("no reader holds a card: the carrier is watched through PKCS#11 only")
            return
        log.info("watching the carrier in %s", ", ".join(self.readers))
        self._report(True)
        while not self._stop.is_set():
            present = any(reader_family(r) in families and state & scard.SCARD_STATE_PRESENT
                          for r, (state, _atr) in states.items() if r != PNP_READER)
            self._report(present)
            changed = self._wait(states, self._timeout_ms)
            if changed is None:
                return
            if changed.get(PNP_READER, (0, b""))[0] != states.get(PNP_READER, (0, b""))[0]:
                changed = self._states(changed, self._list_readers())  # a reader came or went
            states = changed

    def _list_readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self._context, [])
        if hresult != scard.SCARD_S_SUCCESS:
            return []  # SCARD_E_NO_READERS_AVAILABLE: every reader (a USB token) is gone
        return list(readers)

    @staticmethod
    def _states(old: dict[str, tuple[int, bytes]], readers: list[str]) -> dict[str, tuple[int, bytes]]:
        names = [*readers, PNP_READER]
        return {name: old.get(name, (scard.SCARD_STATE_UNAWARE, b"")) for name in names}

    def _wait(self, states: dict[str, tuple[int, bytes]], timeout_ms: int) -> dict[str, tuple[int, bytes]] | None:
        """The readers' states after a change or the timeout; None when the watch should end."""
        while not self._stop.is_set():
            query = [(name, state & ~scard.SCARD_STATE_CHANGED) for name, (state, _atr) in states.items()]
            hresult, result = scard.SCardGetStatusChange(self._context, timeout_ms, query)
            if hresult in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
                return {name: (state, bytes(atr)) for name, state, atr in result}
            if hresult == scard.SCARD_E_CANCELLED:
                return None
            if hresult in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
                log.warning("the PC/SC service stopped: the carrier is watched through PKCS#11 only")
                self._report(None)
                return None
            if hresult == scard.SCARD_E_UNKNOWN_READER:
                # A reader of the query is gone (unplugged): ask again without it.
                states = self._states(states, self._list_readers())
                continue
            log.warning("SCardGetStatusChange: %s", scard.SCardGetErrorMessage(hresult))
            self._stop.wait(1.0)
        return None

    def _release(self) -> None:
        context, self._context = self._context, None
        if context is not None:
            scard.SCardReleaseContext(context)


class SlotLibrary(Protocol):
    """What the PKCS#11 watch asks of a loaded module's binding (PyKCS11.PyKCS11Lib)."""

    def getSlotInfo(self, slot: int) -> PyKCS11.CK_SLOT_INFO: ...  # noqa: N802 - PyKCS11's names
    def getTokenInfo(self, slot: int) -> PyKCS11.CK_TOKEN_INFO: ...  # noqa: N802


def carrier_in_slot(lib: SlotLibrary, slot_id: int, serial: str) -> bool:
    """Run on the token thread: is the token with `serial` in `slot_id`? (False when the slot is gone.)"""
    try:
        if not lib.getSlotInfo(slot_id).flags & PyKCS11.CKF_TOKEN_PRESENT:
            return False
        return bool(lib.getTokenInfo(slot_id).serialNumber.strip() == serial)
    except PyKCS11.PyKCS11Error as exc:
        if exc.value in _GONE:
            return False
        raise


class Pkcs11Watch:
    """Polls `probe` (a call for the token thread) every `interval` seconds from a thread of its own."""

    def __init__(self, token_thread: TokenThread, probe: Callable[[], bool],
                 report: Callable[[bool | None], None], *, interval: float = 2.0) -> None:
        self._token_thread = token_thread
        self._probe = probe
        self._report = report
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="carrier-pkcs11", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        self._stop.set()
        if wait and self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=self._interval + 35)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                # A signature of a long batch may hold the token thread: wait for our turn, off the GUI.
                present = self._token_thread.submit(self._probe).result(timeout=30)
            except FutureTimeout:
                continue
            except RuntimeError:  # the token thread was shut down: the client is closing
                return
            except (TokenError, PyKCS11.PyKCS11Error) as exc:
                log.warning("the PKCS#11 slot cannot be asked about the carrier: %s", exc)
                present = None
            if not self._stop.is_set():
                self._report(present)


class LoadedModule(Protocol):
    """What the PKCS#11 watch needs of a loaded module (Pkcs11Module): its binding."""

    @property
    def lib(self) -> SlotLibrary: ...


class CarrierWatch:
    """Both watches for one open carrier session; `on_event(REMOVED | INSERTED, source)`.

    `module` is the loaded Pkcs11Module (or anything with `.lib`), `slot_id` and `serial` the session's
    token. Start once; `stop()` never blocks unless `wait` is given (then not on the GUI thread).
    """

    def __init__(self, on_event: EventCallback, *, token_thread: TokenThread, module: LoadedModule,
                 slot_id: int, serial: str, pcsc: bool = True, pkcs11_interval: float = 2.0,
                 pcsc_timeout_ms: int = 500) -> None:
        self._on_event = on_event
        self._lock = threading.Lock()
        self._present = True  # the session was just opened: the carrier is in
        self._last_source = ""
        self.pcsc_source = _Source("pcsc", self._changed)
        self.pkcs11_source = _Source("pkcs11", self._changed)
        self.pcsc: PcscWatch | None = (
            PcscWatch(self._reporter(self.pcsc_source), timeout_ms=pcsc_timeout_ms) if pcsc else None)

        def probe() -> bool:
            return carrier_in_slot(module.lib, slot_id, serial)

        self.pkcs11 = Pkcs11Watch(token_thread, probe, self._reporter(self.pkcs11_source),
                                  interval=pkcs11_interval)

    @property
    def present(self) -> bool:
        return self._present

    def start(self) -> None:
        if self.pcsc is not None:
            self.pcsc.start()
        self.pkcs11.start()

    def stop(self, wait: bool = False) -> None:
        if self.pcsc is not None:
            self.pcsc.stop(wait)
        self.pkcs11.stop(wait)

    def _reporter(self, source: _Source) -> Callable[[bool | None], None]:
        def report(present: bool | None) -> None:
            with self._lock:
                self._last_source = source.name
                source.report(present)
        return report

    def _changed(self) -> None:  # under self._lock
        views = [s.present for s in (self.pcsc_source, self.pkcs11_source) if s.present is not None]
        if any(view is False for view in views):
            present = False
        elif views:
            present = True
        else:
            return  # nobody can tell: keep what we knew
        if present != self._present:
            self._present = present
            event = INSERTED if present else REMOVED
            log.info("key carrier %s (seen by %s)", event, self._last_source)
            self._on_event(event, self._last_source)

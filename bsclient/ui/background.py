"""The one idiom for work off the GUI thread (network, disk, token); results come back on the GUI thread.

Never touch a widget inside `operation`: it runs on another thread. `on_success` and `on_failure`
run on the GUI thread, and not at all when `parent` has been destroyed meanwhile. Token work is an
operation too: the Carrier's methods hand their PKCS#11 calls to its token thread and wait there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from bsclient.ui.widgets.error_dialog import show_error

T = TypeVar("T")
Failure = Callable[[Exception], None]

# Relays waiting for their result; held here so Python does not collect them meanwhile.
_pending: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits `finished` and the slot runs on the GUI thread (Qt queues a
    signal emitted on another thread than its receiver's)."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, parent: QObject, on_success: Callable[[Any], None], on_failure: Failure | None) -> None:
        super().__init__()  # no Qt parent: the relay must outlive a destroyed parent to drop its result
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self.finished.connect(self._deliver)
        _pending.add(self)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _pending.discard(self)
        if not shiboken6.isValid(self._parent):
            return
        if not isinstance(error, Exception):  # None: the operation returned
            self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent if isinstance(self._parent, QWidget) else None, error)


class _Task(QRunnable):
    def __init__(self, operation: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._operation = operation
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._operation(), None
        except Exception as exc:  # handed to the GUI thread, which decides what the clerk sees
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the application is going away and took the relay: nobody to tell
            self._relay.finished.emit(result, error)


_serial_pools: list[QThreadPool] = []  # the one pool of `in_order` work, made on first use


def _in_order_pool() -> QThreadPool:
    if not _serial_pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _serial_pools.append(pool)
    return _serial_pools[0]


def run_in_background(parent: QObject, operation: Callable[[], T], *, on_success: Callable[[T], None],
                      on_failure: Failure | None = None, in_order: bool = False) -> None:
    """Run `operation` on the thread pool; then `on_success(result)` or `on_failure(exc)` on the GUI thread.

    Without `on_failure` the error is shown to the clerk by `show_error`. With `in_order` the
    operation runs after every earlier `in_order` one has finished (saves of one draft must not
    overtake each other).
    """
    relay = _Relay(parent, on_success, on_failure)
    pool = _in_order_pool() if in_order else QThreadPool.globalInstance()
    pool.start(_Task(operation, relay))


def wait_for_background_work(timeout_ms: int = 30000) -> bool:
    """Block until the pool's work is done (at exit, so a draft being saved is not cut off)."""
    in_order_done = all(pool.waitForDone(timeout_ms) for pool in _serial_pools)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and in_order_done

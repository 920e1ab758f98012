"""The one worker thread that owns every PKCS#11 call (many modules are not thread-safe)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class TokenThread:
    """A single-thread executor: callers submit token work and get a Future back."""

    def __init__(self, name: str = "pkcs11") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._ident = self._executor.submit(threading.get_ident).result()

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        return self._executor.submit(fn, *args, **kwargs)

    def is_current(self) -> bool:
        return threading.get_ident() == self._ident

    def assert_current(self) -> None:
        """Raise AssertionError unless called on this token thread."""
        if not self.is_current():
            raise AssertionError(
                f"PKCS#11 call on thread {threading.current_thread().name!r}, "
                "not on the token thread"
            )

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait)

    def __enter__(self) -> TokenThread:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()

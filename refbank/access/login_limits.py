"""What keeps a flood of password guesses from stalling the bank: answered at once, before any hash
is computed or any row written.

- per address: at most `login_failures_per_address` failed logins a minute; more, and the address waits;
- per login: one password check at a time (a second one in flight is a flood, not a clerk);
- for the whole bank: no more password hashes at once than the machine has cores, each waiting at most
  a moment for its turn; the rest are told to come back, so request threads stay free for the clerks.

All three answer `429 too_many_logins` with `wait_seconds`. The counts live in the bank's process
memory (they restart with it; the per-user block in the database is what lasts).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from refbank.errors import BankRefusal

WINDOW_SECONDS = 60.0
HASH_QUEUE_SECONDS = 0.5  # how long a check waits for a free core before the caller is told to come back
MAX_ADDRESSES = 100_000  # addresses remembered at once; the quietest are forgotten first


def too_many_logins(wait_seconds: float) -> BankRefusal:
    return BankRefusal(429, "too_many_logins", "Too many login attempts; wait {wait_seconds} seconds.",
                       wait_seconds=max(1, math.ceil(wait_seconds)))


class LoginLimits:
    """The bank's one instance (refbank/api/dependencies.py Bank); thread-safe."""

    def __init__(self, failures_per_address: int, hashes_at_once: int | None = None) -> None:
        self._failures_per_address = failures_per_address
        self._failures: dict[str, deque[float]] = {}
        self._in_flight: set[str] = set()
        self._lock = threading.Lock()
        self._hashing = threading.BoundedSemaphore(hashes_at_once or os.cpu_count() or 2)

    @contextmanager
    def attempt(self, login: str, address: str) -> Iterator[None]:
        """Around one password check: refuses at once when a limit is reached."""
        now = time.monotonic()
        with self._lock:
            recent = self._recent(address, now)
            if recent is not None and len(recent) >= self._failures_per_address:
                raise too_many_logins(recent[0] + WINDOW_SECONDS - now)
            if login in self._in_flight:
                raise too_many_logins(1)
            self._in_flight.add(login)
        try:
            if not self._hashing.acquire(timeout=HASH_QUEUE_SECONDS):
                raise too_many_logins(1)
            try:
                yield
            finally:
                self._hashing.release()
        finally:
            with self._lock:
                self._in_flight.discard(login)

    def failed(self, address: str) -> None:
        """A login from `address` failed (wrong password, unknown or blocked login)."""
        now = time.monotonic()
        with self._lock:
            recent = self._recent(address, now)
            if recent is None:
                if len(self._failures) >= MAX_ADDRESSES:
                    self._forget_quietest()
                recent = self._failures[address] = deque()
            recent.append(now)

    def _recent(self, address: str, now: float) -> deque[float] | None:
        recent = self._failures.get(address)
        while recent and recent[0] <= now - WINDOW_SECONDS:
            recent.popleft()
        return recent

    def _forget_quietest(self) -> None:
        by_last = sorted(self._failures, key=lambda key: self._failures[key][-1] if self._failures[key] else 0)
        for address in by_last[: len(by_last) // 10 + 1]:
            del self._failures[address]

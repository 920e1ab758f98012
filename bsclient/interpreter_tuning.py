"""The one place where the client changes how the Python interpreter runs: while a worker reads a big
statement, so that the window keeps answering, while a batch signs, so that the token thread
has the interpreter lock back at once after each signature, and while a 1C file's orders are made.
No Qt: the layers below the UI use it too.

Measured with bench/statement_view.py (200,000 lines, offscreen, 2 cores): with this tuning the load
takes about 3 s and the window never stops for more than about 60 ms; without the switch interval the
window freezes for up to two thirds of a second, without the collector pause the load takes about
4 s with stalls near 200 ms. The token lets go of the lock while it signs (bsclient/token/
unlocked_sign.py); taking it back from the sender threads costs up to one switch interval, 5 ms by
default against 0.6 ms for the signature itself (bench/batch_sign.py). Nothing else in the client
touches these settings.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

FAST_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005
# While a batch signs: the token thread waits this long at most for the lock after each signature
# (bench/batch_sign.py, 5 alternating runs each: ratio 1.29 against 1.31 at FAST_SWITCH_INTERVAL).
BATCH_SWITCH_INTERVAL = 0.0001
WINDOW_PAUSE = 0.0005  # seconds the statement's worker sleeps after each part of a page it reads


class _Tuning:
    """Keeps the switch intervals the works under way want, and counts those that want the collector
    paused; the shortest interval wanted holds, and the last one out gives each setting back."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._intervals: list[float] = []  # one per work under way that wants faster switching
        self._pausing = 0
        self._saved_switch_interval = sys.getswitchinterval()
        self._collecting = True

    def enter(self, *, pause_collector: bool, switch_interval: float | None = FAST_SWITCH_INTERVAL) -> None:
        with self._lock:
            if switch_interval is not None:
                if not self._intervals:
                    self._saved_switch_interval = sys.getswitchinterval()
                self._intervals.append(switch_interval)
                sys.setswitchinterval(min([self._saved_switch_interval, *self._intervals]))
            if pause_collector:
                if self._pausing == 0:
                    self._collecting = gc.isenabled()
                    gc.disable()
                self._pausing += 1

    def leave(self, *, pause_collector: bool, switch_interval: float | None = FAST_SWITCH_INTERVAL) -> None:
        with self._lock:
            if pause_collector:
                self._pausing -= 1
                if self._pausing == 0 and self._collecting:
                    # Everything allocated meanwhile would be gen 0 and the first collection would walk
                    # it all at once (0.1 s for 200,000 lines, the window frozen): moved into the oldest
                    # generation at once instead, where the next full collection meets it as before.
                    gc.freeze()
                    gc.unfreeze()
                    gc.enable()
            if switch_interval is not None:
                self._intervals.remove(switch_interval)
                sys.setswitchinterval(min([self._saved_switch_interval, *self._intervals]))


_tuning = _Tuning()


@contextmanager
def reading_a_big_statement() -> Iterator[None]:
    """While a worker reads a statement of up to hundreds of thousands of lines in Python:

    - the worker hands the interpreter lock over every 0.5 ms instead of 5: each data() call of a
      repaint on the GUI thread waits for that lock, and a hundred waits of 5 ms stall the window;
    - Python's cycle collector is paused: it would walk the million new objects again and again,
      holding the lock a third of a second each time. The last read to end turns it back on, and
      its next collections walk the statement once more (one tracked object a line: counterparties
      and dates are shared, amounts and texts are not tracked), about 0.1-0.2 s for 200,000 lines.
      The objects are not frozen out of its sight: gc.freeze would keep every object alive at that
      moment, the statement's and everyone else's, out of the collector for the rest of the day;
      freezing and at once unfreezing only moves them into the oldest generation without a walk.

    Two reads may overlap (Load pressed again): the last one out gives the settings back.
    """
    _tuning.enter(pause_collector=True)
    try:
        yield
    finally:
        _tuning.leave(pause_collector=True)


def let_the_window_run() -> None:
    """Called by the worker reading a big statement after each few hundred lines (fetch_statement's
    `pause`): it sleeps half a millisecond, without the interpreter lock. A repaint of the lines calls
    into Python once per cell, and each call waits for the lock while the worker holds it; the
    switch interval bounds each wait, not their sum. With these pauses the window's longest stalls
    while 200,000 lines arrive, with a search and a sort under way, were about 55-75 ms instead of
    60-290 ms (bench/statement_view.py on 2 busy cores); the load takes a few tenths of a second longer."""
    time.sleep(WINDOW_PAUSE)


@contextmanager
def signing_a_batch() -> Iterator[None]:
    """While a batch signs on the token thread beside its sender threads: the switch interval at 0.1 ms,
    so that the token thread, which lets go of the lock while the token signs, has it back within
    0.1 ms of each signature instead of 5 (a sender holding the lock is asked to drop it only after
    the interval). The collector runs as usual."""
    _tuning.enter(pause_collector=False, switch_interval=BATCH_SWITCH_INTERVAL)
    try:
        yield
    finally:
        _tuning.leave(pause_collector=False, switch_interval=BATCH_SWITCH_INTERVAL)


@contextmanager
def making_many_objects() -> Iterator[None]:
    """While a 1C file's sections or orders are made: the cycle collector waits. They are many objects in no
    reference cycle, and as they grow it would walk all of them again and again (a quarter of the time of
    checking 10,000 orders). The switch interval stays as it is."""
    _tuning.enter(pause_collector=True, switch_interval=None)
    try:
        yield
    finally:
        _tuning.leave(pause_collector=True, switch_interval=None)

"""The one place where the client changes how the Python interpreter runs: while a worker reads a big
statement, so that the window keeps answering.

Measured with bench/statement_view.py (200,000 lines, offscreen, 2 cores): with this tuning the load
takes about 3 s and the window never stops for more than about 60 ms; without the switch interval the
window freezes for up to two thirds of a second, without the collector pause the load takes about
4 s with stalls near 200 ms. Nothing else in the client touches these settings.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

READING_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005


class _ReadingTuning:
    """Counts the reads under way; the first one in tunes the interpreter, the last one out restores it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._readers = 0
        self._saved_switch_interval = sys.getswitchinterval()
        self._collecting = True

    def enter(self) -> None:
        with self._lock:
            if self._readers == 0:
                self._saved_switch_interval, self._collecting = sys.getswitchinterval(), gc.isenabled()
                sys.setswitchinterval(min(self._saved_switch_interval, READING_SWITCH_INTERVAL))
                gc.disable()
            self._readers += 1

    def leave(self) -> None:
        with self._lock:
            self._readers -= 1
            if self._readers == 0:
                if self._collecting:
                    # Everything allocated meanwhile would be gen 0 and the first collection would walk
                    # it all at once (0.1 s for 200,000 lines, the window frozen): moved into the oldest
                    # generation at once instead, where the next full collection meets it as before.
                    gc.freeze()
                    gc.unfreeze()
                    gc.enable()
                sys.setswitchinterval(self._saved_switch_interval)


_tuning = _ReadingTuning()


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
    _tuning.enter()
    try:
        yield
    finally:
        _tuning.leave()

"""Work done on the GUI thread in short steps between the clerk's events (the list and statement models).

The work is a generator that yields after each small piece and returns its result. It runs on the
GUI thread, not on a worker thread: a worker computing in Python would hold the interpreter lock that
every data() call of a repaint needs, and each such call would wait for it (a repaint of a hundred
cells then takes half a second). A newer piece of work replaces the one under way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer

STEP_SECONDS = 0.012  # the GUI thread works this long, then handles the clerk's events

Steps = Generator[None, None, Any]


class SteppedWork(QObject):
    """Advances one generator at a time, STEP_SECONDS per turn of the event loop; `done(result)` when it
    returns, `failed(exc)` if it raises (a bug: what was shown stays shown)."""

    def __init__(self, done: Callable[[Any], None], failed: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done, self._failed = done, failed
        self._steps: Steps | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._advance)

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def start(self, steps: Steps, *, at_once: bool = False) -> None:
        """Starts `steps` (replacing any under way); `at_once`: all of it now, for small work."""
        self._steps = steps
        if at_once:
            self._advance(deadline=float("inf"))
        else:
            self._timer.start()

    def stop(self) -> None:
        self._steps = None
        self._timer.stop()

    def _advance(self, deadline: float | None = None) -> None:
        if self._steps is None:
            self._timer.stop()
            return
        deadline = deadline if deadline is not None else time.perf_counter() + STEP_SECONDS
        try:
            while time.perf_counter() < deadline:
                next(self._steps)
        except StopIteration as finished:
            self.stop()
            self._done(finished.value)
        except Exception as exc:
            self.stop()
            self._failed(exc)

"""A 200,000-line statement in the real statement window: how long it takes, how much memory, and whether
the window ever stops answering.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/statement_view.py [--lines N]

The statement comes through the client's own reader (`fetch_statement`, in the background) from a
stand-in bank that pages it as the wire does (5,000 lines a page), so the figures are the client's,
not the network's. "Longest stall" is the longest time the GUI thread's event loop did not turn
(a 5 ms timer measures it): that is what a clerk would feel as a frozen window.

The load is timed twice: until the first screen of lines is painted, and until the whole statement is
there and checked. While the lines arrive the bench searches and sorts, as a clerk would, and checks
that the rows shown at the end are those a search and sort over the whole statement give.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def deep_size(root: object) -> int:
    """Bytes of every distinct object reachable from `root` through tuples, slots and dataclass fields."""
    seen: set[int] = set()
    stack = [root]
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, (tuple, list)):
            stack.extend(obj)
        for name in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, name):
                stack.append(getattr(obj, name))
    return total


def rss_mb() -> float:
    """The process's resident memory now (not its peak)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class StallMeter:
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks is the longest freeze."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self.longest = 0

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart())

    def start(self) -> None:
        self.longest = 0
        self._clock.start()
        self._timer.start()

    def stop(self) -> int:
        self._tick()
        self._timer.stop()
        return self.longest


def peak_rss_mb() -> float:
    """The most resident memory the process has had so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_until(app: QApplication, done: Callable[[], bool], timeout: float = 600.0) -> float:
    start = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the window did not finish")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    args = parser.parse_args()

    app = QApplication(sys.argv)
    from bsclient.ui.background import wait_for_background_work
    from bsclient.ui.statements.model import CREDIT, DATE, Direction, ViewSpec, shown_rows
    from bsclient.ui.statements.window import PreparedStatement, StatementWindow
    from tests.helpers.statement_bank import StatementBank, make_statement
    from tests.helpers.workplace import make_workplace

    workplace = make_workplace(Path(tempfile.mkdtemp(prefix="statement-bench-")))
    window = StatementWindow(workplace, open_document=lambda _: None)
    window.show()
    run_until(app, window.isVisible)
    base = rss_mb()

    sample = make_statement(args.lines)
    with_sample = rss_mb()
    workplace.api = StatementBank(sample)
    window.set_period(sample.date_from, sample.date_to)
    meter = StallMeter()
    rows: list[tuple[str, str]] = []

    def measure(name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        meter.start()
        action()
        seconds = run_until(app, done)
        window.grab()  # painted, as the clerk would see it
        stall = meter.stop()
        rows.append((name, f"{seconds:7.2f} s   longest stall {stall:5d} ms"))

    screen_rows = window.lines_stack.height() // window.table.verticalHeader().defaultSectionSize()
    meter.start()
    started = time.perf_counter()
    window.load_button.click()
    run_until(app, lambda: window.model.rowCount() >= min(screen_rows, args.lines)
              and window.lines_stack.currentWidget() is window.table)
    window.grab()
    first_screen = time.perf_counter() - started
    arrived_at_first = window.model.total_count()

    def searched() -> bool:
        return not window.model.searching and window.model.spec().text == "Казахтелеком"

    window.search_edit.setText("Казахтелеком")
    asked = time.perf_counter()
    run_until(app, searched)
    window.grab()
    search_while = time.perf_counter() - asked, window.model.total_count(), window.loading()
    window.table.sortByColumn(CREDIT, Qt.SortOrder.DescendingOrder)
    asked = time.perf_counter()
    run_until(app, lambda: not window.model.searching and window.model.spec().sort_column == CREDIT)
    window.grab()
    sort_while = time.perf_counter() - asked, window.model.total_count(), window.loading()
    run_until(app, lambda: not window.loading() and window.model.statement() is not None and not window.model.busy)
    window.grab()
    whole = time.perf_counter() - started
    rows.append((f"load: first screen ({arrived_at_first:,} lines in)", f"{first_screen:7.2f} s"))
    rows.append((f"  search while lines arrive ({search_while[1]:,} in"
                 f"{', still loading' if search_while[2] else ', load done'})", f"{search_while[0]:7.2f} s"))
    rows.append((f"  sort by credit while lines arrive ({sort_while[1]:,} in"
                 f"{', still loading' if sort_while[2] else ', load done'})", f"{sort_while[0]:7.2f} s"))
    rows.append(("load: the whole statement, checked", f"{whole:7.2f} s   longest stall {meter.stop():5d} ms"))
    loaded_statement = window.model.statement()
    assert loaded_statement is not None and len(loaded_statement.lines) == args.lines
    expected = shown_rows(loaded_statement.lines, ViewSpec("Казахтелеком", Direction.ALL, CREDIT, True))
    assert window.model._shown.rows == expected.rows, "streamed rows differ from a search over the whole"
    loaded = rss_mb()
    window.search_edit.clear()
    window.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    run_until(app, lambda: not window.model.busy and window.model.rowCount() == args.lines)
    del sample  # the window keeps its own statement, read from the pages
    workplace.api.statement = None
    loaded_only = rss_mb()

    statement = window.model.statement()
    assert statement is not None
    prepared = PreparedStatement.of(statement)  # as the load does it, in the background
    meter.start()
    started = time.perf_counter()
    window.show_statement(prepared)
    window.grab()
    rows.append(("show a statement read and prepared in the background", f"{time.perf_counter() - started:7.2f} s   "
                                                   f"longest stall {meter.stop():5d} ms"))

    def scroll_to_end() -> None:
        window.table.scrollToBottom()

    viewport = window.table.viewport()
    measure("scroll to the last line", scroll_to_end,
            lambda: window.table.indexAt(QPoint(2, viewport.height() - 3)).row() == args.lines - 1)
    measure("search \"Казахтелеком\" (as typed, after the 200 ms pause)",
            lambda: window.search_edit.setText("Казахтелеком"),
            lambda: not window.model.busy and window.model.rowCount() < args.lines)
    found = window.model.rowCount()
    measure("clear the search", window.search_edit.clear,
            lambda: not window.model.busy and window.model.rowCount() == args.lines)
    measure("sort by credit, largest first", lambda: window.table.sortByColumn(CREDIT, Qt.SortOrder.DescendingOrder),
            lambda: not window.model.busy and window.model.spec().sort_column == CREDIT)
    measure("chart tab", lambda: window.tabs.setCurrentIndex(1), lambda: True)

    print(f"statement window, {args.lines:,} lines (offscreen, {os.cpu_count()} cores)")
    print("  goals: first screen <= 1.0 s, stalls <= 100 ms, peak resident <= 300 MB")
    for name, figure in rows:
        print(f"  {name:<62} {figure}")
    peak = peak_rss_mb()  # before deep_size below, whose own bookkeeping of every object would count
    print(f"  search found {found:,} lines")
    held = deep_size(statement)
    index = window.model._shown.rows
    print(f"  memory: the statement as the client holds it   {held / 2**20:7.1f} MB"
          f"   ({held / args.lines:,.0f} bytes a line; counterparties and dates shared)")
    print(f"          the model's index of rows shown        {index.itemsize * len(index) / 2**20:7.1f} MB"
          f"   ({index.itemsize} bytes a line)")
    print(f"  resident: window before any statement          {base:7.1f} MB")
    print(f"            + the bench's own sample statement   {with_sample:7.1f} MB")
    print(f"            + loaded into the window             {loaded:7.1f} MB")
    print(f"            after dropping the bench's sample    {loaded_only:7.1f} MB")
    print(f"  peak resident {peak:7.1f} MB (goal <= 300), of which the bench's own sample "
          f"{with_sample - base:5.1f} MB: the window's peak {peak - (with_sample - base):7.1f} MB")
    window.close()
    wait_for_background_work()
    workplace.store.close()


if __name__ == "__main__":
    main()

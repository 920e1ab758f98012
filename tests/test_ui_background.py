"""The background idiom: work off the GUI thread, results and failures back on it."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from bsclient.token import TokenThread
from bsclient.ui.background import run_in_background, run_on_token_thread, wait_for_background_work


def test_result_arrives_on_the_gui_thread_after_work_off_it(qtbot):
    owner = QObject()
    worked_on: list[threading.Thread] = []
    received: list[tuple[int, bool]] = []

    def operation() -> int:
        worked_on.append(threading.current_thread())
        return 42

    run_in_background(owner, operation, on_success=lambda value: received.append(
        (value, QThread.currentThread() is QApplication.instance().thread())))
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    assert received == [(42, True)]
    assert worked_on[0] is not threading.main_thread()


def test_a_failing_operation_reaches_on_failure_on_the_gui_thread(qtbot):
    owner = QObject()
    failures: list[tuple[Exception, bool]] = []

    def operation() -> None:
        raise ValueError("no")

    run_in_background(owner, operation, on_success=lambda _: pytest.fail("must not succeed"),
                      on_failure=lambda exc: failures.append(
                          (exc, QThread.currentThread() is QApplication.instance().thread())))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0][0], ValueError) and failures[0][1]


def test_in_order_operations_finish_in_the_order_they_were_started(qtbot):
    owner = QObject()
    finished: list[int] = []
    for number in range(20):
        run_in_background(owner, lambda n=number: n, on_success=finished.append, in_order=True)
    qtbot.waitUntil(lambda: len(finished) == 20, timeout=5000)
    assert finished == list(range(20))


def test_result_is_dropped_when_its_window_is_gone(qtbot):
    owner = QObject()
    release = threading.Event()
    received: list[object] = []
    run_in_background(owner, lambda: release.wait(5), on_success=received.append,
                      on_failure=received.append)
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()
    release.set()
    assert wait_for_background_work(5000)
    QApplication.processEvents()
    assert received == []


def test_token_work_runs_on_the_token_thread_and_returns_on_the_gui_thread(qtbot):
    owner = QObject()
    results: list[tuple[bool, bool]] = []
    token_thread = TokenThread()
    try:
        run_on_token_thread(owner, token_thread, token_thread.is_current,
                            on_success=lambda on_token_thread: results.append(
                                (on_token_thread, QThread.currentThread() is QApplication.instance().thread())))
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        assert results == [(True, True)]

        failures: list[Exception] = []
        run_on_token_thread(owner, token_thread, lambda: 1 / 0, on_success=results.append,
                            on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
        assert isinstance(failures[0], ZeroDivisionError)
    finally:
        token_thread.shutdown()

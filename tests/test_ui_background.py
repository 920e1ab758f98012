"""The background idiom: work off the GUI thread, results and failures back on it."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from bsclient.client.carrier import Carrier
from bsclient.ui.background import run_in_background, wait_for_background_work
from installer.softhsm import SOFTHSM_MODULE


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


def test_carrier_work_runs_in_the_background_and_never_blocks_the_gui_thread(qtbot):
    owner = QObject()
    assert SOFTHSM_MODULE is not None
    carrier = Carrier(SOFTHSM_MODULE, refuse_main_thread=True)  # as the windows make it
    try:
        with pytest.raises(AssertionError, match="GUI thread"):
            carrier.tokens()  # on the GUI thread it would wait for the token: refused
        results: list[tuple[object, bool]] = []
        run_in_background(owner, carrier.tokens, on_success=lambda tokens: results.append(
            (tokens, QThread.currentThread() is QApplication.instance().thread())))
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        tokens, on_gui_thread = results[0]
        assert isinstance(tokens, list) and on_gui_thread
    finally:
        carrier.shutdown()

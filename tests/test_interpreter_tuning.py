"""The interpreter's settings are changed in one place (bsclient/interpreter_tuning.py): works that overlap
count, and the last one out gives each setting back."""

from __future__ import annotations

import gc
import sys

from bsclient.interpreter_tuning import making_many_objects, reading_a_big_statement


def test_a_1c_file_and_a_statement_pause_the_collector_together_and_the_last_out_turns_it_on():
    assert gc.isenabled()
    with making_many_objects():
        assert not gc.isenabled()
        with reading_a_big_statement():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the statement ended first: the file's orders are still being made
    assert gc.isenabled()


def test_making_many_objects_leaves_the_switch_interval_alone():
    interval = sys.getswitchinterval()
    with making_many_objects():
        assert sys.getswitchinterval() == interval
    assert sys.getswitchinterval() == interval

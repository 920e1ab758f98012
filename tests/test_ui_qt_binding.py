"""The pinned Qt binding keeps Python's reference counts: a long session must not abort.

PySide6 6.12.0 on CPython 3.11 took one reference from None on every Qt call returning nothing,
and the process died with "none_dealloc" once None ran out of them. 6.11.3 does not.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_qt_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(1000):
        edit.setText("x")
    # From CPython 3.12 None is immortal and its count is fixed; before, a leak shows as ~1000.
    assert abs(before - sys.getrefcount(None)) < 50

"""Every window fits an office laptop's screen (1366×768, 1280×720, and 1920×1080 at 150 %, which
leaves 1280×720 to lay out in), and the editors' fields do not overlap one another."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from installer.gallery import windows

# The smallest of the three screens once the taskbar and the window's frame are taken off.
ROOM = (1280 - 16, 720 - 48)


def laid_out(window: QWidget) -> None:
    window.show()
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def test_no_window_needs_more_than_the_smallest_screen(qtbot, tmp_path: Path) -> None:
    too_big = []
    for name, make in windows(tmp_path):
        window = make()
        laid_out(window)
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        room = window.screen().availableGeometry()  # the test's screen: each window opens inside it
        if (needed.width() > ROOM[0] or needed.height() > ROOM[1]
                or window.width() > max(room.width(), needed.width())
                or window.height() > max(room.height(), needed.height())):
            too_big.append(f"{name}: needs {needed.width()}×{needed.height()}, opens at {window.width()}×{window.height()}")
        window.close()
        window.deleteLater()
    assert not too_big


FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QLabel, QAbstractButton)


def overlapping(window: QWidget) -> list[str]:
    """Pairs of visible fields, labels and buttons of the window whose rectangles cross."""
    shown = [w for w in window.findChildren(QWidget) if isinstance(w, FIELDS) and w.isVisible() and w.width() > 0
             and not isinstance(w.parentWidget(), FIELDS) and not w.inherits("QComboBoxPrivateContainer")]
    # What shows of each: a field scrolled out of a scroll area's view is not where the mouse is.
    places = {w: w.visibleRegion().boundingRect().translated(w.mapTo(window, QPoint(0, 0))) for w in shown}
    found = []
    for a, b in itertools.combinations(shown, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        if not places[a].isEmpty() and places[a].intersects(places[b]):
            found.append(f"{a.objectName() or type(a).__name__} × {b.objectName() or type(b).__name__}")
    return found


@pytest.mark.parametrize("kind", ["payment", "budget", "pension", "social", "salary", "foreign", "exchange"])
def test_an_editor_full_of_errors_overlaps_nothing_at_its_smallest(qtbot, tmp_path: Path, kind: str) -> None:
    made = dict(windows(tmp_path))
    editor = made[f"editor-{kind}-errors"]()
    qtbot.addWidget(editor)
    laid_out(editor)
    editor.resize(editor.minimumSizeHint())
    laid_out(editor)
    assert not overlapping(editor)

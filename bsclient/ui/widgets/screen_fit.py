"""Windows that fit the clerk's screen: a long form scrolls, its buttons stay in sight.

An office laptop gives a window about 1366×728 or 1280×680 once the taskbar is taken off; a window
asked to open larger than that opens at what the screen has instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

# Room left around a window for its frame and title bar, so the frame itself is on the screen.
FRAME_ROOM = (16, 48)


def scrolling(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area for a long form and the layout its content goes into."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    content = QWidget(area)
    content.setObjectName(name + "Content")
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    area.setWidget(content)
    return area, layout


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, or to what the screen it opens on has room for."""
    screen = window.screen() if window.screen() is not None else QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_ROOM[0])
        height = min(height, room.height() - FRAME_ROOM[1])
    window.resize(width, height)

"""Screenshots for a person to look at, in BSCLIENT_SHOTS (/tmp/bsclient-shots unless set).

Saved when the folder can be written, and never needed by an assertion: a test passes or fails on the
widgets themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

SHOTS = Path(os.environ.get("BSCLIENT_SHOTS", "/tmp/bsclient-shots"))


def shot(widget: QWidget, name: str) -> Path:
    """The widget as it looks now, saved as `name`.png; the path it was (or would have been) saved to.

    Layouts still waiting for their turn of the event loop (a label grown, a row hidden) are applied
    first, so the picture shows what the clerk sees."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    path = SHOTS / f"{name}.png"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return path
    widget.grab().save(str(path))
    return path

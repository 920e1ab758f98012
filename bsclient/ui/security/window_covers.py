"""Covering every window of the client while it is locked: the carrier lock (carrier_lock.py) and the
idle lock (idle_lock.py) both use one WindowCovers.

While covering, each of the client's windows carries a cover made by the lock (a `LockCover`); the
windows themselves stay as they are, so nothing typed is lost. Input to a covered window is held back,
a window opened meanwhile is covered too, and when the covers go the focus returns where it was.
The same application event filter tells the lock about the clerk's input (for idle timers).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from bsclient.ui.security.lock_cover import LockCover

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.DragEnter,
    QEvent.Type.Drop,
})
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Tool)


class WindowCovers(QObject):
    """The covers of one lock. `make_cover(window)` makes a window's cover; `on_input()` is called on
    each of the clerk's own inputs, locked or not; windows named in `spared_names` or of
    `spared_types` (the locks' own dialogs) are never covered."""

    def __init__(self, make_cover: Callable[[QWidget], LockCover], *, on_input: Callable[[], None],
                 spared_names: frozenset[str], spared_types: tuple[type, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_cover = make_cover
        self._on_input = on_input
        self._spared_names = spared_names
        self._spared_types = spared_types
        self._active = False
        self._covers: dict[QWidget, LockCover] = {}
        self._focus: dict[QWidget, QWidget] = {}

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        """Begin watching the application's events (the clerk's input, windows opening)."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.uncover()

    def cover_all(self) -> None:
        """Cover every visible window now (and each one opened until `uncover`)."""
        self._active = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and self._coverable(window):
                self._cover(window)

    def uncover(self) -> None:
        self._active = False
        covers, self._covers = self._covers, {}
        focus, self._focus = self._focus, {}
        for window, cover in covers.items():
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
            previous = focus.get(window)
            if previous is not None and shiboken6.isValid(previous):
                previous.setFocus()  # the clerk goes on typing where they were

    def covers(self) -> list[LockCover]:
        return [cover for cover in self._covers.values() if shiboken6.isValid(cover)]

    def _coverable(self, window: QWidget) -> bool:
        if window in self._covers or isinstance(window, self._spared_types):
            return False
        return window.objectName() not in self._spared_names and window.windowType() in _WINDOW_TYPES

    def _cover(self, window: QWidget) -> None:
        focus = window.focusWidget()
        if focus is not None:
            self._focus[window] = focus
        cover = self._make_cover(window)
        self._covers[window] = cover
        window.destroyed.connect(lambda: (self._covers.pop(window, None), self._focus.pop(window, None)))
        if window.isActiveWindow():
            cover.first_focus.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY_EVENTS and event.spontaneous():
            self._on_input()
        if not self._active:
            return False
        if kind in INPUT_EVENTS:
            return self._held_back(watched)
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and self._coverable(watched):
            self._cover(watched)  # a window opened while locked is covered too
        elif kind == QEvent.Type.Resize and isinstance(watched, QWidget) and watched in self._covers:
            self._covers[watched].setGeometry(watched.rect())
        return False

    def _held_back(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            # Shortcuts are delivered to their QAction or QShortcut: none of them runs while locked.
            return isinstance(watched, (QAction, QShortcut))
        cover = self._covers.get(watched.window())
        if cover is None:
            return False
        return not (watched is cover or cover.isAncestorOf(watched))

"""Alt+letter reaches one thing in a window, in every language.

Each label and button carries its own mnemonic ("&Name:", "&Нөмірі:"), chosen sentence by sentence;
put together in one window, two may share a letter, and then Alt+letter only cycles between them. When
a window is shown (and again after a change of language), the later of two buttons or field labels
sharing a letter moves its mnemonic to the first letter of its text that is still free.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def unique_mnemonics(window: QWidget) -> None:
    """Keep the mnemonics of `window`'s visible buttons and field labels unique whenever it is shown."""
    window.installEventFilter(_Keeper(window))


class _Keeper(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LanguageChange) and isinstance(watched, QWidget):
            make_unique(watched)
        return False


def make_unique(window: QWidget) -> None:
    used: set[str] = set()
    for widget in window.findChildren(QWidget):
        if not (isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None)):
            continue
        if not widget.isVisibleTo(window):
            continue
        text = widget.text()
        found = _MNEMONIC.search(text.replace("&&", "\0\0"))
        if found is None:
            continue
        letter = found.group(1).casefold()
        if letter not in used:
            used.add(letter)
            continue
        plain = text[:found.start()] + text[found.start() + 1:]
        free = next((i for i, char in enumerate(plain) if char.isalnum() and char.casefold() not in used), None)
        if free is None:
            widget.setText(plain)
            continue
        used.add(plain[free].casefold())
        widget.setText(plain[:free] + "&" + plain[free:])

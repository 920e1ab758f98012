"""The one place an error nobody handled is shown to the clerk."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bsclient.messages import ClerkError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The clerk's sentence for `exc`: its translated Message, or a general sentence for a bug."""
    if isinstance(exc, ClerkError):
        return exc.message.render(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside the program. Your saved documents are kept; "
        "try again, and if this repeats, send the details to the bank's support.")


_parentless: set[QMessageBox] = set()


def show_error(parent: QWidget | None, exc: BaseException, *, on_closed: Callable[[], None] | None = None) -> None:
    """Tell the clerk about `exc` in a message box; a bug's traceback goes under Details and to the log.
    `on_closed`: called once the clerk has closed the box (quitting after an error that stops the start)."""
    box = QMessageBox(parent)
    box.setObjectName("errorMessageBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Internet-Client"))
    box.setText(error_text(exc))
    if not isinstance(exc, ClerkError):
        details = "".join(traceback.format_exception(exc))
        log.error("unexpected error:\n%s", details)
        box.setDetailedText(details)
    if parent is None:  # nothing else holds a box without a parent: it would be gone before it is read
        _parentless.add(box)
        box.finished.connect(lambda _result: _parentless.discard(box))
    if on_closed is not None:
        box.finished.connect(lambda _result: on_closed())
    box.open()

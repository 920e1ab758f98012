"""A document's status as the clerk reads it: a translated word and a colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from bsclient.client.documents import DocumentStatus
from bsclient.messages import QT_TRANSLATE_NOOP

_LABELS: dict[DocumentStatus, str] = {
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("DocumentStatus", "Draft"),
    DocumentStatus.SIGNED: QT_TRANSLATE_NOOP("DocumentStatus", "Signed"),
    DocumentStatus.SENT: QT_TRANSLATE_NOOP("DocumentStatus", "Sent"),
    DocumentStatus.ACCEPTED: QT_TRANSLATE_NOOP("DocumentStatus", "Accepted by the bank"),
    DocumentStatus.EXECUTED: QT_TRANSLATE_NOOP("DocumentStatus", "Executed"),
    DocumentStatus.REJECTED: QT_TRANSLATE_NOOP("DocumentStatus", "Rejected"),
}

# Colours readable on a light background; the word is always shown too, never colour alone.
_COLOURS: dict[DocumentStatus, str] = {
    DocumentStatus.DRAFT: "#6b6b6b",
    DocumentStatus.SIGNED: "#8a5a00",
    DocumentStatus.SENT: "#1f5fa8",
    DocumentStatus.ACCEPTED: "#1f5fa8",
    DocumentStatus.EXECUTED: "#1d7a32",
    DocumentStatus.REJECTED: "#b3261e",
}


def status_label(status: DocumentStatus | str) -> str:
    """The translated word for `status`."""
    status = DocumentStatus(status)
    return QCoreApplication.translate("DocumentStatus", _LABELS[status])


def status_colour(status: DocumentStatus | str) -> QColor:
    return QColor(_COLOURS[DocumentStatus(status)])

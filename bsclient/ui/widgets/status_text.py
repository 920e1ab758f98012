"""A document's status as the clerk reads it: a translated word and a colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from bsclient.client.documents.record import STATUS_WORDS, DocumentStatus

# Colours readable on a light background; the word is always shown too, never colour alone.
_COLOURS: dict[DocumentStatus, str] = {
    DocumentStatus.DRAFT: "#6b6b6b",
    DocumentStatus.SIGNED: "#8a5a00",
    DocumentStatus.SENT: "#1f5fa8",
    DocumentStatus.ACCEPTED: "#1f5fa8",
    DocumentStatus.EXECUTED: "#1d7a32",
    DocumentStatus.REJECTED: "#b3261e",
    DocumentStatus.RECALLED: "#6a3d9a",
    DocumentStatus.AWAITING_SIGNATURE: "#8a5a00",
}


def status_label(status: DocumentStatus | str) -> str:
    """The translated word for `status`."""
    status = DocumentStatus(status)
    return QCoreApplication.translate("DocumentStatus", STATUS_WORDS[status])


def status_colour(status: DocumentStatus | str) -> QColor:
    return QColor(_COLOURS[DocumentStatus(status)])

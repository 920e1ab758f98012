"""An account's title as the bank sent it, in the clerk's language where it is one of the usual
titles (the reference bank sends them in English); any other title is shown as the bank wrote it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bsclient.messages import QT_TRANSLATE_NOOP

USUAL_TITLES = (
    QT_TRANSLATE_NOOP("AccountTitle", "Current account"),
    QT_TRANSLATE_NOOP("AccountTitle", "Foreign currency account"),
    QT_TRANSLATE_NOOP("AccountTitle", "Salary account"),
)


def account_title(title: str) -> str:
    return QCoreApplication.translate("AccountTitle", title) if title in USUAL_TITLES else title

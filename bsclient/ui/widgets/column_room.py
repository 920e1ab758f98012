"""A list's columns: the ones that matter first, spare room to the text columns, and the clerk's own
widths and order remembered.

Until the clerk drags a column, the columns keep their natural widths and the text columns (a
beneficiary, the bank's reason) share what the list has left, so a wider window shows more text rather
than empty columns. Once she has arranged them, her widths and order are kept (per clerk, in the
client's settings) and opened again next time.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QTableView

# The narrowest a text column is made, so a word or two shows even in a narrow window.
TEXT_MINIMUM = 120


class ColumnRoom(QObject):
    """Arranges the columns of `table`: `order` is the columns' visual order (logical indexes first to
    last); `text_columns` get the spare room; `key` names the clerk's saved arrangement (empty: none)."""

    def __init__(self, table: QTableView, *, order: list[int], text_columns: list[int], key: str = "") -> None:
        super().__init__(table)
        self._table = table
        self._text = text_columns
        self._key = key
        self._arranging = False
        self.arranged_by_clerk = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for place, logical in enumerate(order):
            header.moveSection(header.visualIndex(logical), place)
        self._natural = {column: header.sectionSize(column) for column in text_columns}
        if key:
            self._restore()
        header.sectionResized.connect(self._resized_by_clerk)
        header.sectionMoved.connect(lambda *_: self._clerk_arranged())
        table.viewport().installEventFilter(self)

    def set_key(self, key: str) -> None:
        """The clerk is known (after sign-in): her saved arrangement, if she has one."""
        self._key = key
        self._restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.arranged_by_clerk:
            self.share_room()
        return False

    def share_room(self) -> None:
        """Give the text columns what the other columns leave of the list's width."""
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self._text and not header.isSectionHidden(c))
        spare = self._table.viewport().width() - others
        natural = sum(self._natural.values()) or 1
        self._arranging = True
        try:
            for column in self._text:
                share = spare * self._natural[column] // natural
                header.resizeSection(column, max(TEXT_MINIMUM, share))
        finally:
            self._arranging = False

    def save(self) -> None:
        if self._key and self.arranged_by_clerk:
            QSettings().setValue(self._settings_key(), self._table.horizontalHeader().saveState())

    def _restore(self) -> None:
        saved = QSettings().value(self._settings_key())
        if isinstance(saved, QByteArray) and self._table.horizontalHeader().restoreState(saved):
            self.arranged_by_clerk = True

    def _settings_key(self) -> str:
        return f"columns/{self._key}"

    def _resized_by_clerk(self, *_: object) -> None:
        if not self._arranging and self._table.isVisible():
            self._clerk_arranged()

    def _clerk_arranged(self) -> None:
        self.arranged_by_clerk = True
        self.save()

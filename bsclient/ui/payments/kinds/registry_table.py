"""The registry of employees of a pension, social or salary order: lines added and removed, each
cell's error in red with its sentence, the running total against the order's amount, and where
offered "Import CSV…" (bsclient/client/documents/registry_csv.py, read in the background); lines
copied from a spreadsheet pasted from the current cell on, and cells copied back as a spreadsheet
takes them (registry_clipboard.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.registry_csv import RegistryImportError, read_registry_csv
from bsclient.formatting import as_typed, day_kept, day_shown, month_kept, month_shown, parse_day, parse_month
from bsclient.messages import Message
from bsclient.rules import ValidationError, parse_amount
from bsclient.rules.kinds.registry_columns import RegistryColumn, column_keys
from bsclient.rules.kinds.registry_lines import RegistryLine, registry_total
from bsclient.ui.background import run_in_background
from bsclient.ui.language import TRANSLATIONS_DIR
from bsclient.ui.payments.kinds.registry_clipboard import folded, is_header, read_cells, write_cells
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.error_dialog import error_text

ERROR_BACKGROUND = QColor("#fde7e9")
SHOWN_PROBLEMS = 6  # lines of cell errors listed under the table; the rest are counted

# The fixed-size columns and the widest value each holds; the others (names, IIK) share the rest.
_WIDEST_VALUE = {"iin": "000000000000", "birth_date": "00.00.0000", "amount": "000 000 000,00", "period": "00.0000"}

# The date columns: shown and typed as every date of the client (17.04.1985, 10.2026), kept in the
# draft and on the wire as 1985-04-17 and 2026-10; pasted in either form.
# Amounts are shown as every amount field shows them ("60 000,00"), whatever form was typed or pasted.


def _amount_shown(text: str) -> str:
    try:
        return as_typed(parse_amount(text))
    except ValidationError:
        return text  # its check says what is wrong


_SHOWN: dict[str, Callable[[str], str]] = {"birth_date": day_shown, "period": month_shown, "amount": _amount_shown}
_KEPT: dict[str, Callable[[str], str]] = {"birth_date": day_kept, "period": month_kept, "amount": str}


def _typed_well(column: str, text: str) -> bool:
    if column == "birth_date":
        return parse_day(text) is not None
    if column == "period":
        return parse_month(text) is not None
    return True


def _spreadsheet_cells(text: str) -> bool:
    """Text a spreadsheet copied: its cells end with a line break even when there is one."""
    return any(separator in text for separator in "\t\r\n")


@cache
def _translators() -> tuple[QTranslator, ...]:
    """The Kazakh and Russian translations, whatever the clerk's language: a pasted header may be in either."""
    loaded = []
    for language in ("kk", "ru"):
        translator = QTranslator()
        if translator.load(QLocale(language), "bsclient", "_", str(TRANSLATIONS_DIR)):
            loaded.append(translator)
    return tuple(loaded)


def _titles(columns: Sequence[RegistryColumn]) -> set[str]:
    """The columns' titles in English, Kazakh, Russian and the clerk's language, folded."""
    sources = [column.name for column in columns]
    titles = {*sources, *(QCoreApplication.translate("Registry", source) for source in sources)}
    titles |= {translator.translate("Registry", source) or "" for translator in _translators() for source in sources}
    return {folded(title) for title in titles if title}


class _CellDelegate(QStyledItemDelegate):
    """Cells typed as before; the registry watches each cell's editor for a spreadsheet's lines pasted into it."""

    def __init__(self, watcher: QObject, parent: QObject) -> None:
        super().__init__(parent)
        self._watcher = watcher

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.installEventFilter(self._watcher)
        return editor


class RegistryTable(QWidget):
    """The lines of a registry; `changed()` whenever the clerk edits, adds, removes or imports lines."""

    changed = Signal()
    imported = Signal(int)  # lines imported from a CSV file

    def __init__(self, columns: tuple[RegistryColumn, ...], parent: QWidget | None = None, *,
                 csv_import: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("registryTable")
        self._registry_columns = columns
        self._columns = column_keys(columns)
        self._filling = False
        self._read_only = False
        self._shown_all = False
        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setObjectName("registryGrid")
        self.table.setHorizontalHeaderLabels([self._column_name(c) for c in self._columns])
        for index, column in enumerate(self._columns):
            how = self._how_to_type(column)
            header_item = self.table.horizontalHeaderItem(index)
            if how and header_item is not None:
                header_item.setToolTip(how)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self._columns):
            if column in _WIDEST_VALUE:
                # Wide enough for the longest value before any line is typed (contents-sized, an empty
                # registry squeezed the IIN column to its title).
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                sample = max(_WIDEST_VALUE[column], self._column_name(column), key=self.fontMetrics().horizontalAdvance)
                header.resizeSection(index, self.fontMetrics().horizontalAdvance(sample) + 24)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)
        self.table.setItemDelegate(_CellDelegate(self, self.table))
        self.copy_action = self._menu_action(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy_cells)
        self.paste_action = self._menu_action(self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.paste_cells)
        self.menu = QMenu(self.table)
        self.menu.addActions([self.copy_action, self.paste_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setObjectName("registryAddButton")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.setObjectName("registryRemoveButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import CSV…"), self)
        self.import_button.setObjectName("registryImportButton")
        self.import_button.setToolTip(self.tr(
            "A CSV file in UTF-8 or Windows-1251, columns separated by ; or , and a first line naming them: IIN; full name; IIK; amount"))
        self.import_button.clicked.connect(self.choose_csv)
        self.import_button.setVisible(csv_import)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("registryTotalLabel")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("registryProblemsLabel")
        self.problems_label.setProperty("role", "fieldError")
        self.problems_label.setWordWrap(True)
        self.problems_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.problems_label.hide()
        self.paste_label = QLabel(self)
        self.paste_label.setObjectName("registryPasteLabel")
        self.paste_label.setProperty("role", "fieldError")
        self.paste_label.setWordWrap(True)
        self.paste_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.problems_label)
        self.show_total("")

    def _column_name(self, column: str) -> str:
        source = next(c.name for c in self._registry_columns if c.key == column)
        return QCoreApplication.translate("Registry", source)

    def _how_to_type(self, column: str) -> str:
        """How a date column is typed, in the clerk's words ("" for the other columns)."""
        if column == "birth_date":
            return self.tr("Type the birth date as DD.MM.YYYY, e.g. 17.04.1985.")
        if column == "period":
            return self.tr("Type the month paid for as MM.YYYY, e.g. 10.2026 for October 2026.")
        return ""

    # --- the lines ------------------------------------------------------------------------------

    def set_lines(self, lines: list[RegistryLine]) -> None:
        self.paste_label.hide()
        self._filling = True
        self.table.setRowCount(0)
        for line in lines:
            self._append(line)
        self._filling = False

    def _append(self, line: RegistryLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self._columns):
            kept = getattr(line, column)
            item = QTableWidgetItem(_SHOWN[column](kept) if column in _SHOWN else kept)
            if column == "amount":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, index, item)

    def _text(self, row: int, index: int) -> str:
        item = self.table.item(row, index)
        return item.text() if item is not None else ""

    def _kept(self, row: int, index: int) -> str:
        column, text = self._columns[index], self._text(row, index)
        return _KEPT[column](text) if column in _KEPT else text

    def lines(self) -> list[RegistryLine]:
        """The lines as the draft and the wire keep them (dates as 1985-04-17 and 2026-10)."""
        return [RegistryLine(**{column: self._kept(row, index) for index, column in enumerate(self._columns)})
                for row in range(self.table.rowCount())]

    def add_line(self) -> None:
        self._filling = True
        self._append(RegistryLine())
        self._filling = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_cell(self, row: int, column: str, text: str) -> None:
        """Type `text` into a cell, as the clerk does (tests, and the editor)."""
        item = self.table.item(row, self._columns.index(column))
        if item is not None:
            item.setText(text)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        column = self._columns[item.column()]
        if column == "amount" and (shown := _amount_shown(item.text())) != item.text():
            self._filling = True
            item.setText(shown)
            self._filling = False
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only
                                   else QTableWidget.EditTrigger.AllEditTriggers)
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(not read_only)
        self.paste_action.setEnabled(not read_only)

    # --- the clipboard: lines from a spreadsheet and back ---------------------------------------------

    def _menu_action(self, text: str, keys: QKeySequence.StandardKey, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)  # shown in the menu; the table's key presses do the work (eventFilter)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        return action

    def _show_menu(self, position: QPoint) -> None:
        self.menu.exec(self.table.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C and Ctrl+V on the table copy and paste whole cells; in a cell being typed Ctrl+V pastes
        whole cells too when a spreadsheet copied them (a TAB or a line break), else the text as before."""
        if isinstance(event, QKeyEvent) and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            action = None
            if watched is self.table:
                action = (self.copy_action if event.matches(QKeySequence.StandardKey.Copy)
                          else self.paste_action if event.matches(QKeySequence.StandardKey.Paste) else None)
            elif event.matches(QKeySequence.StandardKey.Paste) and _spreadsheet_cells(QGuiApplication.clipboard().text()):
                action = self.paste_action
            if action is not None:
                if event.type() == QEvent.Type.KeyPress and action.isEnabled():
                    action.trigger()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def copy_cells(self) -> None:
        """The selected cells onto the clipboard as a spreadsheet takes them (unselected ones between them empty)."""
        chosen = {(index.row(), index.column()) for index in self.table.selectedIndexes()}
        if not chosen and self.table.currentIndex().isValid():
            chosen = {(self.table.currentRow(), self.table.currentColumn())}
        if not chosen:
            return
        rows = range(min(r for r, _ in chosen), max(r for r, _ in chosen) + 1)
        columns = range(min(c for _, c in chosen), max(c for _, c in chosen) + 1)
        QGuiApplication.clipboard().setText(write_cells(
            [[self._text(row, index) if (row, index) in chosen else "" for index in columns] for row in rows]))

    def paste_cells(self) -> None:
        """The clipboard's lines (a spreadsheet's: TAB between cells) from the current cell on: cells to
        the right, lines downwards, lines added as needed; a first line of column titles is skipped."""
        if self._read_only:
            return
        self._end_typing()
        lines = read_cells(QGuiApplication.clipboard().text())
        row, first = self._paste_start()
        room = len(self._columns) - first
        # a header's columns that do not fit may be anything (a spreadsheet's own notes)
        header = lines.pop(0) if lines and is_header(lines[0][:room], _titles(self._registry_columns)) else []
        self._filling = True
        for offset, cells in enumerate(lines):
            if row + offset == self.table.rowCount():
                self._append(RegistryLine())
            for index, text in enumerate(cells[:room], start=first):
                item = self.table.item(row + offset, index)
                if item is not None:
                    item.setText(self._as_typed(self._columns[index], text))
        self._filling = False
        self._tell_left_out(lines, room, header)
        if lines:
            self._put_cursor(row, first)
            self.changed.emit()

    def _end_typing(self) -> None:
        """The cell being typed keeps what was typed and closes, so that the paste is not typed over."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _put_cursor(self, row: int, column: int) -> None:
        """The cursor on the paste's first cell, nothing selected (a selection would hide the cells' red),
        no cell opened for typing."""
        triggers = self.table.editTriggers()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setCurrentCell(row, column, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setEditTriggers(triggers)
        self.table.clearSelection()

    def _paste_start(self) -> tuple[int, int]:
        """The current cell; below the last line when there is none."""
        current = self.table.currentIndex()
        return (current.row(), current.column()) if current.isValid() else (self.table.rowCount(), 0)

    @staticmethod
    def _as_typed(column: str, text: str) -> str:
        """A pasted value as the clerk would have typed it: dates in her form when they are dates."""
        text = text.strip()
        return _SHOWN[column](_KEPT[column](text)) if column in _KEPT else text

    def _tell_left_out(self, lines: list[list[str]], room: int, header: list[str]) -> None:
        """Say which copied columns did not fit right of the table (nothing is dropped silently)."""
        left_out = sorted({index for cells in lines for index, text in enumerate(cells) if index >= room and text.strip()})
        named = [f"{index + 1} «{header[index].strip()}»" if index < len(header) and header[index].strip()
                 else str(index + 1) for index in left_out]
        self.paste_label.setText(self.tr(
            "%n copied columns did not fit to the right and were left out: {columns} (counting from the first "
            "copied column). Start the paste in an earlier column, or copy fewer columns.", "", len(left_out)
        ).format(columns=", ".join(named)))
        self.paste_label.setVisible(bool(left_out))

    # --- errors and total --------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, Message], *, show_all: bool) -> None:
        """Each cell's problem (paths "registry.N.column") as a red cell with its sentence as tooltip,
        and the first few listed under the table; empty cells only once `show_all`."""
        self._filling = True
        listed: list[str] = []
        for row in range(self.table.rowCount()):
            for index, column in enumerate(self._columns):
                item = self.table.item(row, index)
                if item is None:
                    continue
                message = problems.get(f"registry.{row + 1}.{column}")
                shown = message is not None and (show_all or item.text().strip() != "")
                text = message.render(QCoreApplication.translate) if message is not None and shown else ""
                if shown and not _typed_well(column, item.text()):
                    text = self._how_to_type(column)  # the rule's sentence names the wire's form
                item.setBackground(QBrush(ERROR_BACKGROUND) if shown else QBrush())
                item.setToolTip(text)
                if shown:
                    listed.append(self.tr("Line {line}, {column}: {problem}").format(
                        line=row + 1, column=self._column_name(column), problem=text))
        self._filling = False
        more = len(listed) - SHOWN_PROBLEMS
        text = "\n".join(listed[:SHOWN_PROBLEMS])
        if more > 0:
            text += "\n" + self.tr("… and %n more cells to correct.", "", more)
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(listed))

    def show_total(self, amount_text: str) -> None:
        """"N lines, total X; the order's amount Y", red while they differ."""
        total = registry_total([line.cells() for line in self.lines()])
        try:
            amount: Decimal | None = parse_amount(amount_text)
        except ValidationError:
            amount = None
        total_text = format_money(total) if total is not None else "—"
        amount_text = format_money(amount) if amount is not None else "—"
        self.total_label.setText(self.tr("%n lines, total {total}; the order's amount {amount}", "",
                                         self.table.rowCount()).format(total=total_text, amount=amount_text))
        mismatch = total is not None and amount is not None and total != amount
        self.total_label.setStyleSheet("color: #b3261e; font-weight: bold;" if mismatch else "font-weight: bold;")

    def total(self) -> Decimal | None:
        return registry_total([line.cells() for line in self.lines()])

    # --- CSV import (salary) ----------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the registry from CSV"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Read and check `path` in the background; the lines replace the table's only if all are good."""
        columns = self._registry_columns
        self.problems_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.problems_label.show()
        run_in_background(self, lambda: read_registry_csv(path, columns),
                          on_success=self._imported, on_failure=self._import_failed)

    def _imported(self, lines: list[RegistryLine]) -> None:
        self.set_lines(lines)
        self.problems_label.hide()
        self.changed.emit()
        self.imported.emit(len(lines))

    def _import_failed(self, exc: Exception) -> None:
        text = error_text(exc)
        if isinstance(exc, RegistryImportError) and exc.problems:
            listed = [self.tr("Line {line}: {problem}").format(line=p.line, problem=p.message.render(QCoreApplication.translate))
                      for p in exc.problems]
            text += "\n" + "\n".join(listed[:SHOWN_PROBLEMS * 2])
            if len(listed) > SHOWN_PROBLEMS * 2:
                text += "\n" + self.tr("… and {count} more.").format(count=len(listed) - SHOWN_PROBLEMS * 2)
        self.problems_label.setText(text)
        self.problems_label.show()
        self.import_failed_text = text

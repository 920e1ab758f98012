"""A registry kept in a spreadsheet goes into the pension/social editor with Ctrl+V and back with
Ctrl+C: real key presses on the table, the real (offscreen) clipboard, the editor's own checks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from bsclient.formatting import month_shown
from bsclient.ui.language import TRANSLATIONS_DIR
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.kinds.registry_clipboard import read_cells, write_cells
from bsclient.ui.payments.kinds.registry_table import RegistryTable
from tests.test_kinds_ui import PERIOD, iin, open_editor, shot

IIN_1, IIN_2, IIN_3 = iin("85041730012"), iin("90120140023"), iin("00052350012")
SHOWN_MONTH = month_shown(PERIOD)
# Three employees as a spreadsheet copies them: TAB between cells, CR LF after each line, dates and
# periods in either form, amounts with a no-break space between thousands and a decimal comma.
THREE_LINES = (f"{IIN_1}\tАхметов\tСерик\tБолатович\t17.04.1985\t60 000,00\t{SHOWN_MONTH}\r\n"
               f"{IIN_2}\tНурланова\tАйгерим\t\t1990-12-01\t40000,50\t{PERIOD}\r\n"
               f"{IIN_3}\tСейітқали\tДәурен\tМаратұлы\t23.05.2000\t1\u00a0250,25\t{SHOWN_MONTH}\r\n")


def registry_of(editor: PaymentEditor) -> RegistryTable:
    return editor.kind_section.registry


def press(qtbot, registry: RegistryTable, key: Qt.Key) -> None:
    """Ctrl+`key` where the clerk's cursor is: the table, or the cell being typed."""
    focused = QApplication.focusWidget()
    if focused is None or not registry.table.isAncestorOf(focused):
        registry.table.setFocus()
        focused = registry.table
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.ControlModifier)


def paste(qtbot, registry: RegistryTable, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    press(qtbot, registry, Qt.Key.Key_V)


def click(qtbot, registry: RegistryTable, row: int, column: str) -> None:
    table = registry.table
    place = table.visualItemRect(cell(registry, row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert (table.currentRow(), table.currentColumn()) == (row, registry._columns.index(column))


def registry_problems(editor: PaymentEditor) -> dict:
    return {path: message for path, message in editor.problems().items() if path.startswith("registry")}


def cell(registry: RegistryTable, row: int, column: str):
    return registry.table.item(row, registry._columns.index(column))


@pytest.mark.parametrize("kind", ["pension", "social"])
def test_three_spreadsheet_lines_fill_an_empty_registry_and_the_amount(qtbot, workplace, kind):
    editor = open_editor(qtbot, workplace, kind)
    registry = registry_of(editor)
    paste(qtbot, registry, THREE_LINES)
    assert registry.table.rowCount() == 3
    lines = registry.lines()
    assert [line.iin for line in lines] == [IIN_1, IIN_2, IIN_3]
    assert [line.birth_date for line in lines] == ["1985-04-17", "1990-12-01", "2000-05-23"]
    assert {line.period for line in lines} == {PERIOD}
    assert lines[2].surname == "Сейітқали" and lines[1].patronymic == ""
    assert cell(registry, 1, "birth_date").text() == "01.12.1990"  # shown as typed dates are
    assert editor.amount_edit.text() == "101 250,75"  # the total carried into the amount as when typing
    assert "3 lines" in registry.total_label.text()
    assert registry_problems(editor) == {}
    assert not registry.paste_label.isVisible()
    shot(editor, f"{kind}-pasted")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_header_line_in_any_language_is_skipped(qtbot, workplace, language):
    translator = QTranslator()
    assert translator.load(QLocale(language), "bsclient", "_", str(TRANSLATIONS_DIR)) or language == "en"
    titles = [translator.translate("Registry", title) or title
              for title in ("IIN", "Surname", "Name", "Patronymic", "Birth date", "Amount", "Period")]
    editor = open_editor(qtbot, workplace, "pension")
    registry = registry_of(editor)
    paste(qtbot, registry, "\t".join(titles).upper() + "\r\n" + THREE_LINES)
    assert [line.iin for line in registry.lines()] == [IIN_1, IIN_2, IIN_3]
    assert registry_problems(editor) == {}


def test_a_paste_mid_table_fills_from_the_current_cell_and_adds_lines(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "pension")
    registry = registry_of(editor)
    paste(qtbot, registry, THREE_LINES)
    click(qtbot, registry, 1, "surname")
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # the clicked cell is open for typing: Ctrl+V goes there
    paste(qtbot, registry, "Нурланова-Ким\tАйгерім\n"
                           "Жұмабаев\tАрман\n"
                           "Ким\tОльга\n")  # LF only, as from a text editor
    assert registry.table.rowCount() == 4
    lines = registry.lines()
    assert (lines[0].surname, lines[1].surname, lines[1].name, lines[2].name) == ("Ахметов", "Нурланова-Ким", "Айгерім", "Арман")
    assert lines[1].iin == IIN_2 and lines[2].iin == IIN_3  # the cells left of the paste stay
    assert (lines[3].surname, lines[3].iin) == ("Ким", "")
    assert "Line 4, IIN" in registry.problems_label.text()  # the added line's empty cells show their errors
    assert editor.amount_edit.text() == "101 250,75"  # a line without an amount has no total: the last one stays

    # One value into a cell being typed is typed text, as before.
    click(qtbot, registry, 3, "iin")
    paste(qtbot, registry, IIN_1[:6])
    assert QApplication.focusWidget().text() == IIN_1[:6] and registry.lines()[3].iin == ""
    # One cell copied from a spreadsheet ends with a line break: it goes in as a cell, without it.
    paste(qtbot, registry, IIN_1 + "\r\n")
    assert registry.lines()[3].iin == IIN_1 and registry.table.rowCount() == 4


def test_copied_columns_that_do_not_fit_are_named(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "pension")
    registry = registry_of(editor)
    paste(qtbot, registry, THREE_LINES)
    click(qtbot, registry, 0, "amount")
    paste(qtbot, registry, "Сумма\tПериод\tОтдел\tПримечание\r\n"
                           f"70 000\t{SHOWN_MONTH}\tБухгалтерия\t\r\n"
                           f"80 000\t{SHOWN_MONTH}\t\tотпуск\r\n")
    assert [line.amount for line in registry.lines()[:2]] == ["70 000,00", "80 000,00"]  # as every amount is shown
    assert registry.paste_label.isVisible()
    text = registry.paste_label.text()
    assert "2 copied columns" in text and "3 «Отдел», 4 «Примечание»" in text
    shot(editor, "pension-paste-left-out")
    paste(qtbot, registry, "90 000")
    assert registry.lines()[0].amount == "90 000,00" and not registry.paste_label.isVisible()


def test_a_pasted_bad_iin_shows_its_error_as_a_typed_one(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "social")
    registry = registry_of(editor)
    bad = IIN_2[:11] + str((int(IIN_2[11]) + 1) % 10)
    paste(qtbot, registry, THREE_LINES.replace(IIN_2, bad))
    item = cell(registry, 1, "iin")
    assert item.text() == bad
    assert "identity document" in item.toolTip()
    assert item.background().color().name() == "#fde7e9"
    assert "Line 2, IIN" in registry.problems_label.text()
    assert set(registry_problems(editor)) == {"registry.2.iin"}
    assert not editor.sign_button.isEnabled()
    shot(editor, "social-pasted-bad-iin")


def test_copied_cells_paste_back_as_they_were(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "pension")
    registry = registry_of(editor)
    paste(qtbot, registry, THREE_LINES)
    press(qtbot, registry, Qt.Key.Key_A)
    press(qtbot, registry, Qt.Key.Key_C)
    copied = QGuiApplication.clipboard().text()
    assert copied.endswith("\r\n") and read_cells(copied)[0][:2] == [IIN_1, "Ахметов"]
    assert copied == write_cells([[cell(registry, row, column).text() for column in registry._columns] for row in range(3)])

    other = open_editor(qtbot, workplace, "pension")
    paste(qtbot, registry_of(other), copied)
    assert registry_of(other).lines() == registry.lines()
    assert other.amount_edit.text() == editor.amount_edit.text()

    # Two cells apart: the cells between them go as empty ones, so the columns keep their places.
    registry.table.clearSelection()
    registry.table.item(0, 0).setSelected(True)
    registry.table.item(1, 2).setSelected(True)
    press(qtbot, registry, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == f"{IIN_1}\t\t\r\n\t\tАйгерим\r\n"


def test_the_context_menu_pastes_and_a_signed_registry_takes_nothing(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "pension")
    registry = registry_of(editor)
    assert [action.text() for action in registry.menu.actions()] == ["&Copy", "&Paste"]
    QGuiApplication.clipboard().setText(THREE_LINES)
    registry.paste_action.trigger()
    assert registry.table.rowCount() == 3
    registry.set_read_only(True)
    assert not registry.paste_action.isEnabled()
    registry.table.setCurrentCell(0, 0)
    paste(qtbot, registry, "000000000000")
    assert registry.lines()[0].iin == IIN_1


def test_cells_as_the_clipboard_holds_them():
    assert read_cells("a\tb\r\n\r\nc\n\n") == [["a", "b"], [""], ["c"]]
    assert read_cells('"two\nlines"\tx\r\n') == [["two\nlines", "x"]]
    assert read_cells(write_cells([["a\tb", 'say "hi"'], ["", "c"]])) == [["a\tb", 'say "hi"'], ["", "c"]]
    assert QCoreApplication.translate("Registry", "IIN")  # the titles a header is matched against



def test_an_amount_typed_in_any_form_is_shown_as_every_amount(qtbot, workplace) -> None:
    registry = registry_of(open_editor(qtbot, workplace, "pension"))
    registry.add_line()
    registry.set_cell(0, "amount", "60000")
    assert cell(registry, 0, "amount").text() == "60 000,00"
    registry.set_cell(0, "amount", "60 000 руб")  # not an amount: left as typed, its check says why
    assert cell(registry, 0, "amount").text() == "60 000 руб"

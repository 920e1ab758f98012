"""Every window in Kazakh and Russian speaks it: no sentence, button, heading, hint or column left in
English. The gallery's windows are opened in each language and every word a clerk reads is checked for
Latin letters, except the names and codes that are Latin in every language (KZT, PDF, SWIFT …) and the
stand-in bank's own data (the company's and accounts' names)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from bsclient.ui.language import apply_language
from installer.gallery import windows

# Latin in every language: currencies, file formats, standards, the carrier's PIN, Qt's own and 1C.
LATIN_EVERYWHERE = {"KZT", "USD", "EUR", "RUB", "PDF", "CSV", "MT940", "SWIFT", "BIC", "IBAN", "SHA", "PIN",
                    "PKCS", "CA", "https", "Ctrl", "Esc", "Enter", "Internet", "Client", "OK",
                    "DEUTDEFF",  # a SWIFT BIC as the example of one
                    "CClientBankExchange", "Windows", "UTF",  # the 1C file: its first line, its encodings
                    "English"}  # the language picker names each language in itself
# The stand-in bank's data (installer/gallery.py): what the bank calls things, not the client.
DATA = {"TOO", "Demo", "Trade", "Current", "Salary", "Account", "account", "in", "dollars", "aigerim", "bank",
        "example", "kz", "Aigerim", "Clerk", "Beneficiary", "LLP"}
WORD = re.compile(r"[A-Za-z]{3,}")
# Web sites a source names and the command that loads a directory: Latin in every language.
SITES_AND_COMMANDS = re.compile(r"\b[\w.]+\.(?:kz|com)\b|bsclient directories import")
FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QSpinBox)


def plain(text: str) -> str:
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&", "")


def texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything the clerk reads in the window as shown."""
    found = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((name + " hint", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            found += [(name + " column", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            found.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            if menu is not None:
                found += [("menu item", action.text()) for action in menu.actions()]
    return found


def english(text: str, data: list[str]) -> list[str]:
    """The English words of `text`, once the data shown in the window's fields and any path are taken out."""
    text = plain(text)
    for value in data:
        text = text.replace(value, " ")
    text = re.sub(r"\S*/\S*", " ", SITES_AND_COMMANDS.sub(" ", text))
    return [word for word in WORD.findall(text) if word not in LATIN_EVERYWHERE | DATA]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_window_speaks_the_clerks_language(qapp: QApplication, qtbot, tmp_path: Path, language: str) -> None:
    apply_language(qapp, language)  # the suite's fixture gives the next test its language back
    untranslated = []
    for name, make in windows(tmp_path):
        window = make()
        window.show()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
        data = [edit.text() for edit in window.findChildren(QLineEdit) if len(edit.text()) > 2]
        untranslated += [f"{name} / {where}: {text!r}" for where, text in texts(window) if english(text, data)]
        window.close()
        window.deleteLater()
    assert untranslated == [], "\n".join(untranslated)


# What a directory's texts hold that is Latin in every language: BICs, IIKs, acronyms (HSBC).
DIRECTORY_LATIN = re.compile(r"\b[A-Z0-9]{8}(?:[A-Z0-9]{3})?\b|KZ[0-9A-Z]{18}|\b[A-Z]{3,}\b")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_directory_speaks_the_clerks_language(qapp: QApplication, qtbot, tmp_path: Path, language: str) -> None:
    """Each directory of the directories window: its sources, its note, and every entry's name and
    details as the window shows them (a bank's Latin name as registered aside)."""
    from bsclient.client.directories import DIRECTORY_NAMES
    from bsclient.ui.directories.window import DirectoryWindow

    apply_language(qapp, language)
    window = DirectoryWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    untranslated = []
    for directory in DIRECTORY_NAMES:
        window.select(directory)
        qtbot.waitUntil(lambda directory=directory: getattr(window.current_directory(), "name", None) == directory)
        untranslated += [f"{directory} / {where}: {text!r}" for where, text in texts(window)
                         if english(DIRECTORY_LATIN.sub(" ", text), [])]
        for row in range(window.model.rowCount()):
            for column in (0, 1, 3):  # the code, the name and the details
                text = DIRECTORY_LATIN.sub(" ", window.model.item(row, column).text())
                if column == 1:
                    text = re.sub(r"[\"«].*$", " ", text)  # a bank's name as registered, Latin or not
                if english(text, []):
                    untranslated.append(f"{directory} / {window.model.item(row, 0).text()}: {text!r}")
    assert untranslated == [], "\n".join(untranslated)


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) of each Alt+letter the window's visible buttons and field labels offer."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            match = MNEMONIC.search(widget.text().replace("&&", ""))
            if match:
                found.append((match.group(1).casefold(), widget.objectName() or widget.text()))
    return found


def unlabelled(window: QWidget) -> list[str]:
    """The window's visible input fields that a screen reader could not name."""
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    return [widget.objectName() or type(widget).__name__ for widget in window.findChildren(QWidget)
            if isinstance(widget, FIELDS) and widget.isVisibleTo(window) and widget not in labelled
            and not widget.accessibleName() and not isinstance(widget.parentWidget(), FIELDS)]


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_alt_letters_are_unique_and_fields_are_named(qapp: QApplication, qtbot, tmp_path: Path, language: str) -> None:
    """Alt+letter reaches one thing in each window, in every language; every field has a name a screen
    reader says (its label, or an accessible name)."""
    apply_language(qapp, language)
    twice, nameless = [], []
    for name, make in windows(tmp_path):
        window = make()
        window.show()
        QApplication.processEvents()
        letters = mnemonics(window)
        seen: dict[str, str] = {}
        for letter, where in letters:
            if letter in seen:
                twice.append(f"{name}: Alt+{letter} for {seen[letter]} and {where}")
            seen.setdefault(letter, where)
        nameless += [f"{name}: {field}" for field in unlabelled(window)]
        window.close()
        window.deleteLater()
    assert twice + nameless == [], "\n".join(twice + nameless)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_editors_hints_from_the_directories_speak_the_clerks_language(
        qapp: QApplication, qtbot, workplace, language: str) -> None:
    """What the directories put under the fields: a tax authority and a KBK chosen, a KNP that does
    not go with it, a BIN and a KBK outside the lists; a fund's details prefilled."""
    from bsclient.ui.payments.editor import PaymentEditor

    apply_language(qapp, language)
    untranslated = []
    for kind in ("budget", "pension", "social"):
        editor = PaymentEditor(workplace, next_number="7", kind=kind)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda editor=editor: editor.kind_section.facts is not None, timeout=10_000)
        if kind == "budget":
            picker = editor.kind_section.authority_combo
            picker.activated.emit(picker.findData("081240013779"))
            qtbot.keyClicks(editor.kind_section.kbk_edit, "101201")
            qtbot.keyClicks(editor.knp_edit, "710")
        shown = texts(editor)
        if kind == "budget":
            assert "710" in editor._frames["kbk"].hint_label.text()  # the warning is there, in the language
        if kind == "budget":
            editor.kind_section.kbk_edit.clear()
            qtbot.keyClicks(editor.kind_section.kbk_edit, "105315")
            editor.beneficiary_bin_edit.clear()
            qtbot.keyClicks(editor.beneficiary_bin_edit, "090840000906")
            shown += texts(editor)
        data = [edit.text() for edit in editor.findChildren(QLineEdit) if len(edit.text()) > 2]
        untranslated += [f"{kind} / {where}: {text!r}" for where, text in shown
                         if english(DIRECTORY_LATIN.sub(" ", text), data)]
        editor.close()
    assert untranslated == [], "\n".join(untranslated)


def label_of(window: QWidget, field: QWidget) -> str:
    """The text of the label naming `field` (its buddy is the field or the frame around it)."""
    return next(plain(label.text()) for label in window.findChildren(QLabel)
                if label.buddy() is not None and (label.buddy() is field or label.buddy().isAncestorOf(field)))


def test_in_kazakh_the_kbk_is_not_named_as_the_bic(qapp: QApplication, qtbot, tmp_path: Path) -> None:
    """Kazakh abbreviates both the BIC and the KBK as «БСК»: where both show, the KBK says it is the budget's."""
    apply_language(qapp, "kk")
    made = dict(windows(tmp_path))
    editor = made["editor-budget"]()
    qtbot.addWidget(editor)
    kbk_label = label_of(editor, editor.kind_section.kbk_edit)
    bic_label = label_of(editor, editor.beneficiary_bic_edit)
    assert "бюджет" in kbk_label and kbk_label != bic_label
    preview = made["import-1c"]()
    qtbot.addWidget(preview)
    table = next(view for view in preview.findChildren(QTableView) if view.model() is not None)
    headers = [str(table.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(table.model().columnCount())]
    assert "БСК" in headers and "БСК (бюджет)" in headers

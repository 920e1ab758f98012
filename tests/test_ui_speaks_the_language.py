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
# The directories' own notes on where their codes come from are written in their file's language.
DIRECTORY_NOTES = {"directorySourceLabel", "directoryNoteLabel"}
# The stand-in bank's data (installer/gallery.py): what the bank calls things, not the client.
DATA = {"TOO", "Demo", "Trade", "Current", "Salary", "Account", "account", "in", "dollars", "aigerim", "bank",
        "example", "kz", "Aigerim", "Clerk", "Beneficiary", "LLP"}
WORD = re.compile(r"[A-Za-z]{3,}")
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
    text = re.sub(r"\S*/\S*", " ", text)
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
        untranslated += [f"{name} / {where}: {text!r}" for where, text in texts(window)
                         if where not in DIRECTORY_NOTES and english(text, data)]
        window.close()
        window.deleteLater()
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

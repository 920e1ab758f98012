"""R4.1: F1 in every window, and its Help button, open the help at that window's topic, in the clerk's
language; the help's search finds topics by their words. The windows are the gallery's
(installer/gallery.py), the one list of every window the client shows."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolBar, QWidget, QWizard

from bsclient.ui.help.topics import TOPICS, pictures_wanted, title_of, topic_text
from bsclient.ui.help.window import HelpWindow, show_help
from bsclient.ui.language import apply_language
from bsclient.ui.widgets.help_button import HELP_TOPIC
from installer.gallery import HELP_WIDTH, windows
from tests.helpers.refbank_server import REPO

# The topic each of the gallery's windows opens.
TOPIC_OF = {
    "main-window": "main-window", "editor-payment": "payment-editor", "editor-budget": "pay-a-tax",
    "editor-pension": "salary-registry", "editor-pension-registry": "salary-registry",
    "editor-social-pasted": "salary-registry", "editor-social": "salary-registry",
    "editor-salary": "salary-registry",
    "editor-foreign": "currency-documents", "editor-exchange": "currency-documents", "statement": "statement",
    "mail": "mail", "mail-compose": "mail", "journal": "journal", "directories": "directories",
    "counterparties": "counterparties", "templates": "templates", "import-1c": "import-1c", "login": "login",
    "change-password": "change-password", "one-time-code": "one-time-code", "told-a-code": "told-a-code",
    "wizard-language": "setup-language", "wizard-server": "setup-server", "wizard-carrier": "setup-carrier",
    "wizard-login": "setup-login", "wizard-password": "setup-password", "wizard-key": "setup-key",
    "wizard-summary": "setup-summary", "recall": "recall", "batch-sign": "batch-signing",
    "awaiting-signature": "awaiting-signature", "key-compromised": "key-compromised",
}


@pytest.fixture
def language_restored(qapp) -> Iterator[None]:
    """The test switches the application's language: the next tests get theirs back."""
    before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def _help_of(window: QWidget) -> HelpWindow | None:
    found = window.findChild(HelpWindow, "helpWindow")
    return found if found is not None and found.isVisible() else None


def _press_help(qtbot, window: QWidget) -> None:
    """The Help button: the window's own, the wizard's, or a main window's Help on its tool bar (in the
    tool bar's » menu when the window is too narrow for it)."""
    if isinstance(window, QWizard):
        button: QWidget | None = window.button(QWizard.WizardButton.HelpButton)
    else:
        button = window.findChild(QAbstractButton, "helpButton")
    if button is None:
        toolbar = next(bar for bar in window.findChildren(QToolBar) if "helpAction" in
                       [action.objectName() for action in bar.actions()])
        action = next(action for action in toolbar.actions() if action.objectName() == "helpAction")
        button = toolbar.widgetForAction(action)
        if button is not None and not button.isVisible():
            action.trigger()
            return
    assert isinstance(button, QAbstractButton) and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _opened(window: QWidget, name: str, language: str) -> None:
    shown = _help_of(window)
    topic = TOPIC_OF[name]
    assert shown is not None, f"{name}: no help window"
    assert window.property(HELP_TOPIC) == topic and shown.topic == topic, (name, shown.topic)
    assert shown.language == language
    assert shown.browser.toPlainText().startswith(title_of(topic_text(topic, language))), name
    shown.close()


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_f1_and_the_help_button_open_each_window_s_topic_in_the_clerk_s_language(
        qapp, qtbot, tmp_path: Path, language: str, language_restored) -> None:
    apply_language(qapp, language)
    seen = set()
    for name, make in windows(tmp_path):
        if name.endswith("-errors"):  # the same window with its problems shown
            continue
        window = make()
        try:
            window.show()
            window.activateWindow()
            assert QTest.qWaitForWindowActive(window), name
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
            _opened(window, name, language)
            _press_help(qtbot, window)
            _opened(window, name, language)
        finally:
            window.close()
            window.deleteLater()
        seen.add(name)
    assert seen == set(TOPIC_OF)


def test_the_help_finds_topics_by_their_words_and_follows_links(qapp, qtbot, language_restored) -> None:
    apply_language(qapp, "ru")
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_help("statuses", parent)
    assert shown.contents.currentItem().text(0) == "Что означает каждый статус"
    shown.search.setText("КБК налог")  # typed: the search follows every change
    assert "pay-a-tax" in shown.listed() and "statement" not in shown.listed()
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)
    assert shown.topic == shown.listed()[0]
    shown.search.clear()
    assert shown.listed() == [topic.id for topic in TOPICS]
    shown.search.setText("шмыгль")
    assert shown.listed() == [] and shown.nothing_found.isVisible()
    shown.open_topic("statuses")
    shown.browser.anchorClicked.emit(QUrl("rejected-payment.md"))
    assert shown.topic == "rejected-payment"
    assert "Что делать, если платёж отвергнут" in shown.windowTitle()
    assert show_help("statuses", parent) is shown  # one help window per window


def test_the_gallery_makes_the_help_s_pictures_small(qapp, tmp_path: Path) -> None:
    """The one screenshot command also writes the help's pictures: each a window the topics show."""
    assert pictures_wanted() <= {name for name, _ in windows(tmp_path / "work")}
    out = tmp_path / "pictures"
    done = subprocess.run([sys.executable, "-m", "installer.gallery", "--help-pictures", str(out), "--languages",
                           "kk", "--only", "main-window", "editor-budget"], capture_output=True, text=True,
                          timeout=300, cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    made = sorted(path.name for path in (out / "kk").iterdir())
    assert made == ["editor-budget.png", "main-window.png"]
    for name in made:
        picture = QImage(str(out / "kk" / name))
        assert 0 < picture.width() <= HELP_WIDTH and picture.format() == QImage.Format.Format_Indexed8
        assert (out / "kk" / name).stat().st_size < 120_000

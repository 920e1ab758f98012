"""Everything a clerk can do with the mouse she can do from the keyboard: every action of the main
window's menus and toolbars is in a menu (Alt and the menu's letter reach it) or has a shortcut, and
every menu of the bar has its letter; in each window of the gallery every button, check box and
link takes Tab focus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QRadioButton,
    QTabBar,
    QToolBar,
    QWidget,
)

from bsclient.client.config import ClientConfig
from bsclient.ui.language import apply_language
from bsclient.ui.payments.main_window import MainWindow
from bsclient.ui.security.selfservice import install_selfservice
from bsclient.ui.setup.again import install_setup_action
from installer.gallery import windows

MNEMONIC = re.compile(r"&[^&\s]")
# Parts of Qt's own widgets (a table's corner, a tab bar's arrows, a spin box's or calendar's
# buttons): the widget they belong to takes the focus and its keys do what they do.
QT_PARTS = (QToolBar, QAbstractItemView, QTabBar, QAbstractSpinBox, QComboBox)


def laid_out(window: QWidget) -> None:
    window.show()
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def menu_actions(menu: QMenu) -> list[QAction]:
    """The actions of `menu` and its submenus."""
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += menu_actions(action.menu())
    return found


def letter_problems(menu: QMenu, where: str) -> list[str]:
    """Items of `menu` (and its submenus) without a letter, or sharing one: one key chooses one item."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        found = MNEMONIC.search(action.text().replace("&&", ""))
        if found is None:
            problems.append(f"{where} ▸ {action.text()!r} has no letter")
            continue
        letter = found.group(0)[1].casefold()
        if letter in seen:
            problems.append(f"{where}: {seen[letter]!r} and {action.text()!r} share the letter {letter}")
        seen.setdefault(letter, action.text())
        if action.menu() is not None:
            problems += letter_problems(action.menu(), f"{where} ▸ {action.text()}")
    return problems


def unreachable_actions(window: MainWindow) -> list[str]:
    """The toolbar actions no menu holds and no shortcut reaches, the bar's menus without a letter, and
    menu items without a letter of their own."""
    problems = [f"menu {action.text()!r} has no Alt+letter" for action in window.menuBar().actions()
                if action.isVisible() and not MNEMONIC.search(action.text())]
    for bar_action in window.menuBar().actions():
        if bar_action.menu() is not None:
            problems += letter_problems(bar_action.menu(), bar_action.text())
    in_menus = {action for bar_action in window.menuBar().actions() if bar_action.menu() is not None
                for action in menu_actions(bar_action.menu())}
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible() or action in in_menus:
                continue
            if action.shortcut().isEmpty():
                problems.append(f"toolbar {toolbar.windowTitle()!r}: {action.text()!r} is in no menu and has no shortcut")
    return problems


def inside_qt_part(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QT_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def takes_tab(widget: QWidget) -> bool:
    """Tab stops at it; a group of radio buttons is one stop, the arrows moving between them (Qt
    keeps Tab on one of the group only)."""
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        group = [sibling for sibling in widget.parentWidget().findChildren(QRadioButton)
                 if sibling.autoExclusive() and sibling.parentWidget() is widget.parentWidget()]
        return any(sibling.focusPolicy() & Qt.FocusPolicy.TabFocus for sibling in group)
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def untabbable(window: QWidget) -> list[str]:
    """The window's visible buttons and links that Tab never reaches."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or inside_qt_part(widget, window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton) and not takes_tab(widget):
            found.append(f"{name} {widget.text()!r}")
        elif isinstance(widget, QLabel) and "<a " in widget.text() and not (
                takes_tab(widget) and widget.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard):
            found.append(f"{name} (a link) {widget.text()!r}")
    return found


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_every_action_of_the_main_window_is_reached_from_the_keyboard(qapp, qtbot, tmp_path: Path, language: str) -> None:
    """The main window as the client builds it: the gallery's, with what sign-in adds (the key's and
    the help's actions, Set up again…)."""
    apply_language(qapp, language)
    made = dict(windows(tmp_path))
    window = made["main-window"]()
    assert isinstance(window, MainWindow)
    config = ClientConfig("https://bank.example.kz:8443", tmp_path / "ca.pem", "", None, tmp_path / "data")
    service = install_selfservice(window, config, window)
    install_setup_action(window, config, tmp_path / "config.toml", carrier=None)  # type: ignore[arg-type]  # no carrier is touched until it is chosen
    laid_out(window)
    problems = unreachable_actions(window)
    assert window.help_action in {a for m in window.menuBar().actions() if m.menu() for a in menu_actions(m.menu())}
    service.stop()
    window.close()
    window.deleteLater()
    assert problems == [], "\n".join(problems)


def test_every_button_of_every_window_takes_tab(qtbot, tmp_path: Path) -> None:
    problems = []
    for name, make in windows(tmp_path):
        window = make()
        laid_out(window)
        problems += [f"{name}: {where}" for where in untabbable(window)]
        window.close()
        window.deleteLater()
    assert problems == [], "\n".join(problems)


def test_the_editors_show_link_is_followed_from_the_keyboard(qtbot, tmp_path: Path) -> None:
    """The editor's "N fields to fill in or correct. Show": Tab reaches the link and Enter follows it."""
    editor = dict(windows(tmp_path))["editor-payment"]()
    qtbot.addWidget(editor)
    laid_out(editor)
    label = editor.summary_label
    assert not editor._all_shown
    editor.activateWindow()
    before = label.previousInFocusChain()
    while not (before.isVisible() and before.isEnabled() and before.focusPolicy() & Qt.FocusPolicy.TabFocus):
        before = before.previousInFocusChain()
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert label.hasFocus()
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert editor._all_shown, "Enter on the link shows every field to correct"

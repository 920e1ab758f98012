"""F1 and a Help button on every window: one call, `add_help(window, topic, place)`, opens the window's
help topic (bsclient/ui/help/topics.py) in the help window. `topic` is an id, or a function giving the
id of what the window shows now (a wizard's page, an editor's kind of document)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QPushButton, QToolBar, QWidget, QWizard

from bsclient.messages import QT_TRANSLATE_NOOP

HELP_TOPIC = "helpTopic"  # the window's property: the id of its topic now
HELP_TEXT = QT_TRANSLATE_NOOP("Help", "&Help")


def add_help(window: QWidget, topic: str | Callable[[], str],
             place: QBoxLayout | QDialogButtonBox | QToolBar | QWizard | None = None) -> QAction:
    """F1 in `window` opens its topic; a Help button goes at the end of `place` (a row of buttons, a
    button box, a tool bar, or a wizard's own Help button). The action, for a menu."""
    window.setProperty(HELP_TOPIC, topic if isinstance(topic, str) else "")
    text = QCoreApplication.translate("Help", HELP_TEXT)
    action = QAction(QIcon.fromTheme("help-contents"), text, window)
    action.setObjectName("helpAction")
    action.setShortcuts(QKeySequence.StandardKey.HelpContents)  # every key the platform binds to help: F1, Help

    def open_help() -> None:
        # Lazy: the help's topics reach the set-up flow and the crypto layer; the login window must not wait for them.
        from bsclient.ui.help.window import show_help  # noqa: PLC0415

        now = topic if isinstance(topic, str) else topic()
        window.setProperty(HELP_TOPIC, now)
        show_help(now, window)

    action.triggered.connect(open_help)
    window.addAction(action)
    if isinstance(place, QWizard):
        place.setOption(QWizard.WizardOption.HaveHelpButton, True)
        place.helpRequested.connect(action.trigger)
    elif isinstance(place, QToolBar):
        place.addAction(action)
    elif isinstance(place, QDialogButtonBox):
        button = place.addButton(text, QDialogButtonBox.ButtonRole.HelpRole)
        button.setObjectName("helpButton")
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
    elif isinstance(place, QBoxLayout):
        button = QPushButton(text, window)
        button.setObjectName("helpButton")
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        place.addWidget(button)
    return action

"""The windows without a bank: Qt off screen, and a workplace over a real local store with a bank
stand-in (tests/helpers/workplace.py)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from bsclient.formatting import current_language, use_language
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.workplace import Workplace
from tests.helpers.workplace import make_workplace


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # clients started as processes keep their settings (the clerk's column widths …) out of the
    # home directory too
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bsclient-settings-")


@pytest.fixture(autouse=True)
def clerk_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts with no remembered settings: what one test's clerk arranged (a list's
    columns) is not found by the next, nor written to the home directory."""
    folder = str(tmp_path_factory.mktemp("settings"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)


_LANGUAGE_AT_START = current_language()


@pytest.fixture(autouse=True)
def language_restored() -> Iterator[None]:
    """A test that switches the interface's language leaves the next test the one the suite started
    with: Qt's locale, no translators, and the formatter's language (a session-wide fixture or a
    client started in-process may have switched it before this test began)."""
    locale = QLocale()
    use_language(_LANGUAGE_AT_START)
    yield
    app = QApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(locale)
    use_language(_LANGUAGE_AT_START)


@pytest.fixture
def workplace(tmp_path: Path) -> Iterator[Workplace]:
    """A signed-in clerk's workplace answered by a StandInBank; its background work done at the end."""
    made = make_workplace(tmp_path)
    yield made
    wait_for_background_work()
    made.store.close()

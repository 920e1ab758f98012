"""Every sentence a clerk reads exists in Kazakh and Russian, keeps its placeholders, and is shown."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from bsclient.formatting import use_language

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "installer"))
import translations

PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message.find("translation")))
    return found


def translation_of(ts: Path, context: str, source: str) -> str:
    for name, text, translation in messages(ts):
        if (name, text) == (context, source):
            return translation.text or ""
    raise AssertionError(f"{context}/{source!r} is not in {ts.name}")


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files merged with what the sources say now (as `translations.py update` would)."""
    directory = tmp_path_factory.mktemp("translations")
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), directory)
    translations.update(directory)
    return directory


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_clerk_sentence_is_translated(current_ts: Path, language: str) -> None:
    """All user-facing text in Kazakh and Russian: a sentence added to the code without its
    translation fails here (run `installer/translations.py update` and translate it)."""
    missing = [f"{context}: {source!r}" for context, source, translation in messages(current_ts / f"bsclient_{language}.ts")
               if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
               or not (translation.text or "").strip()]
    assert missing == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_placeholders(language: str) -> None:
    """str.format runs on the translation: a lost or renamed {placeholder} would break the sentence."""
    wrong = [f"{context}: {source!r}" for context, source, translation in messages(translations.ts_file(language))
             if translation is not None and translation.text
             and sorted(PLACEHOLDER.findall(translation.text)) != sorted(PLACEHOLDER.findall(source))]
    assert wrong == []


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("qm")
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), directory)
    translations.release(directory)
    return directory


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_windows_speak_the_chosen_language(qapp: QApplication, compiled: Path, language: str) -> None:
    """The compiled translation loads for the chosen language and a real window shows it."""
    from bsclient.ui.app import install_translations
    from bsclient.ui.background import wait_for_background_work
    from bsclient.ui.login.login_dialog import LoginDialog

    installed = install_translations(qapp, QLocale(language), directory=compiled)
    try:
        dialog = LoginDialog(None, server_url="https://bank.example:8443", ca_file=compiled / "absent.pem")
        expected = translation_of(translations.ts_file(language), "LoginDialog", "Internet-Client: sign in")
        assert dialog.windowTitle() == expected
        assert re.search("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]", dialog.windowTitle())
        dialog.deleteLater()
    finally:
        wait_for_background_work()
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_is_the_source(qapp: QApplication, compiled: Path) -> None:
    from bsclient.ui.app import install_translations
    from bsclient.ui.background import wait_for_background_work
    from bsclient.ui.login.login_dialog import LoginDialog

    installed = install_translations(qapp, QLocale("en"), directory=compiled)
    try:
        dialog = LoginDialog(None, server_url="https://bank.example:8443", ca_file=compiled / "absent.pem")
        assert dialog.windowTitle() == "Internet-Client: sign in"
        dialog.deleteLater()
    finally:
        wait_for_background_work()
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_chosen_language_also_writes_amounts_its_way(qapp: QApplication, language: str) -> None:
    """Kazakh and Russian clerks read 1 500 000,50: spaces between thousands, a decimal comma."""
    from bsclient.ui.app import apply_language
    from bsclient.ui.widgets.amount_text import format_money

    before = QLocale()
    installed = apply_language(qapp, language)
    try:
        text = format_money("1500000.50")
        assert text.replace("\u00a0", " ").replace("\u202f", " ") == "1 500 000,50"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
        use_language(before.name())


def test_translations_come_in_from_a_spreadsheet(tmp_path: Path) -> None:
    """Translators may work in a table: context, English, Kazakh, Russian; unknown rows are named."""
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), tmp_path)
    table = tmp_path / "table.tsv"
    table.write_text("LoginDialog\tSign in\tКіру (кесте)\tВойти (таблица)\n"
                     "Nowhere\tNo such sentence\tжоқ\tнет\n", encoding="utf-8")
    left_out = translations.import_tsv(table, tmp_path)
    assert left_out == ["Nowhere: No such sentence"]
    assert translation_of(tmp_path / "bsclient_kk.ts", "LoginDialog", "Sign in") == "Кіру (кесте)"
    assert translation_of(tmp_path / "bsclient_ru.ts", "LoginDialog", "Sign in") == "Войти (таблица)"
    assert (tmp_path / "bsclient_kk.ts").read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')

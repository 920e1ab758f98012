"""Every sentence a clerk reads exists in Kazakh and Russian, keeps its placeholders, and is shown."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
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
    for language in translations.LANGUAGES + translations.PLURALS_ONLY:
        shutil.copy(translations.ts_file(language), directory)
    translations.update(directory)
    return directory


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_clerk_sentence_is_translated(current_ts: Path, language: str) -> None:
    """All user-facing text in Kazakh and Russian: a sentence added to the code without its
    translation fails here (run `installer/translations.py update` and translate it)."""
    missing = [f"{context}: {source!r}" for context, source, translation in messages(current_ts / f"bsclient_{language}.ts")
               if not finished(translation)]
    assert missing == []


def texts(translation: ET.Element) -> list[str]:
    """The translated sentence, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text] if translation.text else []


def finished(translation: ET.Element | None) -> bool:
    """Translated: the sentence, or every plural form of a sentence with a count."""
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all((form.text or "").strip() for form in forms) if forms else bool((translation.text or "").strip())


@pytest.mark.parametrize("language", translations.PLURALS_ONLY)
def test_every_english_count_has_its_plural_forms(current_ts: Path, language: str) -> None:
    """English holds only the plural forms ("1 field", "2 fields"): each sentence with %n has them."""
    missing = [f"{context}: {source!r}" for context, source, translation in messages(current_ts / f"bsclient_{language}.ts")
               if not finished(translation)]
    assert missing == []


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["1 field", "2 fields", "5 fields", "21 fields"]),
    ("ru", ["1 поле", "2 поля", "5 полей", "21 поле"]),
    ("kk", ["1 өріс", "2 өріс", "5 өріс", "21 өріс"]),
])
def test_counts_are_said_with_the_languages_plural_forms(qapp: QApplication, compiled: Path, language: str,
                                                         said: list[str]) -> None:
    from bsclient.ui.app import install_translations

    installed = install_translations(qapp, QLocale(language), directory=compiled)
    try:
        shown = [QCoreApplication.translate("PaymentEditor", '%n fields to fill in or correct. <a href="#">Show</a>',
                                            "", count) for count in (1, 2, 5, 21)]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert all(phrase in text for phrase, text in zip(said, shown, strict=True)), shown


@pytest.mark.parametrize("language", translations.LANGUAGES + translations.PLURALS_ONLY)
def test_translations_keep_placeholders(language: str) -> None:
    """str.format runs on the translation: a lost or renamed {placeholder} would break the sentence."""
    wrong = [f"{context}: {source!r}" for context, source, translation in messages(translations.ts_file(language))
             if translation is not None for text in texts(translation)
             if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))]
    assert wrong == []


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("qm")
    for language in translations.LANGUAGES + translations.PLURALS_ONLY:
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
        expected = translation_of(translations.ts_file(language), "LoginDialog", "Sign in to the bank")
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
        assert dialog.windowTitle() == "Sign in to the bank"
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

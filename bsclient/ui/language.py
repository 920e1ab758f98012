"""The clerk's language: Qt's and our translations, and the locale of numbers and dates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from bsclient.formatting import use_language

TRANSLATIONS_DIR = Path(__file__).parent / "translations"


def install_translations(app: QApplication, locale: QLocale | None = None, *,
                         directory: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Load Qt's own and our translations (.qm in `directory`) for `locale` (the system's by default)."""
    locale = locale or QLocale()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("bsclient", str(directory))):
        translator = QTranslator(app)
        # in a language we do not speak the client is English, with English plurals ("1 line")
        if translator.load(locale, name, "_", folder) or (
                name == "bsclient" and translator.load(QLocale("en"), name, "_", folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QApplication, language: str | None) -> list[QTranslator]:
    """The clerk's language for texts and for numbers and dates ("1 500 000,50" in kk and ru);
    None keeps the system's."""
    locale = QLocale(language) if language else QLocale()
    QLocale.setDefault(locale)
    use_language(locale.name())  # the one formatter, for the layers below the UI too
    return install_translations(app, locale)


def clerk_language() -> str:
    """The clerk's language as the reference data names it: "kk", "ru" or "en" (English for any other)."""
    language = QLocale().name()[:2]
    return language if language in ("kk", "ru") else "en"

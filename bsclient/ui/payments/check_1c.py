"""`bsclient check-1c FILE`: the import dialog's verdict on a 1C file, printed for accountants and support.

Each document is listed with its number and line, "valid" or every reason, in the sentences of the
import dialog and the clerk's language; the exit status is 0 only when every document is valid.
Nothing is imported and no bank is contacted: the payer's BIN is taken from the file itself.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from bsclient.client.config import LANGUAGES
from bsclient.client.onec import ExchangeFormatError, ExchangeReadError, parse_exchange_file, read_exchange_file
from bsclient.client.onec.payment_import import preview_orders, source_text
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.ui.language import TRANSLATIONS_DIR
from bsclient.ui.payments.import_dialog import problem_text

VALID, INVALID, UNREADABLE = 0, 1, 2
CONTEXT = "CheckOneC"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _install_language(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    locale = QLocale(language) if language else QLocale()
    QLocale.setDefault(locale)
    translators = []
    translator = QTranslator(app)
    if translator.load(locale, "bsclient", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def check_file(path: Path, out: TextIO, today: date | None = None) -> int:
    """Prints the verdict on every document of `path` as of `today`; VALID, INVALID or UNREADABLE."""
    try:
        exchange = parse_exchange_file(read_exchange_file(path))
        first = exchange.documents[0] if exchange.documents else None
        company_bin = source_text(first, "payer.bin").strip() if first is not None else ""
        preview = preview_orders(exchange, company_name="", company_bin=company_bin, accounts=[], existing=[],
                                 today=today)
    except (ExchangeFormatError, ExchangeReadError) as exc:
        print(exc.message.render(QCoreApplication.translate), file=out)
        print(_tr(QT_TRANSLATE_NOOP("CheckOneC", "Nothing in the file can be imported.")), file=out)
        return UNREADABLE
    for warning in exchange.warnings:
        print(warning.render(QCoreApplication.translate), file=out)
    for imported in preview.orders:
        number = imported.order.number if imported.order is not None else source_text(imported.section, "number")
        if imported.valid:
            print(_tr(QT_TRANSLATE_NOOP("CheckOneC", "Document {number} (line {line}): valid.")).format(
                number=number or "—", line=imported.section.first_line), file=out)
            continue
        print(_tr(QT_TRANSLATE_NOOP("CheckOneC", "Document {number} (line {line}): not valid.")).format(
            number=number or "—", line=imported.section.first_line), file=out)
        for problem in imported.problems:
            print("  " + problem_text(problem), file=out)
    valid = len(preview.valid_orders)
    print(_tr(QT_TRANSLATE_NOOP("CheckOneC", "{valid} of {total} documents are valid.")).format(
        valid=valid, total=len(preview.orders)), file=out)
    return VALID if valid == len(preview.orders) else INVALID


def main(argv: list[str], out: TextIO = sys.stdout, today: date | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bsclient check-1c",
                                     description="Check a 1C exchange file as the import would, without importing it.")
    parser.add_argument("file", type=Path, help="the file exported from 1C")
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the verdicts: kk, ru or en (default: the system's)")
    options = parser.parse_args(argv)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "bsclient"])
    translators = _install_language(app, options.language)
    try:
        return check_file(options.file, out, today)
    finally:
        for translator in translators:
            app.removeTranslator(translator)

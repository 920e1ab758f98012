"""The statement as a CSV table: one row per line, with the balance after it.

UTF-8 with a byte order mark and `;` between fields, as spreadsheet programs in Kazakhstan and
Russia open it; amounts with two decimals. The headers, the decimal sign and the date's form follow
the clerk's language when the window passes a `CsvStyle` (Kazakh and Russian: "1500,50" and
"04.12.2026"); without one, machine-readable names, a decimal point and ISO dates. The running balance lets a reader
see the opening and closing balances without a header block that would upset CSV importers.

A text cell that begins with = + - @, a tab or a carriage return (a counterparty's name or a
purpose is the bank's and its customers' text) is written with a single quote before it, so that
a spreadsheet shows it as text instead of running it as a formula. Amount cells are never changed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from bsclient.client.files import atomic_output
from bsclient.client.statements.statement import Statement
from bsclient.messages import QT_TRANSLATE_NOOP

COLUMNS = ("date", "number", "counterparty_name", "counterparty_bin", "counterparty_iik", "counterparty_bic",
           "counterparty_bank", "knp", "purpose", "debit", "credit", "balance", "currency", "document_id",
           "line_id", "account", "company_name", "company_bin")


# The headers a clerk reads, translated in the window (context StatementCsv).
HEADER_WORDS = {
    "date": QT_TRANSLATE_NOOP("StatementCsv", "Date"), "number": QT_TRANSLATE_NOOP("StatementCsv", "Number"),
    "counterparty_name": QT_TRANSLATE_NOOP("StatementCsv", "Counterparty"),
    "counterparty_bin": QT_TRANSLATE_NOOP("StatementCsv", "Counterparty's BIN/IIN"),
    "counterparty_iik": QT_TRANSLATE_NOOP("StatementCsv", "Counterparty's IIK"),
    "counterparty_bic": QT_TRANSLATE_NOOP("StatementCsv", "Counterparty's BIC"),
    "counterparty_bank": QT_TRANSLATE_NOOP("StatementCsv", "Counterparty's bank"),
    "knp": QT_TRANSLATE_NOOP("StatementCsv", "KNP"), "purpose": QT_TRANSLATE_NOOP("StatementCsv", "Purpose"),
    "debit": QT_TRANSLATE_NOOP("StatementCsv", "Debit"), "credit": QT_TRANSLATE_NOOP("StatementCsv", "Credit"),
    "balance": QT_TRANSLATE_NOOP("StatementCsv", "Balance"), "currency": QT_TRANSLATE_NOOP("StatementCsv", "Currency"),
    "document_id": QT_TRANSLATE_NOOP("StatementCsv", "Document id"),
    "line_id": QT_TRANSLATE_NOOP("StatementCsv", "Line id"), "account": QT_TRANSLATE_NOOP("StatementCsv", "Account"),
    "company_name": QT_TRANSLATE_NOOP("StatementCsv", "Company"),
    "company_bin": QT_TRANSLATE_NOOP("StatementCsv", "Company's BIN"),
}


@dataclass(frozen=True)
class CsvStyle:
    """How the table reads: its headers (one per column of COLUMNS), decimal sign and date form."""

    headers: tuple[str, ...] = COLUMNS
    decimal: str = "."
    date_format: str = "%Y-%m-%d"


def write_csv(statement: Statement, path: Path | str, *, company_name: str, company_bin: str,
              style: CsvStyle = CsvStyle()) -> None:
    def money(value: Decimal) -> str:
        return f"{value:.2f}".replace(".", style.decimal)

    with atomic_output(path) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(style.headers)
        balance = statement.opening_balance
        ours = (_text(statement.iban), _text(company_name), _text(company_bin))
        currency = _text(statement.currency)
        for line in statement.lines:
            balance += line.credit - line.debit
            party = line.counterparty
            writer.writerow((line.date.strftime(style.date_format), _text(line.number), _text(party.name), _text(party.bin),
                             _text(party.iban), _text(party.bic), _text(party.bank_name), _text(line.knp),
                             _text(line.purpose), money(line.debit), money(line.credit), money(balance),
                             currency, _text(line.document_id or ""), _text(line.id), *ours))
        text.flush()
        text.detach()  # atomic_output closes the file after syncing it


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """A text cell as a spreadsheet will not take for a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value

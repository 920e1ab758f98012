"""The statement as a CSV table: one row per line, with the balance after it.

UTF-8 with a byte order mark and `;` between fields, as spreadsheet programs in Kazakhstan and
Russia open it; amounts with a decimal point and two decimals. The running balance lets a reader
see the opening and closing balances without a header block that would upset CSV importers.

A text cell that begins with = + - @, a tab or a carriage return (a counterparty's name or a
purpose is the bank's and its customers' text) is written with a single quote before it, so that
a spreadsheet shows it as text instead of running it as a formula. Amount cells are never changed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from bsclient.client.files import atomic_output
from bsclient.client.statements.statement import Statement

COLUMNS = ("date", "number", "counterparty_name", "counterparty_bin", "counterparty_iik", "counterparty_bic",
           "counterparty_bank", "knp", "purpose", "debit", "credit", "balance", "currency", "document_id",
           "line_id", "account", "company_name", "company_bin")


def write_csv(statement: Statement, path: Path | str, *, company_name: str, company_bin: str) -> None:
    with atomic_output(path) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        balance = statement.opening_balance
        ours = (_text(statement.iban), _text(company_name), _text(company_bin))
        currency = _text(statement.currency)
        for line in statement.lines:
            balance += line.credit - line.debit
            party = line.counterparty
            writer.writerow((line.date.isoformat(), _text(line.number), _text(party.name), _text(party.bin),
                             _text(party.iban), _text(party.bic), _text(party.bank_name), _text(line.knp),
                             _text(line.purpose), f"{line.debit:.2f}", f"{line.credit:.2f}", f"{balance:.2f}",
                             currency, _text(line.document_id or ""), _text(line.id), *ours))
        text.flush()
        text.detach()  # atomic_output closes the file after syncing it


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """A text cell as a spreadsheet will not take for a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value

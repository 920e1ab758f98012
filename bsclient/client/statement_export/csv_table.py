"""The statement as a CSV table: one row per line, with the balance after it.

UTF-8 with a byte order mark and `;` between fields, as spreadsheet programs in Kazakhstan and
Russia open it; amounts with a decimal point and two decimals. The running balance lets a reader
see the opening and closing balances without a header block that would upset CSV importers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from bsclient.client.statements import Statement

from .files import atomic_output

COLUMNS = ("date", "number", "counterparty_name", "counterparty_bin", "counterparty_iik", "counterparty_bic",
           "counterparty_bank", "knp", "purpose", "debit", "credit", "balance", "currency", "document_id",
           "line_id", "account", "company_name", "company_bin")


def write_csv(statement: Statement, path: Path | str, *, company_name: str, company_bin: str) -> None:
    with atomic_output(path) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        balance = statement.opening_balance
        for line in statement.lines:
            balance += line.credit - line.debit
            party = line.counterparty
            writer.writerow((line.date.isoformat(), line.number, party.name, party.bin, party.iban, party.bic,
                             party.bank_name, line.knp, line.purpose, f"{line.debit:.2f}", f"{line.credit:.2f}",
                             f"{balance:.2f}", statement.currency, line.document_id or "", line.id,
                             statement.iban, company_name, company_bin))
        text.flush()
        text.detach()  # atomic_output closes the file after syncing it

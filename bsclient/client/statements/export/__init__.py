"""A statement written for accounting software: CSV, SWIFT MT940 and the 1C "ClientBankExchange" format.

Each writer takes a `bsclient.client.statements.statement.Statement` and a path, and writes the whole file
(to a temporary file first, so that a failed export leaves no half file behind).
"""

from __future__ import annotations

from bsclient.client.statements.export.csv_table import write_csv
from bsclient.client.statements.export.onec import write_1c_statement
from bsclient.client.statements.export.swift import write_mt940

__all__ = ["write_1c_statement", "write_csv", "write_mt940"]

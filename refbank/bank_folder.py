"""The bank's data folder: the database's folder, where the operator publishes the directories
(kbk.json, funds.json, ...) and the rates (rates.json) the bank checks documents against."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def bank_dir_of(conn: sqlite3.Connection) -> Path | None:
    """The folder of the bank's database, None for a database in memory."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent
    return None

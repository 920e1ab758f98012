"""The bank's data folder: the database's folder, where the operator publishes the directories
(kbk.json, funds.json, ...) and the rates (rates.json) the bank checks documents against."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path


def bank_dir_of(conn: sqlite3.Connection) -> Path | None:
    """The folder of the bank's database, None for a database in memory."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return _folder_of(row[2])
    return None


@lru_cache(maxsize=16)  # asked for each document received: the path is parsed once
def _folder_of(database_file: str) -> Path:
    return Path(database_file).parent

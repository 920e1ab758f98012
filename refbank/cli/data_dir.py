"""A bank's data directory as every command opens it: its settings, and its database brought up to date
for the access checks."""

from __future__ import annotations

from pathlib import Path

from refbank.access.schema import prepare_access
from refbank.config import BankConfig
from refbank.db import Database


def load_settings(data_dir: Path) -> BankConfig:
    """The bank's config.toml."""
    return BankConfig.load(data_dir)


def open_database(data_dir: Path) -> Database:
    """The bank's database, with the access tables an older bank may lack."""
    database = Database.in_dir(data_dir)
    with database.connection() as conn:
        prepare_access(conn, load_settings(data_dir))
    return database

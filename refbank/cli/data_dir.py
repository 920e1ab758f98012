"""A bank's data directory as every command opens it: its settings, applied to this process (the bank's
clock, the cost of password hashes), and its database brought up to date for the access checks."""

from __future__ import annotations

from pathlib import Path

from refbank.access.password_hashing import HASHING
from refbank.access.schema import prepare_access
from refbank.bank_time import CLOCK
from refbank.config import BankConfig
from refbank.db import Database

CONFIG_FILE = "config.toml"


def apply_settings(config: BankConfig) -> None:
    """The process runs on the bank's clock and hashes passwords at the bank's cost from now on."""
    CLOCK.start_at(config.clock_start_moment())
    HASHING.use(config.hash_cost())


def load_settings(data_dir: Path) -> BankConfig:
    """The bank's config.toml, applied to this process."""
    config = BankConfig.load(data_dir)
    apply_settings(config)
    return config


def settings_for_new_bank(data_dir: Path) -> BankConfig:
    """`refbank init`: the config.toml already in the folder (an operator's or a test's choice of
    settings), else the defaults; applied to this process."""
    config = BankConfig.load(data_dir) if (data_dir / CONFIG_FILE).exists() else BankConfig()
    apply_settings(config)
    return config


def open_database(data_dir: Path) -> Database:
    """The bank's database, with the access tables an older bank may lack."""
    database = Database.in_dir(data_dir)
    config = load_settings(data_dir)
    with database.connection() as conn:
        prepare_access(conn, config)
    return database

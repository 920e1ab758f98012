"""The directories the forms need (KNP, KBe/KOd, KBK, banks, budget recipients, funds).

They ship as data files naming their sources (data/*.json), can be refreshed from the bank, and
the banks come from the rules' bank register (bsclient/rules/data/banks.json). No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from bsclient.client.directories.banks import load_banks
from bsclient.client.directories.files import (
    FILE_DIRECTORIES,
    SHIPPED_DIR,
    load_directory,
    load_shipped,
    load_stored,
    parse_directory,
    read_directory_file,
    store_directory,
    stored_dir,
)
from bsclient.client.directories.model import (
    BANK,
    REGISTRY,
    SHIPPED,
    STATUSES,
    BudgetRecipient,
    Directory,
    DirectoryError,
    Entry,
    Fund,
)
from bsclient.client.directories.refresh import RefreshResult, bank_versions, refresh_directories

# Every directory the client shows, in the order the window lists them.
DIRECTORY_NAMES = ("knp", "residency", "sectors", "kbk", "banks", "budget_recipients", "funds")


def load(name: str, data_dir: Path | None = None) -> Directory:
    """Any directory by name: the banks from the rules' register, the others from their files."""
    return load_banks() if name == "banks" else load_directory(name, data_dir)


def funds(data_dir: Path | None = None) -> list[Fund]:
    """Where contributions go ("pension", "social"), as the directory in use gives it."""
    return [Fund(code=e.code, name=e.name, beneficiary=e.detail("beneficiary"), bin=e.detail("bin"),
                 iik=e.detail("iik"), bic=e.detail("bic"), kbe=e.detail("kbe"), knp=e.detail("knp"),
                 status=e.status, note=e.note)
            for e in load_directory("funds", data_dir).entries]


def fund(code: str, data_dir: Path | None = None) -> Fund | None:
    return next((item for item in funds(data_dir) if item.code == code), None)


def budget_recipients(data_dir: Path | None = None) -> list[BudgetRecipient]:
    return [BudgetRecipient(bin=e.code, name=e.name, iik=e.detail("iik"), bic=e.detail("bic"), kbe=e.detail("kbe"),
                            status=e.status, note=e.note)
            for e in load_directory("budget_recipients", data_dir).entries]


__all__ = [
    "BANK", "DIRECTORY_NAMES", "FILE_DIRECTORIES", "REGISTRY", "SHIPPED", "SHIPPED_DIR", "STATUSES",
    "BudgetRecipient", "Directory", "DirectoryError", "Entry", "Fund", "RefreshResult", "bank_versions",
    "budget_recipients", "fund", "funds", "load", "load_banks", "load_directory", "load_shipped",
    "load_stored", "parse_directory", "read_directory_file", "refresh_directories", "store_directory",
    "stored_dir",
]

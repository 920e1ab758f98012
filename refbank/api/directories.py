"""The directories the bank serves: KNP, KBe/KOd, KBK, budget recipients, funds (refbank/directories.py)."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter

from refbank.api.dependencies import CurrentUser, TheBank
from refbank.directories import directory_list, load_directory
from refbank.errors import BankRefusal

router = APIRouter()


@router.get("/directories")
def directories(user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    """The names and versions of the directories."""
    return {"directories": directory_list(bank.data_dir)}


@router.get("/directories/{name}")
def directory(name: str, user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    """One directory, the whole file."""
    data = load_directory(bank.data_dir, name)
    if data is None:
        raise BankRefusal(404, "directory_unknown", "The bank has no directory named {name}.", name=name)
    return data

"""The bank's exchange rates (document type 7): {"time", "base": "KZT", "rates": [{"currency", "buy", "sell"}]}."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter

from bsclient.rules.exchange import rates_to_wire
from refbank.api.dependencies import CurrentUser, TheBank
from refbank.rates import load_rates

router = APIRouter()


@router.get("/rates")
def rates(user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    return rates_to_wire(load_rates(bank.data_dir))

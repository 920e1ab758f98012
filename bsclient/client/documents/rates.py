"""The bank's exchange rates for the clerk (buying and selling currency): GET /api/v1/rates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bsclient.client.session.bank_api import _unreadable  # the one "the bank's answer cannot be read" error
from bsclient.client.session.bank_errors import BankError
from bsclient.rules.exchange import Rates, rates_from_wire


class _Bank(Protocol):
    def request(self, method: str, path: str, *, json: object = None) -> object: ...


def fetch_rates(bank: _Bank) -> Rates:
    """The bank's current rates with their time; BankError when it does not answer with rates."""
    answer = bank.request("GET", "/rates")
    if not isinstance(answer, Mapping):
        raise _unreadable()
    try:
        return rates_from_wire(answer)
    except (ValueError, TypeError) as exc:
        raise _unreadable() from exc


__all__ = ["BankError", "Rates", "fetch_rates"]

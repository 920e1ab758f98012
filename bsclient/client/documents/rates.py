"""The bank's exchange rates for the clerk (issue 4, type 7): GET /api/v1/rates."""

from __future__ import annotations

from typing import Protocol

from bsclient.client.session.bank_api import _unreadable  # the one "the bank's answer cannot be read" error
from bsclient.client.session.bank_errors import BankError
from bsclient.rules.exchange import Rates, rates_from_wire


class _Bank(Protocol):
    def request(self, method: str, path: str, *, json: object = None) -> object: ...


def fetch_rates(bank: _Bank) -> Rates:
    """The bank's current rates with their time; BankError when it does not answer with rates."""
    answer = bank.request("GET", "/rates")
    try:
        return rates_from_wire(answer)  # type: ignore[arg-type]
    except (ValueError, TypeError) as exc:
        raise _unreadable() from exc


__all__ = ["BankError", "Rates", "fetch_rates"]

"""Buying and selling foreign currency (R1.7; schema kz.currency-exchange/1).

Pure (no Qt, no files): the bank's rates as data, the arithmetic of the two legs, and the rules
the client shows inline and the bank checks (refbank/currency_documents.py).

The order: the debit account (payer.iban, in `currency`) and the credit account (beneficiary.iban,
another account of the same company); one of them holds tenge. Buying: tenge out, foreign currency
in; selling: the reverse. The clerk fixes the amount of one side ("fixed": "debit" or "credit"):
the other is indicative at the shown rate; the bank computes it at its own rate when it executes,
and says which rate it used.

Rates are tenge per unit: the bank sells foreign currency at `sell` (a purchase by the client) and
buys it at `buy` (a sale by the client). Rounding favours neither party silently: a debit computed
from a rate rounds up to the tiyn/cent, a credit rounds down (the bank's usual practice; our choice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_UP, Decimal, InvalidOperation
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import CENT, parse_amount
from bsclient.rules.errors import ValidationError

BUY, SELL = "buy", "sell"
OPERATIONS = (BUY, SELL)
DEBIT, CREDIT = "debit", "credit"
HOME_CURRENCY = "KZT"


@dataclass(frozen=True)
class Quote:
    """One currency's rates in tenge per unit."""

    currency: str
    buy: Decimal  # the bank buys the currency (the client sells)
    sell: Decimal  # the bank sells the currency (the client buys)


@dataclass(frozen=True)
class Rates:
    """The bank's rates and the moment they were set (ISO 8601 text, as the wire gives it)."""

    time: str
    quotes: Mapping[str, Quote]

    def rate(self, operation: str, currency: str) -> Decimal | None:
        quote = self.quotes.get(currency)
        if quote is None:
            return None
        return quote.sell if operation == BUY else quote.buy

    def middle(self) -> dict[str, Decimal]:
        """Tenge per unit half-way between buy and sell (for equivalents such as the currency-control threshold)."""
        return {c: (q.buy + q.sell) / 2 for c, q in self.quotes.items()}


def rates_to_wire(rates: Rates) -> dict[str, Any]:
    return {"time": rates.time, "base": HOME_CURRENCY,
            "rates": [{"currency": q.currency, "buy": f"{q.buy:.2f}", "sell": f"{q.sell:.2f}"}
                      for q in rates.quotes.values()]}


def rates_from_wire(data: Mapping[str, Any]) -> Rates:
    """Rates from GET /rates (or the bank's rates file); ValueError when it is not that shape."""
    try:
        quotes = {str(item["currency"]): Quote(str(item["currency"]), Decimal(str(item["buy"])), Decimal(str(item["sell"])))
                  for item in data["rates"]}
    except (KeyError, TypeError, InvalidOperation) as exc:
        raise ValueError(f"not the bank's rates: {exc}") from exc
    if any(q.buy <= 0 or q.sell <= 0 for q in quotes.values()):
        raise ValueError("a rate is not more than zero")
    return Rates(time=str(data.get("time", "")), quotes=quotes)


def operation_of(debit_currency: str, credit_currency: str) -> str | None:
    """buy when tenge goes out for foreign currency, sell for the reverse, None otherwise."""
    if debit_currency == HOME_CURRENCY and credit_currency not in ("", HOME_CURRENCY):
        return BUY
    if credit_currency == HOME_CURRENCY and debit_currency not in ("", HOME_CURRENCY):
        return SELL
    return None


def foreign_currency(operation: str, debit_currency: str, credit_currency: str) -> str:
    return credit_currency if operation == BUY else debit_currency


def credit_for(debit: Decimal, operation: str, rate: Decimal) -> Decimal:
    """What the credit account receives for `debit`, at `rate` (rounded down to the cent)."""
    value = debit / rate if operation == BUY else debit * rate
    return value.quantize(CENT, rounding=ROUND_DOWN)


def debit_for(credit: Decimal, operation: str, rate: Decimal) -> Decimal:
    """What the debit account gives for `credit`, at `rate` (rounded up to the cent)."""
    value = credit * rate if operation == BUY else credit / rate
    return value.quantize(CENT, rounding=ROUND_UP)


def legs(fixed: str, amount: Decimal, credit_amount: Decimal, operation: str, rate: Decimal) -> tuple[Decimal, Decimal]:
    """(debit, credit) at `rate`: the fixed side as ordered, the other computed."""
    if fixed == CREDIT:
        return debit_for(credit_amount, operation, rate), credit_amount
    return amount, credit_for(amount, operation, rate)


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def exchange_problems(*, operation: str, fixed: str, debit_currency: str, credit_currency: str, payer_iban: str,
                      credit_iban: str, credit_amount: str, purpose: str) -> dict[str, Message]:
    """The rules of a purchase or sale beyond the common ones (number, dates, the debit amount, KNP), by field path.

    `credit_currency` "" means the credit account is not known here (the bank looks it up).
    """
    problems: dict[str, Message | None] = {}
    if operation not in OPERATIONS:
        problems["exchange.operation"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose whether you buy or sell foreign currency."))
    if credit_iban.strip() == "":
        problems["beneficiary.iban"] = _msg(QT_TRANSLATE_NOOP("Validation", "Choose the account the bank credits."))
    elif credit_iban.replace(" ", "") == payer_iban.replace(" ", ""):
        problems["beneficiary.iban"] = _msg(QT_TRANSLATE_NOOP("Validation", "The credit account is the debit account; choose an account in the other currency."))
    elif credit_currency and operation in OPERATIONS and operation_of(debit_currency, credit_currency) != operation:
        problems["beneficiary.iban"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "To buy, debit a tenge account and credit a foreign-currency one; to sell, the reverse. The accounts chosen are in {debit} and {credit}."),
            debit=debit_currency, credit=credit_currency)
    if fixed not in (DEBIT, CREDIT):
        problems["exchange.fixed"] = _msg(QT_TRANSLATE_NOOP("Validation", "Type the amount to debit or the amount to credit."))
    elif fixed == CREDIT:
        try:
            parse_amount(credit_amount)
        except ValidationError as problem:
            problems["exchange.credit_amount"] = problem.message
    if operation == BUY and purpose.strip() == "":
        problems["purpose"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "Say what the currency is bought for (currency control requires it), e.g. payment under contract No. 12 of 01.03.2026 for equipment."))
    return {path: message for path, message in problems.items() if message is not None}

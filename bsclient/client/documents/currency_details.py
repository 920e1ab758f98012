"""The detail blocks of the two kinds of order that are not tenge payments (issue 4, types 6 and 7):
a payment abroad in foreign currency and a purchase or sale of foreign currency. Each is kept on
PaymentOrder (`foreign`, `exchange`) as typed, and goes on the wire as its own block."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bsclient.rules.amount import format_amount, parse_amount
from bsclient.rules.errors import ValidationError
from bsclient.rules.exchange import BUY, CREDIT, DEBIT, SELL


@dataclass
class ForeignDetails:
    """What a payment abroad adds: the beneficiary's address and country, an intermediary bank,
    who pays the charges, the currency contract's registration number. (The beneficiary's name,
    account and bank BIC are the order's beneficiary Party.)"""

    address: str = ""
    country: str = ""
    intermediary_bic: str = ""
    charges: str = "SHA"
    contract: str = ""

    def to_content(self) -> dict[str, str]:
        return {"address": " ".join(self.address.split()), "country": self.country.strip().upper(),
                "intermediary_bic": self.intermediary_bic.strip().upper(), "charges": self.charges,
                "contract": self.contract.strip()}


@dataclass
class ExchangeDetails:
    """What a purchase or sale adds: buy or sell, which side's amount the clerk fixed (the order's
    amount is the debit; `credit_amount` the credit), the credit account's currency, and the
    indicative rate shown with its time."""

    operation: str = BUY
    fixed: str = DEBIT
    credit_amount: str = ""
    credit_currency: str = ""
    rate: str = ""
    rate_time: str = ""

    def to_content(self) -> dict[str, str]:
        try:
            credit = format_amount(parse_amount(self.credit_amount))
        except ValidationError:
            credit = ""
        return {"operation": self.operation, "fixed": self.fixed, "credit_currency": self.credit_currency.strip().upper(),
                "credit_amount": credit, "rate": self.rate.strip(), "rate_time": self.rate_time}


# A sale needs no purpose from the clerk (R1.7); the order carries this one then.
SALE_PURPOSE = "Sale of foreign currency"


def details_from(data: dict[str, Any], key: str) -> ForeignDetails | ExchangeDetails | None:
    """The block `key` ("foreign" or "exchange") of a draft's dict or a wire content, None when absent."""
    block = data.get(key)
    if not isinstance(block, dict):
        return None
    cls = ForeignDetails if key == "foreign" else ExchangeDetails
    return cls(**{k: str(v) for k, v in block.items() if k in cls.__dataclass_fields__})


__all__ = ["BUY", "CREDIT", "DEBIT", "SALE_PURPOSE", "SELL", "ExchangeDetails", "ForeignDetails", "details_from"]

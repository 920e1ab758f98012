"""Buying or selling foreign currency (R1.7, schema kz.currency-exchange/1): from one account of the
company to another in the other currency, one of them in tenge; the clerk fixes the amount of one
side, the other follows at the bank's rate. The rates and the arithmetic: bsclient/rules/exchange.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.rules.amount import format_amount, parse_amount
from bsclient.rules.currency_orders import currency_order_checks
from bsclient.rules.errors import ValidationError
from bsclient.rules.exchange import BUY, CREDIT, DEBIT, SELL, Rates, exchange_problems, legs
from bsclient.rules.iban import compact_iban
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import DocumentKind, KindNames, Problems, RuleContext, details_of, found
from bsclient.rules.payment_order import OrderFields

# A sale needs no purpose from the clerk (R1.7); the order carries this one then.
SALE_PURPOSE = "Sale of foreign currency"


@dataclass
class ExchangeDetails:
    """What a purchase or sale adds: buy or sell, which side's amount the clerk fixed (the order's
    amount is the debit; `credit_amount` the credit), the credit account's currency, and the
    indicative rate shown with its time. (The credit account is the order's beneficiary.)"""

    operation: str = BUY
    fixed: str = DEBIT
    credit_amount: str = ""
    credit_currency: str = ""
    rate: str = ""
    rate_time: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExchangeDetails:
        block = data.get("exchange")
        if not isinstance(block, Mapping):
            return cls()
        return cls(**{k: str(v) for k, v in block.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        return {"exchange": {"operation": self.operation, "fixed": self.fixed, "credit_amount": self.credit_amount,
                             "credit_currency": self.credit_currency, "rate": self.rate, "rate_time": self.rate_time}}

    def block(self) -> dict[str, str]:
        """The wire's "exchange" block (a credit amount that is not an amount goes as "")."""
        try:
            credit = format_amount(parse_amount(self.credit_amount))
        except ValidationError:
            credit = ""
        return {"operation": self.operation, "fixed": self.fixed, "credit_currency": self.credit_currency.strip().upper(),
                "credit_amount": credit, "rate": self.rate.strip(), "rate_time": self.rate_time}

    def to_content(self, content: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
        purpose = content["purpose"] or (SALE_PURPOSE if self.operation == SELL else "")
        return {**content, "purpose": purpose, "exchange": self.block()}


def exchange_content_rules(content: Mapping[str, Any], _facts: KindFacts | None, _rates: Rates | None) -> Problems:
    """The rules of a purchase or sale beyond every currency order's (bsclient/rules/exchange.py)."""
    block, payer, credit = (content.get(key) for key in ("exchange", "payer", "beneficiary"))
    block = block if isinstance(block, Mapping) else {}
    return exchange_problems(
        operation=str(block.get("operation", "")), fixed=str(block.get("fixed", "")),
        debit_currency=str(content.get("currency", "")), credit_currency=str(block.get("credit_currency", "")),
        payer_iban=str(payer.get("iban", "")) if isinstance(payer, Mapping) else "",
        credit_iban=str(credit.get("iban", "")) if isinstance(credit, Mapping) else "",
        credit_amount=str(block.get("credit_amount", "")), purpose=str(content.get("purpose", "")))


def exchange_rules(order: OrderFields, context: RuleContext) -> Problems:
    details = details_of(order, ExchangeDetails)
    checks = currency_order_checks(order, context, abroad=False)
    values = {"currency": order.currency, "payer": {"iban": compact_iban(order.payer.iban)},
              "beneficiary": {"iban": compact_iban(order.beneficiary.iban)},
              "exchange": {"operation": details.operation, "fixed": details.fixed,
                           "credit_currency": details.credit_currency, "credit_amount": details.credit_amount},
              "purpose": order.purpose}
    checks.update(exchange_content_rules(values, context.facts, context.rates))
    if details.fixed == CREDIT and checks.get("amount") is not None and order.amount.strip() == "":
        checks["amount"] = None  # the debit follows from the credit once a rate is at hand
    return found(checks)


def executed_legs(order: OrderFields, rate: Decimal) -> tuple[tuple[Decimal, str], tuple[Decimal, str]] | None:
    """((debit, currency), (credit, currency)) as the bank booked them at `rate`, None if the order cannot say."""
    details = order.details
    if not isinstance(details, ExchangeDetails):
        return None
    try:
        amount = parse_amount(order.amount) if details.fixed == DEBIT else Decimal(0)
        credit_amount = parse_amount(details.credit_amount) if details.fixed == CREDIT else Decimal(0)
    except ValidationError:
        return None
    debit, credit = legs(details.fixed, amount, credit_amount, details.operation, rate)
    return (debit, order.currency), (credit, details.credit_currency)


EXCHANGE = DocumentKind(
    key="exchange",
    schema="kz.currency-exchange/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "Buy or sell &currency"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Currency purchase or sale"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Currency purchase or sale {number}"),
                    paper="Заявление на покупку/продажу иностранной валюты"),
    rules=exchange_rules,
    details=ExchangeDetails,
    content_rules=exchange_content_rules,
    currency_order=True,
)

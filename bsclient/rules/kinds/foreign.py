"""A payment abroad in foreign currency (R1.6, schema kz.foreign-payment/1): paid from a foreign-
currency account to a beneficiary abroad, with the beneficiary's address and country, its bank's
SWIFT BIC, an intermediary bank, who pays the charges and the currency contract's registration
number. The SWIFT and currency-control rules themselves: bsclient/rules/foreign.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.rules.codes import check_kbe
from bsclient.rules.currency_orders import currency_order_checks
from bsclient.rules.exchange import Rates
from bsclient.rules.foreign import foreign_problems
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import DocumentKind, KindNames, Problems, RuleContext, details_of, found
from bsclient.rules.payment_order import OrderFields, party_content


@dataclass
class ForeignDetails:
    """What a payment abroad adds: the beneficiary's address and country, an intermediary bank,
    who pays the charges, the currency contract's registration number. (The beneficiary's name,
    account and bank BIC are the order's beneficiary.)"""

    address: str = ""
    country: str = ""
    intermediary_bic: str = ""
    charges: str = "SHA"
    contract: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ForeignDetails:
        block = data.get("foreign")
        if not isinstance(block, Mapping):
            return cls()
        return cls(**{k: str(v) for k, v in block.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        return {"foreign": {"address": self.address, "country": self.country, "intermediary_bic": self.intermediary_bic,
                            "charges": self.charges, "contract": self.contract}}

    def block(self) -> dict[str, str]:
        """The wire's "foreign" block."""
        return {"address": " ".join(self.address.split()), "country": self.country.strip().upper(),
                "intermediary_bic": self.intermediary_bic.strip().upper(), "charges": self.charges,
                "contract": self.contract.strip()}

    def to_content(self, content: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
        # The purpose goes abroad as one SWIFT text: no line breaks.
        return {**content, "purpose": " ".join(str(content["purpose"]).split()), "foreign": self.block()}


def foreign_content_rules(content: Mapping[str, Any], _facts: KindFacts | None, rates: Rates | None) -> Problems:
    """The rules of a payment abroad beyond every currency order's (bsclient/rules/foreign.py)."""
    block, beneficiary = content.get("foreign"), content.get("beneficiary")
    return foreign_problems(currency=str(content.get("currency", "")), amount=str(content.get("amount", "")),
                            beneficiary=beneficiary if isinstance(beneficiary, Mapping) else {},
                            details=block if isinstance(block, Mapping) else {}, purpose=str(content.get("purpose", "")),
                            rates=rates.middle() if rates else None)


def foreign_rules(order: OrderFields, context: RuleContext) -> Problems:
    checks = currency_order_checks(order, context, abroad=True)
    checks["beneficiary.code"] = check_kbe(order.beneficiary.code)
    values = {"currency": order.currency, "amount": order.amount, "beneficiary": party_content(order.beneficiary),
              "foreign": details_of(order, ForeignDetails).block(), "purpose": order.purpose}
    checks.update(foreign_content_rules(values, context.facts, context.rates))
    return found(checks)


FOREIGN = DocumentKind(
    key="foreign",
    schema="kz.foreign-payment/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "Payment in &foreign currency"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Payment in foreign currency"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Payment in foreign currency {number}"),
                    paper="Заявление на перевод иностранной валюты"),
    rules=foreign_rules,
    details=ForeignDetails,
    content_rules=foreign_content_rules,
    currency_order=True,
    abroad=True,
)

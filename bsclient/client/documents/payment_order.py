"""A tenge payment order as the clerk fills it, and its wire content (schema kz.payment-order/1).

The same order carries the other tenge kinds (issue 4, types 2-5): `kind` budget (with `kbk`),
pension, social or salary (with a `registry` of employees); each kind has its own wire schema
(validation/kinds.py) so the bank applies its rules. A plain payment's content is unchanged.
Types 6 and 7 are kinds too: `foreign` (a payment abroad, with `foreign` details) and `exchange`
(a purchase or sale of currency, with `exchange` details), from an account in `currency`.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from bsclient.client.documents.currency_details import SALE_PURPOSE, ExchangeDetails, ForeignDetails, details_from
from bsclient.rules.amount import format_amount, parse_amount
from bsclient.rules.iban import compact_iban
from bsclient.rules.kinds import EXCHANGE, FOREIGN, KIND_OF_SCHEMA, PAYMENT, SCHEMAS, registry_columns

SCHEMA = "kz.payment-order/1"
CURRENCY = "KZT"


@dataclass
class Party:
    """Payer or beneficiary: name, IIN/BIN, IIK, bank BIC, and KOd (payer) or KBe (beneficiary)."""

    name: str = ""
    bin: str = ""
    iban: str = ""
    bic: str = ""
    code: str = ""

    def to_content(self) -> dict[str, str]:
        return {"name": self.name.strip(), "bin": self.bin.strip(), "iban": compact_iban(self.iban),
                "bic": self.bic.strip().upper(), "code": self.code.strip()}


@dataclass
class RegistryLine:
    """One employee of a registry, as typed. Pension/social use every field but `iban`; salary uses
    iin, name (the full name), iban and amount. `birth_date` YYYY-MM-DD, `period` YYYY-MM."""

    iin: str = ""
    surname: str = ""
    name: str = ""
    patronymic: str = ""
    birth_date: str = ""
    amount: str = ""
    period: str = ""
    iban: str = ""

    def to_content(self, kind: str) -> dict[str, str]:
        """The line on the wire: the kind's columns only, the amount with 2 decimals."""
        content = {column: getattr(self, column).strip() for column in registry_columns(kind)}
        if "iban" in content:
            content["iban"] = compact_iban(self.iban)
        content["amount"] = format_amount(parse_amount(self.amount))
        return content

    def cells(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class PaymentOrder:
    """The fields as typed (amount is the clerk's text); `id` is the UUID the bank deduplicates on."""

    id: str
    number: str
    date: date
    value_date: date
    currency: str
    amount: str
    payer: Party
    beneficiary: Party = field(default_factory=Party)
    knp: str = ""
    purpose: str = ""
    kind: str = PAYMENT
    kbk: str = ""
    registry: list[RegistryLine] = field(default_factory=list)
    foreign: ForeignDetails | None = None
    exchange: ExchangeDetails | None = None

    @classmethod
    def new(cls, payer: Party, number: str, *, today: date | None = None, kind: str = PAYMENT,
            currency: str = CURRENCY) -> PaymentOrder:
        """An empty order of `kind` from `payer` (an account in `currency`), dated and valued today, with a fresh id."""
        today = today or date.today()
        return cls(id=str(uuid.uuid4()), number=number, date=today, value_date=today,
                   currency=currency, amount="", payer=payer, kind=kind,
                   foreign=ForeignDetails() if kind == FOREIGN else None,
                   exchange=ExchangeDetails() if kind == EXCHANGE else None)

    @property
    def schema(self) -> str:
        """The wire schema of this order's kind (the store's `kind` column holds it too)."""
        return SCHEMAS[self.kind]

    def to_content(self) -> dict[str, Any]:
        """The document the bank acts on, ready for canonical JSON; ValidationError if the amount is not valid."""
        content = {
            "schema": self.schema,
            "id": self.id,
            "number": self.number.strip(),
            "date": self.date.isoformat(),
            "value_date": self.value_date.isoformat(),
            "currency": self.currency.strip().upper(),
            "amount": format_amount(parse_amount(self.amount)),
            "payer": self.payer.to_content(),
            "beneficiary": self.beneficiary.to_content(),
            "knp": self.knp.strip(),
            "purpose": self.purpose.strip(),
        }
        if self.kind == FOREIGN:
            content["foreign"] = (self.foreign or ForeignDetails()).to_content()
            content["purpose"] = " ".join(self.purpose.split())  # one SWIFT text, no line breaks
        if self.kind == EXCHANGE:
            content["exchange"] = (self.exchange or ExchangeDetails()).to_content()
            if not content["purpose"] and content["exchange"]["operation"] == "sell":
                content["purpose"] = SALE_PURPOSE
        if self.kind == "budget":
            content["kbk"] = self.kbk.strip()
        if registry_columns(self.kind):
            content["registry"] = [line.to_content(self.kind) for line in self.registry]
        return content

    def to_dict(self) -> dict[str, Any]:
        """Every field as typed, JSON-ready (the local store keeps drafts this way)."""
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["value_date"] = self.value_date.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PaymentOrder:
        """The order `to_dict` wrote (drafts from before the kinds are plain payments), and also a wire
        content (whose "schema" gives the kind)."""
        return cls(id=data["id"], number=data["number"], date=date.fromisoformat(data["date"]),
                   value_date=date.fromisoformat(data["value_date"]), currency=data["currency"],
                   amount=data["amount"], payer=Party(**data["payer"]),
                   beneficiary=Party(**data["beneficiary"]), knp=data["knp"], purpose=data["purpose"],
                   kind=data.get("kind") or KIND_OF_SCHEMA.get(data.get("schema", ""), PAYMENT),
                   kbk=data.get("kbk", ""), registry=[RegistryLine(**line) for line in data.get("registry", [])],
                   foreign=details_from(data, "foreign"), exchange=details_from(data, "exchange"))  # type: ignore[arg-type]

"""A tenge payment order as the clerk fills it, and its wire content (schema kz.payment-order/1)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .validation.amount import format_amount, parse_amount
from .validation.iban import compact_iban

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

    @classmethod
    def new(cls, payer: Party, number: str, *, today: date | None = None) -> PaymentOrder:
        """An empty tenge order from `payer`, dated and valued today, with a fresh id."""
        today = today or date.today()
        return cls(id=str(uuid.uuid4()), number=number, date=today, value_date=today,
                   currency=CURRENCY, amount="", payer=payer)

    def to_content(self) -> dict[str, Any]:
        """The document the bank acts on, ready for canonical JSON; ValidationError if the amount is not valid."""
        return {
            "schema": SCHEMA,
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

    def to_dict(self) -> dict[str, Any]:
        """Every field as typed, JSON-ready (the local store keeps drafts this way)."""
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["value_date"] = self.value_date.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PaymentOrder:
        """The order `to_dict` wrote, and also a wire content (whose extra "schema" is ignored)."""
        return cls(id=data["id"], number=data["number"], date=date.fromisoformat(data["date"]),
                   value_date=date.fromisoformat(data["value_date"]), currency=data["currency"],
                   amount=data["amount"], payer=Party(**data["payer"]),
                   beneficiary=Party(**data["beneficiary"]), knp=data["knp"], purpose=data["purpose"])

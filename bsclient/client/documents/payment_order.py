"""An order as the clerk fills it, of any kind, and its wire content.

The fields every order has, its kind (a key of the registry of kinds, bsclient/rules/kinds/) and
the one value that holds what the kind adds (`details`: BudgetDetails, RegistryDetails,
ForeignDetails, ExchangeDetails; None for a plain payment). The kind's row says its wire schema
and how its details go on the wire. A plain payment's content is kz.payment-order/1.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from bsclient.rules.actual_parties import ROLES, actual_party_content
from bsclient.rules.amount import format_amount, parse_amount
from bsclient.rules.kinds.kind import DocumentKind, KindDetails
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import find_kind, kind_named, kind_of_schema
from bsclient.rules.payment_order import party_content

SCHEMA = PAYMENT.schema
CURRENCY = "KZT"


def new_id() -> str:
    """A random UUID (version 4) as text, as str(uuid.uuid4()) but without its object (a 1C file makes thousands)."""
    value = int.from_bytes(os.urandom(16), "big") & ~(0xC000 << 48 | 0xF000 << 64) | (0x8000 << 48 | 4 << 76)
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass
class Party:
    """Payer or beneficiary: name, IIN/BIN, IIK, bank BIC, and KOd (payer) or KBe (beneficiary)."""

    name: str = ""
    bin: str = ""
    iban: str = ""
    bic: str = ""
    code: str = ""

    def to_content(self) -> dict[str, str]:
        return party_content(self)

    def to_dict(self) -> dict[str, str]:
        """Every field as typed (what dataclasses.asdict gives, at a fraction of its cost)."""
        return {"name": self.name, "bin": self.bin, "iban": self.iban, "bic": self.bic, "code": self.code}


@dataclass
class ActualParty:
    """The actual payer or beneficiary (bsclient/rules/actual_parties.py): name, IIN/BIN, country of residence."""

    name: str = ""
    bin: str = ""
    country: str = ""

    @classmethod
    def from_dict(cls, data: object) -> ActualParty:
        """From a stored draft or a wire content; absent or not an object: empty."""
        if not isinstance(data, dict):
            return cls()
        return cls(**{key: str(data.get(key, "")) for key in ("name", "bin", "country")})

    def is_empty(self) -> bool:
        return actual_party_content(self) is None


@dataclass
class PaymentOrder:
    """The fields as typed (amount is the clerk's text); `id` is the UUID the bank deduplicates on."""

    id: str
    number: str
    date: dt.date
    value_date: dt.date
    currency: str
    amount: str
    payer: Party
    beneficiary: Party = field(default_factory=Party)
    knp: str = ""
    purpose: str = ""
    kind: str = PAYMENT.key
    details: KindDetails | None = None
    actual_payer: ActualParty = field(default_factory=ActualParty)  # on a tenge order only, when filled
    actual_beneficiary: ActualParty = field(default_factory=ActualParty)

    @classmethod
    def new(cls, payer: Party, number: str, *, today: dt.date | None = None, kind: str = PAYMENT.key,
            currency: str = CURRENCY) -> PaymentOrder:
        """An empty order of `kind` from `payer` (an account in `currency`), dated and valued today, with a fresh id."""
        today = today or dt.date.today()
        return cls(id=new_id(), number=number, date=today, value_date=today,
                   currency=currency, amount="", payer=payer, kind=kind, details=kind_named(kind).new_details())

    @property
    def document_kind(self) -> DocumentKind:
        """This order's row in the registry of kinds."""
        return kind_named(self.kind)

    @property
    def schema(self) -> str:
        """The wire schema of this order's kind (the store's `kind` column holds it too)."""
        return self.document_kind.schema

    def to_content(self) -> dict[str, Any]:
        """The document the bank acts on, ready for canonical JSON; ValidationError if the amount is not valid."""
        kind = self.document_kind
        content: dict[str, Any] = {
            "schema": kind.schema,
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
        for role, party in zip(ROLES, (self.actual_payer, self.actual_beneficiary), strict=True):
            wire = actual_party_content(party)
            if wire is not None:  # absent when not filled: the bytes of an order without them are as before
                content[role] = wire
        details = kind.details_for(self.details)
        return details.to_content(content, kind) if details is not None else content

    def to_dict(self) -> dict[str, Any]:
        """Every field as typed, JSON-ready (the local store keeps drafts this way): the common fields,
        the kind, the actual payer and beneficiary when filled, and the keys of its details (e.g. "kbk", "registry",
        "foreign", "exchange")."""
        data: dict[str, Any] = {
            "id": self.id, "number": self.number, "date": self.date.isoformat(),
            "value_date": self.value_date.isoformat(), "currency": self.currency, "amount": self.amount,
            "payer": self.payer.to_dict(), "beneficiary": self.beneficiary.to_dict(), "knp": self.knp,
            "purpose": self.purpose, "kind": self.kind,
        }
        for role, party in zip(ROLES, (self.actual_payer, self.actual_beneficiary), strict=True):
            if not party.is_empty():
                data[role] = asdict(party)
        if self.details is not None:
            data.update(self.details.to_dict())
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PaymentOrder:
        """The order `to_dict` wrote (drafts from before the kinds are plain payments; drafts that kept
        every kind's keys read only their own kind's), and also a wire content (whose "schema" gives the kind)."""
        key = data.get("kind") or kind_of_schema(data.get("schema", "")).key
        kind = find_kind(key)
        details = kind.details.from_dict(data) if kind is not None and kind.details is not None else None
        return cls(id=data["id"], number=data["number"], date=dt.date.fromisoformat(data["date"]),
                   value_date=dt.date.fromisoformat(data["value_date"]), currency=data["currency"],
                   amount=data["amount"], payer=Party(**data["payer"]),
                   beneficiary=Party(**data["beneficiary"]), knp=data["knp"], purpose=data["purpose"],
                   kind=key, details=details, actual_payer=ActualParty.from_dict(data.get("actual_payer")),
                   actual_beneficiary=ActualParty.from_dict(data.get("actual_beneficiary")))

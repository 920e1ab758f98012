"""What a kind of document is: its row in the registry of kinds (bsclient/rules/kinds/registry.py).

A row says everything the layers need to know of a kind: its key and wire schema, how the clerk
names it, the columns of its registry of employees if it has one, the type of its details (the
one value that holds what this kind adds to an order), and its rules. The UI adds its own row per
kind (bsclient/ui/payments/kinds/registry.py): the editor's section and the paper form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, Self, TypeVar

from bsclient.messages import Message
from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.registry_columns import RegistryColumn
from bsclient.rules.payment_order import OrderFields, PayerAccount

Problems = dict[str, Message]
Checks = dict[str, Message | None]  # every check by field path, None where it passed (in the form's order)


class KindDetails(Protocol):
    """What a kind adds to an order, as one value (BudgetDetails, RegistryDetails, ...)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The details from a stored draft's dict or a wire content (the same keys); absent keys are empty."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The keys a stored draft keeps for these details, as typed."""
        ...

    def to_content(self, content: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
        """`content` (the order's common wire fields) with these details added."""
        ...


@dataclass(frozen=True)
class RuleContext:
    """What the rules check an order against besides the order itself.

    `payer_account` None: the accounts are not loaded, the balance and currency checks wait.
    `facts` None: the directories are not at hand (signing from the list), their rules wait;
    the editor checked them and the bank checks them against its own.
    `rates` None: the bank's rates are not at hand; rules that need them leave it to the bank.
    """

    today: dt.date
    payer_account: PayerAccount | None = None
    facts: KindFacts | None = None
    rates: Rates | None = None


# Every rule of an order of a kind, by field path ("beneficiary.iban", "registry.3.iin", ...).
KindRules = Callable[[OrderFields, RuleContext], Problems]
# The kind's own rules over a content (the wire's, or the order's values as typed), which the bank
# applies too: `facts` for the tenge kinds, `rates` for the currency kinds, when at hand.
ContentRules = Callable[[Mapping[str, Any], KindFacts | None, Rates | None], Problems]


@dataclass(frozen=True)
class KindNames:
    """How the clerk names a kind. `menu`, `list` and `title` are English sources in the translation
    context "DocumentKind", translated where shown; `paper` is the paper form's title (the document's
    properties), the same in every language, as the whole form is."""

    menu: str  # Documents ▸ New ▸ …, with its accelerator
    list: str  # the document list's Type column and its filter
    title: str  # the editor's window title, with {number}
    paper: str


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: a row of the registry of kinds."""

    key: str  # the editor's and the store's name of the kind ("budget")
    schema: str  # its wire schema ("kz.budget-payment/1"); the store's `kind` column holds it too
    names: KindNames
    rules: KindRules
    details: type[KindDetails] | None = None  # None: the kind adds nothing to an order
    content_rules: ContentRules | None = None  # None: nothing beyond the fields every order has
    registry_columns: tuple[RegistryColumn, ...] = ()  # its registry of employees, when it has one
    currency_order: bool = False  # not a tenge order: its rules and the bank's checks are a currency order's
    abroad: bool = False  # a payment abroad: paid from a foreign-currency account

    def new_details(self) -> KindDetails | None:
        """The empty details of a new order of this kind."""
        return self.details() if self.details is not None else None

    def details_for(self, details: object) -> KindDetails | None:
        """`details` when they are this kind's, else empty ones (None when the kind has none)."""
        if self.details is None:
            return None
        return details if isinstance(details, self.details) else self.details()


D = TypeVar("D")


def details_of(order: OrderFields, details_type: type[D]) -> D:
    """The order's details of `details_type`; empty ones when it holds none (or another kind's)."""
    held = order.details
    return held if isinstance(held, details_type) else details_type()


def found(checks: Checks) -> Problems:
    """The checks that found a problem, in their order."""
    return {path: message for path, message in checks.items() if message is not None}


def add_problems(checks: Checks, more: Mapping[str, Message]) -> Checks:
    """`checks` with the kind's own problems added; where a field already has one, it stays."""
    for path, message in more.items():
        checks[path] = checks.get(path) or message
    return checks

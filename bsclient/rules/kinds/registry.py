"""The registry of kinds: every kind of document the client makes and the bank accepts, one row
each (kind.py), in the order the clerk's menus list them; and the rules of an order by its kind."""

from __future__ import annotations

import datetime as dt

from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.budget import BUDGET
from bsclient.rules.kinds.contributions import PENSION, SOCIAL
from bsclient.rules.kinds.exchange import EXCHANGE
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.foreign import FOREIGN
from bsclient.rules.kinds.kind import DocumentKind, Problems, RuleContext
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.salary import SALARY
from bsclient.rules.payment_order import OrderFields, PayerAccount

KINDS: tuple[DocumentKind, ...] = (PAYMENT, BUDGET, PENSION, SOCIAL, SALARY, FOREIGN, EXCHANGE)
_BY_KEY = {kind.key: kind for kind in KINDS}
_BY_SCHEMA = {kind.schema: kind for kind in KINDS}


def kind_named(key: str) -> DocumentKind:
    """The kind of `key` ("budget"); KeyError for a kind this version does not know."""
    return _BY_KEY[key]


def find_kind(key: str) -> DocumentKind | None:
    """The kind of `key`, None for a kind this version does not know."""
    return _BY_KEY.get(key)


def kind_of_schema(schema: str) -> DocumentKind:
    """The kind whose wire schema is `schema`; a plain payment order for a schema not listed."""
    return _BY_SCHEMA.get(schema, PAYMENT)


def validate_payment_order(order: OrderFields, payer_account: PayerAccount | None, *,
                           today: dt.date | None = None, facts: KindFacts | None = None,
                           rates: Rates | None = None) -> Problems:
    """Every problem of `order` by its kind's rules, keyed by field path ("beneficiary.iban", "amount",
    ...); empty when valid. See RuleContext for what None means for `payer_account`, `facts`, `rates`."""
    context = RuleContext(today=today or dt.date.today(), payer_account=payer_account, facts=facts, rates=rates)
    return kind_named(order.kind).rules(order, context)

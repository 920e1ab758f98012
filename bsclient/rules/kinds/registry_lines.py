"""A registry of employees (pension and social contributions, salary): its lines as typed, the
details of an order that carries one, and the registry's rules as a whole (at least one line, one
line per employee and period, the lines adding up to the order's amount)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import format_amount, parse_amount
from bsclient.rules.errors import ValidationError
from bsclient.rules.iban import compact_iban
from bsclient.rules.kinds.kind import (
    ContentRules,
    DocumentKind,
    KindRules,
    Problems,
    RuleContext,
    add_problems,
    details_of,
    found,
)
from bsclient.rules.kinds.payment import tenge_order_checks, tenge_values
from bsclient.rules.kinds.registry_columns import RegistryColumn, column_keys, line_problems
from bsclient.rules.payment_order import OrderFields


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

    def to_content(self, columns: Sequence[RegistryColumn]) -> dict[str, str]:
        """The line on the wire: the registry's columns only, the amount with 2 decimals."""
        content = {key: str(getattr(self, key)).strip() for key in column_keys(columns)}
        if "iban" in content:
            content["iban"] = compact_iban(self.iban)
        content["amount"] = format_amount(parse_amount(self.amount))
        return content

    def cells(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class RegistryDetails:
    """What a pension, social or salary order adds: its registry's lines."""

    lines: list[RegistryLine] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegistryDetails:
        return cls([RegistryLine(**line) for line in data.get("registry", [])])

    def to_dict(self) -> dict[str, Any]:
        return {"registry": [line.cells() for line in self.lines]}

    def to_content(self, content: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
        return {**content, "registry": [line.to_content(kind.registry_columns) for line in self.lines]}


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def _amount_or_none(text: Any) -> Decimal | None:
    try:
        return parse_amount(text)
    except (ValidationError, TypeError, AttributeError):
        return None


def _duplicates(registry: list[Any], problems: Mapping[str, Message]) -> dict[str, Message]:
    """One employee once per period (and fund): the later lines of the same IIN and period."""
    seen: dict[tuple[str, str], int] = {}
    found: dict[str, Message] = {}
    for number, line in enumerate(registry, start=1):
        if isinstance(line, Mapping) and f"registry.{number}.iin" not in problems:
            key = (str(line.get("iin")), str(line.get("period")))
            if key in seen:
                found[f"registry.{number}.iin"] = _msg(QT_TRANSLATE_NOOP(
                    "Validation", "This IIN is already on line {line} for the same period; put one line per employee and period."),
                    line=seen[key])
            seen.setdefault(key, number)
    return found


def registry_problems(columns: Sequence[RegistryColumn], registry: Any, amount: str,
                      document_date: dt.date | None = None) -> dict[str, Message]:
    """The registry's problems: "registry" for the whole (empty, total), "registry.N.column" per cell (N from 1).

    A registry with a period column (contributions) has one line per employee and period.
    """
    if not isinstance(registry, list) or not registry:
        return {"registry": _msg(QT_TRANSLATE_NOOP("Validation", "Add the employees to the registry: at least one line."))}
    problems: dict[str, Message] = {}
    total, whole = Decimal(0), True
    for number, line in enumerate(registry, start=1):
        if not isinstance(line, Mapping):
            problems[f"registry.{number}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Missing: the line must give it."))
            whole = False
            continue
        for column, message in line_problems(columns, line, document_date).items():
            problems[f"registry.{number}.{column}"] = message
        line_amount = _amount_or_none(line.get("amount", ""))
        whole = whole and line_amount is not None
        total += line_amount or 0
    if "period" in column_keys(columns):
        problems.update(_duplicates(registry, problems))
    order_amount = _amount_or_none(amount)
    if whole and order_amount is not None and total != order_amount:
        problems["registry"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "The registry's lines add up to {total}, but the order's amount is {amount}; make them equal."),
            total=total, amount=order_amount)
    return problems


def registry_total(registry: Sequence[Mapping[str, Any]]) -> Decimal | None:
    """The sum of the lines' amounts, or None when a line's amount is not (yet) an amount."""
    total = Decimal(0)
    for line in registry:
        amount = _amount_or_none(line.get("amount", ""))
        if amount is None:
            return None
        total += amount
    return total


def registry_order_rules(content_rules: ContentRules) -> KindRules:
    """Every rule of a tenge order with a registry: a tenge order's, then `content_rules` over its values."""
    def rules(order: OrderFields, context: RuleContext) -> Problems:
        lines = details_of(order, RegistryDetails).lines
        values = {**tenge_values(order), "registry": [line.cells() for line in lines]}
        return found(add_problems(tenge_order_checks(order, context), content_rules(values, context.facts, None)))
    return rules

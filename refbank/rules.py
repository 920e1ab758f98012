"""The field rules a payment order must pass at the bank, the same pure rules the client checks.

The checks of identifiers (IIN/BIN, IIK, BIC, KNP, KBe) are the client's pure validators; the
bank runs them again because it trusts nothing the client did.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import partial
from typing import Any

from bsclient.rules import (
    check_bic,
    check_document_date,
    check_iban,
    check_iin_bin,
    check_kbe,
    check_knp,
    check_name,
    check_number,
    check_value_date,
)
from bsclient.rules.actual_parties import FIELDS as ACTUAL_PARTY_FIELDS
from bsclient.rules.actual_parties import ROLES as ACTUAL_PARTY_ROLES
from bsclient.rules.actual_parties import actual_parties_rules
from bsclient.rules.amount import MAX_INTEGER_DIGITS
from bsclient.rules.dates import VALUE_DATE_HORIZON_DAYS, parse_wire_date
from bsclient.rules.kinds.foreign import FOREIGN
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import kind_of_schema
from refbank.errors import DocumentRejected

PAYMENT_ORDER_SCHEMA = PAYMENT.schema
FOREIGN_PAYMENT_SCHEMA = FOREIGN.schema  # its beneficiary is abroad: refbank/currency_documents.py
PARTY_FIELDS = ("name", "bin", "iban", "bic", "code")
TOP_FIELDS = ("number", "date", "value_date", "currency", "amount", "knp", "purpose")
# Two decimals, at most MAX_INTEGER_DIGITS before the point (the interbank field's 15 digits), nothing around.
AMOUNT_PATTERN = re.compile(rf"(0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})\.[0-9]{{2}}")
CURRENCY_PATTERN = re.compile(r"[A-Z]{3}")
MAX_PURPOSE = 420

Check = Callable[[str], object]  # a problem (the client's sentence, or our own words), None when none


def invalid_field(field: str, problem: str) -> DocumentRejected:
    return DocumentRejected(
        "invalid_field", "The field {field} is not valid: {problem}.", field=field, problem=problem.rstrip(".")
    )


def check_payment_order(order: Mapping[str, Any], *, today: dt.date,
                        horizon_days: int = VALUE_DATE_HORIZON_DAYS) -> Decimal:
    """Raise DocumentRejected(invalid_field) for the first broken rule; return the amount. `today` is the
    bank's day, `horizon_days` how far ahead a value date may be (config `value_date_horizon_days`)."""
    _check_present(order)
    amount = _check_amount(order["amount"])
    checks: list[tuple[str, str, Check]] = [
        ("number", order["number"], check_number),
        ("date", order["date"], _check_date),
        ("value_date", order["value_date"], _check_date),
        ("currency", order["currency"], _check_currency),
        ("knp", order["knp"], check_knp),
        ("purpose", order["purpose"], _check_purpose),
    ]
    for role in ("payer", "beneficiary"):
        party = order[role]
        if role == "beneficiary" and order.get("schema") == FOREIGN_PAYMENT_SCHEMA:
            continue
        checks += [
            (f"{role}.name", party["name"], check_name if role == "beneficiary" else _not_blank),
            (f"{role}.bin", party["bin"], check_iin_bin),
            (f"{role}.iban", party["iban"], check_iban),
            (f"{role}.bic", party["bic"], partial(_check_bic, iban=party["iban"])),
            (f"{role}.code", party["code"], check_kbe),
        ]
    for field, value, check in checks:
        problem = check(value)
        if problem is not None:
            raise invalid_field(field, str(problem))
    document_date, value_date = parse_wire_date(order["date"]), parse_wire_date(order["value_date"])
    for field, problem in (("date", check_document_date(document_date, today)),
                           ("value_date", check_value_date(value_date, document_date, today, horizon_days))):
        if problem is not None:
            raise invalid_field(field, str(problem))
    problems = actual_parties_rules(order)
    if problems:
        field, message = next(iter(problems.items()))
        raise invalid_field(field, str(message))
    return amount


def _check_present(order: Mapping[str, Any]) -> None:
    for field in TOP_FIELDS:
        if not isinstance(order.get(field), str):
            raise invalid_field(field, "missing or not a string")
    for role in ("payer", "beneficiary"):
        party = order.get(role)
        if not isinstance(party, dict):
            raise invalid_field(role, "missing or not an object")
        for field in PARTY_FIELDS:
            if not isinstance(party.get(field), str):
                raise invalid_field(f"{role}.{field}", "missing or not a string")
    _check_actual_parties_present(order)


def _check_actual_parties_present(order: Mapping[str, Any]) -> None:
    """The actual payer and beneficiary are optional, on tenge orders only, each an object of strings."""
    tenge = not kind_of_schema(str(order.get("schema", ""))).currency_order
    for role in ACTUAL_PARTY_ROLES:
        if role not in order:
            continue
        party = order[role]
        if not tenge:
            raise invalid_field(role, "a currency document carries no actual payer or beneficiary")
        if not isinstance(party, dict):
            raise invalid_field(role, "not an object")
        for field in ACTUAL_PARTY_FIELDS:
            if not isinstance(party.get(field), str):
                raise invalid_field(f"{role}.{field}", "missing or not a string")


def _check_amount(text: str) -> Decimal:
    if not AMOUNT_PATTERN.fullmatch(text):
        raise invalid_field("amount", "an amount is a decimal string with two decimals")
    amount = Decimal(text)
    if amount <= 0:
        raise invalid_field("amount", "the amount must be more than zero")
    return amount


def _check_bic(bic: str, *, iban: str) -> object:
    return check_bic(bic, iban)


def _not_blank(value: str) -> str | None:
    return "must not be empty" if not value.strip() else None


def _check_date(value: str) -> str | None:
    return None if parse_wire_date(value) is not None else "a date is YYYY-MM-DD"


def _check_currency(value: str) -> str | None:
    return None if CURRENCY_PATTERN.fullmatch(value) else "a currency is a 3-letter ISO 4217 code"


def _check_purpose(value: str) -> str | None:
    if not value.strip():
        return "must not be empty"
    return None if len(value) <= MAX_PURPOSE else f"at most {MAX_PURPOSE} characters"

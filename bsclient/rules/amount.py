"""Amounts as clerks type them: "1500", "1500.5", "1 500 000,50"; always more than zero, 2 decimals."""

from __future__ import annotations

import re
from decimal import Decimal

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.errors import ValidationError

MAX_INTEGER_DIGITS = 13  # 13 + 2 decimals: the 15 digits an interbank amount field carries
CENT = Decimal("0.01")
# Group separators clerks' keyboards and spreadsheets produce: space, no-break space, narrow no-break.
_GROUP_SPACES = re.compile("[ \u00a0\u202f]")
_SHAPE = re.compile(r"(?P<integer>\d+)(?:[.,](?P<fraction>\d*))?", re.ASCII)
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d*)?", re.ASCII)


def _problem(source: str, **params: object) -> ValidationError:
    return ValidationError(Message("Validation", source, params))


def parse_amount(text: str) -> Decimal:
    """The amount in `text` with exactly 2 decimals; raises ValidationError saying what is wrong.

    A comma or a point is the decimal separator, spaces separate thousands. "1,500" is refused
    (three decimals) rather than guessed: reading a thousands separator as a decimal one would
    pay a thousand times less or more.
    """
    typed = text.strip()
    if typed == "":
        raise _problem(QT_TRANSLATE_NOOP("Validation", "Type the amount, e.g. 1 500,00."))
    if typed.startswith("-"):
        raise _problem(QT_TRANSLATE_NOOP("Validation", "The amount must be more than zero."))
    if typed.count(".") + typed.count(",") > 1:
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "Use one decimal separator (a comma or a point) and spaces between thousands, e.g. 1 500 000,50."))
    if _GROUP_SPACES.search(typed) and not _GROUPED.fullmatch(typed):
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "Separate thousands with spaces in groups of three digits, e.g. 1 500 000,50."))
    shape = _SHAPE.fullmatch(_GROUP_SPACES.sub("", typed))
    if shape is None:
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "The amount may hold only digits, spaces between thousands and one decimal comma or point."))
    fraction = shape.group("fraction") or ""
    if len(fraction) > 2:
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "At most two digits after the decimal point; to separate thousands use spaces."))
    integer = shape.group("integer").lstrip("0")
    if len(integer) > MAX_INTEGER_DIGITS:
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "The amount is too large: at most {digits} digits before the decimal point."),
            digits=MAX_INTEGER_DIGITS)
    amount = Decimal(f"{integer or '0'}.{fraction or '0'}").quantize(CENT)
    if amount <= 0:
        raise _problem(QT_TRANSLATE_NOOP("Validation", "The amount must be more than zero."))
    return amount


def format_amount(amount: Decimal) -> str:
    """The wire form of an amount: digits, a point, two decimals ("150000.00")."""
    return f"{amount.quantize(CENT):f}"


def check_amount(text: str, available: Decimal | None = None) -> Message | None:
    """None when `text` is a payable amount not above `available` (when known), else the problem."""
    try:
        amount = parse_amount(text)
    except ValidationError as exc:
        return exc.message
    if available is not None and amount > available:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The amount is more than the available balance of {available}."),
            {"available": format_amount(available)})
    return None

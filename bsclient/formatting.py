"""Money, rates, counts and dates as the clerk reads them, in the interface's language.

The one formatter of the client: every window, message, export and paper form writes figures through
it, so one window never mixes "5000000.00" with "5 000 000,00". Kazakh and Russian group thousands
with a no-break space and write a decimal comma ("1 500 000,50"); English groups with a comma and
writes a decimal point ("1,500,000.50"). Dates are DD.MM.YYYY in all three languages, as on every
Kazakh bank form. No Qt: the UI says which language it speaks (`use_language`), the layers below
format with it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

# (thousands separator, decimal point) of each interface language; another one reads as English.
SEPARATORS = {"kk": ("\u00a0", ","), "ru": ("\u00a0", ","), "en": (",", ".")}
DATE = "%d.%m.%Y"
MINUTE = "%d.%m.%Y %H:%M"

_language = ["en"]


def use_language(language: str) -> None:
    """The interface's language ("kk", "ru", "en" or a locale name such as "kk_KZ") from now on."""
    _language[0] = language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower()


def current_language() -> str:
    return _language[0]


def _separators(language: str | None) -> tuple[str, str]:
    return SEPARATORS.get(language or _language[0], SEPARATORS["en"])


def _grouped(digits: str, separator: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        digits, groups = digits[:-3], [digits[-3:], *groups]
    return separator.join([digits, *groups])


def money(amount: Decimal | str | int, language: str | None = None, *, places: int = 2) -> str:
    """`amount` grouped with `places` decimals: "1 500 000,50" (kk, ru), "1,500,000.50" (en).
    Text that is not a number comes back as it is."""
    try:
        value = Decimal(amount).quantize(Decimal(1).scaleb(-places))
    except (InvalidOperation, ValueError):
        return str(amount)
    group, point = _separators(language)
    sign = "-" if value < 0 else ""
    integer, _, fraction = f"{abs(value):f}".partition(".")
    return f"{sign}{_grouped(integer, group)}{point + fraction if fraction else ''}"


def as_typed(amount: Decimal) -> str:
    """An amount put into an amount field for the clerk, as the field reads it in every language:
    "1 500 000,50"."""
    return money(amount, "ru").replace("\u00a0", " ")


def rate(value: Decimal | str, language: str | None = None) -> str:
    """An exchange rate, tenge for one unit: "474,50" (kk, ru), "474.50" (en)."""
    return money(value, language)


def count(value: int, language: str | None = None) -> str:
    """A whole number grouped: "12 345" (kk, ru), "12,345" (en)."""
    return money(value, language, places=0)


def day(value: date) -> str:
    """A date as every form writes it: 05.03.2026."""
    return value.strftime(DATE)


def minute(value: datetime) -> str:
    """A moment to the minute in the clerk's own time zone: 05.03.2026 14:30."""
    return (value.astimezone() if value.tzinfo is not None else value).strftime(MINUTE)

"""Money, rates, counts and dates as the clerk reads them, in the interface's language.

The one formatter of the client: every window, message, export and paper form writes figures through
it, so one window never mixes "5000000.00" with "5 000 000,00". Kazakh and Russian group thousands
with a no-break space and write a decimal comma ("1 500 000,50"); English groups with a comma and
writes a decimal point ("1,500,000.50"). Dates are DD.MM.YYYY in all three languages, as on every
Kazakh bank form. No Qt: the UI says which language it speaks (`use_language`), the layers below
format with it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

# (thousands separator, decimal point) of each interface language; another one reads as English.
SEPARATORS = {"kk": ("\u00a0", ","), "ru": ("\u00a0", ","), "en": (",", ".")}
DATE = "%d.%m.%Y"
MINUTE = "%d.%m.%Y %H:%M"
# A day or a month as the clerk types it (17.04.1985, 10.2026) and as files and the wire write it
# (1985-04-17, 2026-10), which a clerk pastes from a CSV file or an older draft.
_TYPED_DAY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", re.ASCII)
_ISO_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", re.ASCII)
_TYPED_MONTH = re.compile(r"(?P<m>\d{1,2})\.(?P<y>\d{4})", re.ASCII)
_ISO_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})", re.ASCII)

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


def parse_day(text: str) -> date | None:
    """The day a clerk typed as 17.04.1985 (or pasted as 1985-04-17); None for anything else."""
    found = _TYPED_DAY.fullmatch(text.strip()) or _ISO_DAY.fullmatch(text.strip())
    if found is None:
        return None
    try:
        return date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def parse_month(text: str) -> tuple[int, int] | None:
    """The (year, month) a clerk typed as 10.2026 (or pasted as 2026-10); None for anything else."""
    found = _TYPED_MONTH.fullmatch(text.strip()) or _ISO_MONTH.fullmatch(text.strip())
    if found is None or not 1 <= int(found["m"]) <= 12:
        return None
    return int(found["y"]), int(found["m"])


def month(year: int, month_number: int) -> str:
    """A month as every form writes it: 10.2026."""
    return f"{month_number:02d}.{year:04d}"


def day_shown(iso_text: str) -> str:
    """A day kept as 1985-04-17 (a file's, the wire's) as the clerk reads it, 17.04.1985; other
    text as it is."""
    parsed = parse_day(iso_text) if _ISO_DAY.fullmatch(iso_text) else None
    return day(parsed) if parsed is not None else iso_text


def month_shown(iso_text: str) -> str:
    """A month kept as 2026-10 as the clerk reads it, 10.2026; other text as it is."""
    parsed = parse_month(iso_text) if _ISO_MONTH.fullmatch(iso_text) else None
    return month(*parsed) if parsed is not None else iso_text


def day_kept(typed: str) -> str:
    """A day the clerk typed (17.04.1985 or 1985-04-17) as files and the wire keep it, 1985-04-17;
    text that is not a day as it is (its check then says how to type it)."""
    parsed = parse_day(typed)
    return parsed.isoformat() if parsed is not None else typed


def month_kept(typed: str) -> str:
    """A month the clerk typed (10.2026 or 2026-10) as files and the wire keep it, 2026-10; other
    text as it is."""
    parsed = parse_month(typed)
    return f"{parsed[0]:04d}-{parsed[1]:02d}" if parsed is not None else typed


def phone(number: str) -> str:
    """A phone number that a line never breaks: "+7 727 000 00 00" with no-break spaces and hyphens."""
    return number.replace(" ", "\u00a0").replace("-", "\u2011")

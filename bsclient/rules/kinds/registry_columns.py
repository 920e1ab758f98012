"""The columns of a registry of employees (pension, social, salary): each column's key on the wire,
its name for the clerk, and its check; a line's problems by column.

Dates, on the wire: a birth date is YYYY-MM-DD and agrees with the IIN, which begins with it (YYMMDD, the 7th
digit giving the century); a period is YYYY-MM, not before 1998 (the funded pension system began
then) and not after the document's month. The sentences name them as the clerk reads them
(17.04.1985, 10.2026); the editor's registry shows and takes them so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bsclient.formatting import day
from bsclient.formatting import month as month_written
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount
from bsclient.rules.iban import check_iban
from bsclient.rules.iin_bin import check_iin_bin

# A name in the interbank MT102 message is at most 60 characters (seen once in a bank's format).
MAX_NAME = 60
EARLIEST_PERIOD = (1998, 1)  # the funded pension system began in 1998: no contributions before

# A column's check: its value, the whole line's values (a birth date agrees with the IIN), the
# document's date (a period is not after its month); None when the value is good.
ColumnCheck = Callable[[str, Mapping[str, str], "dt.date | None"], "Message | None"]


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def _check_name_part(value: str, *, required: bool = True) -> Message | None:
    if value.strip() == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type it as in the employee's identity document.")) if required else None
    if len(value.strip()) > MAX_NAME:
        return _msg(QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (the interbank limit); it has {count}."),
                    limit=MAX_NAME, count=len(value.strip()))
    return None


def _iin_birth_date(iin: str) -> dt.date | None:
    """The birth date an IIN begins with (YYMMDD, the 7th digit giving the century)."""
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6:7])
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6])) if century else None
    except ValueError:
        return None


def check_birth_date(value: str, iin: str) -> Message | None:
    """None when the birth date is YYYY-MM-DD and agrees with the IIN (when the IIN is valid)."""
    try:
        born = dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        born = None
    if born is None:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the birth date as YYYY-MM-DD, e.g. 1985-04-17."))
    in_iin = _iin_birth_date(iin) if check_iin_bin(iin) is None else None
    if in_iin is not None and in_iin != born:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The birth date {date} is not the one in the IIN ({iin_date}); check both against the identity document."),
            date=day(born), iin_date=day(in_iin))
    return None


def check_period(value: str, document_date: dt.date | None = None) -> Message | None:
    """None when the period is YYYY-MM, not before 1998 and not after the document's month."""
    year, dash, month = value.partition("-")
    if not (dash and len(year) == 4 and len(month) == 2 and (year + month).isascii() and (year + month).isdigit()
            and 1 <= int(month) <= 12):
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the period as YYYY-MM, e.g. 2026-10 for October 2026."))
    period = (int(year), int(month))
    if period < EARLIEST_PERIOD:
        return _msg(QT_TRANSLATE_NOOP("Validation", "The period {period} is before 1998; no contributions are paid for it."),
                    period=month_written(*period))
    if document_date is not None and period > (document_date.year, document_date.month):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The period {period} is after the document's month; contributions are paid for a month that has begun."),
            period=month_written(*period))
    return None


def _iin(value: str, _line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    problem = check_iin_bin(value)
    if problem is not None and value.isdigit() and len(value) == 12:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The check digit of this IIN does not match: check it against the employee's identity document."))
    return problem


def _required_name(value: str, _line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    return _check_name_part(value)


def _optional_name(value: str, _line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    return _check_name_part(value, required=False)


def _birth_date(value: str, line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    return check_birth_date(value, line.get("iin", ""))


def _period(value: str, _line: Mapping[str, str], document_date: dt.date | None) -> Message | None:
    return check_period(value, document_date)


def _iban(value: str, _line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    return check_iban(value)


def _amount(value: str, _line: Mapping[str, str], _date: dt.date | None) -> Message | None:
    return check_amount(value)


@dataclass(frozen=True)
class RegistryColumn:
    """One column: its key on the wire (and in RegistryLine), its name (an English source in the
    translation context "Registry", translated in the UI, English in the bank's reasons), its check."""

    key: str
    name: str
    check: ColumnCheck


IIN = RegistryColumn("iin", QT_TRANSLATE_NOOP("Registry", "IIN"), _iin)
SURNAME = RegistryColumn("surname", QT_TRANSLATE_NOOP("Registry", "Surname"), _required_name)
NAME = RegistryColumn("name", QT_TRANSLATE_NOOP("Registry", "Name"), _required_name)
PATRONYMIC = RegistryColumn("patronymic", QT_TRANSLATE_NOOP("Registry", "Patronymic"), _optional_name)
BIRTH_DATE = RegistryColumn("birth_date", QT_TRANSLATE_NOOP("Registry", "Birth date"), _birth_date)
AMOUNT = RegistryColumn("amount", QT_TRANSLATE_NOOP("Registry", "Amount"), _amount)
PERIOD = RegistryColumn("period", QT_TRANSLATE_NOOP("Registry", "Period"), _period)
IBAN = RegistryColumn("iban", QT_TRANSLATE_NOOP("Registry", "IIK"), _iban)
FULL_NAME = RegistryColumn("name", QT_TRANSLATE_NOOP("Registry", "Full name"), _required_name)  # the salary's

# The columns in the order the table, the wire and the paper show them.
CONTRIBUTION_COLUMNS = (IIN, SURNAME, NAME, PATRONYMIC, BIRTH_DATE, AMOUNT, PERIOD)
SALARY_COLUMNS = (IIN, FULL_NAME, IBAN, AMOUNT)


def column_keys(columns: Sequence[RegistryColumn]) -> tuple[str, ...]:
    return tuple(column.key for column in columns)


def line_problems(columns: Sequence[RegistryColumn], line: Mapping[str, Any],
                  document_date: dt.date | None = None) -> dict[str, Message]:
    """A registry line's problems by column key: the columns it lacks first, then each column's check."""
    missing = [column.key for column in columns if not isinstance(line.get(column.key), str)]
    problems: dict[str, Message | None] = dict.fromkeys(missing, _msg(QT_TRANSLATE_NOOP("Validation", "Missing: the line must give it.")))
    values = {column.key: "" if column.key in problems else str(line[column.key]) for column in columns}
    for column in columns:
        if column.key not in problems:
            problems[column.key] = column.check(values[column.key], values, document_date)
    return {key: message for key, message in problems.items() if message is not None}


def field_name(path: str, columns: Sequence[RegistryColumn] = ()) -> str:
    """A field path as a person reads it in English: "registry.3.iin" is "registry line 3, IIN"."""
    parts = path.split(".")
    if parts[0] == "registry" and len(parts) >= 2:
        named = {column.key: column.name for column in (*CONTRIBUTION_COLUMNS, IBAN, *columns)}
        column = named.get(parts[2], parts[2]) if len(parts) == 3 else ""
        return f"registry line {parts[1]}" + (f", {column}" if column else "")
    return path

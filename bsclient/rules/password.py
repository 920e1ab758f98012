"""The bank's password rules (R5.5, R6.1, R8.1) as pure functions: refbank enforces them, the client
ticks them off while the clerk types. The policy's numbers come from the bank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# One code per rule; the bank answers the same codes (docs/wire-protocol.md, Password).
TOO_SHORT = "password_too_short"
TOO_LONG = "password_too_long"
DIGITS_ONLY = "password_digits_only"
PERSONAL_DATA = "password_personal_data"
REUSED = "password_reused"  # only the bank can tell: it keeps the hashes of the last ones

MIN_WORD = 3  # shorter name parts ("Ли") would forbid too many passwords
# Names are kept in Cyrillic, passwords are mostly typed in Latin: "Динара" is also "Dinara".
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                   "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g",
                   "q", "n", "o", "u", "u", "h", "i"], strict=True))


def latin(text: str) -> str:
    return "".join(_LATIN.get(char, char) for char in text.casefold())


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    max_length: int = 64
    history: int = 5
    max_age_days: int = 90


@dataclass(frozen=True)
class PersonalData:
    """What of the user must not be inside a password: name parts, birth date, phone, login."""

    login: str = ""
    names: tuple[str, ...] = ()  # surname, name, patronymic
    birth_date: str = ""  # YYYY-MM-DD
    phone: str = ""
    extra_digits: tuple[str, ...] = field(default=())  # e.g. the IIN


def personal_data_in(password: str, person: PersonalData) -> str | None:
    """Which kind of personal data the password holds (name, birth_date, phone, login), or None."""
    lowered = password.casefold()
    if len(person.login) >= MIN_WORD and person.login.casefold() in lowered:
        return "login"
    spellings = {form for part in person.names if len(part) >= MIN_WORD for form in (part.casefold(), latin(part))}
    if any(form in lowered or form in latin(password) for form in spellings if len(form) >= MIN_WORD):
        return "name"
    digits = re.sub(r"\D", "", password)
    if person.birth_date and digits:
        year, month, day = person.birth_date[:4], person.birth_date[5:7], person.birth_date[8:10]
        forms = (year + month + day, day + month + year, day + month + year[2:], year[2:] + month + day)
        if any(form in digits for form in forms):
            return "birth_date"
    phone = re.sub(r"\D", "", person.phone)
    if len(phone) >= 7 and phone[-7:] in digits:
        return "phone"
    if any(len(number) >= 6 and number in digits for number in person.extra_digits):
        return "birth_date"  # the IIN begins with the birth date
    return None


def rule_results(password: str, policy: PasswordPolicy, person: PersonalData) -> dict[str, bool]:
    """Each rule the client can check → whether the password keeps it (True = kept)."""
    return {
        TOO_SHORT: len(password) >= policy.min_length,
        TOO_LONG: len(password) <= policy.max_length,
        DIGITS_ONLY: bool(password) and not password.isdigit(),
        PERSONAL_DATA: bool(password) and personal_data_in(password, person) is None,
    }


def broken_rules(password: str, policy: PasswordPolicy, person: PersonalData) -> list[str]:
    """The codes of the rules the password breaks, in the order they are listed to the clerk."""
    return [code for code, kept in rule_results(password, policy, person).items() if not kept]

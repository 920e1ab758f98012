"""The IIK, Kazakhstan's IBAN: KZ, 2 check digits, a 3-digit bank code, 13 letters or digits."""

from __future__ import annotations

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from bsclient.messages import QT_TRANSLATE_NOOP, Message

LENGTH = 20
COUNTRY = "KZ"
# Clerks paste IIKs from letters and invoices that group them in fours with (non-breaking) spaces.
_SPACES = (" ", "\u00a0", "\u202f", "\t")


def compact_iban(value: str) -> str:
    """The IIK as the wire carries it: upper case, without spaces."""
    for space in _SPACES:
        value = value.replace(space, "")
    return value.upper()


def parse_kz_iban(value: str) -> IBAN | None:
    """schwifty's IBAN for a valid Kazakh IIK, else None."""
    if check_iban(value) is not None:
        return None
    return IBAN(compact_iban(value))


def check_iban(value: str) -> Message | None:
    """None when `value` is a valid Kazakh IIK (spaces and lower case allowed), else the problem."""
    iik = compact_iban(value)
    if iik == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the IIK: KZ and 18 more characters."))
    if not iik.startswith(COUNTRY) or len(iik) != LENGTH:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIK must start with KZ and have 20 characters; you typed {count}."),
            {"count": len(iik)})
    if not (iik.isascii() and iik.isalnum()):
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIK may hold only Latin letters and digits."))
    if not iik[2:7].isdigit():
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Characters 3 to 7 of the IIK (check digits and bank code) must be digits."))
    try:
        IBAN(iik)
    except SchwiftyException:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIK's checksum is wrong: a character is mistyped."))
    return None

"""KNP (payment purpose code) and KBe/KOd (residency and sector of the economy)."""

from __future__ import annotations

from bsclient.messages import QT_TRANSLATE_NOOP, Message

KNP_LENGTH = 3
RESIDENCY_DIGITS = frozenset("12")
SECTOR_DIGITS = frozenset("123456789")


def _is_ascii_digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


def check_knp(value: str) -> Message | None:
    """None when `value` is a 3-digit KNP; whether the code exists is the bank's directory's concern."""
    if value == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the KNP, the 3-digit payment purpose code."))
    if len(value) != KNP_LENGTH or not _is_ascii_digits(value):
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The KNP must have 3 digits; you typed \"{value}\"."), {"value": value})
    return None


# The same two digits name the payer (KOd) and the beneficiary (KBe): each field's sentences name it.
_KBE = (QT_TRANSLATE_NOOP("Validation", "Type the KBe: 2 digits, residency (1 or 2) and sector of the economy (1 to 9)."),
        QT_TRANSLATE_NOOP("Validation", "The KBe must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed \"{value}\"."),
        QT_TRANSLATE_NOOP("Validation", "The first digit of the KBe is residency: 1 for a resident, 2 for a non-resident; you typed {digit}."),
        QT_TRANSLATE_NOOP("Validation", "The second digit of the KBe is the sector of the economy, 1 to 9; 0 is not a sector."))
_KOD = (QT_TRANSLATE_NOOP("Validation", "Type the KOd: 2 digits, residency (1 or 2) and sector of the economy (1 to 9)."),
        QT_TRANSLATE_NOOP("Validation", "The KOd must have 2 digits: residency (1 or 2) and sector of the economy (1 to 9); you typed \"{value}\"."),
        QT_TRANSLATE_NOOP("Validation", "The first digit of the KOd is residency: 1 for a resident, 2 for a non-resident; you typed {digit}."),
        QT_TRANSLATE_NOOP("Validation", "The second digit of the KOd is the sector of the economy, 1 to 9; 0 is not a sector."))


def check_kbe(value: str) -> Message | None:
    """None when `value` is a 2-digit KBe: residency 1|2, then sector of the economy 1..9."""
    return _check_code(value, _KBE)


def check_kod(value: str) -> Message | None:
    """None when `value` is a 2-digit KOd (the payer's code, built as a KBe)."""
    return _check_code(value, _KOD)


def _check_code(value: str, sentences: tuple[str, str, str, str]) -> Message | None:
    empty, length, residency, sector = sentences
    if value == "":
        return Message("Validation", empty)
    if len(value) != 2 or not _is_ascii_digits(value):
        return Message("Validation", length, {"value": value})
    if value[0] not in RESIDENCY_DIGITS:
        return Message("Validation", residency, {"digit": value[0]})
    if value[1] not in SECTOR_DIGITS:
        return Message("Validation", sector)
    return None

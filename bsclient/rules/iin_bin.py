"""IIN (individuals) and BIN (legal entities): 12 digits, the last one a check digit."""

from __future__ import annotations

from functools import lru_cache

from bsclient.messages import QT_TRANSLATE_NOOP, Message

LENGTH = 12
_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_DIGITS = frozenset("0123456789")

# Whose documents a wrong check digit sends the clerk to, by the party the number is of.
BENEFICIARY, PAYER, ACTUAL_PAYER, ACTUAL_BENEFICIARY = "beneficiary", "payer", "actual_payer", "actual_beneficiary"
_CHECK_DIGIT_SENTENCES = {
    BENEFICIARY: QT_TRANSLATE_NOOP(
        "Validation", "The check digit of this IIN/BIN does not match: check the number against the beneficiary's documents."),
    PAYER: QT_TRANSLATE_NOOP(
        "Validation", "The check digit of this IIN/BIN does not match: check the number against your company's documents."),
    ACTUAL_PAYER: QT_TRANSLATE_NOOP(
        "Validation", "The check digit of this IIN/BIN does not match: check the number against the actual payer's documents."),
    ACTUAL_BENEFICIARY: QT_TRANSLATE_NOOP(
        "Validation",
        "The check digit of this IIN/BIN does not match: check the number against the actual beneficiary's documents."),
}


def iin_bin_check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or None when no digit can make the number valid."""
    digits = [int(c) for c in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
        if remainder != 10:
            return remainder
    return None


@lru_cache(maxsize=4096)  # the same beneficiaries recur in a file of orders
def check_iin_bin(value: str, party: str = BENEFICIARY) -> Message | None:
    """None when `value` is a well-formed IIN/BIN, else what is wrong with it; a wrong check digit
    sends the clerk to the documents of `party` (BENEFICIARY, PAYER, ACTUAL_PAYER, ACTUAL_BENEFICIARY).

    Spaces are refused rather than dropped: the number is copied from documents that print it
    without spaces, and a stray space often hides a missing or extra digit.
    """
    if value == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the IIN/BIN: 12 digits."))
    if not set(value) <= _DIGITS:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIN/BIN may hold digits only, without spaces, letters or other signs."))
    if len(value) == LENGTH - 1 and check_iin_bin("0" + value, party) is None:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIN/BIN has 11 digits: a spreadsheet may have dropped its first zero. If it is "
            "{with_zero}, type it so (in Excel, make the column Text before copying)."), {"with_zero": "0" + value})
    if len(value) != LENGTH:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The IIN/BIN must have 12 digits; you typed {count}."), {"count": len(value)})
    if iin_bin_check_digit(value[:11]) != int(value[11]):
        return Message("Validation", _CHECK_DIGIT_SENTENCES[party])
    return None

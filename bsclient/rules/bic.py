"""Kazakh banks by BIC and by the bank code inside an IIK, from schwifty's registry."""

from __future__ import annotations

from dataclasses import dataclass

from schwifty import BIC
from schwifty.exceptions import SchwiftyException

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.iban import COUNTRY, parse_kz_iban

LENGTH = 8


@dataclass(frozen=True)
class Bank:
    """A bank of the National Bank's register: BIC, name, 3-digit code used in IIKs."""

    bic: str
    name: str
    code: str


def _normalise_bic(bic: str) -> str:
    return bic.strip().upper()


def _registered_bic(bic: str) -> BIC | None:
    try:
        found = BIC(_normalise_bic(bic))
    except SchwiftyException:
        return None
    if not found.exists or found.country_code != COUNTRY or not found.domestic_bank_codes:
        return None
    return found


def bank_for_bic(bic: str) -> Bank | None:
    """The Kazakh bank with this BIC, or None when the register does not know it."""
    found = _registered_bic(bic)
    if found is None:
        return None
    names = found.bank_names
    return Bank(bic=str(found), name=names[0] if names else str(found), code=found.domestic_bank_codes[0])


def bank_for_iban(iban: str) -> Bank | None:
    """The bank that holds this IIK, or None when the IIK is invalid or its bank code unknown."""
    parsed = parse_kz_iban(iban)
    if parsed is None or parsed.bank is None:
        return None
    bank = parsed.bank
    return Bank(bic=str(bank.bic), name=bank.name, code=str(parsed.bank_code))


def check_bic(bic: str, iban: str | None = None) -> Message | None:
    """None when `bic` is a registered Kazakh BIC and, given a valid IIK, the IIK's bank's BIC."""
    typed = _normalise_bic(bic)
    if typed == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the bank's BIC: 8 Latin letters and digits."))
    if len(typed) != LENGTH or not (typed.isascii() and typed.isalnum()):
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A BIC has 8 Latin letters and digits; you typed {count} characters."),
            {"count": len(typed)})
    found = _registered_bic(typed)
    if found is None:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} is not in the register of Kazakh banks."), {"bic": typed})
    # An invalid IIK has its own message on its own field; only a valid one can contradict the BIC.
    parsed = parse_kz_iban(iban) if iban else None
    if parsed is None or str(parsed.bank_code) in found.domestic_bank_codes:
        return None
    bank = bank_for_bic(typed)
    bank_name = bank.name if bank else typed
    iban_bank = bank_for_iban(parsed.compact)
    if iban_bank is None:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} belongs to {bank}, but the IIK has bank code {code} (characters 5 to 7)."),
            {"bic": typed, "bank": bank_name, "code": str(parsed.bank_code)})
    return Message("Validation", QT_TRANSLATE_NOOP(
        "Validation", "BIC {bic} belongs to {bank}, but the IIK is at another bank ({iban_bank})."),
        {"bic": typed, "bank": bank_name, "iban_bank": f"{iban_bank.name}, {iban_bank.bic}"})

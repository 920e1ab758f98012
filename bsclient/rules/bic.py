"""Kazakh banks by BIC and by the bank code inside an IIK, from the register shipped in data/banks.json.

The register names each bank in Kazakh, Russian and English and keeps the banks that were renamed,
merged or closed, so a BIC of theirs is refused with what happened rather than as unknown.
schwifty is used for the IIK's checksum only (bsclient/rules/iban.py), not for bank names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.iban import kz_bank_code

LENGTH = 8
REGISTER_FILE = Path(__file__).resolve().parent / "data" / "banks.json"
LANGUAGES = ("kk", "ru", "en")
# The name written into a document: the Russian official name, as Kazakh banks print it on orders.
OFFICIAL = "ru"
ACTIVE = "active"
STATES = (ACTIVE, "renamed", "merged", "closed")


@dataclass(frozen=True)
class Bank:
    """A bank of the register: BIC, official name, 3-digit code used in IIKs, and what became of it."""

    bic: str
    name: str
    code: str
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    state: str = ACTIVE
    status: str = "seen"  # how sure we are: "seen" | "unconfirmed"
    successor: str = ""  # the BIC that took over a renamed or merged bank
    year: str = ""  # when it was renamed, merged or closed
    note: str = ""
    notes: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # the note in kk and ru

    @property
    def active(self) -> bool:
        return self.state == ACTIVE

    def name_in(self, language: str) -> str:
        """The name in `language` ("kk", "ru", "en"), else the official one."""
        return self.names.get(language) or self.name


@dataclass(frozen=True)
class Register:
    """The register file: its header (version, date, sources) and its banks."""

    version: int
    date: str
    sources: tuple[str, ...]
    note: str
    banks: tuple[Bank, ...]
    # The sources and the note in Kazakh and Russian ("kk", "ru"); English in `sources` and `note`.
    sources_by_language: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    notes: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def _bank(raw: dict[str, str]) -> Bank:
    names = {language: raw[language] for language in LANGUAGES if raw.get(language)}
    state = raw.get("state", ACTIVE)
    if state not in STATES or len(raw["code"]) != LENGTH or not raw["bank_code"].isdigit() or OFFICIAL not in names:
        raise ValueError(f"bank register entry {raw.get('code')!r} is malformed")
    return Bank(bic=raw["code"], name=names[OFFICIAL], code=raw["bank_code"], names=names, state=state,
                status=raw.get("status", "seen"), successor=raw.get("successor", ""), year=raw.get("year", ""),
                note=raw.get("note", ""), notes=_by_language(raw, "note"))


def _by_language(raw: dict[str, Any], key: str) -> dict[str, Any]:
    """`key`'s Kazakh and Russian versions (key_kk, key_ru) where the file gives them."""
    return {language: raw[f"{key}_{language}"] for language in ("kk", "ru") if raw.get(f"{key}_{language}")}


@cache
def register() -> Register:
    """The shipped register (read once)."""
    data = json.loads(REGISTER_FILE.read_text(encoding="utf-8"))
    sources = {language: tuple(texts) for language, texts in _by_language(data, "sources").items()}
    return Register(version=int(data["version"]), date=str(data["date"]), sources=tuple(data["sources"]),
                    note=str(data.get("note", "")), banks=tuple(_bank(raw) for raw in data["entries"]),
                    sources_by_language=sources, notes=_by_language(data, "note"))


@cache
def _by_bic() -> dict[str, Bank]:
    return {bank.bic: bank for bank in register().banks}


@cache
def _by_code() -> dict[str, Bank]:
    """The bank that holds IIKs of each code today: the active one, else the last that did."""
    found: dict[str, Bank] = {}
    for bank in register().banks:
        if bank.code not in found or (bank.active and not found[bank.code].active):
            found[bank.code] = bank
    return found


def _normalise_bic(bic: str) -> str:
    return bic.strip().upper()


def bank_for_bic(bic: str) -> Bank | None:
    """The bank with this BIC (active or not), or None when the register does not know it."""
    return _by_bic().get(_normalise_bic(bic))


def bank_code_of(bic: str) -> str:
    """The 3-digit IIK code of an active bank; ValueError for a BIC the register has no active bank for."""
    bank = bank_for_bic(bic)
    if bank is None or not bank.active:
        raise ValueError(f"{bic} is not an active bank of the register")
    return bank.code


def bank_for_iban(iban: str) -> Bank | None:
    """The bank that holds this IIK today, or None when the IIK is invalid or its bank code unknown."""
    code = kz_bank_code(iban)
    if code is None:
        return None
    bank = _by_code().get(code)
    if bank is not None and not bank.active and bank.successor:
        # An IIK opened at a merged bank is served by the bank that took it over.
        return _by_bic().get(bank.successor, bank)
    return bank


def _successor_name(bank: Bank) -> str:
    successor = _by_bic().get(bank.successor)
    return successor.name if successor is not None else bank.successor


def inactive_reason(bank: Bank) -> Message | None:
    """Why a payment can no longer go to this BIC, or None for an active bank."""
    if bank.state not in ("renamed", "merged", "closed"):
        return None
    params = {"bic": bank.bic, "bank": bank.name, "year": bank.year, "successor": _successor_name(bank),
              "new_bic": bank.successor}
    if bank.state == "renamed":
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} is no longer used: {bank} became {successor} in {year}, BIC {new_bic}. "
            "Type BIC {new_bic}."), params)
    if bank.state == "merged":
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} is no longer used: {bank} joined {successor} in {year}. Ask the beneficiary "
            "for their current account and BIC."), params)
    if bank.state == "closed":
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} is no longer used: {bank} lost its banking licence in {year}. Ask the "
            "beneficiary for an account at another bank."), params)
    return None


@lru_cache(maxsize=4096)  # the register is read once; a batch or a 1C file checks the same BICs again and again
def check_bic(bic: str, iban: str | None = None) -> Message | None:
    """None when `bic` is an active Kazakh BIC and, given a valid IIK, the IIK's bank's BIC."""
    typed = _normalise_bic(bic)
    if typed == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the bank's BIC: 8 Latin letters and digits."))
    if len(typed) != LENGTH or not (typed.isascii() and typed.isalnum()):
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A BIC has 8 Latin letters and digits; you typed {count}."),
            {"count": len(typed)})
    bank = bank_for_bic(typed)
    if bank is None:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} is not in the register of Kazakh banks."), {"bic": typed})
    reason = inactive_reason(bank)
    if reason is not None:
        return reason
    # An invalid IIK has its own message on its own field; only a valid one can contradict the BIC.
    code = kz_bank_code(iban) if iban else None
    if code is None or iban is None:
        return None
    iban_bank = bank_for_iban(iban)
    if code == bank.code or (iban_bank is not None and iban_bank.bic == bank.bic):
        return None
    if iban_bank is None:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "BIC {bic} belongs to {bank}, but the IIK has bank code {code} (characters 5 to 7)."),
            {"bic": typed, "bank": bank.name, "code": code})
    return Message("Validation", QT_TRANSLATE_NOOP(
        "Validation", "BIC {bic} belongs to {bank}, but the IIK is at another bank ({iban_bank})."),
        {"bic": typed, "bank": bank.name, "iban_bank": f"{iban_bank.name}, {iban_bank.bic}"})

"""The rules of a payment in foreign currency (R1.6; schema kz.foreign-payment/1).

Pure (no Qt, no files): the client's inline messages and the bank's checks (refbank/currency_documents.py).

What these rules rely on, with its source and how sure it is:
- SWIFT characters (the "x" character set of SWIFT MT messages: a-z A-Z 0-9 / - ? : ( ) . , ' +
  space): confirmed, SWIFT's published standards and every bank's guide to MT103. Texts that go
  abroad (beneficiary's name and address, purpose) must stay inside it.
- An MT103 names a party in 4 lines of 35 characters (field 59): confirmed, SWIFT MT103 format.
  We allow 140 characters for name + address together as 35 for the name and 105 for the address.
- Which countries use IBAN: schwifty's IBAN registry (a country whose spec is not "aspirational");
  a BIC's structure and country: schwifty's BIC; country codes: ISO 3166 (pycountry, schwifty's
  own dependency).
- Charges OUR/SHA/BEN (MT103 field 71A): confirmed.
- CURRENCY_CONTROL below: unconfirmed, see its note.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pycountry
from schwifty import BIC, IBAN, registry
from schwifty.exceptions import SchwiftyException

from bsclient.formatting import count
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import parse_amount
from bsclient.rules.errors import ValidationError

CHARGES = ("OUR", "SHA", "BEN")
SWIFT_CHARACTERS = re.compile(r"[A-Za-z0-9/\-?:().,'+ \n]*")
MAX_SWIFT_NAME = 35
MAX_SWIFT_ADDRESS = 105
MAX_SWIFT_PURPOSE = 140  # field 70, 4 lines of 35
MAX_ACCOUNT = 34
MAX_CONTRACT = 50
HOME_COUNTRY = "KZ"
HOME_CURRENCY = "KZT"


@dataclass(frozen=True)
class ContractRule:
    """When a payment abroad must name the currency contract's registration number."""

    threshold_usd: Decimal
    source: str
    certainty: str


CURRENCY_CONTROL = ContractRule(
    threshold_usd=Decimal("50000"),
    source="National Bank of Kazakhstan: rules of export-import currency control (resolution No. 42 of "
           "30.03.2019, replaced by resolution No. 79 of 29.09.2023 from 01.01.2024): a contract whose "
           "amount exceeds the equivalent of USD 50,000 gets a registration number (учетный номер), "
           "which payments under it carry",
    certainty="unconfirmed: recalled from the 2019 rules, not checked against the text "
              "of resolution No. 79 and not among the facts we have checked; the bank's rule decides. We apply it "
              "to the payment's own amount (a contract's total is not known to the client)")


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


# The fields as a person names them (the bank's English reasons and the clerk's messages).
FIELD_NAMES = {
    "beneficiary.name": QT_TRANSLATE_NOOP("Validation", "beneficiary's name"),
    "foreign.address": QT_TRANSLATE_NOOP("Validation", "beneficiary's address"),
    "purpose": QT_TRANSLATE_NOOP("Validation", "purpose of payment"),
}


def check_swift_text(value: str, path: str, limit: int, *, required: bool = True) -> Message | None:
    """None when the text goes abroad as it is: given (when required), in SWIFT characters, within `limit`."""
    text = value.strip()
    if text == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the {field} in Latin letters."),
                    field=_msg(FIELD_NAMES[path])) if required else None
    bad = list(dict.fromkeys(c for c in text if not SWIFT_CHARACTERS.fullmatch(c)))  # in the order typed
    if bad:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The {field} goes abroad in a SWIFT message, which carries only Latin letters, digits and / - ? : ( ) . , ' +; it has \"{characters}\". Write it in Latin letters, e.g. as in the contract."),
            field=_msg(FIELD_NAMES[path]), characters=" ".join(bad[:5]))
    if len(text) > limit:
        return _msg(QT_TRANSLATE_NOOP("Validation", "The {field} may have at most {limit} characters in a SWIFT message; it has {count}."),
                    field=_msg(FIELD_NAMES[path]), limit=limit, count=len(text))
    return None


def check_country(code: str) -> Message | None:
    """None when `code` is an ISO 3166 two-letter country code other than Kazakhstan."""
    typed = code.strip().upper()
    if typed == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the beneficiary's country as a 2-letter code, e.g. DE for Germany."))
    if len(typed) != 2 or pycountry.countries.get(alpha_2=typed) is None:
        return _msg(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a 2-letter country code (ISO 3166), e.g. DE, CN, US."), value=typed)
    if typed == HOME_COUNTRY:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "A payment in foreign currency here goes abroad; for a beneficiary in Kazakhstan make a payment order."))
    return None


def country_name(code: str, language: str = "en") -> str:
    """The country's name in `language` ("kk", "ru"; pycountry's ISO 3166 translations), "" when unknown."""
    found = pycountry.countries.get(alpha_2=code.strip().upper()) if len(code.strip()) == 2 else None
    if found is None:
        return ""
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext(found.name)
    except OSError:
        return found.name


def uses_iban(country: str) -> bool:
    """True when the country's accounts are IBANs (schwifty's registry, aspirational specs left out)."""
    try:
        return not registry.get_iban_spec(country.strip().upper()).aspirational
    except (SchwiftyException, KeyError, AttributeError):
        return False


def check_foreign_account(account: str, country: str) -> Message | None:
    """None when the account is an IBAN of `country` where that country uses IBAN, else an account number."""
    typed = account.replace(" ", "").upper()
    if typed == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the beneficiary's account number (the IBAN in IBAN countries)."))
    if uses_iban(country):
        try:
            iban = IBAN(typed)
        except SchwiftyException:
            return _msg(QT_TRANSLATE_NOOP(
                "Validation", "{country} uses IBAN, and \"{value}\" is not a valid IBAN: check its letters, digits and check digits against the invoice."),
                country=country.strip().upper(), value=typed)
        if iban.country_code != country.strip().upper():
            return _msg(QT_TRANSLATE_NOOP("Validation", "This IBAN is of {iban_country}, but the beneficiary's country is {country}."),
                        iban_country=iban.country_code, country=country.strip().upper())
        return None
    if len(typed) > MAX_ACCOUNT or not SWIFT_CHARACTERS.fullmatch(typed) or not any(c.isdigit() for c in typed):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Type the account number as the invoice gives it: Latin letters and digits, at most {limit}."),
            limit=MAX_ACCOUNT)
    return None


def parse_swift_bic(bic: str) -> BIC | None:
    try:
        return BIC(bic.strip().upper())
    except SchwiftyException:
        return None


def check_swift_bic(bic: str, *, country: str | None = None, required: bool = True) -> Message | None:
    """None when `bic` is a well-formed SWIFT BIC (8 or 11 characters) and, given `country`, of that country."""
    typed = bic.strip().upper()
    if typed == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the bank's SWIFT BIC, 8 or 11 characters, e.g. DEUTDEFF.")) if required else None
    found = parse_swift_bic(typed)
    if found is None:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a SWIFT BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (place), optionally 3 for the branch."),
            value=typed)
    if country and check_country(country) is None and found.country_code != country.strip().upper():
        return _msg(QT_TRANSLATE_NOOP("Validation", "BIC {bic} is of a bank in {bic_country}, but the beneficiary's country is {country}."),
                    bic=typed, bic_country=found.country_code, country=country.strip().upper())
    return None


def swift_bank_name(bic: str) -> str:
    found = parse_swift_bic(bic)
    names = found.bank_names if found is not None else []
    return names[0] if names else ""


def check_charges(charges: str) -> Message | None:
    if charges in CHARGES:
        return None
    return _msg(QT_TRANSLATE_NOOP("Validation", "Choose who pays the charges: OUR (you), SHA (shared) or BEN (the beneficiary)."))


def usd_equivalent(amount: Decimal, currency: str, rates: Mapping[str, Decimal]) -> Decimal | None:
    """The amount in USD by the tenge rates (`rates`: currency -> tenge per unit), None when a rate is missing."""
    if currency == "USD":
        return amount
    if currency not in rates or "USD" not in rates or not rates["USD"]:
        return None
    return amount * rates[currency] / rates["USD"]


def check_contract(contract: str, amount: str, currency: str, rates: Mapping[str, Decimal] | None) -> Message | None:
    """None when the contract reference is given, or not required (the amount within CURRENCY_CONTROL's threshold)."""
    typed = contract.strip()
    if typed:
        if len(typed) > MAX_CONTRACT or not SWIFT_CHARACTERS.fullmatch(typed):
            return _msg(QT_TRANSLATE_NOOP(
                "Validation", "The contract's registration number has Latin letters, digits and / - . only, at most {limit} characters."),
                limit=MAX_CONTRACT)
        return None
    try:
        value = parse_amount(amount)
    except ValidationError:
        return None  # the amount's own message says what to do first
    equivalent = usd_equivalent(value, currency, rates or {})
    if equivalent is None or equivalent <= CURRENCY_CONTROL.threshold_usd:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "Above the equivalent of USD {threshold} a payment abroad names the currency contract's registration number (currency control); type it as the contract's registration gives it."),
        threshold=count(int(CURRENCY_CONTROL.threshold_usd)))


def foreign_problems(*, currency: str, amount: str, beneficiary: Mapping[str, Any], details: Mapping[str, Any],
                     purpose: str, rates: Mapping[str, Decimal] | None) -> dict[str, Message]:
    """Every rule of a payment in foreign currency beyond the common ones (number, dates, amount, KNP), by field path.

    `details` is the wire's "foreign" block (address, country, intermediary_bic, charges, contract).
    `rates` None: the contract rule applies to USD only (the bank checks the others by its rates).
    """
    country = str(details.get("country", "")).strip().upper()
    problems: dict[str, Message | None] = {
        "currency": None if currency != HOME_CURRENCY else _msg(QT_TRANSLATE_NOOP(
            "Validation", "A payment in foreign currency is paid from a foreign-currency account; choose your USD or EUR account.")),
        "beneficiary.name": check_swift_text(str(beneficiary.get("name", "")), "beneficiary.name", MAX_SWIFT_NAME),
        "foreign.address": check_swift_text(str(details.get("address", "")), "foreign.address", MAX_SWIFT_ADDRESS),
        "foreign.country": check_country(country),
        "beneficiary.iban": check_foreign_account(str(beneficiary.get("iban", "")), country),
        "beneficiary.bic": check_swift_bic(str(beneficiary.get("bic", "")), country=country),
        "foreign.intermediary_bic": check_swift_bic(str(details.get("intermediary_bic", "")), required=False),
        "foreign.charges": check_charges(str(details.get("charges", ""))),
        "purpose": check_swift_text(purpose, "purpose", MAX_SWIFT_PURPOSE),
        "foreign.contract": check_contract(str(details.get("contract", "")), amount, currency, rates),
    }
    return {path: message for path, message in problems.items() if message is not None}

"""What the rules read of an order, and the checks of the fields every order has.

The document itself is the client's (bsclient/client/documents/payment_order.py); the rules see it
through `OrderFields`, so the bank can reuse them without the client. Each kind of document adds
its own rules (bsclient/rules/kinds/).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Protocol

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.dates import DOCUMENT_AGE_DAYS, VALUE_DATE_HORIZON_DAYS
from bsclient.rules.iban import check_iban, compact_iban


class PartyFields(Protocol):
    """Payer or beneficiary as typed: name, IIN/BIN, IIK, bank BIC, KOd or KBe."""

    @property
    def name(self) -> str: ...
    @property
    def bin(self) -> str: ...
    @property
    def iban(self) -> str: ...
    @property
    def bic(self) -> str: ...
    @property
    def code(self) -> str: ...


class ActualPartyFields(Protocol):
    """An actual payer or beneficiary as typed (bsclient/rules/actual_parties.py): name, IIN/BIN, country."""

    @property
    def name(self) -> str: ...
    @property
    def bin(self) -> str: ...
    @property
    def country(self) -> str: ...


class OrderFields(Protocol):
    """An order as the clerk typed it (the amount is the clerk's text); `details` is its kind's."""

    @property
    def kind(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def value_date(self) -> dt.date: ...
    @property
    def currency(self) -> str: ...
    @property
    def amount(self) -> str: ...
    @property
    def payer(self) -> PartyFields: ...
    @property
    def beneficiary(self) -> PartyFields: ...
    @property
    def knp(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def details(self) -> object: ...
    @property
    def actual_payer(self) -> ActualPartyFields: ...
    @property
    def actual_beneficiary(self) -> ActualPartyFields: ...


class PayerAccount(Protocol):
    """The account the order is paid from, as the bank last told it."""

    @property
    def iban(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def available(self) -> Decimal: ...


def party_content(party: PartyFields) -> dict[str, str]:
    """A party as the wire carries it: trimmed, the IIK compact, the BIC in capitals."""
    return {"name": party.name.strip(), "bin": party.bin.strip(), "iban": compact_iban(party.iban),
            "bic": party.bic.strip().upper(), "code": party.code.strip()}


CURRENCY = "KZT"
# A name in the interbank MT102 message is at most 60 characters (seen once in a bank's format).
MAX_NAME_LENGTH = 60
# The interbank purpose text: kept to 420 characters (our choice, until a bank's
# format documents another limit); refbank applies the same constant.
MAX_PURPOSE_LENGTH = 420
# SWIFT-style reference field :20: holds 16 characters.
MAX_NUMBER_LENGTH = 16


def check_number(value: str) -> Message | None:
    """None when the document number is given and fits the interbank reference field."""
    if value.strip() == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the document number."))
    if len(value.strip()) > MAX_NUMBER_LENGTH:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The document number may have at most {limit} characters; it has {count}."),
            {"limit": MAX_NUMBER_LENGTH, "count": len(value.strip())})
    return None


def check_name(value: str) -> Message | None:
    """None when the beneficiary's name is given and fits the interbank name field."""
    if value.strip() == "":
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Type the beneficiary's name."))
    if len(value.strip()) > MAX_NAME_LENGTH:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The name may have at most {limit} characters (the interbank limit); it has {count}. Shorten it, e.g. write LLP for limited liability partnership."),
            {"limit": MAX_NAME_LENGTH, "count": len(value.strip())})
    return None


def check_purpose(value: str) -> Message | None:
    """None when the purpose of payment is given and fits the interbank purpose field."""
    if value.strip() == "":
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Type the purpose of payment: what is paid for, with the contract or invoice number."))
    if len(value.strip()) > MAX_PURPOSE_LENGTH:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The purpose of payment may have at most {limit} characters; it has {count}."),
            {"limit": MAX_PURPOSE_LENGTH, "count": len(value.strip())})
    return None


# Dates in messages as Kazakh documents and 1C files write them.
DATE_FORMAT = "%d.%m.%Y"


def check_document_date(document_date: dt.date | None, today: dt.date) -> Message | None:
    """None when the document's date is at most DOCUMENT_AGE_DAYS before `today` (later dates are bounded
    by the value date's own rule: never after it)."""
    if document_date is None:
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Choose the document's date."))
    earliest = today - dt.timedelta(days=DOCUMENT_AGE_DAYS)
    if document_date < earliest:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The document's date {date} is too old: the bank takes documents dated {earliest} or later. "
                          "Set today's date."),
            {"date": document_date.strftime(DATE_FORMAT), "earliest": earliest.strftime(DATE_FORMAT)})
    return None


def check_value_date(value_date: dt.date | None, document_date: dt.date | None, today: dt.date,
                     horizon_days: int = VALUE_DATE_HORIZON_DAYS) -> Message | None:
    """None when the value date is given, not in the past, not before the document's date and at most
    `horizon_days` ahead of `today` (the bank's horizon)."""
    if value_date is None:
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Choose the value date."))
    if value_date < today:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The value date {date} is in the past; choose today or a later day."),
            {"date": value_date.strftime(DATE_FORMAT)})
    if document_date is not None and value_date < document_date:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The value date {date} is before the document's date {document_date}."),
            {"date": value_date.strftime(DATE_FORMAT), "document_date": document_date.strftime(DATE_FORMAT)})
    latest = today + dt.timedelta(days=horizon_days)
    if value_date > latest:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The value date {date} is too far ahead: the bank takes value dates up to {latest}."),
            {"date": value_date.strftime(DATE_FORMAT), "latest": latest.strftime(DATE_FORMAT)})
    return None


def check_payer_iban(iban: str, currency: str, payer_account: PayerAccount | None) -> Message | None:
    """None when the payer's IIK is valid and, when the account is known, is it and holds tenge."""
    problem = check_iban(iban)
    if problem is not None:
        return problem
    if payer_account is None:
        return None
    if compact_iban(payer_account.iban) != compact_iban(iban):
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The payer's IIK {iban} is not the chosen account {account}."),
            {"iban": compact_iban(iban), "account": compact_iban(payer_account.iban)})
    if payer_account.currency != currency or currency != CURRENCY:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Account {iban} is in {currency}; a tenge payment order is paid from a tenge (KZT) account."),
            {"iban": compact_iban(iban), "currency": payer_account.currency})
    return None

"""Every rule of a tenge payment order, field by field, for inline messages before signing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount
from bsclient.rules.bic import check_bic
from bsclient.rules.codes import check_kbe, check_knp
from bsclient.rules.currency_orders import validate_currency_order
from bsclient.rules.exchange import Rates
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.iin_bin import check_iin_bin
from bsclient.rules.kinds import CURRENCY_KINDS, PAYMENT, KindFacts, kind_problems

if TYPE_CHECKING:  # imported for types only: payment_order itself uses these validators
    from bsclient.client.documents.payment_order import PaymentOrder
    from bsclient.client.models import Account

CURRENCY = "KZT"
# A name in the interbank MT102 message is at most 60 characters (KZ-REFERENCE, seen once).
MAX_NAME_LENGTH = 60
# The interbank purpose text: kept to 420 characters (the team's choice, until a bank's
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


def check_value_date(value_date: date | None, document_date: date | None, today: date) -> Message | None:
    """None when the value date is given, not in the past and not before the document's date."""
    if value_date is None:
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "Choose the value date."))
    if value_date < today:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The value date {date} is in the past; choose today or a later day."),
            {"date": value_date.isoformat()})
    if document_date is not None and value_date < document_date:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The value date {date} is before the document's date {document_date}."),
            {"date": value_date.isoformat(), "document_date": document_date.isoformat()})
    return None


def check_payer_iban(iban: str, currency: str, payer_account: Account | None) -> Message | None:
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


def validate_payment_order(order: PaymentOrder, payer_account: Account | None, *,
                           today: date | None = None, facts: KindFacts | None = None,
                           rates: Rates | None = None) -> dict[str, Message]:
    """Every problem of `order`, keyed by field path ("beneficiary.iban", "amount", ...); empty when valid.

    `payer_account` None means the accounts are not loaded: the balance and currency checks wait.
    `facts` (the directories' KBK, tax authorities, funds) adds the rules of the order's kind (kinds.py).
    A payment in foreign currency or an exchange has its own rules (currency_orders.py; `rates`, the
    bank's, for the currency-control threshold).
    """
    today = today or date.today()
    if order.kind in CURRENCY_KINDS:
        return validate_currency_order(order, payer_account, today=today, rates=rates)
    beneficiary = order.beneficiary
    problems: dict[str, Message | None] = {
        "number": check_number(order.number),
        "date": None if order.date else Message("Validation", QT_TRANSLATE_NOOP("Validation", "Choose the document's date.")),
        "value_date": check_value_date(order.value_date, order.date, today),
        "amount": check_amount(order.amount, payer_account.available if payer_account else None),
        "payer.iban": check_payer_iban(order.payer.iban, order.currency, payer_account),
        "beneficiary.name": check_name(beneficiary.name),
        "beneficiary.bin": check_iin_bin(beneficiary.bin),
        "beneficiary.iban": check_iban(beneficiary.iban),
        "beneficiary.bic": check_bic(beneficiary.bic, beneficiary.iban),
        "beneficiary.code": check_kbe(beneficiary.code),
        "knp": check_knp(order.knp),
        "purpose": check_purpose(order.purpose),
    }
    if problems["beneficiary.iban"] is None and problems["payer.iban"] is None \
            and compact_iban(beneficiary.iban) == compact_iban(order.payer.iban):
        problems["beneficiary.iban"] = Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The beneficiary's IIK is the payer's own account; choose another account."))
    if order.kind != PAYMENT:
        kinds = kind_problems(order.kind, kbk=order.kbk.strip(), knp=order.knp.strip(), amount=order.amount,
                              beneficiary=beneficiary.to_content(), registry=[line.cells() for line in order.registry],
                              facts=facts, document_date=order.date)
        for path, message in kinds.items():
            problems[path] = problems.get(path) or message
    return {field: message for field, message in problems.items() if message is not None}

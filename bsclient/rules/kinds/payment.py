"""The plain tenge payment order (R1.1, schema kz.payment-order/1): the rules of every tenge order,
which the other tenge kinds (budget, contributions, salary) extend with their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount
from bsclient.rules.bic import check_bic
from bsclient.rules.codes import check_kbe, check_knp
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.iin_bin import check_iin_bin
from bsclient.rules.kinds.kind import Checks, DocumentKind, KindNames, Problems, RuleContext, found
from bsclient.rules.payment_order import (
    OrderFields,
    check_name,
    check_number,
    check_payer_iban,
    check_purpose,
    check_value_date,
    party_content,
)


def tenge_order_checks(order: OrderFields, context: RuleContext) -> Checks:
    """Every rule of a tenge payment order's own fields, in the form's order."""
    beneficiary, account = order.beneficiary, context.payer_account
    checks: Checks = {
        "number": check_number(order.number),
        "value_date": check_value_date(order.value_date, order.date, context.today),
        "amount": check_amount(order.amount, account.available if account else None),
        "payer.iban": check_payer_iban(order.payer.iban, order.currency, account),
        "beneficiary.name": check_name(beneficiary.name),
        "beneficiary.bin": check_iin_bin(beneficiary.bin),
        "beneficiary.iban": check_iban(beneficiary.iban),
        "beneficiary.bic": check_bic(beneficiary.bic, beneficiary.iban),
        "beneficiary.code": check_kbe(beneficiary.code),
        "knp": check_knp(order.knp),
        "purpose": check_purpose(order.purpose),
    }
    if checks["beneficiary.iban"] is None and checks["payer.iban"] is None \
            and compact_iban(beneficiary.iban) == compact_iban(order.payer.iban):
        checks["beneficiary.iban"] = Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The beneficiary's IIK is the payer's own account; choose another account."))
    return checks


def tenge_values(order: OrderFields) -> dict[str, Any]:
    """The fields a tenge kind's own rules read, as typed, in the wire's shape (see ContentRules)."""
    return {"knp": order.knp.strip(), "amount": order.amount, "beneficiary": party_content(order.beneficiary),
            "date": order.date.isoformat()}


def document_date(values: Mapping[str, Any]) -> dt.date | None:
    """The document's date of a content ("date": YYYY-MM-DD), None when it has none."""
    try:
        return dt.date.fromisoformat(str(values["date"]))
    except (KeyError, ValueError):
        return None


def payment_rules(order: OrderFields, context: RuleContext) -> Problems:
    return found(tenge_order_checks(order, context))


PAYMENT = DocumentKind(
    key="payment",
    schema="kz.payment-order/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "&Payment order"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Payment order"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Payment order {number}"),
                    paper="Платежное поручение"),
    rules=payment_rules,
)

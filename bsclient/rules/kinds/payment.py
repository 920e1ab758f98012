"""The plain tenge payment order (R1.1, schema kz.payment-order/1): the rules of every tenge order,
which the other tenge kinds (budget, contributions, salary) extend with their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.actual_parties import actual_parties_rules, actual_party_content
from bsclient.rules.amount import check_amount
from bsclient.rules.bic import check_bic
from bsclient.rules.codes import check_kbe, check_knp
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.iin_bin import check_iin_bin
from bsclient.rules.kinds.kind import Checks, DocumentKind, KindNames, Problems, RuleContext, found
from bsclient.rules.payment_order import (
    OrderFields,
    check_document_date,
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
        "date": check_document_date(order.date, context.today),
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
    checks.update(actual_parties_rules(actual_parties_values(order)))
    if checks["beneficiary.iban"] is None and checks["payer.iban"] is None \
            and compact_iban(beneficiary.iban) == compact_iban(order.payer.iban):
        checks["beneficiary.iban"] = Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The beneficiary's IIK is the payer's own account; choose another account."))
    return checks


def actual_parties_values(order: OrderFields) -> dict[str, Any]:
    """The actual payer and beneficiary as the wire carries them; a party not filled is left out."""
    values = {"actual_payer": actual_party_content(order.actual_payer),
              "actual_beneficiary": actual_party_content(order.actual_beneficiary)}
    return {role: party for role, party in values.items() if party is not None}


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


# KNP 911-913 (taxes and other mandatory payments to the budget, their penalties and fines) and the
# Treasury's BIC mean a payment to the budget, which must carry a KBK: a plain order cannot.
BUDGET_KNPS = frozenset({"911", "912", "913"})
TREASURY_BIC = "KKMFKZ2A"


def needs_kbk(knp: str, bic: str) -> bool:
    """True when an order with this KNP or beneficiary's BIC is a payment to the budget."""
    return knp.strip() in BUDGET_KNPS or bic.strip().upper() == TREASURY_BIC


def payment_content_rules(content: Mapping[str, Any], _facts: object, _rates: object) -> Problems:
    """A plain order is no budget payment: KNP 911-913 and the Treasury's BIC need a KBK (editor, import, bank)."""
    beneficiary = content.get("beneficiary")
    bic = str(beneficiary.get("bic", "")) if isinstance(beneficiary, Mapping) else ""
    return _budget_problems(str(content.get("knp", "")).strip(), bic)


def _budget_problems(knp: str, bic: str) -> Problems:
    if knp in BUDGET_KNPS:
        return {"knp": Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "KNP {knp} is a payment to the budget and needs a KBK: make it a payment to the budget "
            "and type the KBK from the tax notice."), {"knp": knp})}
    if bic.strip().upper() == TREASURY_BIC:
        return {"beneficiary.bic": Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The beneficiary's bank is the Treasury ({bic}): money to it is a payment to the budget "
            "and needs a KBK. Make it a payment to the budget."), {"bic": TREASURY_BIC})}
    return {}


def payment_rules(order: OrderFields, context: RuleContext) -> Problems:
    checks = tenge_order_checks(order, context)
    # payment_content_rules of the order's content (tenge_values), without making all of it
    for path, problem in _budget_problems(order.knp.strip(), order.beneficiary.bic.strip().upper()).items():
        checks[path] = checks.get(path) or problem
    return found(checks)


PAYMENT = DocumentKind(
    key="payment",
    schema="kz.payment-order/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "&Payment order"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Payment order"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Payment order {number}"),
                    paper="Платежное поручение"),
    rules=payment_rules,
    content_rules=payment_content_rules,
)

"""The rules every order in foreign currency shares (a payment abroad, a purchase or sale of
currency), field by field: the number, the value date, the amount, the payer's account, the KNP.
Each of these kinds adds its own (bsclient/rules/kinds/foreign.py, exchange.py)."""

from __future__ import annotations

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount
from bsclient.rules.codes import check_knp
from bsclient.rules.exchange import HOME_CURRENCY
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.kinds.kind import Checks, RuleContext
from bsclient.rules.payment_order import (
    OrderFields,
    PayerAccount,
    check_document_date,
    check_number,
    check_value_date,
)


def check_currency_payer(order: OrderFields, account: PayerAccount | None, *, abroad: bool) -> Message | None:
    """None when the payer's IIK is valid and, when the account is known, is it and in the order's
    currency; a payment `abroad` is paid from a foreign-currency account."""
    problem = check_iban(order.payer.iban)
    if problem is not None or account is None:
        return problem
    if compact_iban(account.iban) != compact_iban(order.payer.iban):
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "The payer's IIK {iban} is not the chosen account {account}."),
                       {"iban": compact_iban(order.payer.iban), "account": compact_iban(account.iban)})
    if abroad and account.currency == HOME_CURRENCY:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A payment in foreign currency is paid from a foreign-currency account; choose your USD or EUR account."))
    if account.currency != order.currency:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Account {iban} is in {currency}; the order's currency is {order_currency}. Choose the account again."),
            {"iban": compact_iban(account.iban), "currency": account.currency, "order_currency": order.currency})
    return None


def currency_order_checks(order: OrderFields, context: RuleContext, *, abroad: bool) -> Checks:
    """The checks of the fields every order in foreign currency has, in the form's order."""
    account = context.payer_account
    return {
        "number": check_number(order.number),
        "date": check_document_date(order.date, context.today),
        "value_date": check_value_date(order.value_date, order.date, context.today),
        "amount": check_amount(order.amount, account.available if account else None),
        "payer.iban": check_currency_payer(order, account, abroad=abroad),
        "knp": check_knp(order.knp),
    }

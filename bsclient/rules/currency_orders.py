"""Every rule of a payment in foreign currency or a purchase/sale of currency (issue 4, types 6
and 7), field by field, for the editor's inline messages: the common fields' rules, then
foreign.py's or exchange.py's."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount
from bsclient.rules.codes import check_kbe, check_knp
from bsclient.rules.exchange import CREDIT, HOME_CURRENCY, Rates, exchange_problems
from bsclient.rules.foreign import foreign_problems
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.kinds import FOREIGN

if TYPE_CHECKING:
    from bsclient.client.documents.payment_order import PaymentOrder
    from bsclient.client.models import Account


def _check_payer(order: PaymentOrder, account: Account | None) -> Message | None:
    problem = check_iban(order.payer.iban)
    if problem is not None or account is None:
        return problem
    if compact_iban(account.iban) != compact_iban(order.payer.iban):
        return Message("Validation", QT_TRANSLATE_NOOP("Validation", "The payer's IIK {iban} is not the chosen account {account}."),
                       {"iban": compact_iban(order.payer.iban), "account": compact_iban(account.iban)})
    if order.kind == FOREIGN and account.currency == HOME_CURRENCY:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A payment in foreign currency is paid from a foreign-currency account; choose your USD or EUR account."))
    if account.currency != order.currency:
        return Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Account {iban} is in {currency}; the order's currency is {order_currency}. Choose the account again."),
            {"iban": compact_iban(account.iban), "currency": account.currency, "order_currency": order.currency})
    return None


def validate_currency_order(order: PaymentOrder, payer_account: Account | None, *, today: date,
                            rates: Rates | None = None) -> dict[str, Message]:
    """Every problem of a foreign payment or an exchange order, by field path; empty when valid."""
    from bsclient.rules.payment_order import (  # the common rules; that module imports this one
        check_number,
        check_value_date,
    )

    problems: dict[str, Message | None] = {
        "number": check_number(order.number),
        "value_date": check_value_date(order.value_date, order.date, today),
        "amount": check_amount(order.amount, payer_account.available if payer_account else None),
        "payer.iban": _check_payer(order, payer_account),
        "knp": check_knp(order.knp),
    }
    if order.kind == FOREIGN:
        details = order.foreign.to_content() if order.foreign else {}
        problems["beneficiary.code"] = check_kbe(order.beneficiary.code)
        problems.update(foreign_problems(currency=order.currency, amount=order.amount,
                                         beneficiary=order.beneficiary.to_content(), details=details,
                                         purpose=order.purpose, rates=rates.middle() if rates else None))
    else:
        exchange = order.exchange
        fixed = exchange.fixed if exchange else ""
        problems.update(exchange_problems(
            operation=exchange.operation if exchange else "", fixed=fixed, debit_currency=order.currency,
            credit_currency=exchange.credit_currency if exchange else "", payer_iban=compact_iban(order.payer.iban),
            credit_iban=compact_iban(order.beneficiary.iban), credit_amount=exchange.credit_amount if exchange else "",
            purpose=order.purpose))
        if fixed == CREDIT and problems.get("amount") is not None and order.amount.strip() == "":
            problems["amount"] = None  # the debit follows from the credit once a rate is at hand
    return {path: message for path, message in problems.items() if message is not None}

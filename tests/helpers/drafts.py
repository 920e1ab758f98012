"""Payment orders as the clerk drafts them: a valid tenge order on its own, and drafts between the
running bank's demo companies (valid, or broken in one way)."""

from __future__ import annotations

from decimal import Decimal

from schwifty import IBAN

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules.bic import bank_for_iban
from tests.helpers.refbank_server import RunningBank


def order(number: int = 5, **changes: str) -> PaymentOrder:
    payer_iik = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
    made = PaymentOrder.new(Party("TOO Demo", "181140004063", payer_iik, "HSBKKZKX", "17"), str(number))
    made.amount = "2 500"
    made.beneficiary = Party("ТОО Бенефициар", "090840000906", "KZ12009NPS0413609816", "GCVPKZ2A", "11")
    made.knp = "010"
    made.purpose = "Пенсионные взносы"
    for name, value in changes.items():
        setattr(made, name, value)
    return made


OVER_BALANCE = "9 000 000,00"  # more than the demo company's 5,000,000.00


def payer(bank: RunningBank) -> dict:
    company = bank.created["company"]["name"]
    return next(a for a in bank.accounts if a["company"] == company and a["currency"] == "KZT"
                and Decimal(a["balance"]) > 0)


def beneficiary(bank: RunningBank) -> dict:
    company = bank.created["company"]["name"]
    return next(a for a in bank.accounts if a["company"] != company and a["currency"] == "KZT")


def draft(bank: RunningBank, number: int, *, amount: str = "100,00",
          purpose: str | None = None, iban: str | None = None) -> PaymentOrder:
    company, account, other = bank.created["company"], payer(bank), beneficiary(bank)
    order = PaymentOrder.new(Party(company["name"], company["bin"], account["iban"],
                                   bank_for_iban(account["iban"]).bic, "17"), str(number))
    order.amount = amount
    other_iban = iban or other["iban"]
    order.beneficiary = Party(other["company"], other["company_bin"], other_iban,
                              bank_for_iban(other["iban"]).bic, "17")
    order.knp = "710"
    order.purpose = f"Оплата по счёту № {number} за услуги, без НДС" if purpose is None else purpose
    return order


def broken_iban(iban: str) -> str:
    """The same IIK with one digit of the account changed: its check digits no longer agree."""
    last = iban[-1]
    return iban[:-1] + ("0" if last != "0" else "1")

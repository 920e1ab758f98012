"""The whole payment order, checked field by field: every problem keyed by the field it belongs to."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from schwifty import IBAN

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.models import Account
from bsclient.rules import MAX_NAME_LENGTH, MAX_PURPOSE_LENGTH, validate_payment_order

TODAY = date(2026, 11, 23)
PAYER_IIK = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
BENEFICIARY_IIK = IBAN.generate("KZ", bank_code="722", account_code="0000000000042").compact
ACCOUNT = Account(iban=PAYER_IIK, currency="KZT", balance=Decimal("500000.00"),
                  available=Decimal("400000.00"), title="Current")


def valid_order() -> PaymentOrder:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "17", today=TODAY)
    order.amount = "150 000,00"
    order.beneficiary = Party("ТОО Бенефициар", "090840000906", BENEFICIARY_IIK, "CASPKZKA", "17")
    order.knp = "710"
    order.purpose = "Оплата по счёту № 12 от 20.11.2026"
    return order


def test_a_correct_order_has_no_problems():
    assert validate_payment_order(valid_order(), ACCOUNT, today=TODAY) == {}


def test_an_empty_order_names_every_missing_field():
    order = PaymentOrder.new(Party(iban=PAYER_IIK), "", today=TODAY)
    problems = validate_payment_order(order, ACCOUNT, today=TODAY)
    assert set(problems) == {"number", "amount", "beneficiary.name", "beneficiary.bin", "beneficiary.iban",
                             "beneficiary.bic", "beneficiary.code", "knp", "purpose"}


def test_each_broken_field_is_reported_under_its_own_key():
    order = valid_order()
    order.beneficiary = Party("X", "181140004064", BENEFICIARY_IIK[:-1] + "0", "HSBKKZKX", "30")
    order.knp = "71"
    problems = validate_payment_order(order, ACCOUNT, today=TODAY)
    assert set(problems) == {"beneficiary.bin", "beneficiary.iban", "beneficiary.code", "knp"}
    assert "check digit" in problems["beneficiary.bin"].render()


def test_bic_not_matching_the_beneficiary_iik_is_reported_on_the_bic():
    order = valid_order()
    order.beneficiary.bic = "HSBKKZKX"
    assert set(validate_payment_order(order, ACCOUNT, today=TODAY)) == {"beneficiary.bic"}


def test_amount_above_available_balance():
    order = valid_order()
    order.amount = "400 000,01"
    problems = validate_payment_order(order, ACCOUNT, today=TODAY)
    assert problems["amount"].params == {"available": "400000.00"}


def test_balance_is_not_checked_when_the_account_is_unknown():
    order = valid_order()
    order.amount = "999 999 999"
    assert validate_payment_order(order, None, today=TODAY) == {}


def test_value_date_in_the_past_is_refused_today_and_later_pass():
    order = valid_order()
    order.value_date = TODAY - timedelta(days=1)
    assert "in the past" in validate_payment_order(order, ACCOUNT, today=TODAY)["value_date"].render()
    order.value_date = TODAY + timedelta(days=3)
    assert validate_payment_order(order, ACCOUNT, today=TODAY) == {}


def test_name_and_purpose_limits():
    order = valid_order()
    order.beneficiary.name = "Б" * MAX_NAME_LENGTH
    order.purpose = "П" * MAX_PURPOSE_LENGTH
    assert validate_payment_order(order, ACCOUNT, today=TODAY) == {}
    order.beneficiary.name += "Б"
    order.purpose += "П"
    problems = validate_payment_order(order, ACCOUNT, today=TODAY)
    assert set(problems) == {"beneficiary.name", "purpose"}
    assert problems["beneficiary.name"].params["count"] == MAX_NAME_LENGTH + 1


def test_payer_iik_must_be_the_chosen_tenge_account():
    order = valid_order()
    other = replace(ACCOUNT, iban=BENEFICIARY_IIK)
    assert set(validate_payment_order(order, other, today=TODAY)) == {"payer.iban"}
    dollars = replace(ACCOUNT, currency="USD")
    assert "tenge" in validate_payment_order(order, dollars, today=TODAY)["payer.iban"].render()


def test_paying_to_the_payers_own_iik_is_refused():
    order = valid_order()
    order.beneficiary.iban = PAYER_IIK
    order.beneficiary.bic = "HSBKKZKX"
    assert set(validate_payment_order(order, ACCOUNT, today=TODAY)) == {"beneficiary.iban"}

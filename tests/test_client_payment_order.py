"""The payment order's wire content: exactly the kz.payment-order/1 schema of docs/wire-protocol.md."""

import uuid
from datetime import date

import pytest

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules import ValidationError


def make_order() -> PaymentOrder:
    order = PaymentOrder.new(Party(" TOO Demo ", "181140004063", "kz45 6010 0000 0000 0001", "hsbkkzkx", "17"),
                             "17", today=date(2026, 11, 23))
    order.amount = "1 500,5"
    order.beneficiary = Party("ТОО Бенефициар", "090840000906", "KZ12009NPS0413609816", "GCVPKZ2A", "11")
    order.knp = "010"
    order.purpose = "Пенсионные взносы за ноябрь 2026"
    return order


def test_new_order_has_a_uuid_todays_dates_and_tenge():
    order = PaymentOrder.new(Party(), "1", today=date(2026, 11, 23))
    assert uuid.UUID(order.id).version == 4
    assert (order.date, order.value_date, order.currency) == (date(2026, 11, 23), date(2026, 11, 23), "KZT")
    assert PaymentOrder.new(Party(), "1").id != order.id


def test_content_is_exactly_the_wire_schema():
    order = make_order()
    assert order.to_content() == {
        "schema": "kz.payment-order/1",
        "id": order.id,
        "number": "17",
        "date": "2026-11-23",
        "value_date": "2026-11-23",
        "currency": "KZT",
        "amount": "1500.50",
        "payer": {"name": "TOO Demo", "bin": "181140004063", "iban": "KZ456010000000000001",
                  "bic": "HSBKKZKX", "code": "17"},
        "beneficiary": {"name": "ТОО Бенефициар", "bin": "090840000906", "iban": "KZ12009NPS0413609816",
                        "bic": "GCVPKZ2A", "code": "11"},
        "knp": "010",
        "purpose": "Пенсионные взносы за ноябрь 2026",
    }


def test_content_with_an_invalid_amount_raises():
    order = make_order()
    order.amount = "1,500"
    with pytest.raises(ValidationError):
        order.to_content()


def test_dict_round_trip_keeps_the_fields_as_typed():
    order = make_order()
    assert PaymentOrder.from_dict(order.to_dict()) == order


def test_a_new_orders_id_is_a_random_uuid_of_version_4():
    ids = [PaymentOrder.new(Party(), "1").id for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122

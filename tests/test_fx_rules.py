"""The pure rules of a payment in foreign currency and of a purchase/sale of currency
(document types 6 and 7): a valid and an invalid case per rule; the legs' arithmetic; the order's wire
content and draft round trip; the store keeping an executed exchange's rate, older stores too."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from decimal import Decimal

import pytest

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import document_state
from bsclient.rules import validate_payment_order
from bsclient.rules.exchange import (
    BUY,
    SELL,
    credit_for,
    debit_for,
    exchange_problems,
    legs,
    operation_of,
    rates_from_wire,
    rates_to_wire,
)
from bsclient.rules.foreign import (
    check_charges,
    check_contract,
    check_country,
    check_foreign_account,
    check_swift_bic,
    check_swift_text,
    foreign_problems,
    uses_iban,
)
from tests.helpers.currency_orders import KZT_IIK, RATES, TODAY, USD_IIK, exchange_order, foreign_order

# --- a payment abroad, rule by rule ----------------------------------------------------------------

def test_swift_text() -> None:
    assert check_swift_text("Muller GmbH, Frankfurt (Main) 1/2 - ok?", "beneficiary.name", 60) is None
    cyrillic = check_swift_text("ТОО Дала", "beneficiary.name", 60)
    assert cyrillic is not None and "beneficiary's name" in str(cyrillic) and "SWIFT" in str(cyrillic)
    assert "Latin" in str(check_swift_text("", "foreign.address", 60))
    assert "at most 35" in str(check_swift_text("A" * 36, "beneficiary.name", 35))
    assert "purpose of payment" in str(check_swift_text("Оплата", "purpose", 140))


def test_country() -> None:
    assert check_country("de") is None
    assert "not a 2-letter country code" in str(check_country("XX"))
    assert "payment order" in str(check_country("KZ"))  # not abroad


def test_account_is_an_iban_where_the_country_uses_iban_else_a_number() -> None:
    assert uses_iban("DE") and not uses_iban("US")
    assert check_foreign_account("DE89 3704 0044 0532 0130 00", "DE") is None
    assert "not a valid IBAN" in str(check_foreign_account("DE89370400440532013001", "DE"))
    assert "of GB" in str(check_foreign_account("GB82WEST12345698765432", "DE"))
    assert check_foreign_account("000123456789", "US") is None
    assert "account number" in str(check_foreign_account("Счёт 123", "US"))


def test_swift_bic() -> None:
    assert check_swift_bic("DEUTDEFF", country="DE") is None
    assert check_swift_bic("CHASUS33XXX", country="US") is None
    assert "not a SWIFT BIC" in str(check_swift_bic("DEUT1EFF"))
    assert "in GB" in str(check_swift_bic("BARCGB22", country="DE"))
    assert check_swift_bic("", required=False) is None
    assert "SWIFT BIC" in str(check_swift_bic(""))


def test_charges() -> None:
    assert all(check_charges(c) is None for c in ("OUR", "SHA", "BEN"))
    assert "OUR" in str(check_charges(""))


def test_contract_reference_above_the_threshold() -> None:
    assert check_contract("", "50000.00", "USD", None) is None  # not above
    assert "registration number" in str(check_contract("", "50000.01", "USD", None))
    assert check_contract("1/240105/0001", "90000.00", "USD", None) is None
    # EUR by the bank's middle rates: 48 000 EUR = 48 000 * 496 / 471.25 USD, above 50 000
    assert "registration number" in str(check_contract("", "48000.00", "EUR", RATES.middle()))
    assert check_contract("", "47000.00", "EUR", RATES.middle()) is None
    assert check_contract("", "48000.00", "EUR", None) is None  # no rates at hand: the bank decides
    assert "Latin letters" in str(check_contract("№ 12/ДК", "10.00", "USD", None))


def test_a_valid_payment_abroad_has_no_problems_and_its_content() -> None:
    order = foreign_order()
    assert validate_payment_order(order, None, today=TODAY, rates=RATES) == {}
    content = order.to_content()
    assert content["schema"] == "kz.foreign-payment/1" and content["currency"] == "USD"
    assert content["purpose"] == "Payment for equipment, invoice 45"  # one SWIFT line
    assert content["foreign"] == {"address": "Hauptstrasse 1", "country": "DE", "intermediary_bic": "",
                                  "charges": "SHA", "contract": ""}
    assert PaymentOrder.from_dict(order.to_dict()) == order
    assert PaymentOrder.from_dict(content).details == order.details


def test_a_payment_abroad_in_tenge_is_refused() -> None:
    problems = validate_payment_order(foreign_order(currency="KZT"), None, today=TODAY)
    assert "foreign-currency account" in str(problems["currency"])


def test_foreign_problems_names_each_field() -> None:
    problems = foreign_problems(currency="USD", amount="10.00",
                                beneficiary={"name": "ТОО", "iban": "", "bic": "X"},
                                details={"address": "", "country": "", "charges": ""}, purpose="", rates=None)
    assert set(problems) == {"beneficiary.name", "foreign.address", "foreign.country", "beneficiary.iban",
                             "beneficiary.bic", "foreign.charges", "purpose"}


def test_old_drafts_load_unchanged() -> None:
    old = {"id": "1", "number": "1", "date": "2026-11-01", "value_date": "2026-11-01", "currency": "KZT",
           "amount": "1", "payer": {"name": "", "bin": "", "iban": "", "bic": "", "code": ""},
           "beneficiary": {"name": "", "bin": "", "iban": "", "bic": "", "code": ""}, "knp": "", "purpose": ""}
    order = PaymentOrder.from_dict(old)
    assert order.kind == "payment" and order.details is None
    assert "foreign" not in order.to_content() and "exchange" not in order.to_content()


# --- buying and selling currency -------------------------------------------------------------------

def test_rates_on_the_wire() -> None:
    assert rates_from_wire(rates_to_wire(RATES)) == RATES
    assert RATES.rate(BUY, "USD") == Decimal("474.00") and RATES.rate(SELL, "USD") == Decimal("468.50")
    with pytest.raises(ValueError):
        rates_from_wire({"rates": [{"currency": "USD", "buy": "0", "sell": "1"}]})
    with pytest.raises(ValueError):
        rates_from_wire({"time": "x"})


def test_the_legs_round_in_neither_partys_favour_silently() -> None:
    assert credit_for(Decimal("100000.00"), BUY, Decimal("474.00")) == Decimal("210.97")  # 210.970..., down
    assert debit_for(Decimal("1000.00"), BUY, Decimal("474.00")) == Decimal("474000.00")
    assert credit_for(Decimal("100.00"), SELL, Decimal("468.50")) == Decimal("46850.00")
    assert debit_for(Decimal("1000.00"), SELL, Decimal("468.50")) == Decimal("2.14")  # 2.1344..., up
    assert legs("credit", Decimal("0"), Decimal("1000.00"), BUY, Decimal("471.25")) == (Decimal("471250.00"), Decimal("1000.00"))
    assert legs("debit", Decimal("471.25"), Decimal("0"), BUY, Decimal("471.25")) == (Decimal("471.25"), Decimal("1.00"))


def test_the_operation_follows_the_accounts() -> None:
    assert operation_of("KZT", "USD") == BUY and operation_of("EUR", "KZT") == SELL
    assert operation_of("USD", "EUR") is None and operation_of("KZT", "KZT") is None


def problems_of(**changes) -> dict:
    values = dict(operation=BUY, fixed="debit", debit_currency="KZT", credit_currency="USD", payer_iban=KZT_IIK,
                  credit_iban=USD_IIK, credit_amount="", purpose="Import contract 12")
    values.update(changes)
    return exchange_problems(**values)


def test_exchange_rules_one_by_one() -> None:
    assert problems_of() == {}
    assert "bought for" in str(problems_of(purpose="")["purpose"])
    assert problems_of(operation=SELL, debit_currency="USD", credit_currency="KZT", payer_iban=USD_IIK,
                       credit_iban=KZT_IIK, purpose="") == {}  # a sale needs no purpose
    assert "buy or sell" in str(problems_of(operation="swap")["exchange.operation"])
    assert "Choose the account" in str(problems_of(credit_iban="")["beneficiary.iban"])
    assert "the debit account" in str(problems_of(credit_iban=KZT_IIK)["beneficiary.iban"])
    assert "To buy" in str(problems_of(credit_currency="KZT")["beneficiary.iban"])
    assert "amount" in str(problems_of(fixed="credit", credit_amount="")["exchange.credit_amount"]).lower()
    assert problems_of(fixed="credit", credit_amount="1 000") == {}
    assert "debit or" in str(problems_of(fixed="")["exchange.fixed"])


def test_an_exchange_order_and_its_content() -> None:
    order = exchange_order()
    assert validate_payment_order(order, None, today=TODAY, rates=RATES) == {}
    content = order.to_content()
    assert content["schema"] == "kz.currency-exchange/1" and content["amount"] == "474000.00"
    assert content["exchange"]["credit_amount"] == "1000.00" and content["exchange"]["fixed"] == "credit"
    assert PaymentOrder.from_dict(order.to_dict()) == order
    sale = exchange_order(SELL)
    assert sale.to_content()["purpose"] == "Sale of foreign currency"
    assert validate_payment_order(sale, None, today=TODAY) == {}


# --- the executed rate: wire, store ----------------------------------------------------------------

def test_the_state_carries_the_rate_and_the_store_keeps_it(tmp_path) -> None:
    state = document_state({"id": "x", "status": "executed", "reason": None, "received_at": None,
                            "executed_at": "2026-11-23T05:00:00Z",
                            "rate": {"base": "USD", "quote": "KZT", "value": "471.25"}})
    assert state.rate == ExecutedRate("USD", "KZT", "471.25")
    assert document_state({"id": "x", "status": "accepted"}).rate is None  # older banks send none
    store = DocumentStore(tmp_path / "documents.sqlite3")
    try:
        order = exchange_order()
        store.save_draft(order)
        store.mark_signed(order.id, json.dumps(order.to_content()).encode(), [b"cms"], "Clerk")
        store.mark_sent(order.id)
        record = store.apply_state(order.id, dataclasses.replace(state, id=order.id))
        assert record.status == DocumentStatus.EXECUTED and record.rate == ExecutedRate("USD", "KZT", "471.25")
    finally:
        store.close()


def test_an_older_store_gets_the_rate_column(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    DocumentStore(path).close()
    with sqlite3.connect(path) as db:  # as the store was before the rate: no column, the list's index without it
        db.execute("DROP INDEX documents_list")
        db.execute("ALTER TABLE documents DROP COLUMN rate")
        db.execute("CREATE INDEX documents_list ON documents(updated_at DESC, created_at DESC, id, kind, status, "
                   "list_number, list_date, list_amount, list_currency, list_beneficiary, list_bin, reason, list_search)")
    store = DocumentStore(path)
    try:
        store.save_draft(exchange_order())
        assert store.list()[0].rate is None and store.list_rows()[0][-1] is None
        indexed = [row[2] for row in store._db.execute("PRAGMA index_info(documents_list)")]
        assert indexed[-1] == "rate"  # made again: the list still reads the index alone
    finally:
        store.close()


# --- copy, templates, batch checks keep the kinds ----------------------------------------------------

def test_a_copy_and_a_template_keep_the_kind_and_its_details(tmp_path) -> None:
    from bsclient.client.documents.templates import TemplateBook, copy_to_draft

    store = DocumentStore(tmp_path / "documents.sqlite3")
    try:
        for order in (foreign_order(), exchange_order()):
            store.save_draft(order)
            copied = copy_to_draft(store, order.id, today=TODAY).order
            assert copied.id != order.id and copied.kind == order.kind
            assert copied.details == order.details
            book = TemplateBook(store)
            template = book.save(f"Template {order.kind}", order)
            drafted = book.create_draft(template.id, today=TODAY).order
            assert drafted.kind == order.kind and drafted.to_content()["schema"] == order.schema
            assert drafted.details == order.details
    finally:
        store.close()


def test_signing_from_the_list_checks_the_kinds_rules_without_rates() -> None:
    """Batch signing validates with no account and no rates at hand (bsclient/client/documents/batch.py)."""
    assert validate_payment_order(foreign_order(), None, today=TODAY) == {}
    broken = foreign_order()
    broken.beneficiary.name = "ТОО Дала"
    assert set(validate_payment_order(broken, None, today=TODAY)) == {"beneficiary.name"}

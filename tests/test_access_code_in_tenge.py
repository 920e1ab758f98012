"""R8.5's amount rule in tenge: a payment in foreign currency, or a sale of currency, is compared with
`code_above_amount` by its tenge equivalent at the bank's rates (refbank/rates.py), not by its figure."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from refbank.access.payment_codes import payment_needs_code, tenge_equivalent
from refbank.config import BankConfig
from refbank.rates import write_rates


@pytest.fixture
def conn(tmp_path):
    # The bank's database in its folder: the rates are the operator's rates.json beside it.
    write_rates(tmp_path, {"USD": ("468.50", "474.00"), "EUR": ("492.00", "500.00")}, "2026-11-23T10:00:00+05:00")
    db = sqlite3.connect(tmp_path / "bank.sqlite3")
    db.row_factory = sqlite3.Row
    yield db
    db.close()


CONFIG = BankConfig(code_above_amount="1000000.00")


def document(amount: str, currency: str, schema: str = "kz.foreign-payment/1") -> dict:
    return {"schema": schema, "amount": amount, "currency": currency, "beneficiary": {"iban": "DE89370400440532013000"}}


def test_the_tenge_equivalent_is_at_the_middle_rate(conn):
    assert tenge_equivalent(conn, Decimal("100.00"), "USD") == Decimal("47125.0000")  # (468.50 + 474.00) / 2
    assert tenge_equivalent(conn, Decimal("100.00"), "KZT") == Decimal("100.00")
    assert tenge_equivalent(conn, Decimal("100.00"), "GBP") is None


def test_a_dollar_payment_under_the_tenge_limit_by_figure_but_over_it_in_tenge_needs_a_code(conn):
    # 5,000 USD is about 2.36 million tenge: over the 1,000,000 tenge limit, though 5,000 < 1,000,000.
    assert payment_needs_code(conn, None, document("5000.00", "USD"), CONFIG) is True  # type: ignore[arg-type]
    # 2,000 USD is 942,500 tenge: under the limit.
    assert payment_needs_code(conn, None, document("2000.00", "USD"), CONFIG) is False  # type: ignore[arg-type]
    # either side of the limit: 2,122 USD = 999,992.50 tenge, 2,123 USD = 1,000,463.75 tenge
    assert payment_needs_code(conn, None, document("2122.00", "USD"), CONFIG) is False  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, document("2123.00", "USD"), CONFIG) is True  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, document("2000.00", "EUR"), CONFIG) is False  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, document("2100.00", "EUR"), CONFIG) is True  # type: ignore[arg-type]


def test_a_sale_of_currency_counts_in_tenge_and_a_purchase_is_tenge_already(conn):
    sale = document("3000.00", "USD", "kz.currency-exchange/1")
    purchase = document("900000.00", "KZT", "kz.currency-exchange/1")
    assert payment_needs_code(conn, None, sale, CONFIG) is True  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, purchase, CONFIG) is False  # type: ignore[arg-type]


def test_tenge_payments_are_compared_as_before(conn):
    tenge = {"schema": "kz.payment-order/1", "amount": "1000000.01", "currency": "KZT", "beneficiary": {}}
    assert payment_needs_code(conn, None, tenge, CONFIG) is True  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, dict(tenge, amount="1000000.00"), CONFIG) is False  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, dict(tenge, currency=None), CONFIG) is True  # no currency: tenge  # type: ignore[arg-type]


def test_a_currency_the_bank_does_not_quote_asks_for_a_code(conn):
    assert payment_needs_code(conn, None, document("1.00", "GBP"), CONFIG) is True  # type: ignore[arg-type]
    assert payment_needs_code(conn, None, document("1.00", "GBP"), BankConfig()) is False  # type: ignore[arg-type]

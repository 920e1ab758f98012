"""Amounts as clerks type them: comma or point decimals, spaces between thousands, never guessed."""

from decimal import Decimal

import pytest

from bsclient.rules import ValidationError, check_amount, format_amount, parse_amount


@pytest.mark.parametrize("typed, amount", [
    ("1500", "1500.00"), ("1500.5", "1500.50"), ("1500,5", "1500.50"), ("1 500,50", "1500.50"),
    ("1 500 000.01", "1500000.01"), ("1\u00a0500,50", "1500.50"), ("  42  ", "42.00"), ("0,01", "0.01"),
    ("1500.", "1500.00"), ("007", "7.00"),
])
def test_accepted_forms(typed, amount):
    assert parse_amount(typed) == Decimal(amount)
    assert format_amount(parse_amount(typed)) == amount


@pytest.mark.parametrize("typed, words", [
    ("", "Type the amount"),
    ("0", "more than zero"), ("0,00", "more than zero"), ("-5", "more than zero"),
    ("1500.123", "two digits after"),
    ("1,500", "two digits after"),  # English thousands: refused, not read as 1.50
    ("1,500.50", "one decimal separator"), ("1.500,50", "one decimal separator"),
    ("15 00", "groups of three"), ("1500 000", "groups of three"),
    ("1e5", "only digits"), ("NaN", "only digits"), ("Infinity", "only digits"), (",50", "only digits"),
    ("+5", "only digits"), ("١٥٠٠", "only digits"),
    ("12345678901234", "too large"),
])
def test_refused_forms_say_why(typed, words):
    with pytest.raises(ValidationError) as caught:
        parse_amount(typed)
    assert words in caught.value.message.render()


def test_amount_above_the_available_balance_names_it():
    message = check_amount("1 000,01", Decimal("1000"))
    assert message.render() == "The amount is more than the available balance of 1000.00."


def test_amount_equal_to_the_available_balance_passes():
    assert check_amount("1000", Decimal("1000.00")) is None


def test_check_amount_reports_format_problems_as_messages():
    assert check_amount("abc") is not None

"""The one formatter: figures and dates alike in every window, message, export and paper form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bsclient.formatting import (
    as_typed,
    count,
    day,
    day_kept,
    day_shown,
    money,
    month_kept,
    month_shown,
    rate,
    use_language,
)
from bsclient.messages import Message
from bsclient.rules import parse_amount


@pytest.mark.parametrize(("language", "expected"), [
    ("kk", "5\u00a0000\u00a0000,00"), ("ru", "5\u00a0000\u00a0000,00"), ("en", "5,000,000.00")])
def test_money_in_each_language(language: str, expected: str) -> None:
    assert money(Decimal("5000000"), language) == expected
    assert money("-150000.5", language).startswith("-150")


def test_rates_counts_and_dates() -> None:
    assert rate(Decimal("474"), "kk") == "474,00"
    assert rate(Decimal("474"), "en") == "474.00"
    assert count(12345, "ru") == "12\u00a0345"
    assert day(date(2026, 3, 5)) == "05.03.2026"
    assert money("not a number", "ru") == "not a number"


def test_an_amount_put_into_a_field_reads_back_the_same() -> None:
    assert as_typed(Decimal("1500000.5")) == "1 500 000,50"
    assert parse_amount(as_typed(Decimal("1500000.5"))) == Decimal("1500000.50")


def test_a_message_writes_its_amounts_in_the_clerks_language() -> None:
    message = Message("Validation", "The lines add up to {total}.", {"total": Decimal("75000")})
    try:
        use_language("kk_KZ")
        assert message.render() == "The lines add up to 75\u00a0000,00."
        use_language("en")
        assert message.render() == "The lines add up to 75,000.00."
    finally:
        use_language("en")


@pytest.mark.parametrize(("typed", "kept"), [
    ("17.04.1985", "1985-04-17"), ("7.4.1985", "1985-04-07"), (" 17.04.1985 ", "1985-04-17"),
    ("1985-04-17", "1985-04-17"),  # the form files and older drafts write, pasted
    ("31.02.1985", "31.02.1985"), ("1985/04/17", "1985/04/17"), ("", "")])  # not a day: kept as typed
def test_a_day_typed_as_the_clerk_reads_it_is_kept_as_the_wire_writes_it(typed: str, kept: str) -> None:
    assert day_kept(typed) == kept
    assert day_shown(kept) == (day(date.fromisoformat(kept)) if kept != typed or "-" in typed else kept)


@pytest.mark.parametrize(("typed", "kept"), [
    ("10.2026", "2026-10"), ("1.2026", "2026-01"), ("2026-10", "2026-10"),
    ("13.2026", "13.2026"), ("2026/10", "2026/10"), ("10.26", "10.26")])
def test_a_month_typed_as_the_clerk_reads_it_is_kept_as_the_wire_writes_it(typed: str, kept: str) -> None:
    assert month_kept(typed) == kept
    assert month_shown("2026-10") == "10.2026" and month_shown("2026/10") == "2026/10"

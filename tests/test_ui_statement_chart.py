"""R1.8: the chart of the balance over the period, for people who would rather look than read."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtGui import QColor

from bsclient.ui.statements.balance_chart import BalanceChart, amount_label, nice_step
from tests.helpers.statement_bank import make_statement


@pytest.mark.parametrize(("span", "step"), [(1_000_000, 200_000), (1_234_567_890, 250_000_000), (7, 2), (0.3, 0.1), (20, 5)])
def test_axis_steps_are_round(span, step):
    assert nice_step(span, 5) == pytest.approx(step)


def test_axis_amounts_are_grouped_and_whole_when_the_step_is():
    assert amount_label(250_000_000, 50_000_000) == "250,000,000"
    assert amount_label(0.05, 0.05) == "0.05"


def test_the_chart_follows_the_statements_end_of_day_balances(qtbot):
    statement = make_statement(400, date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    chart.set_balances(opening=statement.opening_balance, date_from=statement.date_from, date_to=statement.date_to,
                       balances=statement.balances(), currency="KZT")
    by_day: dict[date, Decimal] = {}
    balance = statement.opening_balance
    for line in statement.lines:  # independently: the running balance at each day's end
        balance += line.credit - line.debit
        by_day[line.date] = balance
    for day, expected in by_day.items():
        assert chart.balance_on(day) == expected
    assert chart.balance_on(date(2024, 12, 31)) is None
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(0, 320, 7)}
    assert QColor("#1f5fa8").name() in colours or len(colours) > 5  # the line is drawn
    assert "Balance" in chart.accessibleDescription() and "31.03.2025" in chart.accessibleDescription()


def test_date_labels_are_days_for_short_periods_and_months_for_a_year(qtbot):
    chart = BalanceChart()
    qtbot.addWidget(chart)
    metrics = chart.fontMetrics()
    chart.set_balances(opening=Decimal(100), date_from=date(2025, 3, 1), date_to=date(2025, 3, 7),
                       balances=[(date(2025, 3, 3), Decimal(250))], currency="KZT")
    assert [label for _, label in chart.date_ticks(800, metrics)] == [f"0{d}.03" for d in range(1, 8)]
    chart.set_balances(opening=Decimal(100), date_from=date(2025, 1, 1), date_to=date(2025, 12, 31),
                       balances=[(date(2025, 6, 3), Decimal(250))], currency="KZT")
    ticks = chart.date_ticks(1200, metrics)
    assert [day.month for day, _ in ticks] == list(range(1, 13)) and "2025" in ticks[0][1]
    narrow = chart.date_ticks(300, metrics)  # labels never crowd: fewer months when the room is small
    assert len(narrow) < 12 and all(day.day == 1 for day, _ in narrow)


def test_a_period_without_movements_and_nothing_loaded_say_so(qtbot):
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.clear("Load a statement to see how the balance moved.")
    chart.grab()
    assert chart.accessibleDescription().startswith("Load a statement")
    chart.set_balances(opening=Decimal("5000.00"), date_from=date(2025, 3, 1), date_to=date(2025, 3, 1),
                       balances=[], currency="KZT")
    chart.grab()
    assert chart.balance_on(date(2025, 3, 1)) == Decimal("5000.00")


def test_the_amount_axis_starts_at_zero(qtbot):
    """Balances between 3 and 3.5 million: the axis still starts at 0, so a small change looks small."""
    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.set_balances(opening=Decimal("3000000.00"), date_from=date(2025, 3, 1), date_to=date(2025, 3, 7),
                       balances=[(date(2025, 3, 3), Decimal("3500000.00"))], currency="KZT")
    scale = chart._value_range()
    assert scale.low == 0 and scale.high >= 3_500_000

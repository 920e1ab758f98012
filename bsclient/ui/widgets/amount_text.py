"""Money as the clerk reads it: grouped thousands, two decimals, in the interface's locale."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale


def format_money(amount: Decimal | str, locale: QLocale | None = None) -> str:
    """`amount` with thousands grouped and 2 decimals ("1 500 000,50" in a Kazakh or Russian locale)."""
    locale = locale or QLocale()
    try:
        value = Decimal(amount).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return str(amount)
    sign = "-" if value < 0 else ""
    integer, _, fraction = f"{abs(value):f}".partition(".")
    # QLocale.toString(float) would round large amounts; group the digits ourselves.
    groups: list[str] = []
    while len(integer) > 3:
        integer, groups = integer[:-3], [integer[-3:], *groups]
    grouped = locale.groupSeparator().join([integer, *groups])
    return f"{sign}{grouped}{locale.decimalPoint()}{fraction}"

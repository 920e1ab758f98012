"""Money as the clerk reads it: grouped thousands, two decimals, in the interface's locale
(bsclient/rules/formatting.py, the one formatter, with the language of `locale`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from bsclient.formatting import money


def format_money(amount: Decimal | str, locale: QLocale | None = None) -> str:
    """`amount` with thousands grouped and 2 decimals ("1 500 000,50" in a Kazakh or Russian locale)."""
    return money(amount, language_of(locale or QLocale()))


def language_of(locale: QLocale) -> str:
    return locale.name().split("_")[0]

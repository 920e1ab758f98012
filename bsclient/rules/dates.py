"""Dates on the wire: exactly YYYY-MM-DD, read the same by the client and the bank."""

from __future__ import annotations

import datetime as dt
import re

# How far ahead a value date may be: the bank's `value_date_horizon_days` (its default; a bank set
# otherwise says so when it rejects). Our choice, as a bank would set it.
VALUE_DATE_HORIZON_DAYS = 10
# How old a document's date may be when the bank receives it: our choice, as long as the horizon.
DOCUMENT_AGE_DAYS = 10
_WIRE_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_wire_date(text: object) -> dt.date | None:
    """The day `text` names as YYYY-MM-DD; None for anything else (fromisoformat alone would also take
    2026-W49-6, 20261205 or a trailing newline)."""
    if not isinstance(text, str) or _WIRE_DATE.fullmatch(text) is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None

"""The bank's exchange rates (document type 7): what GET /api/v1/rates serves, and the rate an exchange is executed at.

The rates are the operator's file `<bank data dir>/rates.json` when present, read afresh on every
use (a new rate is published by writing the file, no restart; tests set it the same way):
  {"time": "2026-11-23T10:00:00+05:00", "rates": [{"currency": "USD", "buy": "468.50", "sell": "474.00"}, ...]}
Without the file the bank quotes DEMO_RATES, made-up sample figures near the tenge's rates of
late 2026, timed at the moment they are asked for.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path

from bsclient.rules.exchange import Quote, Rates, rates_from_wire
from refbank.bank_time import now, utc_text

log = logging.getLogger(__name__)

RATES_FILE = "rates.json"
DEMO_RATES = {  # made up: the demo bank's figures, not any bank's real rates
    "USD": Quote("USD", Decimal("468.50"), Decimal("474.00")),
    "EUR": Quote("EUR", Decimal("492.00"), Decimal("500.00")),
}


def load_rates(bank_dir: Path | None) -> Rates:
    """The operator's rates when the file reads as rates, else DEMO_RATES timed now."""
    path = bank_dir / RATES_FILE if bank_dir is not None else None
    if path is not None and path.exists():
        try:
            return rates_from_wire(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
            log.error("rates file %s cannot be used (%s); quoting the demo rates", path, exc)
    return Rates(time=utc_text(now()), quotes=DEMO_RATES)


def write_rates(bank_dir: Path, rates: dict[str, tuple[str, str]], moment: str) -> None:
    """Publish rates {currency: (buy, sell)} set at `moment` (the operator's and the tests' way)."""
    data = {"time": moment, "rates": [{"currency": c, "buy": b, "sell": s} for c, (b, s) in rates.items()]}
    (bank_dir / RATES_FILE).write_text(json.dumps(data, indent=1), encoding="utf-8")

"""The bank's own days: a posting belongs to the day of Kazakhstan on which it was booked, not the UTC one.

Moments (`booked_at`, `executed_at`, …) stay in UTC on the wire; a statement's days are the bank's
local days (`BANK_TIMEZONE`), written once per posting as `postings.booked_on` when it is booked,
so every query and sum of the statements works on the same day without converting times.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from refbank.db import immediate

BANK_TIMEZONE_NAME = "Asia/Almaty"  # all of Kazakhstan: UTC+5 since 1 March 2024


def _bank_timezone() -> tzinfo:
    try:
        return ZoneInfo(BANK_TIMEZONE_NAME)
    except ZoneInfoNotFoundError:  # no time zone database (Windows without the tzdata package)
        return timezone(timedelta(hours=5), BANK_TIMEZONE_NAME)


BANK_TIMEZONE = _bank_timezone()


def bank_day(moment: float) -> str:
    """The bank's day (YYYY-MM-DD) of a moment in seconds since the epoch."""
    return datetime.fromtimestamp(moment, BANK_TIMEZONE).date().isoformat()


def bank_today() -> date:
    return date.fromisoformat(bank_day(time.time()))


def add_posting_days(conn: sqlite3.Connection) -> None:
    """Give a database made before postings had their bank day (`booked_on`) that column."""
    with immediate(conn):
        if "booked_on" in {row[1] for row in conn.execute("PRAGMA table_info(postings)")}:
            return
        conn.execute("ALTER TABLE postings ADD COLUMN booked_on TEXT NOT NULL DEFAULT ''")
        rows = conn.execute("SELECT id, booked_at FROM postings").fetchall()
        conn.executemany("UPDATE postings SET booked_on = ? WHERE id = ?",
                         [(bank_day(_moment(booked_at)), posting) for posting, booked_at in rows])
        conn.execute("CREATE INDEX IF NOT EXISTS postings_by_day ON postings(iban, booked_on, id)")


def _moment(utc_text: str) -> float:
    return datetime.strptime(utc_text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()

"""The bank's time: its clock, and its own days.

Every moment and day refbank reads comes from `now()` and `bank_today()` here. The clock runs on the
machine's time unless the bank's config.toml sets `clock_start`: then the bank's time starts at that
moment when the process starts and runs on with real elapsed time, so tests and demos pin the bank to a
known business day whatever the machine's date.

A posting belongs to the day of Kazakhstan on which it was booked, not the UTC one. Moments
(`booked_at`, `executed_at`, …) stay in UTC on the wire; a statement's days are the bank's local days
(`BANK_TIMEZONE`), written once per posting as `postings.booked_on` when it is booked, so every query
and sum of the statements works on the same day without converting times.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from refbank.db import immediate

BANK_TIMEZONE_NAME = "Asia/Almaty"  # all of Kazakhstan: UTC+5 since 1 March 2024
WIRE_TIME = "%Y-%m-%dT%H:%M:%SZ"


def _bank_timezone() -> tzinfo:
    try:
        return ZoneInfo(BANK_TIMEZONE_NAME)
    except ZoneInfoNotFoundError:  # no time zone database (Windows without the tzdata package)
        return timezone(timedelta(hours=5), BANK_TIMEZONE_NAME)


BANK_TIMEZONE = _bank_timezone()


class BankClock:
    """The process's clock: the machine's time, or a time started at a chosen moment."""

    def __init__(self, start: float | None = None) -> None:
        self.start_at(start)

    def start_at(self, moment: float | None) -> None:
        """From now on the bank's time is `moment` plus the real time elapsed since this call;
        None: the machine's time."""
        self._start, self._started_at = moment, time.monotonic()

    def now(self) -> float:
        """The bank's moment in seconds since the epoch."""
        if self._start is None:
            return time.time()
        return self._start + (time.monotonic() - self._started_at)

    def utc_now(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)


CLOCK = BankClock()  # set once per process from config.toml (refbank/cli/data_dir.py)


def now() -> float:
    """The bank's moment now, in seconds since the epoch."""
    return CLOCK.now()


def utc_now() -> datetime:
    return CLOCK.utc_now()


def utc_text(moment: float) -> str:
    """A moment as the wire writes times: ISO 8601 in UTC."""
    return time.strftime(WIRE_TIME, time.gmtime(moment))


def parse_moment(text: str) -> float:
    """An ISO 8601 moment with its offset (`2026-11-18T09:00:00+05:00`) in seconds since the epoch;
    ValueError for anything else, a moment without an offset included."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} names no offset from UTC (e.g. +05:00)")
    return moment.timestamp()


def bank_day(moment: float) -> str:
    """The bank's day (YYYY-MM-DD) of a moment in seconds since the epoch."""
    return datetime.fromtimestamp(moment, BANK_TIMEZONE).date().isoformat()


def bank_today() -> date:
    """The bank's day now."""
    return date.fromisoformat(bank_day(now()))


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


def _moment(wire_text: str) -> float:
    return datetime.strptime(wire_text, WIRE_TIME).replace(tzinfo=UTC).timestamp()

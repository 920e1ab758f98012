"""A year's statement: how long refbank takes to make the history, the client to fetch it over TLS,
and each export to write it; and how much memory the client holds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/statement.py [--lines 200000] [--no-pdf]

Creates a bank with `refbank init --history-lines N` in a temporary directory, serves it, logs in
as the demo clerk, fetches the current account's statement for the last 365 days page by page
(as the client does), then writes CSV, MT940, 1C and PDF. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bsclient.client.session.bank_api import BankApi  # noqa: E402
from bsclient.client.statements.export import write_1c_statement, write_csv, write_mt940  # noqa: E402
from bsclient.client.statements.statement import fetch_statement  # noqa: E402
from tests.helpers.login import finish_login  # noqa: E402
from tests.helpers.refbank_server import _environment, refbank_command, start_refbank  # noqa: E402

T = TypeVar("T")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def timed(label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label:<38} {time.perf_counter() - start:8.2f} s   RSS {rss_mb():7.1f} MB, peak {peak_rss_mb():7.1f} MB",
          flush=True)
    return result


def fetch_and_export(api: BankApi, iban: str, *, date_from: dt.date, date_to: dt.date, created: dict[str, Any],
                     out: Path, pdf: bool) -> None:
    """Fetches the statement, writes each export into `out` and prints their times and sizes."""
    statement = timed("fetch the year (pages of 5000)", lambda: fetch_statement(api, iban, date_from, date_to))
    print(f"  {len(statement.lines)} lines, opening {statement.opening_balance}, "
          f"closing {statement.closing_balance}")
    company = {"company_name": created["company"]["name"], "company_bin": created["company"]["bin"]}
    timed("export CSV", lambda: write_csv(statement, out / "s.csv", **company))
    timed("export MT940", lambda: write_mt940(statement, out / "s.sta", bank_bic=created["bank_bic"], **company))
    timed("export 1C (Windows-1251)", lambda: write_1c_statement(statement, out / "s.txt",
                                                                  bank_bic=created["bank_bic"], **company))
    if pdf:
        from PySide6.QtGui import QGuiApplication

        from bsclient.ui.statements.pdf import write_statement_pdf

        app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
        timed("export PDF", lambda: write_statement_pdf(statement, out / "s.pdf",
                                                        bank_name=created["bank_name"], **company))
    for name in ("s.csv", "s.sta", "s.txt", "s.pdf"):
        if (out / name).exists():
            print(f"  {name}: {(out / name).stat().st_size / 2**20:.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=30_000, help="history lines a year (default 30000)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF (minutes for 200,000 lines)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-statement-") as temp:
        data = Path(temp) / "bank"
        start = time.perf_counter()
        init = subprocess.run(refbank_command("init", "--data", str(data), "--json", "--history-lines",
                                              str(args.lines)), capture_output=True, text=True, check=True,
                              cwd=REPO, env=_environment())
        created = json.loads(init.stdout)
        print(f"{'refbank init (history ' + str(created['history_lines']) + ' lines)':<38} "
              f"{time.perf_counter() - start:8.2f} s", flush=True)
        bank = start_refbank(data)
        try:
            password = next(u["password"] for u in created["users"] if u["login"] == "clerk")
            iban = next(a["iban"] for a in created["accounts"]
                        if a["company_bin"] == created["company"]["bin"] and a["title"] == "Current account")
            api = BankApi(bank.url, bank.ca_file)
            finish_login(api, bank, api.login("clerk", password))  # R8.2: the code from the bank's outbox
            today = dt.date.today()
            gc.collect()
            baseline = peak_rss_mb()
            print(f"{'client before fetching':<38} {'':>8}     RSS {rss_mb():7.1f} MB, peak {baseline:7.1f} MB")
            fetch_and_export(api, iban, date_from=today - dt.timedelta(days=365), date_to=today, created=created,
                             out=Path(temp), pdf=not args.no_pdf)
            gc.collect()  # the statement fetched and exported above is gone with fetch_and_export's frame
            tracemalloc.start()
            again = fetch_statement(api, iban, today - dt.timedelta(days=365), today)
            held, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"one statement of {len(again.lines)} lines (tracemalloc): holds {held / 2**20:.1f} MB, "
                  f"{peak / 2**20:.1f} MB at most while fetching")
            api.close()
        finally:
            bank.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

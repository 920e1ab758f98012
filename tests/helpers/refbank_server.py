"""Start the real reference bank for a test: `refbank init --json`, then `refbank serve --port 0`.

Both run as subprocesses of `python -m refbank`, so the tests exercise the CLI a bank operator uses.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import Any

import requests
import time_machine
from cryptography import x509

from refbank.bank_time import BANK_TIMEZONE
from refbank.config import BankConfig
from refbank.pki.requests import approve_request
from refbank.statements.history import is_business_day
from tests.helpers.login import prove_session, remember_key
from tests.helpers.software_keys import SoftwareSigner, csr_pem, new_key

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0
URL_PREFIX = "refbank serving at "
FINGERPRINT_PREFIX = "CA SHA-256 fingerprint: "


# --- The test banks' clock ---------------------------------------------------------------------
# Every test bank runs on one timeline (config.toml's clock_start, refbank/bank_time.py): it starts, when
# this module is imported, at noon in Almaty on the last business day before the machine's date, and
# runs on in real time. So the bank's day is a known business day whatever the machine's date (a
# Saturday, 1 January), it does not change during a run, and the bank's time stays behind the
# machine's: what the bank certifies is valid for TLS and openssl on the machine too. The machine's
# date is read once, here, only to stay near it.
def _last_business_day_before(day: date) -> date:
    day -= timedelta(days=1)
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day


BANK_DAY = _last_business_day_before(datetime.now(BANK_TIMEZONE).date())
_BANK_START = datetime.combine(BANK_DAY, day_time(12, 0), BANK_TIMEZONE).timestamp()
_STARTED = time.monotonic()
# argon2 at its cheapest: the tests log in hundreds of times (the bank's default costs ~0.1-0.4 s a check).
TEST_HASH_COST = {"password_hash_time_cost": 1, "password_hash_memory_kib": 64, "password_hash_parallelism": 1}


def bank_now() -> float:
    """The test banks' moment now, in seconds since the epoch."""
    return _BANK_START + (time.monotonic() - _STARTED)


def bank_clock_start() -> str:
    """The test banks' moment now as config.toml's clock_start."""
    return datetime.fromtimestamp(bank_now(), BANK_TIMEZONE).isoformat(timespec="seconds")


def on_bank_time() -> time_machine.travel:
    """In-process client code on the banks' clock (its today is BANK_DAY): `with on_bank_time(): ...`."""
    return time_machine.travel(datetime.fromtimestamp(bank_now(), UTC), tick=True)


def set_bank_clock(data_dir: Path) -> None:
    """The bank in `data_dir` takes up the timeline where it is now when it next starts."""
    config = BankConfig.load(data_dir)
    config = replace(config, clock_start=bank_clock_start())
    config.write(data_dir)


class RefbankStartError(RuntimeError):
    """refbank did not start; the message carries what it wrote to stderr."""


@dataclass
class RunningBank:
    url: str
    ca_file: Path
    data_dir: Path
    users: dict[str, str]
    accounts: list[dict[str, Any]]
    ca_fingerprint: str
    created: dict[str, Any]
    process: subprocess.Popen[str] = field(repr=False)
    _stderr: list[str] = field(default_factory=list, repr=False)
    _readers: list[threading.Thread] = field(default_factory=list, repr=False)

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def stderr_text(self) -> str:
        return "".join(self._stderr)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        for reader in self._readers:
            reader.join(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def refbank_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "refbank", *args]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def init_bank(data_dir: Path) -> dict[str, Any]:
    """`refbank init` with the tests' settings: the banks' clock, the cheapest password hashes, no limit
    on new one-time codes worth counting."""
    data_dir.mkdir(parents=True, exist_ok=True)
    # Many logins by code within one module's minutes; tests/test_access_code_limits.py sets the real limit.
    BankConfig(clock_start=bank_clock_start(), codes_per_window=1000, **TEST_HASH_COST).write(data_dir)
    result = subprocess.run(refbank_command("init", "--data", str(data_dir), "--json"),
                            capture_output=True, text=True, timeout=START_TIMEOUT, cwd=REPO,
                            env=_environment())
    if result.returncode != 0:
        raise RefbankStartError(f"refbank init failed ({result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout)


def start_refbank(data_dir: Path, *, execution_delay: float = 0.2) -> RunningBank:
    """Create a bank in `data_dir` (unless one is there) and serve it on a free port."""
    created = init_bank(data_dir) if not (data_dir / "bank.sqlite3").exists() else {}
    set_bank_clock(data_dir)  # a bank started again goes on with the timeline, not back to its start
    process = subprocess.Popen(
        refbank_command("serve", "--data", str(data_dir), "--port", "0",
                        "--execution-delay", str(execution_delay)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=_environment(),
    )
    stderr_lines: list[str] = []
    stdout_lines: queue.Queue[str | None] = queue.Queue()
    # Drain both pipes for the server's whole life, so it never blocks on a full pipe.
    readers = [_drain(process.stderr, stderr_lines.append),
               _drain(process.stdout, stdout_lines.put, end=lambda: stdout_lines.put(None))]

    url = fingerprint = ""
    deadline = time.monotonic() + START_TIMEOUT
    while not (url and fingerprint):
        remaining = deadline - time.monotonic()
        try:
            line = stdout_lines.get(timeout=max(remaining, 0.01)) if remaining > 0 else None
        except queue.Empty:
            line = None
        if line is None:
            _kill(process)
            raise RefbankStartError(
                f"refbank serve did not print its URL (exit code {process.poll()}); stderr:\n"
                + "".join(stderr_lines))
        if line.startswith(URL_PREFIX):
            url = line.removeprefix(URL_PREFIX).strip()
        elif line.startswith(FINGERPRINT_PREFIX):
            fingerprint = line.removeprefix(FINGERPRINT_PREFIX).strip()
    return RunningBank(
        url=url, ca_file=data_dir / "ca.pem", data_dir=data_dir,
        users={user["login"]: user["password"] for user in created.get("users", [])},
        accounts=created.get("accounts", []), ca_fingerprint=fingerprint, created=created,
        process=process, _stderr=stderr_lines, _readers=readers,
    )


def _drain(stream: Any, sink: Any, end: Any = None) -> threading.Thread:
    def run() -> None:
        for line in stream:
            sink(line)
        if end is not None:
            end()

    reader = threading.Thread(target=run, name="refbank-output", daemon=True)
    reader.start()
    return reader


def _kill(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=5)


# --- Plain HTTPS sessions for tests of the bank itself, with a software key (tests/helpers/software_keys.py) ---

_logins: dict[str, str] = {}  # "Bearer …" -> the login it was opened for


def login(bank: RunningBank, user: str) -> Any:
    """A requests.Session that trusts only the bank's CA and carries the user's Bearer token."""
    session = requests.Session()
    # Without this, REQUESTS_CA_BUNDLE in the environment silently replaces session.verify.
    session.trust_env = False
    session.verify = str(bank.ca_file)
    answer = session.post(bank.api + "/session", json={"login": user, "password": bank.users[user]},
                          timeout=20)
    answer.raise_for_status()
    session.headers["Authorization"] = "Bearer " + answer.json()["session"]
    _logins[session.headers["Authorization"]] = user
    prove_session(bank, user, session, answer.json().get("second_factor"))
    return session


def enrol_software_key(bank: RunningBank, session: Any, algorithm: str = "ec") -> SoftwareSigner:
    key = new_key(algorithm)
    answer = session.post(bank.api + "/certificate-requests", json={"csr_pem": csr_pem(key)}, timeout=20)
    answer.raise_for_status()
    if answer.json()["status"] != "issued":  # a session before its second factor: the bank's officer approves
        approve_request(bank.data_dir, answer.json()["id"])
        answer = session.get(bank.api + "/certificate-requests/" + answer.json()["id"], timeout=20)
        answer.raise_for_status()
    certificate_pem = answer.json()["certificate_pem"]
    signer = SoftwareSigner(key, x509.load_pem_x509_certificate(certificate_pem.encode("ascii")))
    if session.headers.get("Authorization") in _logins:  # the key proves the user's carrier at later logins
        remember_key(bank, _logins[session.headers["Authorization"]], signer)
    return signer

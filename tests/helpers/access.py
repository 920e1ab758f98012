"""Helpers for the access tests: users of their own written into a running bank, the bank's CLI
(`refbank outbox`, `refbank users`), and plain HTTPS calls."""

from __future__ import annotations

import itertools
import re
import sqlite3
import subprocess

import requests

from refbank.access.password_hashing import hash_password
from tests.helpers.refbank_server import REPO, RunningBank, _environment, bank_now, refbank_command

_numbers = itertools.count(1)
PASSWORD = "Tulpar-Kok-2026"
NAME = "Серикова Динара Болатовна"
BIRTH = "1991-07-23"
IIN = "910723400017"
PHONE = "+7 701 555 77 31"


def db(bank: RunningBank) -> sqlite3.Connection:
    conn = sqlite3.connect(bank.data_dir / "bank.sqlite3", isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def add_user(bank: RunningBank, password: str = PASSWORD, **columns: object) -> str:
    """A new user of the demo company with a known password; returns the login."""
    login = f"acc{next(_numbers)}"
    with db(bank) as conn:
        (company,) = conn.execute("SELECT company_id FROM users WHERE login = 'clerk'").fetchone()
        values = {"login": login, "full_name": NAME, "iin": IIN, "company_id": company, "sign_right": "none",
                  "password_hash": hash_password(password), "birth_date": BIRTH, "phone": PHONE,
                  "password_changed_at": bank_now(), **columns}
        conn.execute(f"INSERT INTO users ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                     tuple(values.values()))
    return login


def post(bank: RunningBank, path: str, json: dict, token: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(bank.api + path, json=json, headers=headers, verify=str(bank.ca_file), timeout=20)


def get(bank: RunningBank, path: str, token: str) -> requests.Response:
    return requests.get(bank.api + path, headers={"Authorization": f"Bearer {token}"}, verify=str(bank.ca_file),
                        timeout=20)


def sign_in(bank: RunningBank, login: str, password: str = PASSWORD) -> requests.Response:
    return post(bank, "/session", {"login": login, "password": password})


def token_of(bank: RunningBank, login: str, password: str = PASSWORD) -> str:
    """A whole session: the password, then the one-time code these users (no signing right) get instead
    of the carrier's proof (R8.2)."""
    answer = sign_in(bank, login, password)
    assert answer.status_code == 200, answer.text
    token = answer.json()["session"]
    if (answer.json().get("second_factor") or {}).get("kind") == "code":
        from tests.helpers.login import last_login_code

        proved = post(bank, "/session/code", {"code": last_login_code(bank, login)}, token)
        assert proved.status_code == 200, proved.text
    return token


def error(answer: requests.Response) -> dict:
    return answer.json()["error"]


def cli(bank: RunningBank, *args: str) -> str:
    result = subprocess.run(refbank_command(*args, "--data", str(bank.data_dir)), capture_output=True, text=True,
                            timeout=60, cwd=REPO, env=_environment())
    assert result.returncode == 0, result.stderr
    return result.stdout


def last_code(bank: RunningBank, login: str) -> str:
    """The last one-time code `refbank outbox` shows for the user (the stand-in for their phone)."""
    lines = cli(bank, "outbox", "--login", login).strip().splitlines()
    return re.search(r"Code (\d{6})", lines[-1]).group(1)


def last_payment_code(bank: RunningBank, login: str = "clerk") -> str:
    """The last code `refbank outbox` shows the user for confirming a payment."""
    return re.findall(r"Code (\d{6}) confirms your payment", cli(bank, "outbox", "--login", login))[-1]


def approve_key(bank: RunningBank, request_id: str) -> str:
    """`refbank certificates approve ID --fingerprint …` as the officer does it: the fingerprint's first
    characters read off the paper act (here: off `certificates list`, which shows the same fingerprint)."""
    lines = cli(bank, "certificates", "list").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(request_id))
    fingerprint = lines[index + 1].split("SHA-256", 1)[1].replace(" ", "")
    return cli(bank, "certificates", "approve", request_id, "--fingerprint", fingerprint[:8])

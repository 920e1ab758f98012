"""A login refusal does not tell whether the login exists (R8.4): an unknown login gets the same answers as a
known login with wrong passwords (tries left, then blocked until a time), counted per login name, and the
journal still records every attempt. Real refbank, as in tests/test_access_bank.py."""

from __future__ import annotations

import itertools
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from refbank.access.schema import prepare_access
from refbank.access.users import authenticate
from refbank.config import BankConfig
from refbank.db import SCHEMA
from refbank.errors import BankRefusal
from tests.helpers.access import add_user, cli, db, error, sign_in
from tests.helpers.refbank_server import init_bank, start_refbank

_unknown = itertools.count(1)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    # every attempt here comes from 127.0.0.1: the per-address limit (tests/test_login_flood.py) must not
    # cut the side-by-side sequences short when a slow machine makes them try again
    data: Path = tmp_path_factory.mktemp("unknown-login")
    init_bank(data)
    replace(BankConfig.load(data), login_failures_per_address=1000).write(data)
    running = start_refbank(data, execution_delay=0.2)
    yield running
    running.stop()


def _answer(response) -> tuple:
    body = response.json()
    return response.status_code, body["error"]["code"], body["error"].get("message"), body["error"]["params"]


def _sequences(bank, tries: int) -> tuple[list, list, str]:
    """Known login with wrong passwords and unknown login, attempt by attempt, side by side."""
    known, unknown = add_user(bank), f"nosuch{next(_unknown)}-{int(time.time())}"
    known_answers, unknown_answers = [], []
    for attempt in range(tries):
        known_answers.append(_answer(sign_in(bank, known, f"wrong-{attempt}")))
        unknown_answers.append(_answer(sign_in(bank, unknown, f"wrong-{attempt}")))
    return known_answers, unknown_answers, unknown


def test_an_unknown_login_is_answered_exactly_as_a_known_one_with_wrong_passwords(bank):
    # "until" is given to the second: the two blocking attempts, some milliseconds apart, may fall on
    # either side of one of the bank's seconds (its clock's phase is not the machine's). Then try again
    # with new logins; five edges in a row do not happen.
    for _ in range(5):
        known, unknown, login = _sequences(bank, 5)
        if [a[3].get("until") for a in known] == [a[3].get("until") for a in unknown]:
            break
    assert unknown == known  # status, code, message and every field
    assert [a[1] for a in known] == ["wrong_credentials", "wrong_credentials", "user_blocked", "user_blocked",
                                     "user_blocked"]
    assert [a[3].get("tries_left") for a in known[:2]] == [2, 1] and "until" in known[2][3]
    with db(bank) as conn:
        rows = conn.execute("SELECT user_id, action, outcome, address FROM journal WHERE login = ? ORDER BY id",
                            (login,)).fetchall()
        assert [tuple(r) for r in rows] == [(None, "login", code, "127.0.0.1") for _, code, _, _ in unknown]
        assert conn.execute("SELECT COUNT(*) FROM users WHERE login = ?", (login,)).fetchone()[0] == 0


def test_unknown_logins_are_counted_each_on_its_own(bank):
    first, second = f"nosuch-a{next(_unknown)}", f"nosuch-b{next(_unknown)}"
    assert error(sign_in(bank, first, "x"))["params"] == {"tries_left": 2}
    assert error(sign_in(bank, first, "x"))["params"] == {"tries_left": 1}
    assert error(sign_in(bank, second, "x"))["params"] == {"tries_left": 2}


def test_an_older_bank_counts_unknown_logins_after_the_upgrade(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)  # a bank made before the table of unknown logins
    prepare_access(conn, BankConfig())
    prepare_access(conn, BankConfig())  # twice is harmless
    answers = []
    for _ in range(4):
        with pytest.raises(BankRefusal) as refused:
            authenticate(conn, "ghost", "wrong", block_seconds=60)
        answers.append((refused.value.reason.code, dict(refused.value.reason.params)))
    assert [code for code, _ in answers] == ["wrong_credentials", "wrong_credentials", "user_blocked", "user_blocked"]
    assert answers[0][1] == {"tries_left": 2} and answers[2][1] == answers[3][1]
    assert conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0


def test_a_user_the_bank_blocked_answers_a_wrong_password_as_any_login_does(bank):
    login = add_user(bank)
    cli(bank, "users", "block", login)
    wrong = sign_in(bank, login, "wrong-1")
    assert (wrong.status_code, error(wrong)["code"], error(wrong)["params"]) == (401, "wrong_credentials",
                                                                                 {"tries_left": 2})
    right = sign_in(bank, login)
    assert error(right)["code"] == "user_blocked" and error(right)["params"] == {"by_bank": True}


def test_overlong_login_names_are_refused_before_any_check(bank):
    answer = requests.post(bank.api + "/session", json={"login": "x" * 100_000, "password": "p"},
                           verify=str(bank.ca_file), timeout=20)
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_request"

"""A flood of password guesses neither stalls the bank nor gets past the limits: the slow hash runs
outside any write transaction, an address that keeps failing waits (`429 too_many_logins`, answered
before any hash), every guess is answered with a 4xx while the clerk keeps working, and a user the bank
blocked is told so only with the right password."""

from __future__ import annotations

import itertools
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from refbank.access import users
from refbank.access.password_hashing import hash_password
from refbank.access.schema import prepare_access
from refbank.access.users import authenticate
from refbank.config import BankConfig
from refbank.db import SCHEMA
from refbank.errors import BankRefusal
from tests.helpers.access import add_user, error, sign_in
from tests.helpers.refbank_server import init_bank, login, start_refbank

PER_ADDRESS = 12
_names = itertools.count(1)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    data: Path = tmp_path_factory.mktemp("flood")
    init_bank(data)
    replace(BankConfig.load(data), login_failures_per_address=PER_ADDRESS).write(data)
    running = start_refbank(data, execution_delay=0.2)
    yield running
    running.stop()


def test_the_hash_is_checked_while_others_may_write(tmp_path):
    path = tmp_path / "bank.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    prepare_access(conn, BankConfig())
    conn.execute("INSERT INTO companies (id, name, bin) VALUES (1, 'A', '150640000001')")
    conn.execute("INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash) "
                 "VALUES ('u', 'U', '910723400017', 1, 'none', ?)", (hash_password("right"),))
    others_wrote: list[bool] = []

    def matches_while_another_writes(password_hash: str, password: str) -> bool:
        other = sqlite3.connect(path, isolation_level=None, timeout=0)  # no wait: a held lock fails at once
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO companies (name, bin) VALUES ('B', ?)", (f"1506400000{len(others_wrote) + 10}",))
        other.execute("COMMIT")
        other.close()
        others_wrote.append(True)
        return password == "right"

    original = users.password_matches
    users.password_matches = matches_while_another_writes
    try:
        with pytest.raises(BankRefusal):
            authenticate(conn, "u", "wrong")
        assert authenticate(conn, "u", "right").login == "u"
    finally:
        users.password_matches = original
    assert others_wrote == [True, True]


def test_an_address_that_keeps_failing_waits_even_with_the_right_password(bank):
    known = add_user(bank)
    answers = [sign_in(bank, f"ghost{next(_names)}", "wrong") for _ in range(PER_ADDRESS)]
    assert {answer.status_code for answer in answers} <= {401, 403}
    refused = sign_in(bank, known)
    assert refused.status_code == 429 and error(refused)["code"] == "too_many_logins"
    assert 1 <= error(refused)["params"]["wait_seconds"] <= 60


def test_a_flood_of_guesses_is_answered_with_4xx_while_the_clerk_works(tmp_path_factory):
    data: Path = tmp_path_factory.mktemp("flood-clerk")
    created = init_bank(data)
    running = start_refbank(data, execution_delay=0.2)
    running.users = {user["login"]: user["password"] for user in created["users"]}
    try:
        clerk = login(running, "clerk")

        def guess(number: int) -> int:
            return sign_in(running, f"flood{number % 7}", f"wrong-{number}").status_code

        def clerk_reads(_: int) -> int:
            return clerk.get(running.api + "/accounts", timeout=60).status_code

        with ThreadPoolExecutor(24) as pool:
            guesses = pool.map(guess, range(160))
            reads = pool.map(clerk_reads, range(20))
            statuses, clerk_statuses = list(guesses), list(reads)
        clerk.close()
    finally:
        running.stop()
    assert set(statuses) <= {401, 403, 429} and 429 in statuses  # never a 500, never "database is locked"
    assert clerk_statuses == [200] * 20

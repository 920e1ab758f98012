"""The bank's access rules: tries left and blocks (R8.4, R8.6), the password policy one rule
at a time (R5.5, R6.1, R8.1), expiry, one-time codes (R8.3), self-block (R6.4) and the journal (R8.7).

Each test gets a user of its own, written into the bank's database, so the tests do not share state.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
import requests

from refbank.access.schema import prepare_access
from refbank.config import BankConfig
from refbank.db import SCHEMA
from tests.helpers.access import (
    BIRTH,
    NAME,
    PASSWORD,
    PHONE,
    add_user,
    cli,
    db,
    error,
    get,
    last_code,
    post,
    sign_in,
    token_of,
)
from tests.helpers.refbank_server import RunningBank, bank_now, start_refbank


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    running = start_refbank(tmp_path_factory.mktemp("access"), execution_delay=0.2)
    yield running
    running.stop()


# --- R8.4, R8.6: tries left, blocked until, the bank's block and unblock --------------------------

def test_wrong_passwords_say_tries_left_then_block_until_a_time(bank):
    login = add_user(bank)
    first, second = sign_in(bank, login, "wrong-1"), sign_in(bank, login, "wrong-2")
    assert (error(first)["code"], error(first)["params"]["tries_left"]) == ("wrong_credentials", 2)
    assert error(second)["params"]["tries_left"] == 1
    before = datetime.fromtimestamp(bank_now(), UTC)  # the bank's clock, not the machine's
    third = sign_in(bank, login, "wrong-3")
    assert third.status_code == 403 and error(third)["code"] == "user_blocked"
    until = datetime.fromisoformat(error(third)["params"]["until"])
    assert 14 * 60 < (until - before).total_seconds() <= 15 * 60 + 5  # the configured 15 minutes
    assert error(sign_in(bank, login))["code"] == "user_blocked"  # even the right password


def test_unblock_by_cli_lets_the_user_in_again(bank):
    login = add_user(bank)
    for attempt in range(3):
        sign_in(bank, login, f"wrong-{attempt}")
    assert error(sign_in(bank, login))["code"] == "user_blocked"
    cli(bank, "users", "unblock", login)
    assert sign_in(bank, login).status_code == 200


def test_block_by_cli_holds_until_the_bank_unblocks_and_ends_sessions(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    cli(bank, "users", "block", login)
    refused = sign_in(bank, login)
    assert error(refused)["code"] == "user_blocked" and error(refused)["params"] == {"by_bank": True}
    assert get(bank, "/accounts", token).status_code == 401
    cli(bank, "users", "unblock", login)
    assert sign_in(bank, login).status_code == 200


# --- R5.5, R6.1, R8.1: each password rule refused for its own reason -----------------------------

@pytest.mark.parametrize(("new", "code", "kind"), [
    ("Ab1-xyz", "password_too_short", None),
    ("20260415123", "password_digits_only", None),
    ("Dinara-Серикова!", "password_personal_data", "name"),
    ("Kok-tobe-23071991", "password_personal_data", "birth_date"),
    ("Kok-tobe-5557731", "password_personal_data", "phone"),
    ("Kok-{login}-tobe", "password_personal_data", "login"),
    (PASSWORD, "password_reused", None),
    ("A" * 65, "password_too_long", None),
])
def test_each_password_rule_is_refused_for_its_own_reason(bank, new, code, kind):
    login = add_user(bank)
    token = token_of(bank, login)
    answer = post(bank, "/password", {"current": PASSWORD, "new": new.format(login=login)}, token)
    assert answer.status_code == 400 and error(answer)["code"] == code, answer.text
    if kind:
        assert error(answer)["params"]["kind"] == kind
    assert "password change" not in cli(bank, "outbox", "--login", login)  # no code for a refused password


def test_none_of_the_last_five_passwords(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    current = PASSWORD
    for number in range(1, 6):
        new = f"Saryarqa-{number}-Zhel"
        assert post(bank, "/password", {"current": current, "new": new}, token).status_code == 200
        changed = post(bank, "/password", {"current": current, "new": new, "code": last_code(bank, login)}, token)
        assert changed.json() == {"changed": True}
        current = new
        with db(bank) as conn:  # a change a day, for the bank: the limit on new codes is not what this tests
            conn.execute("UPDATE one_time_codes SET created_at = created_at - 86400 WHERE user_id = "
                         "(SELECT id FROM users WHERE login = ?)", (login,))
    assert error(post(bank, "/password", {"current": current, "new": "Saryarqa-2-Zhel"}, token))["code"] == "password_reused"
    assert post(bank, "/password", {"current": current, "new": PASSWORD}, token).status_code == 200  # 6th back


def test_a_wrong_current_password_is_refused(bank):
    login = add_user(bank)
    answer = post(bank, "/password", {"current": "not-it", "new": "Saryarqa-Zhel-9"}, token_of(bank, login))
    assert error(answer)["code"] == "wrong_current_password"


def test_policy_names_the_rules_and_the_users_personal_data(bank):
    login = add_user(bank)
    policy = get(bank, "/password-policy", token_of(bank, login)).json()
    assert (policy["min_length"], policy["max_length"], policy["history"], policy["max_age_days"]) == (8, 64, 5, 90)
    assert policy["personal"]["names"] == NAME.split() and policy["personal"]["birth_date"] == BIRTH


# --- R8.3: one-time codes ------------------------------------------------------------------------

def test_password_change_needs_the_code_sent_to_the_phone(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    asked = post(bank, "/password", {"current": PASSWORD, "new": "Saryarqa-Zhel-9"}, token).json()
    assert asked["confirmation"]["purpose"] == "password_change"
    assert asked["confirmation"]["sent_to"].endswith("31")
    line = cli(bank, "outbox", "--login", login).strip().splitlines()[-1]
    assert PHONE in line and "never asks" in line
    done = post(bank, "/password", {"current": PASSWORD, "new": "Saryarqa-Zhel-9", "code": last_code(bank, login)}, token)
    assert done.json() == {"changed": True}
    assert error(sign_in(bank, login))["code"] == "wrong_credentials"
    assert sign_in(bank, login, "Saryarqa-Zhel-9").status_code == 200


def _ask(bank: RunningBank, login: str, token: str, new: str = "Saryarqa-Zhel-9") -> requests.Response:
    return post(bank, "/password", {"current": PASSWORD, "new": new}, token)


def _confirm(bank: RunningBank, token: str, code: str, new: str = "Saryarqa-Zhel-9") -> requests.Response:
    return post(bank, "/password", {"current": PASSWORD, "new": new, "code": code}, token)


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_code_entered_wrong_three_times_is_void(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    _ask(bank, login, token)
    code = last_code(bank, login)
    first, second = _confirm(bank, token, _wrong(code)), _confirm(bank, token, _wrong(code))
    assert (error(first)["code"], error(first)["params"]["tries_left"]) == ("code_wrong", 2)
    assert error(second)["params"]["tries_left"] == 1
    assert error(_confirm(bank, token, _wrong(code)))["code"] == "code_void"
    assert error(_confirm(bank, token, code))["code"] == "code_void"  # even the right one now
    assert sign_in(bank, login).status_code == 200  # the password did not change


def test_an_expired_code_is_refused(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    _ask(bank, login, token)
    with db(bank) as conn:  # 16 minutes later, for the bank
        conn.execute("UPDATE one_time_codes SET expires_at = ? WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                     (bank_now() - 60, login))
    assert error(_confirm(bank, token, last_code(bank, login)))["code"] == "code_expired"


def test_a_new_request_replaces_the_previous_code(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    _ask(bank, login, token)
    old = last_code(bank, login)
    _ask(bank, login, token)
    new = last_code(bank, login)
    assert new != old
    assert error(_confirm(bank, token, old))["code"] == "code_wrong"
    assert _confirm(bank, token, new).json() == {"changed": True}


def test_the_code_confirms_only_the_password_it_was_sent_for(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    _ask(bank, login, token, new="Saryarqa-Zhel-9")
    answer = _confirm(bank, token, last_code(bank, login), new="Another-Pass-77")
    assert error(answer)["code"] == "code_not_requested"


# --- expiry and the first login ------------------------------------------------------------------

def test_an_expired_password_forces_the_change_before_anything_else(bank):
    login = add_user(bank, password_changed_at=bank_now() - 91 * 86400)
    answer = sign_in(bank, login)
    assert answer.json()["password_change"] == "expired"
    token = answer.json()["session"]
    assert post(bank, "/session/code", {"code": last_code(bank, login)}, token).status_code == 200  # R8.2
    refused = get(bank, "/accounts", token)
    assert refused.status_code == 403 and error(refused)["code"] == "password_change_required"
    assert get(bank, "/password-policy", token).status_code == 200
    _ask(bank, login, token)
    assert _confirm(bank, token, last_code(bank, login)).json() == {"changed": True}
    assert get(bank, "/accounts", token).status_code == 200


def test_a_first_login_forces_the_change(bank):
    login = add_user(bank, must_change_password=1)
    assert sign_in(bank, login).json()["password_change"] == "first_login"


def test_a_fresh_password_needs_no_change(bank):
    assert sign_in(bank, add_user(bank)).json()["password_change"] is None


# --- R6.4, R6.5: block my access ------------------------------------------------------------------

def test_block_my_access_blocks_at_once_and_ends_every_session(bank):
    login = add_user(bank)
    other_session = token_of(bank, login)
    token = token_of(bank, login)
    assert post(bank, "/access/block", {}, token).status_code == 204
    assert get(bank, "/accounts", other_session).status_code == 401
    assert error(sign_in(bank, login))["params"] == {"by_bank": True}


# --- R8.7, R7.1: the journal -----------------------------------------------------------------------

def test_the_journal_records_a_failed_login_with_time_address_and_outcome(bank):
    login = add_user(bank)
    sign_in(bank, login, "wrong")
    token = token_of(bank, login)
    get(bank, "/accounts", token)
    entries = get(bank, "/journal", token).json()["entries"]
    assert [(e["action"], e["outcome"]) for e in entries[:3]] == [
        ("login_code", "ok"), ("login", "ok"), ("login", "wrong_credentials")]  # the code instead of the carrier
    assert entries[2]["address"] == "127.0.0.1" and entries[2]["at"].endswith("Z")
    everything = get(bank, "/journal?reads=true", token).json()["entries"]
    assert ("GET /accounts", "ok") in [(e["action"], e["outcome"]) for e in everything]


def test_a_user_sees_only_their_own_journal(bank):
    mine, theirs = add_user(bank), add_user(bank)
    sign_in(bank, theirs, "wrong")
    entries = get(bank, "/journal", token_of(bank, mine)).json()["entries"]
    assert [e["action"] for e in entries] == ["login_code", "login"]


# --- a bank made before these rules ----------------------------------------------------------------

def test_an_older_bank_gets_the_access_columns_without_losing_users(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)  # the users table as it was: no birth date, phone or password age
    conn.execute("INSERT INTO companies (name, bin) VALUES ('T', '190540000000')")
    conn.execute("INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash) "
                 "VALUES ('old', 'Old User', '880314400123', 1, 'single', 'x')")
    prepare_access(conn, BankConfig())
    prepare_access(conn, BankConfig())  # twice is harmless
    row = conn.execute("SELECT * FROM users WHERE login = 'old'").fetchone()
    assert row["birth_date"] == "1988-03-14" and row["password_changed_at"] is not None
    assert row["must_change_password"] == 0 and row["phone"] is None


def test_a_reset_password_from_the_bank_must_be_changed_at_the_next_login(bank):
    login = add_user(bank)
    printed = cli(bank, "users", "reset-password", login)
    password = printed.split(" password ")[1].split()[0]
    assert error(sign_in(bank, login))["code"] == "wrong_credentials"
    assert sign_in(bank, login, password).json()["password_change"] == "first_login"

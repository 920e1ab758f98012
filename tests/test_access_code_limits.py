"""One-time codes cannot be farmed or guessed: a user gets at most `codes_per_window` new codes within
`code_window_minutes` (refused `too_many_codes` with the wait), and wrong codes, whatever code they were
typed for, count toward a block that ends the user's sessions.

Each test has its own user in a module bank, so the counts of one test never reach another.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from refbank.config import BankConfig
from tests.helpers.access import PASSWORD, add_user, cli, db, error, last_code, post, sign_in, token_of
from tests.helpers.refbank_server import init_bank, start_refbank

NEW = "Saryarqa-Zhel-9"
LIMIT = BankConfig().codes_per_window


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    data: Path = tmp_path_factory.mktemp("codes")
    init_bank(data)
    replace(BankConfig.load(data), codes_per_window=LIMIT).write(data)  # the production limit
    running = start_refbank(data, execution_delay=0.2)
    yield running
    running.stop()


def _ask(bank, token: str):
    return post(bank, "/password", {"current": PASSWORD, "new": NEW}, token)


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_new_codes_are_limited_per_window_and_the_refusal_says_how_long_to_wait(bank):
    login = add_user(bank)
    token = token_of(bank, login)  # the login's own code is the first of the window
    answers = [_ask(bank, token) for _ in range(LIMIT)]
    assert [answer.status_code for answer in answers[:LIMIT - 1]] == [200] * (LIMIT - 1)
    refused = answers[-1]
    assert refused.status_code == 429 and error(refused)["code"] == "too_many_codes"
    assert 1 <= error(refused)["params"]["wait_minutes"] <= BankConfig().code_window_minutes
    assert "wait" in error(refused)["message"]
    with db(bank) as conn:  # the window passes, for the bank
        conn.execute("UPDATE one_time_codes SET created_at = created_at - ? WHERE user_id = "
                     "(SELECT id FROM users WHERE login = ?)", (BankConfig().code_window_minutes * 60 + 1, login))
    assert _ask(bank, token).status_code == 200


def test_login_codes_count_in_the_same_window(bank):
    login = add_user(bank)
    token = sign_in(bank, login).json()["session"]  # the first code
    answers = [post(bank, "/session/code:new", {}, token) for _ in range(LIMIT)]
    assert error(answers[-1])["code"] == "too_many_codes"
    outbox = len([line for line in _outbox_lines(bank, login) if "Code" in line])
    assert outbox == LIMIT  # the phone got no more messages than the limit


def test_wrong_codes_count_toward_a_block_across_codes_and_end_the_sessions(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    other = token_of(bank, login)
    answers = []
    for _ in range(2):  # a new code after each void one: the tries of one code do not reset the count
        _ask(bank, token)
        code = last_code(bank, login)
        answers += [post(bank, "/password", {"current": PASSWORD, "new": NEW, "code": _wrong(code)}, token)
                    for _ in range(3)]
    codes = [error(answer)["code"] for answer in answers]
    assert codes[:3] == ["code_wrong", "code_wrong", "code_void"]
    blocked_at = BankConfig().max_wrong_codes - 1
    assert codes[blocked_at] == "user_blocked" and codes[blocked_at + 1:] == ["session_expired"]
    assert post(bank, "/password", {"current": PASSWORD, "new": NEW}, other).status_code == 401  # sessions ended
    assert error(sign_in(bank, login))["code"] == "user_blocked"  # even the right password, until the time


def test_a_right_code_starts_the_count_of_wrong_ones_again(bank):
    login = add_user(bank)
    token = token_of(bank, login)
    with db(bank) as conn:  # one short of the block
        conn.execute("UPDATE users SET failed_codes = ? WHERE login = ?", (BankConfig().max_wrong_codes - 1, login))
    _ask(bank, token)
    done = post(bank, "/password", {"current": PASSWORD, "new": NEW, "code": last_code(bank, login)}, token)
    assert done.json() == {"changed": True}
    with db(bank) as conn:
        (failed,) = conn.execute("SELECT failed_codes FROM users WHERE login = ?", (login,)).fetchone()
    assert failed == 0


def _outbox_lines(bank, login: str) -> list[str]:
    return cli(bank, "outbox", "--login", login).strip().splitlines()

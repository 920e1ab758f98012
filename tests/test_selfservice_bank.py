"""refbank's self-service routes: unlocking a locked client checks the password like a login
(wrong ones counted, three block the user and end the session); "my key is compromised" revokes the
user's own certificate at once (journaled) and a replacement request waits for the bank's approval."""

from __future__ import annotations

import pytest

from tests.helpers.access import PASSWORD, add_user, db, error, post, sign_in
from tests.helpers.login import last_login_code
from tests.helpers.refbank_server import RunningBank, start_refbank


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    running = start_refbank(tmp_path_factory.mktemp("selfservice"), execution_delay=0.2)
    yield running
    running.stop()


def token_of(bank: RunningBank, login: str) -> str:
    """A whole session: the password, then the one-time code a user without signing right gets (R8.2)."""
    answer = sign_in(bank, login)
    assert answer.status_code == 200, answer.text
    token = answer.json()["session"]
    if answer.json().get("second_factor"):
        proved = post(bank, "/session/code", {"code": last_login_code(bank, login)}, token)
        assert proved.status_code == 200, proved.text
    return token


def _journal(bank: RunningBank, login: str, action: str) -> list[str]:
    with db(bank) as conn:
        return [row["outcome"] for row in conn.execute(
            "SELECT outcome FROM journal WHERE login = ? AND action = ? ORDER BY id", (login, action))]


def test_unlock_checks_the_password_and_counts_a_wrong_one_like_a_login(bank: RunningBank) -> None:
    login = add_user(bank)
    token = token_of(bank, login)
    wrong = post(bank, "/session/unlock", {"password": "not-it"}, token)
    assert wrong.status_code == 401 and error(wrong)["code"] == "wrong_credentials"
    assert error(wrong)["params"]["tries_left"] == 2
    with db(bank) as conn:
        assert conn.execute("SELECT failed_logins FROM users WHERE login = ?", (login,)).fetchone()[0] == 1
    right = post(bank, "/session/unlock", {"password": PASSWORD}, token)
    assert right.status_code == 200 and right.json() == {"unlocked": True}
    assert _journal(bank, login, "unlock") == ["wrong_credentials", "ok"]
    # The middleware does not write the call a second time.
    assert _journal(bank, login, "POST /session/unlock") == []


def test_three_wrong_unlock_passwords_block_the_user_and_end_the_session(bank: RunningBank) -> None:
    login = add_user(bank)
    token = token_of(bank, login)
    answers = [post(bank, "/session/unlock", {"password": f"wrong-{n}"}, token) for n in range(3)]
    assert [error(a)["code"] for a in answers] == ["wrong_credentials", "wrong_credentials", "user_blocked"]
    assert "until" in error(answers[2])["params"]
    after = post(bank, "/session/unlock", {"password": PASSWORD}, token)
    assert after.status_code == 401 and error(after)["code"] == "session_expired"


def test_unlock_after_the_session_expired_says_so(bank: RunningBank) -> None:
    login = add_user(bank)
    token = token_of(bank, login)
    with db(bank) as conn:
        conn.execute("UPDATE sessions SET last_seen = last_seen - 86400 WHERE user_id = "
                     "(SELECT id FROM users WHERE login = ?)", (login,))
    answer = post(bank, "/session/unlock", {"password": PASSWORD}, token)
    assert answer.status_code == 401 and error(answer)["code"] == "session_expired"


def test_a_user_revokes_only_a_certificate_of_their_own(bank: RunningBank) -> None:
    login = add_user(bank)
    token = token_of(bank, login)
    serial = "5e1f5e1f"
    with db(bank) as conn:  # a certificate of the demo clerk, not of this user
        conn.execute("INSERT INTO certificates (serial, user_id, der, not_after) "
                     "SELECT ?, id, x'00', '2030-01-01' FROM users WHERE login = 'clerk'", (serial,))
    refused = post(bank, "/certificates/revoke", {"serial": serial}, token)
    assert refused.status_code == 404 and error(refused)["code"] == "certificate_unknown"
    with db(bank) as conn:
        assert conn.execute("SELECT revoked FROM certificates WHERE serial = ?", (serial,)).fetchone()[0] == 0
    assert _journal(bank, login, "certificate_revoke") == ["certificate_unknown"]


def test_a_replacement_request_waits_even_on_an_auto_issuing_bank(bank: RunningBank) -> None:
    login = add_user(bank)
    token = token_of(bank, login)
    answer = post(bank, "/certificates/replacement", {"csr_pem": "not a request"}, token)
    assert answer.status_code == 400 and error(answer)["code"] == "csr_invalid", answer.text

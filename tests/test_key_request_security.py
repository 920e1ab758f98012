"""A key request from a session that has only the password (its second factor not finished) is never issued
at once, even with auto_issue_certificates = true: it waits for the bank's officer (`refbank certificates
approve ID`). Else a password alone would get a certificate on its own key and then "prove the carrier"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from refbank.config import BankConfig
from refbank.pki.requests import approve_request
from tests.helpers.refbank_server import RunningBank, login, start_refbank
from tests.helpers.software_keys import csr_pem, new_key

USER = "clerk"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    running = start_refbank(tmp_path_factory.mktemp("bank"))
    yield running
    running.stop()


def _password_only(bank: RunningBank) -> tuple[requests.Session, dict]:
    session = requests.Session()
    session.trust_env = False
    session.verify = str(bank.ca_file)
    answer = session.post(bank.api + "/session", json={"login": USER, "password": bank.users[USER]}, timeout=20)
    assert answer.status_code == 200, answer.text
    session.headers["Authorization"] = "Bearer " + answer.json()["session"]
    return session, answer.json()["second_factor"]


def _certificates(bank: RunningBank) -> int:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3", timeout=30) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM certificates c JOIN users u ON u.id = c.user_id "
                                "WHERE u.login = ?", (USER,)).fetchone()
    return int(count)


def test_a_password_only_key_request_waits_for_the_officer(bank: RunningBank) -> None:
    assert BankConfig.load(bank.data_dir).auto_issue_certificates  # the demo bank's default: issue at once
    session, second_factor = _password_only(bank)
    assert second_factor is not None  # the session is held back until its second factor
    before = _certificates(bank)

    answer = session.post(bank.api + "/certificate-requests", json={"csr_pem": csr_pem(new_key())}, timeout=20)
    assert answer.status_code == 201, answer.text
    request = answer.json()
    assert request["status"] == "pending" and request["certificate_pem"] is None
    assert _certificates(bank) == before  # nothing issued
    # Still no full session: nothing but the login's own calls and the key request is served.
    refused = session.get(bank.api + "/accounts", timeout=20)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "second_factor_required"
    asked = session.get(bank.api + f"/certificate-requests/{request['id']}", timeout=20)
    assert asked.json()["status"] == "pending"

    serial = approve_request(bank.data_dir, request["id"])  # the paper act signed at the branch
    issued = session.get(bank.api + f"/certificate-requests/{request['id']}", timeout=20).json()
    assert issued["status"] == "issued" and issued["certificate_pem"]
    assert _certificates(bank) == before + 1
    with pytest.raises(LookupError):
        approve_request(bank.data_dir, request["id"])  # approved once only
    assert serial


def test_a_session_past_its_second_factor_gets_the_certificate_at_once(bank: RunningBank) -> None:
    other = next(name for name in bank.users if name != USER)  # no certificate yet: the login code
    session = login(bank, other)  # tests/helpers/login.prove_session answers the code from the outbox
    answer = session.post(bank.api + "/certificate-requests", json={"csr_pem": csr_pem(new_key())}, timeout=20)
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "issued" and answer.json()["certificate_pem"]


def test_the_bank_refuses_to_approve_a_request_it_does_not_have(bank: RunningBank, tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        approve_request(bank.data_dir, "no-such-request")

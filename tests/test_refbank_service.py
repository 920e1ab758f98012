"""The reference bank as its operator and its peers see it: the CLI, TLS, logins, exported evidence.

Independent peers check it: `openssl s_client` the TLS, `openssl cms -verify` the kept signatures,
the client's own IIN/BIN and IIK validators what `refbank init` made up.
"""

from __future__ import annotations

import base64
import shutil
import stat
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import rfc8785
from schwifty import IBAN

from bsclient.rules import check_iban, check_iin_bin
from tests.helpers.refbank_server import (
    BANK_DAY,
    REPO,
    RunningBank,
    enrol_software_key,
    login,
    refbank_command,
    start_refbank,
)

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    running = start_refbank(tmp_path_factory.mktemp("refbank"), execution_delay=0.2)
    yield running
    running.stop()


def host_port(bank: RunningBank) -> str:
    return urlsplit(bank.url).netloc


def s_client(bank: RunningBank, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "s_client", "-connect", host_port(bank), "-CAfile", str(bank.ca_file),
         "-verify_return_error", *options],
        input="", capture_output=True, text=True, timeout=30,
    )


def test_init_makes_a_demo_company_with_valid_identifiers(bank):
    """init hands out a clerk with single right, a viewer, a first and a second signer; BIN, IINs and IIKs pass the client's checks."""
    created = bank.created
    rights = {user["login"]: user["sign_right"] for user in created["users"]}
    assert rights == {"clerk": "single", "viewer": "none", "first": "first", "second": "second"}
    assert all(len(user["password"]) >= 8 for user in created["users"])
    for company in created["companies"]:
        assert check_iin_bin(company["bin"]) is None, company
    for user in created["users"]:
        assert check_iin_bin(user["iin"]) is None, user
    currencies = sorted(a["currency"] for a in created["accounts"] if a["company"] == created["company"]["name"])
    assert currencies == ["KZT", "KZT", "USD"]
    for account in created["accounts"]:
        assert check_iban(account["iban"]) is None
        assert IBAN(account["iban"]).bic == "TSESKZKA"
    assert created["bank_bic"] == "TSESKZKA"


def test_the_bank_keeps_its_private_keys_readable_by_its_owner_only(bank):
    for name in ("ca-key.pem", "server-key.pem"):
        assert stat.S_IMODE((bank.data_dir / name).stat().st_mode) == 0o600
    assert {"ca.pem", "bank.sqlite3", "config.toml"} <= {p.name for p in bank.data_dir.iterdir()}


def test_init_refuses_a_directory_that_holds_a_bank(bank):
    result = subprocess.run(refbank_command("init", "--data", str(bank.data_dir)), cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "already holds a bank" in result.stderr


def test_tls_1_2_with_the_bank_ca_verifies(bank):
    """R2.3: TLS 1.2 to the bank verifies against its CA, for the address the client uses."""
    result = s_client(bank, "-tls1_2", "-verify_ip", "127.0.0.1")
    assert result.returncode == 0, result.stderr
    assert "Verify return code: 0 (ok)" in result.stdout
    assert "Protocol  : TLSv1.2" in result.stdout and "Cipher is (NONE)" not in result.stdout


def test_tls_1_1_is_refused(bank):
    """R2.3: nothing older than TLS 1.2. SECLEVEL=0 lets the client offer TLS 1.1 at all."""
    result = s_client(bank, "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0")
    assert result.returncode != 0
    # No handshake: s_client still says "Verify return code: 0" when no certificate arrived at all.
    assert "no peer certificate available" in result.stdout
    assert "Cipher is (NONE)" in result.stdout


def test_plain_http_to_the_bank_port_gets_no_answer(bank):
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(f"http://{host_port(bank)}/api/v1/accounts", timeout=10)


def test_a_wrong_password_is_refused_401(bank):
    """R2.1: a wrong password answers wrong_credentials, in the error body of the wire protocol."""
    answer = requests.post(bank.api + "/session", json={"login": "clerk", "password": "not-the-password"},
                           verify=str(bank.ca_file), timeout=20)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "wrong_credentials"
    assert set(answer.json()["error"]) == {"code", "message", "params"}


def test_three_wrong_passwords_block_the_user(bank):
    """R5.4, R8.4: the third wrong password blocks the user, even for the right password."""
    def attempt(password: str) -> requests.Response:
        return requests.post(bank.api + "/session", json={"login": "viewer", "password": password},
                             verify=str(bank.ca_file), timeout=20)

    assert [attempt("wrong-1").status_code, attempt("wrong-2").status_code] == [401, 401]
    third = attempt("wrong-3")
    assert third.status_code == 403 and third.json()["error"]["code"] == "user_blocked"
    assert attempt(bank.users["viewer"]).json()["error"]["code"] == "user_blocked"


def test_logout_ends_the_session(bank):
    with login(bank, "clerk") as session:
        assert session.delete(bank.api + "/session", timeout=20).status_code == 204
        answer = session.get(bank.api + "/accounts", timeout=20)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "session_expired"


@pytest.fixture(scope="module")
def exported(bank: RunningBank, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A document the clerk sent, exported by the bank's operator with `refbank export-document`."""
    with login(bank, "clerk") as session:
        signer = enrol_software_key(bank, session, "rsa")
        companies, accounts = bank.created["companies"], bank.accounts
        payer = next(a for a in accounts if a["company_bin"] == companies[0]["bin"] and a["currency"] == "KZT")
        beneficiary = next(a for a in accounts if a["company_bin"] == companies[1]["bin"])
        today = BANK_DAY.isoformat()
        order = {
            "schema": "kz.payment-order/1", "id": str(uuid.uuid4()), "number": "3", "date": today,
            "value_date": today, "currency": "KZT", "amount": "1000.00", "knp": "710",
            "payer": {"name": companies[0]["name"], "bin": companies[0]["bin"], "iban": payer["iban"],
                      "bic": "TSESKZKA", "code": "17"},
            "beneficiary": {"name": companies[1]["name"], "bin": companies[1]["bin"],
                            "iban": beneficiary["iban"], "bic": "TSESKZKA", "code": "17"},
            "purpose": "Оплата за услуги",
        }
        content = rfc8785.dumps(order)
        answer = session.put(bank.api + f"/documents/{order['id']}", timeout=20, json={
            "content": base64.b64encode(content).decode(),
            "signatures": [base64.b64encode(signer.sign(content)).decode()],
        })
        assert answer.status_code == 201 and answer.json()["status"] == "accepted", answer.text
    out = tmp_path_factory.mktemp("exported")
    result = subprocess.run(refbank_command("export-document", order["id"], "--data", str(bank.data_dir),
                                            "--out", str(out)),
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (out / "document.json").read_bytes() == content
    return out


def cms_verify(folder: Path, document: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(folder / "signature-1.p7s"),
         "-content", str(document), "-CAfile", str(folder / "ca.pem"), "-purpose", "any",
         "-out", "/dev/null"],
        capture_output=True, text=True, timeout=30,
    )


def test_the_kept_document_and_signature_verify_with_openssl(exported):
    """The bank keeps the exact signed bytes and CMS: evidence any third party can check."""
    result = cms_verify(exported, exported / "document.json")
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr


def test_a_changed_exported_document_fails_openssl_verification(exported, tmp_path):
    changed = tmp_path / "document.json"
    changed.write_bytes((exported / "document.json").read_bytes().replace(b'"1000.00"', b'"9000.00"'))
    result = cms_verify(exported, changed)
    assert result.returncode != 0

"""`refbank certificates list` shows each waiting key's SHA-256 fingerprint; `approve` wants its first
characters from the paper act and refuses another key's."""

from __future__ import annotations

import hashlib
import subprocess

import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from tests.helpers.access import approve_key, cli
from tests.helpers.refbank_server import REPO, RunningBank, _environment, refbank_command
from tests.helpers.software_keys import csr_pem, new_key


def _approve(bank: RunningBank, request_id: str, fingerprint: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(refbank_command("certificates", "approve", request_id, "--fingerprint", fingerprint,
                                          "--data", str(bank.data_dir)),
                          capture_output=True, text=True, timeout=60, cwd=REPO, env=_environment(),
                          stdin=subprocess.DEVNULL)


def test_a_wrong_fingerprint_issues_nothing_and_the_right_one_does(bank: RunningBank) -> None:
    request_pem = csr_pem(new_key("rsa"))
    with requests.Session() as session:  # signed in by password only: the request waits for the officer
        session.trust_env, session.verify = False, str(bank.ca_file)
        signed_in = session.post(bank.api + "/session", json={"login": "clerk", "password": bank.users["clerk"]},
                                 timeout=20)
        session.headers["Authorization"] = "Bearer " + signed_in.json()["session"]
        answer = session.post(bank.api + "/certificate-requests", json={"csr_pem": request_pem}, timeout=20)
    assert answer.status_code in (200, 201), answer.text
    request_id = answer.json()["id"]
    listing = cli(bank, "certificates", "list")
    spki = x509.load_pem_x509_csr(request_pem.encode()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    expected = hashlib.sha256(spki).hexdigest().upper()
    assert expected in listing.replace(" ", "")

    wrong = _approve(bank, request_id, "0000 0000")
    assert wrong.returncode == 1 and "another key" in wrong.stderr
    short = _approve(bank, request_id, expected[:4])
    assert short.returncode == 1
    assert request_id in cli(bank, "certificates", "list")  # still waiting

    assert "issued" in approve_key(bank, request_id)
    assert request_id not in cli(bank, "certificates", "list")

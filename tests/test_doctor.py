"""`bsclient doctor` tells IT staff, one line per check, what works and what does not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import trustme

from installer.softhsm import SOFTHSM_MODULE
from tests.helpers.carriers import enrolled_carrier
from tests.helpers.refbank_server import REPO, RunningBank

pytestmark = pytest.mark.integration  # runs `bsclient doctor` against carriers and the bank


def doctor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bsclient", "doctor", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_a_healthy_workplace_passes_every_check(bank: RunningBank, softhsm_config: Path, pcscd: None) -> None:
    carrier = enrolled_carrier(bank, softhsm_config)
    result = doctor("--module", SOFTHSM_MODULE, "--server", bank.url, "--ca", str(bank.ca_file))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("[ OK ]") for line in lines), result.stdout
    assert f"[ OK ] PKCS#11 module loads: {SOFTHSM_MODULE} (SoftHSM2 (software token, for trials))" in lines
    assert any(f"'{carrier.label}'" in line for line in lines if "key carrier:" in line)
    assert any(line.startswith("[ OK ] keys on the carrier:") and "CN=" in line for line in lines)
    assert any(line.startswith("[ OK ] smart-card readers:") and "Virtual PCD" in line for line in lines)
    assert any(line.startswith("[ OK ] bank server reachable:") and "TLSv1." in line for line in lines)
    assert "[ OK ] bank API answers: HTTP 401" in lines


def test_a_server_certificate_from_another_ca_fails_the_chain_check(bank: RunningBank, tmp_path: Path) -> None:
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    result = doctor("--module", SOFTHSM_MODULE, "--server", bank.url, "--ca", str(other_ca))
    assert result.returncode == 1
    assert "[FAIL] certificate chain matches the bank CA:" in result.stdout


def test_a_missing_module_fails_with_its_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "libvendor-pkcs11.so")
    result = doctor("--module", missing)
    assert result.returncode == 1
    assert f"[FAIL] PKCS#11 module loads: {missing}" in result.stdout


def test_plain_http_is_refused_as_an_address() -> None:
    result = doctor("--module", SOFTHSM_MODULE, "--server", "http://127.0.0.1:1", "--ca", "/dev/null")
    assert result.returncode == 1
    assert "[FAIL] bank server address: http://127.0.0.1:1: must be an https:// address" in result.stdout

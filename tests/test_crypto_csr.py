"""PKCS#10 requests assembled around a public key and a sign callable, checked by openssl."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from bsclient.crypto import CryptoError, build_csr
from tests.helpers.certificates import SoftwareSigner, TestCa, require_tool


def _public_key_der(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.mark.parametrize("algorithm", ["rsa", "ec"])
def test_openssl_accepts_the_request_signature(algorithm: str, tmp_path: Path) -> None:
    signer = SoftwareSigner.make(TestCa(), algorithm)
    csr_pem = build_csr(
        _public_key_der(signer.key), signer.sign, algorithm, common_name="Ерлан Нурланов"
    )
    assert csr_pem.startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    (tmp_path / "csr.pem").write_bytes(csr_pem)
    result = subprocess.run(
        [require_tool("openssl"), "req", "-verify", "-noout", "-in", str(tmp_path / "csr.pem")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "verify OK" in result.stdout + result.stderr

    request = x509.load_pem_x509_csr(csr_pem)
    assert request.is_signature_valid
    assert request.subject.rfc4514_string() == "CN=Ерлан Нурланов"
    assert _public_key_der_of(request) == _public_key_der(signer.key)


def test_a_request_signed_by_another_key_fails_openssl(tmp_path: Path) -> None:
    ca = TestCa()
    mine, other = SoftwareSigner.make(ca, "ec"), SoftwareSigner.make(ca, "ec")
    csr_pem = build_csr(_public_key_der(mine.key), other.sign, "ec", common_name="X")
    (tmp_path / "csr.pem").write_bytes(csr_pem)
    result = subprocess.run(
        [require_tool("openssl"), "req", "-verify", "-noout", "-in", str(tmp_path / "csr.pem")],
        capture_output=True, text=True, check=False,
    )
    # openssl 3.0 exits 0 even then; its words are what it reports.
    assert "verify failure" in result.stdout + result.stderr
    assert "verify OK" not in result.stdout + result.stderr


def test_a_malformed_public_key_is_a_crypto_error() -> None:
    with pytest.raises(CryptoError) as caught:
        build_csr(b"\x30\x03\x01\x01\xff", lambda data: b"", "rsa", common_name="X")
    assert "public key" in str(caught.value)


def _public_key_der_of(request: x509.CertificateSigningRequest) -> bytes:
    return request.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )

"""A test CA and software signers for the crypto tests, and openssl as the independent verifier."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID


def require_tool(name: str) -> str:
    """The tool's path; the test fails (never skips) when it is not installed."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: the README's set-up step installs it", pytrace=False)
    return path


def openssl_cms_verify(
    directory: Path, content: bytes, signature_der: bytes, ca_pem: bytes
) -> subprocess.CompletedProcess[str]:
    """`openssl cms -verify` of a detached DER signature, the independent peer for CMS."""
    openssl = require_tool("openssl")
    (directory / "content.bin").write_bytes(content)
    (directory / "sig.p7s").write_bytes(signature_der)
    (directory / "ca.pem").write_bytes(ca_pem)
    return subprocess.run(
        [
            openssl, "cms", "-verify", "-binary", "-inform", "DER",
            "-content", str(directory / "content.bin"), "-in", str(directory / "sig.p7s"),
            "-CAfile", str(directory / "ca.pem"), "-purpose", "any", "-out", os.devnull,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


class TestCa:
    """A bank-like CA made with `cryptography`, issuing certificates for CSRs or public keys."""

    __test__ = False  # not a test class for pytest

    def __init__(self, name: str = "Test Bank CA") -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(
        self,
        public_key_der: bytes,
        *,
        common_name: str,
        organisation: str | None = None,
        iin: str | None = None,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> bytes:
        """DER certificate for the SubjectPublicKeyInfo, usable for signing documents."""
        now = datetime.now(UTC)
        attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
        if iin is not None:
            attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"))
        if organisation is not None:
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(attributes))
            .issuer_name(self.certificate.subject)
            .public_key(serialization.load_der_public_key(public_key_der))
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(hours=1))
            .not_valid_after(not_after or now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=True, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=False,
                    crl_sign=False, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )
        return certificate.public_bytes(serialization.Encoding.DER)

    def issue_for_csr(self, csr_pem: bytes, **subject: str) -> bytes:
        request = x509.load_pem_x509_csr(csr_pem)
        assert request.is_signature_valid, "the CSR's own signature does not verify"
        public_key_der = request.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return self.issue(public_key_der, **subject)  # type: ignore[arg-type]


class SoftwareSigner:
    """A Signer over a key in memory, for testing the crypto layer without a token."""

    def __init__(self, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, certificate_der: bytes):
        self.key = key
        self.certificate_der = certificate_der
        self.algorithm = "rsa" if isinstance(key, rsa.RSAPrivateKey) else "ec"

    def sign(self, data: bytes) -> bytes:
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return self.key.sign(data, ec.ECDSA(hashes.SHA256()))

    @classmethod
    def make(cls, ca: TestCa, algorithm: str, **subject: str) -> SoftwareSigner:
        key = (
            rsa.generate_private_key(65537, 2048)
            if algorithm == "rsa"
            else ec.generate_private_key(ec.SECP256R1())
        )
        public_key_der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        subject.setdefault("common_name", "Test Signer")
        return cls(key, ca.issue(public_key_der, **subject))  # type: ignore[arg-type]

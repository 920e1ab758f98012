"""The bank's certification authority: its CA, the TLS server certificate, and users' signing
certificates issued from a PKCS#10 request (whose signature proves the key; the bank sets the subject).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from refbank.bank_time import utc_now

CA_VALIDITY = dt.timedelta(days=3652)
SERVER_VALIDITY = dt.timedelta(days=825)
USER_VALIDITY = dt.timedelta(days=365)
BANK_NAME = "Reference Bank (refbank)"


class CsrError(Exception):
    """A certificate request the bank will not sign (bad signature, weak or unknown key)."""


@dataclass(frozen=True)
class UserSubject:
    """Who a user's certificate names: set by the bank from its own records."""

    full_name: str
    iin: str
    company_name: str


@dataclass(frozen=True)
class CertificateAuthority:
    certificate: x509.Certificate
    private_key: ec.EllipticCurvePrivateKey

    @classmethod
    def load(cls, data_dir: Path) -> CertificateAuthority:
        certificate = x509.load_pem_x509_certificate((data_dir / "ca.pem").read_bytes())
        key = serialization.load_pem_private_key((data_dir / "ca-key.pem").read_bytes(), None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise TypeError("the CA key must be an EC key")
        return cls(certificate, key)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the CA certificate as `AB:CD:...`, what a clerk compares at set-up."""
        return self.certificate.fingerprint(hashes.SHA256()).hex(":").upper()

    def issue_user_certificate(self, csr_pem: bytes, subject: UserSubject, *,
                               at: dt.datetime | None = None) -> x509.Certificate:
        """A signing certificate for the key in `csr_pem`, valid from `at` (the bank's now); CsrError if the
        request is not sound."""
        csr = load_csr(csr_pem)
        now = at or utc_now()
        name = x509.Name([
            x509.NameAttribute(NameOID.COMMON_NAME, subject.full_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN" + subject.iin),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, subject.company_name),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        ])
        builder = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(self.certificate.subject)
            .public_key(csr.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + USER_VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.CLIENT_AUTH]),
                critical=False,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(csr.public_key()), critical=False)
            .add_extension(self.authority_key_identifier(), critical=False)
        )
        return builder.sign(self.private_key, hashes.SHA256())

    def authority_key_identifier(self) -> x509.AuthorityKeyIdentifier:
        return x509.AuthorityKeyIdentifier.from_issuer_public_key(self.private_key.public_key())


def load_csr(csr_pem: bytes) -> x509.CertificateSigningRequest:
    """The parsed request, after checking its own signature and its key's strength."""
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError as exc:
        raise CsrError("The certificate request is not a PEM PKCS#10 request.") from exc
    if not csr.is_signature_valid:
        raise CsrError("The certificate request's signature does not verify.")
    key = csr.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < 2048:
            raise CsrError("RSA keys must have at least 2048 bits.")
    elif isinstance(key, ec.EllipticCurvePublicKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise CsrError("EC keys must be on the P-256 curve.")
    else:
        raise CsrError("Only RSA and EC P-256 keys are accepted.")
    return csr


def create_bank_pki(data_dir: Path) -> CertificateAuthority:
    """Write ca.pem/ca-key.pem and server.pem/server-key.pem into `data_dir`."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "refbank Root CA"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, BANK_NAME),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
    ])
    now = utc_now()
    ca_certificate = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(data_dir / "ca-key.pem", ca_key)
    (data_dir / "ca.pem").write_bytes(ca_certificate.public_bytes(serialization.Encoding.PEM))
    authority = CertificateAuthority(ca_certificate, ca_key)
    _create_server_certificate(authority, data_dir)
    return authority


def _create_server_certificate(authority: CertificateAuthority, data_dir: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = utc_now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.COMMON_NAME, "localhost"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, BANK_NAME),
        ]))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + SERVER_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, key_agreement=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                x509.DNSName("localhost"),
            ]),
            critical=False,
        )
        .add_extension(authority.authority_key_identifier(), critical=False)
        .sign(authority.private_key, hashes.SHA256())
    )
    _write_key(data_dir / "server-key.pem", key)
    (data_dir / "server.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


def _key_usage(**usages: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{name: usages.get(name, False) for name in names})


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # Created 0600 from the start: the key is never readable by others, not even for a moment.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)


def write_server_chain(data_dir: Path) -> Path:
    """server-chain.pem: the server certificate, then the CA's, so TLS presents the whole chain."""
    chain = data_dir / "server-chain.pem"
    chain.write_bytes((data_dir / "server.pem").read_bytes() + (data_dir / "ca.pem").read_bytes())
    return chain

"""What a clerk is shown about a certificate: owner, organisation, IIN, issuer, validity."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from bsclient.crypto.errors import malformed_certificate

# Kazakh certificates carry the owner's IIN as subject serialNumber "IIN" + 12 digits.
_IIN = re.compile(r"^IIN(\d{12})$")


@dataclass(frozen=True)
class CertificateInfo:
    owner_name: str  # subject CN
    organisation: str | None  # subject O
    iin: str | None  # from subject serialNumber "IIN..."
    issuer: str  # issuer CN
    serial: str  # hex, uppercase
    not_before: datetime  # aware, UTC
    not_after: datetime  # aware, UTC
    sha256_fingerprint: str  # "AB:CD:..."


def load_certificate(certificate_der: bytes) -> x509.Certificate:
    """The parsed certificate; CryptoError when `certificate_der` is not one."""
    try:
        return x509.load_der_x509_certificate(certificate_der)
    except (ValueError, TypeError) as exc:
        raise malformed_certificate() from exc


def certificate_info(certificate_der: bytes) -> CertificateInfo:
    certificate = load_certificate(certificate_der)
    try:
        subject, issuer = certificate.subject, certificate.issuer
        serial_number = _first(subject, NameOID.SERIAL_NUMBER)
        match = _IIN.match(serial_number or "")
        return CertificateInfo(
            owner_name=_first(subject, NameOID.COMMON_NAME) or "",
            organisation=_first(subject, NameOID.ORGANIZATION_NAME),
            iin=match.group(1) if match else None,
            issuer=_first(issuer, NameOID.COMMON_NAME) or issuer.rfc4514_string(),
            serial=format(certificate.serial_number, "X"),
            not_before=certificate.not_valid_before_utc,
            not_after=certificate.not_valid_after_utc,
            sha256_fingerprint=fingerprint(certificate),
        )
    except ValueError as exc:  # cryptography parses names and extensions lazily
        raise malformed_certificate() from exc


def fingerprint(certificate: x509.Certificate) -> str:
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    attributes = name.get_attributes_for_oid(oid)
    if not attributes:
        return None
    value = attributes[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")

"""A signing key made at set-up: generated on the carrier, its request sent, the certificate installed
when the bank has issued it (at once, or after `refbank certificates approve ID`). Token calls:
run these on the TokenThread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from bsclient.crypto import build_csr
from bsclient.token import KeyPair, TokenSession

from .bank_api import BankApi
from .enrolment import CertificatePendingError, collect_certificate

SIGNING_KEY_LABEL = "Internet-Client signing key"


@dataclass(frozen=True)
class KeyRequest:
    key: KeyPair
    request_id: str
    installed: bool


def issued_by(certificate_der: bytes, ca_pem: bytes) -> bool:
    """Whether the bank's CA (`ca_pem`) issued this certificate (its signature verifies)."""
    try:
        certificate = x509.load_der_x509_certificate(certificate_der)
        certificate.verify_directly_issued_by(x509.load_pem_x509_certificate(ca_pem))
    except Exception:  # unreadable, another issuer, a bad signature: not the bank's
        return False
    return True


def bank_keys(keys: list[KeyPair], ca_pem: bytes) -> list[KeyPair]:
    """The keys whose certificate this bank issued."""
    return [key for key in keys if key.certificate_der is not None and issued_by(key.certificate_der, ca_pem)]


def request_key(api: BankApi, session: TokenSession, *, common_name: str, algorithm: str = "rsa-2048") -> KeyRequest:
    """Generate a key pair on the carrier and send its request; installed at once if the bank issues it."""
    key = session.generate_key_pair(SIGNING_KEY_LABEL, algorithm)
    csr_pem = build_csr(key.public_key_der, lambda data: session.sign(key, data), key.algorithm,
                        common_name=common_name)
    request = api.request_certificate(csr_pem)
    pending = KeyRequest(key, request.id, installed=False)
    return collect_key(api, session, pending) if request.status == "issued" else pending


def collect_key(api: BankApi, session: TokenSession, request: KeyRequest) -> KeyRequest:
    """Ask the bank again; the certificate goes onto the carrier once issued, else it still waits."""
    try:
        key = collect_certificate(api, session, request.key, request.request_id)
    except CertificatePendingError:
        return request
    return KeyRequest(key, request.request_id, installed=True)


PENDING_FILE = "pending-key-request.json"


def save_pending(path: Path, request: KeyRequest) -> None:
    """Remember a request the bank has not answered yet, so that a later set-up asks again for it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"request_id": request.request_id, "key_id": request.key.key_id.hex()}),
                    encoding="utf-8")


def pending_request(path: Path, keys: list[KeyPair]) -> KeyRequest | None:
    """The remembered request whose key is on this carrier still without a certificate, if any."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        request_id, key_id = str(saved["request_id"]), bytes.fromhex(saved["key_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    key = next((k for k in keys if k.key_id == key_id and k.certificate_der is None), None)
    return KeyRequest(key, request_id, installed=False) if key is not None else None


def forget_pending(path: Path) -> None:
    path.unlink(missing_ok=True)

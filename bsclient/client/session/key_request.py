"""The one way to get a signing key: generated on the carrier, its request sent to the bank, the
certificate installed on the carrier beside it when the bank has issued it (at once, or after
`refbank certificates approve ID`). A first request (set-up, provisioning) and a replacement one
(after "my key is compromised") differ only by the bank's endpoint.

A request the bank has not answered yet is remembered in ONE place, the client's data directory
(`pending-key-request.json`), so that a later set-up, the next login or "Check again" asks for it
again. Functions taking a Carrier do the token's part through it and the bank's part on the calling
thread: run them on a background worker, never on the token thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from asn1crypto import pem
from cryptography import x509

from bsclient.client.carrier import Carrier, KeyPair
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError
from bsclient.crypto import build_csr
from bsclient.messages import QT_TRANSLATE_NOOP, Message

SIGNING_KEY_LABEL = "Internet-Client signing key"
PENDING_FILE = "pending-key-request.json"


class CertificatePendingError(BankError):
    """The bank took the request but has not issued the certificate yet; `request_id` to ask again."""

    def __init__(self, request_id: str) -> None:
        super().__init__(Message("Bank", QT_TRANSLATE_NOOP(
            "Bank", "The bank has received key request {id} and will issue the certificate after approval. The new key is on the carrier; collect the certificate later."),
            {"id": request_id}), "certificate_pending")
        self.request_id = request_id


@dataclass(frozen=True)
class KeyRequest:
    """A key on the carrier and the bank's request for its certificate; `installed` once it is on the carrier;
    when the bank received the request (None from a bank that does not say)."""

    key: KeyPair
    request_id: str
    installed: bool
    requested_at: datetime | None = None


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


def request_key(api: BankApi, carrier: Carrier, *, common_name: str, algorithm: str = "rsa-2048",
                replacement: bool = False, key_label: str = SIGNING_KEY_LABEL) -> KeyRequest:
    """Generate a key pair on the carrier and send its request (`replacement`: instead of a revoked key);
    the certificate is installed at once when the bank issues it at once.

    A key of ours without a certificate left by an earlier request is removed first (one request waits at a
    time: the newest is the one remembered), and the new key is removed again when its request fails, so a
    failed enrolment leaves no orphan and a retry no duplicate.
    """
    for orphan in unfinished_keys(carrier.key_pairs(), key_label):
        carrier.destroy_key(orphan)
    key = carrier.generate_key(key_label, algorithm)
    try:
        csr_pem = build_csr(key.public_key_der, carrier.signer(key).sign, key.algorithm, common_name=common_name)
        send = api.request_replacement_certificate if replacement else api.request_certificate
        answer = send(csr_pem)
    except BaseException:
        carrier.destroy_key(key)
        raise
    return _installed(carrier, KeyRequest(key, answer.id, installed=False, requested_at=answer.created_at),
                      answer.status, answer.certificate_pem)


def unfinished_keys(keys: list[KeyPair], key_label: str = SIGNING_KEY_LABEL) -> list[KeyPair]:
    """Our keys that have no certificate: made for a request that failed or that a newer one replaces."""
    return [key for key in keys if key.label == key_label and key.certificate_der is None]


def collect_key(api: BankApi, carrier: Carrier, request: KeyRequest) -> KeyRequest:
    """Ask the bank again; the certificate goes onto the carrier once issued, else the request still waits."""
    answer = api.certificate_request(request.request_id)
    request = replace(request, requested_at=answer.created_at or request.requested_at)
    return _installed(carrier, request, answer.status, answer.certificate_pem)


def collect_certificate(api: BankApi, carrier: Carrier, request: KeyRequest) -> KeyPair:
    """The key with its certificate installed; CertificatePendingError while the bank has not issued it."""
    collected = collect_key(api, carrier, request)
    if not collected.installed:
        raise CertificatePendingError(request.request_id)
    return collected.key


def enrol(api: BankApi, carrier: Carrier, *, common_name: str, algorithm: str = "rsa-2048",
          key_label: str = SIGNING_KEY_LABEL) -> KeyPair:
    """A key whose certificate the bank issued at once (CertificatePendingError otherwise, its id to collect)."""
    request = request_key(api, carrier, common_name=common_name, algorithm=algorithm, key_label=key_label)
    if not request.installed:
        raise CertificatePendingError(request.request_id)
    return request.key


def _installed(carrier: Carrier, request: KeyRequest, status: str, certificate_pem: bytes | None) -> KeyRequest:
    if status != "issued" or not certificate_pem:
        return request
    _, _, certificate_der = pem.unarmor(certificate_pem)
    # store_certificate refuses a certificate whose public key is not this key's.
    return replace(request, key=carrier.store_certificate(request.key, certificate_der), installed=True)


# --- the request still waiting, remembered in the data directory -------------------------------

def pending_file(data_dir: Path) -> Path:
    return Path(data_dir) / PENDING_FILE


def save_pending(data_dir: Path, request: KeyRequest) -> None:
    """Remember a request the bank has not answered yet, so that the next login or set-up asks again."""
    path = pending_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    requested_at = request.requested_at.isoformat() if request.requested_at is not None else None
    path.write_text(json.dumps({"request_id": request.request_id, "key_id": request.key.key_id.hex(),
                                "requested_at": requested_at}), encoding="utf-8")


def pending_request(data_dir: Path, keys: list[KeyPair]) -> KeyRequest | None:
    """The remembered request whose key is on this carrier still without a certificate, if any."""
    try:
        saved = json.loads(pending_file(data_dir).read_text(encoding="utf-8"))
        request_id, key_id = str(saved["request_id"]), bytes.fromhex(saved["key_id"])
        requested_at = datetime.fromisoformat(saved["requested_at"]) if saved.get("requested_at") else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    key = next((k for k in keys if k.key_id == key_id and k.certificate_der is None), None)
    return KeyRequest(key, request_id, installed=False, requested_at=requested_at) if key is not None else None


def remembered_request_id(data_dir: Path) -> str | None:
    """The id of the remembered request, whatever carrier is plugged in (None: nothing waits)."""
    try:
        return str(json.loads(pending_file(data_dir).read_text(encoding="utf-8"))["request_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_pending(data_dir: Path) -> None:
    pending_file(data_dir).unlink(missing_ok=True)


def collect_waiting(api: BankApi, carrier: Carrier, data_dir: Path) -> KeyRequest | None:
    """At login: the remembered request whose key is on the open carrier, asked about again; its
    certificate installed (and the request forgotten) when the bank has issued it. None: nothing waits
    on this carrier. The bank serves this before the login's second factor."""
    request = pending_request(data_dir, carrier.key_pairs())
    if request is None:
        return None
    request = collect_key(api, carrier, request)
    if request.installed:
        forget_pending(data_dir)
    return request

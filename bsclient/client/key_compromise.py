"""R7.2 "my key is compromised": revoke the certificate at the bank at once, make a new key on the carrier
and ask the bank for its certificate; collect it once the bank has approved the request.

The steps are separate functions so the window can say which one failed. The pending request is
remembered in the data directory (key_request.json) so that "Check again" works after a restart.
Functions taking a TokenSession run on the TokenThread.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from asn1crypto import pem

from bsclient.crypto import build_csr
from bsclient.token import KeyPair, TokenSession

from .enrolment import CertificatePendingError

Api = Any  # bank_api.BankApi: its authorised `request` is all this module uses
PENDING_FILE = "key_request.json"
NEW_KEY_LABEL = "Internet-Client signing key"


@dataclass(frozen=True)
class PendingKey:
    """A new key on the carrier whose certificate the bank has not issued yet."""

    request_id: str
    key_id_hex: str
    label: str
    token_serial: str


def bank_serial(certificate_serial_hex: str) -> str:
    """The bank's name of a certificate: its serial in lower-case hex without leading zeros."""
    return format(int(certificate_serial_hex.replace(":", ""), 16), "x")


def revoke_certificate(api: Api, certificate_serial_hex: str) -> str:
    """Revoke the certificate at the bank now; the moment the bank wrote (UTC text)."""
    answer = api.request("POST", "/certificates/revoke", json={"serial": bank_serial(certificate_serial_hex)})
    return str(answer.get("revoked_at") or "")


def forget_key(session: TokenSession, key: KeyPair) -> None:
    """Remove the compromised key and its certificate from the carrier: it is never offered again."""
    session.destroy_key_pair(key)


def request_new_key(api: Api, session: TokenSession, *, common_name: str,
                    algorithm: str = "rsa-2048") -> tuple[KeyPair, PendingKey]:
    """A new key pair generated on the carrier; its request sent, waiting for the bank's approval."""
    key = session.generate_key_pair(NEW_KEY_LABEL, algorithm)
    csr_pem = build_csr(key.public_key_der, lambda data: session.sign(key, data), key.algorithm,
                        common_name=common_name)
    answer = api.request("POST", "/certificates/replacement", json={"csr_pem": csr_pem.decode("ascii")})
    return key, PendingKey(str(answer["id"]), key.key_id.hex(), key.label, session.token.serial)


def collect_new_certificate(api: Api, session: TokenSession, pending: PendingKey) -> KeyPair:
    """The new key with its certificate stored beside it; CertificatePendingError while the bank waits."""
    key = next((k for k in session.key_pairs() if k.key_id.hex() == pending.key_id_hex), None)
    if key is None:
        raise LookupError(f"the new key {pending.key_id_hex} is not on this carrier")
    answer = api.request("GET", f"/certificate-requests/{pending.request_id}")
    certificate_pem = answer.get("certificate_pem")
    if answer.get("status") != "issued" or not certificate_pem:
        raise CertificatePendingError(pending.request_id)
    _, _, certificate_der = pem.unarmor(certificate_pem.encode("ascii"))
    return session.store_certificate(key, certificate_der)


def save_pending(data_dir: Path, pending: PendingKey | None) -> None:
    path = Path(data_dir) / PENDING_FILE
    if pending is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(pending), indent=1), encoding="utf-8")


def load_pending(data_dir: Path) -> PendingKey | None:
    try:
        data = json.loads((Path(data_dir) / PENDING_FILE).read_text(encoding="utf-8"))
        return PendingKey(**{name: str(data[name]) for name in ("request_id", "key_id_hex", "label", "token_serial")})
    except (OSError, ValueError, KeyError, TypeError):
        return None

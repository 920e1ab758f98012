"""R7.2 "my key is compromised": what is its own: revoke the certificate at the bank at once and forget
the old key on the carrier. The new key and its request are bsclient/client/session/key_request.py's
(request_key(..., replacement=True)), remembered there until the bank has approved it.
"""

from __future__ import annotations

from typing import Any

from bsclient.client.carrier import Carrier, KeyPair

Api = Any  # bank_api.BankApi: its authorised `request` is all this module uses


def bank_serial(certificate_serial_hex: str) -> str:
    """The bank's name of a certificate: its serial in lower-case hex without leading zeros."""
    return format(int(certificate_serial_hex.replace(":", ""), 16), "x")


def revoke_certificate(api: Api, certificate_serial_hex: str) -> str:
    """Revoke the certificate at the bank now; the moment the bank wrote (UTC text)."""
    answer = api.request("POST", "/certificates/revoke", json={"serial": bank_serial(certificate_serial_hex)})
    return str(answer.get("revoked_at") or "")


def forget_key(carrier: Carrier, key: KeyPair) -> None:
    """Remove the compromised key and its certificate from the carrier: it is never offered again."""
    carrier.destroy_key(key)

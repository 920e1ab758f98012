"""Provisioning a key carrier the way a bank branch does: a blank token, a key pair made on it,
and the bank's certificate for that key written back to it. Used by the demo and the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bsclient.client.carrier import Carrier, Pin
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.key_request import CertificatePendingError, collect_key, request_key
from bsclient.client.session.login import user_of
from installer.softhsm import SOFTHSM_MODULE, init_token
from refbank.pki.requests import approve_request

SIGNING_KEY_LABEL = "Internet-Client signing key"


@dataclass(frozen=True)
class ProvisionedCarrier:
    """A provisioned SoftHSM2 carrier; its PINs are the demo's or a test's, never a real one."""

    module: str
    label: str
    user_pin: str
    so_pin: str


def softhsm_module() -> str:
    """The installed SoftHSM2 module; RuntimeError when SoftHSM2 is not installed."""
    if SOFTHSM_MODULE is None:
        raise RuntimeError("libsofthsm2.so was not found: install SoftHSM2 (apt-get install softhsm2)")
    return SOFTHSM_MODULE


def init_blank_carrier(token_config: Path, label: str, *, user_pin: str, so_pin: str) -> ProvisionedCarrier:
    init_token(token_config, label, so_pin=so_pin, user_pin=user_pin)
    return ProvisionedCarrier(module=softhsm_module(), label=label, user_pin=user_pin, so_pin=so_pin)


def enrol_carrier(carrier: ProvisionedCarrier, *, bank_url: str, ca_file: Path, login: str, password: str,
                  algorithm: str = "rsa-2048", bank_data: Path | None = None) -> bool:
    """Generate the signing key on the carrier and install the bank's certificate for it.

    The request is sent before the login's second factor (a blank carrier has none to give), so the
    bank does not issue it at once: with `bank_data` (the bank's data directory) the bank's officer
    approves it here (refbank's own approve_request, as `refbank certificates approve ID`), and the
    certificate is collected; without it CertificatePendingError tells the request's id.
    Returns False when the carrier already holds a certificate (nothing to do), True otherwise.
    The caller's process must already point SOFTHSM2_CONF at the carrier's configuration.
    """
    key_carrier = Carrier(carrier.module)
    try:
        key_carrier.open(Pin(carrier.user_pin), label=carrier.label)
        if any(key.certificate_der for key in key_carrier.key_pairs()):
            return False
        api = BankApi(bank_url, ca_file)
        user = user_of(api.login(login, password))
        try:
            request = request_key(api, key_carrier, common_name=user.full_name, algorithm=algorithm,
                                  key_label=SIGNING_KEY_LABEL)
            if not request.installed and bank_data is not None:
                approve_request(bank_data, request.request_id)
                request = collect_key(api, key_carrier, request)
            if not request.installed:
                raise CertificatePendingError(request.request_id)
        finally:
            api.logout()
            api.close()
    finally:
        # Unloaded: SoftHSM2 sees tokens made later only when loaded anew.
        key_carrier.shutdown()
    return True

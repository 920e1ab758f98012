"""The first-run set-up as data (Electrum's wizard is the model): which step follows which, as a small
function of what is known so far. The Qt wizard (bsclient/ui/setup/wizard.py) only shows the step
it is told to; this module is tested without a screen.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from pathlib import Path

from bsclient.client.config import ClientConfig
from bsclient.client.setup.deployment import Deployment

CA_FILE = "bank-ca.pem"


class Step(enum.IntEnum):
    LANGUAGE = 1
    SERVER = 2
    CARRIER = 3
    LOGIN = 4
    PASSWORD = 5
    KEY = 6
    SUMMARY = 7


@dataclass
class SetupData:
    """What the wizard has gathered; the pages fill it in."""

    deployment: Deployment = field(default_factory=Deployment)
    language: str | None = None
    server_url: str = ""
    ca_fingerprint: str = ""  # the printed one, as typed or preset
    ca_pem: bytes | None = None  # the server's CA, once its fingerprint matched
    pkcs11_module: str = ""
    token_label: str | None = None
    has_bank_certificate: bool = False  # the carrier holds a certificate from this bank's CA
    logged_in: bool = False
    password_change: str | None = None  # the bank's reason ("first_login", "expired") or None
    certificate_installed: bool = False

    @classmethod
    def from_deployment(cls, deployment: Deployment, current: ClientConfig | None = None) -> SetupData:
        """Presets from the deployment file, else from the settings in use (set-up on demand)."""
        return cls(deployment=deployment,
                   language=deployment.language or (current.language if current else None),
                   server_url=deployment.server_url or (current.server_url if current else ""),
                   ca_fingerprint=deployment.ca_fingerprint or "",
                   pkcs11_module=deployment.pkcs11_module or (current.pkcs11_module if current else ""),
                   token_label=deployment.token_label or (current.token_label if current else None))

    @property
    def server_preset(self) -> bool:
        """The deployment file names the server and its CA: the clerk types nothing on that page."""
        return bool(self.deployment.server_url and self.deployment.ca_fingerprint)

    @property
    def module_preset(self) -> bool:
        return bool(self.deployment.pkcs11_module)


def first_step(data: SetupData) -> Step:
    """The language is asked unless the deployment file chose it."""
    return Step.SERVER if data.deployment.language else Step.LANGUAGE


def next_step(step: Step, data: SetupData) -> Step | None:
    """The step after `step`, or None after the summary."""
    if step is Step.LANGUAGE:
        return Step.SERVER
    if step is Step.SERVER:
        return Step.CARRIER
    if step is Step.CARRIER:
        return Step.LOGIN
    if step is Step.LOGIN:
        return Step.PASSWORD if data.password_change else _after_password(data)
    if step is Step.PASSWORD:
        return _after_password(data)
    if step is Step.KEY:
        return Step.SUMMARY
    return None


def _after_password(data: SetupData) -> Step:
    return Step.SUMMARY if data.has_bank_certificate else Step.KEY


def may_leave(step: Step, data: SetupData) -> bool:
    """Whether the clerk may go on from `step` (R6.6: not past the server until the CA matched)."""
    if step is Step.SERVER:
        return data.ca_pem is not None
    if step is Step.CARRIER:
        return bool(data.pkcs11_module)
    if step is Step.LOGIN:
        return data.logged_in
    if step is Step.PASSWORD:
        return data.password_change is None
    if step is Step.KEY:
        return data.certificate_installed
    return True


def final_config(data: SetupData, *, config_dir: Path, data_dir: Path, current: ClientConfig | None = None) -> ClientConfig:
    """The settings the wizard writes: the matched CA saved beside them as bank-ca.pem; what the wizard
    does not ask (idle times) is kept from the settings in use."""
    config = ClientConfig(server_url=data.server_url, ca_file=config_dir / CA_FILE, pkcs11_module=data.pkcs11_module,
                          token_label=data.token_label, data_dir=data_dir, language=data.language)
    if current is not None:
        config = replace(current, **{name: getattr(config, name) for name in (
            "server_url", "ca_file", "pkcs11_module", "token_label", "data_dir", "language")})
    phone = data.deployment.bank_phone or (current.bank_phone if current else None)
    proxy = data.deployment.proxy or (current.proxy if current else None)
    key_file = (Path(data.deployment.store_key_file) if data.deployment.store_key_file
                else current.store_key_file if current else None)
    return replace(config, bank_phone=phone, proxy=proxy, store_key_file=key_file)

"""The demo's two signers (R3.2, R3.3): the bank's users with the first and the second signature
right, each with a SoftHSM2 carrier of their own and a client configuration of their own.

Made next to the clerk's carrier by installer/demo.py; a demo bank made before these users existed
has none (then `--reset` makes them).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from installer.provisioning import ProvisionedCarrier, enrol_carrier, init_blank_carrier, softhsm_module
from installer.softhsm import SOFTHSM_MODULE

ENVELOPES_FILE = "signer-envelopes.json"
SIGNING_RIGHTS = ("first", "second")


@dataclass(frozen=True)
class SignerEnvelope:
    login: str
    password: str
    full_name: str
    sign_right: str
    token_label: str
    user_pin: str
    so_pin: str


def prepare_signers(data: Path, created: dict[str, Any], token_config: Path, token_prefix: str) -> list[SignerEnvelope]:
    """A blank carrier and a PIN envelope for each signer `refbank init` made (first, second)."""
    envelopes = [
        SignerEnvelope(login=user["login"], password=user["password"], full_name=user["full_name"],
                       sign_right=user["sign_right"], token_label=f"{token_prefix}-{user['login'].upper()}",
                       user_pin=f"{secrets.randbelow(10**6):06d}", so_pin=f"{secrets.randbelow(10**8):08d}")
        for user in created["users"] if user["sign_right"] in SIGNING_RIGHTS
    ]
    for envelope in envelopes:
        init_blank_carrier(token_config, envelope.token_label, user_pin=envelope.user_pin, so_pin=envelope.so_pin)
    path = data / ENVELOPES_FILE
    path.touch(mode=0o600)  # like the clerk's envelope: only the owner may read it
    path.write_text(json.dumps([asdict(e) for e in envelopes], ensure_ascii=False), encoding="utf-8")
    return envelopes


def read_signers(data: Path) -> list[SignerEnvelope]:
    path = data / ENVELOPES_FILE
    if not path.exists():
        return []
    return [SignerEnvelope(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def provision_signers(data: Path, bank_url: str) -> list[SignerEnvelope]:
    """Key pairs made on each signer's carrier and the bank's certificates written back, once;
    and a client configuration per signer (data/client-<login>/config.toml)."""
    envelopes = read_signers(data)
    os.environ["SOFTHSM2_CONF"] = str(data / "token" / "softhsm2.conf")
    for envelope in envelopes:
        carrier = ProvisionedCarrier(softhsm_module(), envelope.token_label, envelope.user_pin, envelope.so_pin)
        enrol_carrier(carrier, bank_url=bank_url, ca_file=data / "bank" / "ca.pem",
                      login=envelope.login, password=envelope.password, bank_data=data / "bank")
        client_dir = data / f"client-{envelope.login}"
        client_dir.mkdir(parents=True, exist_ok=True)
        (client_dir / "config.toml").write_text(
            f"# Written by installer/demo.py for the demo bank's {envelope.sign_right} signer.\n"
            f'[bank]\nurl = "{bank_url}"\nca_file = "../bank/ca.pem"\n\n'
            f'[carrier]\nmodule = "{SOFTHSM_MODULE}"\ntoken_label = "{envelope.token_label}"\n\n'
            '[storage]\ndata_dir = "."\n', encoding="utf-8")
    return envelopes


def signers_summary(data: Path, envelopes: list[SignerEnvelope]) -> str:
    if not envelopes:
        return ("No first and second signers in this demo bank (it was made before them): "
                "run the demo with --reset to get them.\n")
    lines = ["Two signers of the same company (a first signature, then a second; each their own carrier):"]
    for envelope in envelopes:
        lines.append(f"  {envelope.sign_right:<6} login {envelope.login:<6} password {envelope.password}  "
                     f"PIN {envelope.user_pin}  carrier '{envelope.token_label}'  ({envelope.full_name})")
        lines.append(f"         client: python -m bsclient --config {data / f'client-{envelope.login}' / 'config.toml'}")
    return "\n".join(lines) + "\n"

"""An enrolled SoftHSM2 carrier at the running bank, and the client's settings for it, as the end-to-end
tests need them."""

from __future__ import annotations

import itertools
from pathlib import Path

from installer.provisioning import ProvisionedCarrier, enrol_carrier, init_blank_carrier
from tests.helpers.login import remember_key
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import SO_PIN, USER_PIN

_labels = itertools.count(1)


def clerk_login(bank: RunningBank) -> str:
    return next(user["login"] for user in bank.created["users"] if user["sign_right"] == "single")


def enrolled_carrier(bank: RunningBank, softhsm_config: Path, *, login: str | None = None,
                     algorithm: str = "rsa-2048") -> ProvisionedCarrier:
    """A new carrier in the run's SoftHSM2 directory with a bank certificate for `login`."""
    login = login or clerk_login(bank)
    carrier = init_blank_carrier(softhsm_config, f"E2E-{next(_labels)}", user_pin=USER_PIN, so_pin=SO_PIN)
    enrol_carrier(carrier, bank_url=bank.url, ca_file=bank.ca_file, login=login,
                  password=bank.users[login], algorithm=algorithm, bank_data=bank.data_dir)
    remember_key(bank, login, carrier)  # tests/helpers/login.py: proves the carrier at later logins
    return carrier


def write_client_config(directory: Path, bank: RunningBank, carrier: ProvisionedCarrier) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "config.toml"
    config.write_text(
        f'[bank]\nurl = "{bank.url}"\nca_file = "{bank.ca_file}"\n\n'
        f'[carrier]\nmodule = "{carrier.module}"\ntoken_label = "{carrier.label}"\n\n'
        f'[storage]\ndata_dir = "{directory}"\n',
        encoding="utf-8",
    )
    return config

"""The demo: a reference bank on 127.0.0.1, a provisioned SoftHSM2 key carrier, and the client.

Everything lives in `demo-data/` at the repository root (git-ignored); a second run reuses the
bank and the carrier made by the first. `--reset` starts from nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from installer.demo_signers import prepare_signers, provision_signers, signers_summary
from installer.provisioning import ProvisionedCarrier, enrol_carrier, init_blank_carrier, softhsm_module
from installer.softhsm import SOFTHSM_MODULE, write_softhsm_config

REPO = Path(__file__).resolve().parent.parent
TOKEN_LABEL = "BSC-DEMO"


@dataclass(frozen=True)
class Envelope:
    """The bank's PIN envelope and the carrier's PINs: what a clerk is handed on paper."""

    login: str
    password: str
    full_name: str
    user_pin: str
    so_pin: str


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo", description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "demo-data")
    parser.add_argument("--reset", action="store_true", help="delete the demo bank and carrier first")
    parser.add_argument("--no-client", action="store_true", help="set up and serve the bank only")
    args = parser.parse_args(argv)

    if args.reset and args.data.exists():
        shutil.rmtree(args.data)
    display_problem = None if args.no_client else missing_display()
    if display_problem:
        print(display_problem, file=sys.stderr)
        return 2

    envelope = prepare_bank_and_carrier(args.data)
    bank = start_bank(args.data / "bank")
    try:
        provision_carrier(args.data, bank.url, envelope)
        signers = provision_signers(args.data, bank.url)
        config = write_client_config(args.data, bank.url)
        print_summary(bank, envelope, config)
        print(signers_summary(args.data, signers), flush=True)
        if args.no_client:
            print("The bank is serving; press Ctrl+C to stop it.")
            bank.process.wait()
            return 0
        return subprocess.call([sys.executable, "-m", "bsclient", "--config", str(config)])
    except KeyboardInterrupt:
        return 130
    finally:
        bank.stop()


def missing_display() -> str | None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "No display: the Internet-Client window needs an X11 or Wayland display, and neither "
            "DISPLAY nor WAYLAND_DISPLAY is set.\n"
            "Run this command from a desktop session, or on a server under a virtual display:\n"
            "    xvfb-run -a bash installer/demo.sh\n"
            "To start only the demo bank: bash installer/demo.sh --no-client"
        )
    return None


def prepare_bank_and_carrier(data: Path) -> Envelope:
    """Create the bank and a blank carrier on the first run; read the envelope on later runs."""
    envelope_file = data / "pin-envelope.json"
    if envelope_file.exists():
        return Envelope(**json.loads(envelope_file.read_text(encoding="utf-8")))

    bank_dir = data / "bank"
    bank_dir.parent.mkdir(parents=True, exist_ok=True)
    init = subprocess.run(
        [sys.executable, "-m", "refbank", "init", "--data", str(bank_dir), "--json"],
        check=True, capture_output=True, text=True,
    )
    created = json.loads(init.stdout)
    clerk = next(user for user in created["users"] if user["sign_right"] == "single")

    token_config = write_softhsm_config(data / "token")
    envelope = Envelope(
        login=clerk["login"],
        password=clerk["password"],
        full_name=clerk["full_name"],
        user_pin=f"{secrets.randbelow(10**6):06d}",
        so_pin=f"{secrets.randbelow(10**8):08d}",
    )
    init_blank_carrier(token_config, TOKEN_LABEL, user_pin=envelope.user_pin, so_pin=envelope.so_pin)
    prepare_signers(data, created, token_config, TOKEN_LABEL)  # the first and the second signer's carriers
    # The demo's stand-in for the paper envelope: only the owner may read it.
    envelope_file.touch(mode=0o600)
    envelope_file.write_text(json.dumps(envelope.__dict__, ensure_ascii=False), encoding="utf-8")
    return envelope


@dataclass
class RunningBank:
    url: str
    ca_fingerprint: str
    process: subprocess.Popen[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def start_bank(bank_dir: Path) -> RunningBank:
    process = subprocess.Popen(
        [sys.executable, "-m", "refbank", "serve", "--data", str(bank_dir), "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    url = fingerprint = ""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("refbank serving at "):
            url = line.removeprefix("refbank serving at ").strip()
        elif line.startswith("CA SHA-256 fingerprint: "):
            fingerprint = line.removeprefix("CA SHA-256 fingerprint: ").strip()
        if url and fingerprint:
            return RunningBank(url, fingerprint, process)
    raise SystemExit(f"refbank did not start (exit code {process.wait()})")


def provision_carrier(data: Path, bank_url: str, envelope: Envelope) -> None:
    """Give the carrier a key pair made on it and the bank's certificate for it, once."""
    os.environ["SOFTHSM2_CONF"] = str(data / "token" / "softhsm2.conf")
    carrier = ProvisionedCarrier(softhsm_module(), TOKEN_LABEL, envelope.user_pin, envelope.so_pin)
    enrol_carrier(carrier, bank_url=bank_url, ca_file=data / "bank" / "ca.pem",
                  login=envelope.login, password=envelope.password, bank_data=data / "bank")


def write_client_config(data: Path, bank_url: str) -> Path:
    client_dir = data / "client"
    client_dir.mkdir(parents=True, exist_ok=True)
    config = client_dir / "config.toml"
    config.write_text(
        "# Written by installer/demo.py for the demo bank.\n"
        "[bank]\n"
        f'url = "{bank_url}"\n'
        'ca_file = "../bank/ca.pem"\n\n'
        "[carrier]\n"
        f'module = "{SOFTHSM_MODULE}"\n'
        f'token_label = "{TOKEN_LABEL}"\n\n'
        "[storage]\n"
        'data_dir = "."\n',
        encoding="utf-8",
    )
    return config


def print_summary(bank: RunningBank, envelope: Envelope, config: Path) -> None:
    print(
        "\nDemo bank (refbank) serving at " + bank.url + "\n"
        "  its CA's SHA-256 fingerprint: " + bank.ca_fingerprint + "\n"
        "Demo key carrier: SoftHSM2 token '" + TOKEN_LABEL + "'\n"
        "PIN envelope (demo only; a real bank hands this over on paper):\n"
        "  login:    " + envelope.login + "\n"
        "  password: " + envelope.password + "\n"
        "  key carrier PIN: " + envelope.user_pin + "\n"
        "Client configuration: " + str(config) + "\n",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())

"""SoftHSM2 key carriers for the demo and the tests: a private config and initialised tokens.

SoftHSM2 reads SOFTHSM2_CONF once, at C_Initialize: a process can use one config, so the caller
sets os.environ["SOFTHSM2_CONF"] before it loads the module and keeps every token in that config.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

# Debian/Ubuntu (multiarch and the compatibility link), Fedora/RHEL.
MODULE_CANDIDATES: tuple[str, ...] = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/lib64/softhsm/libsofthsm2.so",
    "/usr/lib/pkcs11/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


class SoftHsmError(RuntimeError):
    """SoftHSM2 is missing or refused to initialise a token (a set-up problem, not a clerk's)."""


def find_softhsm_module() -> str | None:
    """Path of libsofthsm2.so in the usual places, or None when SoftHSM2 is not installed."""
    return next((path for path in MODULE_CANDIDATES if Path(path).is_file()), None)


SOFTHSM_MODULE: str | None = find_softhsm_module()


def write_softhsm_config(directory: Path) -> Path:
    """Write DIRECTORY/softhsm2.conf with its own token directory; return the config's path."""
    directory = Path(directory).resolve()
    token_dir = directory / "tokens"
    token_dir.mkdir(parents=True, exist_ok=True)
    config = directory / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {token_dir}\n"
        "objectstore.backend = file\n"
        "log.level = ERROR\n"
        "slots.removable = false\n",
        encoding="utf-8",
    )
    return config


def init_token(config: Path, label: str, *, so_pin: str, user_pin: str) -> None:
    """Initialise token LABEL in the first free slot of CONFIG (softhsm2-util --init-token)."""
    tool = shutil.which("softhsm2-util")
    if tool is None:
        raise SoftHsmError(
            "softhsm2-util was not found: install SoftHSM2 (Debian/Ubuntu: apt-get install "
            "softhsm2; Fedora: dnf install softhsm)"
        )
    env = dict(os.environ, SOFTHSM2_CONF=str(config))
    # The PINs go on the command line because softhsm2-util has no other non-interactive way;
    # they are test and demo PINs, and never echoed from here.
    result = subprocess.run(
        [tool, "--init-token", "--free", "--label", label, "--so-pin", so_pin, "--pin", user_pin],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SoftHsmError(
            f"softhsm2-util could not initialise token {label!r} with config {config}: "
            f"{result.stderr.strip() or result.stdout.strip()}"
        )

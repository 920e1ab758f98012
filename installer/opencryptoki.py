"""openCryptoki's software token as a second, independent key carrier for the tests.

openCryptoki serves every token through its slot daemon (pkcsslotd, root or group pkcs11); its
software token (slot 3 in Debian's opencryptoki.conf) is one token whose serial is always "123".
Initialising it (C_InitToken) wipes it, so a test takes it whole: `init_token` makes it fresh.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import PyKCS11

# Debian/Ubuntu multiarch, Fedora/RHEL.
MODULE_CANDIDATES: tuple[str, ...] = (
    "/usr/lib/x86_64-linux-gnu/pkcs11/libopencryptoki.so",
    "/usr/lib/aarch64-linux-gnu/pkcs11/libopencryptoki.so",
    "/usr/lib64/opencryptoki/libopencryptoki.so",
)
SOFT_TOKEN_SLOT = 3
FACTORY_SO_PIN = "87654321"  # what openCryptoki ships


class OpenCryptokiError(RuntimeError):
    """openCryptoki is missing or its slot daemon does not run (a set-up problem, not a clerk's)."""


def find_opencryptoki_module() -> str | None:
    return next((path for path in MODULE_CANDIDATES if Path(path).is_file()), None)


def ensure_slot_daemon() -> None:
    """Start pkcsslotd when it does not run (it daemonises itself); the module needs it."""
    if subprocess.run(["pgrep", "-x", "pkcsslotd"], capture_output=True, check=False).returncode == 0:
        return
    daemon = shutil.which("pkcsslotd") or "/usr/sbin/pkcsslotd"
    if not Path(daemon).is_file():
        raise OpenCryptokiError("pkcsslotd was not found: install openCryptoki (apt-get install opencryptoki)")
    result = subprocess.run([daemon], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OpenCryptokiError(f"pkcsslotd did not start: {result.stderr.strip() or result.stdout.strip()}")


def init_token(lib: PyKCS11.PyKCS11Lib, label: str, *, user_pin: str, slot: int = SOFT_TOKEN_SLOT) -> None:
    """Wipe the software token and give it LABEL and USER_PIN; `lib` is the process's loaded module.

    The SO PIN stays the factory one: openCryptoki 3.8's store cannot be initialised again once it changed.
    """
    lib.initToken(slot, FACTORY_SO_PIN, _padded(label))
    session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION)
    try:
        session.login(FACTORY_SO_PIN, PyKCS11.CKU_SO)
        session.initPin(user_pin)
        session.logout()
    finally:
        session.closeSession()


def _padded(label: str) -> str:
    # C_InitToken takes the label as 32 blank-padded bytes, and PyKCS11 passes it as given.
    return label.ljust(32)[:32]

"""Where the PKCS#11 modules of key carriers are usually installed, per platform.

The bank's vendor module (the JavaToken-like carrier's driver) has no public name: IT staff give
its path in the deployment file or the wizard; the entries here are found without help.
"""

from __future__ import annotations

import sys
from pathlib import Path

KNOWN_MODULES: dict[str, tuple[str, ...]] = {
    "linux": (
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib64/pkcs11/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
    ),
    "win32": (
        r"C:\SoftHSM2\lib\softhsm2-x64.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
    ),
    "darwin": (
        "/opt/homebrew/lib/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
        "/Library/OpenSC/lib/opensc-pkcs11.so",
    ),
}


def known_module_paths(platform: str = sys.platform) -> tuple[str, ...]:
    key = "linux" if platform.startswith("linux") else platform
    return KNOWN_MODULES.get(key, ())


def find_known_module(platform: str = sys.platform) -> str | None:
    """The first known module installed on this machine, or None."""
    return next((path for path in known_module_paths(platform) if Path(path).is_file()), None)

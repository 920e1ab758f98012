"""Where the PKCS#11 modules of the key carriers Kazakh companies hold are installed, per platform.

Each entry names the carrier as IT staff and clerks call it and where its paths come from. Windows paths
are written with %SystemRoot% / %ProgramFiles% and resolved against the machine's environment, so a
64-bit client finds the 64-bit DLL wherever Windows is installed. A carrier missing here (Kaztoken's
own driver: its vendor publishes no module name) is given by IT in the deployment file or the wizard.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KnownModule:
    carrier: str  # the carrier's name as IT staff know it
    paths: Mapping[str, tuple[str, ...]]  # "linux" | "win32" | "darwin" -> where its module is
    source: str  # where these paths come from


# In the order they are tried: vendors' own modules, SoftHSM2 (installed only on purpose, for a trial or the
# demo), OpenSC (which also answers for many vendors' cards), and openCryptoki's trial token last.
KNOWN_MODULES: tuple[KnownModule, ...] = (
    KnownModule(
        "JaCarta (Aladdin R.D.)",
        {
            "win32": (r"%SystemRoot%\System32\jcPKCS11-2.dll",),
            "linux": ("/usr/lib/libjcPKCS11-2.so", "/usr/lib64/libjcPKCS11-2.so",
                      "/usr/lib/x86_64-linux-gnu/libjcPKCS11-2.so"),
            "darwin": ("/Library/Frameworks/jcPKCS11-2.framework/jcPKCS11-2",),
        },
        "Aladdin's JaCarta Unified Client packages (jcpkcs11-2 deb/rpm; ALT Linux's jcPKCS11-2 package)",
    ),
    KnownModule(
        "eToken / SafeNet (Thales)",
        {
            "win32": (r"%SystemRoot%\System32\eTPKCS11.dll",),
            "linux": ("/usr/lib/libeTPkcs11.so", "/usr/lib64/libeTPkcs11.so"),
            "darwin": ("/usr/local/lib/libeTPkcs11.dylib",),
        },
        "SafeNet Authentication Client administrator guides (Windows, Linux, macOS)",
    ),
    KnownModule(
        "Rutoken (Aktiv)",
        {
            "win32": (r"%SystemRoot%\System32\rtPKCS11ECP.dll",),
            "linux": ("/usr/lib/librtpkcs11ecp.so", "/usr/lib64/librtpkcs11ecp.so",
                      "/usr/lib/x86_64-linux-gnu/librtpkcs11ecp.so"),
            "darwin": ("/Library/Frameworks/rtpkcs11ecp.framework/rtpkcs11ecp",),
        },
        "Aktiv's rtPKCS11ECP library (dev.rutoken.ru; the RutokenPkcs11Natives package)",
    ),
    KnownModule(
        "IDPrime (Thales/Gemalto)",
        {
            "win32": (r"%SystemRoot%\System32\IDPrimePKCS11.dll",),
            "linux": ("/usr/lib/libIDPrimePKCS11.so", "/usr/lib64/libIDPrimePKCS11.so"),
            "darwin": ("/usr/local/lib/libIDPrimePKCS11.dylib",),
        },
        "SafeNet Authentication Client, which installs the IDPrime module beside eToken's",
    ),
    KnownModule(
        "SoftHSM2 (software token, for trials)",
        {
            "win32": (r"C:\SoftHSM2\lib\softhsm2-x64.dll",),
            "linux": ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                      "/usr/lib64/pkcs11/libsofthsm2.so"),
            "darwin": ("/opt/homebrew/lib/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so"),
        },
        "SoftHSM2's Windows installer and Debian/Fedora/Homebrew packages",
    ),
    KnownModule(
        "OpenSC (ID cards, JaCarta PKI, Rutoken ECP and other PKCS#15 cards)",
        {
            "win32": (r"%ProgramFiles%\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",),
            "linux": ("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
                      "/usr/lib64/opensc-pkcs11.so"),
            "darwin": ("/Library/OpenSC/lib/opensc-pkcs11.so",),
        },
        "OpenSC's installers and Debian/Fedora packages; its card list (card-jacartapki.c, card-rutoken.c)",
    ),
    KnownModule(
        "openCryptoki (software token, for trials)",
        {"linux": ("/usr/lib/x86_64-linux-gnu/pkcs11/libopencryptoki.so", "/usr/lib64/opencryptoki/libopencryptoki.so")},
        "Debian's and Fedora's opencryptoki packages",
    ),
)

# What Windows sets when a variable is missing (a service's bare environment).
_WINDOWS_DEFAULTS = {"SYSTEMROOT": r"C:\Windows", "PROGRAMFILES": r"C:\Program Files"}


def _platform_key(platform: str) -> str:
    return "linux" if platform.startswith("linux") else platform


def _resolved(path: str, environ: Mapping[str, str]) -> str:
    upper = {name.upper(): value for name, value in environ.items()}
    return re.sub(r"%([A-Za-z]+)%",
                  lambda match: upper.get(match[1].upper(), _WINDOWS_DEFAULTS.get(match[1].upper(), match[0])), path)


def known_module_paths(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Every known module path on `platform`, vendors' before the generic and test ones."""
    key = _platform_key(platform)
    environ = os.environ if environ is None else environ
    return tuple(_resolved(path, environ) if key == "win32" else path
                 for module in KNOWN_MODULES for path in module.paths.get(key, ()))


def carrier_name(module_path: str) -> str | None:
    """The carrier a module belongs to, told by its file name (any folder, any platform), or None."""
    name = ntpath.basename(module_path).lower()
    for module in KNOWN_MODULES:
        if any(ntpath.basename(path).lower() == name for paths in module.paths.values() for path in paths):
            return module.carrier
    return None


def installed_known_modules(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                            is_file: Callable[[str], bool] = lambda path: Path(path).is_file()) -> list[str]:
    """The known modules installed on this machine, in the order of KNOWN_MODULES."""
    return [path for path in known_module_paths(platform, environ) if is_file(path)]


def find_known_module(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                      is_file: Callable[[str], bool] = lambda path: Path(path).is_file()) -> str | None:
    """The first known module installed on this machine, or None."""
    return next(iter(installed_known_modules(platform, environ, is_file)), None)

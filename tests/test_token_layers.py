"""Layer rules: crypto knows only the Signer protocol, and neither layer imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _modules_after_import(package: str) -> set[str]:
    script = f"import sys, {package}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_crypto_does_not_import_the_token_layer() -> None:
    modules = _modules_after_import("bsclient.crypto")
    assert not {m for m in modules if m.startswith("bsclient.token") or m == "PyKCS11"}


@pytest.mark.parametrize(
    "package", ["bsclient.crypto", "bsclient.token", "bsclient.token.presence"]
)
def test_no_qt_below_the_ui(package: str) -> None:
    assert not {m for m in _modules_after_import(package) if m.startswith("PySide6")}


def test_the_token_package_exports_the_agreed_names() -> None:
    from bsclient import crypto, token

    for name in ["Pin", "TokenThread", "Pkcs11Module", "TokenInfo", "TokenSession", "KeyPair",
                 "TokenSigner", "TokenError", "WrongPinError", "PinLockedError",
                 "ModuleNotLoadedError", "TokenNotFoundError"]:
        assert hasattr(token, name), name
    for name in ["canonical_bytes", "sign_detached", "verify_detached", "build_csr",
                 "CertificateInfo", "certificate_info", "Signer", "CryptoError"]:
        assert hasattr(crypto, name), name

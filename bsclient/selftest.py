"""`bsclient --selftest`: proves a build (a PyInstaller bundle above all) has what it needs.

It loads Qt offscreen and builds the client's windows' package, loads PyKCS11 (and a PKCS#11
module when one is installed), signs and verifies a CMS with the crypto layer, reads the
Kazakh bank registry that ships as data files, and opens an encrypted store (SQLCipher) and names the
credential store keyring finds. Exit code 0 means all of it worked. Each check
imports what it proves, so that a part missing from the build fails its own check and the rest run.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable


def check_qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415 - a check imports what it proves

    import bsclient.ui.app  # noqa: F401, PLC0415 - a check imports what it proves: the client's windows must be in the bundle

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.show()
    app.processEvents()
    window.close()
    return f"Qt {QApplication.platformName()} platform, translations: {' '.join(_loadable_translations())}"


def _loadable_translations() -> list[str]:
    from PySide6.QtCore import QLocale, QTranslator  # noqa: PLC0415 - a check imports what it proves

    from bsclient.ui.language import TRANSLATIONS_DIR  # noqa: PLC0415 - a check imports what it proves

    languages = []
    for language in ("kk", "ru"):
        if not QTranslator().load(QLocale(language), "bsclient", "_", str(TRANSLATIONS_DIR)):
            raise RuntimeError(f"the {language} translation is missing from {TRANSLATIONS_DIR}")
        languages.append(language)
    return languages


def check_pkcs11() -> str:
    import PyKCS11  # noqa: PLC0415 - a check imports what it proves

    from bsclient.client.carrier import Carrier, find_known_module  # noqa: PLC0415 - a check imports what it proves

    PyKCS11.PyKCS11Lib()
    module_path = find_known_module()
    if module_path is None:
        return "PyKCS11 loaded (no PKCS#11 module installed to load)"
    carrier = Carrier(module_path)
    try:
        tokens = carrier.tokens()
    finally:
        carrier.shutdown()
    return f"PyKCS11 loaded {module_path} ({len(tokens)} token(s))"


class _SoftwareSigner:
    """A throwaway software key, only to exercise the CMS code without a carrier."""

    algorithm = "ec"

    def __init__(self) -> None:
        from cryptography import x509  # noqa: PLC0415 - a check imports what it proves
        from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415 - a check imports what it proves
        from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415 - a check imports what it proves
        from cryptography.x509.oid import NameOID  # noqa: PLC0415 - a check imports what it proves

        self._key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bsclient selftest")])
        now = dt.datetime.now(dt.UTC)
        certificate = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self._key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self._key, hashes.SHA256())
        )
        self.certificate_der = certificate.public_bytes(serialization.Encoding.DER)

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 - a check imports what it proves
        from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415 - a check imports what it proves

        return self._key.sign(data, ec.ECDSA(hashes.SHA256()))


def check_crypto() -> str:
    from bsclient.crypto import canonical_bytes, sign_detached, verify_detached  # noqa: PLC0415 - a check imports what it proves

    signer = _SoftwareSigner()
    content = canonical_bytes({"schema": "selftest/1", "amount": "1.00"})
    signature = sign_detached(content, signer)
    verify_detached(content, signature, signer.certificate_der)
    return f"CMS signed and verified ({len(signature)} bytes)"


def check_bank_registry() -> str:
    from bsclient.rules import bank_for_bic  # noqa: PLC0415 - a check imports what it proves

    bank = bank_for_bic("HSBKKZKX")
    if bank is None:
        raise RuntimeError("the Kazakh bank registry is missing from this build")
    return f"bank registry: HSBKKZKX is {bank.name}"


def check_store() -> str:
    import secrets  # noqa: PLC0415 - a check imports what it proves
    import tempfile  # noqa: PLC0415 - a check imports what it proves
    from pathlib import Path  # noqa: PLC0415 - a check imports what it proves

    from bsclient.client.documents.store import DocumentStore  # noqa: PLC0415 - a check imports what it proves
    from bsclient.client.documents.store_key import keyring_name  # noqa: PLC0415 - a check imports what it proves

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selftest.sqlite3"
        with DocumentStore(path, secrets.token_bytes(32)) as store:
            documents = store.count()
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            raise RuntimeError("the local store is not encrypted: SQLCipher is missing from this build")
    return f"encrypted store opened ({documents} documents); credential store: {keyring_name()}"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Qt", check_qt),
    ("PKCS#11", check_pkcs11),
    ("crypto", check_crypto),
    ("registry", check_bank_registry),
    ("store", check_store),
)


def main() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"[ OK ] {name}: {check()}", flush=True)
        except Exception as exc:
            failed += 1
            print(f"[FAIL] {name}: {type(exc).__name__}: {exc}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""What the clerk sees of a certificate: owner, organisation, IIN, issuer, validity, fingerprint."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bsclient.crypto import CryptoError, certificate_info
from tests.helpers.certificates import SoftwareSigner, TestCa, require_tool


def test_certificate_info_reads_the_kazakh_subject(tmp_path: Path) -> None:
    """The key owner's name (R: shown after login) comes from the certificate."""
    ca = TestCa("Reference Bank CA")
    not_before = datetime(2026, 1, 1, tzinfo=UTC)
    not_after = datetime(2027, 1, 1, tzinfo=UTC)
    signer = SoftwareSigner.make(
        ca, "ec", common_name="Сейткали Айгерим", organisation='ТОО "Дала Трейд"',
        iin="880101400123", not_before=not_before, not_after=not_after,
    )
    info = certificate_info(signer.certificate_der)
    assert info.owner_name == "Сейткали Айгерим"
    assert info.organisation == 'ТОО "Дала Трейд"'
    assert info.iin == "880101400123"
    assert info.issuer == "Reference Bank CA"
    assert (info.not_before, info.not_after) == (not_before, not_after)
    assert info.not_before.tzinfo is not None

    (tmp_path / "cert.der").write_bytes(signer.certificate_der)
    openssl = subprocess.run(
        [require_tool("openssl"), "x509", "-inform", "DER", "-in", str(tmp_path / "cert.der"),
         "-noout", "-fingerprint", "-sha256", "-serial"],
        capture_output=True, text=True, check=True,
    ).stdout
    fields = dict(line.split("=", 1) for line in openssl.splitlines())
    assert info.sha256_fingerprint == fields["sha256 Fingerprint"]
    assert int(info.serial, 16) == int(fields["serial"], 16)
    assert info.serial == info.serial.upper()


def test_a_certificate_without_iin_has_none() -> None:
    signer = SoftwareSigner.make(TestCa(), "rsa", common_name="Demo")
    info = certificate_info(signer.certificate_der)
    assert info.iin is None
    assert info.organisation is None


@pytest.mark.parametrize("garbage", [b"", b"\x30\x00", b"-----BEGIN CERTIFICATE-----"])
def test_malformed_certificates_are_crypto_errors(garbage: bytes) -> None:
    with pytest.raises(CryptoError) as caught:
        certificate_info(garbage)
    assert "certificate is damaged" in str(caught.value)
    assert caught.value.__cause__ is not None

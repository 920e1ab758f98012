"""Detached CMS SignedData built around a Signer, checked by structure, by openssl and by us."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding

from bsclient.crypto import CryptoError, sign_detached, verify_detached
from tests.helpers.certificates import SoftwareSigner, TestCa, openssl_cms_verify

CONTENT = '{"amount":"150000.00","purpose":"Оплата по договору №7"}'.encode()


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa()


@pytest.fixture(scope="module", params=["rsa", "ec"])
def signer(request: pytest.FixtureRequest, ca: TestCa) -> SoftwareSigner:
    return SoftwareSigner.make(
        ca, request.param, common_name="Айгерим Сейткали", iin="880101400123"
    )


def test_signed_data_has_the_agreed_structure(signer: SoftwareSigner) -> None:
    """Wire protocol: SHA-256, detached, signer certificate included, the four signed attributes."""
    when = datetime(2026, 11, 23, 9, 15, 2, tzinfo=UTC)
    content_info = cms.ContentInfo.load(sign_detached(CONTENT, signer, signing_time=when))
    assert content_info["content_type"].native == "signed_data"
    signed_data = content_info["content"]
    assert signed_data["version"].native == "v1"
    assert [a["algorithm"].native for a in signed_data["digest_algorithms"]] == ["sha256"]
    assert signed_data["encap_content_info"]["content_type"].native == "data"
    assert signed_data["encap_content_info"]["content"].native is None
    assert [c.chosen.dump() for c in signed_data["certificates"]] == [signer.certificate_der]

    (signer_info,) = signed_data["signer_infos"]
    assert signer_info["version"].native == "v1"
    assert signer_info["sid"].name == "issuer_and_serial_number"
    assert signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    expected_algorithm = {"rsa": "sha256_rsa", "ec": "sha256_ecdsa"}[signer.algorithm]
    assert signer_info["signature_algorithm"]["algorithm"].native == expected_algorithm

    attributes = {a["type"].native: a["values"][0] for a in signer_info["signed_attrs"]}
    assert set(attributes) == {
        "content_type", "message_digest", "signing_time", "signing_certificate_v2",
    }
    assert attributes["content_type"].native == "data"
    assert attributes["message_digest"].native == hashlib.sha256(CONTENT).digest()
    assert attributes["signing_time"].name == "utc_time"
    assert attributes["signing_time"].native == when
    (cert_id,) = attributes["signing_certificate_v2"]["certs"]
    assert cert_id["hash_algorithm"]["algorithm"].native == "sha256"
    assert cert_id["cert_hash"].native == hashlib.sha256(signer.certificate_der).digest()


def test_the_signature_covers_the_attributes_encoded_as_a_set(signer: SoftwareSigner) -> None:
    (signer_info,) = cms.ContentInfo.load(sign_detached(CONTENT, signer))["content"]["signer_infos"]
    encoded = signer_info["signed_attrs"].dump()
    assert encoded[0] == 0xA0  # [0] IMPLICIT inside SignerInfo
    as_set = b"\x31" + encoded[1:]
    public_key = signer.key.public_key()
    signature = signer_info["signature"].native
    if signer.algorithm == "rsa":
        public_key.verify(signature, as_set, padding.PKCS1v15(), hashes.SHA256())
    else:
        public_key.verify(signature, as_set, ec.ECDSA(hashes.SHA256()))


def test_openssl_verifies_and_rejects_changed_content(
    signer: SoftwareSigner, ca: TestCa, tmp_path: Path
) -> None:
    signature = sign_detached(CONTENT, signer)
    good = openssl_cms_verify(tmp_path, CONTENT, signature, ca.pem)
    assert good.returncode == 0, good.stderr
    assert "Verification successful" in good.stderr
    changed = openssl_cms_verify(tmp_path, CONTENT.replace(b"150000", b"950000"), signature, ca.pem)
    assert changed.returncode != 0
    assert "Verification failure" in changed.stderr


def test_verify_detached_returns_the_signer_and_agrees_with_openssl(
    signer: SoftwareSigner, ca: TestCa
) -> None:
    info = verify_detached(CONTENT, sign_detached(CONTENT, signer), ca.der)
    assert info.owner_name == "Айгерим Сейткали"
    assert info.iin == "880101400123"
    assert info.issuer == "Test Bank CA"


def test_verify_detached_rejects_changed_content(signer: SoftwareSigner, ca: TestCa) -> None:
    signature = sign_detached(CONTENT, signer)
    with pytest.raises(CryptoError) as caught:
        verify_detached(CONTENT + b" ", signature, ca.der)
    assert "does not match the document" in str(caught.value)


def test_verify_detached_rejects_a_certificate_from_another_ca(signer: SoftwareSigner) -> None:
    other = TestCa("Some Other CA")
    with pytest.raises(CryptoError) as caught:
        verify_detached(CONTENT, sign_detached(CONTENT, signer), other.der)
    assert "not trusted" in str(caught.value)


def test_verify_detached_rejects_a_forged_signature_value(
    signer: SoftwareSigner, ca: TestCa
) -> None:
    content_info = cms.ContentInfo.load(sign_detached(CONTENT, signer))
    signer_info = content_info["content"]["signer_infos"][0]
    forged = SoftwareSigner.make(ca, signer.algorithm)  # same CA, another key
    signer_info["signature"] = forged.sign(b"\x31" + signer_info["signed_attrs"].dump()[1:])
    with pytest.raises(CryptoError):
        verify_detached(CONTENT, content_info.dump(force=True), ca.der)


def test_verify_detached_rejects_a_signature_made_outside_the_certificate_validity(
    ca: TestCa,
) -> None:
    now = datetime.now(UTC)
    signer = SoftwareSigner.make(
        ca, "ec", not_before=now - timedelta(days=10), not_after=now - timedelta(days=5)
    )
    with pytest.raises(CryptoError) as caught:
        verify_detached(CONTENT, sign_detached(CONTENT, signer), ca.der)
    assert "validity" in str(caught.value)


@pytest.mark.parametrize("garbage", [b"", b"not a signature", b"\x30\x03\x02\x01\x01"])
def test_malformed_signatures_are_crypto_errors(garbage: bytes, ca: TestCa) -> None:
    with pytest.raises(CryptoError) as caught:
        verify_detached(CONTENT, garbage, ca.der)
    assert "damaged" in str(caught.value)


def test_a_signer_with_a_malformed_certificate_is_a_crypto_error(ca: TestCa) -> None:
    signer = SoftwareSigner.make(ca, "ec")
    signer.certificate_der = b"\x30\x00"
    with pytest.raises(CryptoError):
        sign_detached(CONTENT, signer)


def test_signing_time_must_be_timezone_aware(signer: SoftwareSigner) -> None:
    with pytest.raises(ValueError):
        sign_detached(CONTENT, signer, signing_time=datetime(2026, 1, 1))

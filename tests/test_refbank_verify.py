"""The bank's own CMS verifier, without a server: what it accepts, and each reason it refuses.

Signatures come from two other implementations: cryptography's PKCS7SignatureBuilder and the
client's `bsclient.crypto.sign_detached` (with a software key standing in for the token).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from bsclient.crypto import sign_detached
from refbank.errors import DocumentRejected
from refbank.pki.ca import CertificateAuthority, CsrError, UserSubject, create_bank_pki, load_csr
from refbank.pki.verify import certificate_serial, verify_detached
from tests.helpers.certificates import SoftwareSigner as ClientSigner  # the client's Signer over a software key
from tests.helpers.software_keys import SoftwareSigner, csr_pem, new_key

CONTENT = b'{"amount":"150000.00","id":"0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10"}'
SUBJECT = UserSubject("Ахметова Айгуль Сериковна", "880314400123", "ТОО «Дала Трейд»")


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> CertificateAuthority:
    return create_bank_pki(tmp_path_factory.mktemp("pki"))


def issue(authority: CertificateAuthority, algorithm: str) -> SoftwareSigner:
    key = new_key(algorithm)
    return SoftwareSigner(key, authority.issue_user_certificate(csr_pem(key).encode(), SUBJECT))


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_a_pkcs7_builder_signature_verifies_and_maps_to_the_certificate(authority, algorithm):
    signer = issue(authority, algorithm)
    verified = verify_detached(CONTENT, signer.sign(CONTENT), authority.certificate)
    assert verified.serial == certificate_serial(signer.certificate)


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_the_clients_cms_verifies_at_the_bank(authority, algorithm):
    """The two sides share only the wire: the client's CMS must pass the bank's own check."""
    signer = issue(authority, algorithm)
    client_signer = ClientSigner(signer.key, signer.certificate.public_bytes(serialization.Encoding.DER))
    verified = verify_detached(CONTENT, sign_detached(CONTENT, client_signer), authority.certificate)
    assert verified.serial == certificate_serial(signer.certificate)


def test_signed_attributes_are_verified_as_a_set_of(authority):
    signer_info = cms.ContentInfo.load(issue(authority, "ec").sign(CONTENT))["content"]["signer_infos"][0]
    assert signer_info["signed_attrs"].untag().dump()[0] == 0x31


def test_other_content_is_signature_invalid(authority):
    signature = issue(authority, "ec").sign(CONTENT)
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT.replace(b"150000", b"950000"), signature, authority.certificate)
    assert refused.value.reason.code == "signature_invalid"


def test_a_spoiled_signature_value_is_signature_invalid(authority):
    der = bytearray(issue(authority, "rsa").sign(CONTENT))
    der[-3] ^= 0xFF  # the RSA signature value ends the structure
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, bytes(der), authority.certificate)
    assert refused.value.reason.code == "signature_invalid"


def test_garbage_is_signature_invalid(authority):
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, b"\x30\x03\x02\x01\x01", authority.certificate)
    assert refused.value.reason.code == "signature_invalid"


def test_an_expired_certificate_is_untrusted(authority):
    signature = issue(authority, "ec").sign(CONTENT)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, signature, authority.certificate, now=later)
    assert refused.value.reason.code == "certificate_untrusted"


def test_a_certificate_of_another_bank_ca_is_untrusted(authority, tmp_path: Path):
    other = create_bank_pki(tmp_path)
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, issue(other, "ec").sign(CONTENT), authority.certificate)
    assert refused.value.reason.code == "certificate_untrusted"


def test_the_bank_refuses_weak_or_unsound_requests():
    with pytest.raises(CsrError):
        load_csr(csr_pem(rsa.generate_private_key(public_exponent=65537, key_size=1024)).encode())
    with pytest.raises(CsrError):
        load_csr(csr_pem(ec.generate_private_key(ec.SECP384R1())).encode())
    with pytest.raises(CsrError):
        load_csr(b"not a request")


def test_a_user_certificate_verifies_with_openssl_for_signing(authority, tmp_path: Path):
    """An independent peer: openssl accepts the user's certificate for S/MIME signing under the CA."""
    import subprocess

    signer = issue(authority, "ec")
    (tmp_path / "ca.pem").write_bytes(authority.certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "user.pem").write_bytes(signer.certificate.public_bytes(serialization.Encoding.PEM))
    result = subprocess.run(["openssl", "verify", "-CAfile", str(tmp_path / "ca.pem"), "-purpose", "smimesign",
                             str(tmp_path / "user.pem")], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert isinstance(signer.certificate, x509.Certificate)

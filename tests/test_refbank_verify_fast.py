"""refbank.verify's fast paths (the attributes' bytes as received, the issuer's bytes, a certificate
parsed and checked once, a CMS of a known shape) decide exactly as the full checks: attributes sent out of DER order are
still checked against their DER encoding, a changed byte is still refused, and a certificate of
another CA is refused even after the bank's own certificate was accepted many times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.serialization import Encoding

from bsclient.crypto import sign_detached
from refbank.errors import DocumentRejected
from refbank.pki import verify
from refbank.pki.ca import CertificateAuthority, UserSubject, create_bank_pki
from refbank.pki.verify import verify_detached
from tests.helpers.certificates import SoftwareSigner as ClientSigner  # the client's Signer over a software key
from tests.helpers.software_keys import csr_pem, new_key

CONTENT = b'{"amount":"150000.00","id":"0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10"}'
SUBJECT = UserSubject("Ахметова Айгуль Сериковна", "880314400123", "ТОО «Дала Трейд»")


def tlv(tag: int, content: bytes) -> bytes:
    length = len(content)
    if length < 0x80:
        return bytes((tag, length)) + content
    size = (length.bit_length() + 7) // 8
    return bytes((tag, 0x80 | size)) + length.to_bytes(size, "big") + content


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> CertificateAuthority:
    return create_bank_pki(tmp_path_factory.mktemp("pki"))


def client_signer(authority: CertificateAuthority) -> ClientSigner:
    key = new_key("rsa")
    certificate = authority.issue_user_certificate(csr_pem(key).encode(), SUBJECT)
    return ClientSigner(key, certificate.public_bytes(Encoding.DER))


def rebuilt(cms_der: bytes, attributes: list[bytes], signed_over: bytes, key: object) -> bytes:
    """The CMS with its signed attributes sent as `attributes` (in that order) and a signature over
    `signed_over`, everything else as it was."""
    info = cms.ContentInfo.load(cms_der)
    signed_data = info["content"]
    signer = signed_data["signer_infos"][0]
    signature = key.sign(signed_over, padding.PKCS1v15(), hashes.SHA256())
    signer_info = tlv(0x30, signer["version"].dump() + signer["sid"].dump() + signer["digest_algorithm"].dump()
                      + tlv(0xA0, b"".join(attributes)) + signer["signature_algorithm"].dump() + tlv(0x04, signature))
    body = (signed_data["version"].dump() + signed_data["digest_algorithms"].dump()
            + signed_data["encap_content_info"].dump() + signed_data["certificates"].dump()
            + tlv(0x31, signer_info))
    return tlv(0x30, info["content_type"].dump() + tlv(0xA0, tlv(0x30, body)))


def test_attributes_out_of_der_order_are_checked_against_their_der_encoding(authority):
    signer = client_signer(authority)
    original = sign_detached(CONTENT, signer)
    attributes = [a.dump() for a in cms.ContentInfo.load(original)["content"]["signer_infos"][0]["signed_attrs"]]
    der_order = sorted(attributes)
    reversed_order = list(reversed(der_order))
    assert reversed_order != der_order
    # Signed as RFC 5652 says (over the DER SET OF), sent in another order: accepted.
    sent = rebuilt(original, reversed_order, tlv(0x31, b"".join(der_order)), signer.key)
    assert verify_detached(CONTENT, sent, authority.certificate).serial
    # The same, rebuilt in DER order, is accepted too (the fast path).
    assert verify_detached(CONTENT, rebuilt(original, der_order, tlv(0x31, b"".join(der_order)), signer.key),
                           authority.certificate).serial


def test_a_signature_over_other_attribute_bytes_is_refused(authority):
    signer = client_signer(authority)
    original = sign_detached(CONTENT, signer)
    attributes = sorted(a.dump() for a in cms.ContentInfo.load(original)["content"]["signer_infos"][0]["signed_attrs"])
    signed_over = bytearray(tlv(0x31, b"".join(attributes)))
    signed_over[-3] ^= 0x01  # one byte the signer saw differently (inside the last attribute)
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, rebuilt(original, attributes, bytes(signed_over), signer.key), authority.certificate)
    assert refused.value.reason.code == "signature_invalid"


def test_another_cas_certificate_is_refused_after_ours_was_accepted_many_times(authority, tmp_path: Path):
    ours = client_signer(authority)
    for _ in range(3):
        assert verify_detached(CONTENT, sign_detached(CONTENT, ours), authority.certificate).serial
    (tmp_path / "other").mkdir()
    other_ca = create_bank_pki(tmp_path / "other")
    theirs = client_signer(other_ca)
    with pytest.raises(DocumentRejected) as refused:
        verify_detached(CONTENT, sign_detached(CONTENT, theirs), authority.certificate)
    assert refused.value.reason.code == "certificate_untrusted"
    # ...and the same certificate is accepted by its own CA: the cache is per certificate and CA.
    assert verify_detached(CONTENT, sign_detached(CONTENT, theirs), other_ca.certificate).serial
    with pytest.raises(DocumentRejected):
        verify_detached(CONTENT, sign_detached(CONTENT, theirs), authority.certificate)


# A CMS of a known shape: the same signer's next signatures differ from the first only in the message
# digest, the signing time and the signature value; the bank checks those three and nothing else again.

def _verified_in_full(content: bytes, cms_der: bytes, ca, monkeypatch: pytest.MonkeyPatch, **kwargs):
    """What the full check decides, with no shape known."""
    with monkeypatch.context() as patch:
        patch.setattr(verify, "_shapes", {})
        return _decision(content, cms_der, ca, **kwargs)


def _decision(content: bytes, cms_der: bytes, ca, **kwargs) -> str:
    try:
        return "accepted " + verify_detached(content, cms_der, ca, **kwargs).serial
    except DocumentRejected as refused:
        return f"{refused.reason.code}: {refused.reason.message}"


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_the_same_signers_next_signature_is_checked_by_its_shape_alone(authority, algorithm, monkeypatch):
    key = new_key(algorithm)
    signer = ClientSigner(key, authority.issue_user_certificate(csr_pem(key).encode(), SUBJECT)
                          .public_bytes(Encoding.DER))
    first = verify_detached(CONTENT, sign_detached(CONTENT, signer), authority.certificate)
    other = CONTENT.replace(b"150000", b"275000")
    shaped = [sign_detached(other, signer) for _ in range(8)]  # ECDSA's lengths vary: at least one repeats
    for cms_der in shaped:
        verify_detached(other, cms_der, authority.certificate)  # the first of each length teaches its shape

    def not_in_full(*args: object) -> None:
        raise AssertionError("checked in full")

    monkeypatch.setattr(verify, "_verify", not_in_full)
    assert verify_detached(other, shaped[-1], authority.certificate).serial == first.serial


def test_a_known_shape_decides_every_changed_byte_as_the_full_check(authority, monkeypatch):
    signer = client_signer(authority)
    verify_detached(CONTENT, sign_detached(CONTENT, signer), authority.certificate)  # its shape is known
    cms_der = sign_detached(CONTENT, signer)
    assert _decision(CONTENT, cms_der, authority.certificate).startswith("accepted")
    for index in range(len(cms_der)):
        changed = bytearray(cms_der)
        changed[index] ^= 0x01
        assert (_decision(CONTENT, bytes(changed), authority.certificate)
                == _verified_in_full(CONTENT, bytes(changed), authority.certificate, monkeypatch)), index
    changed_content = CONTENT.replace(b"150000", b"150001")
    assert (_decision(changed_content, cms_der, authority.certificate)
            == _verified_in_full(changed_content, cms_der, authority.certificate, monkeypatch)
            == "signature_invalid: The document was changed after it was signed.")


def test_a_known_shape_does_not_outlive_the_certificate_or_cross_to_another_ca(authority, monkeypatch, tmp_path):
    signer = client_signer(authority)
    cms_der = sign_detached(CONTENT, signer)
    verify_detached(CONTENT, cms_der, authority.certificate)
    expired = x509.load_der_x509_certificate(signer.certificate_der).not_valid_after_utc + dt.timedelta(seconds=1)
    decided = _decision(CONTENT, cms_der, authority.certificate, now=expired)
    assert decided.startswith("certificate_untrusted")
    assert decided == _verified_in_full(CONTENT, cms_der, authority.certificate, monkeypatch, now=expired)
    other_ca = create_bank_pki(tmp_path)
    assert _decision(CONTENT, cms_der, other_ca.certificate).startswith("certificate_untrusted")

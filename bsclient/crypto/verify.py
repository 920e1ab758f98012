"""Check a detached CMS signature the way the bank will: digest, signature, issuer, validity."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from bsclient.crypto.certificate import CertificateInfo, certificate_info, load_certificate
from bsclient.crypto.errors import certificate_untrusted, malformed_signature, signature_invalid

# "rsassa_pkcs1v15" (plain rsaEncryption) is allowed too: the digest algorithm says SHA-256.
_SIGNATURE_KINDS = {"sha256_rsa": "rsa", "rsassa_pkcs1v15": "rsa", "sha256_ecdsa": "ec"}


def verify_detached(content: bytes, cms_der: bytes, ca_certificate_der: bytes) -> CertificateInfo:
    """The signer's certificate info if `cms_der` signs `content` with a cert from the CA."""
    signer_info, certificates = _parse(cms_der)
    signed_attributes = signer_info["signed_attrs"]
    if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
        raise signature_invalid("digest algorithm is not SHA-256")
    if not signed_attributes:
        raise signature_invalid("no signed attributes")
    attributes = {attribute["type"].native: attribute["values"] for attribute in signed_attributes}
    if _single(attributes, "content_type") != "data":
        raise signature_invalid("content type is not data")
    if _single(attributes, "message_digest") != hashlib.sha256(content).digest():
        raise signature_invalid("message digest differs")
    certificate_der = _signer_certificate(signer_info, certificates)
    certificate = load_certificate(certificate_der)
    # The signature covers the attributes as a SET OF (tag 0x31), not the [0] they are sent as.
    to_be_signed = b"\x31" + signed_attributes.dump()[1:]
    _check_signature(certificate, signer_info, to_be_signed)
    _check_signing_certificate(attributes, certificate_der)
    _check_issued_by(certificate, load_certificate(ca_certificate_der))
    _check_validity(certificate, _signing_time(attributes))
    return certificate_info(certificate_der)


def _parse(cms_der: bytes) -> tuple[cms.SignerInfo, list[bytes]]:
    try:
        content_info = cms.ContentInfo.load(cms_der, strict=True)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed_data = content_info["content"]
        signer_infos = list(signed_data["signer_infos"])
        certificates = [
            choice.chosen.dump()
            for choice in signed_data["certificates"] or []
            if choice.name == "certificate"
        ]
        _ = signed_data.native  # asn1crypto parses lazily; force it so bad input fails here
    except (ValueError, TypeError, KeyError) as exc:
        raise malformed_signature() from exc
    if signed_data["encap_content_info"]["content"].native is not None:
        raise signature_invalid("the signature is not detached")
    if len(signer_infos) != 1:
        raise signature_invalid(f"{len(signer_infos)} signers instead of one")
    return signer_infos[0], certificates


def _single(attributes: dict[str, cms.SetOfAny], kind: str) -> object:
    values = attributes.get(kind)
    if values is None or len(values) != 1:
        raise signature_invalid(f"attribute {kind} missing or repeated")
    return values[0].native


def _signer_certificate(signer_info: cms.SignerInfo, certificates: list[bytes]) -> bytes:
    sid = signer_info["sid"]
    if sid.name != "issuer_and_serial_number":
        raise signature_invalid("the signer is not named by issuer and serial number")
    wanted_issuer = sid.chosen["issuer"]
    wanted_serial = sid.chosen["serial_number"].native
    for certificate_der in certificates:
        parsed = asn1_x509.Certificate.load(certificate_der)
        if parsed.serial_number == wanted_serial and parsed.issuer == wanted_issuer:
            return certificate_der
    raise signature_invalid("the signer's certificate is not in the signature")


def _check_signature(
    certificate: x509.Certificate, signer_info: cms.SignerInfo, to_be_signed: bytes
) -> None:
    name = signer_info["signature_algorithm"]["algorithm"].native
    kind = _SIGNATURE_KINDS.get(name)
    signature = signer_info["signature"].native
    public_key = certificate.public_key()
    try:
        if kind == "rsa" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, to_be_signed, padding.PKCS1v15(), hashes.SHA256())
        elif kind == "ec" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, to_be_signed, ec.ECDSA(hashes.SHA256()))
        else:
            raise signature_invalid(f"signature algorithm {name} does not fit the key")
    except InvalidSignature as exc:
        raise signature_invalid("signature value") from exc


def _check_signing_certificate(
    attributes: dict[str, cms.SetOfAny], certificate_der: bytes
) -> None:
    # signing-certificate-v2 binds the signature to this certificate (not a re-issued one).
    if "signing_certificate_v2" not in attributes:
        raise signature_invalid("signing-certificate-v2 attribute missing")
    first = attributes["signing_certificate_v2"][0]["certs"][0]
    if first["hash_algorithm"]["algorithm"].native != "sha256":
        raise signature_invalid("signing-certificate-v2 hash is not SHA-256")
    if first["cert_hash"].native != hashlib.sha256(certificate_der).digest():
        raise signature_invalid("signing-certificate-v2 names another certificate")


def _check_issued_by(certificate: x509.Certificate, ca: x509.Certificate) -> None:
    try:
        certificate.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise certificate_untrusted("not issued by the bank's CA") from exc


def _signing_time(attributes: dict[str, cms.SetOfAny]) -> datetime:
    if "signing_time" not in attributes:
        return datetime.now(UTC)
    moment = _single(attributes, "signing_time")
    if not isinstance(moment, datetime):
        raise signature_invalid("the signing time is not a time")
    return moment


def _check_validity(certificate: x509.Certificate, when: datetime) -> None:
    if not certificate.not_valid_before_utc <= when <= certificate.not_valid_after_utc:
        raise certificate_untrusted("outside the certificate's validity at signing time")

"""The bank's own check of a detached CMS signature (RFC 5652) over a document's exact bytes.

Written apart from the client's signing code on purpose: every end-to-end test then checks the
client against an independent peer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from refbank.errors import DocumentRejected

SIGNATURE_ALGORITHMS = {"rsassa_pkcs1v15", "ecdsa"}


@dataclass(frozen=True)
class VerifiedSignature:
    """A signature that verified; `serial` maps it to the certificate the bank issued."""

    serial: str
    certificate: x509.Certificate


def certificate_serial(certificate: x509.Certificate) -> str:
    """How the bank names a certificate in its database: the serial number in lower-case hex."""
    return format(certificate.serial_number, "x")


def verify_detached(content: bytes, cms_der: bytes, ca_certificate: x509.Certificate,
                    *, now: dt.datetime | None = None) -> VerifiedSignature:
    """Check `cms_der` signs `content` with a certificate of this bank's CA valid at `now`.

    Raises DocumentRejected with `signature_invalid` or `certificate_untrusted`.
    """
    signer_info, certificates = _parse_signed_data(cms_der)
    signer_certificate = _find_signer_certificate(signer_info, certificates)
    signed_attributes = _check_signed_attributes(signer_info, content, signer_certificate)
    certificate = x509.load_der_x509_certificate(signer_certificate.dump())
    _check_signature_value(signer_info, signed_attributes, certificate)
    _check_issued_by_bank(certificate, ca_certificate, now or dt.datetime.now(dt.timezone.utc))
    return VerifiedSignature(certificate_serial(certificate), certificate)


def _invalid(message: str) -> DocumentRejected:
    return DocumentRejected("signature_invalid", message)


def _parse_signed_data(cms_der: bytes) -> tuple[cms.SignerInfo, list[asn1_x509.Certificate]]:
    try:
        info = cms.ContentInfo.load(cms_der, strict=True)
        if info["content_type"].native != "signed_data":
            raise _invalid("The signature is not a CMS SignedData.")
        signed_data = info["content"]
        signer_infos = signed_data["signer_infos"]
        certificates = [
            choice.chosen for choice in (signed_data["certificates"] or [])
            if choice.name == "certificate"
        ]
        if signed_data["encap_content_info"]["content"].native is not None:
            raise _invalid("The signature must be detached; it carries content of its own.")
    except DocumentRejected:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise _invalid("The signature is not a well-formed CMS structure.") from exc
    if len(signer_infos) != 1:
        raise _invalid("Each signature must have exactly one signer.")
    return signer_infos[0], certificates


def _find_signer_certificate(signer_info: cms.SignerInfo,
                             certificates: list[asn1_x509.Certificate]) -> asn1_x509.Certificate:
    sid = signer_info["sid"]
    for certificate in certificates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (certificate.issuer == wanted["issuer"]
                    and certificate.serial_number == wanted["serial_number"].native):
                return certificate
        elif sid.name == "subject_key_identifier":
            if certificate.key_identifier == sid.chosen.native:
                return certificate
    raise _invalid("The signer's certificate is not included in the signature.")


def _check_signed_attributes(signer_info: cms.SignerInfo, content: bytes,
                             certificate: asn1_x509.Certificate) -> cms.CMSAttributes:
    if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
        raise _invalid("The signature must use SHA-256.")
    signed_attributes = signer_info["signed_attrs"]
    if not signed_attributes:
        raise _invalid("The signature has no signed attributes.")
    values = {attribute["type"].native: attribute["values"] for attribute in signed_attributes}
    if "content_type" not in values or values["content_type"][0].native != "data":
        raise _invalid("The signed content-type attribute must be id-data.")
    if "message_digest" not in values:
        raise _invalid("The signature has no message-digest attribute.")
    if values["message_digest"][0].native != hashlib.sha256(content).digest():
        raise _invalid("The document was changed after it was signed.")
    if "signing_certificate_v2" in values:
        _check_signing_certificate_v2(values["signing_certificate_v2"][0], certificate)
    return signed_attributes


def _check_signing_certificate_v2(attribute: cms.SetOfSigningCertificatesV2,
                                  certificate: asn1_x509.Certificate) -> None:
    """The certificate the signer meant (ESS, RFC 5035) must be the one included."""
    first = attribute["certs"][0]
    if first["hash_algorithm"]["algorithm"].native != "sha256":
        return
    if first["cert_hash"].native != hashlib.sha256(certificate.dump()).digest():
        raise _invalid("The signing-certificate attribute names another certificate.")


def _check_signature_value(signer_info: cms.SignerInfo, signed_attributes: cms.CMSAttributes,
                           certificate: x509.Certificate) -> None:
    algorithm = signer_info["signature_algorithm"]
    try:
        signature_algo = algorithm.signature_algo
        hash_algo = algorithm.hash_algo if algorithm["algorithm"].native not in (
            "rsassa_pkcs1v15", "ecdsa") else "sha256"
    except ValueError as exc:
        raise _invalid("The signature algorithm is not supported.") from exc
    if signature_algo not in SIGNATURE_ALGORITHMS or hash_algo != "sha256":
        raise _invalid("Only RSA PKCS#1 v1.5 and ECDSA with SHA-256 are accepted.")
    # Signed over the attributes as a SET OF (tag 0x31), not the [0] IMPLICIT they are sent in.
    signed_bytes = signed_attributes.untag().dump()
    signature = signer_info["signature"].native
    public_key = certificate.public_key()
    try:
        if signature_algo == "rsassa_pkcs1v15" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
        elif signature_algo == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, signed_bytes, ec.ECDSA(hashes.SHA256()))
        else:
            raise _invalid("The signature algorithm does not match the certificate's key.")
    except InvalidSignature as exc:
        raise _invalid("The signature does not verify with the signer's certificate.") from exc


def _check_issued_by_bank(certificate: x509.Certificate, ca_certificate: x509.Certificate,
                          now: dt.datetime) -> None:
    try:
        certificate.verify_directly_issued_by(ca_certificate)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise DocumentRejected(
            "certificate_untrusted", "The signer's certificate was not issued by this bank.",
            subject=certificate.subject.rfc4514_string(),
        ) from exc
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise DocumentRejected(
            "certificate_untrusted", "The signer's certificate is not valid at this time.",
            not_before=certificate.not_valid_before_utc.isoformat(),
            not_after=certificate.not_valid_after_utc.isoformat(),
        )

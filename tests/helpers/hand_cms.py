"""Detached CMS SignedData (RFC 5652) built by hand with asn1crypto for tests of the bank's verifier:
the signed attributes are a plain list the test may change (drop one, repeat one, give one two values,
point signing-certificate-v2 at another certificate), then signed with a software key as given.

Written apart from the client's signing code (bsclient/crypto/cms.py), so the bank is checked against
an independent builder; openssl checks what it builds in tests/test_cms_attributes.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

Attribute = tuple[str, list[Any]]  # (asn1crypto's name or a dotted OID, its values)


def ess_v2(certificate_der: bytes, *, hash_name: str = "sha256", serial: int | None = None) -> tsp.SigningCertificateV2:
    """signing-certificate-v2 naming the certificate by its hash (and issuer and serial)."""
    certificate = asn1_x509.Certificate.load(certificate_der)
    cert_id: dict[str, Any] = {
        "cert_hash": hashlib.new(hash_name, certificate_der).digest(),
        "issuer_serial": {"issuer": [asn1_x509.GeneralName({"directory_name": certificate.issuer})],
                          "serial_number": certificate.serial_number if serial is None else serial}}
    if hash_name != "sha256":
        cert_id["hash_algorithm"] = {"algorithm": hash_name}
    return tsp.SigningCertificateV2({"certs": [tsp.ESSCertIDv2(cert_id)]})


def standard_attributes(content: bytes, certificate_der: bytes) -> list[Attribute]:
    """What every signature of the wire carries: content-type, message-digest, signing-time, ESS v2."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return [
        ("content_type", [cms.ContentType("data")]),
        ("message_digest", [core.OctetString(hashlib.sha256(content).digest())]),
        ("signing_time", [cms.Time({"utc_time": now})]),
        ("signing_certificate_v2", [ess_v2(certificate_der)]),
    ]


def build(content: bytes, key: Any, certificate: x509.Certificate,
          attributes: list[Attribute] | None = None) -> bytes:
    """The DER of a detached SignedData over `content` with these signed attributes (the standard ones
    when None), signed by `key`, `certificate` included."""
    certificate_der = certificate.public_bytes(serialization.Encoding.DER)
    asn1_certificate = asn1_x509.Certificate.load(certificate_der)
    signed_attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": name, "values": values})
        for name, values in (standard_attributes(content, certificate_der) if attributes is None else attributes)])
    to_sign = signed_attrs.dump(force=True)  # a SET OF: tag 0x31, DER-sorted by asn1crypto
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        signature_algorithm = "sha256_rsa"
    else:
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        signature = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
        signature_algorithm = "sha256_ecdsa"
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": asn1_certificate.issuer, "serial_number": asn1_certificate.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": signed_attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": signature_algorithm}),
        "signature": signature,
    })
    signed_data = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": "data"},
        "certificates": [asn1_certificate],
        "signer_infos": [signer_info],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()

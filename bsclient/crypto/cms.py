"""Detached CMS SignedData (RFC 5652) around a raw signature made by a Signer."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from asn1crypto import algos, cms, core, tsp, x509

from bsclient.crypto.errors import malformed_certificate
from bsclient.crypto.signer import Signer

SIGNATURE_ALGORITHMS = {"rsa": "sha256_rsa", "ec": "sha256_ecdsa"}


def sign_detached(
    content: bytes, signer: Signer, *, signing_time: datetime | None = None
) -> bytes:
    """DER ContentInfo of a detached SignedData over `content`, signed by `signer`."""
    certificate = _certificate(signer.certificate_der)
    signature_algorithm = SIGNATURE_ALGORITHMS.get(signer.algorithm)
    if signature_algorithm is None:
        raise ValueError(f"unsupported signer algorithm {signer.algorithm!r}")
    when = signing_time or datetime.now(UTC)
    signed_attributes = signed_attributes_for(content, certificate, when)
    # The signature covers the attributes' DER as a SET OF (tag 0x31), not the [0] in SignerInfo.
    signature = signer.sign(signed_attributes.dump())
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": certificate.issuer, "serial_number": certificate.serial_number}
                    )
                }
            ),
            "digest_algorithm": _sha256(),
            "signed_attrs": signed_attributes,
            "signature_algorithm": algos.SignedDigestAlgorithm(
                {"algorithm": signature_algorithm}
            ),
            "signature": signature,
        }
    )
    signed_data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [_sha256()],
            "encap_content_info": {"content_type": "data"},
            "certificates": [certificate],
            "signer_infos": [signer_info],
        }
    )
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump())


def signed_attributes_for(
    content: bytes, certificate: x509.Certificate, signing_time: datetime
) -> cms.CMSAttributes:
    """content-type, message-digest, signing-time and signing-certificate-v2."""
    if signing_time.tzinfo is None:
        raise ValueError("signing_time must be timezone-aware")
    when = signing_time.astimezone(UTC).replace(microsecond=0)
    # RFC 5652 11.3: UTCTime for 1950..2049, GeneralizedTime otherwise.
    time = (
        cms.Time({"utc_time": when})
        if 1950 <= when.year < 2050
        else cms.Time({"generalized_time": when})
    )
    # asn1crypto DER-sorts a SET OF when it encodes it, as verifiers expect.
    return cms.CMSAttributes(
        [
            _attribute("content_type", cms.ContentType("data")),
            _attribute("message_digest", core.OctetString(hashlib.sha256(content).digest())),
            _attribute("signing_time", time),
            _attribute("signing_certificate_v2", _signing_certificate_v2(certificate)),
        ]
    )


def _signing_certificate_v2(certificate: x509.Certificate) -> tsp.SigningCertificateV2:
    # hashAlgorithm is left out: its DEFAULT is SHA-256, and DER omits a default value.
    return tsp.SigningCertificateV2(
        {
            "certs": [
                tsp.ESSCertIDv2(
                    {
                        "cert_hash": hashlib.sha256(certificate.dump()).digest(),
                        "issuer_serial": {
                            "issuer": [x509.GeneralName({"directory_name": certificate.issuer})],
                            "serial_number": certificate.serial_number,
                        },
                    }
                )
            ]
        }
    )


def _attribute(kind: str, value: core.Asn1Value) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": kind, "values": [value]})


def _sha256() -> algos.DigestAlgorithm:
    return algos.DigestAlgorithm({"algorithm": "sha256"})


def _certificate(certificate_der: bytes) -> x509.Certificate:
    try:
        certificate = x509.Certificate.load(certificate_der, strict=True)
        _ = certificate.native  # asn1crypto parses lazily; force it so bad input fails here
    except (ValueError, TypeError) as exc:
        raise malformed_certificate() from exc
    return certificate

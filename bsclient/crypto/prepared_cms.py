"""`sign_detached` for many documents by one signer, with the signer's parts encoded once.

Building a SignedData with asn1crypto re-encodes the certificate, issuer and algorithm identifiers
for every document (tens of milliseconds of pure Python, far more than the carrier's signature).
Here every part that does not change between documents is DER-encoded once, by asn1crypto, and a
document only adds its message digest, its signing time and the signature. The bytes are exactly
what `sign_detached` makes for the same content, time and signature (the tests compare them).
"""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime

from asn1crypto import algos, cms

from bsclient.crypto.cms import SIGNATURE_ALGORITHMS, _certificate, _sha256, sign_detached, signed_attributes_for
from bsclient.crypto.signer import Signer

_DIGEST_LENGTH = 32
_UTC_TIME_LENGTH = 13  # YYMMDDHHMMSSZ


def _tlv(tag: int, content: bytes) -> bytes:
    """DER tag, length and content (definite length, short or long form)."""
    length = len(content)
    if length < 0x80:
        return bytes((tag, length)) + content
    size = (length.bit_length() + 7) // 8
    return bytes((tag, 0x80 | size)) + length.to_bytes(size, "big") + content


class PreparedSigner:
    """Detached CMS SignedData over many contents by one Signer; `sign` is `sign_detached`."""

    def __init__(self, signer: Signer) -> None:
        self._signer = signer
        certificate = _certificate(signer.certificate_der)
        signature_algorithm = SIGNATURE_ALGORITHMS.get(signer.algorithm)
        if signature_algorithm is None:
            raise ValueError(f"unsupported signer algorithm {signer.algorithm!r}")
        # The attributes that never change, and the heads of the two that do, from asn1crypto itself.
        sample_time = datetime(2000, 1, 1, tzinfo=UTC)
        sample = signed_attributes_for(b"", certificate, sample_time)
        by_type = {attribute["type"].native: attribute.dump() for attribute in sample}
        self._content_type = by_type["content_type"]
        self._signing_certificate = by_type["signing_certificate_v2"]
        self._digest_head = by_type["message_digest"][:-_DIGEST_LENGTH]
        self._time_head = by_type["signing_time"][:-_UTC_TIME_LENGTH]
        sid = cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber(
            {"issuer": certificate.issuer, "serial_number": certificate.serial_number})})
        digest_algorithm = _sha256().dump()
        self._signer_info_head = b"\x02\x01\x01" + sid.dump() + digest_algorithm
        self._signature_algorithm = algos.SignedDigestAlgorithm({"algorithm": signature_algorithm}).dump()
        self._signed_data_head = (
            b"\x02\x01\x01"
            + _tlv(0x31, digest_algorithm)
            + cms.EncapsulatedContentInfo({"content_type": "data"}).dump()
            + _tlv(0xA0, certificate.dump())
        )
        self._content_info_type = cms.ContentType("signed_data").dump()
        self._framings: dict[tuple[int, int], tuple[bytes, bytes]] = {}
        self._clock_second = -1
        self._clock_time: tuple[datetime, bytes | None] = (sample_time, None)

    @property
    def certificate_der(self) -> bytes:
        return self._signer.certificate_der

    def sign(self, content: bytes, *, signing_time: datetime | None = None) -> bytes:
        """DER ContentInfo of a detached SignedData over `content` (as `sign_detached` makes it)."""
        when, time_attribute = self._signing_time(signing_time)
        if time_attribute is None:  # GeneralizedTime: rare, left to the general path
            return sign_detached(content, self._signer, signing_time=when)
        attributes = b"".join(sorted((
            self._content_type,
            self._digest_head + hashlib.sha256(content).digest(),
            time_attribute,
            self._signing_certificate,
        )))  # DER orders a SET OF by the members' encodings
        # The signature covers the attributes as a SET OF (tag 0x31); SignerInfo carries them as [0].
        signature = self._signer.sign(_tlv(0x31, attributes))
        framing = self._framings.get((len(attributes), len(signature)))
        if framing is None:
            framing = self._framings[len(attributes), len(signature)] = self._framing(len(attributes), len(signature))
        before_attributes, before_signature = framing
        return b"".join((before_attributes, attributes, before_signature, signature))

    def _signing_time(self, given: datetime | None) -> tuple[datetime, bytes | None]:
        """The signing time to the second and its encoded attribute (None: not a UTCTime). The clock's
        is encoded once a second: a batch signs a thousand documents in a few."""
        if given is not None:
            return self._time_attribute(given)
        second = int(time.time())
        if second != self._clock_second:
            self._clock_second, self._clock_time = second, self._time_attribute(datetime.fromtimestamp(second, UTC))
        return self._clock_time

    def _time_attribute(self, given: datetime) -> tuple[datetime, bytes | None]:
        if given.tzinfo is None:
            raise ValueError("signing_time must be timezone-aware")
        when = given.astimezone(UTC).replace(microsecond=0)
        if not 1950 <= when.year < 2050:
            return when, None
        return when, self._time_head + when.strftime("%y%m%d%H%M%SZ").encode("ascii")

    def _framing(self, attributes_length: int, signature_length: int) -> tuple[bytes, bytes]:
        """What comes before the signed attributes and between them and the signature in the DER of a
        ContentInfo (all of it fixed once the two lengths are: one RSA key signs in one length)."""
        attributes, signature = bytes(attributes_length), bytes(signature_length)
        signature_octets = _tlv(0x04, signature)
        before_signature = self._signature_algorithm + signature_octets[:len(signature_octets) - signature_length]
        signer_info = _tlv(0x30, self._signer_info_head + _tlv(0xA0, attributes) + before_signature + signature)
        signed_data = _tlv(0x30, self._signed_data_head + _tlv(0x31, signer_info))
        whole = _tlv(0x30, self._content_info_type + _tlv(0xA0, signed_data))
        return whole[:len(whole) - attributes_length - len(before_signature) - signature_length], before_signature


__all__ = ["PreparedSigner"]

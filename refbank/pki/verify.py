"""The bank's own check of a detached CMS signature (RFC 5652) over a document's exact bytes.

Written apart from the client's signing code on purpose: every end-to-end test then checks the
client against an independent peer.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import threading
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from refbank.bank_time import utc_now
from refbank.errors import DocumentRejected

SIGNATURE_ALGORITHMS = {"rsassa_pkcs1v15", "ecdsa"}
# What a damaged DER structure raises from asn1crypto or cryptography while it is read.
MALFORMED = (ValueError, TypeError, KeyError, IndexError, OverflowError, AttributeError, UnicodeError)


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
    now = now or utc_now()
    ca_der = _der(ca_certificate)
    known = _verified_by_shape(content, cms_der, ca_der, now)
    if known is not None:
        return known
    try:
        return _verify(content, cms_der, ca_certificate, ca_der, now)
    except DocumentRejected:
        raise
    except MALFORMED as exc:
        # asn1crypto parses lazily: a damaged structure can fail in whichever step first reads it.
        raise _invalid("The signature is not a well-formed CMS structure.") from exc



def _verify(content: bytes, cms_der: bytes, ca_certificate: x509.Certificate, ca_der: bytes,
            now: dt.datetime) -> VerifiedSignature:
    signer_info, certificates = _parse_signed_data(cms_der)
    # The signed attributes' bytes as received, taken before anything reads them: asn1crypto marks a
    # structure changed once some of its values are read, and would then re-encode it on request.
    attributes = signer_info["signed_attrs"]
    received = attributes.contents if attributes.contents is not None else b""
    signer_certificate = _find_signer_certificate(signer_info, certificates)
    signed_attributes = _check_signed_attributes(signer_info, content, signer_certificate)
    certificate_der = signer_certificate.dump()
    certificate, public_key = _loaded(certificate_der)
    as_received = _check_signature_value(signer_info, signed_attributes, received, public_key)
    _check_issued_by_bank(certificate, certificate_der, ca_certificate, now)
    verified = VerifiedSignature(certificate_serial(certificate), certificate)
    if as_received:
        _remember_shape(cms_der, received=received, signer_info=signer_info, signed_attributes=signed_attributes,
                        ca_der=ca_der, verified=verified, public_key=public_key)
    return verified


@functools.lru_cache(maxsize=16)
def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)


# The same signer's CMSs repeat one another byte for byte but in three places: the message digest, the
# signing time and the signature value (for RSA, and for ECDSA per signature length). Such a CMS parses
# to the same structure as one already verified in full, with other values in those three places, so
# every check of the structure, the certificate and the attributes would decide as it did: only the
# three values, the signature over the attributes and the certificate's validity today are checked
# again (0.2 → 0.04 ms a document). The shape only ever accepts: anything else is checked in full.
_SHAPES_MAX = 64
_TIME = re.compile(rb"[0-9]{12}Z|[0-9]{14}Z")  # the value of a UTCTime or a GeneralizedTime


Place = tuple[int, int]  # where a value's contents start and stop in the CMS


@dataclass(frozen=True)
class _Shape:
    """Where the three values and the signed attributes are in a CMS that verified over its attributes as
    received, and what it verified to."""

    digest: Place
    time: Place | None
    signature: Place
    attributes: Place
    verified: VerifiedSignature
    public_key: object

    @property
    def varying(self) -> tuple[Place, ...]:
        return (self.digest, self.signature) + ((self.time,) if self.time else ())


_shapes: dict[tuple[int, tuple[Place, ...], bytes, bytes], _Shape] = {}  # length, varying, CA, the rest → shape
_shapes_lock = threading.Lock()


def _rest(cms_der: bytes, varying: tuple[Place, ...]) -> bytes:
    """The CMS with the three values zeroed: what a CMS of the same shape has the same."""
    rest = bytearray(cms_der)
    for start, stop in varying:
        rest[start:stop] = bytes(stop - start)
    return bytes(rest)


def _at(cms_der: bytes, place: Place) -> bytes:
    return cms_der[place[0]:place[1]]


def _verified_by_shape(content: bytes, cms_der: bytes, ca_der: bytes, now: dt.datetime) -> VerifiedSignature | None:
    """What `cms_der` verifies to when it has the shape of one verified in full and its own three values
    check; None when it has no known shape or any value fails (the full check then says why)."""
    with _shapes_lock:
        layouts = {(length, varying) for length, varying, _, _ in _shapes if length == len(cms_der)}
    shape = next((found for length, varying in layouts
                  if (found := _shapes.get((length, varying, ca_der, _rest(cms_der, varying)))) is not None), None)
    if shape is None:
        return None
    certificate = shape.verified.certificate
    attributes = _at(cms_der, shape.attributes)
    if (_at(cms_der, shape.digest) != hashlib.sha256(content).digest()
            or (shape.time is not None and not _TIME.fullmatch(_at(cms_der, shape.time)))
            or not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc
            or not _signature_verifies(shape.public_key, _at(cms_der, shape.signature),
                                       b"\x31" + _der_length(len(attributes)) + attributes)):
        return None
    return shape.verified


def _remember_shape(cms_der: bytes, *, received: bytes, signer_info: cms.SignerInfo,
                    signed_attributes: cms.CMSAttributes, ca_der: bytes, verified: VerifiedSignature,
                    public_key: object) -> None:
    """Keeps the shape of a CMS that verified in full over its attributes as received, when each of its
    three values and its attributes occur once in it (else it is not kept: it is checked in full)."""
    attributes = _unique(cms_der, received, (0, len(cms_der)))
    if attributes is None:
        return
    values = {attribute["type"].dotted: attribute["values"][0] for attribute in signed_attributes}
    time = values.get(SIGNING_TIME)
    digest = _place(cms_der, values[MESSAGE_DIGEST], attributes)
    time_place = _place(cms_der, time, attributes) if time is not None else None
    signature = _place(cms_der, signer_info["signature"], (attributes[1], len(cms_der)))  # it follows them
    if digest is None or signature is None or (time is not None and time_place is None):
        return
    shape = _Shape(digest, time_place, signature, attributes, verified, public_key)
    with _shapes_lock:
        while len(_shapes) >= _SHAPES_MAX:
            del _shapes[next(iter(_shapes))]
        _shapes[(len(cms_der), shape.varying, ca_der, _rest(cms_der, shape.varying))] = shape


def _place(cms_der: bytes, value: core.Asn1Value, within: Place) -> Place | None:
    """Where a primitive value's contents are in `cms_der`, found by its whole encoding `within` a part."""
    encoding, contents = value.dump(), value.contents
    found = _unique(cms_der, encoding, within) if encoding.endswith(contents) else None
    return (found[1] - len(contents), found[1]) if found else None


def _unique(cms_der: bytes, part: bytes, within: Place) -> Place | None:
    """Where `part` is in `cms_der` `within` a part of it, when it is there once."""
    start = cms_der.find(part, *within)
    if start < 0 or cms_der.find(part, start + 1, within[1]) >= 0:
        return None
    return start, start + len(part)


@functools.lru_cache(maxsize=1024)
def _loaded(certificate_der: bytes) -> tuple[x509.Certificate, object]:
    """The certificate and its public key, parsed once per certificate (a batch repeats the same one)."""
    certificate = x509.load_der_x509_certificate(certificate_der)
    return certificate, certificate.public_key()


@functools.lru_cache(maxsize=1024)
def _issued_by(certificate_der: bytes, ca_der: bytes) -> bool:
    """Whether the CA's key signed this certificate (its signature checked once per pair: the bytes of
    both are the key, so a changed certificate is checked anew)."""
    certificate, _ = _loaded(certificate_der)
    try:
        certificate.verify_directly_issued_by(x509.load_der_x509_certificate(ca_der))
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


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
        if signed_data["encap_content_info"]["content_type"].dotted != ID_DATA:
            # RFC 5652 11.1: the content-type attribute must equal the eContentType, which is id-data here.
            raise _invalid("The signed content must be id-data.")
    except DocumentRejected:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise _invalid("The signature is not a well-formed CMS structure.") from exc
    if len(signer_infos) != 1:
        raise _invalid("Each signature must have exactly one signer.")
    return signer_infos[0], certificates


def _find_signer_certificate(signer_info: cms.SignerInfo,
                             certificates: list[asn1_x509.Certificate]) -> asn1_x509.Certificate:
    return certificates[_signer_index(signer_info["sid"].dump(), tuple(c.dump() for c in certificates))]


@functools.lru_cache(maxsize=1024)
def _signer_index(sid_der: bytes, certificates_der: tuple[bytes, ...]) -> int:
    """Which certificate the signer identifier names, from the bytes of both: a batch repeats them, so
    they are read once (what fails is not kept, and is read and refused again)."""
    sid = cms.SignerIdentifier.load(sid_der)
    for index, certificate in enumerate(asn1_x509.Certificate.load(der) for der in certificates_der):
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if certificate.serial_number == wanted["serial_number"].native and _same_name(certificate.issuer,
                                                                                           wanted["issuer"]):
                return index
        elif sid.name == "subject_key_identifier" and certificate.key_identifier == sid.chosen.native:
            return index
    raise _invalid("The signer's certificate is not included in the signature.")


# Signed attributes by OID, so no check depends on which asn1crypto modules happen to be imported (its
# cms module names signing-certificate-v2 only once asn1crypto.tsp is loaded).
CONTENT_TYPE = "1.2.840.113549.1.9.3"
MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
SIGNING_TIME = "1.2.840.113549.1.9.5"
SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47"  # RFC 5035
ID_DATA = "1.2.840.113549.1.7.1"
# The hashes an ESSCertIDv2 may name the certificate by; RFC 5035's default is SHA-256.
ESS_HASHES = {"2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384", "2.16.840.1.101.3.4.2.3": "sha512"}


def _check_signed_attributes(signer_info: cms.SignerInfo, content: bytes,
                             certificate: asn1_x509.Certificate) -> cms.CMSAttributes:
    """RFC 5652 5.3 and 11, RFC 5035 5.4: one content-type (id-data), one message-digest (SHA-256 of the
    content), at most one signing-time, and one signing-certificate-v2 naming the included certificate,
    each attribute present once with exactly one value."""
    if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
        raise _invalid("The signature must use SHA-256.")
    signed_attributes = signer_info["signed_attrs"]
    if not signed_attributes:
        raise _invalid("The signature has no signed attributes.")
    values: dict[str, list[Any]] = {}
    for attribute in signed_attributes:
        oid = attribute["type"].dotted
        if oid in values:
            raise _invalid("A signed attribute appears more than once.")
        values[oid] = list(attribute["values"])
    for oid, name in ((CONTENT_TYPE, "content-type"), (MESSAGE_DIGEST, "message-digest"),
                      (SIGNING_CERTIFICATE_V2, "signing-certificate-v2")):
        if len(values.get(oid, ())) != 1:
            raise _invalid(f"The signature must carry exactly one {name} attribute with one value.")
    if SIGNING_TIME in values and len(values[SIGNING_TIME]) != 1:
        raise _invalid("The signing-time attribute must have one value.")
    content_type = cms.ContentType.load(values[CONTENT_TYPE][0].dump())
    if content_type.dotted != ID_DATA:
        raise _invalid("The signed content-type attribute must be id-data.")
    digest = core.OctetString.load(values[MESSAGE_DIGEST][0].dump()).native
    if digest != hashlib.sha256(content).digest():
        raise _invalid("The document was changed after it was signed.")
    _check_signing_certificate_v2(values[SIGNING_CERTIFICATE_V2][0].dump(), certificate.dump())
    return signed_attributes


@functools.lru_cache(maxsize=1024)
def _check_signing_certificate_v2(attribute_der: bytes, certificate_der: bytes) -> None:
    """The certificate the signer meant (ESS, RFC 5035 5.4): the first ESSCertIDv2 is the signer's, by its
    hash and, when given, its issuer and serial number. From the bytes of both: a batch repeats the same
    pair, so it is checked once (a refusal is not kept: it is checked and refused again)."""
    attribute = tsp.SigningCertificateV2.load(attribute_der)
    certificate = asn1_x509.Certificate.load(certificate_der)
    certs = attribute["certs"]
    if len(certs) == 0:
        raise _invalid("The signing-certificate attribute names no certificate.")
    first = certs[0]
    hash_name = ESS_HASHES.get(first["hash_algorithm"]["algorithm"].dotted)
    if hash_name is None:
        raise _invalid("The signing-certificate attribute uses a hash the bank does not accept.")
    if first["cert_hash"].native != hashlib.new(hash_name, certificate.dump()).digest():
        raise _invalid("The signing-certificate attribute names another certificate.")
    issuer_serial = first["issuer_serial"]
    if not isinstance(issuer_serial, core.Void):  # given (reading .native would decode every name)
        names = [name.chosen for name in issuer_serial["issuer"] if name.name == "directory_name"]
        if (issuer_serial["serial_number"].native != certificate.serial_number
                or not any(_same_name(name, certificate.issuer) for name in names)):
            raise _invalid("The signing-certificate attribute names another certificate.")


def _same_name(name: asn1_x509.Name, other: asn1_x509.Name) -> bool:
    """RFC 5280 7.1 name equality; the same DER bytes need none of its (slow) string preparation. The
    RDN sequences are compared: a GeneralName's directoryName carries an explicit tag around them."""
    return name.chosen.dump() == other.chosen.dump() or name == other


def _check_signature_value(signer_info: cms.SignerInfo, signed_attributes: cms.CMSAttributes,
                           received: bytes, public_key: object) -> bool:
    """Raises when the signature does not verify; True when it verified over the attributes as received."""
    algorithm = signer_info["signature_algorithm"]
    try:
        signature_algo = algorithm.signature_algo
        hash_algo = algorithm.hash_algo if algorithm["algorithm"].native not in (
            "rsassa_pkcs1v15", "ecdsa") else "sha256"
    except ValueError as exc:
        raise _invalid("The signature algorithm is not supported.") from exc
    if signature_algo not in SIGNATURE_ALGORITHMS or hash_algo != "sha256":
        raise _invalid("Only RSA PKCS#1 v1.5 and ECDSA with SHA-256 are accepted.")
    if not ((signature_algo == "rsassa_pkcs1v15" and isinstance(public_key, rsa.RSAPublicKey))
            or (signature_algo == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey))):
        raise _invalid("The signature algorithm does not match the certificate's key.")
    signature = signer_info["signature"].native
    # Signed over the attributes as a SET OF (tag 0x31), not the [0] IMPLICIT they are sent in.
    # First the attributes' bytes exactly as received under that tag (for a DER sender, as RFC 5652
    # requires, these ARE the DER encoding; the checks above read these same bytes); only if that
    # fails, asn1crypto's re-encoding (which re-serialises every attribute: ~3 ms a document).
    as_received = b"\x31" + _der_length(len(received)) + received
    if _signature_verifies(public_key, signature, as_received):
        return True
    encoded = signed_attributes.untag().dump(force=True)
    if encoded == as_received or not _signature_verifies(public_key, signature, encoded):
        raise _invalid("The signature does not verify with the signer's certificate.")
    return False


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def _signature_verifies(public_key: object, signature: bytes, signed_bytes: bytes) -> bool:
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, signed_bytes, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _check_issued_by_bank(certificate: x509.Certificate, certificate_der: bytes,
                          ca_certificate: x509.Certificate, now: dt.datetime) -> None:
    if not _issued_by(certificate_der, _der(ca_certificate)):
        raise DocumentRejected(
            "certificate_untrusted", "The signer's certificate was not issued by this bank.",
            subject=certificate.subject.rfc4514_string(),
        )
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise DocumentRejected(
            "certificate_untrusted", "The signer's certificate is not valid at this time.",
            not_before=certificate.not_valid_before_utc.isoformat(),
            not_after=certificate.not_valid_after_utc.isoformat(),
        )

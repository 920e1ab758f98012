"""What a paper act says about a public key: its algorithm, its SHA-256 fingerprint and its numbers.

The fingerprint is the SHA-256 of the key's SubjectPublicKeyInfo (DER), the same the bank's officer
sees beside the waiting request (`refbank certificates list`) and types the start of to approve it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from bsclient.crypto.errors import CryptoError
from bsclient.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class PublicKeyFacts:
    algorithm: str  # "RSA 2048", "ECDSA P-256 (secp256r1)"
    fingerprint: str  # 64 upper-case hexadecimal digits
    numbers: tuple[tuple[str, str], ...]  # (name, upper-case hex): the modulus and exponent, or the point


def public_key_facts(spki_der: bytes) -> PublicKeyFacts:
    """The facts of a SubjectPublicKeyInfo; CryptoError when it is not an RSA or EC key."""
    try:
        key = serialization.load_der_public_key(spki_der)
    except (ValueError, TypeError) as exc:
        raise _unreadable() from exc
    # Re-encoded as the bank re-encodes the request's key, so both fingerprints agree.
    spki = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    fingerprint = hashlib.sha256(spki).hexdigest().upper()
    if isinstance(key, rsa.RSAPublicKey):
        numbers = key.public_numbers()
        return PublicKeyFacts(f"RSA {key.key_size}", fingerprint,
                              (("n", _hex(numbers.n)), ("e", _hex(numbers.e))))
    if isinstance(key, ec.EllipticCurvePublicKey):
        point = key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        curve = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}.get(key.curve.name, "")
        name = f"ECDSA {curve} ({key.curve.name})" if curve else f"ECDSA {key.curve.name}"
        return PublicKeyFacts(name, fingerprint, (("Q", point.hex().upper()),))
    raise _unreadable()


def grouped(digits: str, size: int = 4) -> str:
    """ "AB12 CD34 …": hexadecimal digits in groups, as the act prints them and an officer reads them."""
    return " ".join(digits[i:i + size] for i in range(0, len(digits), size))


def _hex(value: int) -> str:
    text = format(value, "X")
    return text if len(text) % 2 == 0 else "0" + text


def _unreadable() -> CryptoError:
    return CryptoError(Message("Crypto", QT_TRANSLATE_NOOP(
        "Crypto", "The new key's public part cannot be read, so no act can be printed for it. Make the key again.")))

"""What the token is asked for when it generates a key pair, per algorithm name, as data."""

from __future__ import annotations

from dataclasses import dataclass

import PyKCS11
from asn1crypto import keys


@dataclass(frozen=True)
class KeyGeneration:
    """Mechanism and the algorithm-specific public-key attributes for C_GenerateKeyPair."""

    key_algorithm: str  # "rsa" | "ec", as KeyPair.algorithm
    mechanism: int
    key_type: int
    public_attributes: tuple[tuple[int, object], ...]


KEY_GENERATIONS: dict[str, KeyGeneration] = {
    "rsa-2048": KeyGeneration(
        key_algorithm="rsa",
        mechanism=PyKCS11.CKM_RSA_PKCS_KEY_PAIR_GEN,
        key_type=PyKCS11.CKK_RSA,
        public_attributes=(
            (PyKCS11.CKA_MODULUS_BITS, 2048),
            (PyKCS11.CKA_PUBLIC_EXPONENT, b"\x01\x00\x01"),
        ),
    ),
    "ec-p256": KeyGeneration(
        key_algorithm="ec",
        mechanism=PyKCS11.CKM_EC_KEY_PAIR_GEN,
        key_type=PyKCS11.CKK_EC,
        public_attributes=(
            (PyKCS11.CKA_EC_PARAMS, keys.ECDomainParameters({"named": "secp256r1"}).dump()),
        ),
    ),
}


def key_generation(algorithm: str) -> KeyGeneration:
    try:
        return KEY_GENERATIONS[algorithm]
    except KeyError:
        known = ", ".join(KEY_GENERATIONS)
        raise ValueError(f"unknown key algorithm {algorithm!r} (known: {known})") from None


def public_template(spec: KeyGeneration, key_id: bytes, label: str) -> list[tuple[int, object]]:
    return [
        (PyKCS11.CKA_CLASS, PyKCS11.CKO_PUBLIC_KEY),
        (PyKCS11.CKA_KEY_TYPE, spec.key_type),
        (PyKCS11.CKA_TOKEN, True),
        (PyKCS11.CKA_PRIVATE, False),
        (PyKCS11.CKA_VERIFY, True),
        # A signing key and nothing else.
        (PyKCS11.CKA_ENCRYPT, False),
        (PyKCS11.CKA_WRAP, False),
        (PyKCS11.CKA_ID, key_id),
        (PyKCS11.CKA_LABEL, label),
        *spec.public_attributes,
    ]


def private_template(spec: KeyGeneration, key_id: bytes, label: str) -> list[tuple[int, object]]:
    return [
        (PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
        (PyKCS11.CKA_KEY_TYPE, spec.key_type),
        (PyKCS11.CKA_TOKEN, True),
        (PyKCS11.CKA_PRIVATE, True),
        # The private key never leaves the carrier.
        (PyKCS11.CKA_SENSITIVE, True),
        (PyKCS11.CKA_EXTRACTABLE, False),
        (PyKCS11.CKA_SIGN, True),
        (PyKCS11.CKA_DECRYPT, False),
        (PyKCS11.CKA_UNWRAP, False),
        (PyKCS11.CKA_DERIVE, False),
        (PyKCS11.CKA_ID, key_id),
        (PyKCS11.CKA_LABEL, label),
    ]

"""How each key algorithm signs on the token, as data: mechanism, data before, result after."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import PyKCS11
from asn1crypto import algos


@dataclass(frozen=True)
class SigningMechanism:
    """The PKCS#11 mechanism for one key algorithm, with what to do around C_Sign."""

    mechanism: int
    prepare: Callable[[bytes], bytes]  # the data as the mechanism wants it
    finish: Callable[[bytes], bytes]  # the token's result as CMS wants it


def _unchanged(data: bytes) -> bytes:
    return data


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _ecdsa_der(raw: bytes) -> bytes:
    # PKCS#11 returns r||s; CMS and X.509 carry the DER Ecdsa-Sig-Value SEQUENCE { r, s }.
    return bytes(algos.DSASignature.from_p1363(raw).dump())


SIGNING_MECHANISMS: dict[str, SigningMechanism] = {
    # The token hashes and pads (PKCS#1 v1.5) itself.
    "rsa": SigningMechanism(PyKCS11.CKM_SHA256_RSA_PKCS, _unchanged, _unchanged),
    # Plain CKM_ECDSA is the mechanism every EC token has; the digest is made here.
    "ec": SigningMechanism(PyKCS11.CKM_ECDSA, _sha256, _ecdsa_der),
}


def signing_mechanism(algorithm: str) -> SigningMechanism:
    try:
        return SIGNING_MECHANISMS[algorithm]
    except KeyError:
        raise ValueError(f"no signing mechanism for key algorithm {algorithm!r}") from None

"""How each key algorithm signs on the token, chosen from the mechanisms the token offers.

Every carrier signs SHA-256 with RSA PKCS#1 v1.5 or ECDSA, but vendors offer different PKCS#11
mechanisms for it: some hash on the token (CKM_SHA256_RSA_PKCS, CKM_ECDSA_SHA256), others only sign
what they are given (CKM_RSA_PKCS wants the DigestInfo, CKM_ECDSA the digest). The signature is the
same either way, so the client takes the first one the token has, in the order below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass

import PyKCS11
from asn1crypto import algos

from bsclient.token.errors import MechanismUnsupportedError


@dataclass(frozen=True)
class SigningMechanism:
    """The PKCS#11 mechanism for one key algorithm, with what to do around C_Sign."""

    name: str  # the PKCS#11 name, for IT staff (doctor, support report)
    mechanism: int
    prepare: Callable[[bytes], bytes]  # the data as the mechanism wants it
    finish: Callable[[bytes], bytes]  # the token's result as CMS wants it


# DER of DigestInfo { AlgorithmIdentifier sha256 NULL, OCTET STRING (32 bytes) } up to the digest
# (RFC 8017, section 9.2, note 1).
SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")


def _unchanged(data: bytes) -> bytes:
    return data


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _sha256_digest_info(data: bytes) -> bytes:
    return SHA256_DIGEST_INFO_PREFIX + _sha256(data)


def _ecdsa_der(raw: bytes) -> bytes:
    # PKCS#11 returns r||s; CMS and X.509 carry the DER Ecdsa-Sig-Value SEQUENCE { r, s }.
    return bytes(algos.DSASignature.from_p1363(raw).dump())


SIGNING_MECHANISMS: dict[str, tuple[SigningMechanism, ...]] = {
    "rsa": (
        SigningMechanism("CKM_SHA256_RSA_PKCS", PyKCS11.CKM_SHA256_RSA_PKCS, _unchanged, _unchanged),
        SigningMechanism("CKM_RSA_PKCS", PyKCS11.CKM_RSA_PKCS, _sha256_digest_info, _unchanged),
    ),
    "ec": (
        SigningMechanism("CKM_ECDSA", PyKCS11.CKM_ECDSA, _sha256, _ecdsa_der),
        SigningMechanism("CKM_ECDSA_SHA256", PyKCS11.CKM_ECDSA_SHA256, _unchanged, _ecdsa_der),
    ),
}


def signing_mechanism(algorithm: str, offered: Collection[int] | None = None) -> SigningMechanism:
    """The first mechanism for `algorithm` among `offered` (None: the token did not say, take the first).

    MechanismUnsupportedError names what the token has and what the bank needs when nothing fits.
    """
    try:
        choices = SIGNING_MECHANISMS[algorithm]
    except KeyError:
        raise ValueError(f"no signing mechanism for key algorithm {algorithm!r}") from None
    if offered is None:
        return choices[0]
    for choice in choices:
        if choice.mechanism in offered:
            return choice
    raise unsupported(offered, tuple(choice.name for choice in choices))


def unsupported(offered: Collection[int], needed: tuple[str, ...]) -> MechanismUnsupportedError:
    """The error naming the token's signing mechanisms and the ones the bank needs."""
    return MechanismUnsupportedError(
        offered=tuple(name for name in map(mechanism_name, sorted(offered)) if _signs(name)),
        needed=needed,
        gost_only=only_gost(offered),
    )


def mechanism_name(value: int) -> str:
    name = PyKCS11.CKM.get(value)
    return name if isinstance(name, str) else f"0x{value & 0xFFFFFFFF:08X}"


def only_gost(offered: Collection[int]) -> bool:
    """True when the token signs only with GOST R 34.10 (CKM_GOSTR3410*, or the vendor-defined range
    where Russian and Kazakh carriers put theirs) and has neither RSA nor ECDSA."""
    signing = [name for name in map(mechanism_name, offered) if _signs(name)]
    return bool(signing) and not any("RSA" in name or "ECDSA" in name for name in signing)


def _signs(name: str) -> bool:
    return any(part in name for part in ("RSA_PKCS", "ECDSA", "GOST", "VENDOR_DEFINED"))

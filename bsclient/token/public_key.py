"""The SubjectPublicKeyInfo DER of a token's public key, built from its PKCS#11 attributes."""

from __future__ import annotations

from asn1crypto import core, keys


def rsa_public_key_der(modulus: bytes, public_exponent: bytes) -> bytes:
    return _der(keys.PublicKeyInfo(
        {
            "algorithm": {"algorithm": "rsa", "parameters": None},
            "public_key": keys.RSAPublicKey(
                {
                    "modulus": int.from_bytes(modulus, "big"),
                    "public_exponent": int.from_bytes(public_exponent, "big"),
                }
            ),
        }
    ))


def ec_public_key_der(ec_params: bytes, ec_point: bytes) -> bytes:
    parameters = keys.ECDomainParameters.load(ec_params)
    return _der(keys.PublicKeyInfo(
        {
            "algorithm": {"algorithm": "ec", "parameters": parameters},
            "public_key": _raw_point(ec_point, parameters.key_size),
        }
    ))


def _raw_point(ec_point: bytes, coordinate_size: int) -> bytes:
    # PKCS#11 says CKA_EC_POINT is a DER OCTET STRING, but some modules return the bare point;
    # a bare uncompressed point has exactly 1 + 2 * coordinate_size bytes.
    if len(ec_point) == 1 + 2 * coordinate_size and ec_point[0] == 0x04:
        return ec_point
    return bytes(core.OctetString.load(ec_point).native)


def _der(value: core.Asn1Value) -> bytes:
    return bytes(value.dump())  # asn1crypto has no types: say what dump() returns

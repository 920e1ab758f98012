"""A PKCS#10 certificate request for a key on the carrier, signed there through a callable."""

from __future__ import annotations

from collections.abc import Callable

from asn1crypto import algos, csr, keys, pem, x509

from bsclient.crypto.cms import SIGNATURE_ALGORITHMS
from bsclient.crypto.errors import malformed_public_key


def build_csr(
    public_key_der: bytes,
    sign: Callable[[bytes], bytes],
    algorithm: str,
    *,
    common_name: str,
) -> bytes:
    """PEM CertificationRequest for `public_key_der` (SPKI), its info signed by `sign`.

    The bank puts the real subject itself; the CSR proves the key is on the carrier.
    """
    signature_algorithm = SIGNATURE_ALGORITHMS.get(algorithm)
    if signature_algorithm is None:
        raise ValueError(f"unsupported key algorithm {algorithm!r}")
    try:
        public_key = keys.PublicKeyInfo.load(public_key_der, strict=True)
        _ = public_key.native  # asn1crypto parses lazily; force it so bad input fails here
    except (ValueError, TypeError) as exc:
        raise malformed_public_key() from exc
    info = csr.CertificationRequestInfo(
        {
            "version": "v1",
            "subject": x509.Name.build({"common_name": common_name}),
            "subject_pk_info": public_key,
            "attributes": [],
        }
    )
    request = csr.CertificationRequest(
        {
            "certification_request_info": info,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": signature_algorithm}),
            "signature": sign(info.dump()),
        }
    )
    return bytes(pem.armor("CERTIFICATE REQUEST", request.dump()))


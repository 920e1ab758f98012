"""A user's key in memory, for tests of the bank itself: never on a token, independent of bsclient.

CMS comes from tests/helpers/hand_cms.py (asn1crypto by hand, apart from the client's builder), with the
attributes the wire asks for: content-type, message-digest, signing-time and signing-certificate-v2.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from tests.helpers import hand_cms


@dataclass(frozen=True)
class SoftwareSigner:
    key: Any
    certificate: Any  # cryptography.x509.Certificate

    def sign(self, content: bytes) -> bytes:
        """A detached CMS SignedData (DER) over `content`."""
        return hand_cms.build(content, self.key, self.certificate)


def new_key(algorithm: str = "ec") -> Any:
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def csr_pem(key: Any, common_name: str = "Key request") -> str:
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
           .sign(key, hashes.SHA256()))
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")

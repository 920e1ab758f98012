"""A user's key in memory, for tests of the bank itself: never on a token, independent of bsclient.

CMS comes from cryptography's own PKCS7SignatureBuilder, a second implementation against which the
bank's verifier is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class SoftwareSigner:
    key: Any
    certificate: Any  # cryptography.x509.Certificate

    def sign(self, content: bytes) -> bytes:
        """A detached CMS SignedData (DER) over `content`."""
        return (pkcs7.PKCS7SignatureBuilder().set_data(content)
                .add_signer(self.certificate, self.key, hashes.SHA256())
                .sign(serialization.Encoding.DER,
                      [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]))


def new_key(algorithm: str = "ec") -> Any:
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def csr_pem(key: Any, common_name: str = "Key request") -> str:
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
           .sign(key, hashes.SHA256()))
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")

"""Signing without the key: canonical bytes, detached CMS around a Signer, CSR, certificates."""

from bsclient.crypto.canonical import canonical_bytes
from bsclient.crypto.certificate import CertificateInfo, certificate_info
from bsclient.crypto.cms import sign_detached
from bsclient.crypto.csr import build_csr
from bsclient.crypto.errors import CryptoError
from bsclient.crypto.signer import Signer
from bsclient.crypto.verify import verify_detached

__all__ = [
    "CertificateInfo",
    "CryptoError",
    "Signer",
    "build_csr",
    "canonical_bytes",
    "certificate_info",
    "sign_detached",
    "verify_detached",
]

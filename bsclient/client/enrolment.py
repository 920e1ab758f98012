"""A new signing key: made on the carrier, certified by the bank, its certificate kept on the carrier.

Calls the token: run enrol on the TokenThread.
"""

from __future__ import annotations

from asn1crypto import pem

from bsclient.crypto import build_csr
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.token import KeyPair, TokenSession

from .bank_api import BankApi
from .bank_errors import BankError


class CertificatePendingError(BankError):
    """The bank took the request but has not issued the certificate yet; `request_id` to ask again."""

    def __init__(self, request_id: str) -> None:
        super().__init__(Message("Bank", QT_TRANSLATE_NOOP(
            "Bank", "The bank has received key request {id} and will issue the certificate after approval. The new key is on the carrier; collect the certificate later."),
            {"id": request_id}), "certificate_pending")
        self.request_id = request_id


def enrol(api: BankApi, session: TokenSession, *, key_label: str, common_name: str,
          algorithm: str = "rsa-2048") -> KeyPair:
    """Generates a key on the carrier, sends its CSR, stores the issued certificate beside it."""
    key = session.generate_key_pair(key_label, algorithm)
    csr_pem = build_csr(key.public_key_der, lambda data: session.sign(key, data), key.algorithm,
                        common_name=common_name)
    request = api.request_certificate(csr_pem)
    return _store_issued(session, key, request.id, request.status, request.certificate_pem)


def collect_certificate(api: BankApi, session: TokenSession, key: KeyPair, request_id: str) -> KeyPair:
    """Stores the certificate of an earlier pending request once the bank has issued it."""
    request = api.certificate_request(request_id)
    return _store_issued(session, key, request.id, request.status, request.certificate_pem)


def _store_issued(session: TokenSession, key: KeyPair, request_id: str, status: str,
                  certificate_pem: bytes | None) -> KeyPair:
    if status != "issued" or not certificate_pem:
        raise CertificatePendingError(request_id)
    _, _, certificate_der = pem.unarmor(certificate_pem)
    # store_certificate refuses a certificate whose public key is not this key's.
    return session.store_certificate(key, certificate_der)

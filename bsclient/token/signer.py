"""A key on the carrier as a `bsclient.crypto.Signer`: it signs bytes, the crypto layer wraps CMS."""

from __future__ import annotations

from typing import Protocol

from bsclient.token.errors import CertificateMissingError
from bsclient.token.key_pair import KeyPair


class SignsWithKeys(Protocol):
    """What signs for a TokenSigner: a TokenSession (on its token thread) or the client's Carrier (anywhere)."""

    def sign(self, key: KeyPair, data: bytes) -> bytes: ...


class TokenSigner:
    """Signs with `key` through `signs_with`."""

    def __init__(self, signs_with: SignsWithKeys, key: KeyPair) -> None:
        self._signs_with = signs_with
        self._key = key

    @property
    def key(self) -> KeyPair:
        return self._key

    @property
    def certificate_der(self) -> bytes:
        if self._key.certificate_der is None:
            raise CertificateMissingError(self._key.label)
        return self._key.certificate_der

    @property
    def algorithm(self) -> str:
        return self._key.algorithm

    def sign(self, data: bytes) -> bytes:
        return self._signs_with.sign(self._key, data)

    def __repr__(self) -> str:
        return f"<TokenSigner {self._key.label!r} ({self._key.algorithm}) on {self._signs_with!r}>"

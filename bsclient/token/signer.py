"""A key on the token as a `bsclient.crypto.Signer`: it signs bytes, the crypto layer wraps CMS."""

from __future__ import annotations

from bsclient.token.errors import CertificateMissingError
from bsclient.token.key_pair import KeyPair
from bsclient.token.session import TokenSession


class TokenSigner:
    """Signs with `key` in `session`; call `sign` on the session's token thread."""

    def __init__(self, session: TokenSession, key: KeyPair) -> None:
        self._session = session
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
        return self._session.sign(self._key, data)

    def __repr__(self) -> str:
        return f"<TokenSigner {self._key.label!r} ({self._key.algorithm}) on {self._session!r}>"

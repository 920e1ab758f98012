"""What the windows share once the clerk is in: the bank, the local store, the carrier and who signs."""

from __future__ import annotations

from dataclasses import dataclass, field

from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import Account, UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.crypto import CertificateInfo
from bsclient.token import KeyPair, TokenSession, TokenThread


@dataclass
class Workplace:
    """The clerk's open connections. `session` and `key` are None until the carrier is opened."""

    api: BankApi
    store: DocumentStore
    token_thread: TokenThread
    user: UserInfo
    session: TokenSession | None = None
    key: KeyPair | None = None
    certificate: CertificateInfo | None = None
    key_waiting: str | None = None  # the id of a new key's request waiting for the bank: nothing is signed till then
    accounts: list[Account] = field(default_factory=list)

    @property
    def signer_name(self) -> str:
        """Who signs: the certificate's owner, else the logged-in user."""
        return self.certificate.owner_name if self.certificate else self.user.full_name

"""What the windows share once the clerk is in: the bank, the local store, the carrier and who signs."""

from __future__ import annotations

from dataclasses import dataclass, field

from bsclient.client.carrier import Carrier
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import Account, UserInfo
from bsclient.client.session.bank_api import BankApi


@dataclass
class Workplace:
    """The clerk's open connections. `carrier` holds the open session and the key the clerk signs with;
    None where nothing is ever signed (a window shown without a carrier)."""

    api: BankApi
    store: DocumentStore
    user: UserInfo
    carrier: Carrier | None = None
    accounts: list[Account] = field(default_factory=list)

    @property
    def signer_name(self) -> str:
        """Who signs: the certificate's owner, else the logged-in user."""
        certificate = self.carrier.certificate if self.carrier is not None else None
        return certificate.owner_name if certificate else self.user.full_name

"""Shared pieces of the UI tests: a workplace with a real local store and a bank stand-in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from schwifty import IBAN

from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import Account, DocumentState, UserInfo
from bsclient.crypto import CertificateInfo
from bsclient.ui.workplace import Workplace

PAYER_IIK = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
BENEFICIARY_IIK = IBAN.generate("KZ", bank_code="722", account_code="0000000000042").compact  # Kaspi
ACCOUNTS = [Account(PAYER_IIK, "KZT", Decimal("2500000.00"), Decimal("2000000.00"), "Current account")]
USER = UserInfo("clerk", "Aigerim Clerk", "single", "TOO Demo", "181140004063")


class StandInBank:
    """Answers like BankApi for what the windows ask without a network; `states` is what polling returns."""

    server_url = "https://bank.example:8443"

    def __init__(self) -> None:
        self.states: list[DocumentState] = []
        self.accounts_asked = 0

    def accounts(self) -> list[Account]:
        self.accounts_asked += 1
        return list(ACCOUNTS)

    def document_states(self, ids: list[str]) -> list[DocumentState]:
        return [s for s in self.states if s.id in ids]


class StandInCarrier:
    """What the windows read of an open carrier, without a token behind it (nothing can be signed)."""

    def __init__(self, certificate: CertificateInfo) -> None:
        self.certificate = certificate
        self.is_open = True
        self.key = None
        self.key_waiting = None


def make_workplace(tmp_path: Path) -> Workplace:
    return Workplace(api=StandInBank(), store=DocumentStore(tmp_path / "documents.sqlite3"),  # type: ignore[arg-type]
                     user=USER, accounts=list(ACCOUNTS))

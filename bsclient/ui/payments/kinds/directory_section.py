"""The base of the sections of the tenge kinds whose rules need the directories (budget,
contributions, salary): the directories' facts, read in the background, and the beneficiary's
details prefilled from them on a new draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bsclient.client.directories import BudgetRecipient, DirectoryError, Fund, budget_recipients, funds
from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.payment_order import Party
from bsclient.client.documents.record import DocumentStatus
from bsclient.rules.kinds.facts import KindFacts
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.kinds.section import KindSection


@dataclass(frozen=True)
class Directories:
    facts: KindFacts
    funds: list[Fund]
    recipients: list[BudgetRecipient]


def read_directories(data_dir: Path) -> Directories:
    """The directories in use (a directory that cannot be read gives nothing)."""
    try:
        fund_list, recipients = funds(data_dir), budget_recipients(data_dir)
    except DirectoryError:
        fund_list, recipients = [], []
    return Directories(load_kind_facts(data_dir), fund_list, recipients)


class DirectorySection(KindSection):
    """A section whose kind's rules need the directories: a subclass calls `read_directories` once
    its fields exist; `prefill` says what a new draft's beneficiary is."""

    def read_directories(self) -> None:
        """Read the directories in the background; `facts` once read."""
        data_dir = self._editor.workplace.store.path.parent
        run_in_background(self, lambda: read_directories(data_dir), on_success=self._read, on_failure=lambda _: None)

    def prefill(self, directories: Directories) -> tuple[Party | None, str]:
        """The beneficiary and KNP a new draft of this kind starts with (None: the clerk types them)."""
        return None, ""

    def directories_read(self) -> None:
        """The facts are at hand: the hints that name codes by the directories."""

    def _read(self, directories: Directories) -> None:
        self.facts = directories.facts
        editor = self._editor
        if editor.status() == DocumentStatus.DRAFT and not editor.beneficiary_name_edit.text().strip():
            party, knp = self.prefill(directories)
            if party is not None:
                editor.set_beneficiary(party, by_clerk=False)
            if knp and not editor.knp_edit.text().strip():
                editor.knp_edit.setText(knp)
                editor.field_edited("knp", by_clerk=False)
        self.directories_read()
        editor.validate()

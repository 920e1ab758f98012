"""What the editor adds for the kinds of tenge order (issue 4, types 2-5): the KBK field with the
directory's name under it (budget), the registry of employees (pension, social, salary), the
beneficiary's details prefilled from the directories on a new draft, and the directories' facts
the kinds' rules check against (loaded in the background)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from bsclient.client.directories import BudgetRecipient, DirectoryError, Fund, budget_recipients, funds
from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.messages import Message
from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.budget import BUDGET, KBK_LENGTH, BudgetDetails
from bsclient.rules.kinds.contributions import PENSION, SOCIAL
from bsclient.rules.kinds.exchange import EXCHANGE
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.foreign import FOREIGN
from bsclient.rules.kinds.kind import details_of
from bsclient.rules.kinds.registry import kind_named
from bsclient.rules.kinds.registry_lines import RegistryDetails
from bsclient.ui.background import run_in_background
from bsclient.ui.directories.window import UNSURE_COLOUR
from bsclient.ui.payments.kinds.exchange import ExchangeSection
from bsclient.ui.payments.kinds.foreign import ForeignSection
from bsclient.ui.payments.kinds.registry_table import RegistryTable
from bsclient.ui.payments.new_kind_menu import kind_title

if TYPE_CHECKING:
    from bsclient.ui.payments.editor import PaymentEditor


@dataclass(frozen=True)
class _Loaded:
    facts: KindFacts
    funds: list[Fund]
    recipients: list[BudgetRecipient]


def _load(data_dir: Path) -> _Loaded:
    try:
        fund_list, recipients = funds(data_dir), budget_recipients(data_dir)
    except DirectoryError:
        fund_list, recipients = [], []
    return _Loaded(load_kind_facts(data_dir), fund_list, recipients)


class KindSection(QObject):
    """Built by the editor inside its `_build`; the editor asks it to `fill`, `complete` the order,
    `show_problems` and `set_read_only`."""

    def __init__(self, editor: PaymentEditor, kind: str, payment_form: QFormLayout,
                 beneficiary_form: QFormLayout | None = None) -> None:
        super().__init__(editor)  # the editor is reached as parent(): no Python reference cycle keeps it alive
        self.kind = kind
        self.facts: KindFacts | None = None
        self.kbk_edit: QLineEdit | None = None
        self.registry: RegistryTable | None = None
        self.registry_box: QGroupBox | None = None
        if kind == BUDGET.key:
            self.kbk_edit = editor._line("kbkEdit", "kbk", max_length=KBK_LENGTH, width=100)
            payment_form.insertRow(1, self.tr("K&BK:"), editor._frame("kbk", self.kbk_edit))
            self.kbk_edit.textChanged.connect(lambda _: self._show_kbk_name())
            self._frame_hint = self.tr("Budget classification code, e.g. 101201 for individual income tax")
            editor._frames["kbk"].set_hint(self._frame_hint)
            editor._frames["kbk"].hint_label.setObjectName("kbkNameLabel")
        if kind_named(kind).registry_columns:
            self.registry = RegistryTable(kind_named(kind).registry_columns, editor)
            self.registry.changed.connect(self._registry_changed)
            self.registry.imported.connect(self._imported)
            editor.amount_edit.textChanged.connect(lambda _: self._show_total())
            self.registry_box = QGroupBox(self.tr("Registry of employees"), editor)
            self.registry_box.setObjectName("registryBox")
            box_layout = QVBoxLayout(self.registry_box)
            box_layout.addWidget(editor._frame("registry", self.registry))
        # Types 6 and 7: a payment abroad, a purchase or sale of currency (their own modules).
        self.currency: ForeignSection | ExchangeSection | None = None
        if kind in (FOREIGN.key, EXCHANGE.key) and beneficiary_form is not None:
            section = ForeignSection if kind == FOREIGN.key else ExchangeSection
            self.currency = section(editor, beneficiary_form, payment_form)
        data_dir = editor._workplace.store.path.parent
        if kind != "payment":
            run_in_background(self, lambda: _load(data_dir), on_success=self._loaded, on_failure=lambda _: None)

    @property
    def _editor(self) -> PaymentEditor:
        return self.parent()  # type: ignore[return-value]

    @property
    def rates(self) -> Rates | None:
        """The bank's rates, for the rules of types 6 and 7 (None for the other kinds, or not yet read)."""
        return self.currency.rates if self.currency is not None else None

    def add_to(self, layout: QVBoxLayout) -> None:
        if self.registry_box is not None:
            layout.addWidget(self.registry_box, 1)

    # --- order in and out ---------------------------------------------------------------------------

    def fill(self, order: PaymentOrder) -> None:
        if self.kbk_edit is not None:
            self.kbk_edit.setText(details_of(order, BudgetDetails).kbk)
        if self.registry is not None:
            self.registry.set_lines(details_of(order, RegistryDetails).lines)
            self._show_total()
        if self.currency is not None:
            self.currency.fill(order)

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        """`order` (the editor's plain fields) with the kind, KBK and registry as the form shows them."""
        order.kind = self.kind
        if self.kbk_edit is not None:
            order.details = BudgetDetails(kbk=self.kbk_edit.text().strip())
        if self.registry is not None:
            order.details = RegistryDetails(self.registry.lines())
        return self.currency.complete(order) if self.currency is not None else order

    def show_problems(self, problems: dict[str, Message]) -> None:
        if self.registry is not None:
            self.registry.show_problems(problems, show_all="registry" in self._editor._touched)
        if self.currency is not None:
            self.currency.show_problems(problems)

    def set_read_only(self, read_only: bool) -> None:
        if self.registry is not None:
            self.registry.set_read_only(read_only)
            self.registry.setEnabled(True)  # the editor disables widgets it does not know; a registry stays readable
        if self.currency is not None:
            self.currency.set_read_only(read_only)

    def retitle(self, number: str) -> None:
        """The kind's window title (and, the first time, room for the registry)."""
        if not getattr(self, "_built", False):  # once, after the editor set its own tab order and size
            self._built = True
            editor = self._editor
            if self.kbk_edit is not None:  # Tab: amount, KBK, KNP, as the form reads
                QWidget.setTabOrder(editor.amount_edit, self.kbk_edit)
                QWidget.setTabOrder(self.kbk_edit, editor.knp_edit)
            if self.currency is not None:  # types 6 and 7: more rows, each with room for its sentence
                editor.resize(*self.currency.SIZE)
            if self.registry is not None:  # Tab: purpose, the registry and its buttons, then Sign
                QWidget.setTabOrder(editor.purpose_edit, self.registry.table)
                QWidget.setTabOrder(self.registry.table, self.registry.add_button)
                QWidget.setTabOrder(self.registry.add_button, self.registry.remove_button)
                QWidget.setTabOrder(self.registry.remove_button, self.registry.import_button)
                QWidget.setTabOrder(self.registry.import_button, editor.sign_button)
                editor.resize(1000, 980)
        if self.kind != "payment":
            self._editor.setWindowTitle(kind_title(self.kind, number))
        if isinstance(self.currency, ExchangeSection):
            self.currency.status_shown()

    # --- the directories ------------------------------------------------------------------------------

    def _loaded(self, loaded: _Loaded) -> None:
        self.facts = loaded.facts
        editor = self._editor
        if editor.status() == DocumentStatus.DRAFT and not editor.beneficiary_name_edit.text().strip():
            party, knp = self._prefill(loaded)
            if party is not None:
                editor.set_beneficiary(party)
                if knp and not editor.knp_edit.text().strip():
                    editor.knp_edit.setText(knp)
                    editor._edited("knp")
        self._show_kbk_name()
        editor._validate()

    def _prefill(self, loaded: _Loaded) -> tuple[Party | None, str]:
        """The fund's details for contributions; the tax authority when the directory has only one."""
        if self.kind in (PENSION.key, SOCIAL.key):
            fund = next((f for f in loaded.funds if f.code == self.kind), None)
            if fund is not None:
                return Party(name=fund.beneficiary, bin=fund.bin, iban=fund.iik, bic=fund.bic, code=fund.kbe), fund.knp
        if self.kind == BUDGET.key and len(loaded.recipients) == 1:
            r = loaded.recipients[0]
            return Party(name=r.name, bin=r.bin, iban=r.iik, bic=r.bic, code=r.kbe), ""
        return None, ""

    def _show_kbk_name(self) -> None:
        if self.kbk_edit is None:
            return
        frame = self._editor._frames["kbk"]
        code = self.kbk_edit.text().strip()
        name = self.facts.kbk_names.get(code) if self.facts is not None else None
        frame.set_hint(name or self._frame_hint)
        frame.hint_label.setStyleSheet("")
        if name and self.facts is not None and self.facts.kbk.get(code):
            frame.set_hint(self.tr("{name} (KNP {knp})").format(name=name, knp=", ".join(sorted(self.facts.kbk[code]))))
        if code and len(code) == KBK_LENGTH and name is None and self.facts is not None:
            frame.hint_label.setStyleSheet(f"color: {UNSURE_COLOUR};")

    # --- the registry ----------------------------------------------------------------------------------

    def _registry_changed(self) -> None:
        self._show_total()
        self._editor._edited("registry")

    def _imported(self, count: int) -> None:
        """A fresh import: an empty amount becomes the registry's total."""
        total = self.registry.total() if self.registry is not None else None
        if total is not None and not self._editor.amount_edit.text().strip():
            self._editor.amount_edit.setText(f"{total:.2f}".replace(".", ","))
            self._editor._edited("amount")

    def _show_total(self) -> None:
        if self.registry is not None:
            self.registry.show_total(self._editor.amount_edit.text())

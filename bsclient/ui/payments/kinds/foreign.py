"""What the editor shows for a payment in foreign currency (R1.6): the beneficiary
abroad (name, address, country, account or IBAN, the bank's SWIFT BIC, an intermediary bank), the
charges, the currency contract's registration number; the amount in the payer account's currency.

Rules: bsclient/rules/kinds/foreign.py and bsclient/rules/foreign.py."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.rates import fetch_rates
from bsclient.client.documents.record import DocumentStatus
from bsclient.messages import Message
from bsclient.rules.exchange import Rates
from bsclient.rules.foreign import (
    CHARGES,
    MAX_CONTRACT,
    MAX_SWIFT_ADDRESS,
    check_country,
    country_name,
    swift_bank_name,
    uses_iban,
)
from bsclient.rules.kinds.foreign import ForeignDetails
from bsclient.rules.kinds.kind import DocumentKind, details_of
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.kinds.section import KindEditor, KindSection

# A non-resident legal entity (KBe: residency 2, sector 7): the usual beneficiary abroad.
DEFAULT_FOREIGN_CODE = "27"


def relabel(form: QFormLayout, field: QWidget, text: str) -> None:
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)


class ForeignSection(KindSection):
    size = (880, 960)  # the editor's, with room for each row's sentence

    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(kind, editor)
        beneficiary_form, payment_form, frame = editor.beneficiary_form, editor.payment_form, editor.frame
        beneficiary_form.setRowVisible(frame("beneficiary.bin"), False)
        relabel(beneficiary_form, frame("beneficiary.name"), self.tr("&Name (Latin letters):"))
        relabel(beneficiary_form, frame("beneficiary.iban"), self.tr("Acc&ount or IBAN:"))
        relabel(beneficiary_form, frame("beneficiary.bic"), self.tr("Bank's S&WIFT BIC:"))
        editor.beneficiary_iban_edit.setPlaceholderText("DE89 3704 0044 0532 0130 00")
        editor.beneficiary_bic_edit.setPlaceholderText("DEUTDEFF")
        self.address_edit = editor.add_line("foreignAddressEdit", "foreign.address", max_length=MAX_SWIFT_ADDRESS)
        self.country_edit = editor.add_line("foreignCountryEdit", "foreign.country", max_length=2, width=60)
        self.intermediary_edit = editor.add_line("intermediaryBicEdit", "foreign.intermediary_bic", max_length=11, width=160)
        self.intermediary_edit.setPlaceholderText(self.tr("optional"))
        beneficiary_form.insertRow(1, self.tr("Add&ress (Latin letters):"), editor.add_frame("foreign.address", self.address_edit))
        beneficiary_form.insertRow(2, self.tr("Co&untry:"), editor.add_frame("foreign.country", self.country_edit))
        beneficiary_form.addRow(self.tr("Intermediary ban&k's BIC:"),
                                editor.add_frame("foreign.intermediary_bic", self.intermediary_edit))
        self.charges_combo = QComboBox(editor.widget())
        self.charges_combo.setObjectName("chargesCombo")
        for code, text in zip(CHARGES, (self.tr("OUR: all charges are yours"),
                                        self.tr("SHA: each side pays its bank"),
                                        self.tr("BEN: the beneficiary pays all charges")), strict=True):
            self.charges_combo.addItem(text, code)
        self.charges_combo.currentIndexChanged.connect(lambda _: editor.field_edited("foreign.charges"))
        self.contract_edit = editor.add_line("contractEdit", "foreign.contract", max_length=MAX_CONTRACT)
        payment_form.addRow(self.tr("C&harges:"), editor.add_frame("foreign.charges", self.charges_combo))
        payment_form.addRow(self.tr("Contract re&gistration No.:"), editor.add_frame("foreign.contract", self.contract_edit))
        frame("foreign.contract").set_hint(self.tr(
            "The contract's registration number, required above the equivalent of USD 50 000"))
        frame("beneficiary.code").set_hint(self.tr("A company abroad is usually 27 (non-resident, non-state)"))
        editor.payer_account_combo.currentIndexChanged.connect(lambda _: self._show_currency())
        api = editor.workplace.api
        run_in_background(self, lambda: fetch_rates(api), on_success=self._rates_loaded, on_failure=lambda _: None)

    def fill(self, order: PaymentOrder) -> None:
        details = details_of(order, ForeignDetails)
        self.address_edit.setText(details.address)
        self.country_edit.setText(details.country)
        self.intermediary_edit.setText(details.intermediary_bic)
        self.charges_combo.setCurrentIndex(max(0, self.charges_combo.findData(details.charges)))
        self.contract_edit.setText(details.contract)
        if not order.beneficiary.code and not order.beneficiary.name:  # a new draft
            self._editor.beneficiary_code_edit.setText(DEFAULT_FOREIGN_CODE)
        self._show_currency()

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        account = self._editor.payer_account_combo.currentData()
        if account is not None and self._editor.status() == DocumentStatus.DRAFT:
            order.currency = account.currency
        order.beneficiary.bin = ""
        order.details = ForeignDetails(address=self.address_edit.text(), country=self.country_edit.text().strip().upper(),
                                       intermediary_bic=self.intermediary_edit.text().strip().upper(),
                                       charges=self.charges_combo.currentData() or "", contract=self.contract_edit.text())
        return order

    def show_problems(self, problems: dict[str, Message]) -> None:
        """The hints that follow what is typed: the bank's name by its BIC, the country's name and account kind."""
        frame = self._editor.frame
        frame("beneficiary.bic").set_hint(swift_bank_name(self._editor.beneficiary_bic_edit.text()))
        frame("foreign.intermediary_bic").set_hint(swift_bank_name(self.intermediary_edit.text()))
        country = self.country_edit.text().strip().upper()
        if check_country(country) is None:
            kind = self.tr("accounts are IBANs") if uses_iban(country) else self.tr("accounts are numbers, not IBANs")
            frame("foreign.country").set_hint(f"{country_name(country, QLocale().name().split('_')[0])}: {kind}")
        else:
            frame("foreign.country").set_hint(self.tr("2 letters, e.g. DE Germany, CN China, US United States"))

    def set_read_only(self, read_only: bool) -> None:
        self.charges_combo.setEnabled(not read_only)

    def _show_currency(self) -> None:
        account = self._editor.payer_account_combo.currentData()
        currency = account.currency if account is not None else self._editor.held_order().currency
        relabel(self._editor.payment_form, self._editor.frame("amount"), self.tr("A&mount, {currency}:").format(currency=currency))

    def _rates_loaded(self, rates: Rates) -> None:
        self.rates = rates
        self._editor.validate()

"""What the editor shows for buying or selling foreign currency (R1.7): the bank's
current rates with their time, buy or sell, the debit and credit accounts of the company, the
amount in either currency with the other computed at the shown rate (indicative), and, once the
bank executed the order, the rate it used.

Rules and arithmetic: bsclient/rules/kinds/exchange.py and bsclient/rules/exchange.py."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.rates import fetch_rates
from bsclient.client.documents.record import DocumentRecord, DocumentStatus, ExecutedRate
from bsclient.client.models import Account
from bsclient.formatting import as_typed
from bsclient.messages import Message
from bsclient.rules import bank_for_iban, compact_iban, parse_amount
from bsclient.rules.errors import ValidationError
from bsclient.rules.exchange import (
    BUY,
    CREDIT,
    DEBIT,
    HOME_CURRENCY,
    SELL,
    Rates,
    credit_for,
    debit_for,
    foreign_currency,
)
from bsclient.rules.kinds.exchange import ExchangeDetails, executed_legs
from bsclient.rules.kinds.kind import DocumentKind, details_of
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.kinds.foreign import relabel
from bsclient.ui.payments.kinds.section import KindEditor, KindSection
from bsclient.ui.widgets.amount_text import format_money


def debit_accounts(accounts: list[Account], operation: str) -> list[Account]:
    """Buying debits a tenge account; selling a foreign-currency one."""
    return [a for a in accounts if (a.currency == HOME_CURRENCY) == (operation == BUY)]


def credit_accounts(accounts: list[Account], operation: str) -> list[Account]:
    return debit_accounts(accounts, SELL if operation == BUY else BUY)


def _time_text(moment: str) -> str:
    try:
        return datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return moment


class ExchangeSection(KindSection):
    size = (880, 760)

    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(kind, editor)
        self._fixed = DEBIT
        beneficiary_form, payment_form = editor.beneficiary_form, editor.payment_form
        for path in ("beneficiary.name", "beneficiary.bin", "beneficiary.iban", "beneficiary.bic", "beneficiary.code"):
            beneficiary_form.setRowVisible(editor.frame(path), False)
        self.operation_combo = QComboBox(editor.widget())
        self.operation_combo.setObjectName("exchangeOperationCombo")
        self.operation_combo.addItem(self.tr("Buy foreign currency for tenge"), BUY)
        self.operation_combo.addItem(self.tr("Sell foreign currency for tenge"), SELL)
        self.operation_combo.currentIndexChanged.connect(lambda _: self._operation_changed())
        self.rates_label = QLabel(self.tr("Asking the bank for its rates…"), editor.widget())
        self.rates_label.setObjectName("exchangeRatesLabel")
        self.rates_label.setWordWrap(True)
        self.credit_combo = QComboBox(editor.widget())
        self.credit_combo.setObjectName("creditAccountCombo")
        self.credit_combo.currentIndexChanged.connect(lambda _: self._accounts_changed("exchange.credit_account"))
        self.credit_amount_edit = editor.add_line("creditAmountEdit", "exchange.credit_amount", width=220)
        self.credit_amount_edit.setPlaceholderText("1 000,00")
        self.credit_amount_edit.setAlignment(editor.amount_edit.alignment())
        self.credit_amount_edit.textEdited.connect(lambda _: self._typed(CREDIT))
        editor.amount_edit.textEdited.connect(lambda _: self._typed(DEBIT))
        beneficiary_form.insertRow(0, self.tr("&Operation:"), editor.add_frame("exchange.operation", self.operation_combo))
        beneficiary_form.insertRow(1, self.tr("The bank's rates:"), self.rates_label)
        beneficiary_form.insertRow(2, self.tr("&Credit account:"), editor.add_frame("exchange.credit_account", self.credit_combo))
        payment_form.insertRow(1, self.tr("C&redit amount:"), editor.add_frame("exchange.credit_amount", self.credit_amount_edit))
        editor.payer_account_combo.currentIndexChanged.connect(lambda _: self._accounts_changed("payer.iban"))
        api = editor.workplace.api
        run_in_background(self, lambda: fetch_rates(api), on_success=self._rates_loaded,
                          on_failure=lambda _: self.rates_label.setText(self.tr(
                              "The bank's rates could not be read; the amounts are computed by the bank when it executes the order.")))

    # --- order in and out ---------------------------------------------------------------------------

    def fill(self, order: PaymentOrder) -> None:
        details = details_of(order, ExchangeDetails)
        self._fixed = details.fixed
        self.operation_combo.setCurrentIndex(max(0, self.operation_combo.findData(details.operation)))
        self._fill_accounts(order.payer.iban, order.beneficiary.iban)
        editor = self._editor
        group = editor.beneficiary_form.parentWidget()
        if isinstance(group, QGroupBox):
            group.setTitle(self.tr("Exchange"))
        relabel(editor.payer_form, editor.frame("payer.iban"), self.tr("Debit acc&ount:"))
        self.credit_amount_edit.setText(details.credit_amount)
        self._show_labels()

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        editor = self._editor
        if editor.status() != DocumentStatus.DRAFT:  # what was signed, as it was
            signed = editor.held_order()
            order.currency, order.beneficiary, order.details = signed.currency, signed.beneficiary, signed.details
            return order
        debit, credit = editor.payer_account_combo.currentData(), self.credit_combo.currentData()
        operation = self.operation_combo.currentData()
        if debit is not None:
            order.currency = debit.currency
        iban = credit.iban if credit is not None else ""
        bank = bank_for_iban(iban) if iban else None
        user = editor.workplace.user
        order.beneficiary = Party(name=user.company_name, bin=user.company_bin, iban=iban,
                                  bic=bank.bic if bank else "", code=order.payer.code)
        rate = self._rate()
        order.details = ExchangeDetails(
            operation=operation, fixed=self._fixed, credit_amount=self.credit_amount_edit.text(),
            credit_currency=credit.currency if credit is not None else "",
            rate=f"{rate:.2f}" if rate is not None else "", rate_time=self.rates.time if self.rates else "")
        return order

    def show_problems(self, problems: dict[str, Message]) -> None:
        message = problems.get("beneficiary.iban")
        self._editor.frame("exchange.credit_account").set_error(
            message.render(QCoreApplication.translate) if message is not None else None)

    def set_read_only(self, read_only: bool) -> None:
        self.operation_combo.setEnabled(not read_only)
        self.credit_combo.setEnabled(not read_only)
        draft = self._editor.status() == DocumentStatus.DRAFT  # today's rates and typing hints are for a draft
        self._editor.beneficiary_form.setRowVisible(self.rates_label, draft)
        self._show_labels()

    def show_record(self, record: DocumentRecord | None) -> None:
        """The rate the bank used, once it executed the order."""
        rate: ExecutedRate | None = record.rate if record is not None else None
        if rate is None or record is None or record.id != self._editor.held_order().id:
            return
        text = self.tr("the bank's rate: 1 {base} = {value} {quote}").format(base=rate.base, value=format_money(rate.value), quote=rate.quote)
        executed = executed_legs(record.order, Decimal(rate.value))
        if executed is not None:  # the bank's arithmetic (bsclient/rules/exchange.py), at its rate
            (debit, debit_currency), (credit, credit_currency) = executed
            text += self.tr("; debited {debit} {debit_currency}, credited {credit} {credit_currency}").format(
                debit=format_money(debit), debit_currency=debit_currency,
                credit=format_money(credit), credit_currency=credit_currency)
        status = self._editor.status_label
        if text not in status.text():
            status.setText(f"{status.text()} · {text}")

    # --- accounts, rates, amounts ----------------------------------------------------------------------

    def _fill_accounts(self, debit_iban: str, credit_iban: str) -> None:
        editor = self._editor
        operation = self.operation_combo.currentData()
        accounts = editor.workplace.accounts
        for combo, listed, chosen in ((editor.payer_account_combo, debit_accounts(accounts, operation), debit_iban),
                                      (self.credit_combo, credit_accounts(accounts, operation), credit_iban)):
            combo.blockSignals(True)
            combo.clear()
            for account in listed:
                combo.addItem(editor.account_text(account), account)
            index = next((i for i, a in enumerate(listed) if compact_iban(a.iban) == compact_iban(chosen)), 0)
            combo.setCurrentIndex(index if listed else -1)
            combo.blockSignals(False)

    def _operation_changed(self) -> None:
        if self._editor.is_loading():
            return
        self._fill_accounts("", "")
        self._accounts_changed("exchange.operation")

    def _accounts_changed(self, path: str) -> None:
        self._show_labels()
        self._compute()
        self._editor.field_edited(path)

    def _currencies(self) -> tuple[str, str]:
        debit, credit = self._editor.payer_account_combo.currentData(), self.credit_combo.currentData()
        return (debit.currency if debit else ""), (credit.currency if credit else "")

    def _rate(self) -> Decimal | None:
        operation = self.operation_combo.currentData()
        debit, credit = self._currencies()
        return self.rates.rate(operation, foreign_currency(operation, debit, credit)) if self.rates else None

    def _show_labels(self) -> None:
        debit, credit = self._currencies()
        editor = self._editor
        relabel(editor.payment_form, editor.frame("amount"), self.tr("De&bit amount, {currency}:").format(currency=debit))
        relabel(editor.payment_form, editor.frame("exchange.credit_amount"),
                self.tr("C&redit amount, {currency}:").format(currency=credit))
        rate = self._rate() if self._editor.status() == DocumentStatus.DRAFT else None
        operation = self.operation_combo.currentData()
        hint = "" if rate is None else self.tr(
            "Indicative, at 1 {currency} = {rate} KZT; the bank converts at its own rate when it executes the order.").format(
            currency=foreign_currency(operation, debit, credit), rate=format_money(rate))
        fixed_path = "exchange.credit_amount" if self._fixed == DEBIT else "amount"
        other_path = "amount" if fixed_path == "exchange.credit_amount" else "exchange.credit_amount"
        editor.frame(fixed_path).set_hint(hint)
        editor.frame(other_path).set_hint("")
        editor.frame("purpose").set_hint(
            "" if self._editor.status() != DocumentStatus.DRAFT else
            self.tr("Required for a purchase: what the currency is for") if operation == BUY else
            self.tr("Optional for a sale"))

    def _typed(self, side: str) -> None:
        self._fixed = side
        self._compute()
        self._show_labels()
        self._editor.validate()

    def status_shown(self) -> None:
        """The editor showed the document's status: once executed, read the rate the bank used."""
        editor = self._editor
        if editor.status() == DocumentStatus.EXECUTED:
            store, doc_id = editor.workplace.store, editor.held_order().id
            run_in_background(self, lambda: store.get(doc_id), on_success=self.show_record, on_failure=lambda _: None)

    def _compute(self) -> None:
        """The side the clerk did not type, at the shown rate."""
        rate, operation, editor = self._rate(), self.operation_combo.currentData(), self._editor
        source, target = ((editor.amount_edit, self.credit_amount_edit) if self._fixed == DEBIT
                          else (self.credit_amount_edit, editor.amount_edit))
        try:
            typed = parse_amount(source.text())
        except ValidationError:
            return
        if rate is None:
            return
        value = credit_for(typed, operation, rate) if self._fixed == DEBIT else debit_for(typed, operation, rate)
        target.setText(as_typed(value))

    def _rates_loaded(self, rates: Rates) -> None:
        self.rates = rates
        lines = [self.tr("1 {currency}: the bank buys at {buy}, sells at {sell} KZT").format(
            currency=q.currency, buy=format_money(q.buy), sell=format_money(q.sell)) for q in rates.quotes.values()]
        self.rates_label.setText(self.tr("As of {time}:").format(time=_time_text(rates.time)) + "\n" + "\n".join(lines))
        self._show_labels()
        if self._editor.status() == DocumentStatus.DRAFT:
            self._compute()
            self._editor.validate()

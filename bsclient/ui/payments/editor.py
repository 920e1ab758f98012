"""The payment editor: the form of an order of any kind (the fields every order has, then its kind's
section), inline validation, the draft kept as the clerk types, sign and send."""

from __future__ import annotations

import copy
import itertools
import sys
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.payees import PayeeMemory, check_payee, stored_payee_memory
from bsclient.client.documents.payment_order import CURRENCY, Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.models import Account
from bsclient.client.session.rights import may_prepare, may_sign_first
from bsclient.messages import Message
from bsclient.rules import bank_for_bic, bank_for_iban, check_iban, check_kod, compact_iban, validate_payment_order
from bsclient.rules.kinds.kind import DocumentKind
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import find_kind
from bsclient.ui.background import run_in_background
from bsclient.ui.help.topics import kind_topic
from bsclient.ui.language import clerk_language
from bsclient.ui.payments.comforts_actions import EditorComforts
from bsclient.ui.payments.kbe_hint import KbeHint
from bsclient.ui.payments.kinds.registry import view_of
from bsclient.ui.payments.kinds.section import KindSection
from bsclient.ui.payments.knp_hint import KnpHint
from bsclient.ui.payments.on_behalf import OnBehalfPart
from bsclient.ui.payments.paper.save_or_print import PRINTING_AVAILABLE, OrderPaper
from bsclient.ui.payments.sign_and_send import SignAndSend
from bsclient.ui.payments.sign_review import confirm_changed_payees
from bsclient.ui.payments.signatures_panel import SignaturesPanel
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.field_frame import INVALID_STYLE, FieldFrame, name_fields
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.link_label import LinkLabel
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen, scrolling
from bsclient.ui.widgets.status_text import status_colour, status_label
from bsclient.ui.workplace import Workplace

DRAFT_SAVE_DELAY_MS = 700
# A resident non-state company: the usual KOd of a corporate payer (residency 1, sector 7).
DEFAULT_PAYER_CODE = "17"
_SENDABLE = (DocumentStatus.SIGNED, DocumentStatus.SENT)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def payer_party(workplace: Workplace, account: Account | None, code: str) -> Party:
    """The company as payer of `account`: name and BIN from the bank, BIC from the IIK's bank."""
    iban = account.iban if account else ""
    bank = bank_for_iban(iban) if iban else None
    return Party(name=workplace.user.company_name, bin=workplace.user.company_bin, iban=iban,
                 bic=bank.bic if bank else "", code=code)


# Codes of a fixed length: typed whole, they are checked at once (before she leaves the field).
COMPLETE_AT = {"beneficiary.bin": 12, "beneficiary.iban": 20, "beneficiary.bic": 8, "beneficiary.code": 2,
               "payer.code": 2, "knp": 3, "kbk": 6}

# How banks title a salary account (the bank names each account; there is no code for its purpose).
SALARY_ACCOUNT_WORDS = ("salary", "зарплат", "заработн", "жалақы")


def usual_account(kind: DocumentKind, accounts: list[Account]) -> Account | None:
    """The account a new order of `kind` is paid from: salaries from the salary account, the rest from
    the account with the most money available (the one most payments come from)."""
    if kind.key == "salary":
        salary = [a for a in accounts if any(word in a.title.casefold() for word in SALARY_ACCOUNT_WORDS)]
        if salary:
            return salary[0]
    return max(accounts, key=lambda a: a.available, default=None)


class PaymentEditor(QDialog):
    """Edits a draft (or shows a signed document read-only). `documentChanged(id)` after each save or step."""

    documentChanged = Signal(str)
    documentCreated = Signal(str)  # a new draft made from this one (Copy): the main window opens it
    signatures_panel: SignaturesPanel

    def __init__(self, workplace: Workplace, record: DocumentRecord | None = None, *, next_number: str = "1",
                 parent: QWidget | None = None, kind: str = PAYMENT.key) -> None:
        super().__init__(parent)
        self.setObjectName("paymentEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(INVALID_STYLE)
        self._workplace = workplace
        # A payment abroad is paid from a foreign-currency account; the others (at first) from tenge ones.
        self._kind = find_kind(record.order.kind if record is not None else kind) or PAYMENT
        self._accounts = [a for a in workplace.accounts if (a.currency != CURRENCY) == self._kind.abroad]
        if record is None:
            account = usual_account(self._kind, self._accounts)
            order = PaymentOrder.new(payer_party(workplace, account, DEFAULT_PAYER_CODE), next_number, kind=self._kind.key,
                                     currency=account.currency if account else CURRENCY)
            self._status = DocumentStatus.DRAFT
        else:
            order = copy.deepcopy(record.order)
            self._status = record.status
        self._order = order
        self._reason: Message | None = record.reason if record else None
        self._touched: set[str] = set()
        self._all_shown = False  # Sign was pressed with mistakes: every one is shown at once
        self._dirty = False
        # a new order is kept as a draft only once the clerk has changed something herself: opened and
        # closed untouched (the fund's details filled in for her), it leaves nothing behind
        self._kept = record is not None
        self._auto_bic = ""
        self._payees: PayeeMemory | None = None
        self._loading = True
        self._flow = SignAndSend(workplace, self)
        self._flow.progress.connect(self._show_progress)
        self._flow.changed.connect(self._step_done)
        self._flow.failed.connect(self._step_failed)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_draft)

        self._build()
        self._fill(order)
        self._loading = False
        self._show_status()
        self.validate()
        self.signatures_panel.show_record(record)
        name_fields(self)
        enter_presses(self, None)

    # --- what a kind's section may use (kinds/section.py, KindEditor) ----------------------------

    @property
    def workplace(self) -> Workplace:
        return self._workplace

    def widget(self) -> QWidget:
        return self

    def add_line(self, name: str, path: str, *, max_length: int = 0, width: int = 0) -> QLineEdit:
        """A line edit for the field at `path`: each edit is checked and the draft kept."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if max_length:
            edit.setMaxLength(max_length)
        if width:
            edit.setMaximumWidth(width)
        edit.textEdited.connect(lambda _: self.field_edited(path))
        edit.editingFinished.connect(self.validate)  # left: what it lacks is said now
        return edit

    def add_frame(self, path: str, widget: QWidget) -> FieldFrame:
        """`widget` framed with its hint and error sentence, as the field at `path`."""
        name = widget.objectName().removesuffix("Edit").removesuffix("Combo") + "Error"
        frame = FieldFrame(widget, name, self)
        self._frames[path] = frame
        return frame

    def frame(self, path: str) -> FieldFrame:
        return self._frames[path]

    def is_loading(self) -> bool:
        return self._loading

    def was_touched(self, path: str) -> bool:
        return path in self._touched

    def held_order(self) -> PaymentOrder:
        """The order as last stored or signed (a signed one is shown as it was signed)."""
        return self._order

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._frames: dict[str, FieldFrame] = {}
        self.setWindowTitle(self.tr("Payment order"))

        self.number_edit = self.add_line("numberEdit", "number", max_length=16, width=160)
        self.date_edit = self._date_edit("dateEdit", "date")
        self.value_date_edit = self._date_edit("valueDateEdit", "value_date")
        self.payer_account_combo = QComboBox(self)
        self.payer_account_combo.setObjectName("payerAccountCombo")
        self.payer_account_combo.currentIndexChanged.connect(lambda _: self.field_edited("payer.iban"))
        self.payer_code_edit = self.add_line("payerCodeEdit", "payer.code", max_length=2, width=60)
        self.beneficiary_name_edit = self.add_line("beneficiaryNameEdit", "beneficiary.name")
        self.beneficiary_bin_edit = self.add_line("beneficiaryBinEdit", "beneficiary.bin", max_length=12, width=160)
        self.beneficiary_iban_edit = self.add_line("beneficiaryIbanEdit", "beneficiary.iban", max_length=34)
        self.beneficiary_iban_edit.setPlaceholderText("KZ00 000A 0000 0000 0000")
        self.beneficiary_bic_edit = self.add_line("beneficiaryBicEdit", "beneficiary.bic", max_length=11, width=160)
        self.beneficiary_code_edit = self.add_line("beneficiaryCodeEdit", "beneficiary.code", max_length=2, width=60)
        self.knp_edit = self.add_line("knpEdit", "knp", max_length=3, width=60)
        self.amount_edit = self.add_line("amountEdit", "amount", width=220)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setPlaceholderText("1 500 000,00")
        self.purpose_edit = QPlainTextEdit(self)
        self.purpose_edit.setObjectName("purposeEdit")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(72)
        self.purpose_edit.textChanged.connect(lambda: self.field_edited("purpose"))
        self.beneficiary_bic_edit.textEdited.connect(lambda _: setattr(self, "_auto_bic", ""))

        document = self.document_form = QFormLayout()
        document.addRow(self.tr("&Number:"), self.add_frame("number", self.number_edit))
        document.addRow(self.tr("&Date:"), self.add_frame("date", self.date_edit))
        document.addRow(self.tr("&Value date:"), self.add_frame("value_date", self.value_date_edit))
        payer = self.payer_form = QFormLayout()
        payer.addRow(self.tr("&Account:"), self.add_frame("payer.iban", self.payer_account_combo))
        payer.addRow(self.tr("KO&d:"), self.add_frame("payer.code", self.payer_code_edit))
        beneficiary = self.beneficiary_form = QFormLayout()
        beneficiary.addRow(self.tr("&Name:"), self.add_frame("beneficiary.name", self.beneficiary_name_edit))
        beneficiary.addRow(self.tr("&IIN/BIN:"), self.add_frame("beneficiary.bin", self.beneficiary_bin_edit))
        beneficiary.addRow(self.tr("II&K:"), self.add_frame("beneficiary.iban", self.beneficiary_iban_edit))
        beneficiary.addRow(self.tr("&BIC:"), self.add_frame("beneficiary.bic", self.beneficiary_bic_edit))
        beneficiary.addRow(self.tr("KB&e:"), self.add_frame("beneficiary.code", self.beneficiary_code_edit))
        payment = self.payment_form = QFormLayout()
        payment.addRow(self.tr("A&mount, KZT:"), self.add_frame("amount", self.amount_edit))
        payment.addRow(self.tr("KN&P:"), self.add_frame("knp", self.knp_edit))
        payment.addRow(self.tr("P&urpose:"), self.add_frame("purpose", self.purpose_edit))
        self.bank_label = self._frames["beneficiary.bic"].hint_label
        self.bank_label.setObjectName("beneficiaryBankLabel")
        self._frames["beneficiary.code"].set_hint(self.tr("Residency (1 resident, 2 non-resident) and sector, e.g. 17"))
        self._frames["knp"].set_hint(self.tr("Payment purpose code, e.g. 710 for goods"))
        # The KNP's name from the directory under the field; an unknown code gets a warning, not a block.
        self.knp_hint = KnpHint(self._frames["knp"], self._workplace.store.path.parent, self)
        # What KBe and KOd mean (residency, sector) in the clerk's language, from the directories.
        self.kbe_hints = [KbeHint(self._frames[path], self._workplace.store.path.parent, self)
                          for path in ("beneficiary.code", "payer.code")]
        # The kind's own fields (the KBK, a registry, a beneficiary abroad, an exchange): kinds/registry.py
        self.kind_section: KindSection = view_of(self._kind.key).section(self._kind, self)
        # The actual payer and beneficiary, folded while empty: tenge orders only.
        self.on_behalf = OnBehalfPart(self)
        self.on_behalf.edited.connect(self.field_edited)
        self.on_behalf.setVisible(not self._kind.currency_order)
        self._frames.update(self.on_behalf.frames)

        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("Document"), document), 0, 0)
        grid.addWidget(self._group(self.tr("Payer"), payer), 0, 1)
        grid.addWidget(self._group(self.tr("Beneficiary"), beneficiary), 1, 0, 1, 2)
        grid.addWidget(self._group(self.tr("Payment"), payment), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("documentStatusLabel")
        bold = QFont(self.status_label.font())
        bold.setBold(True)
        self.status_label.setFont(bold)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("documentReasonLabel")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #b3261e;")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("editorErrorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()
        self.summary_label = LinkLabel(self)
        self.summary_label.setObjectName("editorSummaryLabel")
        self.summary_label.linkActivated.connect(lambda _: self._show_all_problems())
        self.busy = BusyIndicator(self)
        self.sign_button = QPushButton(self.tr("Sign and send"), self)
        self.sign_button.setObjectName("signAndSendButton")
        self.sign_button.clicked.connect(self._sign_and_send)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("editorCloseButton")
        self.close_button.clicked.connect(self.close)
        # The order on its kind's paper form (paper/): as PDF, or on a printer.
        self.paper = OrderPaper(self, self._workplace.store, PaymentEditor.shown_on_paper)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_pdf_button.setObjectName("savePdfButton")
        self.save_pdf_button.clicked.connect(self.paper.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.paper.print_order)
        self.print_button.setVisible(PRINTING_AVAILABLE)

        buttons = self._button_row = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)
        add_help(self, kind_topic(self._kind.key), buttons)
        # Copy, Save as template…, Recall… and the counterparty picker (comforts_actions).
        self.comforts = EditorComforts(self, self._workplace, beneficiary)
        self.comforts.draftCreated.connect(self.documentCreated)
        self.comforts.documentChanged.connect(self.documentChanged)
        self.signatures_panel = SignaturesPanel(self._workplace, self)  # R3: who signed, when, what it needs
        # The form scrolls on a small screen; the rows of buttons under it stay in sight.
        self.form_area, form = scrolling(self, "editorFormArea")
        form.addWidget(self.status_label)
        form.addWidget(self.reason_label)
        form.addLayout(grid)
        form.addWidget(self.on_behalf)
        self.kind_section.add_below(form)
        form.addWidget(self.signatures_panel)
        form.addWidget(self.message_label)
        if self.paper.label is not None:
            form.addWidget(self.paper.label)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_area, 1)
        layout.addLayout(self.comforts.row)  # its own row: the buttons' row stays as wide as before
        layout.addLayout(buttons)
        self._set_tab_order()
        self.kind_section.arrange()
        fit_to_screen(self, *(self.kind_section.size or (820, 700)))
        unique_mnemonics(self)

    def _set_tab_order(self) -> None:
        """Tab walks the form as it reads, top to bottom (not in the order widgets were made)."""
        chain = [self.number_edit, self.date_edit, self.value_date_edit, self.payer_account_combo,
                 self.payer_code_edit, self.beneficiary_name_edit, self.beneficiary_bin_edit,
                 self.beneficiary_iban_edit, self.beneficiary_bic_edit, self.beneficiary_code_edit,
                 self.amount_edit, self.knp_edit, self.purpose_edit, *self.on_behalf.tab_chain(),
                 self.sign_button, self.save_pdf_button,
                 self.print_button, self.close_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _group(self, title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        box.setLayout(form)
        return box

    def _date_edit(self, name: str, path: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMaximumWidth(160)
        edit.dateChanged.connect(lambda _: self.field_edited(path))
        return edit

    def _fill(self, order: PaymentOrder) -> None:
        self.number_edit.setText(order.number)
        self.date_edit.setDate(_qdate(order.date))
        self.value_date_edit.setDate(_qdate(order.value_date))
        accounts = list(self._accounts)
        if order.payer.iban and all(compact_iban(a.iban) != compact_iban(order.payer.iban) for a in accounts):
            accounts.append(Account(order.payer.iban, order.currency, Decimal(0), Decimal(0), ""))
            self._accounts = accounts
        for account in accounts:
            self.payer_account_combo.addItem(self.account_text(account), account)
        for index, account in enumerate(accounts):
            if compact_iban(account.iban) == compact_iban(order.payer.iban):
                self.payer_account_combo.setCurrentIndex(index)
        self.payer_code_edit.setText(order.payer.code)
        beneficiary = order.beneficiary
        self.beneficiary_name_edit.setText(beneficiary.name)
        self.beneficiary_bin_edit.setText(beneficiary.bin)
        self.beneficiary_iban_edit.setText(beneficiary.iban)
        self.beneficiary_bic_edit.setText(beneficiary.bic)
        self.beneficiary_code_edit.setText(beneficiary.code)
        self.knp_edit.setText(order.knp)
        self.amount_edit.setText(order.amount)
        self.purpose_edit.setPlainText(order.purpose)
        self.on_behalf.fill(order)
        self.kind_section.fill(order)
        self._show_bank()
        self._show_payee()

    def account_text(self, account: Account) -> str:
        if account.title == "" and account.available == 0 and account not in self._workplace.accounts:
            return account.iban
        return self.tr("{iban} · available {amount} {currency}").format(
            iban=account.iban, amount=format_money(account.available), currency=account.currency)

    # --- the form as an order ----------------------------------------------------------------

    def order(self) -> PaymentOrder:
        """The order as the form shows it now."""
        account = self.payer_account_combo.currentData()
        payer = payer_party(self._workplace, account, self.payer_code_edit.text().strip()) \
            if self._status == DocumentStatus.DRAFT else self._order.payer
        actual_payer, actual_beneficiary = self.on_behalf.parties()
        return self.kind_section.complete(PaymentOrder(
            kind=self._kind.key, id=self._order.id, number=self.number_edit.text(), date=_pydate(self.date_edit.date()),
            value_date=_pydate(self.value_date_edit.date()), currency=self._order.currency,
            amount=self.amount_edit.text(), payer=payer,
            beneficiary=Party(name=self.beneficiary_name_edit.text(), bin=self.beneficiary_bin_edit.text().strip(),
                              iban=self.beneficiary_iban_edit.text(), bic=self.beneficiary_bic_edit.text().strip(),
                              code=self.beneficiary_code_edit.text().strip()),
            knp=self.knp_edit.text().strip(), purpose=self.purpose_edit.toPlainText(),
            actual_payer=actual_payer, actual_beneficiary=actual_beneficiary))

    def problems(self) -> dict[str, Message]:
        """Every rule the form's order breaks, by field path."""
        order = self.order()
        problems = validate_payment_order(order, self.payer_account_combo.currentData(), facts=self.kind_section.facts,
                                          rates=self.kind_section.rates)
        payer_code = check_kod(order.payer.code)
        if payer_code is not None:
            problems["payer.code"] = payer_code
        return problems

    def error_label(self, path: str) -> QLabel:
        """The sentence under the field at `path` ("beneficiary.bin", "amount", ...)."""
        return self._frames[path].error_label

    def _field_text(self, path: str) -> str:
        widget = self._frames[path].widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return "shown"  # dates and the account always hold a value

    # --- reacting to the clerk ---------------------------------------------------------------

    def field_edited(self, path: str, *, by_clerk: bool = True) -> None:
        """The field at `path` changed (typed, or set as if typed): checked, and the draft kept; `by_clerk`
        False for what the client fills in by itself (a fund's details)."""
        if self._loading:
            return
        self._touched.add(path)
        self._kept = self._kept or by_clerk
        if path == "beneficiary.iban":
            self._fill_bic_from_iban()
        if path in ("beneficiary.bic", "beneficiary.iban"):
            self._show_bank()
        if path in ("beneficiary.name", "beneficiary.bin", "beneficiary.iban"):
            self._show_payee()
        self.validate()
        if self._status == DocumentStatus.DRAFT:
            self._dirty = True
            self._save_timer.start()

    def _fill_bic_from_iban(self) -> None:
        iban = self.beneficiary_iban_edit.text()
        bank = bank_for_iban(iban) if check_iban(iban) is None else None
        current = self.beneficiary_bic_edit.text().strip()
        if bank is not None and current in ("", self._auto_bic):
            self.beneficiary_bic_edit.setText(bank.bic)
            self._auto_bic = bank.bic

    def _show_bank(self) -> None:
        bank = bank_for_bic(self.beneficiary_bic_edit.text()) if self.beneficiary_bic_edit.text().strip() else None
        self._frames["beneficiary.bic"].set_hint(bank.name_in(clerk_language()) if bank else "")

    def _show_payee(self) -> None:
        """The payee guard under the IIK: a new beneficiary marked, a changed one in red with what changed."""
        frame = self._frames["beneficiary.iban"]
        iban = self.beneficiary_iban_edit.text()
        if self._status != DocumentStatus.DRAFT or check_iban(iban) is not None:
            frame.set_hint("")
            return
        if self._payees is None:  # what was paid, read once per editor
            self._payees = stored_payee_memory(self._workplace.store)
        check = check_payee(self._payees, name=self.beneficiary_name_edit.text(),
                            bin_=self.beneficiary_bin_edit.text(), iban=iban)
        frame.set_hint("\n".join(reason.render(QCoreApplication.translate) for reason in check.reasons))
        frame.hint_label.setObjectName("payeeGuardLabel")
        frame.hint_label.setStyleSheet("color: #b00020; font-weight: bold;" if check.changed else "")

    def validate(self) -> None:
        problems = self.problems() if self._status == DocumentStatus.DRAFT else {}
        for path, frame in self._frames.items():
            shown = (path in self._touched or self._field_text(path).strip() != "") and not self._still_typing(path)
            message = problems.get(path)
            frame.set_error(message.render(QCoreApplication.translate) if message is not None and shown else None)
        self.kind_section.show_problems(problems)
        if self._status == DocumentStatus.DRAFT and problems:
            self.summary_label.setText(self.tr("%n fields to fill in or correct. <a href=\"#\">Show</a>", "",
                                               len(problems)))
        else:
            self.summary_label.setText("")
        self._update_buttons(problems)

    def _show_all_problems(self) -> None:
        self._touched.update(self._frames)
        if any(path in self.on_behalf.frames for path in self.problems()):
            self.on_behalf.unfold()
        self._all_shown = True
        self.validate()

    def _still_typing(self, path: str) -> bool:
        """The clerk is typing in the field and has not finished it (left it, or typed all a code's digits):
        no red yet ("1012" on the way to a KBK). A sentence already shown stays until the field is right."""
        frame = self._frames[path]
        widget = frame.widget
        return (not self._all_shown and isinstance(widget, QLineEdit) and widget.hasFocus()
                and len(widget.text().strip()) < COMPLETE_AT.get(path, sys.maxsize)
                and not frame.error_label.isVisible())

    def _update_buttons(self, problems: dict[str, Message] | None = None) -> None:
        busy = self.busy.busy
        if self._status == DocumentStatus.DRAFT:
            self.sign_button.setText(self.tr("Sign and send"))
            self.sign_button.setVisible(True)
            may_sign = may_sign_first(self._workplace.user)  # R3: a second signer or a viewer prepares only
            self.sign_button.setEnabled(may_sign and not busy and not (problems if problems is not None else self.problems()))
            self.sign_button.setToolTip("" if may_sign else self.tr(
                "Your right at the bank does not let you sign a new document; a user with the single or first signature right signs it."))
        else:
            self.sign_button.setText(self.tr("Send to the bank"))
            self.sign_button.setVisible(self._status in _SENDABLE)
            self.sign_button.setEnabled(not busy)

    def _show_status(self) -> None:
        self.status_label.setText(self.tr("Status: {status}").format(status=status_label(self._status)))
        self.status_label.setStyleSheet(f"color: {status_colour(self._status).name()};")
        if self._reason is not None:
            self.reason_label.setText(self.tr("The bank's reason: {reason}").format(
                reason=self._reason.render(QCoreApplication.translate)))
        self.reason_label.setVisible(self._reason is not None)
        read_only = self._status != DocumentStatus.DRAFT or not may_prepare(self._workplace.user)
        for frame in self._frames.values():
            widget = frame.widget
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QDateEdit)):
                if widget.isReadOnly() != read_only:
                    widget.setReadOnly(read_only)
                    # the style sheet greys read-only fields by the property: applied again when it changes
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
            else:
                widget.setEnabled(not read_only)
        self.setWindowTitle(QCoreApplication.translate("DocumentKind", self._kind.names.title).format(
            number=self._order.number or "…"))
        self.kind_section.set_read_only(read_only)
        self.kind_section.status_shown()
        self.comforts.update_state()

    # --- saving the draft --------------------------------------------------------------------

    def _save_draft(self) -> None:
        if self._status != DocumentStatus.DRAFT or not self._dirty or not self._kept:
            return
        self._dirty = False
        order = self.order()
        store = self._workplace.store
        run_in_background(self, lambda: store.save_draft(order), in_order=True,
                          on_success=lambda record: self.documentChanged.emit(record.id),
                          on_failure=self._save_failed)

    def _save_failed(self, exc: Exception) -> None:
        self._dirty = True
        self._show_error(error_text(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_timer.stop()
        self._save_draft()  # queued in order; it completes even though this window goes away
        super().closeEvent(event)

    # --- signing and sending -----------------------------------------------------------------

    def _sign_and_send(self) -> None:
        self.message_label.hide()
        if self._status == DocumentStatus.DRAFT:
            if self.problems():
                self._show_all_problems()
                return
            if not confirm_changed_payees(self, self._workplace, [self.order()]):
                return
            self._save_timer.stop()
            self._dirty = False
            self._order = self.order()
            self._flow.sign_and_send(self._order)
        else:
            self._flow.send(self._order.id)

    def _show_progress(self, text: str) -> None:
        self.busy.start(text)
        self._update_buttons()

    def _step_done(self, record: DocumentRecord) -> None:
        self._status, self._reason, self._order = record.status, record.reason, record.order
        self.signatures_panel.show_record(record)
        if record.status not in (DocumentStatus.DRAFT, DocumentStatus.SIGNED):
            self.busy.stop()
        self._show_status()
        self.validate()
        self.documentChanged.emit(record.id)

    def status(self) -> DocumentStatus:
        return self._status

    def shown_on_paper(self) -> tuple[PaymentOrder, DocumentStatus, Message | None]:
        """The order as the form shows it, where it stands and the bank's reason: what its paper form shows."""
        return self.order(), self._status, self._reason

    def set_beneficiary(self, party: Party, *, by_clerk: bool = True) -> None:
        """Fill the beneficiary's fields (from the counterparties directory), as if typed: checked and saved."""
        if self._status != DocumentStatus.DRAFT or self.beneficiary_name_edit.isReadOnly():
            return
        fields = (("beneficiary.name", self.beneficiary_name_edit, party.name),
                  ("beneficiary.bin", self.beneficiary_bin_edit, party.bin),
                  ("beneficiary.iban", self.beneficiary_iban_edit, party.iban),
                  ("beneficiary.bic", self.beneficiary_bic_edit, party.bic),
                  ("beneficiary.code", self.beneficiary_code_edit, party.code))
        self._auto_bic = ""
        for _, edit, text in fields:
            edit.setText(text)
        for path, _, _ in fields:
            self.field_edited(path, by_clerk=by_clerk)

    def add_action_button(self, button: QPushButton) -> None:
        """A button of another window's action (the second signer's Sign) before Close."""
        button.setAutoDefault(False)  # Enter in the form presses nothing
        self._button_row.insertWidget(self._button_row.indexOf(self.close_button), button)

    def show_state(self, record: DocumentRecord) -> None:
        """The bank moved this document on (the main window's polling saw it): show where it is."""
        if record.id != self._order.id or (record.status, record.reason) == (self._status, self._reason):
            return
        self._status, self._reason = record.status, record.reason
        self.signatures_panel.show_record(record)
        if record.status not in (DocumentStatus.DRAFT, DocumentStatus.SIGNED):
            self.busy.stop()
        self._show_status()
        self._update_buttons()

    def _step_failed(self, exc: Exception) -> None:
        self.busy.stop()
        self._show_error(error_text(exc))
        store, doc_id = self._workplace.store, self._order.id
        run_in_background(self, lambda: store.get(doc_id), on_success=self._reloaded,
                          on_failure=lambda _: self._update_buttons())

    def _reloaded(self, record: DocumentRecord | None) -> None:
        if record is not None and record.status != DocumentStatus.DRAFT:
            self._step_done(record)
        else:
            self.validate()

    def _show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

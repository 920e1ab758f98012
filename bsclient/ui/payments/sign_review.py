"""Before signing documents whose payee changed: what will be signed, document by document, and an
explicit confirmation that the changed details were checked with the beneficiary (the payee guard)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.payees import NEW, PayeeCheck, check_payee, stored_payee_memory
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.rules import bank_for_bic
from bsclient.ui.language import clerk_language
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.workplace import Workplace

CHANGED_BACKGROUND = QColor("#fde2e4")
NEW_BACKGROUND = QColor("#fff4cc")


def payee_checks(workplace: Workplace, orders: Sequence[PaymentOrder]) -> list[PayeeCheck]:
    """The payee guard's verdict on each order's beneficiary, against what the company paid before."""
    memory = stored_payee_memory(workplace.store)
    return [check_payee(memory, name=o.beneficiary.name, bin_=o.beneficiary.bin, iban=o.beneficiary.iban)
            for o in orders]


class SignReviewDialog(QDialog):
    """Every document to be signed (beneficiary, BIN, IIK, bank, amount, KNP); new payees in yellow, changed
    ones in red with what changed; Sign is enabled only once the clerk confirms the changed details."""

    def __init__(self, orders: Sequence[PaymentOrder], checks: Sequence[PayeeCheck],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signReviewDialog")
        self.setWindowTitle(self.tr("Check what you sign"))
        intro = QLabel(self.tr("The account of a beneficiary you paid before has changed. Malicious programs "
                               "change accounts in files from accounting software: call the beneficiary and "
                               "check the new details before you sign."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(orders), 7, self)
        self.table.setObjectName("signReviewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Beneficiary"), self.tr("BIN"), self.tr("IIK"), self.tr("Bank"),
                                              self.tr("Amount"), self.tr("KNP"), self.tr("Payee")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (order, check) in enumerate(zip(orders, checks, strict=True)):
            bank = bank_for_bic(order.beneficiary.bic)
            state = (self.tr("changed") if check.changed else self.tr("new") if check.state == NEW else "")
            values = [order.beneficiary.name, order.beneficiary.bin, order.beneficiary.iban,
                      bank.name_in(clerk_language()) if bank else order.beneficiary.bic, order.amount, order.knp, state]
            tooltip = "\n".join(reason.render(QCoreApplication.translate) for reason in check.reasons)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip)
                if check.changed or check.state == NEW:
                    item.setBackground(QBrush(CHANGED_BACKGROUND if check.changed else NEW_BACKGROUND))
                self.table.setItem(row, column, item)
        reasons = [reason for check in checks if check.changed for reason in check.reasons]
        self.reasons_label = QLabel("\n".join(reason.render(QCoreApplication.translate) for reason in reasons), self)
        self.reasons_label.setObjectName("signReviewReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.confirm_box = QCheckBox(self.tr("I have confirmed the changed details with the beneficiary by phone"), self)
        self.confirm_box.setObjectName("signReviewConfirm")
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("signReviewSign")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.sign_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_help(self, "payee-changed", self.buttons)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.reasons_label, self.confirm_box, self.buttons):
            layout.addWidget(widget)
        self.resize(900, 360)


def confirm_changed_payees(parent: QWidget, workplace: Workplace, orders: Sequence[PaymentOrder]) -> bool:
    """True when signing may go on: no payee changed, or the clerk confirmed the review."""
    checks = payee_checks(workplace, orders)
    if not any(check.changed for check in checks):
        return True
    dialog = SignReviewDialog(orders, checks, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted

"""Recall of a sent document (document type 8): the clerk gives a reason, the recall is signed on the
carrier and sent; the dialog says what the bank did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from bsclient.client.documents.recall import MAX_REASON_LENGTH, SignedRecall, check_reason, send_recall, sign_recall
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.session.bank_errors import BankUnreachableError
from bsclient.formatting import day
from bsclient.rules import parse_amount
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.sign_and_send import signing_refusal
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.field_frame import INVALID_STYLE, FieldFrame
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.widgets.status_text import status_label
from bsclient.ui.workplace import Workplace


def _amount_text(text: str) -> str:
    try:
        return format_money(parse_amount(text))
    except Exception:  # a draft's amount as typed; the dialog only shows it
        return text


class RecallDialog(QDialog):
    """Recalls one document. `recalled(record)` when the bank recalled it; `stateChanged(record)`
    whenever the local record changed (recalled, or found executed or rejected meanwhile)."""

    recalled = Signal(object)
    stateChanged = Signal(object)

    def __init__(self, workplace: Workplace, record: DocumentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recallDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._workplace = workplace
        self._record = record
        order = record.order
        self.setWindowTitle(self.tr("Recall payment order {number}").format(number=order.number))

        heading = QLabel(self.tr("Recall payment order {number}").format(number=order.number), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.document_label = QLabel(self)
        self.document_label.setObjectName("recallDocumentLabel")
        self.document_label.setWordWrap(True)
        self.document_label.setText(self.tr(
            "Payment order {number} of {date} for {amount} {currency} to {beneficiary}. Status: {status}.").format(
            number=order.number, date=day(order.date), amount=_amount_text(order.amount),
            currency=order.currency, beneficiary=order.beneficiary.name or "…", status=status_label(record.status)))
        explanation = QLabel(self.tr(
            "The bank recalls a document only while it has not executed it. The recall is signed with your "
            "key like a payment; the bank keeps the reason with it."), self)
        explanation.setWordWrap(True)

        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("recallReasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.setPlaceholderText(self.tr("e.g. Wrong amount; a corrected order follows"))
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.reason_frame = FieldFrame(self.reason_edit, "recallReasonError", self)
        self.reason_frame.set_hint(self.tr("At most %n characters.", "", MAX_REASON_LENGTH))
        reason_label = QLabel(self.tr("&Reason for the recall:"), self)
        reason_label.setBuddy(self.reason_edit)

        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("recallOutcomeLabel")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label.hide()
        self.busy = BusyIndicator(self)
        self.recall_button = QPushButton(self.tr("Sign and &recall"), self)
        self.recall_button.setObjectName("recallButton")
        self.recall_button.setDefault(True)
        self.recall_button.clicked.connect(self._recall)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("recallCloseButton")
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        buttons.addWidget(self.recall_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.document_label)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_frame)
        layout.addWidget(self.outcome_label)
        layout.addStretch(1)
        add_help(self, "recall", buttons)
        layout.addLayout(buttons)
        fit_to_screen(self, 560, 340)
        unique_mnemonics(self)
        enter_presses(self, self.recall_button)

    def record(self) -> DocumentRecord:
        return self._record

    def _reason_changed(self) -> None:
        if self.reason_edit.property("invalid"):
            self._check_reason()

    def _check_reason(self) -> bool:
        problem = check_reason(self.reason_edit.toPlainText())
        self.reason_frame.set_error(problem.render(QCoreApplication.translate) if problem else None)
        return problem is None

    def _recall(self) -> None:
        self.outcome_label.hide()
        if not self._check_reason():
            self.reason_edit.setFocus()
            return
        workplace = self._workplace
        refusal = signing_refusal(workplace)
        if refusal is not None:
            self._show_outcome(error_text(refusal), error=True)
            return
        assert workplace.carrier is not None  # signing_refusal says why when there is none
        record, reason, signer = self._record, self.reason_edit.toPlainText(), workplace.carrier.signer()
        self._set_busy(self.tr("Signing the recall on the key carrier…"))
        run_in_background(self, lambda: sign_recall(record, reason, signer), on_success=self._send,
                          on_failure=self._failed)

    def _send(self, signed: SignedRecall) -> None:
        api, store = self._workplace.api, self._workplace.store
        self.busy.start(self.tr("Sending the recall to the bank…"))
        run_in_background(self, lambda: send_recall(api, store, signed), on_success=self._done,
                          on_failure=self._failed)

    def _done(self, record: DocumentRecord) -> None:
        self.busy.stop()
        self._record = record
        self.stateChanged.emit(record)
        if record.status == DocumentStatus.RECALLED:
            self._show_outcome(self.tr(
                "The bank recalled payment order {number}; it will not be paid. The amount held for it is "
                "available on the account again.").format(number=record.order.number))
            self.recall_button.hide()
            self.reason_edit.setReadOnly(True)
            self.close_button.setFocus()
            self.recalled.emit(record)
        else:
            self._show_outcome(self.tr("The bank answered that payment order {number} is {status}.").format(
                number=record.order.number, status=status_label(record.status)), error=True)
            self.recall_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.recall_button.setEnabled(True)
        self.reason_edit.setReadOnly(False)
        if isinstance(exc, BankUnreachableError):  # the recall may have arrived: say so, and that again is safe
            text = self.tr("The bank's answer did not arrive, so it is not known whether the document was recalled. "
                           "{reason} Click Sign and recall again: a second recall of the same document is harmless.")
        else:
            text = self.tr("The document was not recalled. {reason}")
        self._show_outcome(text.format(reason=error_text(exc)), error=True)
        store, doc_id = self._workplace.store, self._record.id
        # The refusal may have come with the bank's present state (executed meanwhile): show it.
        run_in_background(self, lambda: store.get(doc_id), on_success=self._reloaded, on_failure=lambda _: None)

    def _reloaded(self, record: DocumentRecord | None) -> None:
        if record is not None and record.status != self._record.status:
            self._record = record
            self.stateChanged.emit(record)
            if record.status not in (DocumentStatus.SENT, DocumentStatus.ACCEPTED):
                self.recall_button.hide()

    def _set_busy(self, text: str) -> None:
        self.busy.start(text)
        self.recall_button.setEnabled(False)
        self.reason_edit.setReadOnly(True)

    def _show_outcome(self, text: str, *, error: bool = False) -> None:
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet("color: #b3261e;" if error else "color: #1d7a32; font-weight: bold;")
        self.outcome_label.show()

"""Batch signing (R9.2): many documents signed with the carrier opened at sign-in (no second PIN)
and sent, with progress, Cancel, and what happened to each document, with the reasons."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.batch import BatchOutcome, BatchProgress, BatchResult, sign_and_send_batch
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.interpreter_tuning import signing_a_batch
from bsclient.rules import ValidationError, parse_amount
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.sign_and_send import signing_refusal
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

NUMBER, BENEFICIARY, AMOUNT, RESULT, REASON = range(5)
_PROBLEM_COLOUR = QColor("#b3261e")
_DONE_COLOUR = QColor("#1d7a32")
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# How often the window shows the batch's progress. A batch tells it twice a document (a thousand
# documents in under a second); the window takes what came since the last look, at once.
PROGRESS_REFRESH_MS = 50


class BatchSignDialog(QDialog):
    """Signs and sends `records` as soon as it is made; emits `finishedBatch(results)` at the end."""

    finishedBatch = Signal(list)

    def __init__(self, workplace: Workplace, records: Sequence[DocumentRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchSignDialog")
        self._workplace = workplace
        self._records = list(records)
        self._rows = {record.id: row for row, record in enumerate(self._records)}
        self._shown: dict[str, BatchResult] = {}  # each document's result as its row shows it
        self._result_texts: set[str] = set()
        self._result_column_stale = False
        self._cancel = threading.Event()
        self._running = False
        self.results: list[BatchResult] = []
        self.setWindowTitle(self.tr("Sign and send %n documents", "", len(self._records)))

        self.current_label = QLabel(self)
        self.current_label.setObjectName("batchCurrentLabel")
        self.current_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("batchProgressBar")
        self.progress_bar.setRange(0, max(1, len(self._records)))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m"))
        self.table = QTableWidget(len(self._records), 5, self)
        self.table.setObjectName("batchSummaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Beneficiary"), self.tr("Amount"),
                                              self.tr("Result"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # One line a row from the start; only the rows with a reason grow, at the end (resizing all
        # thousand rows to their contents took a tenth of the time the batch had taken).
        self.table.verticalHeader().setDefaultSectionSize(self.table.verticalHeader().minimumSectionSize())
        header = self.table.horizontalHeader()
        # Sized to their contents when the contents change, not by ResizeToContents: that measures every
        # row again at each change of a cell, and a thousand results took ten seconds of the GUI thread.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BENEFICIARY, 240)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        waiting = self.tr("Waiting")
        for row, record in enumerate(self._records):
            order = record.order
            self._set(row, NUMBER, order.number)
            self._set(row, BENEFICIARY, order.beneficiary.name)
            self._set(row, AMOUNT, _amount_text(order.amount), _RIGHT)
            self._set(row, RESULT, waiting)  # the reason's cell is made with the result
        for column in (NUMBER, AMOUNT, RESULT):
            self.table.resizeColumnToContents(column)

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setObjectName("batchCancelButton")
        self.cancel_button.setToolTip(
            self.tr("Stop before the next document. Documents already signed are still sent; the others stay drafts."))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setObjectName("batchCloseButton")
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.table, 1)
        add_help(self, "batch-signing", self.buttons)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 960, 520)
        unique_mnemonics(self)

        # The batch's threads leave their progress here; the GUI thread takes it every PROGRESS_REFRESH_MS.
        self._progress: deque[BatchProgress] = deque()
        self._refresh = QTimer(self)
        self._refresh.setInterval(PROGRESS_REFRESH_MS)
        self._refresh.timeout.connect(self._show_progress)
        self._start()
        enter_presses(self, self.close_button)

    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Stop between documents; what is signed is still sent, the rest stay drafts."""
        if not self._running or self._cancel.is_set():
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.current_label.setText(self.tr("Cancelling: the documents already signed are being sent…"))

    def _start(self) -> None:
        workplace = self._workplace
        refusal = signing_refusal(workplace)
        if refusal is not None:
            self._show_failure(refusal)
            return
        assert workplace.carrier is not None  # signing_refusal says why when there is none
        store, api = workplace.store, workplace.api
        orders = [record.order for record in self._records]
        carrier, signer_name, cancel = workplace.carrier, workplace.signer_name, self._cancel
        signer = carrier.signer()
        progress = self._progress.append  # from the batch's threads: no Qt there, and a dialog gone is no matter

        def sign_and_send() -> list[BatchResult]:
            with signing_a_batch():
                return sign_and_send_batch(store, api, orders, signer, signer_name, progress=progress,
                                           cancel=cancel, run_signing=carrier.run_signing)

        def start(_: object) -> None:
            run_in_background(self, sign_and_send, on_success=self._finished, on_failure=self._show_failure)

        self._running = True
        self._refresh.start()
        self.current_label.setText(self.tr("Signing with the key carrier opened at sign-in; the PIN is not asked again."))
        # After every draft save queued before (an editor closed just now): the latest text is signed.
        run_in_background(self, lambda: None, in_order=True, on_success=start, on_failure=self._show_failure)

    def _show_progress(self) -> None:
        """What the batch told since the last look: each result in its row, the count and the document
        being signed as they are now."""
        latest: BatchProgress | None = None
        signing: str | None = None
        while self._progress:
            latest = self._progress.popleft()
            if latest.result is not None:
                self._show_result(latest.result)
            signing = latest.signing or signing
        if latest is None:
            return
        self._fit_result_column()
        self.progress_bar.setValue(latest.done)
        if signing is not None and not self._cancel.is_set():
            self.current_label.setText(self.tr("Signing document {number}; the signed ones go to the bank meanwhile…")
                                       .format(number=signing))

    def _show_result(self, result: BatchResult) -> None:
        row = self._rows.get(result.doc_id)
        if row is None or self._shown.get(result.doc_id) == result:
            return
        self._shown[result.doc_id] = result
        text, bad = _result_text(result)
        self._set(row, RESULT, text).setForeground(_PROBLEM_COLOUR if bad else _DONE_COLOUR)
        if text not in self._result_texts:  # a few texts in all: the column is measured again only for a new one
            self._result_texts.add(text)
            self._result_column_stale = True
        reason = _reason_text(result)
        self._set(row, REASON, reason).setToolTip(reason)

    def _fit_result_column(self) -> None:
        if self._result_column_stale:
            self._result_column_stale = False
            self.table.resizeColumnToContents(RESULT)

    def _finished(self, results: list[BatchResult]) -> None:
        self._running = False
        self._refresh.stop()
        self._progress.clear()  # every result is in `results`
        self.results = results
        for result in results:
            self._show_result(result)
        self._fit_result_column()
        self.progress_bar.setValue(len(results))
        self.current_label.setText(self.summary_text(results))
        self.table.setWordWrap(True)  # the reasons in full, now that the rows stop changing
        for row in range(self.table.rowCount()):
            reason = self.table.item(row, REASON)
            if reason is not None and reason.text():
                self.table.resizeRowToContents(row)
        self._show_close()
        self.finishedBatch.emit(results)

    def summary_text(self, results: Sequence[BatchResult]) -> str:
        """A few sentences: how many were sent (and rejected), not signed, failed and cancelled."""
        sent = [r for r in results if r.outcome == BatchOutcome.SENT]
        rejected = sum(1 for r in sent if r.status == DocumentStatus.REJECTED)
        counts = {outcome: sum(1 for r in results if r.outcome == outcome) for outcome in BatchOutcome}
        parts = [self.tr("{sent} of %n documents signed and sent to the bank.", "", len(results)).format(sent=len(sent))]
        if rejected:
            parts.append(self.tr("The bank rejected %n of them.", "", rejected))
        if counts[BatchOutcome.INVALID]:
            parts.append(self.tr("%n not signed because of mistakes.", "", counts[BatchOutcome.INVALID]))
        if counts[BatchOutcome.FAILED]:
            parts.append(self.tr("%n failed.", "", counts[BatchOutcome.FAILED]))
        if counts[BatchOutcome.CANCELLED]:
            parts.append(self.tr("%n not signed because you cancelled.", "", counts[BatchOutcome.CANCELLED]))
        if len(parts) > 1:
            parts.append(self.tr("The table says why for each; open a document from the payment list to correct it or to sign it again."))
        return " ".join(parts)

    def _show_failure(self, exc: Exception) -> None:
        self._running = False
        self._refresh.stop()
        self._show_progress()
        self.current_label.setText(error_text(exc))
        self._show_close()
        self.finishedBatch.emit(self.results)

    def _show_close(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _set(self, row: int, column: int, text: str, alignment: Qt.AlignmentFlag = _LEFT) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem(text)
            item.setTextAlignment(alignment)
            self.table.setItem(row, column, item)
        else:
            item.setText(text)
        return item

    def reject(self) -> None:
        """Escape or the window's close box: cancel first; the dialog closes once the batch is over."""
        if self._running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _amount_text(amount: str) -> str:
    try:
        return format_money(parse_amount(amount))
    except ValidationError:
        return amount


def _result_text(result: BatchResult) -> tuple[str, bool]:
    """What happened, in a few words, and whether it needs the clerk's attention."""
    outcome, status = result.outcome, result.status
    if outcome == BatchOutcome.SENT:
        if status == DocumentStatus.REJECTED:
            return QCoreApplication.translate("BatchSignDialog", "Sent; rejected by the bank"), True
        if status == DocumentStatus.EXECUTED:
            return QCoreApplication.translate("BatchSignDialog", "Sent; executed by the bank"), False
        if status == DocumentStatus.AWAITING_SIGNATURE:  # a first signer's batch (R3.2)
            return QCoreApplication.translate("BatchSignDialog", "Sent; awaits the second signature"), False
        return QCoreApplication.translate("BatchSignDialog", "Sent; accepted by the bank"), False
    if outcome == BatchOutcome.INVALID:
        return QCoreApplication.translate("BatchSignDialog", "Not signed: mistakes"), True
    if outcome == BatchOutcome.CANCELLED:
        if status == DocumentStatus.SIGNED:
            return QCoreApplication.translate("BatchSignDialog", "Cancelled; signed, still to send"), True
        return QCoreApplication.translate("BatchSignDialog", "Cancelled; still a draft"), True
    if status == DocumentStatus.SENT:
        return QCoreApplication.translate("BatchSignDialog", "Sent; the bank's answer did not come"), True
    if status == DocumentStatus.SIGNED:
        return QCoreApplication.translate("BatchSignDialog", "Signed; not sent"), True
    return QCoreApplication.translate("BatchSignDialog", "Not signed"), True


def _reason_text(result: BatchResult) -> str:
    """What is wrong first (each field's sentence), then what to do."""
    parts = [problem.render(QCoreApplication.translate) for problem in result.problems.values()]
    if result.reason is not None:
        parts.append(result.reason.render(QCoreApplication.translate))
    return " ".join(parts)

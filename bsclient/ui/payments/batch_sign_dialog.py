"""Batch signing (R9.2): many documents signed with the carrier opened at sign-in (no second PIN)
and sent, with progress, Cancel, and what happened to each document, with the reasons."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
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


AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    """One document's line: what the list said of it, and what happened to it once known."""

    number: str
    beneficiary: str
    amount: str
    result: str
    bad: bool | None = None  # whether it needs the clerk's attention; None while it waits
    reason: str = ""


class BatchTableModel(QAbstractTableModel):
    """The batch's documents, one row each, their results filled in as they come (`show_results`)."""

    def __init__(self, titles: Sequence[str], rows: list[_Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self._rows = rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.number, line.beneficiary, line.amount, line.result, line.reason)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == AMOUNT else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT and line.bad is not None:
            return _PROBLEM_COLOUR if line.bad else _DONE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON and line.reason:
            return line.reason
        return None

    def row(self, number: int) -> _Row:
        return self._rows[number]

    def show_results(self, changed: dict[int, tuple[str, bool, str]]) -> None:
        """Each row's (result, needs attention, reason), repainted at once."""
        if not changed:
            return
        for number, (result, bad, reason) in changed.items():
            self._rows[number] = replace(self._rows[number], result=result, bad=bad, reason=reason)
        self.dataChanged.emit(self.index(min(changed), RESULT), self.index(max(changed), REASON))


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
        waiting = self.tr("Waiting")
        rows = [_Row(r.order.number, r.order.beneficiary.name, _amount_text(r.order.amount), waiting)
                for r in self._records]
        self.model = BatchTableModel(
            [self.tr("Number"), self.tr("Beneficiary"), self.tr("Amount"), self.tr("Result"), self.tr("Reason")],
            list(rows), self)
        self.table = QTableView(self)
        self.table.setObjectName("batchSummaryTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # One line a row from the start; only the rows with a reason grow, at the end.
        self.table.verticalHeader().setDefaultSectionSize(self.table.verticalHeader().minimumSectionSize())
        header = self.table.horizontalHeader()
        # Widths from the font, never ResizeToContents: that measures every row again at each change of a
        # cell (a thousand results took ten seconds of the GUI thread).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, texts in ((NUMBER, [line.number for line in rows]), (AMOUNT, [line.amount for line in rows]),
                              (RESULT, [waiting])):
            header.resizeSection(column, self._width(column, texts))
        header.resizeSection(BENEFICIARY, 240)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)

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
        results: list[BatchResult] = []
        while self._progress:
            latest = self._progress.popleft()
            if latest.result is not None:
                results.append(latest.result)
            signing = latest.signing or signing
        if latest is None:
            return
        self._show_results(results)
        self.progress_bar.setValue(latest.done)
        if signing is not None and not self._cancel.is_set():
            self.current_label.setText(self.tr("Signing document {number}; the signed ones go to the bank meanwhile…")
                                       .format(number=signing))

    def _show_results(self, results: Sequence[BatchResult]) -> None:
        changed: dict[int, tuple[str, bool, str]] = {}
        for result in results:
            row = self._rows.get(result.doc_id)
            if row is None or self._shown.get(result.doc_id) == result:
                continue
            self._shown[result.doc_id] = result
            text, bad = _result_text(result)
            changed[row] = (text, bad, _reason_text(result))
        self.model.show_results(changed)
        self._widen(RESULT, {text for text, _, _ in changed.values()})

    def _width(self, column: int, texts: Iterable[str]) -> int:
        """What `column` needs to show its title and the widest of `texts` whole."""
        metrics = self.table.fontMetrics()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        return max(metrics.horizontalAdvance(text) for text in (*texts, title)) + 20

    def _widen(self, column: int, texts: Iterable[str]) -> None:
        """Wider when one of `texts` needs it (never narrower: the clerk may have widened the column)."""
        header = self.table.horizontalHeader()
        header.resizeSection(column, max(header.sectionSize(column), self._width(column, texts)))

    def _finished(self, results: list[BatchResult]) -> None:
        self._running = False
        self._refresh.stop()
        self._progress.clear()  # every result is in `results`
        self.results = results
        self._show_results(results)
        self.progress_bar.setValue(len(results))
        self.current_label.setText(self.summary_text(results))
        self.table.setWordWrap(True)  # the reasons in full, now that the rows stop changing
        for row in range(self.model.rowCount()):
            if self.model.row(row).reason:
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

"""The editor's "Save as PDF…" and "Print…": the payment order on the national paper form.

A draft is printed as the form shows it now (marked "not signed — draft"); a signed document as
the store keeps it, with its signers' names and signing times. The PDF is written in the
background and a sentence under the form says where it went. Printing goes through Qt's print
dialog (QtPrintSupport ships in PySide6-Essentials); the store is read in the background, the
one page is painted for the printer on the GUI thread after the dialog, as Qt's printers expect.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.messages import Message
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.paper.payment_order import print_payment_order, write_payment_order_pdf, write_record_pdf
from bsclient.ui.widgets.error_dialog import error_text

try:  # part of PySide6-Essentials; kept optional so a stripped bundle still saves PDFs
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - not on our pinned PySide6
    QPrintDialog = QPrinter = None  # type: ignore[assignment,misc]  # the classes' names stand for "no printing"

PRINTING_AVAILABLE = QPrintDialog is not None

# What the window (passed in) shows: the order as the form has it now, its status, the bank's reason.
# It takes the window rather than closing over it: a closure kept here would hold the window's
# Python object in a cycle after Qt deleted the window.
# None when nothing is chosen (the main window's list without a selection).
Shown = tuple[PaymentOrder, DocumentStatus, Message | None]
Current = Callable[[Any], Shown | None]


def suggested_pdf_path(order: PaymentOrder) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    number = "".join(c for c in order.number.strip() if c.isalnum() or c in "-_") or "draft"
    return Path(folder) / f"payment_order_{number}_{order.date:%Y%m%d}.pdf"


def selected_in_list(window: Any) -> Shown | None:
    """For the main window: the document selected in its payment list, as the list has it."""
    doc_id = window.payment_list.selected_id()
    record = window.payment_list.model.find(doc_id) if doc_id else None
    return (record.order, record.status, record.reason) if record is not None else None


class OrderPaper(QObject):
    """Saves or prints the order `current(parent)` describes; says what happened in `label`
    (when made with one, for a window to place) and by `said(text, is_error)`."""

    said = Signal(str, bool)

    def __init__(self, parent: QWidget, store: DocumentStore, current: Current, *, label: bool = True) -> None:
        super().__init__(parent)
        self._store = store
        self._current = current
        self.label = QLabel(parent) if label else None
        if self.label is not None:
            self.label.setObjectName("paperResultLabel")
            self.label.setWordWrap(True)
            self.label.hide()
        self.writing = False

    # --- PDF --------------------------------------------------------------------------------

    def _window(self) -> QWidget:
        return cast("QWidget", self.parent())  # made with a window as parent

    def _shown(self) -> Shown | None:
        shown = self._current(self._window())
        if shown is None:
            self._say(self.tr("Select a payment order in the list first, then save or print it."), error=True)
        return shown  # each kind prints its own form (kinds/registry.py)

    def save_pdf(self) -> None:
        """Ask where, then write the PDF in the background."""
        shown = self._shown()
        if shown is None:
            return
        order = shown[0]
        chosen, _ = QFileDialog.getSaveFileName(self._window(), self.tr("Save the payment order as PDF"),
                                                str(suggested_pdf_path(order)), self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.write_pdf(path)

    def write_pdf(self, path: Path) -> None:
        shown = self._shown()
        if shown is None:
            return
        order, status, reason = shown
        reason_text = reason.render(QCoreApplication.translate) if reason is not None else None
        store = self._store

        def write() -> Path:  # in the background
            record = store.get(order.id) if status != DocumentStatus.DRAFT else None
            if record is None or record.status == DocumentStatus.DRAFT:
                write_payment_order_pdf(order, path, status=DocumentStatus.DRAFT)
            else:
                write_record_pdf(record, path, reason=reason_text)
            return path

        self.writing = True
        self._say(self.tr("Saving payment order {number} as PDF to {path}…").format(
            number=order.number.strip() or "—", path=path))
        run_in_background(self._window(), write,
                          on_success=lambda _: self._saved(order, path),
                          on_failure=lambda exc: self._not_saved(order, path, exc))

    def _saved(self, order: PaymentOrder, path: Path) -> None:
        self.writing = False
        self._say(self.tr("Payment order {number} was saved as PDF to {path}.").format(
            number=order.number.strip() or "—", path=path))

    def _not_saved(self, order: PaymentOrder, path: Path, exc: Exception) -> None:
        self.writing = False
        if isinstance(exc, OSError):
            reason = self.tr("The file could not be written ({error}). Choose another folder or free some space, "
                             "then save again.").format(error=exc.strerror or exc)
        else:
            reason = error_text(exc)
        self._say(self.tr("Payment order {number} was not saved as PDF to {path}. {reason}").format(
            number=order.number.strip() or "—", path=path, reason=reason), error=True)

    # --- printing ---------------------------------------------------------------------------

    def print_order(self) -> None:
        """The print dialog, then the order on the printer the clerk chose."""
        if not PRINTING_AVAILABLE:
            self._say(self.tr("Printing is not available here. Save the order as PDF and print the file."),
                      error=True)
            return
        shown = self._shown()
        if shown is None:
            return
        order, status, reason = shown
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"Payment order {order.number.strip()}")
        dialog = QPrintDialog(printer, self._window())
        dialog.setWindowTitle(self.tr("Print payment order {number}").format(number=order.number.strip() or "—"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason_text = reason.render(QCoreApplication.translate) if reason is not None else None
        store = self._store

        def load() -> DocumentRecord | None:
            return store.get(order.id) if status != DocumentStatus.DRAFT else None

        run_in_background(self._window(), load,
                          on_success=lambda record: self._print(printer, order, record, reason_text),
                          on_failure=lambda exc: self._say(error_text(exc), error=True))

    def _print(self, printer: QPrinter, order: PaymentOrder, record: DocumentRecord | None,
               reason: str | None) -> None:
        if record is None or record.status == DocumentStatus.DRAFT:
            record = DocumentRecord(id=order.id, order=order, status=DocumentStatus.DRAFT, reason=None, content=None)
        try:
            print_payment_order(record, printer, reason=reason)
        except OSError:
            self._say(self.tr("Payment order {number} could not be printed: the printer did not accept it. "
                              "Check the printer, or save the order as PDF and print the file.").format(
                number=order.number.strip() or "—"), error=True)
            return
        self._say(self.tr("Payment order {number} was sent to the printer {printer}.").format(
            number=order.number.strip() or "—", printer=printer.printerName() or printer.outputFileName()))

    def _say(self, text: str, *, error: bool = False) -> None:
        if self.label is not None:
            self.label.setText(text)
            self.label.setStyleSheet("color: #b3261e;" if error else "color: #1d7a32;")
            self.label.show()
        self.said.emit(text, error)

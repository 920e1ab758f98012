"""A document on paper, A4 portrait, as a PDF or on a printer (a4.py): each kind on its own form,
painted by its painter (bsclient/ui/payments/kinds/registry.py) from plain data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus, ExecutedRate
from bsclient.client.documents.signature_marks import SignatureMark, signature_marks
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import find_kind
from bsclient.ui.payments.kinds.registry import view_of
from bsclient.ui.payments.paper.a4 import paint_a4, write_pdf
from bsclient.ui.payments.paper.form import PaperData, PaperForm


def write_payment_order_pdf(order: PaymentOrder, path: Path | str, *, signatures: Sequence[SignatureMark] = (),
                            status: DocumentStatus = DocumentStatus.DRAFT, reason: str | None = None,
                            printed_at: datetime | None = None, tz: tzinfo | None = None,
                            rate: ExecutedRate | None = None) -> None:
    """Write `order` on the national form as a PDF to `path` (whole or not at all).

    `signatures` in signing order (see signature_marks); `reason` is the bank's reason for a
    rejection, already in words; signing times are shown in `tz` (default: this computer's zone);
    `rate`: the rate the bank executed an exchange at (the record's).
    """
    data = _data(order, signatures=signatures, status=status, reason=reason, printed_at=printed_at, tz=tz, rate=rate)
    write_pdf(path, lambda painter, device: _paint(painter, device, data),
              title=f"{data.kind.names.paper} № {order.number.strip()} от {order.date:%d.%m.%Y}")


def write_record_pdf(record: DocumentRecord, path: Path | str, *, reason: str | None = None,
                     printed_at: datetime | None = None, tz: tzinfo | None = None) -> None:
    """A stored document as a PDF, with its signatures read from the store."""
    write_payment_order_pdf(record.order, path, signatures=signature_marks(record), status=record.status,
                            reason=reason, printed_at=printed_at, tz=tz, rate=record.rate)


def print_payment_order(record: DocumentRecord, printer: QPagedPaintDevice, *, reason: str | None = None,
                        printed_at: datetime | None = None, tz: tzinfo | None = None) -> None:
    """Paint a stored document on `printer` (a QPrinter the clerk chose), A4 portrait."""
    data = _data(record.order, signatures=signature_marks(record), status=record.status, reason=reason,
                 printed_at=printed_at, tz=tz, rate=record.rate)
    paint_a4(printer, lambda painter, device: _paint(painter, device, data))


def _data(order: PaymentOrder, *, signatures: Sequence[SignatureMark], status: DocumentStatus, reason: str | None,
          printed_at: datetime | None, tz: tzinfo | None, rate: ExecutedRate | None) -> PaperData:
    """What the form shows; a kind this version does not know is printed as a plain payment order."""
    return PaperData(order=order, kind=find_kind(order.kind) or PAYMENT, signatures=tuple(signatures),
                     status=status, reason=reason, printed_at=printed_at or datetime.now(), tz=tz, rate=rate)


def _paint(painter: QPainter, device: QPagedPaintDevice, data: PaperData) -> None:
    view_of(data.kind.key).painter(PaperForm(painter, device, data))

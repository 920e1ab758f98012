"""One A4 portrait page, as a PDF file or on a printer: the one way every paper form is written.

Painted with QPainter on a QPdfWriter (a worker thread may write it while a QGuiApplication exists)
or on a QPrinter (the GUI thread, after the print dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from bsclient.client.files import atomic_output
from bsclient.ui.payments.paper.form import MARGIN_MM, RESOLUTION

Paint = Callable[[QPainter, QPagedPaintDevice], None]


def write_pdf(path: Path | str, paint: Paint, *, title: str) -> None:
    """Paint a PDF with `paint` and write it to `path` (whole or not at all)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Internet-Client")
    paint_a4(writer, paint)
    del writer  # the PDF is finished when the writer goes
    with atomic_output(path) as file:
        file.write(buffer.data().data())


def paint_a4(device: QPagedPaintDevice, paint: Paint) -> None:
    """Set `device` (a PDF writer, or a QPrinter the clerk chose) to A4 portrait and paint on it."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the paper form cannot be painted: the file or printer cannot be opened")
    try:
        paint(painter, device)
    finally:
        painter.end()

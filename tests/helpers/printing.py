"""The print dialog as a clerk who chooses "print to file": it accepts at once and prints to a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog


def print_dialog_printing_to(path: Path) -> type:
    """A stand-in for QPrintDialog that sends the printer's output to `path` as a PDF."""

    class ChosenPrinter:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            self.title = title

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(path))
            return QDialog.DialogCode.Accepted

    return ChosenPrinter

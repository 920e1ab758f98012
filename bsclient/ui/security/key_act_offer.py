"""The key certificate act offered where a new key's request was sent (the set-up wizard's key page,
"My key is compromised"): one sentence on what to do with it, "Save the act as PDF…" and "Print the
act…". The PDF is written in the background; the printer gets the page after Qt's print dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bsclient.client.session.key_act import KeyAct
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.paper.key_act import print_key_act, write_key_act_pdf
from bsclient.ui.payments.paper.save_or_print import PRINTING_AVAILABLE
from bsclient.ui.widgets.error_dialog import error_text


def suggested_act_path(act: KeyAct) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"key_act_{act.request_id[:8]}.pdf"


class KeyActOffer(QWidget):
    """Hidden until `offer(act)`; then says what the act is for and saves or prints it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyActOffer")
        self.act: KeyAct | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveKeyActButton")
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printKeyActButton")
        self.print_button.clicked.connect(self.print_act)
        self.print_button.setEnabled(PRINTING_AVAILABLE)
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)  # Enter goes on (the wizard's Next, the dialog's default), never a file dialog
        self.result_label = QLabel(self)
        self.result_label.setObjectName("keyActResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Print the key certificate act in two copies: you and the head of the company sign them, put the "
            "company's stamp and take them to the bank's branch. The bank's officer compares the key's fingerprint "
            "on the act with your request and then issues the certificate."))
        self.save_button.setText(self.tr("&Save the act as PDF…"))
        self.print_button.setText(self.tr("&Print the act…"))

    def offer(self, act: KeyAct) -> None:
        self.act = act
        self.show()

    def save_pdf(self) -> None:
        act = self.act
        if act is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the key certificate act as PDF"),
                                                str(suggested_act_path(act)), self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.write_pdf(path)

    def write_pdf(self, path: Path) -> None:
        act = self.act
        if act is None:
            return
        self._say(self.tr("Saving the act to {path}…").format(path=path))
        run_in_background(self, lambda: write_key_act_pdf(act, path),
                          on_success=lambda _: self._say(self.tr(
                              "The act was saved to {path}. Print it, sign it and take it to the branch.").format(
                              path=path)),
                          on_failure=lambda exc: self._not_saved(path, exc))

    def _not_saved(self, path: Path, exc: Exception) -> None:
        reason = (self.tr("The file could not be written ({error}). Choose another folder, then save again.").format(
            error=exc.strerror or exc) if isinstance(exc, OSError) else error_text(exc))
        self._say(self.tr("The act was not saved to {path}. {reason}").format(path=path, reason=reason), error=True)

    def print_act(self) -> None:
        act = self.act
        if act is None or not PRINTING_AVAILABLE:
            return
        # Here, not at the top: QtPrintSupport may be missing from a stripped bundle (PRINTING_AVAILABLE).
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"Key certificate act {act.request_id[:8]}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the key certificate act"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_key_act(act, printer)
        except OSError:
            self._say(self.tr("The act could not be printed: the printer did not accept it. Check the printer, or "
                              "save the act as PDF and print the file."), error=True)
            return
        self._say(self.tr("The act was sent to the printer {printer}.").format(
            printer=printer.printerName() or printer.outputFileName()))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #b3261e;" if error else "color: #1d7a32;")
        self.result_label.show()

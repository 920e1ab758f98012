"""Writing a letter to the bank (R1.9): subject, text, attachments within the bank's limits,
signed on the carrier and sent in the background. Nothing typed is lost when a step fails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.mail import (
    MAX_SUBJECT,
    Attachment,
    Letter,
    LetterDraft,
    MailError,
    MailLimits,
    SignedLetter,
    check_draft,
    fetch_limits,
    read_attachment,
    send_letter,
    sign_letter,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.mail.data_sizes import data_size_text, limit_text
from bsclient.ui.payments.sign_and_send import signing_refusal
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.default_button import enter_presses
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class MailCompose(QDialog):
    """Emits `sent(letter)` once the bank took the letter, then closes."""

    sent = Signal(object)

    def __init__(self, workplace: Workplace, *, subject: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("mailCompose")
        self.setWindowTitle(self.tr("New letter to the bank"))
        self._workplace = workplace
        self._limits = MailLimits()
        self._attachments: list[Attachment] = []
        self._attempt: LetterDraft | None = None  # the last letter tried: its id is kept for a repeat
        self._busy = False
        self._done = False

        self.subject_edit = QLineEdit(subject, self)
        self.subject_edit.setObjectName("subjectEdit")
        self.subject_edit.setMaxLength(MAX_SUBJECT)
        self.subject_edit.setPlaceholderText(self.tr("What the letter is about"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("letterTextEdit")
        self.text_edit.setAccessibleName(self.tr("The letter's text"))
        self.text_edit.setPlaceholderText(self.tr("Your letter to the bank"))
        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("composeAttachmentList")
        self.attachment_list.setMaximumHeight(110)
        self.attachment_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(QIcon.fromTheme("mail-attachment"), self.tr("&Attach files…"), self)
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(QIcon.fromTheme("list-remove"), self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.attachment_list, self.remove_selected)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("attachmentTotalLabel")
        self.total_label.setStyleSheet("color: #555;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("mailErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.busy = BusyIndicator(self)
        self.send_button = QPushButton(QIcon.fromTheme("mail-send"), self.tr("Sign and &send"), self)
        self.send_button.setObjectName("sendLetterButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.sign_and_send)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelLetterButton")
        self.cancel_button.clicked.connect(self.close)

        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(self.add_button)
        files_buttons.addWidget(self.remove_button)
        files_buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.attachment_list, 1)
        files.addLayout(files_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(QLabel(self.tr("Attachments:"), self))
        layout.addLayout(files)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        add_help(self, "mail", buttons)
        layout.addLayout(buttons)
        fit_to_screen(self, 640, 560)
        unique_mnemonics(self)
        self._show_attachments()
        (self.text_edit if subject else self.subject_edit).setFocus()

        api = workplace.api
        run_in_background(self, lambda: fetch_limits(api), on_success=self._limits_known,
                          on_failure=lambda _exc: None)  # the usual limits stand; the bank checks anyway
        enter_presses(self, self.send_button)

    # --- attachments -------------------------------------------------------------------------

    def _limits_known(self, limits: MailLimits) -> None:
        self._limits = limits
        self._show_attachments()

    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), folder)
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Reads the files in the background; a file over the limits is refused with a sentence why."""
        limits, already = self._limits, tuple(self._attachments)
        self.error_label.hide()
        self._set_busy(True, self.tr("Reading the files…"))

        def read() -> tuple[list[Attachment], list[Exception]]:
            added: list[Attachment] = []
            errors: list[Exception] = []
            for path in paths:
                try:
                    added.append(read_attachment(path, limits, (*already, *added)))
                except MailError as exc:
                    errors.append(exc)
            return added, errors

        run_in_background(self, read, on_success=self._files_read, on_failure=self._failed)

    def _files_read(self, result: tuple[list[Attachment], list[Exception]]) -> None:
        added, errors = result
        self._set_busy(False)
        self._attachments.extend(added)
        self._show_attachments()
        if errors:
            self._show_error("\n".join(error_text(e) for e in errors))

    def remove_selected(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self._attachments) and not self._busy:
            del self._attachments[row]
            self.error_label.hide()
            self._show_attachments()

    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def _show_attachments(self) -> None:
        self.attachment_list.clear()
        for attachment in self._attachments:
            item = QListWidgetItem(QIcon.fromTheme("text-x-generic"), self.tr("{name} — {size}").format(
                name=attachment.name, size=data_size_text(attachment.size)), self.attachment_list)
            item.setData(ATTACHMENT_ROLE, attachment)
        total = sum(a.size for a in self._attachments)
        limits = self._limits
        if self._attachments:
            text = self.tr("Attached: {total} of {letter_limit} a letter may carry; up to {file_limit} a file.")
        else:
            text = self.tr("No files attached. A letter may carry up to {letter_limit}, up to {file_limit} a file.")
        self.total_label.setText(text.format(total=data_size_text(total),
                                             letter_limit=limit_text(limits.letter_bytes),
                                             file_limit=limit_text(limits.attachment_bytes)))
        if self._attachments:
            self.attachment_list.setCurrentRow(len(self._attachments) - 1)
        self._update_buttons()

    # --- sending -----------------------------------------------------------------------------

    def draft(self) -> LetterDraft:
        """The letter as typed; the same id as the last attempt while nothing changed."""
        draft = LetterDraft(subject=self.subject_edit.text().strip(), text=self.text_edit.toPlainText(),
                            attachments=tuple(self._attachments))
        if self._attempt is not None and self._attempt.same_letter(draft):
            return self._attempt
        return draft

    def sign_and_send(self) -> None:
        if self._busy:
            return
        workplace = self._workplace
        draft = self.draft()
        try:
            check_draft(draft, self._limits)
        except MailError as exc:
            self._show_error(error_text(exc))
            (self.subject_edit if exc.code.startswith("subject") else self.attachment_list).setFocus()
            return
        refusal = signing_refusal(workplace)
        if refusal is not None:
            self._show_error(error_text(refusal))
            return
        assert workplace.carrier is not None  # signing_refusal says why when there is none
        self._attempt = draft
        self.error_label.hide()
        self._set_busy(True, self.tr("Signing the letter on the key carrier…"))
        signer, limits = workplace.carrier.signer(), self._limits
        run_in_background(self, lambda: sign_letter(draft, signer, limits), on_success=self._signed,
                          on_failure=self._failed)

    def _signed(self, signed: SignedLetter) -> None:
        self.busy.start(self.tr("Sending the letter to the bank…"))
        api = self._workplace.api
        run_in_background(self, lambda: send_letter(api, signed), on_success=self._sent, on_failure=self._failed)

    def _sent(self, letter: Letter) -> None:
        self._set_busy(False)
        self._done = True
        self.sent.emit(letter)
        self.close()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(error_text(exc))

    # --- state -------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()
        for widget in (self.subject_edit, self.text_edit, self.add_button, self.send_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self._busy and self.attachment_list.currentItem() is not None)

    def _has_words(self) -> bool:
        return bool(self.subject_edit.text().strip() or self.text_edit.toPlainText().strip() or self._attachments)

    def may_close(self) -> bool:
        """False while the carrier or the bank works on the letter, or when the clerk keeps what was written."""
        if self._busy and not self._done:
            return False  # the answer of the carrier or the bank must land here
        if self._done or not self._has_words():
            return True
        answer = QMessageBox.question(
            self, self.tr("Bank mail"), self.tr("The letter has not been sent. Throw away what you wrote?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog.closeEvent would call reject(), which asks again: decide here once.
        if self.may_close():
            event.accept()
            self.deleteLater()
        else:
            event.ignore()

    def reject(self) -> None:  # Esc: the same question as closing the window
        self.close()

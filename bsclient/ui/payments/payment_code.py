"""Sending a payment the bank wants confirmed with a one-time code (R8.5): the code dialog, answered
back to the bank, for SignAndSend."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from bsclient.client.documents.confirmed_send import send_confirmable
from bsclient.client.session.access import CodeNeeded
from bsclient.client.session.bank_errors import BankError
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.ui.background import run_in_background
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.workplace import Workplace


class ConfirmedSend(QObject):
    """Sends `doc_id`; when the bank answers CodeNeeded, asks the clerk for the code and sends again.
    Ends in `done(record)` or `failed(exc)` (the clerk's Cancel is a failure the caller shows)."""

    def __init__(self, workplace: Workplace, doc_id: str, *, done: Callable[[object], None],
                 failed: Callable[[Exception], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workplace, self._doc_id = workplace, doc_id
        self._done, self._failed = done, failed
        self.dialog: OneTimeCodeDialog | None = None

    def start(self, code: str | None = None) -> None:
        workplace, doc_id = self._workplace, self._doc_id
        run_in_background(self, lambda: send_confirmable(workplace.api, workplace.store, doc_id, code),
                          on_success=self._answered, on_failure=self._refused)

    def _answered(self, answer: object) -> None:
        if isinstance(answer, CodeNeeded):
            if self.dialog is None:
                parent = self.parent()
                self.dialog = OneTimeCodeDialog(answer, parent if isinstance(parent, QWidget) else None)
                self.dialog.codeEntered.connect(self.start)
                self.dialog.newCodeRequested.connect(lambda: self.start(None))
                self.dialog.rejected.connect(self._cancelled)
                self.dialog.open()
            else:
                self.dialog.sent(answer)
            return
        self._close_dialog()
        self._done(answer)

    def _refused(self, exc: Exception) -> None:
        if self.dialog is not None and (getattr(exc, "code", None) or "").startswith("code_"):
            self.dialog.refused(error_text(exc))
            return
        self._close_dialog()
        self._failed(exc)

    def _cancelled(self) -> None:
        self.dialog = None
        self._failed(BankError(Message("Access", QT_TRANSLATE_NOOP(
            "Access", "The document was not sent: the bank asks for the one-time code to confirm it. Send it again when you have the code.")),
            "confirmation_cancelled"))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.rejected.disconnect(self._cancelled)
            dialog.accept()

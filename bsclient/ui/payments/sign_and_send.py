"""The chain behind "Sign and send": save the draft, sign on the carrier, send; each step in the background."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, Signal

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.workflow import sign_and_store
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.ui.background import run_in_background
from bsclient.ui.payments.payment_code import ConfirmedSend
from bsclient.ui.workplace import Workplace


class CarrierNotOpenError(ClerkError):
    def __init__(self) -> None:
        super().__init__(Message("SignAndSend", QT_TRANSLATE_NOOP(
            "SignAndSend", "The key carrier is not open, so the document cannot be signed. Sign out and "
            "sign in again with the carrier plugged in.")))


class KeyAwaitingApprovalError(ClerkError):
    def __init__(self, request_id: str) -> None:
        super().__init__(Message("SignAndSend", QT_TRANSLATE_NOOP(
            "SignAndSend", "Your new signing key waits for the bank's approval of request {id}, so nothing can be "
            "signed yet. Sign the act for the new key at the branch; once the bank has approved it, choose Check "
            "again in the main window."), {"id": request_id}))


def signing_refusal(workplace: Workplace) -> ClerkError | None:
    """Why nothing can be signed now (the one check before every signature), or None: the key is at hand."""
    carrier = workplace.carrier
    if carrier is None or not carrier.is_open:
        return CarrierNotOpenError()
    if carrier.key is not None:
        return None
    if carrier.key_waiting is not None:
        return KeyAwaitingApprovalError(carrier.key_waiting)
    return CarrierNotOpenError()


class SignAndSend(QObject):
    """One document's way to the bank. Signals: `progress(text)`, `changed(record)` after each step,
    `failed(exception)` when a step fails (the record keeps the last step reached)."""

    progress = Signal(str)
    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, workplace: Workplace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workplace = workplace

    def sign_and_send(self, order: PaymentOrder) -> None:
        """Save `order`, sign it with the carrier's key, then send it."""
        workplace = self._workplace
        refusal = signing_refusal(workplace)
        if refusal is not None:
            self.failed.emit(refusal)
            return
        order = copy.deepcopy(order)
        self.progress.emit(QCoreApplication.translate("SignAndSend", "Saving the document…"))
        store = workplace.store
        # In order: an earlier debounced draft save must not land after the signature.
        run_in_background(self, lambda: store.save_draft(order), in_order=True,
                          on_success=lambda _: self._sign(order), on_failure=self.failed.emit)

    def send(self, doc_id: str) -> None:
        """Send an already signed document (again: the bank pays a document id once)."""
        workplace = self._workplace
        self.progress.emit(QCoreApplication.translate("SignAndSend", "Sending the document to the bank…"))
        # R8.5: when the bank asks for a one-time code, ConfirmedSend asks the clerk and sends again.
        owner = self.parent() if isinstance(self.parent(), QObject) else self
        ConfirmedSend(workplace, doc_id, done=self.changed.emit, failed=self.failed.emit, parent=owner).start()

    def _sign(self, order: PaymentOrder) -> None:
        workplace = self._workplace
        carrier = workplace.carrier
        refusal = signing_refusal(workplace)  # the carrier may have been pulled out while the draft was saved
        if refusal is not None:
            self.failed.emit(refusal)
            return
        assert carrier is not None  # signing_refusal says why when there is none
        signer, store, signer_name = carrier.signer(), workplace.store, workplace.signer_name
        self.progress.emit(QCoreApplication.translate("SignAndSend", "Signing on the key carrier…"))
        run_in_background(self, lambda: sign_and_store(store, order, signer, signer_name),
                          on_success=self._signed, on_failure=self.failed.emit)

    def _signed(self, record: DocumentRecord) -> None:
        self.changed.emit(record)
        self.send(record.id)

"""A payment order's way: signed on the token, stored, sent once, followed to the bank's last word.

sign_order and sign_and_store sign through the carrier's Signer (the token's part runs on its thread) and
touch the store; send talks to the bank. Run them in the background.
"""

from __future__ import annotations

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore, StoreError
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import Signer, canonical_bytes, sign_detached
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules import ValidationError, validate_payment_order

# A document the bank took but has not finished with; refresh_states asks about these.
_AWAITING_BANK = (DocumentStatus.SENT, DocumentStatus.ACCEPTED, DocumentStatus.AWAITING_SIGNATURE)


def sign_order(order: PaymentOrder, signer: Signer, signer_name: str | None = None) -> tuple[bytes, bytes]:
    """The canonical content of `order` and a detached CMS signature over it.

    `signer_name` is not part of the signed bytes: the bank reads the signer from the certificate.
    """
    content = canonical_bytes(order.to_content())
    return content, sign_detached(content, signer)


def sign_and_store(store: DocumentStore, order: PaymentOrder, signer: Signer, signer_name: str) -> DocumentRecord:
    """Validates, signs and records `order`; a second signer signs the bytes the first one signed."""
    record = store.get(order.id)
    if record is not None and record.status == DocumentStatus.SIGNED and record.content is not None:
        signature = sign_detached(record.content, signer)
        return store.mark_signed(order.id, record.content, [*record.signatures, signature],
                                 _signers(record.signer_name, signer_name))
    problems = validate_payment_order(order, None)
    if problems:
        raise ValidationError(Message("Workflow", QT_TRANSLATE_NOOP(
            "Workflow", "Mistakes in the payment order: {count}. Correct the marked fields before signing."),
            {"count": len(problems)}), problems)
    store.save_draft(order)
    content, signature = sign_order(order, signer, signer_name)
    return store.mark_signed(order.id, content, [signature], signer_name)


def _signers(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first and first != second else second


def send(api: BankApi, store: DocumentStore, doc_id: str) -> DocumentRecord:
    """Sends a signed document and records the bank's state; calling it again never pays twice.

    A document the bank has answered about is not sent again. A document whose answer was lost
    (BankUnreachableError) stays "sent": sending it again repeats the same id and bytes.
    """
    record = store.get(doc_id)
    if record is None:
        raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
            "Store", "The document is no longer in the local store; it may have been deleted.")))
    if record.status in BANK_STATUSES:
        return record
    if record.status == DocumentStatus.DRAFT or record.content is None:
        raise ValidationError(Message("Workflow", QT_TRANSLATE_NOOP(
            "Workflow", "Document {number} is not signed yet; sign it before sending."),
            {"number": record.order.number}))
    store.mark_sent(doc_id)
    try:
        state = api.submit_document(doc_id, record.content, record.signatures)
    except BankUnreachableError:
        raise
    except BankError:
        # A definite refusal (session ended, malformed bytes): the bank did not take it.
        store.mark_not_sent(doc_id)
        raise
    return store.apply_state(doc_id, state)


def refresh_states(api: BankApi, store: DocumentStore) -> list[DocumentRecord]:
    """Asks the bank about every sent or accepted document; returns those it answered about."""
    ids = [r.id for status in _AWAITING_BANK for r in store.list(status=status)]
    return [store.apply_state(state.id, state) for state in api.document_states(ids) if state.id in ids]

"""Recall of a sent document the bank has not executed yet (document type 8, "отзыв").

The recall is itself a signed request: the canonical JSON of
`{"schema": "kz.document-recall/1", "id", "document_id", "reason"}` with a detached CMS signature
made on the carrier, sent as `POST /documents/{id}/recall` (docs/wire-protocol.md, "Recall").
`sign_recall` signs through the carrier's Signer (the token's part runs on its thread) and
`send_recall` talks to the bank: run both in the background, one after the other.
"""

from __future__ import annotations

import base64
import contextlib
import uuid
from dataclasses import dataclass

from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import BankApi, document_state
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import Signer, canonical_bytes, sign_detached
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

RECALL_SCHEMA = "kz.document-recall/1"
MAX_REASON_LENGTH = 500
# What the bank may still recall: sent (its answer may have been lost) or accepted, not executed.
RECALLABLE = frozenset({DocumentStatus.SENT, DocumentStatus.ACCEPTED, DocumentStatus.AWAITING_SIGNATURE})
# Refusals after which the bank's present state is worth asking for: it moved on meanwhile.
_STATE_MOVED = frozenset({"document_executed", "document_rejected"})


class RecallError(ClerkError):
    """The recall cannot be made or was not taken; the message says why and what to do."""


@dataclass(frozen=True)
class SignedRecall:
    """The recall's exact signed bytes and the signature over them."""

    recall_id: str
    document_id: str
    content: bytes
    signature: bytes


def can_recall(record: DocumentRecord) -> bool:
    return DocumentStatus(record.status) in RECALLABLE


def check_reason(text: str) -> Message | None:
    """None when the reason is given and short enough for the bank."""
    if not text.strip():
        return Message("Recall", QT_TRANSLATE_NOOP(
            "Recall", "Type why the document is recalled, e.g. a wrong amount or beneficiary: the bank keeps the reason with the recall."))
    if len(text.strip()) > MAX_REASON_LENGTH:
        return Message("Recall", QT_TRANSLATE_NOOP(
            "Recall", "The reason may have at most {limit} characters; it has {count}. Shorten it."),
            {"limit": MAX_REASON_LENGTH, "count": len(text.strip())})
    return None


def _not_recallable(record: DocumentRecord) -> RecallError:
    return RecallError(Message("Recall", QT_TRANSLATE_NOOP(
        "Recall", "Document {number} cannot be recalled: it is {status}. Only a document sent to the bank and not yet executed can be recalled."),
        {"number": record.order.number, "status": record.status.value}))


def recall_content(document_id: str, reason: str, recall_id: str | None = None) -> dict[str, str]:
    """The recall request the bank acts on, ready for canonical JSON."""
    return {"schema": RECALL_SCHEMA, "id": recall_id or str(uuid.uuid4()), "document_id": document_id,
            "reason": reason.strip()}


def sign_recall(record: DocumentRecord, reason: str, signer: Signer) -> SignedRecall:
    """Checks the reason and signs the recall of `record` (through the carrier's Signer for a carrier's key)."""
    if not can_recall(record):
        raise _not_recallable(record)
    problem = check_reason(reason)
    if problem is not None:
        raise RecallError(problem)
    content_dict = recall_content(record.id, reason)
    content = canonical_bytes(content_dict)
    return SignedRecall(content_dict["id"], record.id, content, sign_detached(content, signer))


def send_recall(api: BankApi, store: DocumentStore, signed: SignedRecall) -> DocumentRecord:
    """Sends the signed recall and records the bank's answer; BankError when the bank refuses.

    When the bank refuses because the document moved on (executed or rejected meanwhile), its
    present state is asked for and recorded before the refusal is raised, so the list shows it.
    A lost answer (BankUnreachableError) changes nothing here: sending the same recall again is
    harmless, the bank answers a recalled document's state.
    """
    body = {"content": base64.b64encode(signed.content).decode("ascii"),
            "signature": base64.b64encode(signed.signature).decode("ascii")}
    try:
        answer = api.request("POST", f"/documents/{signed.document_id}/recall", json=body)
    except BankUnreachableError:
        raise
    except BankError as exc:
        if exc.code in _STATE_MOVED:
            # The refusal below is what the clerk needs; the list catches up when polled.
            with contextlib.suppress(BankError, ClerkError):
                store.apply_state(signed.document_id, api.document_state(signed.document_id))
        raise
    try:
        state = document_state(answer)
    except (KeyError, TypeError, ValueError) as exc:
        raise RecallError(Message("Recall", QT_TRANSLATE_NOOP(
            "Recall", "The bank's answer to the recall could not be read. Refresh the list to see whether the document was recalled."))) from exc
    return store.apply_state(signed.document_id, state)

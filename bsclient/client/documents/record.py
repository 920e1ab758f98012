"""A document as the client keeps it: the order, where it stands, the signed bytes and signatures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.messages import QT_TRANSLATE_NOOP, Message


class DocumentStatus(StrEnum):
    """draft → signed → sent → accepted → executed, or rejected with the bank's reason."""

    DRAFT = "draft"
    SIGNED = "signed"
    SENT = "sent"
    ACCEPTED = "accepted"
    EXECUTED = "executed"
    REJECTED = "rejected"
    RECALLED = "recalled"  # by the company's signed recall, before the bank executed it
    AWAITING_SIGNATURE = "awaiting_signature"  # at the bank with a first signature, awaiting the second (R3.2)


# The word a clerk reads for each status (translated in the UI, context DocumentStatus).
STATUS_WORDS: dict[DocumentStatus, str] = {
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("DocumentStatus", "Draft"),
    DocumentStatus.SIGNED: QT_TRANSLATE_NOOP("DocumentStatus", "Signed"),
    DocumentStatus.SENT: QT_TRANSLATE_NOOP("DocumentStatus", "Sent"),
    DocumentStatus.ACCEPTED: QT_TRANSLATE_NOOP("DocumentStatus", "Accepted by the bank"),
    DocumentStatus.EXECUTED: QT_TRANSLATE_NOOP("DocumentStatus", "Executed"),
    DocumentStatus.REJECTED: QT_TRANSLATE_NOOP("DocumentStatus", "Rejected"),
    DocumentStatus.RECALLED: QT_TRANSLATE_NOOP("DocumentStatus", "Recalled"),
    DocumentStatus.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("DocumentStatus", "Awaiting the second signature"),
}


def status_word(status: DocumentStatus) -> Message:
    """The status as a word of a sentence, in the clerk's language when rendered."""
    return Message("DocumentStatus", STATUS_WORDS[status])


# Statuses only the bank's answer sets; once there, the document's bytes are final.
BANK_STATUSES = frozenset({DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED, DocumentStatus.REJECTED,
                           DocumentStatus.RECALLED, DocumentStatus.AWAITING_SIGNATURE})


@dataclass(frozen=True)
class ExecutedRate:
    """The rate the bank executed an exchange at: 1 `base` = `value` `quote` (a purchase or sale of currency)."""

    base: str
    quote: str
    value: str


@dataclass(frozen=True)
class DocumentRecord:
    """One stored document. `content` is the exact signed bytes (None while a draft)."""

    id: str
    order: PaymentOrder
    status: DocumentStatus
    reason: Message | None
    content: bytes | None
    signatures: list[bytes] = field(default_factory=list)
    signer_name: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    rate: ExecutedRate | None = None  # an executed exchange: the bank's rate

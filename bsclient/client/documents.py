"""A document as the client keeps it: the order, where it stands, the signed bytes and signatures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bsclient.messages import Message

from .payment_order import PaymentOrder


class DocumentStatus(StrEnum):
    """draft → signed → sent → accepted → executed, or rejected with the bank's reason."""

    DRAFT = "draft"
    SIGNED = "signed"
    SENT = "sent"
    ACCEPTED = "accepted"
    EXECUTED = "executed"
    REJECTED = "rejected"


# Statuses only the bank's answer sets; once there, the document's bytes are final.
BANK_STATUSES = frozenset({DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED, DocumentStatus.REJECTED})


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

"""Bringing the local store back from the bank, which keeps every document it received: each document of
the company with its exact bytes, signatures and state (GET /documents, page by page) goes into the store,
or brings the one there up to date. What the store holds that the bank never received (drafts, documents
signed but not sent) is named: those exist only on this computer. Calls the network; run it in the
background."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_api import BankApi, document_state

log = logging.getLogger(__name__)

PAGE = 200


@dataclass(frozen=True)
class BankDocument:
    """One document as the bank keeps it."""

    order: PaymentOrder
    content: bytes
    signatures: list[bytes]
    state: DocumentState


@dataclass(frozen=True)
class RestoreReport:
    added: int = 0  # documents the store did not hold, now there
    updated: int = 0  # documents the store held, whose state the bank's brought up to date
    unreadable: int = 0  # documents of the bank this client cannot read (a kind it does not know)
    never_reached: list[DocumentRecord] = field(default_factory=list)  # here only: drafts and unsent ones


def bank_documents(api: BankApi, *, page: int = PAGE) -> Iterator[BankDocument | None]:
    """Every document of the company the bank keeps, in the order it received them; None for one this
    client cannot read."""
    after: str | None = None
    while True:
        query = urlencode({"limit": page, **({"after": after} if after else {})})
        answer = api.request("GET", f"/documents?{query}")
        for item in answer["documents"]:
            yield _bank_document(item)
        after = answer.get("next")
        if not after:
            return


def _bank_document(item: dict[str, Any]) -> BankDocument | None:
    try:
        content = base64.b64decode(item["content"], validate=True)
        order = PaymentOrder.from_dict(json.loads(content.decode("utf-8")))
        signatures = [base64.b64decode(s, validate=True) for s in item["signatures"]]
        state = document_state(item)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        log.warning("a document of the bank cannot be read here: %s", type(exc).__name__)
        return None
    if order.id != state.id:
        return None
    return BankDocument(order, content, signatures, state)


def restore_from_bank(api: BankApi, store: DocumentStore) -> RestoreReport:
    """Puts every document the bank keeps into `store` (new ones as the bank has them, those already there
    brought up to date); then names what the store holds that the bank never received, and moves documents
    recorded as sent but unknown to the bank back to signed, so they can be sent again."""
    added = updated = unreadable = 0
    at_bank: set[str] = set()
    for document in bank_documents(api):
        if document is None:
            unreadable += 1
            continue
        at_bank.add(document.order.id)
        present = store.get(document.order.id)
        if present is None:
            store.add_from_bank(document.order, document.content, document.signatures, document.state)
            added += 1
        elif present.status != document.state.status and present.status in BANK_STATUSES | {
                DocumentStatus.SIGNED, DocumentStatus.SENT}:
            store.apply_state(present.id, document.state)
            updated += 1
    never_reached = []
    for record in store.list():
        if record.id in at_bank or record.status in BANK_STATUSES:
            continue
        never_reached.append(store.mark_not_sent(record.id) if record.status == DocumentStatus.SENT else record)
    return RestoreReport(added, updated, unreadable, never_reached)

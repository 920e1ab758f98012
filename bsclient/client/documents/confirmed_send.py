"""Sending a payment the bank wants confirmed with a one-time code (R8.5): the bank's 428 comes back as
a CodeNeeded value; the caller asks the clerk for the code and calls again with it."""

from __future__ import annotations

import base64

from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import send
from bsclient.client.session.access import CodeNeeded, code_needed
from bsclient.client.session.bank_api import BankApi, document_state
from bsclient.client.session.bank_errors import BankError, BankUnreachableError


def send_confirmable(api: BankApi, store: DocumentStore, doc_id: str, code: str | None = None) -> DocumentRecord | CodeNeeded:
    """workflow.send, whose answer may be CodeNeeded: call again with the code the clerk typed
    (or without one for a new code). Returns the DocumentRecord once the bank has the document."""
    try:
        if code is None:
            return send(api, store, doc_id)
        record = store.get(doc_id)
        if record is None or record.content is None:
            return send(api, store, doc_id)  # says why a document that is gone or unsigned is not sent
        body = {"content": base64.b64encode(record.content).decode("ascii"),
                "signatures": [base64.b64encode(s).decode("ascii") for s in record.signatures], "code": code}
        store.mark_sent(doc_id)
        try:
            answer = api.request("PUT", f"/documents/{doc_id}", json=body)
        except BankUnreachableError:
            raise  # the answer was lost: the document stays "sent", as workflow.send keeps it
        except BankError:
            store.mark_not_sent(doc_id)
            raise
        return store.apply_state(doc_id, document_state(answer))
    except BankError as exc:
        needed = code_needed(exc)
        if needed is None:
            raise
        return needed

"""Documents: receipt one by one or in a batch, their states, the second signature (R3.2, R3.3) and the
recall (document type 8)."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from refbank.access.payment_codes import confirm_payment
from refbank.api.call_journal import journal_in_route, journaled_by_route
from refbank.api.dependencies import Conn, CurrentUser, TheBank, client_address
from refbank.api.fields import DocumentIds, Id, Signature, Signatures
from refbank.documents.batch import receive_batch
from refbank.documents.recall import recall_document
from refbank.documents.receipt import document_state, parse_content, receive_document, visible_document
from refbank.documents.second_signature import awaiting_user, document_signatures, receive_signature
from refbank.errors import BankRefusal
from refbank.limits import CODE_MAX_LENGTH
from refbank.signed_content import decode_base64, not_base64

router = APIRouter()


class DocumentBody(BaseModel):
    content: str
    signatures: Signatures
    code: str | None = Field(default=None, max_length=CODE_MAX_LENGTH)  # R8.5: the one-time code, when the bank's rule asks for one


class StatesRequest(BaseModel):
    ids: DocumentIds


class RecallBody(BaseModel):
    content: str
    signature: Signature


class SignatureBody(BaseModel):
    signature: Signature


@router.put("/documents/{doc_id}")
def put_document(doc_id: Id, body: DocumentBody, *, request: Request, conn: Conn, user: CurrentUser,
                 bank: TheBank) -> JSONResponse:
    content = decode_base64(body.content, not_base64("malformed_document", "content"))
    signatures = [decode_base64(item, not_base64("malformed_document", "signatures")) for item in body.signatures]
    document = parse_content(doc_id, content)  # read once for both steps
    confirm_payment(conn, user, doc_id=doc_id, content=content, code=body.code, config=bank.config,
                    address=client_address(request), document=document)  # R8.5: 428 confirmation_required, or the code checked
    receipt = receive_document(
        conn, submitter=user, doc_id=doc_id, content=content, signatures=signatures,
        ca_certificate=bank.authority.certificate, own_bank_code=bank.own_bank_code,
        execution_delay=bank.config.execution_delay, horizon_days=bank.config.value_date_horizon_days,
        document=document,
    )
    if receipt.state["status"] == "accepted":
        bank.documents_accepted()
    return JSONResponse(receipt.state, status_code=receipt.status_code)


@router.get("/documents/{doc_id}")
def get_document(doc_id: Id, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    row = visible_document(conn, user, doc_id)
    if row is None:
        raise BankRefusal(404, "document_unknown", "The bank has no document with this id.", id=doc_id)
    return document_state(row)


@router.post("/documents/states")
def document_states(body: StatesRequest, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    rows = (visible_document(conn, user, doc_id) for doc_id in body.ids)
    return {"documents": [document_state(row) for row in rows if row is not None]}


@router.post("/documents:batch")
def batch(body: dict[str, Any], request: Request, conn: Conn, user: CurrentUser, bank: TheBank) -> JSONResponse:
    # The body as plain JSON: receive_batch checks each entry on its own (refbank/documents/batch.py).
    receipt = receive_batch(conn, user, body, config=bank.config, ca_certificate=bank.authority.certificate,
                            own_bank_code=bank.own_bank_code, address=client_address(request),
                            journal_line=lambda transaction: journal_in_route(transaction, request, user))
    journaled_by_route(request)  # committed with the documents
    if receipt.accepted:
        bank.documents_accepted()
    return JSONResponse({"documents": receipt.answers}, status_code=200)


@router.post("/documents/{doc_id}/recall")
def recall(doc_id: Id, body: RecallBody, conn: Conn, user: CurrentUser, bank: TheBank) -> JSONResponse:
    status, state = recall_document(
        conn, submitter=user, doc_id=doc_id,
        content=decode_base64(body.content, not_base64("malformed_recall", "content")),
        signature=decode_base64(body.signature, not_base64("malformed_recall", "signature")),
        ca_certificate=bank.authority.certificate)
    return JSONResponse(state, status_code=status)


@router.get("/awaiting-signature")
def awaiting_signature(conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return awaiting_user(conn, user)


@router.get("/documents/{doc_id}/signatures")
def signatures(doc_id: Id, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return document_signatures(conn, user, doc_id)


@router.post("/documents/{doc_id}/signatures")
def add_signature(doc_id: Id, body: SignatureBody, conn: Conn, user: CurrentUser, bank: TheBank) -> JSONResponse:
    status, state = receive_signature(
        conn, user=user, doc_id=doc_id,
        cms_der=decode_base64(body.signature,
                              BankRefusal(400, "malformed_signature", "The signature is not valid base64.")),
        ca_certificate=bank.authority.certificate, own_bank_code=bank.own_bank_code,
        execution_delay=bank.config.execution_delay, horizon_days=bank.config.value_date_horizon_days)
    if state["status"] == "accepted":
        bank.documents_accepted()
    return JSONResponse(state, status_code=status)

"""Bank mail (R1.9, docs/wire-protocol.md "Bank mail"): the company's letters, read marks, attachments,
and a signed letter to the bank."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from refbank.api.dependencies import Conn, CurrentUser, TheBank
from refbank.api.fields import AttachmentIndex, Id, Signature
from refbank.mail import (
    MailLimits,
    attachment_body,
    letter_detail,
    list_letters,
    mark_read,
    receive_letter,
    unread_count,
)
from refbank.signed_content import decode_base64, not_base64

router = APIRouter()


class LetterBody(BaseModel):
    content: str
    signature: Signature
    attachments: list[str] = []


# Fixed paths first: /mail/unread must not be taken for a letter id.
@router.get("/mail/limits")
def mail_limits(user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    return MailLimits.of(bank.config).to_wire()


@router.get("/mail/unread")
def mail_unread(conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return {"unread": unread_count(conn, user)}


@router.get("/mail")
def mail_list(conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return list_letters(conn, user)


@router.get("/mail/{letter_id}")
def mail_letter(letter_id: Id, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return letter_detail(conn, user, letter_id)


@router.get("/mail/{letter_id}/attachments/{index}")
def mail_attachment(letter_id: Id, index: AttachmentIndex, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return attachment_body(conn, user, letter_id, index)


@router.post("/mail/{letter_id}/read")
def mail_read(letter_id: Id, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return mark_read(conn, user, letter_id)


@router.put("/mail/{letter_id}")
def mail_send(letter_id: Id, body: LetterBody, conn: Conn, user: CurrentUser, bank: TheBank) -> JSONResponse:
    receipt = receive_letter(
        conn, submitter=user, letter_id=letter_id,
        content=decode_base64(body.content, not_base64("malformed_letter", "content")),
        signature=decode_base64(body.signature, not_base64("malformed_letter", "signature")),
        attachments=[decode_base64(item, not_base64("malformed_letter", "attachments")) for item in body.attachments],
        ca_certificate=bank.authority.certificate, limits=MailLimits.of(bank.config))
    return JSONResponse(receipt.letter, status_code=receipt.status_code)

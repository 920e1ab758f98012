"""The bank mail routes under /api/v1/mail (docs/wire-protocol.md, "Bank mail")."""

import base64
import binascii
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from refbank.errors import BankRefusal
from refbank.mail import (
    MailLimits,
    attachment_body,
    letter_detail,
    list_letters,
    mark_read,
    receive_letter,
    unread_count,
)

# No `from __future__ import annotations`: FastAPI reads the Conn and CurrentUser aliases at run time.


class LetterBody(BaseModel):
    content: str
    signature: str
    attachments: list[str] = []


def _decode(text: str, field: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BankRefusal(400, "malformed_letter", "The {field} is not valid base64.", field=field) from exc


def install_mail_routes(app: FastAPI, bank: Any, prefix: str, Conn: Any, CurrentUser: Any) -> None:  # noqa: N803
    """Adds the mail routes; `Conn` and `CurrentUser` are the app's dependency aliases."""
    limits = MailLimits(bank.config.mail_attachment_max_bytes, bank.config.mail_letter_max_bytes)

    # Fixed paths first: /mail/unread must not be taken for a letter id.
    @app.get(prefix + "/mail/limits")
    def mail_limits(user: CurrentUser) -> dict[str, Any]:
        return limits.to_wire()

    @app.get(prefix + "/mail/unread")
    def mail_unread(conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return {"unread": unread_count(conn, user)}

    @app.get(prefix + "/mail")
    def mail_list(conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return list_letters(conn, user)

    @app.get(prefix + "/mail/{letter_id}")
    def mail_letter(letter_id: str, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return letter_detail(conn, user, letter_id)

    @app.get(prefix + "/mail/{letter_id}/attachments/{index}")
    def mail_attachment(letter_id: str, index: int, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return attachment_body(conn, user, letter_id, index)

    @app.post(prefix + "/mail/{letter_id}/read")
    def mail_read(letter_id: str, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return mark_read(conn, user, letter_id)

    @app.put(prefix + "/mail/{letter_id}")
    def mail_send(letter_id: str, body: LetterBody, conn: Conn, user: CurrentUser) -> JSONResponse:
        receipt = receive_letter(
            conn, submitter=user, letter_id=letter_id, content=_decode(body.content, "content"),
            signature=_decode(body.signature, "signature"),
            attachments=[_decode(item, "attachments") for item in body.attachments],
            ca_certificate=bank.authority.certificate, limits=limits)
        return JSONResponse(receipt.letter, status_code=receipt.status_code)

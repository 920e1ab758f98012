"""Access and self-service: the password policy and the change of password (R5.5, R8.1), blocking one's
own access (R6.4, R6.5), one's journal (R8.7), and unlocking a client locked after inactivity."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from refbank.access.journal import own_journal
from refbank.access.login import block_self
from refbank.access.passwords import change_password, policy_answer
from refbank.access.unlock import unlock_session
from refbank.api.dependencies import Conn, CurrentUser, TheBank, client_address
from refbank.limits import CODE_MAX_LENGTH, PASSWORD_MAX_LENGTH

router = APIRouter()


class PasswordChangeBody(BaseModel):
    current: str = Field(max_length=PASSWORD_MAX_LENGTH)
    new: str = Field(max_length=PASSWORD_MAX_LENGTH)
    code: str | None = Field(default=None, max_length=CODE_MAX_LENGTH)


class UnlockBody(BaseModel):
    password: str = Field(max_length=PASSWORD_MAX_LENGTH)


@router.get("/password-policy")
def password_policy(conn: Conn, user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    return policy_answer(conn, user, bank.config)


@router.post("/password")
def password(body: PasswordChangeBody, request: Request, conn: Conn, user: CurrentUser, bank: TheBank) -> Any:
    return change_password(conn, user, current=body.current, new=body.new, code=body.code,
                           config=bank.config, address=client_address(request))


@router.post("/access/block", status_code=204)
def block_my_access(request: Request, conn: Conn, user: CurrentUser) -> Response:
    block_self(conn, user, client_address(request))
    return Response(status_code=204)


@router.get("/journal")
def my_journal(conn: Conn, user: CurrentUser, reads: bool = False, limit: int = 500) -> dict[str, Any]:
    return {"entries": own_journal(conn, user, reads=reads, limit=max(1, min(limit, 5000)))}


@router.post("/session/unlock")
def unlock(body: UnlockBody, request: Request, conn: Conn, user: CurrentUser, bank: TheBank) -> dict[str, Any]:
    unlock_session(conn, user, body.password, config=bank.config, address=client_address(request),
                   limits=bank.login_limits)
    return {"unlocked": True}

"""Self-service routes of issue 3: unlock a locked client (password again), "my key is compromised"
(revoke now, then a new key's request that waits for the bank's approval)."""

from typing import Any

from fastapi import FastAPI, Request
from pydantic import BaseModel

from refbank.access_api import client_address
from refbank.revocation import request_replacement, revoke_own_certificate
from refbank.session_unlock import unlock_session

# No `from __future__ import annotations`: FastAPI reads the Conn and CurrentUser aliases at run time.


class UnlockBody(BaseModel):
    password: str


class RevokeBody(BaseModel):
    serial: str


class ReplacementBody(BaseModel):
    csr_pem: str


def install_selfservice_routes(app: FastAPI, bank: Any, prefix: str, Conn: Any, CurrentUser: Any) -> None:  # noqa: N803
    @app.post(prefix + "/session/unlock")
    def unlock(body: UnlockBody, request: Request, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        unlock_session(conn, user, body.password, config=bank.config, address=client_address(request))
        return {"unlocked": True}

    @app.post(prefix + "/certificates/revoke")
    def revoke(body: RevokeBody, request: Request, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        done = revoke_own_certificate(conn, user, body.serial, address=client_address(request))
        return {"serial": done.serial, "revoked_at": done.revoked_at, "already": done.already}

    @app.post(prefix + "/certificates/replacement", status_code=201)
    def replacement(body: ReplacementBody, request: Request, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return request_replacement(conn, user, body.csr_pem, authority=bank.authority,
                                   address=client_address(request))

"""The access routes (password, policy, self-block, journal) and the journal of every call (R8.7)."""

import hashlib
from typing import Any

from fastapi import FastAPI, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from refbank.access import block_self, change_password, journal, own_journal, policy_answer

# No `from __future__ import annotations`: FastAPI reads the Conn and CurrentUser aliases at run time.


class PasswordChangeBody(BaseModel):
    current: str
    new: str
    code: str | None = None


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def install_access_routes(app: FastAPI, bank: Any, prefix: str, Conn: Any, CurrentUser: Any) -> None:  # noqa: N803
    @app.get(prefix + "/password-policy")
    def password_policy(conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return policy_answer(conn, user, bank.config)

    @app.post(prefix + "/password")
    def password(body: PasswordChangeBody, request: Request, conn: Conn, user: CurrentUser) -> Any:
        answer = change_password(conn, user, current=body.current, new=body.new, code=body.code,
                                 config=bank.config, address=client_address(request))
        return answer

    @app.post(prefix + "/access/block", status_code=204)
    def block_my_access(request: Request, conn: Conn, user: CurrentUser) -> Response:
        block_self(conn, user, client_address(request))
        return Response(status_code=204)

    @app.get(prefix + "/journal")
    def my_journal(conn: Conn, user: CurrentUser, reads: bool = False, limit: int = 500) -> dict[str, Any]:
        return {"entries": own_journal(conn, user, reads=reads, limit=max(1, min(limit, 5000)))}

    _journal_every_call(app, bank, prefix)


_EXPLICIT = ("POST /session", "POST /password", "POST /access/block",  # journaled where they happen
             "POST /session/unlock", "POST /certificates/revoke", "POST /certificates/replacement",
             "POST /session/proof", "POST /session/code")  # refbank/login_proof.py journals these


def _journal_every_call(app: FastAPI, bank: Any, prefix: str) -> None:
    @app.middleware("http")
    async def record(request: Request, call_next: Any) -> Any:
        token = request.headers.get("authorization", "").partition(" ")[2].strip()
        user = await run_in_threadpool(_session_user, bank, token) if token else None
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", request.url.path).removeprefix(prefix)
        action = f"{request.method} {path}"
        if user is not None and action not in _EXPLICIT:
            outcome = "ok" if response.status_code < 400 else f"http_{response.status_code}"
            await run_in_threadpool(_write, bank, user, client_address(request), action, outcome)
        return response


def _session_user(bank: Any, token: str) -> tuple[int, str] | None:
    with bank.database.connection() as conn:
        row = conn.execute("SELECT u.id, u.login FROM sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.token_hash = ?", (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
    return (row[0], row[1]) if row else None


def _write(bank: Any, user: tuple[int, str], address: str, action: str, outcome: str) -> None:
    with bank.database.connection() as conn:
        journal(conn, user_id=user[0], login=user[1], address=address, action=action, outcome=outcome)

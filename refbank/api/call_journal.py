"""Every call of a logged-in user goes into the users' journal (R8.7), except the calls whose routes
journal themselves with a finer outcome."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from refbank.access.journal import journal
from refbank.api.dependencies import PREFIX, Bank, client_address

EXPLICIT = ("POST /session", "POST /password", "POST /access/block",  # journaled where they happen
            "POST /session/unlock", "POST /certificates/revoke", "POST /certificates/replacement",
            "POST /session/proof", "POST /session/code")  # refbank/access/login_proof.py journals these


async def journal_every_call(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """The HTTP middleware: the call's route and outcome, written after the answer is made."""
    bank: Bank = request.app.state.bank
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    user = await run_in_threadpool(_session_user, bank, token) if token else None
    response = await call_next(request)
    route = request.scope.get("route")
    path = getattr(route, "path", request.url.path).removeprefix(PREFIX)
    action = f"{request.method} {path}"
    if user is not None and action not in EXPLICIT:
        outcome = "ok" if response.status_code < 400 else f"http_{response.status_code}"
        await run_in_threadpool(_write, bank, user, client_address(request), action, outcome)
    return response


def _session_user(bank: Bank, token: str) -> tuple[int, str] | None:
    with bank.database.connection() as conn:
        row = conn.execute("SELECT u.id, u.login FROM sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.token_hash = ?", (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
    return (row[0], row[1]) if row else None


def _write(bank: Bank, user: tuple[int, str], address: str, action: str, outcome: str) -> None:
    with bank.database.connection() as conn:
        journal(conn, user_id=user[0], login=user[1], address=address, action=action, outcome=outcome)

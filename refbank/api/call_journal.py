"""Every call of a logged-in user goes into the users' journal (R8.7), except the calls whose routes
journal themselves with a finer outcome, and a call whose route wrote the journal's line itself inside
its own transaction (`journaled_by_route`: the batch of documents, whose line is then committed with the
documents it received, without a write transaction of its own waiting behind the other requests')."""

from __future__ import annotations

import hashlib
import sqlite3

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from refbank.access.journal import journal
from refbank.access.users import User
from refbank.api.dependencies import PREFIX, Bank

EXPLICIT = ("POST /session", "POST /password", "POST /access/block",  # journaled where they happen
            "POST /session/unlock", "POST /certificates/revoke", "POST /certificates/replacement",
            "POST /session/proof", "POST /session/code")  # refbank/access/login_proof.py journals these
_JOURNALED_BY_ROUTE = "journaled_by_route"  # the request's state: the route wrote the call's line


def journal_in_route(conn: sqlite3.Connection, request: Request, user: User) -> None:
    """The call's journal line as CallJournal writes it for a call answered "ok", written by its route in
    the route's own transaction (`conn`); call `journaled_by_route` once that transaction is committed."""
    journal(conn, user_id=user.id, login=user.login, address=_address(request), action=_action(request),
            outcome="ok")


def journaled_by_route(request: Request) -> None:
    """The route's own transaction holds the call's journal line (journal_in_route): CallJournal writes none."""
    setattr(request.state, _JOURNALED_BY_ROUTE, True)


class CallJournal:
    """ASGI middleware: the call's route and outcome, written once the answer is made and before its end
    leaves (a next call already finds it). Plain ASGI, not Starlette's BaseHTTPMiddleware, whose streams
    around each answer cost the bank a fraction of a millisecond a call."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        bank: Bank = scope["app"].state.bank
        request = Request(scope)
        token = request.headers.get("authorization", "").partition(" ")[2].strip()
        user = await run_in_threadpool(_session_user, bank, token) if token else None
        if user is None:
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_after_journal(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                await self._journal(bank, request, user, status)
            await send(message)

        await self.app(scope, receive, send_after_journal)

    @staticmethod
    async def _journal(bank: Bank, request: Request, user: tuple[int, str], status: int) -> None:
        action = _action(request)
        if action in EXPLICIT or getattr(request.state, _JOURNALED_BY_ROUTE, False):
            return
        outcome = "ok" if status < 400 else f"http_{status}"
        await run_in_threadpool(_write, bank, user, _address(request), action, outcome)


def _action(request: Request) -> str:
    """The call as the journal names it: its method and its route's path ("PUT /documents/{doc_id}")."""
    route = request.scope.get("route")
    return f"{request.method} {getattr(route, 'path', request.url.path).removeprefix(PREFIX)}"


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _session_user(bank: Bank, token: str) -> tuple[int, str] | None:
    with bank.database.connection() as conn:
        row = conn.execute("SELECT u.id, u.login FROM sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.token_hash = ?", (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()
    return (row[0], row[1]) if row else None


def _write(bank: Bank, user: tuple[int, str], address: str, action: str, outcome: str) -> None:
    with bank.database.connection() as conn:
        journal(conn, user_id=user[0], login=user[1], address=address, action=action, outcome=outcome)

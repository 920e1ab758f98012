"""What every route may ask for: the bank, a database connection, the user of the session, the caller's
address. The bank is handed to the application once (`app.state.bank`), never kept in a global."""

# No `from __future__ import annotations`: FastAPI resolves the Annotated aliases (Conn, CurrentUser)
# at run time, which string annotations would hide from it.
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from refbank.access.login import refuse_until_password_changed
from refbank.access.login_limits import LoginLimits
from refbank.access.login_proof import refuse_until_second_factor
from refbank.access.sessions import session_user
from refbank.access.users import User
from refbank.config import BankConfig
from refbank.db import Database
from refbank.documents.execution import Executor
from refbank.pki.ca import CertificateAuthority

PREFIX = "/api/v1"


@dataclass
class Bank:
    """Everything the API needs, handed in (no globals)."""

    database: Database
    config: BankConfig
    authority: CertificateAuthority
    own_bank_code: str
    executor: Executor | None = None
    login_limits: LoginLimits = field(init=False)  # in memory, for the process's life

    def __post_init__(self) -> None:
        self.login_limits = LoginLimits(self.config.login_failures_per_address)

    @property
    def data_dir(self) -> Path:
        """The bank's folder: where the operator publishes rates and directories."""
        return Path(self.database.path).parent

    def documents_accepted(self) -> None:
        """Documents were accepted: the executor looks again at what is due."""
        if self.executor is not None:
            self.executor.wake()


async def the_bank(request: Request) -> Bank:
    """`async`, as it waits for nothing: FastAPI runs a plain `def` dependency on its thread pool, a
    hand-over there and back (about 0.2 ms of the bank's time) for one attribute."""
    bank: Bank = request.app.state.bank
    return bank


TheBank = Annotated[Bank, Depends(the_bank)]


async def connection(bank: TheBank) -> AsyncIterator[sqlite3.Connection]:
    """The request's connection: an idle one when there is one (no hand-over to the thread pool, as for
    a plain `def` dependency, before and after the route), else opened on the pool."""
    database = bank.database
    conn = database.idle_connection()
    if conn is None:
        conn = await run_in_threadpool(database.connect)
    try:
        yield conn
    finally:
        if conn.in_transaction:  # a failure left it open: the rollback may wait for the database
            await run_in_threadpool(database.keep, conn)
        else:
            database.keep(conn)


Conn = Annotated[sqlite3.Connection, Depends(connection)]


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def current_user(request: Request, conn: Conn, bank: TheBank,
                 authorization: Annotated[str | None, Header()] = None) -> User:
    """The user of a live session that may call this path: its password changed when due (R5.5) and its
    second factor given (R8.2); the refusal otherwise."""
    user = session_user(conn, bearer_token(authorization), bank.config.session_idle_minutes,
                        bank.config.session_max_minutes)
    refuse_until_password_changed(conn, user, request.url.path, bank.config)
    refuse_until_second_factor(conn, bearer_token(authorization), request.url.path)
    return user


CurrentUser = Annotated[User, Depends(current_user)]
Authorization = Annotated[str | None, Header()]


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""

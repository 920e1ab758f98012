"""The company's accounts and their statements (docs/wire-protocol.md, "Statements")."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from refbank.api.dependencies import Conn, CurrentUser
from refbank.statements.accounts import company_accounts
from refbank.statements.pages import statement_json, statement_page

router = APIRouter()


@router.get("/accounts")
def accounts(conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return {"accounts": company_accounts(conn, user)}


@router.get("/accounts/{iban}/statement")
def statement(iban: str, *, conn: Conn, user: CurrentUser,
              date_from: Annotated[str | None, Query(alias="from")] = None,
              date_to: Annotated[str | None, Query(alias="to")] = None,
              after: str | None = None, limit: int | None = None) -> Response:
    page = statement_page(conn, user, iban, date_from=date_from, date_to=date_to, after=after, limit=limit)
    return Response(statement_json(page), media_type="application/json")

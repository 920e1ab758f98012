"""The company's documents as the bank keeps them, for a client restoring its local store."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter

from refbank.api.dependencies import Conn, CurrentUser
from refbank.documents.archive import company_documents

router = APIRouter()


@router.get("/documents")
def documents(conn: Conn, user: CurrentUser, after: str | None = None, limit: str | None = None) -> dict[str, Any]:
    return company_documents(conn, user, after=after, limit=limit)

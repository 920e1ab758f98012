"""The company's documents as the bank keeps them, page by page (docs/wire-protocol.md, "The company's
documents"): every document it received with its exact bytes, signatures and state, so a client that
lost its local store can rebuild it."""

from __future__ import annotations

import base64
import re
import sqlite3
from typing import Any

from refbank.access.users import User
from refbank.documents.receipt import document_state
from refbank.errors import BankRefusal

DEFAULT_LIMIT = 200
MAX_LIMIT = 500
_CURSOR = re.compile(r"^[1-9]\d{0,17}$")  # the last document's row number, as the bank gave it


def _cursor(after: str | None) -> int:
    if after is None or after == "":
        return 0
    if _CURSOR.match(after) is None:
        raise BankRefusal(400, "invalid_cursor", "The documents cursor {after} is not one this bank gave.",
                          after=after[:40])
    return int(after)


def _limit(limit: str | None) -> int:
    if limit is None or limit == "":
        return DEFAULT_LIMIT
    if not limit.isascii() or not limit.isdigit() or not 1 <= int(limit[:6]) <= MAX_LIMIT:
        raise BankRefusal(400, "invalid_limit", "A page holds 1 to {max} documents; {limit} is not that.",
                          max=MAX_LIMIT, limit=limit[:20])
    return int(limit)


def company_documents(conn: sqlite3.Connection, user: User, *, after: str | None,
                      limit: str | None) -> dict[str, Any]:
    """One page of the documents the user's company sent or pays, in the order the bank received them."""
    start, count = _cursor(after), _limit(limit)
    rows = conn.execute(
        "SELECT documents.rowid AS number, documents.* FROM documents JOIN users ON users.id = documents.submitted_by "
        "WHERE documents.rowid > ? AND (documents.company_id = ? OR users.company_id = ?) "
        "ORDER BY documents.rowid LIMIT ?", (start, user.company_id, user.company_id, count + 1)).fetchall()
    page, more = rows[:count], len(rows) > count
    signatures: dict[str, list[str]] = {}
    if page:
        ids = [row["id"] for row in page]
        for doc_id, cms in conn.execute(
                f"SELECT document_id, cms_der FROM signatures WHERE document_id IN ({','.join('?' * len(ids))}) "
                "ORDER BY document_id, idx", ids):
            signatures.setdefault(doc_id, []).append(base64.b64encode(cms).decode("ascii"))
    documents = [{**document_state(row), "content": base64.b64encode(row["content"]).decode("ascii"),
                  "signatures": signatures.get(row["id"], [])} for row in page]
    return {"documents": documents, "next": str(page[-1]["number"]) if more else None}

"""The accounts of a user's company, as the wire lists them."""

from __future__ import annotations

import sqlite3
from typing import Any

from refbank.access.users import User
from refbank.db import from_tiyn


def company_accounts(conn: sqlite3.Connection, user: User) -> list[dict[str, Any]]:
    """The company's accounts: tenge first, then by IIK, with balance and available amount."""
    rows = conn.execute("SELECT * FROM accounts WHERE company_id = ? ORDER BY currency DESC, iban",
                        (user.company_id,)).fetchall()
    return [{"iban": row["iban"], "currency": row["currency"], "balance": from_tiyn(row["balance"]),
             "available": from_tiyn(row["available"]), "title": row["title"]} for row in rows]

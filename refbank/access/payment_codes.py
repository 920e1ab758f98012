"""Payments confirmed with a one-time code (R8.5): the bank's rule for which payments need one, and the
check before a payment is received."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal, InvalidOperation
from typing import Any

from refbank.access.codes import check_code, send_code
from refbank.access.journal import journal
from refbank.access.users import User
from refbank.config import BankConfig
from refbank.documents.receipt import parse_content
from refbank.errors import BankRefusal
from refbank.kinds import bank_dir_of
from refbank.rates import load_rates


def tenge_equivalent(conn: sqlite3.Connection, amount: Decimal, currency: str) -> Decimal | None:
    """`amount` of `currency` in tenge at the bank's middle rate now (refbank/rates.py: half-way between
    buy and sell, as the currency-control threshold counts, bsclient/rules/foreign.py); None when the bank
    quotes no rate for `currency`. A tenge amount is itself."""
    code = currency.strip().upper()
    if code in ("", "KZT"):
        return amount
    middle = load_rates(bank_dir_of(conn)).middle().get(code)
    return amount * middle if middle is not None else None


def payment_needs_code(conn: sqlite3.Connection, user: User, document: dict[str, Any], config: BankConfig) -> bool:
    """The bank's rule: above `code_above_amount` (tenge; a document in another currency by its
    tenge equivalent, see tenge_equivalent), or (`code_new_beneficiary`) to an account the
    company has never paid before."""
    try:
        amount = Decimal(str(document.get("amount")))
    except (InvalidOperation, ValueError):
        return False  # the document's own checks refuse it
    if config.code_above_amount:
        tenge = tenge_equivalent(conn, amount, str(document.get("currency") or "KZT"))
        if tenge is None or tenge > Decimal(config.code_above_amount):
            return True  # a currency the bank quotes no rate for: its size is unknown, so a code
    given = document.get("beneficiary")
    beneficiary: dict[str, Any] = given if isinstance(given, dict) else {}
    if config.code_new_beneficiary and beneficiary.get("iban"):
        paid = conn.execute("SELECT 1 FROM documents WHERE company_id = ? AND beneficiary_iban = ? "
                            "AND status IN ('accepted', 'executed') LIMIT 1",
                            (user.company_id, beneficiary["iban"])).fetchone()
        return paid is None
    return False


def confirm_payment(conn: sqlite3.Connection, user: User, *, doc_id: str, content: bytes, code: str | None,
                    config: BankConfig, address: str, document: dict[str, Any] | None = None) -> None:
    """Before a payment is received: if the rule wants a code, send one (428 confirmation_required,
    nothing stored) or check the one given. A document the bank already holds is not asked again.
    `document` is parse_content's reading of `content` when the caller has it."""
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None:
        return
    if not payment_needs_code(conn, user, document if document is not None else parse_content(doc_id, content), config):
        return
    subject = hashlib.sha256(content).hexdigest()  # the code confirms these exact bytes
    if code is None:
        sent = send_code(conn, user, purpose="payment", subject=subject, config=config)
        journal(conn, user_id=user.id, login=user.login, address=address, action="payment_code", outcome="ok")
        raise BankRefusal(428, "confirmation_required",
                          "The bank sent a one-time code to {sent_to}; send the document again with it.", **sent)
    check_code(conn, user, purpose="payment", subject=subject, code=code, config=config)

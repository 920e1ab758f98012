"""The bank's side of a payment in foreign currency and of a purchase/sale of currency (issue 4,
types 6 and 7): the checks at receipt (the client's pure rules, bsclient/rules/foreign.py
and exchange.py, against the bank's accounts and rates), and an exchange's execution at the bank's
rate of that moment, which the document's state then names ("rate" on the wire).

A payment abroad executes like any payment to another bank (refbank/execution.py): the foreign
account is debited and the money leaves for the correspondent bank. Charges are not booked.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from typing import Any

from bsclient.rules.exchange import CREDIT, HOME_CURRENCY, exchange_problems, foreign_currency, legs, operation_of
from bsclient.rules.foreign import foreign_problems
from bsclient.rules.kinds import EXCHANGE, FOREIGN, KIND_OF_SCHEMA, SCHEMAS
from refbank.db import from_tiyn, to_tiyn
from refbank.errors import DocumentRejected, Reason
from refbank.rates import load_rates
from refbank.rules import invalid_field

EXCHANGE_SCHEMA = SCHEMAS[EXCHANGE]
CURRENCY_SCHEMAS = (SCHEMAS[FOREIGN], EXCHANGE_SCHEMA)
RATE_COLUMN = "executed_rate"  # documents.executed_rate: JSON {"base", "quote", "value"} of an executed exchange


def _block(document: dict[str, Any], key: str) -> dict[str, str]:
    block = document.get(key)
    if not isinstance(block, dict) or not all(isinstance(v, str) for v in block.values()):
        raise invalid_field(key, "missing, or not an object of strings")
    return block


def _first(problems: dict[str, Any]) -> None:
    if problems:
        path, message = next(iter(problems.items()))
        raise invalid_field(path, str(message))


def check_currency_document(conn: sqlite3.Connection, document: dict[str, Any]) -> None:
    """DocumentRejected for the first rule of a foreign payment or an exchange the document breaks."""
    from refbank.kinds import bank_dir_of  # the kinds' module dispatches here

    kind = KIND_OF_SCHEMA.get(document.get("schema", ""))
    rates = load_rates(bank_dir_of(conn))
    if kind == FOREIGN:
        _first(foreign_problems(currency=document["currency"], amount=document["amount"],
                                beneficiary=document["beneficiary"], details=_block(document, "foreign"),
                                purpose=document["purpose"], rates=rates.middle()))
    elif kind == EXCHANGE:
        _check_exchange(conn, document, _block(document, "exchange"), rates)


def _check_exchange(conn: sqlite3.Connection, document: dict[str, Any], exchange: dict[str, str], rates: Any) -> None:
    payer = conn.execute("SELECT company_id FROM accounts WHERE iban = ?", (document["payer"]["iban"],)).fetchone()
    credit = conn.execute("SELECT company_id, currency FROM accounts WHERE iban = ?",
                          (document["beneficiary"]["iban"],)).fetchone()
    if credit is None or payer is None or credit["company_id"] != payer["company_id"]:
        raise invalid_field("beneficiary.iban", "the credit account is not an account of the payer's company at this bank")
    if exchange.get("credit_currency") != credit["currency"]:
        raise invalid_field("exchange.credit_currency", f"the credit account is in {credit['currency']}")
    _first(exchange_problems(operation=exchange.get("operation", ""), fixed=exchange.get("fixed", ""),
                             debit_currency=document["currency"], credit_currency=credit["currency"],
                             payer_iban=document["payer"]["iban"], credit_iban=document["beneficiary"]["iban"],
                             credit_amount=exchange.get("credit_amount", ""), purpose=document["purpose"]))
    operation = exchange["operation"]
    currency = foreign_currency(operation, document["currency"], credit["currency"])
    if rates.rate(operation, currency) is None:
        raise DocumentRejected("rate_unavailable", "The bank does not quote {currency} today.", currency=currency)


def ensure_rate_column(conn: sqlite3.Connection) -> None:
    """Give a bank made before types 6 and 7 the column for the rate an exchange was executed at."""
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(documents)")}
    if RATE_COLUMN not in columns:
        conn.execute(f"ALTER TABLE documents ADD COLUMN {RATE_COLUMN} TEXT")


def executed_rate(row: sqlite3.Row) -> dict[str, str] | None:
    """The wire's "rate" of a document's state: the rate an executed exchange used, else None."""
    text = row[RATE_COLUMN] if RATE_COLUMN in row.keys() else None
    return json.loads(text) if text else None


def execute_exchange(conn: sqlite3.Connection, row: sqlite3.Row, booked_at: str, booked_on: str) -> None:
    """Book an accepted exchange at the bank's rate now (inside the executor's write transaction):
    the debit account gives the debit, the credit account receives the credit, the document keeps
    the rate. When the rate moved so far that the debit exceeds what the account holds, the exchange
    is rejected and the hold released."""
    from refbank.kinds import bank_dir_of

    ensure_rate_column(conn)
    document = json.loads(row["content"])
    exchange = document["exchange"]
    credit_iban, debit_iban = document["beneficiary"]["iban"], document["payer"]["iban"]
    credit_currency = exchange["credit_currency"]
    operation = operation_of(document["currency"], credit_currency) or exchange["operation"]
    currency = foreign_currency(operation, document["currency"], credit_currency)
    rate = load_rates(bank_dir_of(conn)).rate(operation, currency)
    held = row["amount"]
    account = conn.execute("SELECT available FROM accounts WHERE iban = ?", (debit_iban,)).fetchone()
    if rate is None:
        _reject(conn, row["id"], debit_iban, held, Reason("rate_unavailable", f"The bank does not quote {currency} today.",
                                                           {"currency": currency}))
        return
    credit_amount = Decimal(exchange["credit_amount"]) if exchange["fixed"] == CREDIT else Decimal(0)
    debit, credit = legs(exchange["fixed"], Decimal(document["amount"]), credit_amount, operation, rate)
    debit_tiyn, credit_tiyn = to_tiyn(debit), to_tiyn(credit)
    if debit_tiyn - held > account["available"]:
        _reject(conn, row["id"], debit_iban, held, Reason(
            "insufficient_funds_at_rate", f"At the bank's rate of {rate:.2f} the debit is {debit:.2f}, more than the account holds.",
            {"rate": f"{rate:.2f}", "amount": f"{debit:.2f}", "available": from_tiyn(account["available"] + held)}))
        return
    conn.execute("UPDATE accounts SET balance = balance - ?, available = available + ? - ? WHERE iban = ?",
                 (debit_tiyn, held, debit_tiyn, debit_iban))
    conn.execute("UPDATE accounts SET balance = balance + ?, available = available + ? WHERE iban = ?",
                 (credit_tiyn, credit_tiyn, credit_iban))
    conn.executemany("INSERT INTO postings (iban, document_id, amount, booked_at, booked_on) VALUES (?, ?, ?, ?, ?)",
                     [(debit_iban, row["id"], -debit_tiyn, booked_at, booked_on),
                      (credit_iban, row["id"], credit_tiyn, booked_at, booked_on)])
    used = {"base": currency, "quote": HOME_CURRENCY, "value": f"{rate:.2f}"}
    conn.execute(f"UPDATE documents SET status = 'executed', executed_at = ?, {RATE_COLUMN} = ? WHERE id = ?",
                 (booked_at, json.dumps(used), row["id"]))


def _reject(conn: sqlite3.Connection, doc_id: str, debit_iban: str, held: int, reason: Reason) -> None:
    conn.execute("UPDATE accounts SET available = available + ? WHERE iban = ?", (held, debit_iban))
    conn.execute("UPDATE documents SET status = 'rejected', reason_code = ?, reason_message = ?, reason_params = ? "
                 "WHERE id = ?", (reason.code, reason.message, json.dumps(reason.params), doc_id))

"""The bank's side of a payment in foreign currency and of a purchase/sale of currency: the checks
at receipt (the kinds' own rules from the client's registry of kinds, bsclient/rules/kinds/foreign.py
and exchange.py, against the bank's accounts and rates), and an exchange's execution at the bank's
rate of that moment, which the document's state then names ("rate" on the wire).

A payment abroad executes like any payment to another bank (refbank/documents/execution.py): the foreign
account is debited and the money leaves for the correspondent bank. Charges are not booked.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from typing import Any

from bsclient.rules.exchange import CREDIT, HOME_CURRENCY, Rates, foreign_currency, legs, operation_of
from bsclient.rules.kinds.exchange import EXCHANGE
from bsclient.rules.kinds.foreign import FOREIGN
from bsclient.rules.kinds.kind import DocumentKind
from refbank.bank_folder import bank_dir_of
from refbank.db import from_tiyn, to_tiyn
from refbank.errors import DocumentRejected, Reason
from refbank.rates import load_rates
from refbank.rules import invalid_field

EXCHANGE_SCHEMA = EXCHANGE.schema
CURRENCY_SCHEMAS = (FOREIGN.schema, EXCHANGE_SCHEMA)
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


def check_currency_document(conn: sqlite3.Connection, document: dict[str, Any], kind: DocumentKind) -> None:
    """DocumentRejected for the first rule of a foreign payment or an exchange the document breaks."""
    rates = load_rates(bank_dir_of(conn))
    if kind is EXCHANGE:
        exchange = _block(document, "exchange")
        _check_accounts(conn, document, exchange)
    else:
        _block(document, "foreign")
    if kind.content_rules is not None:
        _first(kind.content_rules(document, None, rates))
    if kind is EXCHANGE:
        _check_quoted(document, rates)


def _check_accounts(conn: sqlite3.Connection, document: dict[str, Any], exchange: dict[str, str]) -> None:
    """Both accounts are the company's at this bank, the credit one in the currency the order names."""
    payer = conn.execute("SELECT company_id FROM accounts WHERE iban = ?", (document["payer"]["iban"],)).fetchone()
    credit = conn.execute("SELECT company_id, currency FROM accounts WHERE iban = ?",
                          (document["beneficiary"]["iban"],)).fetchone()
    if credit is None or payer is None or credit["company_id"] != payer["company_id"]:
        raise invalid_field("beneficiary.iban", "the credit account is not an account of the payer's company at this bank")
    if exchange.get("credit_currency") != credit["currency"]:
        raise invalid_field("exchange.credit_currency", f"the credit account is in {credit['currency']}")


def _check_quoted(document: dict[str, Any], rates: Rates) -> None:
    operation = document["exchange"]["operation"]
    currency = foreign_currency(operation, document["currency"], document["exchange"]["credit_currency"])
    if rates.rate(operation, currency) is None:
        raise DocumentRejected("rate_unavailable", "The bank does not quote {currency} today.", currency=currency)


def ensure_rate_column(conn: sqlite3.Connection) -> None:
    """Give a bank made before the currency orders the column for the rate an exchange was executed at."""
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(documents)")}
    if RATE_COLUMN not in columns:
        conn.execute(f"ALTER TABLE documents ADD COLUMN {RATE_COLUMN} TEXT")


def executed_rate(row: sqlite3.Row) -> dict[str, str] | None:
    """The wire's "rate" of a document's state: the rate an executed exchange used, else None."""
    text = row[RATE_COLUMN] if RATE_COLUMN in row.keys() else None  # noqa: SIM118 - a Row is not a dict: it has keys(), no `in`
    return json.loads(text) if text else None


def execute_exchange(conn: sqlite3.Connection, row: sqlite3.Row, booked_at: str, booked_on: str) -> None:
    """Book an accepted exchange at the bank's rate now (inside the executor's write transaction):
    the debit account gives the debit, the credit account receives the credit, the document keeps
    the rate. When the rate moved so far that the debit exceeds what the account holds, the exchange
    is rejected and the hold released."""
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

"""The bank's rules for the kinds of tenge order (issue 4, types 2-5): the client's pure rules
(bsclient/rules/kinds.py) against the bank's own directories.

The directories are the operator's copies in the bank's data dir when present, else the shipped
files (refbank/directories.py); the bank's data dir is the database's folder.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from bsclient.rules.kinds import (
    CURRENCY_KINDS,
    KIND_OF_SCHEMA,
    PAYMENT,
    SCHEMAS,
    KindFacts,
    facts_from_directories,
    field_name,
    kind_problems,
    registry_columns,
)
from refbank.currency_documents import check_currency_document
from refbank.directories import SHIPPED_DIR, load_directory
from refbank.errors import DocumentRejected

DOCUMENT_SCHEMAS = tuple(SCHEMAS.values())


def bank_dir_of(conn: sqlite3.Connection) -> Path | None:
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent
    return None


def bank_facts(bank_dir: Path | None) -> KindFacts:
    folder = bank_dir if bank_dir is not None else SHIPPED_DIR.parent  # no operator copies there
    return facts_from_directories(load_directory(folder, "kbk"), load_directory(folder, "budget_recipients"),
                                  load_directory(folder, "funds"))


def check_document_kind(conn: sqlite3.Connection, document: dict[str, Any]) -> None:
    """DocumentRejected(invalid_field) for the first rule of the document's kind it breaks."""
    kind = KIND_OF_SCHEMA.get(document.get("schema", ""), PAYMENT)
    if kind == PAYMENT:
        return
    if kind in CURRENCY_KINDS:  # types 6 and 7: refbank/currency_documents.py
        check_currency_document(conn, document)
        return
    if kind == "budget" and not isinstance(document.get("kbk"), str):
        raise _invalid("kbk", "missing or not a string")
    if registry_columns(kind) and not isinstance(document.get("registry"), list):
        raise _invalid("registry", "missing or not a list")
    problems = kind_problems(kind, kbk=document.get("kbk", ""), knp=document["knp"], amount=document["amount"],
                             beneficiary=document["beneficiary"], registry=document.get("registry"),
                             facts=bank_facts(bank_dir_of(conn)), document_date=dt.date.fromisoformat(document["date"]))
    if problems:
        path, message = next(iter(problems.items()))
        raise _invalid(field_name(path, kind), str(message))


def _invalid(field: str, problem: str) -> DocumentRejected:
    return DocumentRejected(
        "invalid_field", "The field {field} is not valid: {problem}.", field=field, problem=problem.rstrip("."))

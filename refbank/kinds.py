"""The bank's rules for the kinds of document beyond a plain payment order: each kind's own rules
from the client's registry of kinds (bsclient/rules/kinds/), against the bank's own directories;
the currency kinds against the bank's accounts and rates (refbank/currency_documents.py).

The directories are the operator's copies in the bank's data dir when present, else the shipped
files (refbank/directories.py); the bank's data dir is the database's folder.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from pathlib import Path
from typing import Any

from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.facts import KindFacts, facts_from_directories
from bsclient.rules.kinds.kind import DocumentKind
from bsclient.rules.kinds.registry import KINDS, kind_of_schema
from bsclient.rules.kinds.registry_columns import field_name
from refbank.bank_folder import bank_dir_of
from refbank.currency_documents import check_currency_document
from refbank.directories import OPERATOR_SUBDIR, SHIPPED_DIR, directory_from, operator_copy
from refbank.errors import DocumentRejected

DOCUMENT_SCHEMAS = tuple(kind.schema for kind in KINDS)

__all__ = ["DOCUMENT_SCHEMAS", "bank_dir_of", "bank_facts", "check_document_kind"]  # bank_dir_of: its users import it here


_FACT_DIRECTORIES = ("kbk", "budget_recipients", "funds")


def bank_facts(bank_dir: Path | None) -> KindFacts:
    """The kinds' facts from the directories as they are now. The operator's files are read each time
    (a newer one counts at once) but parsed only when their bytes are new."""
    folder = bank_dir if bank_dir is not None else SHIPPED_DIR.parent  # no operator copies there
    if not os.path.isdir(os.path.join(folder, OPERATOR_SUBDIR)):  # the usual case: one look, not one a file
        return _facts(folder, (None,) * len(_FACT_DIRECTORIES))
    return _facts(folder, tuple(operator_copy(folder, name) for name in _FACT_DIRECTORIES))


@functools.lru_cache(maxsize=8)
def _facts(folder: Path, copies: tuple[bytes | None, ...]) -> KindFacts:
    return facts_from_directories(*(directory_from(folder, name, copy) for name, copy in zip(_FACT_DIRECTORIES, copies,
                                                                                             strict=True)))


def _check_shape(kind: DocumentKind, document: dict[str, Any]) -> None:
    """The kind's fields are there with the right types before its rules read them."""
    if kind.details is BudgetDetails and not isinstance(document.get("kbk"), str):
        raise _invalid("kbk", "missing or not a string")
    if kind.registry_columns and not isinstance(document.get("registry"), list):
        raise _invalid("registry", "missing or not a list")


def check_document_kind(conn: sqlite3.Connection, document: dict[str, Any]) -> None:
    """DocumentRejected(invalid_field) for the first rule of the document's kind it breaks."""
    kind = kind_of_schema(document.get("schema", ""))
    if kind.content_rules is None:
        return
    if kind.currency_order:  # against the bank's accounts and rates
        check_currency_document(conn, document, kind)
        return
    _check_shape(kind, document)
    problems = kind.content_rules(document, bank_facts(bank_dir_of(conn)), None)
    if problems:
        path, message = next(iter(problems.items()))
        raise _invalid(field_name(path, kind.registry_columns), str(message))


def _invalid(field: str, problem: str) -> DocumentRejected:
    return DocumentRejected(
        "invalid_field", "The field {field} is not valid: {problem}.", field=field, problem=problem.rstrip("."))

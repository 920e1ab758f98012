"""Bring a bank made by an older refbank up to date, at every start: each step adds what is missing and
changes nothing that is there, so running them again is harmless."""

from __future__ import annotations

import sqlite3

from refbank.access.login_proof import prepare_login_proof
from refbank.access.permissions import ensure_table as ensure_company_settings
from refbank.access.schema import prepare_access
from refbank.bank_time import add_posting_days
from refbank.config import BankConfig
from refbank.currency_documents import ensure_rate_column
from refbank.db import widen_document_statuses
from refbank.documents.recall import ensure_recalls_table


def upgrade_database(conn: sqlite3.Connection, config: BankConfig) -> None:
    add_posting_days(conn)  # postings kept no bank day
    widen_document_statuses(conn)  # documents could not await a signature or be recalled
    ensure_rate_column(conn)  # exchanges did not keep the rate they were executed at
    prepare_access(conn, config)  # users had no birth date, phone, password age or journal
    prepare_login_proof(conn)  # logins had no second factor
    ensure_recalls_table(conn)  # documents could not be recalled
    ensure_company_settings(conn)  # companies could not choose what users without signing right do

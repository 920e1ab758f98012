"""The demo bank's customers: two companies at this bank, their accounts, a clerk, a viewer, and a
first and a second signer.

Sample data, made up: the BINs and IINs carry correct check digits but belong to nobody.
"""

from __future__ import annotations

import secrets
import sqlite3
import string
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from schwifty import IBAN

from bsclient.rules import bank_for_bic, iin_bin_check_digit
from refbank.access.password_hashing import hash_password
from refbank.access.passwords import new_envelope_password
from refbank.db import from_tiyn, to_tiyn


@dataclass(frozen=True)
class CompanySpec:
    name: str
    bin_prefix: str  # YYMM + type 4 (resident legal entity) + division 0 (head office)


@dataclass(frozen=True)
class UserSpec:
    login: str
    full_name: str
    iin_prefix: str  # YYMMDD + century/sex digit
    sign_right: str


DEMO_COMPANY = CompanySpec("ТОО «Дала Трейд»", "190540")
PARTNER_COMPANY = CompanySpec("ТОО «Жибек Жолы Логистикс»", "150640")
DEMO_ACCOUNTS = (  # company, currency, balance, title
    (DEMO_COMPANY, "KZT", Decimal("5000000.00"), "Current account"),
    (DEMO_COMPANY, "USD", Decimal("25000.00"), "Foreign currency account"),
    (DEMO_COMPANY, "KZT", Decimal("0.00"), "Salary account"),
    (PARTNER_COMPANY, "KZT", Decimal("1200000.00"), "Current account"),
)
DEMO_USERS = (
    UserSpec("clerk", "Ахметова Айгуль Сериковна", "8803144", "single"),
    UserSpec("viewer", "Садыков Ерлан Маратович", "7911023", "none"),
    # R3.2, R3.3: two users who sign together, each with a carrier of their own.
    UserSpec("first", "Нурланов Данияр Бекович", "8506123", "first"),
    UserSpec("second", "Жумабекова Сауле Ерлановна", "9003254", "second"),
)


def create_demo_customers(conn: sqlite3.Connection, bank_bic: str) -> dict[str, Any]:
    """Insert the demo customers; returns what `refbank init --json` prints (passwords once)."""
    bank = bank_for_bic(bank_bic)
    if bank is None or not bank.active:
        raise ValueError(f"{bank_bic} is not an active bank of the register")
    bank_code = bank.code
    conn.execute("INSERT INTO banks (bic, code, name, own) VALUES (?, ?, ?, 1)", (bank.bic, bank_code, bank.name))
    companies = {spec: _insert_company(conn, spec) for spec in (DEMO_COMPANY, PARTNER_COMPANY)}
    accounts = [
        _insert_account(conn, companies[spec], spec.name, bank_code=bank_code, currency=currency,
                        balance=balance, title=title)
        for spec, currency, balance, title in DEMO_ACCOUNTS
    ]
    users = [_insert_user(conn, companies[DEMO_COMPANY][0], spec) for spec in DEMO_USERS]
    demo_bin = companies[DEMO_COMPANY][1]
    partner_bin = companies[PARTNER_COMPANY][1]
    return {
        "users": users,
        "accounts": accounts,
        "company": {"name": DEMO_COMPANY.name, "bin": demo_bin, "code": "17"},
        "companies": [{"name": DEMO_COMPANY.name, "bin": demo_bin, "code": "17"},
                      {"name": PARTNER_COMPANY.name, "bin": partner_bin, "code": "17"}],
        "bank_bic": bank.bic,
        "bank_name": bank.name,
    }


def _insert_company(conn: sqlite3.Connection, spec: CompanySpec) -> tuple[int, str]:
    bin_ = made_up_number(spec.bin_prefix, serial_digits=5)
    cursor = conn.execute("INSERT INTO companies (name, bin, code) VALUES (?, ?, '17')", (spec.name, bin_))
    return int(cursor.lastrowid or 0), bin_


def _insert_account(conn: sqlite3.Connection, company: tuple[int, str], company_name: str, *,
                    bank_code: str, currency: str, balance: Decimal, title: str) -> dict[str, Any]:
    iban = str(IBAN.generate("KZ", bank_code=bank_code,
                             account_code="".join(secrets.choice(string.digits) for _ in range(13))))
    conn.execute("INSERT INTO accounts (iban, company_id, currency, balance, available, title) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 (iban, company[0], currency, to_tiyn(balance), to_tiyn(balance), title))
    return {"iban": iban, "currency": currency, "balance": from_tiyn(to_tiyn(balance)),
            "company": company_name, "company_bin": company[1], "title": title}


def _insert_user(conn: sqlite3.Connection, company_id: int, spec: UserSpec) -> dict[str, Any]:
    password = new_envelope_password()
    iin = made_up_number(spec.iin_prefix, serial_digits=4)
    conn.execute("INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 (spec.login, spec.full_name, iin, company_id, spec.sign_right, hash_password(password)))
    return {**{key: value for key, value in asdict(spec).items() if key != "iin_prefix"},
            "iin": iin, "password": password}


def made_up_number(prefix: str, *, serial_digits: int) -> str:
    """A 12-digit IIN/BIN that belongs to nobody: prefix, a random serial, and a check digit (retrying
    serials with none)."""
    while True:
        first_eleven = prefix + "".join(secrets.choice(string.digits) for _ in range(serial_digits))
        digit = iin_bin_check_digit(first_eleven)
        if digit is not None:
            return first_eleven + str(digit)


def give_demo_phones(conn: sqlite3.Connection) -> None:
    """Demo users get made-up phone numbers (Kcell's 701 range, 555 as in films)."""
    rows = conn.execute("SELECT id FROM users WHERE phone IS NULL ORDER BY id").fetchall()
    for index, (user_id,) in enumerate(rows, start=1):
        conn.execute("UPDATE users SET phone = ? WHERE id = ?", (f"+7 701 555 {index // 100:02d} {index % 100:02d}", user_id))

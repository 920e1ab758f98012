"""`refbank users add` (a new user whose envelope password must be changed at the first login) and
`refbank certificates list|approve ID` (the stand-in for the signed paper act at the branch)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from refbank.access import birth_date_of_iin, journal, prepare_access
from refbank.ca import CertificateAuthority
from refbank.certificate_requests import issue_certificate
from refbank.config import BankConfig
from refbank.db import Database, immediate
from refbank.users import hash_password

DATABASE_FILE = "bank.sqlite3"
SIGN_RIGHTS = ("single", "first", "second", "none")


def add_certificate_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    certificates = commands.add_parser("certificates", help="users' key requests: list those waiting, approve "
                                       "one (the paper act signed at the branch)")
    certificates.add_argument("action", choices=("list", "approve"))
    certificates.add_argument("id", nargs="?", default=None, help="the request's id (approve)")
    certificates.add_argument("--data", type=Path, required=True)


def add_user_options(users: argparse.ArgumentParser) -> None:
    """The options of `refbank users add LOGIN`."""
    users.add_argument("--company-bin", default=None, help="add: the company's BIN")
    users.add_argument("--full-name", default=None, help="add: surname, name, patronymic")
    users.add_argument("--iin", default=None, help="add: the user's IIN (default: a made-up one)")
    users.add_argument("--phone", default=None, help="add: the phone for one-time codes")
    users.add_argument("--sign-right", choices=SIGN_RIGHTS, default="single", help="add: the signing right")


def _database(data_dir: Path) -> Database:
    database = Database(data_dir / DATABASE_FILE)
    with database.connection() as conn:
        prepare_access(conn, BankConfig.load(data_dir))
    return database


def add_user(conn: sqlite3.Connection, *, company_bin: str, login: str, full_name: str, sign_right: str,
             iin: str | None = None, phone: str | None = None) -> str:
    """A new user who must change the returned envelope password at the first login.

    LookupError when the company is unknown, ValueError when the login is taken.
    """
    from refbank.demo_bank import _new_password, _number_with_check_digit

    password = _new_password()
    with immediate(conn):
        company = conn.execute("SELECT id FROM companies WHERE bin = ?", (company_bin,)).fetchone()
        if company is None:
            raise LookupError(company_bin)
        if conn.execute("SELECT 1 FROM users WHERE login = ?", (login,)).fetchone() is not None:
            raise ValueError(login)
        iin = iin or _number_with_check_digit("9001015", serial_digits=4)
        cursor = conn.execute(
            "INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash, birth_date, phone, "
            "password_changed_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (login, full_name, iin, company["id"], sign_right, hash_password(password), birth_date_of_iin(iin),
             phone or "+7 701 555 99 99", time.time()))
        journal(conn, user_id=int(cursor.lastrowid or 0), login=login, address="bank", action="bank_user_added",
                outcome="ok")
    return password


def run_add_user(args: argparse.Namespace) -> int:
    if not args.company_bin or not args.full_name:
        print("refbank: users add needs --company-bin and --full-name", file=sys.stderr)
        return 2
    with _database(args.data).connection() as conn:
        try:
            password = add_user(conn, company_bin=args.company_bin, login=args.login, full_name=args.full_name,
                                sign_right=args.sign_right, iin=args.iin, phone=args.phone)
        except LookupError:
            print(f"refbank: no company with BIN {args.company_bin} at this bank", file=sys.stderr)
            return 1
        except ValueError:
            print(f"refbank: the login {args.login} is taken", file=sys.stderr)
            return 1
    print(f"login {args.login} password {password}  {args.full_name} (sign right: {args.sign_right}; "
          "PIN envelope: to be changed at the first login)", flush=True)
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    database = _database(args.data)
    if args.action == "list":
        with database.connection() as conn:
            rows = conn.execute(
                "SELECT certificate_requests.id, certificate_requests.created_at, users.login, users.full_name "
                "FROM certificate_requests JOIN users ON users.id = certificate_requests.user_id "
                "WHERE status = 'pending' ORDER BY created_at").fetchall()
        for row in rows:
            print(f"{row['id']}  {row['created_at']}  {row['login']}  {row['full_name']}")
        return 0
    if not args.id:
        print("refbank: certificates approve needs the request's ID (see `refbank certificates list`)",
              file=sys.stderr)
        return 2
    try:
        serial = approve_request(args.data, args.id, database=database)
    except LookupError:
        print(f"refbank: no pending certificate request {args.id}", file=sys.stderr)
        return 1
    print(f"certificate {serial} issued for request {args.id}", flush=True)
    return 0


def approve_request(data_dir: Path, request_id: str, *, database: Database | None = None) -> str:
    """The bank's officer approves a waiting key request (the paper act signed): the certificate is issued;
    its serial. LookupError when no such request waits. Demo provisioning and test fixtures call this."""
    database = database or _database(data_dir)
    authority = CertificateAuthority.load(data_dir)
    with database.connection() as conn, immediate(conn):
        row = conn.execute("SELECT status FROM certificate_requests WHERE id = ?", (request_id,)).fetchone()
        if row is None or row["status"] != "pending":
            raise LookupError(request_id)
        return issue_certificate(conn, request_id, authority)

"""`refbank users block|unblock LOGIN` (R8.6) and `refbank outbox` (the stand-in for SMS, R8.3)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from refbank.access import outbox_lines, prepare_access, reset_password, set_block
from refbank.config import BankConfig
from refbank.db import Database
from refbank.enrolment_cli import add_user_options, run_add_user

DATABASE_FILE = "bank.sqlite3"


def add_access_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser("users", help="block a user until the bank unblocks, unblock (R8.6), or give "
                                "a new envelope password to be changed at the next login")
    users.add_argument("action", choices=("block", "unblock", "reset-password", "add"))
    users.add_argument("login")
    users.add_argument("--data", type=Path, required=True)
    add_user_options(users)  # `users add LOGIN --company-bin ... --full-name ...` (refbank/enrolment_cli.py)
    outbox = commands.add_parser("outbox", help="print the text messages (one-time codes) the bank has sent")
    outbox.add_argument("--data", type=Path, required=True)
    outbox.add_argument("--login", default=None, help="only this user's messages")


def _database(data_dir: Path) -> Database:
    database = Database(data_dir / DATABASE_FILE)
    with database.connection() as conn:
        prepare_access(conn, BankConfig.load(data_dir))
    return database


def run_users(args: argparse.Namespace) -> int:
    if args.action == "add":
        return run_add_user(args)
    if args.action == "reset-password":
        with _database(args.data).connection() as conn:
            password = reset_password(conn, args.login)
        if password is None:
            print(f"refbank: no user {args.login}", file=sys.stderr)
            return 1
        print(f"login {args.login} password {password}  (PIN envelope: to be changed at the next login)", flush=True)
        return 0
    with _database(args.data).connection() as conn:
        if not set_block(conn, args.login, args.action == "block"):
            print(f"refbank: no user {args.login}", file=sys.stderr)
            return 1
    print(f"user {args.login} {'blocked until the bank unblocks it' if args.action == 'block' else 'unblocked'}",
          flush=True)
    return 0


def run_outbox(args: argparse.Namespace) -> int:
    with _database(args.data).connection() as conn:
        for line in outbox_lines(conn, args.login):
            print(line)
    return 0

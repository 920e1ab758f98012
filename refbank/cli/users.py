"""`refbank users block|unblock|reset-password|add LOGIN` (R8.6), `refbank unsigned-users prepare|view`
(R3.4) and `refbank outbox` (the stand-in for SMS, R8.3)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from refbank.access.enrolment import SIGN_RIGHTS, add_user
from refbank.access.login import reset_password, set_block
from refbank.access.outbox import outbox_lines
from refbank.access.permissions import UNSIGNED_USERS, set_unsigned_users
from refbank.cli.data_dir import open_database
from refbank.db import Database


def add_user_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser("users", help="block a user until the bank unblocks, unblock (R8.6), give "
                                "a new envelope password to be changed at the next login, or add a user")
    users.add_argument("action", choices=("block", "unblock", "reset-password", "add"))
    users.add_argument("login")
    users.add_argument("--data", type=Path, required=True)
    users.add_argument("--company-bin", default=None, help="add: the company's BIN")
    users.add_argument("--full-name", default=None, help="add: surname, name, patronymic")
    users.add_argument("--iin", default=None, help="add: the user's IIN (default: a made-up one)")
    users.add_argument("--phone", default=None, help="add: the phone for one-time codes")
    users.add_argument("--sign-right", choices=SIGN_RIGHTS, default="single", help="add: the signing right")

    unsigned = commands.add_parser("unsigned-users", help="whether a company's users without signing right "
                                   "prepare documents or only view (R3.4)")
    unsigned.add_argument("choice", choices=UNSIGNED_USERS)
    unsigned.add_argument("--data", type=Path, required=True)
    unsigned.add_argument("--bin", required=True, help="the company's BIN")

    outbox = commands.add_parser("outbox", help="print the text messages (one-time codes) the bank has sent")
    outbox.add_argument("--data", type=Path, required=True)
    outbox.add_argument("--login", default=None, help="only this user's messages")


def run_users(args: argparse.Namespace) -> int:
    if args.action == "add":
        return _add(args)
    if args.action == "reset-password":
        with open_database(args.data).connection() as conn:
            password = reset_password(conn, args.login)
        if password is None:
            print(f"refbank: no user {args.login}", file=sys.stderr)
            return 1
        print(f"login {args.login} password {password}  (PIN envelope: to be changed at the next login)", flush=True)
        return 0
    with open_database(args.data).connection() as conn:
        if not set_block(conn, args.login, args.action == "block"):
            print(f"refbank: no user {args.login}", file=sys.stderr)
            return 1
    print(f"user {args.login} {'blocked until the bank unblocks it' if args.action == 'block' else 'unblocked'}",
          flush=True)
    return 0


def _add(args: argparse.Namespace) -> int:
    if not args.company_bin or not args.full_name:
        print("refbank: users add needs --company-bin and --full-name", file=sys.stderr)
        return 2
    with open_database(args.data).connection() as conn:
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


def run_unsigned_users(args: argparse.Namespace) -> int:
    """The company's choice: its users without signing right prepare documents, or only view."""
    with Database.in_dir(args.data).connection() as conn:
        row = conn.execute("SELECT id FROM companies WHERE bin = ?", (args.bin,)).fetchone()
        if row is None:
            print(f"refbank: no company with BIN {args.bin} at this bank", file=sys.stderr)
            return 1
        set_unsigned_users(conn, row[0], args.choice)
    print(f"users of BIN {args.bin} without signing right now "
          f"{'prepare documents' if args.choice == 'prepare' else 'only view'}", flush=True)
    return 0


def run_outbox(args: argparse.Namespace) -> int:
    with open_database(args.data).connection() as conn:
        for line in outbox_lines(conn, args.login):
            print(line)
    return 0

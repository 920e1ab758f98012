"""`refbank certificates list|approve ID`: users' key requests waiting for the bank, and their approval
(the stand-in for the signed paper act at the branch)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from refbank.cli.data_dir import open_database
from refbank.pki.requests import approve_request, pending_requests


def add_certificate_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certificates = commands.add_parser("certificates", help="users' key requests: list those waiting, approve "
                                       "one (the paper act signed at the branch)")
    certificates.add_argument("action", choices=("list", "approve"))
    certificates.add_argument("id", nargs="?", default=None, help="the request's id (approve)")
    certificates.add_argument("--data", type=Path, required=True)


def run_certificates(args: argparse.Namespace) -> int:
    database = open_database(args.data)
    if args.action == "list":
        with database.connection() as conn:
            rows = pending_requests(conn)
        for row in rows:
            print(f"{row['id']}  {row['created_at']}  {row['login']}  {row['full_name']}")
        return 0
    if not args.id:
        print("refbank: certificates approve needs the request's ID (see `refbank certificates list`)",
              file=sys.stderr)
        return 2
    try:
        serial = approve_request(args.data, args.id)
    except LookupError:
        print(f"refbank: no pending certificate request {args.id}", file=sys.stderr)
        return 1
    print(f"certificate {serial} issued for request {args.id}", flush=True)
    return 0

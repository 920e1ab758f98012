"""`refbank certificates list|approve ID`: users' key requests waiting for the bank, and their approval
(the stand-in for the signed paper act at the branch)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from refbank.cli.data_dir import open_database
from refbank.pki.requests import (
    FINGERPRINT_START_DIGITS,
    FingerprintMismatchError,
    approve_request,
    pending_requests,
)


def add_certificate_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certificates = commands.add_parser("certificates", help="users' key requests: list those waiting, approve "
                                       "one (the paper act signed at the branch)")
    certificates.add_argument("action", choices=("list", "approve"))
    certificates.add_argument("id", nargs="?", default=None, help="the request's id (approve)")
    certificates.add_argument("--fingerprint", default=None,
                              help=f"approve: the first {FINGERPRINT_START_DIGITS} or more characters of the key's "
                              "SHA-256 fingerprint as the signed paper act prints it (asked for when not given)")
    certificates.add_argument("--data", type=Path, required=True)


def run_certificates(args: argparse.Namespace) -> int:
    database = open_database(args.data)
    if args.action == "list":
        with database.connection() as conn:
            rows = pending_requests(conn)
        for row in rows:
            print(f"{row['id']}  {row['created_at']}  {row['login']}  {row['full_name']}")
            print(f"    key SHA-256 {_grouped(row['fingerprint'])}")
        return 0
    if not args.id:
        print("refbank: certificates approve needs the request's ID (see `refbank certificates list`)",
              file=sys.stderr)
        return 2
    typed = args.fingerprint
    if typed is None:
        if not sys.stdin.isatty():
            print("refbank: certificates approve needs --fingerprint: the first characters of the key's "
                  "fingerprint from the signed paper act", file=sys.stderr)
            return 2
        typed = input("The key's SHA-256 fingerprint from the paper act (at least the first "
                      f"{FINGERPRINT_START_DIGITS} characters): ")
    try:
        serial = approve_request(args.data, args.id, typed)
    except FingerprintMismatchError:
        print(f"refbank: the fingerprint typed is not that of request {args.id}'s key (or is shorter than "
              f"{FINGERPRINT_START_DIGITS} characters): the paper act is for another key; nothing was issued",
              file=sys.stderr)
        return 1
    except LookupError:
        print(f"refbank: no pending certificate request {args.id}", file=sys.stderr)
        return 1
    print(f"certificate {serial} issued for request {args.id}", flush=True)
    return 0


def _grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))

"""`refbank init | serve | export-document | mail send`: set up, run and inspect the reference bank."""

from __future__ import annotations

import argparse
import json
import os
import socket
import ssl
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bsclient.rules import bank_code_of
from refbank.access.schema import prepare_access
from refbank.cli.certificates import add_certificate_commands, run_certificates
from refbank.cli.data_dir import load_settings, settings_for_new_bank
from refbank.cli.users import add_user_commands, run_outbox, run_unsigned_users, run_users
from refbank.config import ConfigError
from refbank.db import Database, immediate
from refbank.demo_bank import create_demo_customers, give_demo_phones
from refbank.documents.execution import Executor
from refbank.mail import send_operator_letter
from refbank.pki.ca import CertificateAuthority, create_bank_pki, write_server_chain
from refbank.statements.history import DEFAULT_LINES, generate_history
from refbank.upgrades import upgrade_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="refbank", description="The reference bank server.")
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser("init", help="create the bank: CA, TLS certificate, database, demo customers "
                               "(with the settings of a config.toml already in the folder, if any)")
    init.add_argument("--data", type=Path, required=True, help="the bank's data directory")
    init.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    init.add_argument("--history-lines", type=int, default=None, metavar="N",
                      help="about this many lines of history a year on the demo company's current account "
                           f"(default {DEFAULT_LINES}; at least some 1,600 unless 0, which gives none)")

    serve = commands.add_parser("serve", help="serve the bank over HTTPS")
    serve.add_argument("--data", type=Path, required=True)
    serve.add_argument("--port", type=int, default=8443, help="0 picks a free port")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--execution-delay", type=float, default=None,
                       help="seconds from acceptance to execution (default: config.toml)")

    export = commands.add_parser("export-document", help="write a document's signed bytes and signatures")
    export.add_argument("id")
    export.add_argument("--data", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True)

    mail = commands.add_parser("mail", help="bank mail: an operator's letter to a company")
    mail_commands = mail.add_subparsers(dest="mail_command", required=True)
    mail_send = mail_commands.add_parser("send", help="send a letter from the bank to a company")
    mail_send.add_argument("--data", type=Path, required=True)
    mail_send.add_argument("--bin", required=True, help="the company's BIN")
    mail_send.add_argument("--subject", required=True)
    mail_send.add_argument("--text", default="", help="the letter's text ('-' reads it from stdin)")
    mail_send.add_argument("--attach", type=Path, action="append", default=[], help="a file to attach (repeatable)")

    add_user_commands(commands)  # users block|unblock|reset-password|add, unsigned-users, outbox
    add_certificate_commands(commands)  # certificates list|approve ID

    args = parser.parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": run_init, "serve": run_serve, "export-document": run_export, "mail": run_mail,
        "unsigned-users": run_unsigned_users, "users": run_users, "outbox": run_outbox,
        "certificates": run_certificates,
    }
    try:
        return handlers[args.command](args)
    except ConfigError as exc:
        print(f"refbank: {exc}", file=sys.stderr)
        return 2


def run_init(args: argparse.Namespace) -> int:
    data_dir: Path = args.data
    database = Database.in_dir(data_dir)
    if database.path.exists():
        print(f"refbank: {data_dir} already holds a bank; choose an empty directory.", file=sys.stderr)
        return 1
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    config = settings_for_new_bank(data_dir)
    if args.history_lines is not None:
        config = replace(config, history_lines=max(0, args.history_lines))
    config.write(data_dir)
    create_bank_pki(data_dir)
    database.create()
    with database.connection() as conn, immediate(conn):
        created = create_demo_customers(conn, config.bank_bic)
        created["history_lines"] = generate_history(conn, created, lines=config.history_lines)
    with database.connection() as conn:
        prepare_access(conn, config)  # personal data, password ages, codes, journal
        with immediate(conn):
            give_demo_phones(conn)
    if args.json:
        print(json.dumps(created), flush=True)  # ASCII escapes: safe on any console encoding
    else:
        print(_envelope_text(created, data_dir), flush=True)
    return 0


def _envelope_text(created: dict[str, Any], data_dir: Path) -> str:
    lines = [f"refbank created in {data_dir} (bank {created['bank_bic']}, {created['bank_name']})",
             f"Company: {created['company']['name']}, BIN {created['company']['bin']}", "Accounts:"]
    lines += [f"  {a['iban']}  {a['currency']}  {a['balance']:>14}  {a['company']}" for a in created["accounts"]]
    if created.get("history_lines"):
        lines.append(f"History: {created['history_lines']} statement lines over the last year (--history-lines)")
    lines.append("Users (like a PIN envelope: shown once, the bank keeps only hashes):")
    lines += [f"  login {u['login']:<8} password {u['password']}  {u['full_name']} (sign right: {u['sign_right']})"
              for u in created["users"]]
    return "\n".join(lines)


def run_serve(args: argparse.Namespace) -> int:
    # The web server and the API load only here: the other commands start without them.
    import uvicorn  # noqa: PLC0415 - start-up: only `serve` needs the web server

    from refbank.api.dependencies import Bank  # noqa: PLC0415 - start-up: as above
    from refbank.app import create_app  # noqa: PLC0415 - start-up: as above

    data_dir: Path = args.data
    config = load_settings(data_dir)
    if args.execution_delay is not None:
        config = replace(config, execution_delay=args.execution_delay)
    database = Database.in_dir(data_dir)
    with database.connection() as conn:
        upgrade_database(conn, config)  # a bank made by an older refbank
    authority = CertificateAuthority.load(data_dir)
    executor = Executor(database)
    bank = Bank(database, config, authority, bank_code_of(config.bank_bic), executor)
    # The chain names the CA too: the client's set-up wizard compares its fingerprint (R6.6).
    context = tls_context(write_server_chain(data_dir), data_dir / "server-key.pem")

    # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and without
    # it every answer waited ~40 ms (Nagle against the client's delayed ACK).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((args.host, args.port))
    listener.listen(128)  # connections made right after the URL is printed wait in the backlog
    port = listener.getsockname()[1]

    server = uvicorn.Server(uvicorn.Config(
        create_app(bank), ssl_context_factory=lambda _config, _default: context,
        log_level="warning", access_log=False, server_header=False, timeout_graceful_shutdown=2,
    ))
    print(f"refbank serving at https://{args.host}:{port}", flush=True)
    print(f"CA SHA-256 fingerprint: {authority.fingerprint}", flush=True)
    executor.start()
    try:
        server.run(sockets=[listener])
    finally:
        executor.stop()
    return 0


def tls_context(certificate: Path, key: Path) -> ssl.SSLContext:
    """The server's TLS: 1.2 or newer only (R2.3)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(certificate, key)
    return context


def run_export(args: argparse.Namespace) -> int:
    with Database.in_dir(args.data).connection() as conn:
        document = conn.execute("SELECT content FROM documents WHERE id = ?", (args.id,)).fetchone()
        signatures = conn.execute("SELECT idx, cms_der FROM signatures WHERE document_id = ? ORDER BY idx",
                                  (args.id,)).fetchall()
    if document is None:
        print(f"refbank: no document {args.id}", file=sys.stderr)
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "document.json").write_bytes(document["content"])
    for row in signatures:
        (out / f"signature-{row['idx']}.p7s").write_bytes(row["cms_der"])
    (out / "ca.pem").write_bytes((args.data / "ca.pem").read_bytes())
    print(f"wrote document.json, {len(signatures)} signature(s) and ca.pem to {out}")
    return 0


def run_mail(args: argparse.Namespace) -> int:
    load_settings(args.data)  # the letter is dated by the bank's clock
    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        files = [(path.name, path.read_bytes()) for path in args.attach]
    except OSError as exc:
        print(f"refbank: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    with Database.in_dir(args.data).connection() as conn:
        try:
            letter_id = send_operator_letter(conn, company_bin=args.bin, subject=args.subject, text=text,
                                             attachments=files)
        except LookupError:
            print(f"refbank: no company with BIN {args.bin} at this bank", file=sys.stderr)
            return 1
    print(f"letter {letter_id} sent to BIN {args.bin}", flush=True)
    return 0

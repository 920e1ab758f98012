"""Documents sent to the running refbank over plain HTTPS with a software key, and what the bank
then holds: the wire content of a payment order, its signed upload, recalls, balances, statement lines,
and the bank's own records read from its database or exported with its CLI.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import subprocess
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests
import rfc8785

from tests.helpers.refbank_server import BANK_DAY, REPO, RunningBank, refbank_command
from tests.helpers.software_keys import SoftwareSigner

WAIT_SECONDS = 30


def account(bank: RunningBank, company_index: int, currency: str = "KZT") -> dict[str, Any]:
    company = bank.created["companies"][company_index]
    return next(a for a in bank.accounts if a["company_bin"] == company["bin"] and a["currency"] == currency)


def payment_order(bank: RunningBank, amount: str, *, currency: str = "KZT",
                  beneficiary_iban: str | None = None) -> dict[str, Any]:
    payer_company, partner_company = bank.created["companies"]
    payer = account(bank, 0, currency)
    today = BANK_DAY.isoformat()
    return {
        "schema": "kz.payment-order/1",
        "id": str(uuid.uuid4()),
        "number": "17",
        "date": today,
        "value_date": today,
        "currency": currency,
        "amount": amount,
        "payer": {"name": payer_company["name"], "bin": payer_company["bin"], "iban": payer["iban"],
                  "bic": bank.created["bank_bic"], "code": "17"},
        "beneficiary": {"name": partner_company["name"], "bin": partner_company["bin"],
                        "iban": beneficiary_iban or account(bank, 1)["iban"],
                        "bic": bank.created["bank_bic"], "code": "17"},
        "knp": "710",
        "purpose": "Оплата по договору № 12 от 01.11.2026 за товары, в т.ч. НДС",
    }


def put(session: requests.Session, bank: RunningBank, doc_id: str, content: bytes,
        signatures: list[bytes]) -> requests.Response:
    return session.put(bank.api + f"/documents/{doc_id}", timeout=20, json={
        "content": base64.b64encode(content).decode("ascii"),
        "signatures": [base64.b64encode(s).decode("ascii") for s in signatures],
    })


def send_signed(session: requests.Session, bank: RunningBank, order: dict[str, Any],
                signer: SoftwareSigner) -> requests.Response:
    content = rfc8785.dumps(order)
    return put(session, bank, order["id"], content, [signer.sign(content)])


def wait_for_status(session: requests.Session, bank: RunningBank, doc_id: str, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        state = session.get(bank.api + f"/documents/{doc_id}", timeout=20).json()
        if state["status"] == status or time.monotonic() > deadline:
            return state
        time.sleep(0.1)


def balances(session: requests.Session, bank: RunningBank) -> dict[str, tuple[Decimal, Decimal]]:
    answer = session.get(bank.api + "/accounts", timeout=20).json()
    return {a["iban"]: (Decimal(a["balance"]), Decimal(a["available"])) for a in answer["accounts"]}


def bank_balance(bank: RunningBank, iban: str) -> Decimal:
    """Read straight from the bank's database: the beneficiary's company is not logged in."""
    with sqlite3.connect(f"file:{bank.data_dir / 'bank.sqlite3'}?mode=ro", uri=True) as conn:
        (tiyn,) = conn.execute("SELECT balance FROM accounts WHERE iban = ?", (iban,)).fetchone()
    return Decimal(tiyn) / 100


def recall_request(doc_id: str, reason: str = "Неверная сумма, платёж будет отправлен заново") -> dict[str, Any]:
    return {"schema": "kz.document-recall/1", "id": str(uuid.uuid4()), "document_id": doc_id, "reason": reason}


def post_recall(session: requests.Session, bank: RunningBank, doc_id: str, content: bytes,
                signature: bytes) -> requests.Response:
    return session.post(bank.api + f"/documents/{doc_id}/recall", timeout=20, json={
        "content": base64.b64encode(content).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii")})


def recall(session: requests.Session, bank: RunningBank, doc_id: str, signer: SoftwareSigner,
           **request: Any) -> requests.Response:
    content = rfc8785.dumps(recall_request(doc_id, **request))
    return post_recall(session, bank, doc_id, content, signer.sign(content))


def statement_lines(clerk: requests.Session, bank: RunningBank, iban: str) -> list[dict[str, Any]]:
    today = BANK_DAY.isoformat()
    answer = clerk.get(bank.api + f"/accounts/{iban}/statement",
                       params={"from": today, "to": today}, timeout=20)
    answer.raise_for_status()
    return answer.json()["lines"]


def at_bank(bank: RunningBank, ids: list[str]) -> dict[str, tuple[str, int]]:
    """id -> (the bank's status, how many signatures it keeps), read from the bank's own database."""
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        rows = db.execute(
            "SELECT d.id, d.status, (SELECT COUNT(*) FROM signatures s WHERE s.document_id = d.id) "
            f"FROM documents d WHERE d.id IN ({','.join('?' * len(ids))})", ids).fetchall()
    return {doc_id: (status, signatures) for doc_id, status, signatures in rows}


def assert_bank_export_verifies_with_openssl(bank: RunningBank, doc_id: str, tmp_path: Path) -> None:
    """What the bank keeps is what the carrier signed: openssl, an independent peer, agrees."""
    out = tmp_path / "export"
    subprocess.run(refbank_command("export-document", doc_id, "--data", str(bank.data_dir), "--out", str(out)),
                   check=True, capture_output=True, cwd=REPO)
    verify = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(out / "document.json"),
         "-in", str(out / "signature-1.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any",
         "-out", os.devnull],
        capture_output=True, text=True)
    assert verify.returncode == 0 and "Verification successful" in verify.stderr, verify.stderr
    assert json.loads((out / "document.json").read_bytes())["id"] == doc_id

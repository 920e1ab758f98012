"""POST /api/v1/documents:batch on the real refbank (a subprocess, TLS), with documents signed by
cryptography's own CMS builder: each document is checked and answered alone, in order; sending the
same batch again holds nothing twice."""

from __future__ import annotations

import base64
import sqlite3
from decimal import Decimal
from typing import Any

import pytest
import requests
import rfc8785

from tests.helpers.bank_documents import account, payment_order
from tests.helpers.refbank_server import RunningBank, enrol_software_key, init_bank, login, start_refbank
from tests.helpers.software_keys import SoftwareSigner

pytestmark = pytest.mark.integration  # the bank over TLS, with this module's own banks

SIGNER_KEY = "rsa"  # for the signer fixture (tests/plugins/bank.py)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    running = start_refbank(tmp_path_factory.mktemp("refbank"), execution_delay=3600)
    yield running
    running.stop()



def entry(doc_id: str, content: bytes, signatures: list[bytes]) -> dict[str, Any]:
    return {"id": doc_id, "content": base64.b64encode(content).decode("ascii"),
            "signatures": [base64.b64encode(s).decode("ascii") for s in signatures]}


def signed(order: dict[str, Any], signer: SoftwareSigner) -> dict[str, Any]:
    content = rfc8785.dumps(order)
    return entry(order["id"], content, [signer.sign(content)])


def post(session: requests.Session, bank: RunningBank, documents: list[dict[str, Any]]) -> requests.Response:
    return session.post(bank.api + "/documents:batch", json={"documents": documents}, timeout=60)


def available(bank: RunningBank, iban: str) -> Decimal:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (tiyn,) = db.execute("SELECT available FROM accounts WHERE iban = ?", (iban,)).fetchone()
    return Decimal(tiyn) / 100


def stored(bank: RunningBank, doc_id: str) -> tuple[str, int] | None:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        row = db.execute("SELECT status, (SELECT COUNT(*) FROM signatures WHERE document_id = documents.id)"
                         " FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return tuple(row) if row else None


def test_mixed_documents_are_each_answered_in_order_and_a_tampered_one_is_refused_alone(bank, clerk, signer):
    payer = account(bank, 0)["iban"]
    before = available(bank, payer)
    valid = [payment_order(bank, "10.00") for _ in range(3)]
    over = payment_order(bank, "999999999.00")
    tampered = payment_order(bank, "20.00")
    tampered_entry = signed(tampered, signer)
    tampered["beneficiary"]["name"] = "ТОО «Подменный получатель»"
    tampered_entry["content"] = base64.b64encode(rfc8785.dumps(tampered)).decode("ascii")
    malformed = payment_order(bank, "30.00")
    reused = payment_order(bank, "40.00")
    reused_other = dict(reused, amount="41.00")
    documents = [signed(valid[0], signer), tampered_entry, signed(over, signer),
                 {"id": malformed["id"], "content": "not base64!", "signatures": []},
                 signed(valid[1], signer), signed(valid[1], signer),  # the same document twice
                 signed(reused, signer), signed(reused_other, signer),  # an id reused for other bytes
                 signed(valid[2], signer)]

    answer = post(clerk, bank, documents)

    assert answer.status_code == 200, answer.text
    states = answer.json()["documents"]
    assert [s["id"] for s in states] == [d["id"] for d in documents]
    by_position = [(s.get("status"), s.get("error", {}).get("code"), s["http_status"]) for s in states]
    assert by_position == [("accepted", None, 201), ("rejected", None, 201),
                           ("rejected", None, 201), (None, "malformed_document", 400),
                           ("accepted", None, 201), ("accepted", None, 200),
                           ("accepted", None, 201), (None, "document_id_reused", 409),
                           ("accepted", None, 201)]
    assert states[1]["reason"]["code"] == "signature_invalid"
    assert states[2]["reason"]["code"] == "insufficient_funds"
    assert states[5]["duplicate"] is True and states[4]["duplicate"] is False
    # Each document is stored once with its one signature; the malformed one not at all.
    assert stored(bank, malformed["id"]) is None
    for order in [*valid, reused]:
        assert stored(bank, order["id"]) == ("accepted", 1)
    assert stored(bank, tampered["id"]) == ("rejected", 1)
    # Held: the valid ones and the reused id's first bytes, once each.
    assert before - available(bank, payer) == Decimal("10.00") * 3 + Decimal("40.00")


def test_the_same_batch_again_is_answered_duplicate_and_holds_nothing_twice(bank, clerk, signer):
    payer = account(bank, 0)["iban"]
    documents = [signed(payment_order(bank, "5.00"), signer) for _ in range(5)]
    before = available(bank, payer)
    first = post(clerk, bank, documents).json()["documents"]
    again = post(clerk, bank, documents).json()["documents"]
    assert [s["status"] for s in first] == ["accepted"] * 5 and not any(s["duplicate"] for s in first)
    assert [(s["id"], s["status"], s["duplicate"], s["http_status"]) for s in again] == \
        [(s["id"], "accepted", True, 200) for s in first]
    assert [s["received_at"] for s in again] == [s["received_at"] for s in first]
    assert before - available(bank, payer) == Decimal("25.00")
    # A single PUT of one of them is a duplicate too: the id is the key, whatever the call.
    put = clerk.put(bank.api + f"/documents/{documents[0]['id']}", timeout=20,
                    json={"content": documents[0]["content"], "signatures": documents[0]["signatures"]})
    assert put.status_code == 200 and put.json()["duplicate"] is True


def test_a_batch_needs_a_session_and_at_most_fifty_documents(bank, clerk, signer):
    one = signed(payment_order(bank, "1.00"), signer)
    anonymous = requests.post(bank.api + "/documents:batch", json={"documents": [one]}, timeout=20,
                              verify=str(bank.ca_file))
    assert anonymous.status_code == 401
    too_many = post(clerk, bank, [signed(payment_order(bank, "1.00"), signer) for _ in range(51)])
    assert too_many.status_code == 400 and too_many.json()["error"]["code"] == "batch_too_large"
    empty = post(clerk, bank, [])
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "malformed_request"
    assert stored(bank, one["id"]) is None


def journal_outcomes(bank: RunningBank, action: str) -> list[str]:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        return [outcome for (outcome,) in db.execute("SELECT outcome FROM journal WHERE action = ? ORDER BY id",
                                                     (action,))]


def test_each_batch_call_is_one_line_of_the_journal_as_any_other_call(bank, clerk, signer):
    batches, reads = journal_outcomes(bank, "POST /documents:batch"), journal_outcomes(bank, "GET /accounts")
    assert post(clerk, bank, [signed(payment_order(bank, "1.00"), signer)]).status_code == 200
    assert post(clerk, bank, []).status_code == 400  # refused whole, before its transaction
    assert clerk.get(bank.api + "/accounts", timeout=20).status_code == 200
    # The batch wrote its line with its documents; the journal of calls wrote the refusal and the read.
    assert journal_outcomes(bank, "POST /documents:batch")[len(batches):] == ["ok", "http_400"]
    assert journal_outcomes(bank, "GET /accounts")[len(reads):] == ["ok"]


@pytest.fixture(scope="module")
def coded_bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    """A bank whose rule wants a one-time code for payments above 1,000,000.00 (R8.5)."""
    data = tmp_path_factory.mktemp("codes")
    created = init_bank(data)
    config = data / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('code_above_amount = ""',
                                                                 'code_above_amount = "1000000.00"'), encoding="utf-8")
    running = start_refbank(data, execution_delay=3600)
    running.created, running.accounts = created, created["accounts"]
    running.users = {user["login"]: user["password"] for user in created["users"]}
    yield running
    running.stop()


def test_a_payment_the_rule_wants_confirmed_is_answered_alone_and_then_sent_with_its_code(coded_bank):
    from tests.helpers.access import last_payment_code

    session = login(coded_bank, "clerk")
    try:
        signer = enrol_software_key(coded_bank, session, "rsa")
        small, large = payment_order(coded_bank, "10.00"), payment_order(coded_bank, "1500000.00")
        states = post(session, coded_bank, [signed(small, signer), signed(large, signer)]).json()["documents"]
        assert states[0]["status"] == "accepted"
        assert (states[1]["http_status"], states[1]["error"]["code"]) == (428, "confirmation_required")
        assert stored(coded_bank, large["id"]) is None  # nothing received until it is confirmed
        with_code = dict(signed(large, signer), code=last_payment_code(coded_bank))
        states = post(session, coded_bank, [signed(small, signer), with_code]).json()["documents"]
        assert states[0]["duplicate"] is True
        assert "error" not in states[1] and states[1]["status"] in ("accepted", "rejected")
        assert stored(coded_bank, large["id"]) is not None
    finally:
        session.close()

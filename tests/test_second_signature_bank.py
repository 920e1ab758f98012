"""R3.1-R3.5 at the reference bank over TLS: one single signature, or a first and then a second by
another user of the company; the bank checks the second with its own verifier and then executes.

Signatures come from cryptography's PKCS7SignatureBuilder with software keys: independent of the
client's CMS code and of the bank's verifier.
"""

from __future__ import annotations

import base64
import sqlite3
import subprocess
from decimal import Decimal

import pytest
import requests
import rfc8785

from refbank.access.password_hashing import hash_password
from tests.helpers.bank_documents import account, bank_balance, payment_order, put, wait_for_status
from tests.helpers.refbank_server import REPO, RunningBank, enrol_software_key, login, refbank_command, start_refbank
from tests.helpers.software_keys import SoftwareSigner

PARTNER_PASSWORD = "Partner-Pass-2026"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    running = start_refbank(tmp_path_factory.mktemp("refbank"), execution_delay=0.3)
    _add_partner_user(running)
    yield running
    running.stop()


def _add_partner_user(bank: RunningBank) -> None:
    """A second signer of the other company (the beneficiary), added the way an operator would."""
    partner_bin = bank.created["companies"][1]["bin"]
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (company_id,) = db.execute("SELECT id FROM companies WHERE bin = ?", (partner_bin,)).fetchone()
        db.execute("INSERT INTO users (login, full_name, iin, company_id, sign_right, password_hash, phone) "
                   "VALUES ('partner', 'Ким Олег', '850612300013', ?, 'second', ?, '+7 701 555 88 12')",  # login code
                   (company_id, hash_password(PARTNER_PASSWORD)))
    bank.users["partner"] = PARTNER_PASSWORD


class User:
    def __init__(self, bank: RunningBank, login_name: str) -> None:
        self.session = login(bank, login_name)
        self.signer: SoftwareSigner = enrol_software_key(bank, self.session)


@pytest.fixture(scope="module")
def users(bank: RunningBank) -> dict[str, User]:
    made = {name: User(bank, name) for name in ("clerk", "first", "second", "viewer", "partner")}
    yield made
    for user in made.values():
        user.session.close()


def send_first(bank: RunningBank, user: User, amount: str = "1000.00") -> tuple[dict, bytes]:
    order = payment_order(bank, amount)
    content = rfc8785.dumps(order)
    answer = put(user.session, bank, order["id"], content, [user.signer.sign(content)])
    assert answer.status_code == 201, answer.text
    return answer.json(), content


def add_signature(bank: RunningBank, user: User, doc_id: str, signature: bytes) -> requests.Response:
    return user.session.post(bank.api + f"/documents/{doc_id}/signatures", timeout=20,
                             json={"signature": base64.b64encode(signature).decode("ascii")})


def awaiting_ids(bank: RunningBank, user: User) -> list[str]:
    answer = user.session.get(bank.api + "/awaiting-signature", timeout=20)
    answer.raise_for_status()
    return [d["id"] for d in answer.json()["documents"]]


def test_r3_1_a_single_signature_is_accepted_and_executed(bank, users):
    state, _ = send_first(bank, users["clerk"])
    assert state["status"] == "accepted"
    assert wait_for_status(users["clerk"].session, bank, state["id"], "executed")["status"] == "executed"


def test_r3_2_r3_3_a_first_signature_waits_then_the_second_completes_and_the_bank_executes(bank, users):
    first, second = users["first"], users["second"]
    payer, beneficiary = account(bank, 0), account(bank, 1)
    beneficiary_before = bank_balance(bank, beneficiary["iban"])
    state, content = send_first(bank, first, "2500.00")
    doc_id = state["id"]
    assert state["status"] == "awaiting_signature" and state["reason"] is None
    assert bank_balance(bank, beneficiary["iban"]) == beneficiary_before  # kept, not executed

    # The second signer sees it with the exact bytes and who signed first; the first signer does not.
    listed = second.session.get(bank.api + "/awaiting-signature", timeout=20).json()["documents"]
    waiting = next(d for d in listed if d["id"] == doc_id)
    assert base64.b64decode(waiting["content"]) == content
    assert [(s["signer"], s["right"]) for s in waiting["signatures"]] == [("Нурланов Данияр Бекович", "first")]
    assert waiting["signatures"][0]["signed_at"].endswith("Z") and waiting["needs"] == "second"
    assert doc_id not in awaiting_ids(bank, first)
    assert doc_id not in awaiting_ids(bank, users["clerk"])  # a single signer cannot place a second

    answer = add_signature(bank, second, doc_id, second.signer.sign(base64.b64decode(waiting["content"])))
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "accepted"
    assert doc_id not in awaiting_ids(bank, second)
    assert wait_for_status(first.session, bank, doc_id, "executed")["status"] == "executed"
    assert bank_balance(bank, beneficiary["iban"]) == beneficiary_before + Decimal("2500.00")

    signatures = first.session.get(bank.api + f"/documents/{doc_id}/signatures", timeout=20).json()
    assert [(s["right"], s["login"]) for s in signatures["signatures"]] == [("first", "first"), ("second", "second")]
    assert signatures["needs"] is None and signatures["may_sign"] is False
    assert payer["iban"]  # the payer was the demo company's account


def test_the_same_second_signature_sent_again_is_a_duplicate(bank, users):
    state, content = send_first(bank, users["first"])
    signature = users["second"].signer.sign(content)
    assert add_signature(bank, users["second"], state["id"], signature).status_code == 201
    again = add_signature(bank, users["second"], state["id"], signature)
    assert again.status_code == 200 and again.json()["duplicate"] is True


def test_the_first_signer_cannot_place_the_second_signature_too(bank, users):
    state, content = send_first(bank, users["first"])
    answer = add_signature(bank, users["first"], state["id"], users["first"].signer.sign(content))
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "signed_twice"
    assert wait_for_status(users["first"].session, bank, state["id"], "awaiting_signature")["status"] == \
        "awaiting_signature"


def test_a_third_signature_is_refused(bank, users):
    state, content = send_first(bank, users["first"])
    assert add_signature(bank, users["second"], state["id"], users["second"].signer.sign(content)).status_code == 201
    answer = add_signature(bank, users["clerk"], state["id"], users["clerk"].signer.sign(content))
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "signatures_complete"
    three = payment_order(bank, "10.00")
    three_content = rfc8785.dumps(three)
    rejected = put(users["first"].session, bank, three["id"], three_content,
                   [users[name].signer.sign(three_content) for name in ("first", "second", "clerk")]).json()
    assert rejected["status"] == "rejected" and rejected["reason"]["code"] == "too_many_signatures"


def test_a_user_without_signing_right_cannot_place_the_second_signature(bank, users):
    state, content = send_first(bank, users["first"])
    answer = add_signature(bank, users["viewer"], state["id"], users["viewer"].signer.sign(content))
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "no_sign_right"
    assert state["id"] not in awaiting_ids(bank, users["viewer"])


def test_a_user_of_another_company_cannot_sign(bank, users):
    state, content = send_first(bank, users["first"])
    partner = users["partner"]
    # Their session does not even see the document ...
    answer = add_signature(bank, partner, state["id"], partner.signer.sign(content))
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "document_unknown"
    assert state["id"] not in awaiting_ids(bank, partner)
    # ... and their signature brought by a user of the company is not the company's.
    answer = add_signature(bank, users["second"], state["id"], partner.signer.sign(content))
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "signer_not_authorised"


def test_a_tampered_second_signature_is_refused_and_the_document_still_waits(bank, users):
    state, content = send_first(bank, users["first"])
    other_bytes = content.replace(b'"1000.00"', b'"9000.00"')
    answer = add_signature(bank, users["second"], state["id"], users["second"].signer.sign(other_bytes))
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "signature_invalid"
    flipped = bytearray(users["second"].signer.sign(content))
    flipped[-5] ^= 0x01  # inside the signature value
    answer = add_signature(bank, users["second"], state["id"], bytes(flipped))
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "signature_invalid"
    assert state["id"] in awaiting_ids(bank, users["second"])


def test_a_second_signature_alone_is_rejected_out_of_order(bank, users):
    order = payment_order(bank, "10.00")
    content = rfc8785.dumps(order)
    state = put(users["second"].session, bank, order["id"], content, [users["second"].signer.sign(content)]).json()
    assert state["status"] == "rejected" and state["reason"]["code"] == "signature_order"


def test_a_document_awaiting_its_second_signature_holds_no_money(bank, users):
    payer = account(bank, 0)
    before = _available(users["first"], bank, payer["iban"])
    send_first(bank, users["first"], "777.00")
    assert _available(users["first"], bank, payer["iban"]) == before


def test_the_first_signer_recalls_a_document_awaiting_the_second_signature(bank, users):
    """Recall (type 8) of a document the two-signature workflow left awaiting: the first signer's signed
    recall ends it, it leaves the second signer's list, a second signature is refused, no money moved."""
    from tests.helpers.bank_documents import recall

    payer = account(bank, 0)
    before = _available(users["first"], bank, payer["iban"])
    state, content = send_first(bank, users["first"], "321.00")
    assert state["status"] == "awaiting_signature" and state["id"] in awaiting_ids(bank, users["second"])

    answer = recall(users["first"].session, bank, state["id"], users["first"].signer, reason="Wrong beneficiary")

    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "recalled"
    assert state["id"] not in awaiting_ids(bank, users["second"])
    late = add_signature(bank, users["second"], state["id"], users["second"].signer.sign(content))
    assert late.status_code == 409, late.text
    assert late.json()["error"]["code"] == "not_awaiting_signature" and late.json()["error"]["params"]["state"] == "recalled"
    assert _available(users["first"], bank, payer["iban"]) == before


def test_the_login_says_whether_a_user_may_prepare_and_sign(bank, users):
    def rights(name: str) -> tuple[bool, bool]:
        answer = requests.post(bank.api + "/session", json={"login": name, "password": bank.users[name]},
                               verify=str(bank.ca_file), timeout=20).json()["user"]
        return answer["may_prepare"], answer["may_sign"]

    assert rights("second") == (True, True)
    assert rights("viewer") == (True, False)  # the company's default: users without right prepare

    def choose(choice: str) -> None:  # as the bank's operator does
        subprocess.run(refbank_command("unsigned-users", choice, "--data", str(bank.data_dir),
                                       "--bin", bank.created["company"]["bin"]), check=True, capture_output=True, cwd=REPO)

    choose("view")
    try:
        assert rights("viewer") == (False, False)
        assert rights("clerk") == (True, True)
    finally:
        choose("prepare")
    assert rights("viewer") == (True, False)


def _available(user: User, bank: RunningBank, iban: str) -> Decimal:
    answer = user.session.get(bank.api + "/accounts", timeout=20).json()
    return next(Decimal(a["available"]) for a in answer["accounts"] if a["iban"] == iban)


def test_the_second_signature_checks_the_balance_again_and_a_shortfall_rejects_with_the_reason(bank, users):
    """Nothing is held while an order awaits its second signature: the balance is checked again then."""
    payer = account(bank, 0)
    available = _available(users["first"], bank, payer["iban"])
    state, content = send_first(bank, users["first"], f"{available - Decimal('10.00'):.2f}")
    assert state["status"] == "awaiting_signature"
    spent, _ = send_first(bank, users["clerk"], "20.00")  # a single signer's order takes the money meanwhile
    assert spent["status"] == "accepted"
    answer = add_signature(bank, users["second"], state["id"], users["second"].signer.sign(content))
    assert answer.status_code == 201
    assert answer.json()["status"] == "rejected" and answer.json()["reason"]["code"] == "insufficient_funds"
    letters = users["first"].session.get(bank.api + "/mail", timeout=20).json()["letters"]
    assert any(letter["kind"] == "document_rejected" and letter["notice"]["document_id"] == state["id"]
               for letter in letters)  # R1.9: the company hears of it by bank mail too
    assert users["second"].session.get(bank.api + f"/documents/{state['id']}/signatures",
                                       timeout=20).json()["needs"] is None


def test_another_companys_user_cannot_read_the_signatures(bank, users):
    state, _ = send_first(bank, users["first"])
    answer = users["partner"].session.get(bank.api + f"/documents/{state['id']}/signatures", timeout=20)
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "document_unknown"

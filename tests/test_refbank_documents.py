"""The reference bank receives signed payment orders over TLS: checks, holds, executes, pays once.

Signatures come from cryptography's PKCS7SignatureBuilder with a software key: an implementation
independent of both the client's CMS code and the bank's verifier.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import requests
import rfc8785
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from schwifty import IBAN

from tests.helpers.bank_documents import (
    account,
    balances,
    bank_balance,
    payment_order,
    put,
    send_signed,
    wait_for_status,
)
from tests.helpers.refbank_server import RunningBank, enrol_software_key, login, start_refbank
from tests.helpers.software_keys import SoftwareSigner, csr_pem, new_key

pytestmark = pytest.mark.integration  # the bank over TLS; one test starts a bank of its own


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    running = start_refbank(tmp_path_factory.mktemp("refbank"), execution_delay=0.3)
    yield running
    running.stop()



@pytest.fixture(scope="module")
def rsa_signer(bank: RunningBank, clerk: requests.Session) -> SoftwareSigner:
    return enrol_software_key(bank, clerk, "rsa")


@pytest.mark.parametrize("signer_fixture", ["signer", "rsa_signer"])
def test_a_valid_order_is_accepted_then_executed_and_credited(bank, clerk, signer_fixture, request):
    """R1.1, R2.2, R9.5: accepted, then executed: payer debited, same-bank beneficiary credited."""
    signer = request.getfixturevalue(signer_fixture)
    payer, beneficiary = account(bank, 0)["iban"], account(bank, 1)["iban"]
    before = balances(clerk, bank)[payer]
    beneficiary_before = bank_balance(bank, beneficiary)
    order = payment_order(bank, "150000.00")

    answer = send_signed(clerk, bank, order, signer)

    assert answer.status_code == 201, answer.text
    state = answer.json()
    assert state["status"] in ("accepted", "executed"), state
    assert state["reason"] is None and state["duplicate"] is False
    executed = wait_for_status(clerk, bank, order["id"], "executed")
    assert executed["status"] == "executed" and executed["executed_at"]
    assert balances(clerk, bank)[payer] == (before[0] - Decimal("150000.00"), before[1] - Decimal("150000.00"))
    assert bank_balance(bank, beneficiary) == beneficiary_before + Decimal("150000.00")


def test_the_amount_is_held_until_execution(tmp_path: Path):
    """An accepted order lowers the available balance at once and the balance only on execution."""
    slow = start_refbank(tmp_path / "slow", execution_delay=3600)
    try:
        with login(slow, "clerk") as session:
            order = payment_order(slow, "1000.00")
            answer = send_signed(session, slow, order, enrol_software_key(slow, session))
            assert answer.json()["status"] == "accepted"
            assert balances(session, slow)[order["payer"]["iban"]] == (
                Decimal("5000000.00"), Decimal("4999000.00"))
    finally:
        slow.stop()


def test_more_than_the_available_balance_is_rejected_with_the_reason(bank, clerk, signer):
    available = balances(clerk, bank)[account(bank, 0)["iban"]][1]
    order = payment_order(bank, f"{available + Decimal('0.01'):.2f}")

    state = send_signed(clerk, bank, order, signer).json()

    assert state["status"] == "rejected"
    assert state["reason"]["code"] == "insufficient_funds"
    assert Decimal(state["reason"]["params"]["available"]) == available
    assert str(available) in state["reason"]["message"]
    assert balances(clerk, bank)[account(bank, 0)["iban"]][1] == available


def test_a_document_changed_after_signing_is_rejected_signature_invalid(bank, clerk, signer):
    order = payment_order(bank, "100.00")
    signature = signer.sign(rfc8785.dumps(order))
    order["beneficiary"]["name"] = "ТОО «Подменный получатель»"

    state = put(clerk, bank, order["id"], rfc8785.dumps(order), [signature]).json()

    assert state["status"] == "rejected"
    assert state["reason"]["code"] == "signature_invalid"


def test_a_signature_by_another_ca_is_certificate_untrusted(bank, clerk):
    other_ca = trustme.CA(organization_name="Some Other CA")
    leaf = other_ca.issue_cert("clerk@dala-trade.example")
    stranger = SoftwareSigner(
        load_pem_private_key(leaf.private_key_pem.bytes(), None),
        x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes()),
    )
    state = send_signed(clerk, bank, payment_order(bank, "100.00"), stranger).json()

    assert state["status"] == "rejected"
    assert state["reason"]["code"] == "certificate_untrusted"


def test_a_document_without_signature_is_rejected(bank, clerk):
    order = payment_order(bank, "100.00")
    state = put(clerk, bank, order["id"], rfc8785.dumps(order), []).json()
    assert state["reason"]["code"] == "signature_missing"


def test_a_user_without_signing_right_cannot_sign(bank):
    """R3.4: a viewer's signature does not make an order payable."""
    with login(bank, "viewer") as viewer:
        viewer_signer = enrol_software_key(bank, viewer)
        state = send_signed(viewer, bank, payment_order(bank, "100.00"), viewer_signer).json()
    assert state["status"] == "rejected"
    assert state["reason"]["code"] == "no_sign_right"


def test_a_same_bank_beneficiary_without_an_account_is_rejected(bank, clerk, signer):
    missing = str(IBAN.generate("KZ", bank_code="998", account_code="0000000000042"))
    state = send_signed(clerk, bank, payment_order(bank, "100.00", beneficiary_iban=missing), signer).json()
    assert state["reason"]["code"] == "beneficiary_account_unknown"


def test_an_order_to_another_bank_goes_to_clearing(bank, clerk, signer):
    """R1.1: a beneficiary at another bank (Halyk, code 601) is paid through clearing."""
    order = payment_order(bank, "10.00", beneficiary_iban=str(
        IBAN.generate("KZ", bank_code="601", account_code="1234567890123")))
    order["beneficiary"]["bic"] = "HSBKKZKX"
    assert send_signed(clerk, bank, order, signer).status_code == 201
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"


def test_a_field_breaking_a_rule_is_rejected_invalid_field(bank, clerk, signer):
    order = payment_order(bank, "100.00")
    order["beneficiary"]["bin"] = "181140004064"  # check digit wrong (docs/kazakh-facts.md)
    state = send_signed(clerk, bank, order, signer).json()
    assert state["reason"]["code"] == "invalid_field"
    assert state["reason"]["params"]["field"] == "beneficiary.bin"


def test_an_order_in_another_currency_than_the_account_is_rejected(bank, clerk, signer):
    order = payment_order(bank, "100.00", currency="USD")
    order["currency"] = "KZT"
    order["beneficiary"]["iban"] = str(IBAN.generate("KZ", bank_code="601", account_code="1234567890123"))
    order["beneficiary"]["bic"] = "HSBKKZKX"
    state = send_signed(clerk, bank, order, signer).json()
    assert state["reason"]["code"] == "currency_mismatch"


def test_a_replay_of_an_executed_document_is_a_duplicate_and_pays_once(bank, clerk, signer):
    """R9.7: the same id and bytes again answer the present state with duplicate: true."""
    order = payment_order(bank, "2500.00")
    content = rfc8785.dumps(order)
    signature = signer.sign(content)
    assert put(clerk, bank, order["id"], content, [signature]).status_code == 201
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"
    after_first = balances(clerk, bank)[order["payer"]["iban"]][1]

    replay = put(clerk, bank, order["id"], content, [signature])

    assert replay.status_code == 200
    assert replay.json()["duplicate"] is True and replay.json()["status"] == "executed"
    time.sleep(1.0)  # longer than the execution delay: a second payment would have happened
    assert balances(clerk, bank)[order["payer"]["iban"]][1] == after_first


def test_the_same_id_with_other_bytes_is_refused_409(bank, clerk, signer):
    order = payment_order(bank, "100.00")
    assert send_signed(clerk, bank, order, signer).status_code == 201
    order["amount"] = "200.00"

    answer = send_signed(clerk, bank, order, signer)

    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "document_id_reused"


@pytest.mark.parametrize("spoil", ["indented", "id differs"])
def test_non_canonical_content_is_refused_400(bank, clerk, signer, spoil):
    order = payment_order(bank, "100.00")
    if spoil == "indented":
        content = json.dumps(order, ensure_ascii=False, indent=2).encode("utf-8")
        doc_id = order["id"]
    else:
        content, doc_id = rfc8785.dumps(order), str(uuid.uuid4())

    answer = put(clerk, bank, doc_id, content, [signer.sign(content)])

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "malformed_document"
    assert set(answer.json()["error"]) == {"code", "message", "params"}


def test_concurrent_sends_of_one_document_pay_once(bank, clerk, signer):
    """R9.7: a double click or a retry racing the first request is received once."""
    order = payment_order(bank, "777.00")
    content = rfc8785.dumps(order)
    signature = signer.sign(content)
    # The available balance: other tests' orders still waiting for execution are held in it already.
    before = balances(clerk, bank)[order["payer"]["iban"]][1]
    answers: list[requests.Response] = []
    start = threading.Barrier(4)

    def send() -> None:
        session = requests.Session()
        session.trust_env = False
        session.verify, session.headers = clerk.verify, dict(clerk.headers)
        start.wait()
        with session:
            answers.append(put(session, bank, order["id"], content, [signature]))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(a.status_code for a in answers) == [200, 200, 200, 201]
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"
    time.sleep(1.0)  # longer than the execution delay: a second payment would have happened
    assert balances(clerk, bank)[order["payer"]["iban"]][1] == before - Decimal("777.00")


def test_states_answer_known_documents_and_leave_out_unknown_ids(bank, clerk, signer):
    order = payment_order(bank, "5.00")
    send_signed(clerk, bank, order, signer)
    answer = clerk.post(bank.api + "/documents/states", json={"ids": [order["id"], str(uuid.uuid4())]},
                        timeout=20).json()
    assert [state["id"] for state in answer["documents"]] == [order["id"]]


def test_the_bank_sets_the_subject_of_an_issued_certificate(bank, signer):
    """R5.7: the certificate names the user (from the bank's records), not what the CSR said."""
    certificate = signer.certificate
    subject = certificate.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Ахметова Айгуль Сериковна"
    assert subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value.startswith("IIN")
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == bank.created["company"]["name"]
    usages = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in usages and ExtendedKeyUsageOID.CLIENT_AUTH in usages
    key_usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert key_usage.digital_signature and key_usage.content_commitment


def test_a_certificate_request_with_a_broken_signature_is_refused(bank, clerk):
    """The CSR's own signature proves the key: a request whose signature fails is refused."""
    pem = csr_pem(new_key())
    der = bytearray(x509.load_pem_x509_csr(pem.encode()).public_bytes(Encoding.DER))
    der[-5] ^= 0x01  # inside the signature value
    spoiled = "-----BEGIN CERTIFICATE REQUEST-----\n" + base64.encodebytes(bytes(der)).decode() \
        + "-----END CERTIFICATE REQUEST-----\n"
    answer = clerk.post(bank.api + "/certificate-requests", json={"csr_pem": spoiled}, timeout=20)
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "csr_invalid"


def test_calls_without_a_session_are_refused(bank):
    answer = requests.get(bank.api + "/accounts", verify=str(bank.ca_file), timeout=20)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "session_expired"

"""The client against the real reference bank over TLS, with a key on a SoftHSM2 token.

R2.1 login, R2.2 signing on the carrier, R2.3 TLS to the bank's CA only, R9.5 statuses with
reasons, R9.7 never paid twice. Every signature is also checked by openssl (an independent peer).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bsclient.client.carrier import Carrier, Pin
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import refresh_states, send, sign_and_store
from bsclient.client.session.bank_api import BankApi, BankError
from bsclient.client.session.key_request import collect_key, request_key
from bsclient.crypto import certificate_info
from bsclient.rules import validate_payment_order
from tests.helpers.certificates import openssl_cms_verify
from tests.helpers.login import finish_login, log_in
from tests.helpers.refbank_server import RunningBank, start_refbank
from tests.helpers.softhsm import SoftHsm


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    running = start_refbank(tmp_path_factory.mktemp("refbank"), execution_delay=0.2)
    yield running
    running.stop()


def company_bin(bank: RunningBank) -> str:
    return bank.created["company"]["bin"]


def account_of(bank: RunningBank, company_bin: str, currency: str = "KZT") -> dict:
    return next(a for a in bank.accounts if a["company_bin"] == company_bin and a["currency"] == currency
                and Decimal(a["balance"]) > 0)


def test_login_and_accounts(bank: RunningBank):
    """R2.1: the clerk logs in with the login and password from the envelope and sees the accounts."""
    api = BankApi(bank.url, bank.ca_file)
    user = log_in(api, bank, "clerk")  # R8.2: the code, as the clerk has no certificate yet
    assert (user.login, user.sign_right, user.company_bin) == ("clerk", "single", company_bin(bank))
    accounts = api.accounts()
    expected = {a["iban"] for a in bank.accounts if a["company_bin"] == company_bin(bank)}
    assert {a.iban for a in accounts} == expected
    current = next(a for a in accounts if a.iban == account_of(bank, company_bin(bank))["iban"])
    assert current.balance == Decimal(account_of(bank, company_bin(bank))["balance"])
    api.logout()
    assert not api.logged_in


def test_wrong_password_is_refused_with_a_clerk_sentence(bank: RunningBank):
    api = BankApi(bank.url, bank.ca_file)
    with pytest.raises(BankError) as caught:
        api.login("viewer", bank.users["viewer"] + "x")
    assert caught.value.code == "wrong_credentials"
    assert "login or password is wrong" in str(caught.value)


def test_refbank_is_refused_when_the_client_holds_another_ca(bank: RunningBank, tmp_path: Path):
    import trustme

    from bsclient.client.session.bank_api import UntrustedServerError

    trustme.CA().cert_pem.write_to_path(str(tmp_path / "other.pem"))
    with pytest.raises(UntrustedServerError):
        BankApi(bank.url, tmp_path / "other.pem").login("clerk", bank.users["clerk"])


def payment(bank: RunningBank, payer: dict, amount: str) -> PaymentOrder:
    beneficiary = next(a for a in bank.accounts if a["company_bin"] != company_bin(bank))
    bic = bank.created["bank_bic"]
    order = PaymentOrder.new(Party(payer["company"], company_bin(bank), payer["iban"], bic, "17"), "17")
    order.amount = amount
    order.beneficiary = Party(beneficiary["company"], beneficiary["company_bin"], beneficiary["iban"], bic, "17")
    order.knp = "710"
    order.purpose = "Оплата по счёту № 12 от 20.11.2026 за услуги"
    return order


def wait_for(api: BankApi, store: DocumentStore, doc_id: str, status: DocumentStatus) -> None:
    deadline = time.monotonic() + 30
    while store.get(doc_id).status != status and time.monotonic() < deadline:
        time.sleep(0.2)
        refresh_states(api, store)


def enrol_approved(bank: RunningBank, api: BankApi, carrier: Carrier, algorithm: str = "rsa-2048"):
    """A key requested before the login's second factor: it waits (never issued at once), the bank's
    officer approves it, the client collects the certificate; the key then signs."""
    from refbank.pki.requests import approve_request

    request = request_key(api, carrier, key_label="signing key", common_name="Key request", algorithm=algorithm)
    assert not request.installed
    approve_request(bank.data_dir, request.request_id)
    collected = collect_key(api, carrier, request)
    assert collected.installed
    carrier.use_key(collected.key)
    return collected.key


@pytest.fixture
def carrier(softhsm: SoftHsm, pin: Pin) -> Iterator[Carrier]:
    """A new token opened through the client's Carrier: token work on its thread, the bank on the test's."""
    label = softhsm.new_token("client")
    opened = Carrier(softhsm.module_path)
    try:
        opened.open(pin, label=label)
        yield opened
    finally:
        opened.shutdown()  # unloaded: later tests' tokens must be seen


def test_enrol_sign_send_twice_and_follow_to_executed(bank: RunningBank, carrier: Carrier, tmp_path: Path):
    """R2.2, R3.1, R9.5, R9.7: key made on the token, certified by the bank; the order signed there,
    sent twice, paid once, and followed from signed to executed."""
    api = BankApi(bank.url, bank.ca_file)
    answer = api.login("clerk", bank.users["clerk"])
    payer = account_of(bank, company_bin(bank))

    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        key = enrol_approved(bank, api, carrier)  # served before the proof, issued after the officer's approval
        user = finish_login(api, bank, answer, key=carrier.signer())  # R8.2
        before = next(a for a in api.accounts() if a.iban == payer["iban"])
        assert [k.key_id for k in carrier.key_pairs() if k.certificate_der] == [key.key_id]
        assert certificate_info(key.certificate_der).owner_name == user.full_name  # the bank's subject

        order = payment(bank, payer, "1 500,50")
        assert validate_payment_order(order, before) == {}
        store.save_draft(order)
        signed = sign_and_store(store, order, carrier.signer(), user.full_name)
        assert signed.status == DocumentStatus.SIGNED
        checked = openssl_cms_verify(tmp_path, signed.content, signed.signatures[0], bank.ca_file.read_bytes())
        assert checked.returncode == 0, checked.stderr

        first = send(api, store, order.id)
        assert first.status in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED)
        again = send(api, store, order.id)  # a double click
        assert again.status in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED)
        repeat = api.submit_document(order.id, signed.content, signed.signatures)  # a retry after a lost answer
        assert repeat.duplicate

        wait_for(api, store, order.id, DocumentStatus.EXECUTED)
        assert store.get(order.id).status == DocumentStatus.EXECUTED
        after = next(a for a in api.accounts() if a.iban == payer["iban"])
        assert before.balance - after.balance == Decimal("1500.50")


def test_a_rejected_order_keeps_the_banks_reason(bank: RunningBank, carrier: Carrier, tmp_path: Path):
    """R9.5: a rejection shows the bank's reason in the clerk's words."""
    api = BankApi(bank.url, bank.ca_file)
    answer = api.login("clerk", bank.users["clerk"])
    payer = account_of(bank, company_bin(bank))
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        enrol_approved(bank, api, carrier, algorithm="ec-p256")
        finish_login(api, bank, answer, key=carrier.signer())  # R8.2: the new carrier proves itself
        order = payment(bank, payer, str(Decimal(payer["balance"]) * 10))
        sign_and_store(store, order, carrier.signer(), "clerk")
        record = send(api, store, order.id)
    assert record.status == DocumentStatus.REJECTED
    assert record.reason.context == "Bank" and "available balance" in record.reason.render()

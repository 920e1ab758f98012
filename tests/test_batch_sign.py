"""Batch signing (R9.2) through a real SoftHSM2 carrier and the real reference bank over TLS:
200 drafts with invalid ones among them, cancel in the middle, every CMS verified."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography import x509

from bsclient.client.documents.batch import BatchOutcome, BatchProgress, BatchResult, sign_and_send_batch
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import BankApi
from bsclient.crypto import certificate_info
from bsclient.token import KeyPair, Pin, Pkcs11Module, TokenSession, TokenSigner, TokenThread
from refbank.verify import verify_detached as bank_verify
from tests.helpers.bank_documents import assert_bank_export_verifies_with_openssl, at_bank
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.drafts import OVER_BALANCE, beneficiary, broken_iban, draft, payer
from tests.helpers.login import log_in, sign_challenge
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN

VALID_AMOUNT = Decimal("100.00")
class Carrier:
    """The enrolled carrier's open session on its own token thread, as the client holds it after sign-in."""

    def __init__(self, thread: TokenThread, session: TokenSession, key: KeyPair) -> None:
        self.thread, self.session, self.key = thread, session, key
        self.signer = TokenSigner(session, key)
        self.name = certificate_info(key.certificate_der).owner_name


@pytest.fixture(scope="module")
def carrier(bank: RunningBank, softhsm_config: Path) -> Iterator[Carrier]:
    enrolled = enrolled_carrier(bank, softhsm_config)
    thread = TokenThread()

    def open_session() -> tuple[Pkcs11Module, TokenSession, KeyPair]:
        module = Pkcs11Module(enrolled.module, thread=thread)
        session = TokenSession.open(module, Pin(USER_PIN), label=enrolled.label, thread=thread)
        return module, session, next(k for k in session.key_pairs() if k.certificate_der)

    module, session, key = thread.submit(open_session).result()
    try:
        yield Carrier(thread, session, key)
    finally:
        def close() -> None:
            session.close()
            module.close()  # unloaded: later tests' carriers must be seen

        thread.submit(close).result()
        thread.shutdown()


@pytest.fixture
def api(bank: RunningBank, carrier: Carrier) -> Iterator[BankApi]:
    opened = BankApi(bank.url, bank.ca_file)
    login = clerk_login(bank)
    # R8.2: the carrier proves itself on its own thread, as the client does after the PIN
    log_in(opened, bank, login, key=lambda challenge: carrier.thread.submit(
        sign_challenge, carrier.signer, challenge).result())
    yield opened
    opened.logout()
    opened.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with DocumentStore(tmp_path / "documents.sqlite3") as opened:
        yield opened


def available_at_bank(bank: RunningBank, iban: str) -> Decimal:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        (tiyn,) = db.execute("SELECT available FROM accounts WHERE iban = ?", (iban,)).fetchone()
    return Decimal(tiyn) / 100


def test_200_drafts_with_invalid_ones_are_signed_and_sent_each_once(
        bank: RunningBank, carrier: Carrier, api: BankApi, store: DocumentStore, tmp_path: Path) -> None:
    kinds: dict[str, str] = {}
    orders = []
    for number in range(1, 201):
        if number % 20 == 7:
            order, kind = draft(bank, number, iban=broken_iban(beneficiary(bank)["iban"])), "bad_iik"
        elif number % 25 == 11:
            order, kind = draft(bank, number, purpose=""), "no_purpose"
        elif number in (50, 150, 199):
            order, kind = draft(bank, number, amount=OVER_BALANCE), "over_balance"
        else:
            order, kind = draft(bank, number), "valid"
        kinds[order.id] = kind
        orders.append(order)
    store.add_drafts(orders)
    counts = {kind: list(kinds.values()).count(kind) for kind in set(kinds.values())}
    assert counts["bad_iik"] == 10 and counts["no_purpose"] == 8 and counts["over_balance"] == 3
    available_before = available_at_bank(bank, payer(bank)["iban"])
    events: list[BatchProgress] = []

    results = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name, token_thread=carrier.thread,
                                  progress=events.append)

    # The summary lists every document, in the order given.
    assert [r.doc_id for r in results] == [o.id for o in orders]
    assert [r.number for r in results] == [o.number for o in orders]
    by_id = {r.doc_id: r for r in results}
    for doc_id, kind in kinds.items():
        result, record = by_id[doc_id], store.get(doc_id)
        if kind == "valid":
            assert result.outcome == BatchOutcome.SENT, result
            assert result.status in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED), result
        elif kind == "over_balance":  # signed and sent: only the bank knows the balance
            assert (result.outcome, result.status) == (BatchOutcome.SENT, DocumentStatus.REJECTED), result
            assert "available balance" in result.reason.render(), result.reason
            assert record.status == DocumentStatus.REJECTED and record.reason == result.reason
        else:
            field = "beneficiary.iban" if kind == "bad_iik" else "purpose"
            assert (result.outcome, result.status) == (BatchOutcome.INVALID, DocumentStatus.DRAFT), result
            assert field in result.problems, result.problems
            assert "mistakes" in result.reason.render()
            assert record.status == DocumentStatus.DRAFT and record.content is None and not record.signatures

    # The bank has every signed document exactly once, with one signature, and none of the invalid ones.
    kept = at_bank(bank, list(kinds))
    signed_ids = [i for i, kind in kinds.items() if kind in ("valid", "over_balance")]
    assert sorted(kept) == sorted(signed_ids)
    assert all(signatures == 1 for _, signatures in kept.values())
    assert all(kept[i][0] == "rejected" for i, kind in kinds.items() if kind == "over_balance")
    assert all(kept[i][0] in ("accepted", "executed") for i, kind in kinds.items() if kind == "valid")
    # ...and held each valid amount once.
    assert available_before - available_at_bank(bank, payer(bank)["iban"]) == VALID_AMOUNT * counts["valid"]

    # Progress: one step per document, ending at 200 of 200.
    finished = [e for e in events if e.result is not None]
    assert len(finished) == 200 and events[-1].done == events[-1].total == 200
    assert [e.done for e in finished] == list(range(1, 201))

    # Every CMS the batch made verifies: all with the bank's own verifier, a sample with openssl.
    ca = x509.load_pem_x509_certificate(bank.ca_file.read_bytes())
    for doc_id in signed_ids:
        record = store.get(doc_id)
        assert bank_verify(record.content, record.signatures[0], ca).serial
    for doc_id in (signed_ids[0], signed_ids[len(signed_ids) // 2], signed_ids[-1]):
        assert_bank_export_verifies_with_openssl(bank, doc_id, tmp_path / doc_id)

    # The same batch again sends nothing twice: what the bank answered about stays as it is.
    again = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name, token_thread=carrier.thread)
    assert at_bank(bank, list(kinds)) .keys() == kept.keys()
    assert all(signatures == 1 for _, signatures in at_bank(bank, list(kinds)).values())
    assert [r.outcome for r in again] == [r.outcome for r in results]
    assert available_before - available_at_bank(bank, payer(bank)["iban"]) == VALID_AMOUNT * counts["valid"]


def test_cancel_in_the_middle_leaves_no_document_half_done(
        bank: RunningBank, carrier: Carrier, api: BankApi, store: DocumentStore) -> None:
    orders = [draft(bank, number) for number in range(1, 41)]
    store.add_drafts(orders)
    cancel = threading.Event()

    def progress(event: BatchProgress) -> None:
        if event.signing is not None and event.signing == "12":
            cancel.set()  # the clerk presses Cancel while document 12 is being signed

    results = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name, token_thread=carrier.thread,
                                  progress=progress, cancel=cancel)

    assert [r.doc_id for r in results] == [o.id for o in orders]
    outcomes = [r.outcome for r in results]
    # Documents 1..12 were signed before the cancel took effect, and every signed one was sent.
    assert outcomes[:12] == [BatchOutcome.SENT] * 12
    assert outcomes[12:] == [BatchOutcome.CANCELLED] * 28
    assert all("cancelled" in r.reason.render() for r in results[12:])
    assert_each_draft_or_at_the_bank_once(bank, store, orders, results)

    # Signing the same selection again later sends the rest, and nothing twice.
    later = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name, token_thread=carrier.thread)
    assert all(r.outcome == BatchOutcome.SENT for r in later)
    kept = at_bank(bank, [o.id for o in orders])
    assert len(kept) == 40 and all(signatures == 1 for _, signatures in kept.values())


def assert_each_draft_or_at_the_bank_once(bank: RunningBank, store: DocumentStore,
                                          orders: list[PaymentOrder], results: list[BatchResult]) -> None:
    """Each document is a draft the bank never saw, or signed and at the bank once, or signed and still
    to send (then the bank has it at most once, with the same bytes)."""
    kept = at_bank(bank, [o.id for o in orders])
    for order, result in zip(orders, results, strict=True):
        record = store.get(order.id)
        assert result.status == record.status
        if record.status == DocumentStatus.DRAFT:
            assert order.id not in kept and record.content is None
        elif record.status in BANK_STATUSES:
            assert kept[order.id][1] == 1
        else:
            assert record.status in (DocumentStatus.SIGNED, DocumentStatus.SENT) and record.content is not None
            assert kept.get(order.id, ("", 1))[1] == 1


def test_a_key_handle_kept_from_an_earlier_signature_is_looked_up_again_when_stale(
        bank: RunningBank, carrier: Carrier) -> None:
    """The session keeps the key's handle between signatures (no search per signature); a handle
    that no longer names the key (the key was replaced) is found again, and the signature still verifies."""
    import PyKCS11

    from bsclient.crypto import sign_detached

    def sign_with_a_stale_handle() -> bytes:
        session = carrier.session
        stale = PyKCS11.CK_OBJECT_HANDLE(session._current())
        stale.assign(0x7FFF_FFF0)
        session._key_handles[carrier.key.key_id] = stale
        return sign_detached(b"content", carrier.signer)

    signature = carrier.thread.submit(sign_with_a_stale_handle).result()
    ca = x509.load_pem_x509_certificate(bank.ca_file.read_bytes())
    assert bank_verify(b"content", signature, ca).serial
    assert carrier.session._key_handles[carrier.key.key_id].value() != 0x7FFF_FFF0

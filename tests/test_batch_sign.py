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

from bsclient.client.carrier import Carrier, Pin, signing_key
from bsclient.client.documents.batch import BatchOutcome, BatchProgress, BatchResult, sign_and_send_batch
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import BankApi
from refbank.pki.verify import verify_detached as bank_verify
from tests.helpers.bank_documents import assert_bank_export_verifies_with_openssl, at_bank
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.drafts import OVER_BALANCE, beneficiary, broken_iban, draft, payer
from tests.helpers.login import log_in
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN

VALID_AMOUNT = Decimal("100.00")


class SigningCarrier:
    """The enrolled carrier open through the client's Carrier, as the windows hold it after sign-in."""

    def __init__(self, carrier: Carrier) -> None:
        self.carrier = carrier
        self.signer = carrier.signer()
        assert carrier.certificate is not None
        self.name = carrier.certificate.owner_name


@pytest.fixture(scope="module")
def carrier(bank: RunningBank, softhsm_config: Path) -> Iterator[SigningCarrier]:
    enrolled = enrolled_carrier(bank, softhsm_config)
    opened = Carrier(enrolled.module)
    try:
        opened.open(Pin(USER_PIN), label=enrolled.label)
        opened.use_key(signing_key(opened.key_pairs()))
        yield SigningCarrier(opened)
    finally:
        opened.shutdown()  # unloaded: later tests' carriers must be seen


@pytest.fixture
def api(bank: RunningBank, carrier: SigningCarrier) -> Iterator[BankApi]:
    opened = BankApi(bank.url, bank.ca_file)
    log_in(opened, bank, clerk_login(bank), key=carrier.signer)  # R8.2: the carrier proves itself
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
        bank: RunningBank, carrier: SigningCarrier, api: BankApi, store: DocumentStore, tmp_path: Path) -> None:
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

    results = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name,  # as the windows run it
                                  progress=events.append, run_signing=carrier.carrier.run_signing)

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
    again = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name)
    assert at_bank(bank, list(kinds)) .keys() == kept.keys()
    assert all(signatures == 1 for _, signatures in at_bank(bank, list(kinds)).values())
    assert [r.outcome for r in again] == [r.outcome for r in results]
    assert available_before - available_at_bank(bank, payer(bank)["iban"]) == VALID_AMOUNT * counts["valid"]


def test_cancel_in_the_middle_leaves_no_document_half_done(
        bank: RunningBank, carrier: SigningCarrier, api: BankApi, store: DocumentStore) -> None:
    orders = [draft(bank, number) for number in range(1, 41)]
    store.add_drafts(orders)
    cancel = threading.Event()

    def progress(event: BatchProgress) -> None:
        if event.signing is not None and event.signing == "12":
            cancel.set()  # the clerk presses Cancel while document 12 is being signed

    results = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name,
                                  progress=progress, cancel=cancel)

    assert [r.doc_id for r in results] == [o.id for o in orders]
    outcomes = [r.outcome for r in results]
    # Documents 1..12 were signed before the cancel took effect, and every signed one was sent.
    assert outcomes[:12] == [BatchOutcome.SENT] * 12
    assert outcomes[12:] == [BatchOutcome.CANCELLED] * 28
    assert all("cancelled" in r.reason.render() for r in results[12:])
    assert_each_draft_or_at_the_bank_once(bank, store, orders, results)

    # Signing the same selection again later sends the rest, and nothing twice.
    later = sign_and_send_batch(store, api, orders, carrier.signer, carrier.name)
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

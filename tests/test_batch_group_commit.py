"""Batch signing's group commit and batch request, with a software signer and scripted banks: a crash
between recording and sending loses nothing; each document of a group gets its own answer; the signing
thread never writes the store; a bank without the batch call gets one PUT per document."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bsclient.client.documents import batch
from bsclient.client.documents.batch import CHUNK, TAIL_GROUP, BatchOutcome, sign_and_send_batch
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import verify_detached
from bsclient.messages import Message
from tests.helpers.certificates import SoftwareSigner, TestCa
from tests.helpers.drafts import order


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa()


@pytest.fixture(scope="module")
def signer(ca: TestCa) -> SoftwareSigner:
    return SoftwareSigner.make(ca, "rsa", common_name="Иванов Иван", organisation="ТОО Демо", iin="880101300123")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "documents.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[DocumentStore]:
    with DocumentStore(path) as opened:
        yield opened


class BatchBank:
    """Stands in for BankApi with the batch call: answers by document number from `script` (a state,
    a BankError for that document alone), or raises `whole` for the whole request; checks that every
    document it is sent is already recorded in `store` as sent, with the same bytes."""

    def __init__(self, store: DocumentStore, numbers: dict[str, str], script: dict[str, object] | None = None,
                 whole: BaseException | None = None) -> None:
        self.store, self.numbers, self.script, self.whole = store, numbers, script or {}, whole
        self.requests: list[list[tuple[str, bytes, list[bytes]]]] = []

    def submit_documents(self, documents: list[tuple[str, bytes, list[bytes]]]) -> list[object]:
        self.requests.append(documents)
        for doc_id, content, signatures in documents:
            record = self.store.get(doc_id)  # recorded BEFORE it is sent
            assert record.status == DocumentStatus.SENT and (record.content, record.signatures) == (content, signatures)
        if self.whole is not None:
            raise self.whole
        answers: list[object] = []
        for doc_id, _, _ in documents:
            answer = self.script.get(self.numbers[doc_id], DocumentStatus.ACCEPTED)
            answers.append(answer if isinstance(answer, BankError) else DocumentState(doc_id, answer, None, None, None))
        return answers

    def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
        raise AssertionError("a bank with the batch call gets no single PUT")


class Crash(BaseException):
    """The process dies (power cut, kill) at this point."""


def test_a_crash_between_recording_and_sending_loses_nothing(path, store, signer, ca, monkeypatch):
    orders = [order(n) for n in range(1, 8)]
    store.add_drafts(orders[:4])  # the other three are not stored yet: the batch saves them when signed
    bank = BatchBank(store, {o.id: o.number for o in orders})
    recorded = store.record_batch

    def record_then_crash_before_sending(signed=(), sent=(), states=()):
        after = recorded(signed=signed, sent=sent, states=states)
        if sent:
            raise Crash()  # the signatures are recorded and marked sent; nothing has gone out
        return after

    monkeypatch.setattr(store, "record_batch", record_then_crash_before_sending)
    with pytest.raises(Crash):
        sign_and_send_batch(store, bank, orders, signer, "Иванов Иван")
    assert bank.requests == []

    # After the restart: every document is there, signed and taken as maybe at the bank, with bytes and a
    # signature that verify.
    with DocumentStore(path) as reopened:
        for made in orders:
            record = reopened.get(made.id)
            assert record.status == DocumentStatus.SENT, made.number
            assert verify_detached(record.content, record.signatures[0], ca.der).owner_name == "Иванов Иван"
            assert record.signer_name == "Иванов Иван"
        kept = {made.id: (reopened.get(made.id).content, reopened.get(made.id).signatures) for made in orders}

        # The next batch sends exactly those bytes, and signs nothing again.
        bank = BatchBank(reopened, {o.id: o.number for o in orders})
        results = sign_and_send_batch(reopened, bank, orders, signer, "Иванов Иван")
        assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * 7
        sent = {doc_id: (content, signatures) for request in bank.requests for doc_id, content, signatures in request}
        assert sent == kept


def test_each_document_of_a_group_gets_its_own_answer(store, signer):
    orders = [order(1), order(2, amount="abc"), order(3), order(4), order(5)]
    store.add_drafts(orders)
    refused = BankError(Message("Bank", "The document is malformed."), "malformed_document", http_status=400)
    bank = BatchBank(store, {o.id: o.number for o in orders},
                     {"3": refused, "4": DocumentStatus.REJECTED})
    results = sign_and_send_batch(store, bank, orders, signer, "A")

    assert [r.doc_id for r in results] == [o.id for o in orders]
    assert [(r.outcome, r.status) for r in results] == [
        (BatchOutcome.SENT, DocumentStatus.ACCEPTED), (BatchOutcome.INVALID, DocumentStatus.DRAFT),
        (BatchOutcome.FAILED, DocumentStatus.SIGNED),  # refused alone: back to signed, the same bytes kept
        (BatchOutcome.SENT, DocumentStatus.REJECTED), (BatchOutcome.SENT, DocumentStatus.ACCEPTED)]
    assert "malformed" in results[2].reason.render()
    assert [store.get(o.id).status for o in orders] == [r.status for r in results]
    assert sorted(doc_id for request in bank.requests for doc_id, _, _ in request) == \
        sorted(o.id for o in orders if o.number != "2")


def test_the_signing_thread_never_writes_the_store(store, signer, monkeypatch):
    """The carrier's thread only signs: every group is recorded (signatures, sent, the bank's answers)
    on the sender that posts it, so no signature waits for a disk sync."""
    orders = [order(n) for n in range(1, 21)]
    store.add_drafts(orders)
    recorded, writers = store.record_batch, set()

    def record_batch(**steps):
        writers.add(threading.current_thread().name)
        return recorded(**steps)

    monkeypatch.setattr(store, "record_batch", record_batch)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="token") as token_thread:
        results = sign_and_send_batch(store, BatchBank(store, {o.id: o.number for o in orders}), orders, signer, "A",
                                      run_signing=lambda loop: token_thread.submit(loop).result())
    assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * 20
    assert writers and all(name.startswith("batch-send") for name in writers), writers


def test_a_lost_answer_to_the_whole_request_leaves_each_sent_and_a_refusal_of_it_leaves_each_signed(path, signer):
    with DocumentStore(path) as store:
        orders = [order(n) for n in range(1, 4)]
        lost = BankUnreachableError(Message("Bank", "no answer"), "timeout")
        bank = BatchBank(store, {o.id: o.number for o in orders}, whole=lost)
        results = sign_and_send_batch(store, bank, orders, signer, "A")
        assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.FAILED, DocumentStatus.SENT)] * 3
        assert all("no answer" in r.reason.render() for r in results)

        expired = BankError(Message("Bank", "Log in again."), "session_expired", http_status=401)
        bank = BatchBank(store, {o.id: o.number for o in orders}, whole=expired)
        results = sign_and_send_batch(store, bank, orders, signer, "A")
        assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.FAILED, DocumentStatus.SIGNED)] * 3
        before = [(store.get(o.id).content, store.get(o.id).signatures) for o in orders]

        bank = BatchBank(store, {o.id: o.number for o in orders})
        results = sign_and_send_batch(store, bank, orders, signer, "A")
        assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * 3
        assert [(content, signatures) for content, signatures in
                ((c, s) for request in bank.requests for _, c, s in request)] == before


class OldBank:
    """A bank without POST documents:batch: 404 to it, one PUT per document works."""

    def __init__(self) -> None:
        self.batch_calls = 0
        self.puts: list[str] = []

    def submit_documents(self, documents: list[tuple[str, bytes, list[bytes]]]) -> list[object]:
        self.batch_calls += 1
        raise BankError(Message("Bank", "not found"), "not_found", http_status=404)

    def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
        self.puts.append(doc_id)
        return DocumentState(doc_id, DocumentStatus.ACCEPTED, None, None, None)


def test_a_bank_without_the_batch_call_gets_one_put_per_document(store, signer):
    orders = [order(n) for n in range(1, 6)]
    bank = OldBank()
    results = sign_and_send_batch(store, bank, orders, signer, "A")
    assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * 5
    assert sorted(bank.puts) == sorted(o.id for o in orders)
    assert bank.batch_calls == 1  # asked once, then never again in this batch


def test_record_batch_applies_each_step_only_where_it_fits(store, signer):
    made = [order(n) for n in range(1, 4)]
    store.add_drafts(made)
    after = store.record_batch(signed=[(made[0], b"{}", [b"sig"], "A")], sent=[made[0].id, made[1].id])
    assert after == {made[0].id: DocumentStatus.SENT, made[1].id: None}  # a draft is never "sent"
    after = store.record_batch(states=[DocumentState(made[0].id, DocumentStatus.EXECUTED, None, None, None),
                                       DocumentState(made[2].id, DocumentStatus.ACCEPTED, None, None, None)])
    assert after == {made[0].id: DocumentStatus.EXECUTED, made[2].id: None}
    # States only move forward, and a signed document's bytes never change.
    after = store.record_batch(states=[DocumentState(made[0].id, DocumentStatus.ACCEPTED, None, None, None)],
                               signed=[(made[0], b"{other}", [b"sig2"], "A")])
    assert after == {made[0].id: DocumentStatus.EXECUTED}
    assert store.get(made[0].id).status == DocumentStatus.EXECUTED and store.get(made[0].id).content == b"{}"



def test_record_batch_never_marks_sent_a_document_it_would_not_sign(store):
    """Signed and marked sent in one commit: a document signed before with other bytes keeps them and
    stays signed, not sent."""
    made = [order(1), order(2)]
    store.add_drafts(made)
    store.mark_signed(made[1].id, b"{first}", [b"sig1"], "A")
    after = store.record_batch(signed=[(made[0], b"{}", [b"sig"], "A"), (made[1], b"{second}", [b"sig2"], "A")],
                               sent=[made[0].id, made[1].id])
    assert after == {made[0].id: DocumentStatus.SENT, made[1].id: None}
    kept = store.get(made[1].id)
    assert (kept.status, kept.content, kept.signatures) == (DocumentStatus.SIGNED, b"{first}", [b"sig1"])

def test_the_last_documents_go_in_small_groups(store, signer, monkeypatch):
    """The groups made of the last CHUNK documents hold TAIL_GROUP at most, so what is left after the
    last signature is one small group to record, send and answer. (A sender still takes groups that
    waited for it together: the test below; so this looks at the groups made, not at the requests.)"""
    orders = [order(n) for n in range(1, CHUNK + 3 * TAIL_GROUP + 1)]
    store.add_drafts(orders)
    handed: list[list[str]] = []
    hand = batch._Senders.hand

    def spying_hand(senders, job, count):
        handed.append([item.order.id for item in job.items])
        hand(senders, job, count)

    monkeypatch.setattr(batch._Senders, "hand", spying_hand)
    bank = BatchBank(store, {o.id: o.number for o in orders})
    results = sign_and_send_batch(store, bank, orders, signer, "A")
    assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * len(orders)
    assert [doc_id for group in handed for doc_id in group] == [o.id for o in orders]
    last = {o.id for o in orders[-CHUNK:]}
    assert all(len(group) <= CHUNK for group in handed)
    assert all(len(group) <= TAIL_GROUP for group in handed if last & set(group))
    assert all(len(request) <= CHUNK for request in bank.requests)


def test_groups_that_waited_for_a_busy_sender_go_in_one_request(store, signer):
    """The first request answers only once every document is signed: the groups made meanwhile wait, and
    the sender takes them together (up to CHUNK documents a request), not one request each."""
    orders = [order(n) for n in range(1, CHUNK + 3 * TAIL_GROUP + 1)]
    store.add_drafts(orders)
    all_signed = threading.Event()

    class CountingSigner:
        certificate_der, algorithm = signer.certificate_der, signer.algorithm

        def __init__(self) -> None:
            self.count = 0

        def sign(self, data: bytes) -> bytes:
            self.count += 1
            if self.count == len(orders):
                all_signed.set()
            return signer.sign(data)

    class SlowFirstBank(BatchBank):
        def submit_documents(self, documents):
            if not self.requests:
                assert all_signed.wait(30)
            return super().submit_documents(documents)

    bank = SlowFirstBank(store, {o.id: o.number for o in orders})
    results = sign_and_send_batch(store, bank, orders, CountingSigner(), "A", send_threads=1)
    assert [(r.outcome, r.status) for r in results] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * len(orders)
    assert sorted(doc_id for request in bank.requests for doc_id, _, _ in request) == sorted(o.id for o in orders)
    assert all(len(request) <= CHUNK for request in bank.requests)
    assert len(bank.requests[1]) > TAIL_GROUP  # the small groups of the end, together

def test_a_draft_is_signed_as_the_store_holds_it_not_as_the_list_read_it(store, signer):
    listed = [order(1), order(2)]
    store.add_drafts(listed)
    edited = PaymentOrder.from_dict({**listed[1].to_dict(), "purpose": "Оплата по договору № 7, исправлено"})
    store.save_draft(edited)  # an editor saved it after the list was read
    bank = BatchBank(store, {o.id: o.number for o in listed})
    results = sign_and_send_batch(store, bank, listed, signer, "A")
    assert [r.outcome for r in results] == [BatchOutcome.SENT] * 2
    signed = {doc_id: content for request in bank.requests for doc_id, content, _ in request}
    assert "исправлено".encode() in signed[edited.id] and signed[listed[0].id] == store.get(listed[0].id).content


def test_as_stored_names_only_stored_documents_with_their_orders(store):
    drafts = [order(n) for n in range(1, 4)]
    store.add_drafts(drafts[:2])
    store.mark_signed(drafts[1].id, b"{}", [b"signature"], "A")
    found = store.as_stored([o.id for o in drafts])
    assert {doc_id: form.status for doc_id, form in found.items()} == {drafts[0].id: DocumentStatus.DRAFT,
                                                                     drafts[1].id: DocumentStatus.SIGNED}
    assert found[drafts[0].id].order() == store.get(drafts[0].id).order

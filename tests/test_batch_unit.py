"""Batch signing with a software signer and a scripted bank: failures of one document, a carrier
gone mid-batch, a lost answer; and the prepared CMS, byte for byte what sign_detached makes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from bsclient.client.carrier import TokenRemovedError
from bsclient.client.documents.batch import BatchOutcome, sign_and_send_batch
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import sign_detached, verify_detached
from bsclient.crypto.prepared_cms import PreparedSigner
from bsclient.messages import Message
from tests.helpers.certificates import SoftwareSigner, TestCa, openssl_cms_verify
from tests.helpers.drafts import order


class Bank:
    """Stands in for BankApi: accepts, or answers from `script` by document number; records every PUT."""

    def __init__(self, script: dict[str, list[object]] | None = None) -> None:
        self.script = script or {}
        self.numbers: dict[str, str] = {}
        self.puts: list[tuple[str, bytes, list[bytes]]] = []

    def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
        self.puts.append((doc_id, content, signatures))
        answers = self.script.get(self.numbers.get(doc_id, ""), [])
        answer = answers.pop(0) if answers else DocumentStatus.ACCEPTED
        if isinstance(answer, Exception):
            raise answer
        return DocumentState(doc_id, answer, None, None, None)


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa()


@pytest.fixture(scope="module")
def signer(ca: TestCa) -> SoftwareSigner:
    return SoftwareSigner.make(ca, "rsa", common_name="Иванов Иван", organisation="ТОО Демо", iin="880101300123")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with DocumentStore(tmp_path / "documents.sqlite3") as opened:
        yield opened


def numbered(bank: Bank, orders: list[PaymentOrder]) -> list[PaymentOrder]:
    bank.numbers.update({o.id: o.number for o in orders})
    return orders


def test_one_failing_document_does_not_stop_the_others(store, signer, ca):
    bank = Bank({"3": [BankError(Message("Bank", "The bank refused: malformed"), "malformed_document")]})
    orders = numbered(bank, [order(1), order(2, amount="abc"), order(3), order(4)])
    results = sign_and_send_batch(store, bank, orders, signer, "Иванов Иван")
    assert [r.outcome for r in results] == [BatchOutcome.SENT, BatchOutcome.INVALID, BatchOutcome.FAILED,
                                            BatchOutcome.SENT]
    assert set(results[1].problems) == {"amount"}
    # A definite refusal returns the document to "signed": it can be sent again, the same bytes.
    assert results[2].status == DocumentStatus.SIGNED and "malformed" in results[2].reason.render()
    assert sorted(doc_id for doc_id, _, _ in bank.puts) == sorted([orders[0].id, orders[2].id, orders[3].id])
    for _, content, signatures in bank.puts:
        assert verify_detached(content, signatures[0], ca.der).owner_name == "Иванов Иван"


def test_a_lost_answer_leaves_it_sent_and_the_next_batch_repeats_the_same_bytes(store, signer):
    lost = BankUnreachableError(Message("Bank", "no answer"), "timeout")
    bank = Bank({"1": [lost]})
    orders = numbered(bank, [order(1), order(2)])
    first = sign_and_send_batch(store, bank, orders, signer, "A")
    assert (first[0].outcome, first[0].status) == (BatchOutcome.FAILED, DocumentStatus.SENT)
    assert first[1].outcome == BatchOutcome.SENT
    second = sign_and_send_batch(store, bank, orders, signer, "A")
    assert [(r.outcome, r.status) for r in second] == [(BatchOutcome.SENT, DocumentStatus.ACCEPTED)] * 2
    puts_of_first = [put for put in bank.puts if put[0] == orders[0].id]
    assert len(puts_of_first) == 2 and puts_of_first[0] == puts_of_first[1]
    assert len([put for put in bank.puts if put[0] == orders[1].id]) == 1  # answered: never sent again


class CarrierPulledOut:
    """A signer whose carrier is removed after `works` signatures."""

    def __init__(self, signer: SoftwareSigner, works: int) -> None:
        self._signer, self._left = signer, works
        self.certificate_der, self.algorithm = signer.certificate_der, signer.algorithm

    def sign(self, data: bytes) -> bytes:
        if self._left == 0:
            raise TokenRemovedError()
        self._left -= 1
        return self._signer.sign(data)


def test_a_carrier_pulled_out_stops_the_signing_and_leaves_the_rest_drafts(store, signer):
    bank = Bank()
    orders = numbered(bank, [order(n) for n in range(1, 6)])
    store.add_drafts(orders)
    results = sign_and_send_batch(store, bank, orders, CarrierPulledOut(signer, 2), "A")
    assert [r.outcome for r in results] == [BatchOutcome.SENT] * 2 + [BatchOutcome.FAILED] * 3
    assert all(r.status == DocumentStatus.DRAFT and r.reason is not None for r in results[2:])
    assert all(store.get(o.id).status == DocumentStatus.DRAFT for o in orders[2:])
    assert len(bank.puts) == 2


def test_signed_documents_are_only_sent_again_and_drafts_not_stored_yet_are_saved(store, signer):
    bank = Bank({"1": [BankError(Message("Bank", "Log in again."), "session_expired")]})
    orders = numbered(bank, [order(1), order(2)])
    store.save_draft(orders[0])
    sign_and_send_batch(store, bank, orders[:1], signer, "A")
    signed = store.get(orders[0].id)
    assert signed.status == DocumentStatus.SIGNED
    results = sign_and_send_batch(store, bank, orders, signer, "A")  # the second was never stored
    assert [r.outcome for r in results] == [BatchOutcome.SENT, BatchOutcome.SENT]
    assert store.get(orders[0].id).content == signed.content and store.get(orders[0].id).signatures == signed.signatures
    assert store.get(orders[1].id).status == DocumentStatus.ACCEPTED


class Deterministic:
    """A 'signature' that depends only on the bytes signed, so two CMS builders can be compared."""

    def __init__(self, signer: SoftwareSigner) -> None:
        self.certificate_der, self.algorithm = signer.certificate_der, signer.algorithm

    def sign(self, data: bytes) -> bytes:
        return hashlib.sha512(data).digest() * 4


@pytest.mark.parametrize("algorithm", ["rsa", "ec"])
@pytest.mark.parametrize("size", [0, 1, 127, 128, 300, 70_000])
def test_the_prepared_cms_is_byte_for_byte_what_sign_detached_makes(ca, algorithm, size):
    signer = Deterministic(SoftwareSigner.make(ca, algorithm, common_name="Ахметова Айгуль Сериковна"))
    content = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    when = datetime(2026, 11, 23, 12, 34, 56, 789, tzinfo=UTC)
    assert PreparedSigner(signer).sign(content, signing_time=when) == sign_detached(content, signer, signing_time=when)


def test_the_prepared_cms_takes_the_clocks_time_to_the_second_each_second(ca):
    signer = Deterministic(SoftwareSigner.make(ca, "ec", common_name="Ахметова Айгуль Сериковна"))
    prepared, content = PreparedSigner(signer), b'{"amount":"1.00"}'
    first = datetime(2026, 11, 23, 12, 34, 56, 900_000, tzinfo=UTC)
    with time_machine.travel(first, tick=False) as traveller:
        assert prepared.sign(content) == sign_detached(content, signer, signing_time=first)
        traveller.shift(0.05)  # the same second
        assert prepared.sign(content) == sign_detached(content, signer, signing_time=first)
        traveller.shift(0.1)  # the next one: not the time encoded before
        later = datetime(2026, 11, 23, 12, 34, 57, tzinfo=UTC)
        assert prepared.sign(content) == sign_detached(content, signer, signing_time=later)
        traveller.move_to(datetime(2051, 1, 1, tzinfo=UTC))  # GeneralizedTime: the general path
        assert prepared.sign(content) == sign_detached(content, signer, signing_time=datetime(2051, 1, 1, tzinfo=UTC))


def test_the_prepared_cms_verifies_with_openssl_and_handles_years_outside_utctime(ca, signer, tmp_path):
    prepared = PreparedSigner(signer)
    content = "{\"purpose\":\"Оплата\"}".encode()
    assert openssl_cms_verify(tmp_path, content, prepared.sign(content), ca.pem).returncode == 0
    late = datetime(2051, 1, 1, tzinfo=UTC)  # GeneralizedTime: the general path
    deterministic = Deterministic(signer)
    assert PreparedSigner(deterministic).sign(content, signing_time=late) == \
        sign_detached(content, deterministic, signing_time=late)

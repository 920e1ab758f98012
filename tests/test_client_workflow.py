"""The document workflow with a software signer and a scripted bank: what is stored at each step."""

from __future__ import annotations

import pytest

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import refresh_states, send, sign_and_store, sign_order
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import canonical_bytes, verify_detached
from bsclient.messages import Message
from bsclient.rules import ValidationError
from tests.helpers.certificates import SoftwareSigner, TestCa, openssl_cms_verify
from tests.helpers.drafts import order


class ScriptedBank:
    """Stands in for BankApi: answers submit_document from a list, records what it was sent."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.submitted: list[tuple[str, bytes, list[bytes]]] = []

    def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
        self.submitted.append((doc_id, content, signatures))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return DocumentState(doc_id, answer, None, None, None)

    def document_states(self, ids: list[str]) -> list[DocumentState]:
        return [DocumentState(i, DocumentStatus.EXECUTED, None, None, None) for i in ids]


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa()


@pytest.fixture
def signer(ca: TestCa) -> SoftwareSigner:
    return SoftwareSigner.make(ca, "ec", common_name="Иванов Иван")


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as opened:
        yield opened


def test_signed_bytes_are_the_canonical_content_and_verify_with_openssl(signer, ca, tmp_path):
    draft = order()
    content, signature = sign_order(draft, signer, "Иванов Иван")
    assert content == canonical_bytes(draft.to_content())
    assert verify_detached(content, signature, ca.der).owner_name == "Иванов Иван"
    assert openssl_cms_verify(tmp_path, content, signature, ca.pem).returncode == 0


def test_an_invalid_order_is_not_signed(store, signer):
    draft = order()
    draft.beneficiary.bin = "181140004064"
    with pytest.raises(ValidationError) as caught:
        sign_and_store(store, draft, signer, "A")
    assert set(caught.value.problems) == {"beneficiary.bin"}
    assert store.get(draft.id) is None


def test_second_signature_covers_the_same_bytes(store, signer, ca):
    draft = order()
    first = sign_and_store(store, draft, signer, "First")
    second_signer = SoftwareSigner.make(ca, "rsa", common_name="Second")
    second = sign_and_store(store, draft, second_signer, "Second")
    assert second.content == first.content and len(second.signatures) == 2
    assert verify_detached(second.content, second.signatures[1], ca.der).owner_name == "Second"
    assert second.signer_name == "First; Second"


def test_send_records_the_banks_state_and_a_second_send_does_not_resubmit(store, signer):
    """R9.7: sending twice never sends twice once the bank has answered."""
    draft = order()
    sign_and_store(store, draft, signer, "A")
    bank = ScriptedBank(DocumentStatus.ACCEPTED)
    assert send(bank, store, draft.id).status == DocumentStatus.ACCEPTED
    assert send(bank, store, draft.id).status == DocumentStatus.ACCEPTED
    assert len(bank.submitted) == 1


def test_lost_answer_leaves_it_sent_and_the_next_send_repeats_the_same_bytes(store, signer):
    draft = order()
    signed = sign_and_store(store, draft, signer, "A")
    lost = BankUnreachableError(Message("Bank", "no answer"), "timeout")
    bank = ScriptedBank(lost, DocumentStatus.ACCEPTED)
    with pytest.raises(BankUnreachableError):
        send(bank, store, draft.id)
    assert store.get(draft.id).status == DocumentStatus.SENT
    assert send(bank, store, draft.id).status == DocumentStatus.ACCEPTED
    assert bank.submitted[0] == bank.submitted[1] == (draft.id, signed.content, signed.signatures)


def test_definite_refusal_returns_the_document_to_signed(store, signer):
    draft = order()
    sign_and_store(store, draft, signer, "A")
    refused = BankError(Message("Bank", "Log in again."), "session_expired")
    with pytest.raises(BankError):
        send(ScriptedBank(refused), store, draft.id)
    assert store.get(draft.id).status == DocumentStatus.SIGNED


def test_a_draft_cannot_be_sent(store):
    draft = order()
    store.save_draft(draft)
    with pytest.raises(ValidationError):
        send(ScriptedBank(), store, draft.id)


def test_refresh_applies_the_banks_states_to_sent_documents_only(store, signer):
    sent, kept = order(), order()
    sign_and_store(store, sent, signer, "A")
    sign_and_store(store, kept, signer, "A")
    send(ScriptedBank(DocumentStatus.ACCEPTED), store, sent.id)
    updated = refresh_states(ScriptedBank(), store)
    assert [r.id for r in updated] == [sent.id] and updated[0].status == DocumentStatus.EXECUTED
    assert store.get(kept.id).status == DocumentStatus.SIGNED

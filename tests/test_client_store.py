"""The local document store: drafts survive closing and reopening (R9.6), states move forward only."""

import sqlite3
from datetime import UTC, date, datetime

import pytest
from sqlcipher3 import dbapi2

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore, StoreError
from bsclient.client.models import DocumentState
from bsclient.messages import Message


def draft(number: str = "17", purpose: str = "Оплата по договору поставки") -> PaymentOrder:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", "KZ456010000000000001", "HSBKKZKX", "17"), number,
                             today=date(2026, 11, 23))
    order.amount = "1 500,50"
    order.beneficiary = Party("ТОО Бенефициар", "090840000906", "KZ12009NPS0413609816", "GCVPKZ2A", "11")
    order.knp = "710"
    order.purpose = purpose
    return order


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "data" / "documents.sqlite3") as opened:
        yield opened


def test_draft_survives_closing_and_reopening(tmp_path):
    """R9.6: a saved draft is on disk, whatever happens to the process."""
    path = tmp_path / "documents.sqlite3"
    order = draft()
    store = DocumentStore(path)
    store.save_draft(order)
    order.amount = "2 000"
    store.save_draft(order)
    store.close()

    reopened = DocumentStore(path)
    record = reopened.get(order.id)
    assert record.order == order and record.status == DocumentStatus.DRAFT
    reopened.close()


def test_saved_draft_is_visible_to_another_connection_at_once(tmp_path):
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        store.save_draft(draft())
        other = sqlite3.connect(path)
        assert other.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other.close()
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_full_life_round_trip(store):
    order = draft()
    store.save_draft(order)
    store.mark_signed(order.id, b"{...}", [b"cms-1"], "Иванов Иван")
    store.mark_sent(order.id)
    reason = Message("Bank", "The bank refused: {message}", {"message": "test"})
    received = datetime(2026, 11, 23, 9, 15, 2, tzinfo=UTC)
    record = store.apply_state(order.id, DocumentState(order.id, DocumentStatus.REJECTED, reason, received, None))
    assert (record.status, record.reason, record.content, record.signatures, record.signer_name) == (
        DocumentStatus.REJECTED, reason, b"{...}", [b"cms-1"], "Иванов Иван")


def test_states_only_move_forward(store):
    order = draft()
    store.save_draft(order)
    store.mark_signed(order.id, b"c", [b"s"], "A")
    store.mark_sent(order.id)
    store.apply_state(order.id, DocumentState(order.id, DocumentStatus.EXECUTED, None, None, None))
    late = store.apply_state(order.id, DocumentState(order.id, DocumentStatus.ACCEPTED, None, None, None))
    assert late.status == DocumentStatus.EXECUTED


def test_signed_document_cannot_be_changed_as_a_draft(store):
    order = draft()
    store.save_draft(order)
    store.mark_signed(order.id, b"c", [b"s"], "A")
    order.amount = "999"
    with pytest.raises(StoreError) as caught:
        store.save_draft(order)
    assert "already signed" in str(caught.value)
    assert store.get(order.id).order.amount == "1 500,50"


def test_list_filters_by_status_and_text_in_any_case(store):
    first, second = draft("1", "Оплата по договору"), draft("2", "Аренда офиса")
    store.save_draft(first)
    store.save_draft(second)
    store.mark_signed(second.id, b"c", [b"s"], "A")
    assert [r.id for r in store.list(status=DocumentStatus.DRAFT)] == [first.id]
    assert [r.id for r in store.list(text="АРЕНДА")] == [second.id]
    assert len(store.list()) == 2


def test_unknown_document_is_none(store):
    assert store.get("nope") is None


def test_damaged_file_is_a_store_error_with_a_sentence(tmp_path):
    path = tmp_path / "documents.sqlite3"
    path.write_bytes(b"this is not a database, it is a text file" * 100)
    with pytest.raises(StoreError) as caught:
        DocumentStore(path)
    assert "damaged" in str(caught.value) and isinstance(caught.value.__cause__, dbapi2.DatabaseError)


def test_unwritable_place_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as caught:
        DocumentStore(blocker / "sub" / "documents.sqlite3")
    assert "cannot be opened or written" in str(caught.value)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "documents.sqlite3"
    DocumentStore(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(StoreError) as caught:
        DocumentStore(path)
    assert "newer version" in str(caught.value)

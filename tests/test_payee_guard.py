"""The payee guard: a known beneficiary with a new IIK, or a known IIK with another BIN or name, is
flagged with what changed and since which payment; a beneficiary never paid is marked new."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from schwifty import IBAN

from bsclient.client.documents.payees import CHANGED, KNOWN, NEW, check_payee, payee_memory, stored_payee_memory
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import DocumentState
from bsclient.client.onec.payment_import import preview_import
from tests.helpers.workplace import ACCOUNTS, USER

DATA = Path(__file__).parent / "data"
CP1251 = (DATA / "payment_orders_cp1251.txt").read_bytes()
TODAY = date(2026, 11, 20)
ALATAU_IIK = "KZ159650000000007788"
SWAPPED_IIK = IBAN.generate("KZ", bank_code="965", account_code="0000000009999").compact


def preview(data: bytes, existing: list[DocumentRecord] | DocumentStore):
    return preview_import(data, company_name=USER.company_name, company_bin=USER.company_bin, accounts=ACCOUNTS,
                          existing=existing, today=TODAY)


def paid_before(status: DocumentStatus = DocumentStatus.EXECUTED) -> list[DocumentRecord]:
    """The file's orders as paid on 12.11.2026 under other numbers."""
    records = []
    for index, imported in enumerate(preview(CP1251, []).orders):
        order = dataclasses.replace(imported.order, number=f"4{index}", date=date(2026, 11, 12))
        records.append(DocumentRecord(id=f"paid-{index}", order=order, status=status, reason=None, content=None))
    return records


def test_beneficiaries_never_paid_are_marked_new():
    result = preview(CP1251, [])
    assert [o.payee.state for o in result.orders] == [NEW, NEW]
    assert "has not been paid" in result.orders[0].payee.reasons[0].render()


def test_beneficiaries_paid_with_the_same_details_are_known():
    result = preview(CP1251, paid_before())
    assert [o.payee.state for o in result.orders] == [KNOWN, KNOWN] and all(o.valid for o in result.orders)


def test_a_known_payees_swapped_iik_is_flagged_with_what_changed_and_since_when():
    swapped = CP1251.replace(ALATAU_IIK.encode(), SWAPPED_IIK.encode())
    first, second = preview(swapped, paid_before()).orders
    assert first.payee.state == CHANGED and second.payee.state == KNOWN
    text = first.payee.reasons[0].render()
    assert ALATAU_IIK in text and SWAPPED_IIK in text and "12.11.2026" in text and "Алатау" in text
    assert "by phone" in text


def test_a_known_iik_with_another_bin_is_flagged():
    memory = payee_memory(paid_before())
    check = check_payee(memory, name='ТОО "Алатау Тіршілік"', bin_="940140000385", iban=ALATAU_IIK)
    assert check.state == CHANGED and "940140000385" in check.reasons[0].render()
    renamed = check_payee(memory, name="ТОО Другое", bin_="050140000656", iban=ALATAU_IIK)
    assert renamed.state == CHANGED and "ТОО Другое" in renamed.reasons[0].render()


def test_drafts_and_rejected_orders_are_not_payments_remembered():
    assert all(o.payee.state == NEW for o in preview(CP1251, paid_before(DocumentStatus.DRAFT)).orders)
    assert all(o.payee.state == NEW for o in preview(CP1251, paid_before(DocumentStatus.REJECTED)).orders)


def paid_in(store: DocumentStore, records: list[DocumentRecord]) -> None:
    for record in records:
        store.add_from_bank(record.order, b"{}", [b"signature"],
                            DocumentState(record.id, record.status, None, None, None))


def other_payments(count: int, status: DocumentStatus) -> list[DocumentRecord]:
    """`count` orders to other beneficiaries on other days, as stored documents in `status`."""
    template = preview(CP1251, []).orders[0].order
    return [DocumentRecord(id=f"other-{status}-{n}", order=dataclasses.replace(
        template, id=f"other-{status}-{n}", number=f"9{n}", date=date(2026, 1, 1) + timedelta(days=n % 300),
        beneficiary=dataclasses.replace(template.beneficiary, name=f"ТОО Другой {n}", bin=f"{n:012d}",
                                        iban=IBAN.generate("KZ", bank_code="965", account_code=f"{n:013d}").compact)),
        status=status, reason=None, content=None) for n in range(count)]


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3", key=bytes(range(32))) as store:  # encrypted, as the client's
        yield store


def test_the_stores_index_of_paid_orders_remembers_what_its_documents_say(store):
    paid_in(store, other_payments(300, DocumentStatus.EXECUTED) + other_payments(20, DocumentStatus.REJECTED))
    paid_in(store, paid_before(DocumentStatus.ACCEPTED))
    store.add_drafts([o.order for o in preview(CP1251, []).orders])
    assert stored_payee_memory(store) == payee_memory(store.list())
    assert len(stored_payee_memory(store).by_iban) == 302


def test_a_swapped_iik_is_flagged_through_the_stores_index_among_many_payments(store):
    paid_in(store, other_payments(500, DocumentStatus.EXECUTED) + paid_before())
    swapped = CP1251.replace(ALATAU_IIK.encode(), SWAPPED_IIK.encode())
    from_store, from_records = preview(swapped, store), preview(swapped, store.list())
    assert [o.payee for o in from_store.orders] == [o.payee for o in from_records.orders]
    first, second = from_store.orders
    assert first.payee.state == CHANGED and second.payee.state == KNOWN
    assert ALATAU_IIK in first.payee.reasons[0].render() and "12.11.2026" in first.payee.reasons[0].render()


def test_the_latest_payment_to_an_iik_is_what_the_index_remembers(store):
    earlier = paid_before()
    later = [dataclasses.replace(r, id=f"later-{n}", order=dataclasses.replace(
        r.order, id=f"later-{n}", date=date(2026, 11, 16),
        beneficiary=dataclasses.replace(r.order.beneficiary, name="ТОО Новое имя"))) for n, r in enumerate(earlier)]
    paid_in(store, later + earlier)
    memory = stored_payee_memory(store)
    assert memory == payee_memory(store.list())
    assert memory.by_iban[ALATAU_IIK].name == "ТОО Новое имя" and memory.by_iban[ALATAU_IIK].day == date(2026, 11, 16)


def test_a_store_made_before_the_lookup_indexes_gets_them(tmp_path):
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        paid_in(store, paid_before())
        with store.transaction() as db:
            db.execute("DROP INDEX documents_paid")
            db.execute("DROP INDEX documents_day")
    with DocumentStore(path) as store:
        assert stored_payee_memory(store) == payee_memory(store.list())
        assert len(store.orders_of_day("2026-11-12")) == 2


def test_a_store_whose_paid_index_read_the_body_gets_the_iik_column_and_the_index_on_it(tmp_path):
    """A store of an earlier client: its paid index on json_extract(body, '$.beneficiary.iban'), no
    list_iban, and triggers that fill the other columns only."""
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        paid_in(store, paid_before() + other_payments(5, DocumentStatus.ACCEPTED))
        with store.transaction() as db:
            db.execute("DROP INDEX documents_paid")
            for trigger in ("documents_list_insert", "documents_list_body"):
                sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (trigger,)).fetchone()[0]
                db.execute(f"DROP TRIGGER {trigger}")
                db.execute(re.sub(r", list_iban = json_extract\(NEW\.body, '\$\.beneficiary\.iban'\)", "", sql))
            db.execute("ALTER TABLE documents DROP COLUMN list_iban")
            db.execute("CREATE INDEX documents_paid ON documents(list_date, updated_at DESC, created_at DESC, id, "
                       "json_extract(body, '$.beneficiary.iban'), list_bin, list_beneficiary, list_number) "
                       "WHERE status IN ('sent', 'accepted', 'executed', 'awaiting_signature')")
    with DocumentStore(path) as store:
        paid_in(store, other_payments(3, DocumentStatus.EXECUTED))  # filled by the triggers made again
        index = store._db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_paid'").fetchone()[0]
        assert "list_iban" in index and "json_extract" not in index
        assert store._db.execute("SELECT count(*) FROM documents WHERE list_iban IS NULL").fetchone()[0] == 0
        assert stored_payee_memory(store) == payee_memory(store.list())


def test_payments_of_one_day_are_remembered_in_the_lists_order(store):
    renamed = [DocumentRecord(id=f"same-day-{n}", order=dataclasses.replace(
        record.order, id=f"same-day-{n}", number=f"5{n}",
        beneficiary=dataclasses.replace(record.order.beneficiary, name=f"ТОО Имя {n}")),
        status=DocumentStatus.EXECUTED, reason=None, content=None)
        for n, record in enumerate(paid_before() * 10)]
    paid_in(store, renamed)
    assert stored_payee_memory(store) == payee_memory(store.list())

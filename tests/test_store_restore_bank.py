"""Restoring the local store from the bank, end to end against the reference bank: GET /documents pages
through every document the company sent (bytes, signatures, state); a store lost (truncated to nothing)
is set aside, started anew and filled back; a store restored from an older backup is brought up to date,
and what never reached the bank is named."""

from __future__ import annotations

import base64
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bsclient.client.documents.backups import list_backups, make_daily_backup
from bsclient.client.documents.bank_restore import restore_from_bank
from bsclient.client.documents.local_store import StorePlace, StoreTroubleError, Trouble, open_store, restore_at_start
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import send
from bsclient.client.session.bank_api import BankApi
from bsclient.crypto import canonical_bytes
from refbank.access.users import User
from refbank.documents.archive import company_documents
from tests.helpers.drafts import draft
from tests.helpers.login import log_in
from tests.helpers.refbank_server import RunningBank, on_bank_time
from tests.helpers.software_keys import SoftwareSigner


def drafted(bank: RunningBank, number: int) -> PaymentOrder:
    """A valid order dated on the bank's day (whatever today is)."""
    with on_bank_time():
        return draft(bank, number)


def signed(store: DocumentStore, order: PaymentOrder, signer: SoftwareSigner) -> DocumentRecord:
    """The order saved and signed with the clerk's software key certified by the bank."""
    store.save_draft(order)
    content = canonical_bytes(order.to_content())
    return store.mark_signed(order.id, content, [signer.sign(content)], "Clerk")


@pytest.fixture(scope="module")
def api(bank: RunningBank, signer: SoftwareSigner) -> Any:
    client = BankApi(bank.url, bank.ca_file)
    log_in(client, bank, "clerk", key=signer)
    yield client
    client.logout()
    client.close()


def test_the_bank_lists_the_company_documents_by_pages(bank: RunningBank, clerk: Any, api: BankApi,
                                                      signer: SoftwareSigner, tmp_path: Path) -> None:
    with open_store(StorePlace(tmp_path / "data")) as store:
        for number in (1, 2, 3):
            send(api, store, signed(store, drafted(bank, 900 + number), signer).id)
        sent = {r.id: r for r in store.list()}
    seen: list[dict[str, Any]] = []
    after = ""
    while True:
        page = clerk.get(f"{bank.api}/documents", params={"limit": 2, "after": after}).json()
        assert len(page["documents"]) <= 2
        seen += page["documents"]
        if page["next"] is None:
            break
        after = page["next"]
    mine = {d["id"]: d for d in seen if d["id"] in sent}
    assert set(mine) == set(sent)
    for doc_id, item in mine.items():
        content = base64.b64decode(item["content"])
        assert content == sent[doc_id].content
        assert [base64.b64decode(s) for s in item["signatures"]] == sent[doc_id].signatures
        assert item["status"] in {"accepted", "executed"}
    for query, code in (({"after": "x1"}, "invalid_cursor"), ({"after": "0"}, "invalid_cursor"),
                        ({"limit": "0"}, "invalid_limit"), ({"limit": "501"}, "invalid_limit")):
        answer = clerk.get(f"{bank.api}/documents", params=query)
        assert (answer.status_code, answer.json()["error"]["code"]) == (400, code)


def test_a_lost_store_comes_back_from_the_bank(bank: RunningBank, api: BankApi, signer: SoftwareSigner,
                                               tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    with open_store(place) as store:
        for number in (11, 12):
            record = signed(store, drafted(bank, 900 + number), signer)
            send(api, store, record.id)
        store.save_draft(drafted(bank, 913))
        kept = {r.id: r for r in store.list() if r.status in BANK_STATUSES}
    place.store_path.write_bytes(b"")  # truncated to nothing
    with pytest.raises(StoreTroubleError) as caught:
        open_store(place)
    assert caught.value.trouble == Trouble.EMPTY
    with restore_at_start(place, None) as store:
        report = restore_from_bank(api, store)
        restored = {r.id: r for r in store.list()}
    assert set(kept) <= set(restored) and report.added == len(restored) and not report.never_reached
    for doc_id, record in kept.items():
        assert restored[doc_id].content == record.content
        assert restored[doc_id].order.beneficiary == record.order.beneficiary
        assert restored[doc_id].status in BANK_STATUSES


def test_a_backup_is_brought_up_to_date_and_what_never_reached_the_bank_is_named(
        bank: RunningBank, api: BankApi, signer: SoftwareSigner, tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    with open_store(place) as store:
        to_send = signed(store, drafted(bank, 921), signer)
        unsent = signed(store, drafted(bank, 922), signer)
        store.save_draft(drafted(bank, 923))
        make_daily_backup(store, date(2026, 3, 2))
        send(api, store, to_send.id)
        store.save_draft(drafted(bank, 924))  # after the backup: lost with the store
    damaged = bytearray(place.store_path.read_bytes())
    damaged[200:2200] = bytes(2000)
    place.store_path.write_bytes(bytes(damaged))
    with pytest.raises(StoreTroubleError) as caught:
        open_store(place)
    assert caught.value.trouble == Trouble.DAMAGED and caught.value.set_aside is not None
    (backup,) = list_backups(place.data_dir, place.keys.read())
    with restore_at_start(place, backup) as store:
        report = restore_from_bank(api, store)
        assert store.get(to_send.id).status in BANK_STATUSES  # type: ignore[union-attr]  # restored from the backup
        numbers = sorted(r.order.number for r in report.never_reached)
        assert numbers == ["922", "923"] and report.updated >= 1
        assert store.get(unsent.id).status == DocumentStatus.SIGNED  # type: ignore[union-attr]  # in the backup


def test_another_company_sees_none_of_these_documents(bank: RunningBank, api: BankApi, signer: SoftwareSigner,
                                                      tmp_path: Path) -> None:
    with open_store(StorePlace(tmp_path / "data")) as store:
        ours = send(api, store, signed(store, drafted(bank, 931), signer).id).id
    other_bin = next(c["bin"] for c in bank.created["companies"] if c["bin"] != bank.created["company"]["bin"])
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        db.row_factory = sqlite3.Row
        (company_id,) = db.execute("SELECT id FROM companies WHERE bin = ?", (other_bin,)).fetchone()
        stranger = User(0, "stranger", "Stranger", "880314471738", company_id, "single")
        mine = User(0, "clerk", "Clerk", "880314471738", db.execute(
            "SELECT id FROM companies WHERE bin = ?", (bank.created["company"]["bin"],)).fetchone()[0], "single")
        theirs = company_documents(db, stranger, after=None, limit="500")["documents"]
        assert ours not in {d["id"] for d in theirs}
        assert ours in {d["id"] for d in company_documents(db, mine, after=None, limit="500")["documents"]}

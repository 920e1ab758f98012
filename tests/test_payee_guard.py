"""The payee guard: a known beneficiary with a new IIK, or a known IIK with another BIN or name, is
flagged with what changed and since which payment; a beneficiary never paid is marked new."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from schwifty import IBAN

from bsclient.client.documents.payees import CHANGED, KNOWN, NEW, check_payee, payee_memory
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.onec.payment_import import preview_import
from tests.helpers.workplace import ACCOUNTS, USER

DATA = Path(__file__).parent / "data"
CP1251 = (DATA / "payment_orders_cp1251.txt").read_bytes()
TODAY = date(2026, 11, 20)
ALATAU_IIK = "KZ159650000000007788"
SWAPPED_IIK = IBAN.generate("KZ", bank_code="965", account_code="0000000009999").compact


def preview(data: bytes, existing: list[DocumentRecord]):
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

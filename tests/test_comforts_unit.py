"""Templates, copies and the counterparties directory (R9.1) in the local store; the recall's request."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
import rfc8785

from bsclient.client.documents.counterparties import (
    Counterparty,
    CounterpartyBook,
    CounterpartyError,
    problem_sentences,
)
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.recall import RecallError, check_reason, recall_content, sign_recall
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.templates import TemplateBook, TemplateError, copy_to_draft
from bsclient.client.models import DocumentState

PAYER = Party("ТОО «Дала Трейд»", "181140004063", "KZ456010000000000001", "HSBKKZKX", "17")
BENEFICIARY = Party("ТОО Бенефициар", "090840000906", "KZ12009NPS0413609816", "GCVPKZ2A", "11")
TODAY = date(2026, 11, 23)


def order(number: str = "17", beneficiary: Party = BENEFICIARY) -> PaymentOrder:
    made = PaymentOrder.new(PAYER, number, today=date(2026, 11, 2))
    made.amount, made.beneficiary, made.knp = "1 500,50", beneficiary, "710"
    made.purpose = "Оплата по договору № 12 от 01.11.2026"
    return made


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as opened:
        yield opened


def sent(store: DocumentStore, made: PaymentOrder, status: DocumentStatus = DocumentStatus.EXECUTED) -> None:
    store.save_draft(made)
    store.mark_signed(made.id, b"{}", [b"sig"], "Ахметова А. С.")
    store.mark_sent(made.id)
    if status != DocumentStatus.SENT:
        store.apply_state(made.id, DocumentState(made.id, status, None, None, None))


# --- copy ----------------------------------------------------------------------------------------

def test_a_copy_is_a_new_draft_with_the_same_parties_amount_and_purpose(store):
    original = order("41")
    sent(store, original)
    store.save_draft(order("7"))

    copied = copy_to_draft(store, original.id, today=TODAY)

    assert copied.status == DocumentStatus.DRAFT and copied.id != original.id
    assert copied.order.number == "42"  # the next free number
    assert copied.order.date == copied.order.value_date == TODAY
    assert (copied.order.payer, copied.order.beneficiary) == (original.payer, original.beneficiary)
    assert (copied.order.amount, copied.order.knp, copied.order.purpose) == (original.amount, original.knp,
                                                                             original.purpose)
    assert store.get(original.id).status == DocumentStatus.EXECUTED  # the original is untouched


# --- templates -----------------------------------------------------------------------------------

def test_templates_round_trip_through_a_reopened_store(tmp_path):
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        saved = TemplateBook(store).save("  Аренда   офиса ", order())
    with DocumentStore(path) as store:
        (template,) = TemplateBook(store).list()
    assert template.id == saved.id and template.name == "Аренда офиса"
    assert template.order.beneficiary == BENEFICIARY and template.order.amount == "1 500,50"


def test_a_template_name_is_taken_whatever_its_case(store):
    book = TemplateBook(store)
    book.save("Аренда офиса", order())
    with pytest.raises(TemplateError, match="already exists"):
        book.save("АРЕНДА ОФИСА", order())
    with pytest.raises(TemplateError, match="Type a name"):
        book.save("   ", order())
    with pytest.raises(TemplateError, match="at most 100"):
        book.save("я" * 101, order())
    assert len(book.list()) == 1


def test_templates_are_renamed_deleted_and_listed_by_name(store):
    book = TemplateBook(store)
    rent = book.save("Аренда", order())
    book.save("Банк", order())
    with pytest.raises(TemplateError, match="already exists"):
        book.rename(rent.id, "банк")
    book.rename(rent.id, "Вода")
    assert [t.name for t in book.list()] == ["Банк", "Вода"]
    book.delete(rent.id)
    assert [t.name for t in book.list()] == ["Банк"]
    with pytest.raises(TemplateError, match="no longer"):
        book.rename(rent.id, "Газ")


def test_a_draft_from_a_template_is_new_numbered_and_dated_today(store):
    sent(store, order("9"))
    book = TemplateBook(store)
    template = book.save("Поставщик", order("3"))
    first = book.create_draft(template.id, today=TODAY)
    second = book.create_draft(template.id, today=TODAY)
    assert first.id != second.id and {first.order.number, second.order.number} == {"10", "11"}
    assert first.order.date == TODAY and first.order.beneficiary == BENEFICIARY
    assert store.get(first.id).status == DocumentStatus.DRAFT


def test_a_store_made_before_templates_gains_the_tables_and_keeps_its_documents(tmp_path):
    path = tmp_path / "documents.sqlite3"
    with DocumentStore(path) as store:
        kept = store.save_draft(order())
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM sqlite_master WHERE name IN ('templates', 'counterparties')").fetchall() == []
    with DocumentStore(path) as store:
        TemplateBook(store)
        CounterpartyBook(store)
        TemplateBook(store)  # again: nothing breaks
        assert store.get(kept.id).order == kept.order


# --- counterparties ------------------------------------------------------------------------------

def test_a_counterparty_round_trips_normalised(store):
    book = CounterpartyBook(store)
    added = book.add(Counterparty("  ТОО  Бенефициар ", "090840000906", "kz12 009N PS04 1360 9816", "gcvpkz2a", "11"))
    (listed,) = CounterpartyBook(store).list()
    assert listed == added
    assert (listed.name, listed.iban, listed.bic) == ("ТОО Бенефициар", "KZ12009NPS0413609816", "GCVPKZ2A")
    assert listed.to_party() == Party("ТОО Бенефициар", "090840000906", "KZ12009NPS0413609816", "GCVPKZ2A", "11")


def test_every_bad_field_gets_its_own_sentence_naming_the_field(store):
    with pytest.raises(CounterpartyError) as caught:
        CounterpartyBook(store).add(Counterparty("", "090840000907", "KZ12009NPS0413609817", "XXXX", "9"))
    problems = caught.value.problems
    assert set(problems) == {"name", "bin", "iban", "bic", "code"}
    sentences = [m.render() for m in problem_sentences(problems)]
    assert sentences[0].startswith("Name: ") and sentences[1].startswith("IIN/BIN: ")
    assert sentences[2].startswith("IIK: ") and sentences[4].startswith("KBe: ")
    assert CounterpartyBook(store).list() == []


def test_a_duplicate_iin_bin_and_iik_is_refused_and_edit_keeps_one(store):
    book = CounterpartyBook(store)
    first = book.add(Counterparty.from_party(BENEFICIARY))
    with pytest.raises(CounterpartyError, match="already has"):
        book.add(Counterparty.from_party(BENEFICIARY))
    renamed = book.update(Counterparty("ТОО Новое имя", first.bin, first.iban, first.bic, first.code, first.id))
    assert [e.name for e in book.list()] == [renamed.name]
    with pytest.raises(CounterpartyError) as caught:
        book.update(Counterparty("ТОО", first.bin, "KZ00", first.bic, first.code, first.id))
    assert "iban" in caught.value.problems
    book.delete(first.id)
    assert book.list() == []


def test_search_matches_cyrillic_names_in_any_case(store):
    book = CounterpartyBook(store)
    book.add(Counterparty.from_party(BENEFICIARY))
    assert len(book.list("бенефициар")) == 1 and len(book.list("0908400")) == 1 and book.list("нет") == []


def test_fill_from_sent_documents_adds_each_beneficiary_once_and_says_what_it_skipped(store):
    other = Party("ИП Сейткали", "880314300019", "KZ18722S000012345678", "CASPKZKA", "19")
    bad = Party("ТОО Ошибка", "090840000907", "KZ12009NPS0413609816", "GCVPKZ2A", "11")  # BIN check digit
    sent(store, order("1"))
    sent(store, order("2"), DocumentStatus.ACCEPTED)  # the same beneficiary again
    sent(store, order("3", other), DocumentStatus.REJECTED)
    sent(store, order("4", bad), DocumentStatus.SENT)
    store.save_draft(order("5", Party("ТОО Черновик", "090840000906", "KZ18722S000012345679", "CASPKZKA", "17")))
    sent(store, order("6", Party(PAYER.name, PAYER.bin, "KZ18722S000012345678", "CASPKZKA", "17")))  # to itself
    book = CounterpartyBook(store)

    report = book.fill_from_sent()

    assert report.added == 2 and report.already_there == 0
    assert sorted(e.name for e in book.list()) == ["ИП Сейткали", "ТОО Бенефициар"]  # not the draft's, nor itself
    (skipped,) = report.skipped
    assert skipped.render().startswith("Document 4: the beneficiary was not added. IIN/BIN: ")
    again = book.fill_from_sent()
    assert (again.added, again.already_there) == (0, 2) and len(book.list()) == 2


# --- the recall request --------------------------------------------------------------------------

def test_the_recall_request_is_canonical_json_naming_the_document_and_reason():
    content = recall_content("0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10", "  Неверная сумма ", "1" * 8)
    assert json.loads(rfc8785.dumps(content)) == {"schema": "kz.document-recall/1", "id": "1" * 8,
                                                   "document_id": "0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10",
                                                   "reason": "Неверная сумма"}
    assert check_reason("") is not None and check_reason("x" * 501) is not None and check_reason("Ошибка") is None


def test_only_a_sent_or_accepted_document_is_recalled(store):
    made = order()
    store.save_draft(made)
    with pytest.raises(RecallError, match="cannot be recalled"):
        sign_recall(store.get(made.id), "Ошибка", signer=None)
    sent(store, made)
    with pytest.raises(RecallError, match="cannot be recalled"):
        sign_recall(store.get(made.id), "Ошибка", signer=None)


def test_a_recalled_state_from_the_bank_is_final(store):
    made = order()
    sent(store, made, DocumentStatus.ACCEPTED)
    store.apply_state(made.id, DocumentState(made.id, DocumentStatus.RECALLED, None, None, None))
    store.apply_state(made.id, DocumentState(made.id, DocumentStatus.ACCEPTED, None, None, None))  # a late answer
    assert store.get(made.id).status == DocumentStatus.RECALLED


class _Bank:
    """Answers the recall as told: a state, a refusal, or no answer at all."""

    def __init__(self, answer=None, error=None, state=None):
        self.answer, self.error, self.state, self.posted = answer, error, state, []

    def request(self, method, path, *, json=None):
        self.posted.append((method, path, json))
        if self.error is not None:
            raise self.error
        return self.answer

    def document_state(self, doc_id):
        return self.state


def _signed(doc_id: str):
    from bsclient.client.documents.recall import SignedRecall
    content = rfc8785.dumps(recall_content(doc_id, "Ошибка"))
    return SignedRecall(json.loads(content)["id"], doc_id, content, b"cms")


def test_send_recall_records_the_banks_recalled_state(store):
    from bsclient.client.documents.recall import send_recall
    made = order()
    sent(store, made, DocumentStatus.ACCEPTED)
    bank = _Bank(answer={"id": made.id, "status": "recalled", "reason": {"code": "recalled", "message": "m",
                                                                          "params": {"reason": "Ошибка"}},
                         "received_at": None, "executed_at": None, "duplicate": False})
    record = send_recall(bank, store, _signed(made.id))
    assert record.status == DocumentStatus.RECALLED and "Ошибка" in record.reason.render()
    ((method, path, body),) = bank.posted
    assert (method, path) == ("POST", f"/documents/{made.id}/recall") and set(body) == {"content", "signature"}


def test_a_refused_recall_of_an_executed_order_records_that_it_was_executed(store):
    from bsclient.client.documents.recall import send_recall
    from bsclient.client.session.bank_errors import BankError, bank_message
    made = order()
    sent(store, made, DocumentStatus.ACCEPTED)
    refused = BankError(bank_message("document_executed", ""), "document_executed", http_status=409)
    bank = _Bank(error=refused, state=DocumentState(made.id, DocumentStatus.EXECUTED, None, None, None))
    with pytest.raises(BankError) as caught:
        send_recall(bank, store, _signed(made.id))
    assert "already executed" in caught.value.message.render()
    assert store.get(made.id).status == DocumentStatus.EXECUTED


def test_a_lost_answer_changes_nothing_here(store):
    from bsclient.client.documents.recall import send_recall
    from bsclient.client.session.bank_errors import BankUnreachableError
    from bsclient.messages import Message
    made = order()
    sent(store, made, DocumentStatus.ACCEPTED)
    bank = _Bank(error=BankUnreachableError(Message("Bank", "no answer"), "timeout"))
    with pytest.raises(BankUnreachableError):
        send_recall(bank, store, _signed(made.id))
    assert store.get(made.id).status == DocumentStatus.ACCEPTED

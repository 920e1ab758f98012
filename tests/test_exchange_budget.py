"""A 1C order line with a KBK is a budget payment (R1.4 with R9.4): it imports as a budget draft
carrying its KBK, checked by the editor's rules of that kind against the directories' facts; a KBK the
directory does not know is marked with its reason and the line it is on. The file is written by hand
in Windows-1251, as 1C writes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.store import DocumentStore
from bsclient.client.onec.payment_import import import_orders, preview_import
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import validate_payment_order
from tests.helpers.kind_facts import complete
from tests.helpers.workplace import ACCOUNTS, USER

DATA = Path(__file__).parent / "data"
BUDGET_CP1251 = (DATA / "budget_orders_cp1251.txt").read_bytes()
TODAY = date(2026, 11, 20)


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        yield store


def preview(data: bytes, facts: KindFacts | None = None):
    return preview_import(data, company_name=USER.company_name, company_bin=USER.company_bin, accounts=ACCOUNTS,
                          existing=[], today=TODAY, facts=facts)


def test_the_file_is_windows_1251_as_1c_writes_it():
    assert "КБК=999999".encode("cp1251") in BUDGET_CP1251 and b"\xca\xc1\xca=101201" in BUDGET_CP1251
    with pytest.raises(UnicodeDecodeError):
        BUDGET_CP1251.decode("utf-8")


def test_a_budget_line_imports_as_a_budget_draft_with_its_kbk(store):
    result = preview(BUDGET_CP1251, complete(load_kind_facts()))
    assert [o.valid for o in result.orders] == [True, False, True]
    budget, _, plain = result.orders
    assert (budget.order.kind, budget.order.details, budget.order.schema) == ("budget", BudgetDetails("101201"), "kz.budget-payment/1")
    assert (plain.order.kind, plain.order.details) == ("payment", None)
    import_orders(store, result)
    stored = {r.order.number: r.order for r in store.list()}
    assert sorted(stored) == ["61", "63"]
    tax = stored["61"]
    assert (tax.kind, tax.details, tax.knp, tax.amount) == ("budget", BudgetDetails("101201"), "911", "45000.00")
    assert (tax.beneficiary.bin, tax.beneficiary.iban, tax.beneficiary.bic, tax.beneficiary.code) == (
        "990140000017", "KZ33070DEMO000000001", "KKMFKZ2A", "11")
    assert tax.to_content()["schema"] == "kz.budget-payment/1" and tax.to_content()["kbk"] == "101201"
    # the editor's own rules, with the same directories, find nothing wrong in the stored draft
    assert validate_payment_order(tax, None, today=TODAY, facts=load_kind_facts()) == {}
    assert stored["63"].kind == "payment"


def test_a_budget_line_with_an_unknown_kbk_is_marked_with_its_reason_and_line():
    assert preview(BUDGET_CP1251).orders[1].valid  # the shipped KBK list is not complete: no refusal
    result = preview(BUDGET_CP1251, complete(load_kind_facts()))
    unknown = result.orders[1]
    assert not unknown.valid and unknown.order.kind == "budget"
    assert [(p.document, p.field, p.line, p.key) for p in unknown.problems] == [(1, "kbk", 45, "КБК")]
    assert "KBK 999999 is not in the KBK directory" in unknown.problems[0].message.render()
    assert BUDGET_CP1251.decode("cp1251").splitlines()[45 - 1] == "КБК=999999"


def test_the_facts_given_are_those_checked():
    """The dialog passes the directories in use (the bank's refreshed copy); their KBK list decides."""
    facts = complete(load_kind_facts())
    wider = replace(facts, kbk={**facts.kbk, "999999": frozenset()})
    assert [o.valid for o in preview(BUDGET_CP1251, wider).orders] == [True, True, True]


def test_a_budget_line_breaking_the_kinds_rules_names_each_field():
    text = BUDGET_CP1251.decode("cp1251")
    first = text.index("КодНазначенияПлатежа=911")  # the first order's KNP and beneficiary
    changed = (text[:first] + text[first:].replace("КодНазначенияПлатежа=911", "КодНазначенияПлатежа=710", 1))
    changed = changed.replace("ПолучательБИН=990140000017", "ПолучательБИН=050140000656", 1)
    problems = preview(changed.encode("cp1251"), complete(load_kind_facts())).orders[0].problems
    assert [(p.field, p.line) for p in problems] == [("beneficiary.bin", 22)]  # a KNP off the KBK is a warning
    assert "not a tax authority" in problems[0].message.render()


def test_what_the_editor_warns_of_the_preview_warns_of_without_refusing():
    """A KNP that does not go with the KBK, a KBK and a tax office outside directories that are not
    complete: warnings with their lines, as the editor shows them, and the order still imports."""
    text = BUDGET_CP1251.decode("cp1251")
    first = text.index("КодНазначенияПлатежа=911")
    changed = text[:first] + text[first:].replace("КодНазначенияПлатежа=911", "КодНазначенияПлатежа=710", 1)
    changed = changed.replace("ПолучательБИН=990140000017", "ПолучательБИН=050140000656", 1)
    result = preview(changed.encode("cp1251"))  # the shipped directories: not complete
    tax, unknown, plain = result.orders
    assert tax.valid and tax.problems == []
    assert [(w.field, w.line) for w in tax.warnings] == [("beneficiary.bin", 22), ("knp", tax.warnings[1].line)]
    assert "not among the tax authorities" in tax.warnings[0].message.render()
    assert "KNP 710 does not usually go with KBK 101201" in tax.warnings[1].message.render()
    assert unknown.valid and [w.field for w in unknown.warnings] == ["kbk"]
    assert "not in the client's KBK directory, which is not complete" in unknown.warnings[0].message.render()
    assert plain.warnings == []
    assert result.warnings == [*tax.warnings, *unknown.warnings]
    # With whole directories the office and the KBK are refused instead: a problem, never both.
    whole = preview(changed.encode("cp1251"), complete(load_kind_facts())).orders
    assert [w.field for w in whole[0].warnings] == ["knp"] and [p.field for p in whole[0].problems] == ["beneficiary.bin"]
    assert whole[1].warnings == [] and [p.field for p in whole[1].problems] == ["kbk"]


def test_a_line_written_by_1c_with_kodbk_imports_as_a_budget_payment():
    text = BUDGET_CP1251.decode("cp1251").replace("КБК=101201", "КодБК=101201", 1)
    tax = preview(text.encode("cp1251")).orders[0]
    assert tax.valid and tax.order.kind == "budget" and tax.order.details == BudgetDetails("101201")


def test_a_tax_knp_or_the_treasury_without_a_kbk_is_refused_as_a_plain_order():
    text = BUDGET_CP1251.decode("cp1251").replace("КБК=101201\n", "", 1).replace("КБК=101201\r\n", "", 1)
    tax = preview(text.encode("cp1251")).orders[0]
    assert tax.order.kind == "payment" and not tax.valid
    assert {p.field for p in tax.problems} & {"knp", "beneficiary.bic"}
    assert "needs a KBK" in " ".join(p.message.render() for p in tax.problems)


def test_the_bank_refuses_a_plain_order_with_a_tax_knp_or_to_the_treasury():
    assert PAYMENT.content_rules is not None
    plain = {"knp": "710", "beneficiary": {"bic": "HSBKKZKX"}}
    assert PAYMENT.content_rules(plain, None, None) == {}
    assert "knp" in PAYMENT.content_rules({**plain, "knp": "912"}, None, None)
    assert "beneficiary.bic" in PAYMENT.content_rules({**plain, "beneficiary": {"bic": "KKMFKZ2A"}}, None, None)

"""The reference bank receives the kinds of tenge order (document types 4, 2, 3, 5) by raw signed
requests: it executes a valid one as one debit (the statement shows it) and rejects a broken one
with its reason, even when the client would have refused it first (a total mismatch)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest

from bsclient.rules.iin_bin import iin_bin_check_digit
from tests.helpers.bank_documents import account, balances, send_signed, statement_lines, wait_for_status
from tests.helpers.refbank_server import BANK_DAY, RunningBank, start_refbank

TODAY = BANK_DAY  # the test bank's day: its statements book on it
LAST_MONTH = (TODAY.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
FUNDS = {
    "pension": {"name": "State Corporation \"Government for Citizens\"", "bin": "160440007161",
                "iban": "KZ12009NPS0413609816", "bic": "GCVPKZ2A", "code": "11"},
    "social": {"name": "State Corporation \"Government for Citizens\"", "bin": "160440007161",
               "iban": "KZ67009SS00368609110", "bic": "GCVPKZ2A", "code": "11"},
}
TAX_OFFICE = {"name": "Demo state revenue department No. 1", "bin": "990140000017",
              "iban": "KZ33070DEMO000000001", "bic": "KKMFKZ2A", "code": "11"}
SCHEMAS = {"budget": "kz.budget-payment/1", "pension": "kz.pension-contribution/1",
           "social": "kz.social-contribution/1", "salary": "kz.salary-payment/1"}


def iin(first_eleven: str) -> str:
    return first_eleven + str(iin_bin_check_digit(first_eleven))


IIN_1 = iin("85041730012")
IIN_2 = iin("90120140023")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    running = start_refbank(tmp_path_factory.mktemp("refbank-kinds"), execution_delay=0.3)
    yield running
    running.stop()



def contribution_line(iin_: str, born: str, amount: str) -> dict[str, str]:
    return {"iin": iin_, "surname": "Ахметов", "name": "Серик", "patronymic": "Болатович",
            "birth_date": born, "amount": amount, "period": LAST_MONTH}


def document(bank: RunningBank, kind: str, total: str, **changes: Any) -> dict[str, Any]:
    payer_company, partner_company = bank.created["companies"]
    payer = account(bank, 0)
    beneficiary = {"name": partner_company["name"], "bin": partner_company["bin"], "iban": account(bank, 1)["iban"],
                   "bic": bank.created["bank_bic"], "code": "17"}
    content: dict[str, Any] = {
        "schema": SCHEMAS[kind], "id": str(uuid.uuid4()), "number": "41", "date": TODAY.isoformat(),
        "value_date": TODAY.isoformat(), "currency": "KZT", "amount": total,
        "payer": {"name": payer_company["name"], "bin": payer_company["bin"], "iban": payer["iban"],
                  "bic": bank.created["bank_bic"], "code": "17"},
        "beneficiary": beneficiary, "knp": "311", "purpose": "Test of a kind",
    }
    if kind == "budget":
        content.update(beneficiary=TAX_OFFICE, knp="911", kbk="101201", purpose="Individual income tax for October")
    elif kind in FUNDS:
        content.update(beneficiary=FUNDS[kind], knp="010" if kind == "pension" else "012",
                       registry=[contribution_line(IIN_1, "1985-04-17", "60000.00"),
                                 contribution_line(IIN_2, "1990-12-01", amount_minus(total, "60000.00"))])
    else:
        content.update(registry=[{"iin": IIN_1, "name": "Ахметов Серик", "iban": account(bank, 1)["iban"],
                                  "amount": "60000.00"},
                                 {"iin": IIN_2, "name": "Нурланова Айгерим", "iban": "KZ75125KZT2069100100",
                                  "amount": amount_minus(total, "60000.00")}])
    content.update(changes)
    return content


def amount_minus(total: str, part: str) -> str:
    return f"{Decimal(total) - Decimal(part):.2f}"


@pytest.mark.parametrize("kind", ["budget", "pension", "social", "salary"])
def test_a_valid_order_of_each_kind_is_executed_as_one_debit_in_the_statement(bank, clerk, signer, kind):
    payer = account(bank, 0)["iban"]
    before = balances(clerk, bank)[payer]
    order = document(bank, kind, "100000.00")
    answer = send_signed(clerk, bank, order, signer)
    assert answer.status_code == 201, answer.text
    assert answer.json()["reason"] is None, answer.json()
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"
    assert balances(clerk, bank)[payer] == (before[0] - Decimal("100000.00"), before[1] - Decimal("100000.00"))
    mine = [line for line in statement_lines(clerk, bank, payer) if line["document_id"] == order["id"]]
    assert len(mine) == 1 and mine[0]["debit"] == "100000.00", mine  # one debit, not one per employee
    assert mine[0]["knp"] == order["knp"]


def test_a_budget_payment_for_a_branch_names_its_actual_payer_in_the_statement(bank, clerk, signer):
    branch = {"name": "Филиал ТОО в г. Шымкент", "bin": "181140004063", "country": ""}
    order = document(bank, "budget", "1000.00", actual_payer=branch)
    answer = send_signed(clerk, bank, order, signer)
    assert answer.status_code == 201 and answer.json()["reason"] is None, answer.text
    wait_for_status(clerk, bank, order["id"], "executed")
    (line,) = [line for line in statement_lines(clerk, bank, account(bank, 0)["iban"])
               if line["document_id"] == order["id"]]
    assert line["actual_payer"] == branch and "actual_beneficiary" not in line


def rejected_reason(bank, clerk, signer, order: dict[str, Any]) -> dict[str, Any]:
    answer = send_signed(clerk, bank, order, signer)
    assert answer.status_code == 201, answer.text
    state = answer.json()
    assert state["status"] == "rejected", state
    return state["reason"]


BROKEN = [
    ("budget", {"kbk": "1012"}, "kbk", "6 digits"),
    ("pension", {"knp": "012"}, "knp", "010"),
    ("pension", {"beneficiary": {**FUNDS["pension"], "iban": "KZ67009SS00368609110"}}, "beneficiary.iban",
     "KZ12009NPS0413609816"),
    ("pension", {"registry": []}, "registry", "at least one line"),
    ("social", {"knp": "010"}, "knp", "012"),
    ("salary", {"amount": "100000.01"}, "registry", "add up to 100,000.00"),
    ("budget", {"actual_payer": {"name": "Филиал", "bin": "181140004064", "country": ""}}, "actual_payer.bin",
     "check digit"),
    ("budget", {"actual_beneficiary": {"name": "Ivanov", "bin": "", "country": "XX"}}, "actual_beneficiary.country",
     "not a 2-letter country code"),
    ("budget", {"actual_payer": {"name": "Филиал", "bin": 181140004063, "country": ""}}, "actual_payer.bin",
     "not a string"),
]


@pytest.mark.parametrize("kind, changes, field, words", BROKEN)
def test_a_broken_order_is_rejected_with_the_rule_it_breaks(bank, clerk, signer, kind, changes, field, words):
    reason = rejected_reason(bank, clerk, signer, document(bank, kind, "100000.00", **changes))
    assert reason["code"] == "invalid_field", reason
    assert reason["params"]["field"] == field, reason
    assert words in reason["params"]["problem"], reason


def test_a_registry_total_mismatch_sent_raw_is_rejected_and_nothing_held(bank, clerk, signer):
    """The client refuses such an order before signing; the bank refuses it too, with its reason."""
    payer = account(bank, 0)["iban"]
    before = balances(clerk, bank)[payer]
    order = document(bank, "pension", "100000.00", amount="99000.00")
    reason = rejected_reason(bank, clerk, signer, order)
    assert reason["params"]["field"] == "registry"
    assert "add up to 100,000.00" in reason["params"]["problem"] and "99,000.00" in reason["params"]["problem"]
    assert balances(clerk, bank)[payer] == before


@pytest.mark.parametrize("kind, column, value, field", [
    ("pension", "iin", IIN_1[:11] + str((int(IIN_1[11]) + 1) % 10), "registry line 2, IIN"),
    ("social", "period", "2026/10", "registry line 2, Period"),
    ("pension", "amount", "0.00", "registry line 2, Amount"),
    ("salary", "iban", "KZ75125KZT2069100101", "registry line 2, IIK"),
])
def test_a_bad_registry_cell_is_named_by_line_and_column(bank, clerk, signer, kind, column, value, field):
    order = document(bank, kind, "100000.00")
    order["registry"][1][column] = value
    if column == "amount":
        order["registry"][0]["amount"] = "100000.00"
    reason = rejected_reason(bank, clerk, signer, order)
    assert reason["params"]["field"] == field, reason


def test_what_the_shipped_directories_cannot_confirm_is_executed(bank, clerk, signer):
    """A KBK outside the shipped (incomplete) list, a KNP the KBK is not paid with, a tax office the list
    does not hold: warnings for the clerk, not refusals at the bank."""
    for changes in ({"kbk": "105315"}, {"kbk": "101201", "knp": "710"},
                    {"beneficiary": {**TAX_OFFICE, "bin": "090840000906"}}):
        accepted = send_signed(clerk, bank, document(bank, "budget", "10.00", **changes), signer)
        assert accepted.json()["reason"] is None, (changes, accepted.json())


def test_the_operators_directory_decides(bank, clerk, signer):
    """The bank's operator copy of the directory, a complete list, accepts its KBK and refuses another."""
    folder = bank.data_dir / "directories"
    folder.mkdir(exist_ok=True)
    kbk = {"directory": "kbk", "title": "KBK", "version": 3, "date": "2026-11-23", "sources": ["test"],
           "complete": True, "note": "", "entries": [{"code": "105402", "name": "Test fee", "knp": "933"}]}
    (folder / "kbk.json").write_text(json.dumps(kbk), encoding="utf-8")
    try:
        accepted = send_signed(clerk, bank, document(bank, "budget", "10.00", kbk="105402", knp="933"), signer)
        assert accepted.json()["reason"] is None, accepted.json()
        reason = rejected_reason(bank, clerk, signer, document(bank, "budget", "10.00"))  # 101201 not listed there
        assert reason["params"]["field"] == "kbk"
    finally:
        (folder / "kbk.json").unlink()


def test_the_kinds_facts_follow_the_operators_file(tmp_path):
    """The facts are parsed once, yet an operator's file put, replaced or taken away counts at once."""
    from refbank.kinds import bank_facts

    shipped = bank_facts(tmp_path)
    folder = tmp_path / "directories"
    folder.mkdir()
    for version, code in ((1, "105402"), (2, "105403")):
        kbk = {"directory": "kbk", "title": "KBK", "version": version, "date": "2026-11-23", "sources": ["test"],
               "complete": True, "note": "", "entries": [{"code": code, "name": "Test fee", "knp": "933"}]}
        (folder / "kbk.json").write_text(json.dumps(kbk), encoding="utf-8")
        assert set(bank_facts(tmp_path).kbk) == {code}
    (folder / "kbk.json").unlink()
    assert bank_facts(tmp_path) == shipped


def test_an_unknown_schema_is_still_malformed(bank, clerk, signer):
    order = document(bank, "budget", "10.00", schema="kz.lottery-ticket/1")
    answer = send_signed(clerk, bank, order, signer)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "malformed_document", answer.text

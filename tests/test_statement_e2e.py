"""R1.8 end to end: payments executed by the real refbank, then the statement fetched over TLS.

The bank is `refbank init` + `refbank serve` (a year of demo history included); payments are
signed by a software key the bank certified (cryptography's own CMS, as in the bank's tests).
The statement is fetched by the client (`BankApi` + `fetch_statement`) and checked against the
bank's own account balances; then each export is read back by an independent reader.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import subprocess
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import mt940
import pytest
import requests
import rfc8785

from bsclient.client.onec import parse_exchange_file
from bsclient.client.session.bank_api import BankApi, BankError
from bsclient.client.statements.export import write_1c_statement, write_csv, write_mt940
from bsclient.client.statements.statement import Statement, StatementCancelled, fetch_statement
from tests.helpers.login import log_in
from tests.helpers.refbank_server import BANK_DAY, RunningBank, enrol_software_key, login, start_refbank
from tests.helpers.software_keys import SoftwareSigner

TODAY = BANK_DAY  # the test bank's day: executed payments are booked on it
YEAR_AGO = TODAY - dt.timedelta(days=365)
PAYMENTS = ("150000.00", "2500.50", "99.99")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    running = start_refbank(tmp_path_factory.mktemp("statement-refbank"), execution_delay=0.2)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def clerk(bank: RunningBank) -> Iterator[requests.Session]:
    session = login(bank, "clerk")
    yield session
    session.close()


@pytest.fixture(scope="module")
def api(bank: RunningBank) -> Iterator[BankApi]:
    client = BankApi(bank.url, bank.ca_file)
    log_in(client, bank, "clerk")  # R8.2: the second factor too
    yield client
    client.close()


def own_account(bank: RunningBank, currency: str = "KZT") -> dict[str, Any]:
    company = bank.created["company"]["bin"]
    return next(a for a in bank.accounts if a["company_bin"] == company and a["currency"] == currency
                and a["title"] == ("Current account" if currency == "KZT" else "Foreign currency account"))


def partner_account(bank: RunningBank) -> dict[str, Any]:
    return next(a for a in bank.accounts if a["company_bin"] != bank.created["company"]["bin"])


def order(bank: RunningBank, amount: str) -> dict[str, Any]:
    company, partner = bank.created["companies"]
    return {"schema": "kz.payment-order/1", "id": str(uuid.uuid4()), "number": str(uuid.uuid4().int % 900 + 100),
            "date": TODAY.isoformat(), "value_date": TODAY.isoformat(), "currency": "KZT", "amount": amount,
            "payer": {"name": company["name"], "bin": company["bin"], "iban": own_account(bank)["iban"],
                      "bic": bank.created["bank_bic"], "code": "17"},
            "beneficiary": {"name": partner["name"], "bin": partner["bin"], "iban": partner_account(bank)["iban"],
                            "bic": bank.created["bank_bic"], "code": "17"},
            "knp": "710", "purpose": "Оплата по счёту № 12 от 20.11.2026 за услуги, в т.ч. НДС 12%"}


def execute(clerk: requests.Session, bank: RunningBank, signer: SoftwareSigner, document: dict[str, Any]) -> None:
    content = rfc8785.dumps(document)
    answer = clerk.put(bank.api + f"/documents/{document['id']}", timeout=20, json={
        "content": base64.b64encode(content).decode("ascii"),
        "signatures": [base64.b64encode(signer.sign(content)).decode("ascii")]})
    assert answer.status_code == 201 and answer.json()["status"] in ("accepted", "executed"), answer.text
    deadline = time.monotonic() + 30
    while clerk.get(bank.api + f"/documents/{document['id']}", timeout=20).json()["status"] != "executed":
        assert time.monotonic() < deadline, "the bank did not execute the payment"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def executed(bank: RunningBank, clerk: requests.Session) -> list[dict[str, Any]]:
    signer = enrol_software_key(bank, clerk, "ec")
    documents = [order(bank, amount) for amount in PAYMENTS]
    for document in documents:
        execute(clerk, bank, signer, document)
    return documents


@pytest.fixture(scope="module")
def year(api: BankApi, bank: RunningBank, executed: list[dict[str, Any]]) -> Statement:
    return fetch_statement(api, own_account(bank)["iban"], YEAR_AGO, TODAY)


def test_executed_payments_are_lines_with_their_document_id_and_the_balances_agree(
        api: BankApi, bank: RunningBank, executed: list[dict[str, Any]]):
    """R1.8: after payments are executed, the statement shows them and closes at the bank's balance."""
    progress: list[int] = []
    statement = fetch_statement(api, own_account(bank)["iban"], YEAR_AGO, TODAY, on_progress=progress.append,
                                page_lines=7_000)
    balance = next(a.balance for a in api.accounts() if a.iban == statement.iban)
    assert statement.closing_balance == balance
    assert statement.opening_balance + statement.total_credit - statement.total_debit == statement.closing_balance
    assert sum(line.debit for line in statement.lines) == statement.total_debit
    assert sum(line.credit for line in statement.lines) == statement.total_credit
    assert len(statement.lines) > 20_000  # the demo company's year
    assert progress == sorted(progress) and progress[-1] == len(statement.lines) and len(progress) >= 3

    by_document = {line.document_id: line for line in statement.lines if line.document_id}
    assert set(by_document) == {document["id"] for document in executed}
    for document in executed:
        line = by_document[document["id"]]
        assert (line.date, line.debit, line.credit) == (TODAY, Decimal(document["amount"]), 0)
        assert (line.number, line.knp, line.purpose) == (document["number"], "710", document["purpose"])
        assert (line.counterparty.name, line.counterparty.bin, line.counterparty.iban) == (
            document["beneficiary"]["name"], document["beneficiary"]["bin"], document["beneficiary"]["iban"])
    assert statement.lines[-len(executed):] == tuple(by_document[d["id"]] for d in executed)  # booking order

    today = fetch_statement(api, statement.iban, TODAY, TODAY)
    assert today.closing_balance == balance
    assert today.total_debit == sum(Decimal(amount) for amount in PAYMENTS)
    yesterday = fetch_statement(api, statement.iban, YEAR_AGO, TODAY - dt.timedelta(days=1))
    assert yesterday.closing_balance == today.opening_balance  # periods chain


def test_every_account_of_the_company_closes_at_its_balance(api: BankApi, executed: list[dict[str, Any]]):
    for account in api.accounts():
        statement = fetch_statement(api, account.iban, YEAR_AGO, TODAY)
        assert (statement.currency, statement.closing_balance) == (account.currency, account.balance)


def test_the_bank_refuses_another_companys_account_and_a_reversed_period(api: BankApi, bank: RunningBank):
    with pytest.raises(BankError) as caught:
        api.statement_page(partner_account(bank)["iban"], YEAR_AGO, TODAY)
    assert (caught.value.http_status, caught.value.code) == (404, "account_unknown")
    with pytest.raises(BankError) as caught:
        api.statement_page(own_account(bank)["iban"], TODAY, YEAR_AGO)
    assert (caught.value.http_status, caught.value.code) == (400, "invalid_period")


def test_fetching_stops_when_cancelled(api: BankApi, bank: RunningBank):
    pages: list[int] = []
    with pytest.raises(StatementCancelled):
        fetch_statement(api, own_account(bank)["iban"], YEAR_AGO, TODAY, on_progress=pages.append,
                        cancelled=lambda: len(pages) >= 2)
    assert pages == [5000, 10000]


def company(bank: RunningBank) -> dict[str, str]:
    return {"company_name": bank.created["company"]["name"], "company_bin": bank.created["company"]["bin"]}


def test_the_mt940_export_reads_back_with_the_mt940_package(year: Statement, bank: RunningBank, tmp_path: Path):
    path = tmp_path / "statement.sta"
    write_mt940(year, path, bank_bic=bank.created["bank_bic"], **company(bank))
    parsed = mt940.MT940(str(path), encoding="ascii")
    transactions = [t for s in parsed.statements for t in s.transactions]
    assert len(transactions) == len(year.lines)
    assert parsed.statements[0].start_balance.amount == year.opening_balance
    assert parsed.statements[-1].end_balance.amount == year.closing_balance
    assert {s.account for s in parsed.statements} == {year.iban}
    assert {s.start_balance.currency for s in parsed.statements} == {"KZT"}
    for earlier, later in pairwise(parsed.statements):  # the days chain
        assert earlier.end_balance.amount == later.start_balance.amount
    for statement in parsed.statements:
        assert statement.start_balance.amount + sum(t.amount for t in statement.transactions) \
            == statement.end_balance.amount
    for transaction, line in zip(transactions, year.lines, strict=True):
        assert transaction.amount == line.credit - line.debit
        assert transaction.date == line.date
        assert transaction.institution_reference == line.id
    ours = [(t, line) for t, line in zip(transactions, year.lines, strict=True) if line.document_id]
    assert len(ours) == len(PAYMENTS)
    assert all(f"/REF/{line.document_id}" in t.description.replace("\n", "") for t, line in ours)


def test_the_csv_export_reads_back_with_the_csv_module(year: Statement, bank: RunningBank, tmp_path: Path):
    path = tmp_path / "statement.csv"
    write_csv(year, path, **company(bank))
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert len(rows) == len(year.lines)
    assert sum(Decimal(r["debit"]) for r in rows) == year.total_debit
    assert sum(Decimal(r["credit"]) for r in rows) == year.total_credit
    assert Decimal(rows[-1]["balance"]) == year.closing_balance
    first = rows[0]
    assert Decimal(first["balance"]) - Decimal(first["credit"]) + Decimal(first["debit"]) == year.opening_balance
    assert [r["line_id"] for r in rows] == [line.id for line in year.lines]
    assert {r["document_id"] for r in rows if r["document_id"]} == {line.document_id for line in year.lines if line.document_id}
    assert rows[0]["counterparty_name"] == year.lines[0].counterparty.name  # Cyrillic and Kazakh letters intact


def test_the_1c_export_reads_back_with_the_exchange_parser(year: Statement, bank: RunningBank, tmp_path: Path):
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(year, path, bank_bic=bank.created["bank_bic"], **company(bank))
    exchange = parse_exchange_file(path.read_bytes())
    assert exchange.header["Кодировка"] == "Windows"
    (account,) = exchange.accounts
    assert account.fields["РасчСчет"] == year.iban
    assert Decimal(account.fields["НачальныйОстаток"]) == year.opening_balance
    assert Decimal(account.fields["КонечныйОстаток"]) == year.closing_balance
    assert Decimal(account.fields["ВсегоПоступило"]) == year.total_credit
    assert Decimal(account.fields["ВсегоСписано"]) == year.total_debit
    assert len(exchange.documents) == len(year.lines)
    assert sum(Decimal(d.fields.get("СуммаРасход", "0")) for d in exchange.documents) == year.total_debit
    assert sum(Decimal(d.fields.get("СуммаПриход", "0")) for d in exchange.documents) == year.total_credit
    ours = {d.fields["ИдентификаторДокумента"]: d for d in exchange.documents if "ИдентификаторДокумента" in d.fields}
    assert set(ours) == {line.document_id for line in year.lines if line.document_id}
    document = next(iter(ours.values()))
    assert document.fields["ПлательщикБИН_ИИН"] == bank.created["company"]["bin"]
    assert document.fields["ПлательщикНаименование"] == bank.created["company"]["name"]
    assert document.fields["ПолучательИИК"] == partner_account(bank)["iban"]


def test_pdf_export_shows_balances_and_a_cyrillic_counterparty(year: Statement, bank: RunningBank, tmp_path: Path,
                                                                qapp: Any):
    from bsclient.ui.statements.pdf import write_statement_pdf

    last_month = Statement(year.iban, year.currency, TODAY - dt.timedelta(days=6), TODAY,
                           *_period_figures(year, TODAY - dt.timedelta(days=6)))
    path = tmp_path / "statement.pdf"
    write_statement_pdf(last_month, path, bank_name=bank.created["bank_name"], **company(bank))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for amount in (last_month.opening_balance, last_month.closing_balance, last_month.total_debit,
                   last_month.total_credit):
        assert _grouped(amount) in flat
    assert bank.created["company"]["name"].replace("«", "").split()[1] in flat
    partner = bank.created["companies"][1]["name"]
    assert "Жибек Жолы" in partner and "Жибек Жолы" in flat  # the counterparty of our payments


def _period_figures(year: Statement, first: dt.date) -> tuple[Any, ...]:
    before = [line for line in year.lines if line.date < first]
    lines = tuple(line for line in year.lines if line.date >= first)
    opening = year.opening_balance + sum(line.credit - line.debit for line in before)
    debit, credit = sum(line.debit for line in lines), sum(line.credit for line in lines)
    return opening, opening + credit - debit, debit, credit, lines


def _grouped(amount: Decimal) -> str:
    from bsclient.ui.widgets.amount_text import format_money

    return " ".join(format_money(amount).split())

"""R1.8 end to end: the statement window loads a year of the demo company's account from the real refbank,
over TLS and page by page, and shows the bank's own figures; the closing balance is the account's balance."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta
from decimal import Decimal

import pytest

from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import BankApi
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.statements.window import StatementWindow
from bsclient.ui.widgets.amount_text import format_money
from bsclient.ui.workplace import Workplace
from tests.helpers.carriers import clerk_login
from tests.helpers.login import log_in
from tests.helpers.refbank_server import BANK_DAY, RunningBank

WAIT_MS = 120_000


@pytest.fixture
def workplace(bank: RunningBank, tmp_path):
    api = BankApi(bank.url, bank.ca_file)
    login = clerk_login(bank)
    user = log_in(api, bank, login)  # R8.2: the second factor too
    workplace = Workplace(api=api, store=DocumentStore(tmp_path / "documents.sqlite3"), user=user,
                          accounts=api.accounts())
    yield workplace
    wait_for_background_work()
    workplace.store.close()
    api.logout()
    api.close()


def test_the_window_shows_a_year_of_the_banks_statement_and_its_figures(qtbot, workplace):
    api = workplace.api
    account = max((a for a in workplace.accounts if a.currency == "KZT"), key=lambda a: a.balance)
    today = BANK_DAY  # the test bank's day, whatever the machine's date and time zone
    window = StatementWindow(workplace, open_document=lambda _: None, today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    window.choose_account(account.iban)
    window.set_period(today - timedelta(days=364), today)
    window.load_button.click()
    qtbot.waitUntil(lambda: not window.loading(), timeout=WAIT_MS)
    assert window.message() == ""
    statement = window.model.statement()
    assert statement is not None and statement.iban == account.iban

    # the bank's own words, read raw from the wire (not through the client's statement reader)
    page = api.statement_page(account.iban, today - timedelta(days=364), today, limit=1)
    assert window.opening_label.text() == f"{format_money(Decimal(page['opening_balance']))} KZT"
    assert window.debit_label.text() == f"{format_money(Decimal(page['total_debit']))} KZT"
    assert window.credit_label.text() == f"{format_money(Decimal(page['total_credit']))} KZT"
    assert window.closing_label.text() == f"{format_money(Decimal(page['closing_balance']))} KZT"
    # a statement up to today closes at the balance the bank reports for the account
    balance = next(a.balance for a in api.accounts() if a.iban == account.iban)
    assert Decimal(page["closing_balance"]) == balance
    assert window.model.rowCount() == len(statement.lines) > 1000  # the demo company's year of history
    debit = sum((line.debit for line in statement.lines), Decimal(0))
    assert f"{debit:.2f}" == page["total_debit"]

    window.choose_account(account.iban)
    window.quick_buttons["last_month"].click()
    qtbot.waitUntil(lambda: not window.loading(), timeout=WAIT_MS)
    last_month = window.model.statement()
    assert last_month is not None and last_month.date_to < today.replace(day=1)
    assert all(last_month.date_from <= line.date <= last_month.date_to for line in last_month.lines)

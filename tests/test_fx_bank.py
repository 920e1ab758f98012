"""The reference bank receives a payment in foreign currency and a purchase/sale of currency (issue
4, types 6 and 7) by raw signed requests: it quotes its rates (GET /rates, set by the operator's
rates file), executes a valid order (the statement shows it; an exchange on both accounts, at the
bank's rate at execution, named in the document's state) and rejects a broken one with its reason."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest

from refbank.rates import write_rates
from tests.helpers.bank_documents import account, balances, send_signed, statement_lines, wait_for_status
from tests.helpers.refbank_server import BANK_DAY, RunningBank, start_refbank

TODAY = BANK_DAY.isoformat()  # the test bank's day: its statements book on it
RATES_TIME = "2026-11-23T04:00:00Z"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> RunningBank:
    # Long enough to change the rate between receipt and execution.
    running = start_refbank(tmp_path_factory.mktemp("refbank-fx"), execution_delay=1.5)
    yield running
    running.stop()



@pytest.fixture(autouse=True)
def rates(bank: RunningBank) -> None:
    write_rates(bank.data_dir, {"USD": ("468.50", "474.00"), "EUR": ("492.00", "500.00")}, RATES_TIME)


def party(bank: RunningBank, currency: str) -> dict[str, str]:
    company = bank.created["companies"][0]
    return {"name": company["name"], "bin": company["bin"], "iban": account(bank, 0, currency)["iban"],
            "bic": bank.created["bank_bic"], "code": "17"}


def foreign_payment(bank: RunningBank, amount: str, **changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "schema": "kz.foreign-payment/1", "id": str(uuid.uuid4()), "number": "61", "date": TODAY,
        "value_date": TODAY, "currency": "USD", "amount": amount, "payer": party(bank, "USD"),
        "beneficiary": {"name": "Muller Maschinenbau GmbH", "bin": "", "iban": "DE89370400440532013000",
                        "bic": "DEUTDEFF", "code": "27"},
        "knp": "710", "purpose": "Payment for equipment, invoice 45",
        "foreign": {"address": "Hauptstrasse 1, Frankfurt am Main", "country": "DE", "intermediary_bic": "",
                    "charges": "SHA", "contract": ""},
    }
    content.update(changes)
    return content


def exchange(bank: RunningBank, operation: str, *, amount: str, credit_amount: str = "", fixed: str = "debit",
             **changes: Any) -> dict[str, Any]:
    debit, credit = ("KZT", "USD") if operation == "buy" else ("USD", "KZT")
    content: dict[str, Any] = {
        "schema": "kz.currency-exchange/1", "id": str(uuid.uuid4()), "number": "71", "date": TODAY,
        "value_date": TODAY, "currency": debit, "amount": amount, "payer": party(bank, debit),
        "beneficiary": party(bank, credit), "knp": "213",
        "purpose": "Import contract 12" if operation == "buy" else "Sale of foreign currency",
        "exchange": {"operation": operation, "fixed": fixed, "credit_currency": credit, "credit_amount": credit_amount,
                     "rate": "474.00", "rate_time": RATES_TIME},
    }
    content.update(changes)
    return content


def sent(bank, clerk, signer, order: dict[str, Any]) -> dict[str, Any]:
    answer = send_signed(clerk, bank, order, signer)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_the_bank_quotes_its_rates_with_their_time(bank, clerk):
    answer = clerk.get(bank.api + "/rates", timeout=20).json()
    assert answer["time"] == RATES_TIME and answer["base"] == "KZT"
    assert {"currency": "USD", "buy": "468.50", "sell": "474.00"} in answer["rates"]


def test_a_payment_abroad_is_executed_from_the_dollar_account(bank, clerk, signer):
    usd = account(bank, 0, "USD")["iban"]
    before = balances(clerk, bank)[usd]
    order = foreign_payment(bank, "1500.00")
    assert sent(bank, clerk, signer, order)["reason"] is None
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"
    assert balances(clerk, bank)[usd][0] == before[0] - Decimal("1500.00")
    line = next(line for line in statement_lines(clerk, bank, usd) if line["document_id"] == order["id"])
    assert line["debit"] == "1500.00" and line["counterparty"]["iban"] == "DE89370400440532013000"
    assert line["counterparty"]["name"] == "Muller Maschinenbau GmbH"


FOREIGN_BROKEN = [
    ({"beneficiary": {"name": "ТОО Дала", "bin": "", "iban": "DE89370400440532013000", "bic": "DEUTDEFF", "code": "27"}},
     "beneficiary.name", "SWIFT"),
    ({"purpose": "Оплата за оборудование"}, "purpose", "SWIFT"),
    ({"beneficiary": {"name": "Muller", "bin": "", "iban": "DE89370400440532013001", "bic": "DEUTDEFF", "code": "27"}},
     "beneficiary.iban", "not a valid IBAN"),
    ({"beneficiary": {"name": "Muller", "bin": "", "iban": "DE89370400440532013000", "bic": "BARCGB22", "code": "27"}},
     "beneficiary.bic", "GB"),
    ({"amount": "60000.00"}, "foreign.contract", "registration number"),
    ({"foreign": {"address": "Main st 1", "country": "DE", "intermediary_bic": "", "charges": "ALL", "contract": ""}},
     "foreign.charges", "OUR"),
]


@pytest.mark.parametrize("changes, field, words", FOREIGN_BROKEN)
def test_a_broken_payment_abroad_is_rejected_with_the_rule_it_breaks(bank, clerk, signer, changes, field, words):
    changes = dict(changes)
    order = foreign_payment(bank, changes.pop("amount", "100.00"), **changes)
    state = sent(bank, clerk, signer, order)
    assert state["status"] == "rejected", state
    assert state["reason"]["params"]["field"] == field, state["reason"]
    assert words in state["reason"]["params"]["problem"], state["reason"]


def test_a_payment_abroad_from_a_tenge_account_is_rejected(bank, clerk, signer):
    state = sent(bank, clerk, signer, foreign_payment(bank, "100.00", currency="KZT", payer=party(bank, "KZT")))
    assert state["status"] == "rejected" and state["reason"]["params"]["field"] == "currency", state


def test_a_purchase_is_executed_at_the_banks_rate_at_execution(bank, clerk, signer):
    kzt, usd = account(bank, 0, "KZT")["iban"], account(bank, 0, "USD")["iban"]
    before = balances(clerk, bank)
    order = exchange(bank, "buy", amount="474000.00", credit_amount="1000.00", fixed="credit")
    state = sent(bank, clerk, signer, order)
    assert state["status"] == "accepted" and state["rate"] is None, state
    write_rates(bank.data_dir, {"USD": ("466.00", "471.25")}, "2026-11-23T05:00:00Z")  # the rate moved
    state = wait_for_status(clerk, bank, order["id"], "executed")
    assert state["rate"] == {"base": "USD", "quote": "KZT", "value": "471.25"}, state
    after = balances(clerk, bank)
    assert after[kzt][0] == before[kzt][0] - Decimal("471250.00")
    assert after[kzt][1] == before[kzt][1] - Decimal("471250.00")  # the hold of 474 000 released to the real debit
    assert after[usd][0] == before[usd][0] + Decimal("1000.00")
    debit = next(line for line in statement_lines(clerk, bank, kzt) if line["document_id"] == order["id"])
    credit = next(line for line in statement_lines(clerk, bank, usd) if line["document_id"] == order["id"])
    assert debit["debit"] == "471250.00" and credit["credit"] == "1000.00"  # both legs


def test_a_sale_credits_tenge_at_the_banks_buying_rate(bank, clerk, signer):
    kzt, usd = account(bank, 0, "KZT")["iban"], account(bank, 0, "USD")["iban"]
    before = balances(clerk, bank)
    order = exchange(bank, "sell", amount="100.00")
    assert sent(bank, clerk, signer, order)["reason"] is None
    state = wait_for_status(clerk, bank, order["id"], "executed")
    assert state["rate"]["value"] == "468.50", state
    after = balances(clerk, bank)
    assert after[usd][0] == before[usd][0] - Decimal("100.00")
    assert after[kzt][0] == before[kzt][0] + Decimal("46850.00")


def test_an_exchange_the_account_cannot_pay_at_the_new_rate_is_rejected_and_the_hold_released(bank, clerk, signer):
    kzt = account(bank, 0, "KZT")["iban"]
    available = balances(clerk, bank)[kzt][1]
    dollars = (available / Decimal("474.00")).quantize(Decimal("1")) - 1
    order = exchange(bank, "buy", amount=f"{dollars * Decimal('474.00'):.2f}", credit_amount=f"{dollars:.2f}", fixed="credit")
    assert sent(bank, clerk, signer, order)["status"] == "accepted"
    write_rates(bank.data_dir, {"USD": ("590.00", "600.00")}, "2026-11-23T06:00:00Z")
    state = wait_for_status(clerk, bank, order["id"], "rejected")
    assert state["status"] == "rejected" and state["reason"]["code"] == "insufficient_funds_at_rate", state
    assert "600.00" in state["reason"]["message"]
    assert balances(clerk, bank)[kzt][1] == available  # nothing held any more


EXCHANGE_BROKEN = [
    ({"purpose": ""}, "purpose", "must not be empty"),  # the common rule names it first
    ({"exchange": {"operation": "sell", "fixed": "debit", "credit_currency": "USD", "credit_amount": "", "rate": "",
                   "rate_time": ""}}, "beneficiary.iban", "To buy"),
    ({"exchange": {"operation": "buy", "fixed": "debit", "credit_currency": "EUR", "credit_amount": "", "rate": "",
                   "rate_time": ""}}, "exchange.credit_currency", "USD"),
]


@pytest.mark.parametrize("changes, field, words", EXCHANGE_BROKEN)
def test_a_broken_exchange_is_rejected_with_the_rule_it_breaks(bank, clerk, signer, changes, field, words):
    state = sent(bank, clerk, signer, exchange(bank, "buy", amount="4740.00", **changes))
    assert state["status"] == "rejected", state
    assert state["reason"]["params"]["field"] == field, state["reason"]
    assert words in state["reason"]["params"]["problem"], state["reason"]


def test_an_exchange_into_another_companys_account_is_rejected(bank, clerk, signer):
    other = account(bank, 1, "KZT")
    beneficiary = {"name": other["company"], "bin": other["company_bin"], "iban": other["iban"],
                   "bic": bank.created["bank_bic"], "code": "17"}
    state = sent(bank, clerk, signer, exchange(bank, "sell", amount="10.00", beneficiary=beneficiary))
    assert state["status"] == "rejected" and state["reason"]["params"]["field"] == "beneficiary.iban", state


def test_a_payment_to_a_country_without_iban_takes_an_account_number(bank, clerk, signer):
    order = foreign_payment(bank, "250.00",
                            beneficiary={"name": "Acme Tools Inc", "bin": "", "iban": "000998123456",
                                         "bic": "CHASUS33XXX", "code": "27"},
                            foreign={"address": "1 Main St, New York NY", "country": "US",
                                     "intermediary_bic": "DEUTDEFF", "charges": "OUR", "contract": ""})
    assert sent(bank, clerk, signer, order)["reason"] is None
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"

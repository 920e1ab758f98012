"""The strict grammar of a document's fields at the bank, the same rules the client's editor applies: an
amount is digits, a point and two decimals, positive and at most 13 digits before the point; a date is
exactly YYYY-MM-DD, at most ten days old; a value date is not in the past, not before the document's
date and at most the bank's horizon (config `value_date_horizon_days`) ahead: a value date a hundred
years ahead is rejected, not executed at once."""

from __future__ import annotations

import datetime as dt

import pytest

from bsclient.rules import check_document_date, check_value_date
from bsclient.rules.dates import DOCUMENT_AGE_DAYS, VALUE_DATE_HORIZON_DAYS, parse_wire_date
from refbank.config import BankConfig
from refbank.errors import DocumentRejected
from refbank.rules import check_payment_order
from tests.helpers.bank_documents import payment_order, send_signed, wait_for_status
from tests.helpers.refbank_server import BANK_DAY
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

DAY = dt.date(2026, 12, 4)  # the rules are pure: any fixed day shows them


def _days(n: int) -> str:
    return (BANK_DAY + dt.timedelta(days=n)).isoformat()


def _reason(bank, clerk, signer, **fields) -> dict | None:
    answer = send_signed(clerk, bank, {**payment_order(bank, "10.00"), **fields}, signer)
    assert answer.status_code == 201, answer.text
    return answer.json()["reason"]


@pytest.mark.parametrize("amount", ["5.00\n", " 5.00", "5.0", "5", "5.000", "-5.00", "0.00", "+5.00", "5,00",
                                    "1e3", "12345678901234.00", "٥.٠٠", "NaN"])
def test_an_amount_off_the_grammar_is_rejected_as_invalid_field(bank, clerk, signer, amount):
    reason = _reason(bank, clerk, signer, amount=amount)
    assert reason is not None and reason["code"] == "invalid_field" and reason["params"]["field"] == "amount"


def test_the_largest_amount_is_thirteen_digits_before_the_point():
    order = {**_order_on(DAY), "amount": "9999999999999.99"}
    assert str(check_payment_order(order, today=DAY)) == "9999999999999.99"


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "2026-W49-6", "20261204", "2026-12-04\n",
                                  "2026-12-4", "2026-02-30"])
def test_a_date_off_the_grammar_or_out_of_the_window_is_rejected(bank, clerk, signer, date):
    reason = _reason(bank, clerk, signer, date=date, value_date=date)
    assert reason is not None and reason["code"] == "invalid_field"
    assert reason["params"]["field"] in ("date", "value_date")


@pytest.mark.parametrize(("fields", "field"), [
    ({"value_date": "2126-12-04"}, "value_date"),  # a hundred years ahead
    ({"value_date": _days(VALUE_DATE_HORIZON_DAYS + 1)}, "value_date"),  # one day past the horizon
    ({"value_date": _days(-1), "date": _days(-1)}, "value_date"),  # in the past
    ({"date": _days(1), "value_date": _days(0)}, "value_date"),  # before the document's date
    ({"date": _days(-DOCUMENT_AGE_DAYS - 1)}, "date"),  # too old
])
def test_value_dates_and_dates_outside_the_window_are_rejected(bank, clerk, signer, fields, field):
    reason = _reason(bank, clerk, signer, **fields)
    assert reason is not None and reason["code"] == "invalid_field" and reason["params"]["field"] == field


def test_the_edges_of_the_window_are_accepted(bank, clerk, signer):
    order = {**payment_order(bank, "10.00"), "value_date": _days(VALUE_DATE_HORIZON_DAYS),
             "date": _days(-DOCUMENT_AGE_DAYS)}
    answer = send_signed(clerk, bank, order, signer)
    assert answer.json()["status"] == "accepted"
    assert wait_for_status(clerk, bank, order["id"], "executed")["status"] == "executed"


def _order_on(day: dt.date) -> dict:
    payer = {"name": "ТОО Demo", "bin": "181140004063", "iban": PAYER_IIK, "bic": "HSBKKZKX", "code": "17"}
    beneficiary = {**payer, "iban": BENEFICIARY_IIK, "bic": "CASPKZKA"}
    return {"schema": "kz.payment-order/1", "id": "x", "number": "1", "date": day.isoformat(),
            "value_date": day.isoformat(), "currency": "KZT", "amount": "1.00", "payer": payer,
            "beneficiary": beneficiary, "knp": "710", "purpose": "Оплата"}


def test_the_horizon_is_the_banks_setting():
    order = {**_order_on(DAY), "value_date": (DAY + dt.timedelta(days=3)).isoformat()}
    check_payment_order(order, today=DAY, horizon_days=3)
    with pytest.raises(DocumentRejected) as rejected:
        check_payment_order(order, today=DAY, horizon_days=2)
    assert rejected.value.reason.params["field"] == "value_date"


def test_the_horizon_is_written_to_and_read_from_config_toml(tmp_path):
    BankConfig(value_date_horizon_days=3).write(tmp_path)
    assert BankConfig.load(tmp_path).value_date_horizon_days == 3
    assert BankConfig().value_date_horizon_days == VALUE_DATE_HORIZON_DAYS == 10


def test_the_clients_rules_say_the_same_as_the_bank():
    assert check_value_date(DAY + dt.timedelta(days=10), DAY, DAY) is None
    assert check_value_date(DAY + dt.timedelta(days=11), DAY, DAY) is not None
    assert check_value_date(DAY + dt.timedelta(days=4), DAY, DAY, horizon_days=3) is not None
    assert check_document_date(DAY - dt.timedelta(days=10), DAY) is None
    assert check_document_date(DAY - dt.timedelta(days=11), DAY) is not None
    assert [parse_wire_date(t) for t in ("2026-12-04", "2026-W49-6", "20261204", "2026-12-04 ")] == \
        [DAY, None, None, None]

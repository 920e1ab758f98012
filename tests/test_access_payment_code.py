"""R8.5: payments the bank's rule names (above an amount, or to an account never paid before) are
confirmed with a one-time code; nothing is received until it is, and the code confirms those bytes only."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
import rfc8785

from tests.helpers.access import last_payment_code
from tests.helpers.bank_documents import payment_order
from tests.helpers.refbank_server import RunningBank, init_bank, start_refbank


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    data: Path = tmp_path_factory.mktemp("codes")
    created = init_bank(data)
    config = data / "config.toml"
    text = config.read_text(encoding="utf-8")
    text = text.replace('code_above_amount = ""', 'code_above_amount = "1000000.00"')
    config.write_text(text.replace("code_new_beneficiary = false", "code_new_beneficiary = true"), encoding="utf-8")
    running = start_refbank(data, execution_delay=3600)
    running.created, running.accounts = created, created["accounts"]
    running.users = {user["login"]: user["password"] for user in created["users"]}
    yield running
    running.stop()



def put(clerk, bank, order, signer, code=None):
    content = rfc8785.dumps(order)
    body = {"content": base64.b64encode(content).decode("ascii"),
            "signatures": [base64.b64encode(signer.sign(content)).decode("ascii")]}
    if code is not None:
        body["code"] = code
    return clerk.put(bank.api + f"/documents/{order['id']}", json=body, timeout=20)


def test_a_payment_to_a_new_beneficiary_waits_for_the_code_then_is_received(bank, clerk, signer):
    order = payment_order(bank, "10.00")
    asked = put(clerk, bank, order, signer)
    assert asked.status_code == 428 and asked.json()["error"]["code"] == "confirmation_required"
    assert asked.json()["error"]["params"]["purpose"] == "payment"
    assert clerk.get(bank.api + f"/documents/{order['id']}", timeout=20).status_code == 404  # nothing received
    wrong = put(clerk, bank, order, signer, code=f"{(int(last_payment_code(bank)) + 1) % 1_000_000:06d}")
    assert wrong.json()["error"]["code"] == "code_wrong"
    done = put(clerk, bank, order, signer, code=last_payment_code(bank))
    assert done.status_code in (200, 201) and done.json()["status"] == "accepted"
    assert put(clerk, bank, order, signer).json()["status"] == "accepted"  # a repeat is not asked again


def test_a_second_payment_to_a_paid_beneficiary_needs_no_code(bank, clerk, signer):
    first = payment_order(bank, "11.00")
    put(clerk, bank, first, signer)
    put(clerk, bank, first, signer, code=last_payment_code(bank))
    again = put(clerk, bank, payment_order(bank, "12.00"), signer)
    assert again.json()["status"] == "accepted"


def test_a_payment_above_the_amount_needs_a_code_even_to_a_known_beneficiary(bank, clerk, signer):
    known = payment_order(bank, "13.00")
    put(clerk, bank, known, signer)
    put(clerk, bank, known, signer, code=last_payment_code(bank))
    big = put(clerk, bank, payment_order(bank, "1000000.01"), signer)
    assert big.status_code == 428


def test_the_code_confirms_only_the_document_it_was_sent_for(bank, clerk, signer):
    order, other = payment_order(bank, "2000000.00"), payment_order(bank, "2000000.00")
    put(clerk, bank, order, signer)
    code = last_payment_code(bank)
    assert put(clerk, bank, other, signer, code=code).json()["error"]["code"] in ("code_not_requested", "code_replaced")

"""R8.5 through the real windows: the bank's rule asks a code for a payment to an account never paid
before; the clerk types the one `refbank outbox` shows, a wrong one first, and the bank accepts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from bsclient.client.documents.record import DocumentStatus
from tests.helpers.access import cli
from tests.helpers.clerk_driver import (
    WAIT_MS,
    click,
    fill_payment_order,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    top_level,
    type_into,
)
from tests.helpers.refbank_server import RunningBank, init_bank, start_refbank

SHOTS = Path(__file__).resolve().parent.parent / "build" / "access-shots"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    data = tmp_path_factory.mktemp("codes-ui")
    created = init_bank(data)
    config = data / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("code_new_beneficiary = false",
                                                                 "code_new_beneficiary = true"), encoding="utf-8")
    running = start_refbank(data, execution_delay=0.3)
    running.created, running.accounts = created, created["accounts"]
    running.users = {user["login"]: user["password"] for user in created["users"]}
    yield running
    running.stop()


def codes(bank: RunningBank) -> list[str]:
    return re.findall(r"Code (\d{6}) confirms your payment", cli(bank, "outbox", "--login", "clerk"))


def test_a_payment_to_a_new_beneficiary_is_confirmed_with_the_code(qtbot, bank, signed_in):
    client = signed_in
    payer, beneficiary = payer_account(bank), other_company_account(bank)
    editor = open_new_payment(qtbot, client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                       iban=beneficiary["iban"], amount="1 000,00")
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")

    dialog = top_level(qtbot, "oneTimeCodeDialog")
    code = codes(bank)[-1]
    type_into(qtbot, dialog, "oneTimeCodeEdit", f"{(int(code) + 1) % 1_000_000:06d}")
    click(qtbot, dialog, "codeOkButton")
    error_label = dialog.findChild(QLabel, "codeErrorLabel")
    qtbot.waitUntil(error_label.isVisible, timeout=WAIT_MS)
    assert "Tries left: 2" in error_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "payment-code.png"))
    dialog.findChild(QLineEdit, "oneTimeCodeEdit").clear()
    type_into(qtbot, dialog, "oneTimeCodeEdit", code)
    click(qtbot, dialog, "codeOkButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED),
                    timeout=WAIT_MS)
    assert not dialog.isVisible()

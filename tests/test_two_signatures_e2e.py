"""The two-signature path end to end (R3.2, R3.3, R3.5), through the real windows: two users of one
company, each with their own SoftHSM2 carrier. The first signer signs and sends; the bank keeps the
order awaiting; the second signer sees it, opens it read-only with the first signature's owner and
time, signs the same bytes; the bank executes it and the statement shows it. openssl, an
independent peer, verifies both CMS signatures against the bank's CA."""

from __future__ import annotations

import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.session.bank_api import BankApi
from bsclient.ui.payments.awaiting_window import CURRENCY, FIRST_SIGNER
from tests.helpers.carriers import enrolled_carrier
from tests.helpers.clerk_driver import (
    WAIT_MS,
    balance_at_bank_of_other,
    click,
    fill_payment_order,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    signed_in_as,
    top_level,
)
from tests.helpers.login import log_in
from tests.helpers.refbank_server import BANK_DAY, REPO, RunningBank, refbank_command
from tests.helpers.shots import shot

FIRST, SECOND = "first", "second"
FIRST_NAME, SECOND_NAME = "Нурланов Данияр Бекович", "Жумабекова Сауле Ерлановна"




def panel_texts(editor: QWidget) -> list[str]:
    return editor.findChild(QWidget, "signaturesPanel").texts()


def test_two_users_with_two_carriers_sign_one_order_and_the_bank_executes_it(qtbot, bank: RunningBank,
                                                                               softhsm_config: Path, tmp_path: Path):
    # Both carriers are made before any client loads SoftHSM2 (it sees tokens made before it loads).
    first_carrier = enrolled_carrier(bank, softhsm_config, login=FIRST)
    second_carrier = enrolled_carrier(bank, softhsm_config, login=SECOND)
    payer, beneficiary = payer_account(bank), other_company_account(bank)
    beneficiary_before = balance_at_bank_of_other(bank, beneficiary["iban"])

    # The first signer fills, signs and sends; the bank keeps the order awaiting the second signature.
    with signed_in_as(qtbot, bank, first_carrier, FIRST, tmp_path / "first") as client:
        assert not client.window.findChild(QAction, "awaitingSignatureAction").isVisible()
        editor = open_new_payment(qtbot, client)
        select_payer(editor, payer["iban"])
        fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                           iban=beneficiary["iban"], amount="48 250,75")
        doc_id = editor.order().id
        click(qtbot, editor, "signAndSendButton")
        qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.AWAITING_SIGNATURE, timeout=WAIT_MS)
        status = editor.findChild(QLabel, "documentStatusLabel")
        qtbot.waitUntil(lambda: "second signature" in status.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: any(FIRST_NAME in t and "First signature" in t for t in panel_texts(editor)),
                        timeout=WAIT_MS)
        assert any(t.startswith("Needs the second signature") for t in panel_texts(editor))
        assert not editor.findChild(QPushButton, "signAndSendButton").isVisible()  # signed once: no Sign again
        shot(editor, "signers/first-signer-editor")
        shot(client.window, "signers/first-signer-main")
        assert balance_at_bank_of_other(bank, beneficiary["iban"]) == beneficiary_before

    # The second signer sees it, opens it read-only, and signs the same bytes.
    with signed_in_as(qtbot, bank, second_carrier, SECOND, tmp_path / "second") as client:
        window = client.window
        action = window.findChild(QAction, "awaitingSignatureAction")
        assert action.isVisible()
        assert not window.findChild(QAction, "signSelectedAction").isVisible()  # a second signer never signs first
        qtbot.waitUntil(lambda: "(1)" in action.text(), timeout=WAIT_MS)
        shot(window, "signers/second-signer-main")
        action.trigger()
        awaiting = top_level(qtbot, "awaitingWindow")
        qtbot.waitUntil(lambda: any(d.id == doc_id for d in awaiting.documents()), timeout=WAIT_MS)
        awaiting.select(doc_id)
        row = next(i for i, d in enumerate(awaiting.documents()) if d.id == doc_id)
        assert awaiting.table.item(row, FIRST_SIGNER).text() == FIRST_NAME
        assert awaiting.table.item(row, CURRENCY).text() == "KZT"
        shot(awaiting, "signers/awaiting-window")

        click(qtbot, awaiting, "awaitingOpenButton")
        viewer = top_level(qtbot, "awaitingEditor")
        assert viewer.findChild(QLineEdit, "beneficiaryIbanEdit").isReadOnly()
        qtbot.waitUntil(lambda: any(FIRST_NAME in t and "First signature" in t for t in panel_texts(viewer)),
                        timeout=WAIT_MS)
        assert any(t.startswith("Needs the second signature") for t in panel_texts(viewer))
        # The first signer's computer holds the document and may recall it; the second signer signs or not.
        assert not viewer.findChild(QPushButton, "recallDocumentButton").isVisible()
        shot(viewer, "signers/second-signer-editor")
        click(qtbot, viewer, "secondSignButton")

        qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
        assert doc_id not in [d.id for d in awaiting.documents()]  # signed: no Sign action for it again
        message = awaiting.findChild(QLabel, "awaitingMessageLabel").text()
        assert "signed and sent" in message, message
        shot(awaiting, "signers/awaiting-window-after")

        # The executed order, opened from the list: both signers with their rights, and complete.
        window.open_document(doc_id)
        done = top_level(qtbot, "paymentEditor")
        qtbot.waitUntil(lambda: any(t.startswith("Complete") for t in panel_texts(done))
                        and any("Second signature" in t for t in panel_texts(done)), timeout=WAIT_MS)
        texts = panel_texts(done)
        assert FIRST_NAME in texts[0] and "First signature" in texts[0], texts
        assert SECOND_NAME in texts[1] and "Second signature" in texts[1], texts
        shot(done, "signers/complete-editor")

    # The first signer's client follows the order from awaiting to executed.
    with signed_in_as(qtbot, bank, first_carrier, FIRST, tmp_path / "first") as client:
        qtbot.waitUntil(lambda: record_status(client, doc_id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)

    # The bank executed it once; the statement shows it; both signatures verify with openssl.
    assert balance_at_bank_of_other(bank, beneficiary["iban"]) == beneficiary_before + Decimal("48250.75")
    assert statement_has(bank, payer["iban"], doc_id, Decimal("48250.75"))
    assert_both_signatures_verify_with_openssl(bank, doc_id, tmp_path / "export")


def statement_has(bank: RunningBank, iban: str, doc_id: str, amount: Decimal) -> bool:
    """The payer's statement of the bank's day has the order's debit."""
    api = BankApi(bank.url, bank.ca_file)
    log_in(api, bank, "viewer")  # the company's statement; the code, no carrier to share (R8.2)
    try:
        after = None
        while True:
            page = api.statement_page(iban, BANK_DAY, BANK_DAY,
                                      after=after)
            if any(line["document_id"] == doc_id and Decimal(line["debit"]) == amount for line in page["lines"]):
                return True
            after = page.get("next")
            if not after:
                return False
    finally:
        api.logout()
        api.close()


def assert_both_signatures_verify_with_openssl(bank: RunningBank, doc_id: str, out: Path) -> None:
    subprocess.run(refbank_command("export-document", doc_id, "--data", str(bank.data_dir), "--out", str(out)),
                   check=True, capture_output=True, cwd=REPO)
    assert json.loads((out / "document.json").read_bytes())["id"] == doc_id
    signers = []
    for index in (1, 2):
        verify = subprocess.run(
            ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(out / "document.json"),
             "-in", str(out / f"signature-{index}.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any",
             "-out", os.devnull, "-signer", str(out / f"signer-{index}.pem")],
            capture_output=True, text=True)
        assert verify.returncode == 0 and "Verification successful" in verify.stderr, verify.stderr
        subject = subprocess.run(["openssl", "x509", "-noout", "-subject", "-nameopt", "utf8",
                                  "-in", str(out / f"signer-{index}.pem")], capture_output=True, text=True).stdout
        signers.append(subject)
    assert FIRST_NAME in signers[0] and SECOND_NAME in signers[1], signers
    assert not (out / "signature-3.p7s").exists()  # never more than two

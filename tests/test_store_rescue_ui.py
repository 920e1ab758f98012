"""The clerk's side of a lost store, through the real windows against the reference bank: the client
finds its store suddenly empty, says so in a window that stays, keeps the empty file aside, and after
the clerk chooses the bank and signs in, brings back every document the bank received and says so."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import trustme
from PySide6.QtWidgets import QLabel, QMessageBox

from bsclient.client.config import load_config
from bsclient.client.documents.local_store import SET_ASIDE_DIR, STORE_FILE
from bsclient.client.documents.record import BANK_STATUSES
from bsclient.ui.app import ClientApp
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.clerk_driver import (
    WAIT_MS,
    click,
    fill_payment_order,
    let_go,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
    sign_in_through_the_windows,
    signed_in_as,
    top_level,
)
from tests.helpers.drafts import draft
from tests.helpers.refbank_server import RunningBank
from tests.helpers.shots import shot


def test_a_store_found_empty_is_said_kept_aside_and_filled_back_from_the_bank(
        qtbot, bank: RunningBank, softhsm_config: Path, tmp_path: Path) -> None:
    carrier, login, directory = enrolled_carrier(bank, softhsm_config), clerk_login(bank), tmp_path / "client"
    with signed_in_as(qtbot, bank, carrier, login, directory) as client:
        editor = open_new_payment(qtbot, client)
        select_payer(editor, payer_account(bank)["iban"])
        beneficiary = other_company_account(bank)
        fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                           iban=beneficiary["iban"], amount="1 234,50")
        sent_id = editor.order().id
        click(qtbot, editor, "signAndSendButton")
        qtbot.waitUntil(lambda: record_status(client, sent_id) in BANK_STATUSES, timeout=WAIT_MS)
        editor.close()
        lost_draft = draft(bank, 502)
        assert client.store is not None
        client.store.save_draft(lost_draft)
    (directory / STORE_FILE).write_bytes(b"")  # the store truncated to nothing

    quit_requested: list[bool] = []
    client = ClientApp(load_config(directory / "config.toml"), on_quit=lambda: quit_requested.append(True))
    client.start()
    try:
        rescue = top_level(qtbot, "storeRescueDialog")
        assert "suddenly empty" in rescue.findChild(QLabel, "troubleLabel").text()
        (aside,) = (directory / SET_ASIDE_DIR).iterdir()
        assert aside.stat().st_size == 0
        shot(rescue, "store-rescue")
        click(qtbot, rescue, "restoreBankButton")
        window = sign_in_through_the_windows(qtbot, bank, login)
        report = top_level(qtbot, "restoreReportBox")
        assert isinstance(report, QMessageBox) and "lost" in report.text()
        shot(report, "store-restored")
        assert client.store is not None
        restored = {r.id: r for r in client.store.list()}
        assert restored[sent_id].status in BANK_STATUSES and lost_draft.id not in restored
        report.accept()
        window.close()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        let_go(client)
        client.shutdown()


def test_without_a_credential_store_the_client_says_what_it_must_do_and_waits_to_be_read(
        qtbot, tmp_path: Path) -> None:
    trustme.CA().cert_pem.write_to_path(str(tmp_path / "ca.pem"))  # a CA; no bank is reached
    (tmp_path / "config.toml").write_text(
        '[bank]\nurl = "https://127.0.0.1:9"\nca_file = "ca.pem"\n\n[carrier]\nmodule = "libsofthsm2.so"\n\n'
        f'[storage]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    quit_requested: list[bool] = []
    client = ClientApp(load_config(tmp_path / "config.toml"), on_quit=lambda: quit_requested.append(True))
    try:
        client.start()
        box = top_level(qtbot, "errorMessageBox")
        assert isinstance(box, QMessageBox) and "[storage] key_file" in box.text()
        shot(box, "store-no-credential-store")
        assert box.isVisible() and not quit_requested  # the box stays: the client does not quit under it
        box.accept()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        keyring.set_keyring(previous)
        let_go(client)
        client.shutdown()

"""R7.2 "My key is compromised" end to end with a SoftHSM2 carrier and a real refbank: the certificate is
revoked at the bank at once (a document signed with the old key is refused for that reason, journaled),
the old key leaves the carrier, a new key is made on it and its request waits until
`refbank certificates approve`, then "Check again" installs the certificate and signing works again
with the new key (the bank's copy verified with openssl cms -verify)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.workflow import sign_order
from bsclient.client.session.key_compromise import bank_serial
from bsclient.client.session.key_request import pending_request, remembered_request_id
from bsclient.ui.app import ClientApp
from bsclient.ui.security.key_act_offer import KeyActOffer
from tests.helpers.access import cli, db
from tests.helpers.clerk_driver import (
    WAIT_MS,
    click,
    fill_payment_order,
    open_new_payment,
    other_company_account,
    payer_account,
    record_status,
    select_payer,
)
from tests.helpers.key_act import act_fingerprint, act_text, approve_from_act
from tests.helpers.refbank_server import REPO, RunningBank, refbank_command
from tests.helpers.shots import shot

T = TypeVar("T")


def off_the_gui_thread(work: Callable[[], T]) -> T:
    """What a background worker does: the carrier refuses to make the GUI thread wait for the token."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(work).result()


def _message_box(qtbot, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def test_my_key_is_compromised_revokes_renews_and_signing_works_again(signed_in: ClientApp, bank: RunningBank,
                                                                      qtbot, tmp_path: Path) -> None:
    client = signed_in
    window, workplace = client.window, client.workplace
    assert window is not None and workplace is not None and workplace.carrier is not None
    carrier = workplace.carrier
    assert carrier.certificate is not None and carrier.key is not None
    old_key, old_serial = carrier.key, bank_serial(carrier.certificate.serial)

    # A payment order signed with the old key now, sent only after the compromise.
    payer, beneficiary = payer_account(bank), other_company_account(bank)
    editor = open_new_payment(qtbot, client)
    select_payer(editor, payer["iban"])
    fill_payment_order(qtbot, editor, name=beneficiary["company"], bin_=beneficiary["company_bin"],
                       iban=beneficiary["iban"], amount="1 000,00")
    early = dataclasses.replace(editor.order(), id=str(uuid.uuid4()))
    content, old_signature = off_the_gui_thread(lambda: sign_order(early, carrier.signer(old_key)))

    # Session → My key is compromised…: asks first; Cancel changes nothing.
    action = window.findChild(QAction, "keyCompromisedAction")
    session_menu = next(a.menu() for a in window.menuBar().actions()
                        if a.menu() is not None and action in a.menu().actions())
    actions = session_menu.actions()
    assert actions.index(action) == actions.index(window.access.block_action) + 1  # next to Block my access
    action.trigger()
    box = _message_box(qtbot, "keyCompromiseConfirm")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    shot(box, "key-compromise-confirm-en")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    with db(bank) as conn:
        assert conn.execute("SELECT revoked FROM certificates WHERE serial = ?", (old_serial,)).fetchone()[0] == 0
    action.trigger()
    box = _message_box(qtbot, "keyCompromiseConfirm")
    qtbot.mouseClick(box.findChild(QPushButton, "keyCompromiseRevokeButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: client.selfservice.key_compromise.dialog is not None, timeout=WAIT_MS)
    dialog = client.selfservice.key_compromise.dialog  # this client's own, not an earlier test's
    check = dialog.findChild(QPushButton, "keyCheckAgainButton")
    qtbot.waitUntil(check.isEnabled, timeout=WAIT_MS)
    keys = off_the_gui_thread(carrier.key_pairs)
    pending = pending_request(client.config.data_dir, keys)
    assert pending is not None and carrier.key_waiting == pending.request_id
    assert pending.request_id in dialog.findChild(QLabel, "keyCompromiseStatus").text()
    shot(dialog, "key-compromise-waiting-en")

    # At the bank: revoked now, journaled; the request waits.
    with db(bank) as conn:
        row = conn.execute("SELECT revoked, revoked_at FROM certificates WHERE serial = ?", (old_serial,)).fetchone()
        assert row["revoked"] == 1 and row["revoked_at"]
        actions = [tuple(r) for r in conn.execute("SELECT action, outcome FROM journal WHERE login = ? ORDER BY id",
                                                  (client.workplace.user.login,))]
        assert actions[-2:] == [("certificate_revoke", "ok"), ("certificate_replacement", "ok")]
        status = conn.execute("SELECT status FROM certificate_requests WHERE id = ?",
                              (pending.request_id,)).fetchone()[0]
        assert status == "pending"
    # The old key is not offered any more; it is gone from the carrier, the new one has no certificate yet.
    assert carrier.key is None and carrier.certificate is None
    keys = off_the_gui_thread(carrier.key_pairs)
    assert old_key.key_id not in {k.key_id for k in keys}
    new = next(k for k in keys if k.key_id == pending.key.key_id)
    assert new.certificate_der is None

    # The document signed with the old key before: refused by the bank, with the reason.
    state = workplace.api.submit_document(early.id, content, [old_signature])
    assert state.status == DocumentStatus.REJECTED
    with db(bank) as conn:
        assert conn.execute("SELECT reason_code FROM documents WHERE id = ?", (early.id,)).fetchone()[0] \
            == "certificate_revoked"

    # Not approved yet: Check again says so.
    click(qtbot, dialog, "keyCheckAgainButton")
    status_label = dialog.findChild(QLabel, "keyCompromiseStatus")
    qtbot.waitUntil(lambda: "has not approved" in status_label.text(), timeout=WAIT_MS)

    # The act for the branch names the new key as the bank lists it; the officer approves from it.
    offer = dialog.findChild(KeyActOffer, "keyActOffer")
    assert offer.isVisible() and offer.act is not None and offer.act.replacement
    act = tmp_path / "key-act.pdf"
    offer.write_pdf(act)
    qtbot.waitUntil(act.exists, timeout=WAIT_MS)
    assert act_fingerprint(act) in cli(bank, "certificates", "list").replace(" ", "")
    assert "Взамен отозванного ключа" in act_text(act)
    printed = approve_from_act(bank, pending.request_id, act)
    assert pending.request_id in printed
    click(qtbot, dialog, "keyCheckAgainButton")
    qtbot.waitUntil(lambda: carrier.key is not None, timeout=WAIT_MS)
    assert "new key" in status_label.text()
    shot(dialog, "key-compromise-installed-en")
    assert remembered_request_id(client.config.data_dir) is None
    assert carrier.key.key_id == pending.key.key_id and carrier.key.certificate_der is not None
    new_serial = bank_serial(carrier.certificate.serial)
    assert new_serial != old_serial
    click(qtbot, dialog, "keyCompromiseCloseButton")

    # Signing works again, with the new key: the bank takes the editor's order, openssl verifies it.
    doc_id = editor.order().id
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, doc_id) in (DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED),
                    timeout=WAIT_MS)
    out = tmp_path / "export"
    subprocess.run(refbank_command("export-document", doc_id, "--data", str(bank.data_dir), "--out", str(out)),
                   check=True, capture_output=True, cwd=REPO)
    assert json.loads((out / "document.json").read_bytes())["id"] == doc_id
    verify = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(out / "document.json"),
         "-in", str(out / "signature-1.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any",
         "-out", os.devnull, "-signer", str(out / "signer-1.pem")], capture_output=True, text=True)
    assert verify.returncode == 0 and "Verification successful" in verify.stderr, verify.stderr
    serial = subprocess.run(["openssl", "x509", "-noout", "-serial", "-in", str(out / "signer-1.pem")],
                            capture_output=True, text=True, check=True).stdout.strip().partition("=")[2]
    assert bank_serial(serial) == new_serial

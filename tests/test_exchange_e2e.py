"""R9.4 end to end: a 1C file written by hand (from a template whose only blanks are the run's
generated BINs and IIKs) is imported through the real windows; its valid order is signed on the
carrier and the reference bank executes it; the invalid one never reaches the drafts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from bsclient.client.documents.record import DocumentStatus
from bsclient.rules import bank_for_iban
from bsclient.ui.app import ClientApp
from bsclient.ui.payments.import_dialog import COLUMN_OF_FIELD, ImportDialog
from tests.helpers.clerk_driver import (
    WAIT_MS,
    balance_at_bank,
    balance_at_bank_of_other,
    click,
    other_company_account,
    payer_account,
    record_status,
    top_level,
)
from tests.helpers.refbank_server import RunningBank

TEMPLATE = Path(__file__).parent / "data" / "e2e_payment_orders_cp1251.template"


def hand_written_file(bank: RunningBank, path: Path) -> Path:
    payer, partner = payer_account(bank), other_company_account(bank)
    text = TEMPLATE.read_text(encoding="utf-8").format(
        today=date.today().strftime("%d.%m.%Y"), payer_iban=payer["iban"], payer_bin=payer["company_bin"],
        partner_iban=partner["iban"], partner_bin=partner["company_bin"], bank_bic=bank_for_iban(payer["iban"]).bic)
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1251"))  # as 1C writes it: Windows-1251, CRLF
    return path


def test_a_hand_written_1c_file_is_imported_and_its_valid_order_executed(qtbot, signed_in: ClientApp,
                                                                         bank: RunningBank, tmp_path: Path):
    client = signed_in
    window = client.window
    payer, partner = payer_account(bank), other_company_account(bank)
    payer_before = balance_at_bank(bank, payer["iban"])
    partner_before = balance_at_bank_of_other(bank, partner["iban"])

    window.import_1c_action.trigger()
    dialog = top_level(qtbot, "importDialog")
    assert isinstance(dialog, ImportDialog)
    dialog.load_file(hand_written_file(bank, tmp_path / "platezhi.txt"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    knp = dialog.model.index(1, COLUMN_OF_FIELD["knp"])
    assert "Line 45 (КодНазначенияПлатежа)" in knp.data(Qt.ItemDataRole.ToolTipRole)
    click(qtbot, dialog, "importButton")

    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == 1, timeout=WAIT_MS)
    (record,) = window.payment_list.model.records()
    assert (record.status, record.order.number, record.order.amount, record.order.beneficiary.iban) == (
        DocumentStatus.DRAFT, "501", "2500.75", partner["iban"])
    assert record.order.purpose.startswith("Оплата по договору № 3/Ж")

    window.open_document(record.id)
    editor = top_level(qtbot, "paymentEditor")
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, record.id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    assert balance_at_bank(bank, payer["iban"]) == payer_before - Decimal("2500.75")
    assert balance_at_bank_of_other(bank, partner["iban"]) == partner_before + Decimal("2500.75")

"""End to end against refbank, as the issue's tests ask: a partner paid once is known; a later 1C
file keeps its name and BIN but carries another IIK (malware's swap): the preview marks it changed
with the old IIK, and signing it needs the clerk's explicit confirmation in the review. The new IIK
is at Bereke Bank (BIC BRKEKZKA, accepted with its name); the paper form names the demo bank as
Jusan, its current name."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from schwifty import IBAN

from bsclient.client.documents.record import DocumentStatus
from bsclient.ui.app import ClientApp
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.import_dialog import BENEFICIARY, ImportDialog
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf
from bsclient.ui.payments.sign_review import SignReviewDialog
from tests.helpers.clerk_driver import WAIT_MS, click, other_company_account, payer_account, record_status
from tests.helpers.refbank_server import BANK_DAY, RunningBank
from tests.helpers.shots import shot

# the file is dated the banks' day, the in-process client's today
pytestmark = pytest.mark.usefixtures("clerk_on_the_banks_day")

ORDER = """1CClientBankExchange
ВерсияФормата=1.03
Кодировка=Windows
Отправитель=1С:Бухгалтерия для Казахстана
СекцияДокумент=Платежное поручение
НомерДокумента={number}
ДатаДокумента={today}
Сумма={amount}
ПлательщикБИН_ИИН={payer_bin}
ПлательщикИИК={payer_iban}
ПолучательНаименование={partner_name}
ПолучательБИН_ИИН={partner_bin}
ПолучательИИК={partner_iban}
ПолучательКБЕ=17
КодНазначенияПлатежа=710
НазначениеПлатежа=Оплата по договору № 7 за товары
КонецДокумента
КонецФайла
"""
BEREKE_IIK = IBAN.generate("KZ", bank_code="914", account_code="0000000000731").compact


def shown_child(qtbot, window, cls):
    found: list = []

    def shown() -> bool:
        found[:] = [w for w in window.findChildren(cls) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def imported(qtbot, client: ClientApp, bank: RunningBank, path: Path, *, number: str, amount: str, iban: str):
    """The 1C file with one order to the partner, previewed and imported; (dialog, its row's beneficiary cell)."""
    window, payer, partner = client.window, payer_account(bank), other_company_account(bank)
    name = next(c["name"] for c in bank.created["companies"] if c["bin"] == partner["company_bin"])
    path.write_bytes(ORDER.format(number=number, today=BANK_DAY.strftime("%d.%m.%Y"), amount=amount,
                                  payer_bin=payer["company_bin"], payer_iban=payer["iban"], partner_name=name,
                                  partner_bin=partner["company_bin"], partner_iban=iban)
                     .replace("\n", "\r\n").encode("cp1251"))
    before = len(window.payment_list.model.records())
    window.import_1c_action.trigger()
    dialog = shown_child(qtbot, window, ImportDialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    cell = dialog.model.index(0, BENEFICIARY)
    shown = (cell.data(Qt.ItemDataRole.DisplayRole), cell.data(Qt.ItemDataRole.ToolTipRole) or "")
    shot(dialog, f"payee-swap-preview-{number}")
    click(qtbot, dialog, "importButton")
    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == before + 1, timeout=WAIT_MS)
    dialog.close()
    record = next(r for r in window.payment_list.model.records() if r.order.number == number)
    return record, shown


def test_a_swapped_iik_of_a_known_payee_is_flagged_in_the_preview_and_needs_confirmation_at_signing(
        qtbot, signed_in: ClientApp, bank: RunningBank, tmp_path: Path):
    client, window, partner = signed_in, signed_in.window, other_company_account(bank)
    first, (first_cell, _) = imported(qtbot, client, bank, tmp_path / "first.txt", number="701", amount="1200.00",
                                      iban=partner["iban"])
    assert first_cell.startswith("[new]")
    window.open_document(first.id)
    editor = shown_child(qtbot, window, PaymentEditor)
    click(qtbot, editor, "signAndSendButton")  # a new payee, not a changed one: no review
    qtbot.waitUntil(lambda: record_status(client, first.id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    editor.close()

    swapped, (cell, reasons) = imported(qtbot, client, bank, tmp_path / "second.txt", number="702",
                                        amount="3400.00", iban=BEREKE_IIK)
    assert cell.startswith("[changed]") and partner["iban"] in reasons and BEREKE_IIK in reasons
    assert swapped.order.beneficiary.bic == "BRKEKZKA"  # Bereke's BIC, filled from the IIK and accepted

    window.open_document(swapped.id)
    editor = shown_child(qtbot, window, PaymentEditor)
    assert editor.problems() == {}
    seen: list[tuple[bool, str]] = []

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignReviewDialog):
            QTimer.singleShot(50, review)
            return
        seen.append((dialog.sign_button.isEnabled(), dialog.reasons_label.text()))
        shot(dialog, "payee-swap-sign-review")
        dialog.confirm_box.setChecked(True)
        dialog.sign_button.click()

    QTimer.singleShot(0, review)
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, swapped.id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    (enabled_before_confirming, text), = seen
    assert not enabled_before_confirming and partner["iban"] in text
    editor.close()

    pdf = tmp_path / "order.pdf"
    write_payment_order_pdf(client.workplace.store.get(swapped.id).order, pdf)
    paper = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Bereke Bank" in paper and "Jusan" in paper and "Цеснабанк" not in paper

"""R9.4 end to end: a 1C file written by hand (from a template whose only blanks are the run's
generated BINs and IIKs) is imported through the real windows; its valid order is signed on the
carrier and the reference bank executes it; the invalid one never reaches the drafts."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.onec.parser import parse_exchange_file
from bsclient.client.statements.export.onec import write_1c_statement
from bsclient.client.statements.statement import fetch_statement
from bsclient.rules import bank_for_iban
from bsclient.ui.app import ClientApp
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.import_dialog import COLUMN_OF_FIELD, ImportDialog
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf
from bsclient.ui.statements.window import StatementWindow
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
from tests.helpers.refbank_server import BANK_DAY, RunningBank

TEMPLATE = Path(__file__).parent / "data" / "e2e_payment_orders_cp1251.template"


# the files are dated the banks' day, the in-process client's today
pytestmark = pytest.mark.usefixtures("clerk_on_the_banks_day")


def hand_written_file(bank: RunningBank, path: Path) -> Path:
    payer, partner = payer_account(bank), other_company_account(bank)
    text = TEMPLATE.read_text(encoding="utf-8").format(
        today=BANK_DAY.strftime("%d.%m.%Y"), payer_iban=payer["iban"], payer_bin=payer["company_bin"],
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


TAX_FILE = """1CClientBankExchange
ВерсияФормата=2.00
Кодировка=Windows
Отправитель=1С:Бухгалтерия для Казахстана
Получатель=Internet-Client
ДатаСоздания={today}
Документ=Платежное поручение
СекцияДокумент=Платежное поручение
НомерДокумента=610
ДатаДокумента={today}
Сумма=45000.00
ПлательщикБИН=
ПлательщикБИН_ИИН={payer_bin}
ПлательщикИИК={payer_iban}
ПлательщикКБЕ=17
ПолучательНаименование=Demo state revenue department No. 1
ПолучательБИН_ИИН=990140000017
ПолучательИИК=KZ33070DEMO000000001
ПолучательБанкБИК=KKMFKZ2A
ПолучательКБЕ=11
КодНазначенияПлатежа=911
КодБК=101201
НазначениеПлатежа=Индивидуальный подоходный налог за октябрь 2026 г.
ДатаВалютирования={today}
Валюта=KZT
КонецДокумента
"""  # as 1C:Бухгалтерия для Казахстана writes a tax payment: КодБК, an empty alias, no КонецФайла


def shown_child(qtbot, window, cls):
    """The visible window of `cls` this main window opened (another test's may still be on screen)."""
    found: list = []

    def shown() -> bool:
        found[:] = [w for w in window.findChildren(cls) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def test_a_1c_tax_payment_with_kodbk_imports_as_a_budget_payment_executes_and_prints_its_kbk(
        qtbot, signed_in: ClientApp, bank: RunningBank, tmp_path: Path):
    client, window = signed_in, signed_in.window
    payer = payer_account(bank)
    path = tmp_path / "nalog.txt"
    path.write_bytes(TAX_FILE.format(today=BANK_DAY.strftime("%d.%m.%Y"), payer_iban=payer["iban"],
                                     payer_bin=payer["company_bin"]).replace("\n", "\r\n").encode("cp1251"))
    window.import_1c_action.trigger()
    dialog = shown_child(qtbot, window, ImportDialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    assert "КонецФайла" in dialog.summary_label.text()
    click(qtbot, dialog, "importButton")
    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == 1, timeout=WAIT_MS)
    (record,) = window.payment_list.model.records()
    assert (record.order.kind, record.order.details.kbk, record.order.knp) == ("budget", "101201", "911")

    window.open_document(record.id)
    editor = shown_child(qtbot, window, PaymentEditor)
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, record.id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    editor.close()
    dialog.close()
    executed = client.workplace.store.get(record.id)
    pdf = tmp_path / "order.pdf"
    write_payment_order_pdf(executed.order, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "101201" in text and "911" in text


ON_BEHALF = """ФактическийПлательщикНаименование=Филиал «Сәулет» в г. Шымкент
ФактическийПлательщикБИН_ИИН=181140004063
ФактическийПлательщикКодСтраны=
КонецДокумента
"""


def test_a_1c_tax_payment_for_a_branch_carries_its_actual_payer_to_the_bank_the_statement_and_paper(
        qtbot, signed_in: ClientApp, bank: RunningBank, tmp_path: Path):
    client, window = signed_in, signed_in.window
    payer = payer_account(bank)
    path = tmp_path / "nalog_filial.txt"
    text = TAX_FILE.replace("КонецДокумента\n", ON_BEHALF).format(
        today=BANK_DAY.strftime("%d.%m.%Y"), payer_iban=payer["iban"], payer_bin=payer["company_bin"])
    path.write_bytes(text.replace("\n", "\r\n").encode("kz1048"))  # Kazakh letters: KZ-1048, as "Windows"
    window.import_1c_action.trigger()
    dialog = shown_child(qtbot, window, ImportDialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    click(qtbot, dialog, "importButton")
    qtbot.waitUntil(lambda: len(window.payment_list.model.records()) == 1, timeout=WAIT_MS)
    (record,) = window.payment_list.model.records()
    branch = ("Филиал «Сәулет» в г. Шымкент", "181140004063")
    assert (record.order.actual_payer.name, record.order.actual_payer.bin) == branch

    window.open_document(record.id)
    editor = shown_child(qtbot, window, PaymentEditor)
    assert editor.on_behalf.body.isVisible()  # unfolded: the order names an actual payer
    assert editor.on_behalf.edits["actual_payer.bin"].text() == branch[1]
    click(qtbot, editor, "signAndSendButton")
    qtbot.waitUntil(lambda: record_status(client, record.id) == DocumentStatus.EXECUTED, timeout=WAIT_MS)
    editor.close()
    dialog.close()

    # The bank kept it in the signed content and names it on the statement; the 1C export reads back with it.
    statement = fetch_statement(client.workplace.api, payer["iban"], BANK_DAY, BANK_DAY)
    (line,) = [line for line in statement.lines if line.document_id == record.id]
    assert line.actual_payer is not None and (line.actual_payer.name, line.actual_payer.bin) == branch
    exported = tmp_path / "kl_to_1c.txt"
    write_1c_statement(statement, exported, company_name="Demo", company_bin=payer["company_bin"], bank_bic="TSESKZKA")
    sections = [s for s in parse_exchange_file(exported.read_bytes()).documents
                if s.fields.get("ИдентификаторДокумента") == record.id]
    assert [s.fields["ФактическийПлательщикНаименование"] for s in sections] == [branch[0]]
    pdf = tmp_path / "order.pdf"
    write_payment_order_pdf(client.workplace.store.get(record.id).order, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Фактический плательщик" in text and "181140004063" in text


def test_a_1c_statement_file_is_refused_as_orders_in_the_dialog(qtbot, signed_in: ClientApp, tmp_path: Path):
    window = signed_in.window
    path = tmp_path / "kl_to_1c.txt"
    path.write_bytes(("1CClientBankExchange\r\nВерсияФормата=1.02\r\nКодировка=Windows\r\nСекцияРасчСчет\r\n"
                      "РасчСчет=KZ869980000000000001\r\nКонецРасчСчет\r\nСекцияДокумент=Платежное поручение\r\n"
                      "НомерДокумента=1\r\nДатаСписано=04.12.2026\r\nСумма=1000.00\r\nКонецДокумента\r\n"
                      "КонецФайла\r\n").encode("cp1251"))
    window.import_1c_action.trigger()
    dialog = shown_child(qtbot, window, ImportDialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.file_error_label.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "bank statement" in dialog.file_error_label.text() and dialog.model.rowCount() == 0
    assert len(window.payment_list.model.records()) == 0
    # Offered for viewing instead: the statement window shows the file's line, said to be the file's.
    click(qtbot, dialog, "viewStatementButton")
    statement_window = shown_child(qtbot, window, StatementWindow)
    qtbot.waitUntil(lambda: statement_window.model.rowCount() == 1, timeout=WAIT_MS)
    assert "kl_to_1c.txt" in statement_window.message()
    assert len(window.payment_list.model.records()) == 0
    statement_window.close()
    dialog.close()

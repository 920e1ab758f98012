"""A 1C file that is a bank statement is read for viewing (never as orders): our own 1C export
reads back line for line, and a statement as a bank writes it (an account section with balances,
`СуммаРасход`/`СуммаПриход`) gives its lines on the right side; the import dialog offers it to the
statement window, which says the statement is the file's."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from bsclient.client.onec.parser import ExchangeFormatError, parse_exchange_file
from bsclient.client.onec.statement_file import read_statement_file, statement_of
from bsclient.client.statements.export.onec import write_1c_statement
from bsclient.client.statements.statement import Counterparty, Statement, StatementLine
from bsclient.ui.payments.import_dialog import ImportDialog
from bsclient.ui.statements.window import StatementWindow
from tests.helpers.shots import shot

DAY = dt.date(2026, 11, 23)
OURS = "KZ75125KZT2069100100"
PARTNER = Counterparty("ТОО «Сәулет»", "090840000906", "KZ827220000000000042", "CASPKZKA", "")

BANK_FILE = """1CClientBankExchange
ВерсияФормата=1.02
Кодировка=Windows
Отправитель=Банк
ДатаНачала=23.11.2026
ДатаКонца=23.11.2026
СекцияРасчСчет
РасчСчет=KZ75125KZT2069100100
НачальныйОстаток=5000.00
ВсегоПоступило=2500.50
ВсегоСписано=1000.00
КонечныйОстаток=6500.50
КонецРасчСчет
СекцияДокумент=Платежное поручение
НомерДокумента=12
ДатаДокумента=23.11.2026
Сумма=1000.00
СуммаРасход=1000.00
ДатаСписано=23.11.2026
ПлательщикИИК=KZ75125KZT2069100100
ПолучательНаименование=ТОО «Сәулет»
ПолучательБИН_ИИН=090840000906
ПолучательИИК=KZ827220000000000042
КодНазначенияПлатежа=710
НазначениеПлатежа=Оплата за товары
КонецДокумента
СекцияДокумент=Платежное поручение
НомерДокумента=77
ДатаДокумента=22.11.2026
Сумма=2500.50
ДатаПоступило=23.11.2026
ПлательщикНаименование=ТОО «Сәулет»
ПлательщикБИН_ИИН=090840000906
ПлательщикИИК=KZ827220000000000042
ПолучательИИК=KZ75125KZT2069100100
КодНазначенияПлатежа=710
НазначениеПлатежа=Возврат
КонецДокумента
КонецФайла
"""


def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "vypiska.txt"
    path.write_bytes(BANK_FILE.replace("\n", "\r\n").encode("kz1048"))
    return path


def test_a_statement_as_a_bank_writes_it_gives_its_balances_and_lines_on_the_right_side(tmp_path: Path):
    statement = read_statement_file(bank_file(tmp_path))
    assert (statement.iban, statement.date_from, statement.date_to) == (OURS, DAY, DAY)
    assert (statement.opening_balance, statement.total_credit, statement.total_debit, statement.closing_balance) == (
        Decimal("5000.00"), Decimal("2500.50"), Decimal("1000.00"), Decimal("6500.50"))
    spent, received = statement.lines
    assert (spent.debit, spent.credit, spent.counterparty.name, spent.counterparty.iban) == (
        Decimal("1000.00"), Decimal("0.00"), "ТОО «Сәулет»", "KZ827220000000000042")
    assert (received.debit, received.credit, received.number, received.counterparty.bin) == (
        Decimal("0.00"), Decimal("2500.50"), "77", "090840000906")


def test_our_own_1c_export_reads_back_line_for_line(tmp_path: Path):
    lines = tuple(StatementLine(id=f"P{n:010d}", date=DAY, number=str(n), counterparty=PARTNER, knp="710",
                                purpose=f"Строка {n}", debit=Decimal(n) if n % 2 else Decimal("0.00"),
                                credit=Decimal("0.00") if n % 2 else Decimal(n), document_id=None)
                  for n in range(1, 6))
    debit = sum((line.debit for line in lines), Decimal("0.00"))
    credit = sum((line.credit for line in lines), Decimal("0.00"))
    original = Statement(iban=OURS, currency="KZT", date_from=DAY, date_to=DAY, opening_balance=Decimal("100.00"),
                         closing_balance=Decimal("100.00") + credit - debit, total_debit=debit, total_credit=credit,
                         lines=lines)
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(original, path, company_name="ТОО «Дала»", company_bin="181140004063", bank_bic="TSESKZKA")
    assert statement_of(parse_exchange_file(path.read_bytes())) == original


def test_a_statement_without_an_account_is_refused_with_a_sentence():
    data = "1CClientBankExchange\r\nВерсияФормата=1.03\r\nКодировка=Windows\r\nКонецФайла\r\n".encode("cp1251")
    with pytest.raises(ExchangeFormatError, match="names no account"):
        statement_of(parse_exchange_file(data))


def test_the_import_dialog_offers_a_statement_file_to_the_statement_window(qtbot, workplace, tmp_path: Path):
    dialog = ImportDialog(workplace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(bank_file(tmp_path))
    qtbot.waitUntil(dialog.view_statement_button.isVisible, timeout=10_000)
    assert "bank statement" in dialog.file_error_label.text() and dialog.model.rowCount() == 0
    shot(dialog, "import-statement-file-offered")
    with qtbot.waitSignal(dialog.statementRead, timeout=10_000) as read:
        dialog.view_statement_button.click()
    statement, name = read.args
    window = StatementWindow(workplace, open_document=lambda _: None)
    qtbot.addWidget(window)
    window.show()
    window.show_file_statement(statement, name)
    assert window.model.rowCount() == 2 and "vypiska.txt" in window.message()
    shot(window, "statement-from-1c-file")

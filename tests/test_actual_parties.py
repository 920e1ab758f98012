"""The actual payer and the actual beneficiary (фактический плательщик / получатель) of a tenge
order: optional, checked by the same rules in the client and at the bank, carried on the wire only
when filled, read from a 1C file, written into the 1C statement export, printed on paper, and typed
in the editor's folded "on behalf of" part."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from bsclient.client.documents.payment_order import ActualParty, Party, PaymentOrder
from bsclient.client.onec.parser import parse_exchange_file
from bsclient.client.onec.payment_import import preview_import
from bsclient.client.statements.export.onec import write_1c_statement
from bsclient.client.statements.statement import ActualPartyOfLine, Counterparty, Statement, StatementLine
from bsclient.rules.actual_parties import actual_parties_rules
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.registry import validate_payment_order
from bsclient.ui.language import apply_language
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf
from refbank.errors import DocumentRejected
from refbank.rules import check_payment_order
from tests.helpers.editor import fill_valid_order
from tests.helpers.shots import shot

BRANCH = ActualParty(name="Филиал ТОО «Дала Трейд» в г. Шымкент", bin="181140004063")
PAYER = Party(name="ТОО «Дала Трейд»", bin="090840000906", iban="KZ75125KZT2069100100", bic="TSESKZKA", code="17")
TAX_OFFICE = Party(name="Demo state revenue department No. 1", bin="990140000017", iban="KZ33070DEMO000000001",
                   bic="KKMFKZ2A", code="11")


def budget_order(**changes: object) -> PaymentOrder:
    order = PaymentOrder.new(PAYER, "41", today=dt.date(2026, 11, 23), kind="budget")
    order.amount, order.knp, order.purpose, order.beneficiary = "45000", "911", "ИПН за октябрь", TAX_OFFICE
    order.details = BudgetDetails(kbk="101201")
    for key, value in changes.items():
        setattr(order, key, value)
    return order


def problems_of(**party: str) -> dict[str, str]:
    return {path: str(message) for path, message in actual_parties_rules({"actual_payer": party}).items()}


def test_an_empty_actual_party_is_no_problem_and_a_resident_needs_name_and_a_valid_iin_bin():
    assert problems_of(name="", bin="", country="") == {}
    assert problems_of(name="Филиал", bin="181140004063", country="") == {}
    assert problems_of(name="Филиал", bin="181140004063", country="kz") == {}
    assert set(problems_of(name="", bin="181140004063", country="")) == {"actual_payer.name"}
    assert set(problems_of(name="Филиал", bin="", country="")) == {"actual_payer.bin"}
    assert set(problems_of(name="Филиал", bin="181140004064", country="")) == {"actual_payer.bin"}
    assert set(problems_of(name="x" * 61, bin="181140004063", country="")) == {"actual_payer.name"}


def test_a_non_resident_is_named_by_country_without_an_iin_bin_and_the_country_is_iso_3166():
    assert problems_of(name="Ivanov Ivan", bin="", country="RU") == {}
    assert set(problems_of(name="Ivanov Ivan", bin="", country="XX")) == {"actual_payer.country"}
    assert set(problems_of(name="Ivanov Ivan", bin="", country="RUS")) == {"actual_payer.country"}


def test_the_wire_carries_them_only_when_filled_and_a_draft_keeps_them():
    plain = budget_order()
    assert "actual_payer" not in plain.to_content() and "actual_payer" not in plain.to_dict()
    order = budget_order(actual_payer=BRANCH, actual_beneficiary=ActualParty(name="Ivanov Ivan", country="ru"))
    content = order.to_content()
    assert content["actual_payer"] == {"name": BRANCH.name, "bin": "181140004063", "country": ""}
    assert content["actual_beneficiary"] == {"name": "Ivanov Ivan", "bin": "", "country": "RU"}
    assert PaymentOrder.from_dict(order.to_dict()) == order
    assert PaymentOrder.from_dict(content).actual_payer == BRANCH  # a wire content reads back too


def test_the_order_rules_check_them_on_a_tenge_order():
    assert validate_payment_order(budget_order(actual_payer=BRANCH), None, today=dt.date(2026, 11, 23)) == {}
    broken = budget_order(actual_payer=ActualParty(name="Филиал", bin="12345"))
    assert set(validate_payment_order(broken, None, today=dt.date(2026, 11, 23))) == {"actual_payer.bin"}


ONEC_FILE = """1CClientBankExchange
ВерсияФормата=1.03
Кодировка=Windows
Отправитель=1С:Бухгалтерия для Казахстана
СекцияДокумент=Платежное поручение
НомерДокумента=611
ДатаДокумента={day}
Сумма=45000.00
ПлательщикБИН_ИИН=090840000906
ПлательщикИИК=KZ75125KZT2069100100
ПолучательНаименование=Demo state revenue department No. 1
ПолучательБИН_ИИН=990140000017
ПолучательИИК=KZ33070DEMO000000001
ПолучательБанкБИК=KKMFKZ2A
ПолучательКБЕ=11
КодНазначенияПлатежа=911
КодБК=101201
НазначениеПлатежа=ИПН за октябрь 2026 г. за филиал
ФактическийПлательщикНаименование=Филиал ТОО «Дала Трейд» в г. Шымкент
ФактическийПлательщикБИН_ИИН={branch_bin}
ФактическийПлательщикКодСтраны=
КонецДокумента
КонецФайла
"""


def onec_file(branch_bin: str, day: dt.date) -> bytes:
    return ONEC_FILE.format(day=f"{day:%d.%m.%Y}", branch_bin=branch_bin).replace("\n", "\r\n").encode("cp1251")


def test_a_1c_order_with_an_actual_payer_imports_it_and_a_wrong_iin_bin_is_told_with_its_line():
    today = dt.date(2026, 11, 23)
    preview = preview_import(onec_file("181140004063", today), company_name=PAYER.name, company_bin=PAYER.bin,
                             accounts=[], existing=[], today=today)
    (imported,) = preview.orders
    assert imported.valid, imported.problems
    assert imported.order is not None and imported.order.actual_payer == BRANCH
    assert imported.order.actual_beneficiary.is_empty()
    broken = preview_import(onec_file("181140004064", today), company_name=PAYER.name, company_bin=PAYER.bin,
                            accounts=[], existing=[], today=today)
    (problem,) = broken.orders[0].problems
    assert (problem.field, problem.key, problem.line) == ("actual_payer.bin", "ФактическийПлательщикБИН_ИИН", 20)
    assert "the actual payer's documents" in problem.message.render()  # not the beneficiary's


def test_a_wrong_check_digit_sends_the_clerk_to_the_right_party_s_documents():
    from bsclient.rules.actual_parties import actual_parties_rules
    from bsclient.rules.iin_bin import PAYER as COMPANY
    from bsclient.rules.iin_bin import check_iin_bin

    wrong = {"name": "Филиал", "bin": "181140004064", "country": ""}
    problems = actual_parties_rules({"actual_payer": wrong, "actual_beneficiary": wrong})
    assert "the actual payer's documents" in problems["actual_payer.bin"].render()
    assert "the actual beneficiary's documents" in problems["actual_beneficiary.bin"].render()
    assert "the beneficiary's documents" in check_iin_bin("181140004064").render()
    assert "your company's documents" in check_iin_bin("181140004064", COMPANY).render()


def test_the_1c_statement_export_names_the_actual_payer_and_reads_back(tmp_path: Path):
    day = dt.date(2026, 11, 23)
    line = StatementLine(id="P0000000001", date=day, number="611",
                         counterparty=Counterparty(TAX_OFFICE.name, TAX_OFFICE.bin, TAX_OFFICE.iban, TAX_OFFICE.bic, ""),
                         knp="911", purpose="ИПН", debit=Decimal("45000.00"), credit=Decimal("0.00"),
                         document_id="d1", actual_payer=ActualPartyOfLine(BRANCH.name, BRANCH.bin, ""))
    statement = Statement(iban=PAYER.iban, currency="KZT", date_from=day, date_to=day,
                          opening_balance=Decimal("100000.00"), closing_balance=Decimal("55000.00"),
                          total_debit=Decimal("45000.00"), total_credit=Decimal("0.00"), lines=(line,))
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(statement, path, company_name=PAYER.name, company_bin=PAYER.bin, bank_bic="TSESKZKA")
    (section,) = parse_exchange_file(path.read_bytes()).documents
    assert section.fields["ФактическийПлательщикНаименование"] == BRANCH.name  # the Kazakh letters kept
    assert section.fields["ФактическийПлательщикБИН_ИИН"] == BRANCH.bin
    assert "ФактическийПолучательНаименование" not in section.fields


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_the_paper_form_prints_the_actual_payer_only_when_named(qapp, tmp_path: Path):
    named, plain = tmp_path / "named.pdf", tmp_path / "plain.pdf"
    write_payment_order_pdf(budget_order(actual_payer=BRANCH), named)
    write_payment_order_pdf(budget_order(), plain)
    assert "Фактический плательщик" in pdf_text(named) and "181140004063" in pdf_text(named)
    assert "Шымкент" in pdf_text(named)
    assert "Фактический" not in pdf_text(plain)
    folder = os.environ.get("KINDS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(named), str(Path(folder) / "actual-payer-form")], check=True)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in `request.param` for one test, the system's again after it."""
    app, before = qapp, QLocale()
    translators = apply_language(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "kk", "ru"], indirect=True)
def test_the_editor_folds_the_part_until_opened_and_checks_it_as_typed(qtbot, workplace, language):
    editor = PaymentEditor(workplace, next_number="7")
    qtbot.addWidget(editor)
    editor.show()
    part = editor.on_behalf
    assert not part.body.isVisible()  # folded while empty
    fill_valid_order(qtbot, editor)
    part.toggle.click()
    assert part.body.isVisible()
    qtbot.keyClicks(part.edits["actual_payer.name"], "Dala Trade LLP, Shymkent branch")
    qtbot.keyClicks(part.edits["actual_payer.bin"], "181140004064")
    label = editor.error_label("actual_payer.bin")
    assert label.isVisible() and not editor.sign_button.isEnabled()
    part.edits["actual_payer.bin"].clear()
    qtbot.keyClicks(part.edits["actual_payer.bin"], "181140004063")
    assert not label.isVisible() and editor.sign_button.isEnabled()
    assert editor.order().actual_payer == ActualParty(name="Dala Trade LLP, Shymkent branch", bin="181140004063")
    QCoreApplication.processEvents()
    shot(editor, f"editor-on-behalf-{language}")


def test_the_bank_refuses_them_on_a_currency_document_and_checks_their_shape():
    content = budget_order(actual_payer=BRANCH).to_content()
    content["payer"]["bic"] = "NBRKKZKX"  # the bank of the sample payer's IIK (code 125)
    day = dt.date(2026, 11, 23)  # the bank's day: the order's own date
    assert check_payment_order(content, today=day) == Decimal("45000.00")
    with pytest.raises(DocumentRejected) as refused:
        check_payment_order({**content, "schema": "kz.foreign-payment/1"}, today=day)
    assert refused.value.reason.params["field"] == "actual_payer"
    with pytest.raises(DocumentRejected) as refused:
        check_payment_order({**content, "actual_beneficiary": "Ivanov"}, today=day)
    assert refused.value.reason.params["field"] == "actual_beneficiary"

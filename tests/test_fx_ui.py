"""The editor for a payment in foreign currency and for buying or selling currency (document types
6 and 7), filled as a clerk does: the beneficiary abroad with its SWIFT hints and the sentence that
refuses Cyrillic, the contract number above the threshold; the bank's rates shown with their
time, the other amount computed either way. Screenshots for a person to look at: FX_SHOTS=dir
(FX_LANG=kk for the Kazakh translation)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from schwifty import IBAN

from bsclient.client.documents.record import DocumentRecord, DocumentStatus, ExecutedRate
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import Account
from bsclient.rules.kinds.foreign import ForeignDetails
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.workplace import Workplace
from tests.helpers.clerk_driver import type_into
from tests.helpers.workplace import PAYER_IIK, USER, StandInBank

SHOTS = os.environ.get("FX_SHOTS")
USD_IIK = IBAN.generate("KZ", bank_code="601", account_code="0000000000840").compact
ACCOUNTS = [Account(PAYER_IIK, "KZT", Decimal("2500000.00"), Decimal("2000000.00"), "Current account"),
            Account(USD_IIK, "USD", Decimal("125000.00"), Decimal("125000.00"), "Foreign currency account")]
RATES = {"time": "2026-11-23T05:00:00Z", "base": "KZT",
         "rates": [{"currency": "USD", "buy": "468.50", "sell": "474.00"},
                   {"currency": "EUR", "buy": "492.00", "sell": "500.00"}]}


class RatesBank(StandInBank):
    def request(self, method: str, path: str, *, json: object = None) -> object:
        assert (method, path) == ("GET", "/rates")
        return RATES


@pytest.fixture
def workplace(tmp_path):
    workplace = Workplace(api=RatesBank(), store=DocumentStore(tmp_path / "documents.sqlite3"),  # type: ignore[arg-type]
                          user=USER, accounts=list(ACCOUNTS))
    translator = QTranslator()
    if os.environ.get("FX_LANG"):
        translations = Path(__file__).parent.parent / "bsclient" / "ui" / "translations"
        qm = os.environ.get("FX_QM") or str(translations / f"bsclient_{os.environ['FX_LANG']}.qm")  # FX_QM: a draft
        assert translator.load(qm)
        QCoreApplication.installTranslator(translator)
    yield workplace
    QCoreApplication.removeTranslator(translator)
    wait_for_background_work()
    workplace.store.close()


def open_editor(qtbot, workplace: Workplace, kind: str, record=None) -> PaymentEditor:
    editor = PaymentEditor(workplace, record, next_number="7", kind=kind)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.kind_section.rates is not None, timeout=10_000)
    return editor


def shot(editor: PaymentEditor, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QCoreApplication.processEvents()
        editor.grab().save(str(Path(SHOTS) / f"{name}-{os.environ.get('FX_LANG', 'en')}.png"))


def error_text(editor: PaymentEditor, path: str) -> str:
    label = editor.error_label(path)
    return label.text() if label.isVisible() else ""


def test_payment_in_foreign_currency_through_the_editor(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "foreign")
    section = editor.kind_section
    assert editor.payer_account_combo.currentData().currency == "USD"  # only foreign-currency accounts
    assert editor.payer_account_combo.count() == 1
    assert editor.beneficiary_code_edit.text() == "27"
    type_into(qtbot, editor, "beneficiaryNameEdit", "ТОО Дала")
    editor.beneficiary_iban_edit.setFocus()  # she leaves the name: now it says what is wrong
    assert "SWIFT" in error_text(editor, "beneficiary.name") and "name" in error_text(editor, "beneficiary.name")
    editor.beneficiary_name_edit.clear()
    qtbot.keyClicks(editor.beneficiary_name_edit, "Muller Maschinenbau GmbH")
    qtbot.keyClicks(section.address_edit, "Hauptstrasse 1, 60311 Frankfurt am Main")
    qtbot.keyClicks(section.country_edit, "DE")
    assert "Germany" in editor._frames["foreign.country"].hint_label.text()
    qtbot.keyClicks(editor.beneficiary_iban_edit, "DE89 3704 0044 0532 0130 01")
    assert "IBAN" in error_text(editor, "beneficiary.iban")
    editor.beneficiary_iban_edit.clear()
    qtbot.keyClicks(editor.beneficiary_iban_edit, "DE89 3704 0044 0532 0130 00")
    qtbot.keyClicks(editor.beneficiary_bic_edit, "BARCGB22")
    assert "GB" in error_text(editor, "beneficiary.bic")
    editor.beneficiary_bic_edit.clear()
    qtbot.keyClicks(editor.beneficiary_bic_edit, "DEUTDEFF")
    assert "Deutsche Bank" in editor._frames["beneficiary.bic"].hint_label.text()
    qtbot.keyClicks(editor.amount_edit, "60 000")
    qtbot.keyClicks(editor.knp_edit, "710")
    qtbot.keyClicks(editor.purpose_edit, "Payment for equipment, invoice 45")
    assert set(editor.problems()) == {"foreign.contract"}  # above USD 50 000
    editor._show_all_problems()  # the summary's "Show"
    assert "registration number" in error_text(editor, "foreign.contract")
    assert not editor.sign_button.isEnabled()
    shot(editor, "foreign-contract-missing")
    qtbot.keyClicks(section.contract_edit, "1/240105/0001")
    section.charges_combo.setCurrentIndex(section.charges_combo.findData("OUR"))
    assert editor.problems() == {}, editor.problems()
    assert editor.sign_button.isEnabled()
    content = editor.order().to_content()
    assert content["schema"] == "kz.foreign-payment/1" and content["currency"] == "USD"
    assert content["foreign"] == {"address": "Hauptstrasse 1, 60311 Frankfurt am Main", "country": "DE",
                                  "intermediary_bic": "", "charges": "OUR", "contract": "1/240105/0001"}
    assert content["beneficiary"]["iban"] == "DE89370400440532013000"
    shot(editor, "foreign-valid")
    def kept() -> bool:  # the draft is kept as typed
        record = workplace.store.get(content["id"])
        return record is not None and isinstance(record.order.details, ForeignDetails) and record.order.details.contract == "1/240105/0001"

    qtbot.waitUntil(kept, timeout=10_000)
    assert workplace.store.get(content["id"]).order.kind == "foreign"


def test_currency_purchase_through_the_editor(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "exchange")
    section = editor.kind_section
    assert "474,00" in section.rates_label.text() or "474.00" in section.rates_label.text()
    assert "23.11.2026" in section.rates_label.text()
    assert editor.payer_account_combo.currentData().currency == "KZT"
    assert section.credit_combo.currentData().currency == "USD"
    qtbot.keyClicks(section.credit_amount_edit, "1 000")  # buy 1 000 USD: the tenge follows
    assert editor.amount_edit.text() == "474 000,00"
    assert "purchase" in error_text(editor, "purpose") or "bought" in error_text(editor, "purpose") or \
        "purpose" in editor.problems()
    qtbot.keyClicks(editor.knp_edit, "213")
    qtbot.keyClicks(editor.purpose_edit, "Payment under contract 12 for equipment")
    assert editor.problems() == {}, editor.problems()
    shot(editor, "exchange-buy")
    content = editor.order().to_content()
    assert content["schema"] == "kz.currency-exchange/1"
    assert content["currency"] == "KZT" and content["amount"] == "474000.00"
    assert content["beneficiary"]["iban"] == USD_IIK
    assert content["exchange"] == {"operation": "buy", "fixed": "credit", "credit_currency": "USD",
                                   "credit_amount": "1000.00", "rate": "474.00", "rate_time": "2026-11-23T05:00:00Z"}
    # Typing the tenge amount instead: the dollars follow, rounded down.
    editor.amount_edit.clear()
    qtbot.keyClicks(editor.amount_edit, "100 000")
    assert section.credit_amount_edit.text() == "210,97"
    assert editor.order().details.fixed == "debit"
    # Selling: the debit account becomes the dollar one, the purpose optional.
    section.operation_combo.setCurrentIndex(section.operation_combo.findData("sell"))
    assert editor.payer_account_combo.currentData().currency == "USD"
    assert section.credit_combo.currentData().currency == "KZT"
    editor.purpose_edit.clear()
    editor.amount_edit.clear()
    qtbot.keyClicks(editor.amount_edit, "100")
    assert section.credit_amount_edit.text() == "46 850,00"
    assert "purpose" not in editor.problems()
    shot(editor, "exchange-sell")
    assert editor.order().to_content()["purpose"] == "Sale of foreign currency"


def test_an_executed_exchange_shows_the_rate_the_bank_used(qtbot, workplace):
    from bsclient.client.documents.payment_order import Party, PaymentOrder
    from bsclient.rules.kinds.exchange import ExchangeDetails

    order = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "9", kind="exchange")
    order.beneficiary = Party("TOO Demo", "181140004063", USD_IIK, "HSBKKZKX", "17")
    order.amount, order.knp, order.purpose = "47400,00", "213", "Import contract 12"
    order.details = ExchangeDetails(fixed="credit", credit_amount="100", credit_currency="USD", rate="474.00")
    executed = DocumentRecord(id=order.id, order=order, status=DocumentStatus.EXECUTED, reason=None,
                              content=b"{}", rate=ExecutedRate("USD", "KZT", "471.25"))
    editor = PaymentEditor(workplace, executed, kind="exchange")
    qtbot.addWidget(editor)
    editor.show()
    editor.kind_section.show_record(executed)
    assert "1 USD = 471.25 KZT" in editor.status_label.text() and "Executed" in editor.status_label.text()
    assert "debited 47,125.00 KZT, credited 100.00 USD" in editor.status_label.text()
    shown = editor.order()  # a signed document as it was signed (Save as template, Copy)
    assert (shown.kind, shown.details, shown.beneficiary.iban) == ("exchange", order.details, USD_IIK)
    shot(editor, "exchange-executed")


@pytest.mark.parametrize(("kind", "title"), [("foreign", "ЗАЯВЛЕНИЕ НА ПЕРЕВОД ИНОСТРАННОЙ ВАЛЮТЫ № 7"),
                                             ("exchange", "ЗАЯВЛЕНИЕ НА ПОКУПКУ ИНОСТРАННОЙ ВАЛЮТЫ № 7")])
def test_the_editor_saves_these_kinds_on_their_own_paper_forms(qtbot, workplace, kind, title, tmp_path, monkeypatch):
    import subprocess

    import bsclient.ui.payments.paper.save_or_print as payment_order_paper

    editor = open_editor(qtbot, workplace, kind)
    target = tmp_path / f"{kind}.pdf"
    monkeypatch.setattr(payment_order_paper.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    editor.save_pdf_button.click()
    qtbot.waitUntil(lambda: not editor.paper.writing, timeout=20_000)
    assert editor.paper.label.isVisible() and str(target) in editor.paper.label.text()
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert title in " ".join(text.split())

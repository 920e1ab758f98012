"""The paper forms of a payment in foreign currency and of a purchase or sale of currency
(document types 6 and 7): read back with pdftotext (poppler, an independent reader): the title, the amount in
figures and in words in the currency (Kazakh and Russian), the beneficiary abroad, its bank's SWIFT
BIC, the intermediary, the charges, the contract number; the operation, both accounts and amounts,
the indicative rate with its time, and once executed the bank's rate and what it booked.
PNGs for a person to look at: FX_PDF_SHOTS=dir."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from schwifty import IBAN

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.client.documents.signature_marks import SignatureMark
from bsclient.rules.kinds.exchange import ExchangeDetails
from bsclient.rules.kinds.foreign import ForeignDetails
from bsclient.ui.payments.paper.form import DRAFT_MARK
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf

TODAY = dt.date(2026, 11, 23)
KZT_IIK = "KZ75125KZT2069100100"
USD_IIK = IBAN.generate("KZ", bank_code="125", account_code="0000000000840").compact
PAYER = Party("ТОО «Дала Трейд»", "090840000906", USD_IIK, "TSESKZKA", "17")
SIGNED = [SignatureMark("Ахметова Айгерим Серікқызы", datetime(2026, 11, 23, 4, 15, 30, tzinfo=dt.UTC),
                        "850417400123")]
ALMATY = dt.timezone(dt.timedelta(hours=5))


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def shots(pdf: Path, name: str) -> None:
    folder = os.environ.get("FX_PDF_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(Path(folder) / name)], check=True)


def foreign_order(**details) -> PaymentOrder:
    order = PaymentOrder.new(PAYER, "15", today=TODAY, kind="foreign", currency="USD")
    order.beneficiary = Party("Muller Maschinenbau GmbH", "", "DE89370400440532013000", "DEUTDEFF", "27")
    order.amount, order.knp = "12 345,67", "710"
    order.purpose = "Payment for equipment under contract 45/2026, invoice 118"
    values = dict(address="Hauptstrasse 1, 60311 Frankfurt am Main", country="DE", charges="OUR",
                  intermediary_bic="CHASUS33", contract="0200/1234/2026/1")
    values.update(details)
    order.details = ForeignDetails(**values)
    return order


def exchange_order(operation: str = "buy", fixed: str = "credit") -> PaymentOrder:
    buying = operation == "buy"
    debit, credit = (KZT_IIK, USD_IIK) if buying else (USD_IIK, KZT_IIK)
    order = PaymentOrder.new(Party("ТОО «Дала Трейд»", "090840000906", debit, "TSESKZKA", "17"), "16", today=TODAY,
                             kind="exchange", currency="KZT" if buying else "USD")
    order.beneficiary = Party("ТОО «Дала Трейд»", "090840000906", credit, "TSESKZKA", "17")
    order.knp = "213"
    order.purpose = "Оплата по импортному контракту 12 / Import contract 12" if buying else ""
    if buying:
        order.amount = "474 000,00"
        order.details = ExchangeDetails(operation="buy", fixed=fixed, credit_amount="1 000", credit_currency="USD",
                                         rate="474.00", rate_time="2026-11-23T05:00:00Z")
    else:
        order.amount = "2 500,00"
        order.details = ExchangeDetails(operation="sell", fixed="debit", credit_amount="1 171 250,00",
                                         credit_currency="KZT", rate="468.50", rate_time="2026-11-23T05:00:00Z")
    return order


def test_a_payment_abroad_prints_its_application(qapp, tmp_path):
    pdf = tmp_path / "foreign.pdf"
    write_payment_order_pdf(foreign_order(), pdf, signatures=SIGNED, status=DocumentStatus.SENT, tz=ALMATY)
    text = text_of(pdf)
    for expected in (
            "ШЕТЕЛ ВАЛЮТАСЫН АУДАРУҒА ӨТІНІШ № 15", "ЗАЯВЛЕНИЕ НА ПЕРЕВОД ИНОСТРАННОЙ ВАЛЮТЫ № 15", "23.11.2026",
            "ТОО «Дала Трейд»", "090840000906", USD_IIK, "12 345,67", "USD",
            "Он екі мың үш жүз қырық бес АҚШ доллары 67 цент",
            "Двенадцать тысяч триста сорок пять долларов США 67 центов",
            "Muller Maschinenbau GmbH", "DE89370400440532013000", "Hauptstrasse 1, 60311 Frankfurt am Main",
            "DE Германия", "DEUTDEFF", "Deutsche Bank", "CHASUS33", "OUR", "все расходы за счёт отправителя",
            "0200/1234/2026/1", "Payment for equipment under contract 45/2026, invoice 118", "710",
            "Ахметова Айгерим Серікқызы", "23.11.2026 09:15:30 (UTC+05:00)", "Отправлен в банк"):
        assert expected in text, expected
    assert DRAFT_MARK not in text and "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ" not in text
    shots(pdf, "foreign-sent")


def test_a_payment_abroad_in_euro_without_intermediary_or_contract(qapp, tmp_path):
    order = foreign_order(intermediary_bic="", contract="", charges="SHA")
    order.currency, order.amount = "EUR", "2 001,00"
    pdf = tmp_path / "foreign-draft.pdf"
    write_payment_order_pdf(order, pdf)
    text = text_of(pdf)
    assert DRAFT_MARK in text
    assert "Две тысячи один евро 00 центов" in text and "Екі мың бір еуро 00 цент" in text
    assert "SHA" in text and "Учётный номер валютного договора —" in text
    shots(pdf, "foreign-draft")


def test_a_purchase_prints_both_accounts_the_indicative_rate_and_until_executed_no_banks_rate(qapp, tmp_path):
    pdf = tmp_path / "buy.pdf"
    write_payment_order_pdf(exchange_order(), pdf, signatures=SIGNED, status=DocumentStatus.ACCEPTED, tz=ALMATY)
    text = text_of(pdf)
    for expected in ("ШЕТЕЛ ВАЛЮТАСЫН САТЫП АЛУҒА ӨТІНІШ № 16", "ЗАЯВЛЕНИЕ НА ПОКУПКУ ИНОСТРАННОЙ ВАЛЮТЫ № 16",
                     "Сатып алу / Покупка", KZT_IIK, USD_IIK, "474 000,00", "1 000,00",
                     "Бір мың АҚШ доллары 00 цент", "Одна тысяча долларов США 00 центов",  # the fixed side, in words
                     "1 USD = 474,00 KZT", "23.11.2026 10:00:00 (UTC+05:00)", "213",
                     "По курсу банка на момент исполнения", "Принят банком", "Import contract 12"):
        assert expected in text, expected
    shots(pdf, "exchange-buy-accepted")


def test_an_executed_sale_prints_the_banks_rate_and_what_it_booked(qapp, tmp_path):
    pdf = tmp_path / "sell.pdf"
    write_payment_order_pdf(exchange_order("sell"), pdf, signatures=SIGNED, status=DocumentStatus.EXECUTED,
                            rate=ExecutedRate("USD", "KZT", "470.10"), tz=ALMATY)
    text = text_of(pdf)
    for expected in ("ЗАЯВЛЕНИЕ НА ПРОДАЖУ ИНОСТРАННОЙ ВАЛЮТЫ № 16", "Сату / Продажа", "2 500,00",
                     "Две тысячи пятьсот долларов США 00 центов", "Екі мың бес жүз АҚШ доллары 00 цент",
                     "1 USD = 468,50 KZT", "1 USD = 470,10 KZT", "Списано банком", "2 500,00 USD", "Зачислено банком",
                     "1 175 250,00 KZT", "Исполнен банком", "Продажа иностранной валюты"):
        assert expected in text, expected
    assert "По курсу банка на момент исполнения" not in text
    shots(pdf, "exchange-sell-executed")


def test_a_stored_executed_exchange_prints_the_rate_the_store_kept(qapp, tmp_path):
    from bsclient.client.documents.record import DocumentRecord
    from bsclient.ui.payments.paper.payment_order import write_record_pdf

    order = exchange_order()
    record = DocumentRecord(id=order.id, order=order, status=DocumentStatus.EXECUTED, reason=None, content=b"{}",
                            rate=ExecutedRate("USD", "KZT", "471.25"))
    pdf = tmp_path / "record.pdf"
    write_record_pdf(record, pdf)
    text = text_of(pdf)
    assert "1 USD = 471,25 KZT" in text and "471 250,00 KZT" in text and "1 000,00 USD" in text

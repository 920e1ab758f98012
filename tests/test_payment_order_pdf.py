"""R9.3 the payment order on the national paper form, read back by poppler (`pdftotext`, `pdfinfo`,
`pdftoppm`): number, IIKs, BINs, KNP, the amount in figures and in words in Kazakh and Russian,
the signers' names and signing times from the stored CMS signatures; a draft is marked as one;
the editor's "Save as PDF…" and "Print…" write it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import subprocess
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import time_machine

import bsclient.ui.payments.paper.save_or_print as payment_order_paper
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.crypto import canonical_bytes, sign_detached
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.paper.form import DRAFT_MARK
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf, write_record_pdf
from tests.helpers.certificates import SoftwareSigner, TestCa
from tests.helpers.printing import print_dialog_printing_to
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

ALMATY = timezone(timedelta(hours=5))
FIRST_SIGNED = datetime(2026, 11, 20, 4, 15, 30, tzinfo=UTC)   # 09:15:30 in Almaty
SECOND_SIGNED = datetime(2026, 11, 20, 5, 2, 1, tzinfo=UTC)    # 10:02:01 in Almaty


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def values_under(layout: str, caption: str) -> list[str]:
    """In `pdftotext -layout` text, the words printed right under each `caption` (its box's value)."""
    lines = layout.splitlines()
    found = []
    for number, line in enumerate(lines):
        column = line.find(caption)
        if column < 0:
            continue
        below = next((line for line in lines[number + 1:] if line.strip()), "")
        start = column
        while 0 < start < len(below) and below[start - 1] != " ":  # a value may begin a little left
            start -= 1
        found.append(below[start:].split("  ")[0].strip() if start < len(below) else "")
    return found


def sample_order(amount: str = "1500000.50") -> PaymentOrder:
    return PaymentOrder(
        id="5f0c1d2e-0000-4000-8000-1234567890ab", number="123", date=date(2026, 11, 20),
        value_date=date(2026, 11, 21), currency="KZT", amount=amount,
        payer=Party("ТОО «Дала Трейд»", "181140004063", PAYER_IIK, "HSBKKZKX", "17"),
        beneficiary=Party("ИП Әбдірахманов Қ.Ө.", "090840000906", BENEFICIARY_IIK, "CASPKZKA", "19"),
        knp="710", purpose="Оплата за товары по договору № 15 от 01.10.2026; тауарлар үшін төлем")


@pytest.fixture(scope="module")
def signers() -> tuple[SoftwareSigner, SoftwareSigner]:
    return make_signers()


def make_signers() -> tuple[SoftwareSigner, SoftwareSigner]:
    ca = TestCa()
    return (SoftwareSigner.make(ca, "ec", common_name="Ахметова Айгерим Серікқызы", iin="850101400123"),
            SoftwareSigner.make(ca, "ec", common_name="Иванов Пётр Сергеевич"))


def store_signed(store: DocumentStore, order: PaymentOrder, signers: tuple[SoftwareSigner, ...],
                 times: tuple[datetime, ...], names: str) -> None:
    store.save_draft(order)
    content = canonical_bytes(order.to_content())
    signatures = [sign_detached(content, s, signing_time=t) for s, t in zip(signers, times, strict=True)]
    store.mark_signed(order.id, content, signatures, names)


def test_a_signed_order_shows_its_details_amount_in_words_and_both_signers(qapp: Any, tmp_path: Path, signers):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        order = sample_order()
        store_signed(store, order, signers, (FIRST_SIGNED, SECOND_SIGNED),
                     "Ахметова Айгерим Серікқызы; Иванов Пётр Сергеевич")
        store.mark_sent(order.id)
        record = store.get(order.id)
    assert record is not None
    path = tmp_path / "order.pdf"
    write_record_pdf(record, path, tz=ALMATY)
    layout = pdf_text(path)
    text = flat(layout)
    for expected in ("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 123", "ТӨЛЕМ ТАПСЫРМАСЫ № 123", "20.11.2026", "21.11.2026",
                     PAYER_IIK, BENEFICIARY_IIK, "181140004063", "090840000906", "HSBKKZKX", "CASPKZKA",
                     "ТОО «Дала Трейд»", "ИП Әбдірахманов Қ.Ө.", "1 500 000,50", "KZT",
                     "Бір миллион бес жүз мың теңге 50 тиын", "Один миллион пятьсот тысяч тенге 50 тиын",
                     "тауарлар үшін төлем", "Отправлен в банк"):
        assert expected in text, expected
    # Each value in its own box, under its caption: payer's first, then the beneficiary's.
    assert values_under(layout, "ТМК / КНП") == ["710"]
    assert values_under(layout, "ЖСК / ИИК") == [PAYER_IIK, BENEFICIARY_IIK]
    assert values_under(layout, "ЖСН/БСН / ИИН/БИН") == ["181140004063", "090840000906"]
    assert values_under(layout, "КОд") == ["17"] and values_under(layout, "КБе") == ["19"]
    assert values_under(layout, "Сомасы / Сумма") == ["1 500 000,50"]
    assert "1. Ахметова Айгерим Серікқызы (ЖСН/ИИН 850101400123) — 20.11.2026 09:15:30 (UTC+05:00)" in text
    assert "2. Иванов Пётр Сергеевич — 20.11.2026 10:02:01 (UTC+05:00)" in text
    assert "ЧЕРНОВИК" not in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, flags=re.MULTILINE)
    assert re.search(r"^Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts", info, flags=re.MULTILINE)  # A4 portrait
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 20_000
    assert not list(tmp_path.glob("*.part"))


def test_two_signers_through_the_workflow_are_both_on_the_form(qapp: Any, tmp_path: Path):
    from bsclient.client.documents.workflow import sign_and_store

    signing_day = date(2026, 11, 20)  # the order's date and value date: the rules refuse a value date in the past
    with time_machine.travel(datetime(2026, 11, 20, 9, 15, tzinfo=ALMATY), tick=True), \
            DocumentStore(tmp_path / "documents.sqlite3") as store:
        signers = make_signers()  # valid from the travelled clock's hour on
        order = sample_order()
        order.date = order.value_date = signing_day
        before = datetime.now(ALMATY).replace(microsecond=0)
        sign_and_store(store, order, signers[0], "Ахметова Айгерим Серікқызы")
        record = sign_and_store(store, order, signers[1], "Иванов Пётр Сергеевич")
        after = datetime.now(ALMATY)
    path = tmp_path / "order.pdf"
    write_record_pdf(record, path, tz=ALMATY)
    text = flat(pdf_text(path))
    times = re.findall(r"— (\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d) \(UTC\+05:00\)", text)
    assert len(times) == 2
    assert all(before <= datetime.strptime(t, "%d.%m.%Y %H:%M:%S").replace(tzinfo=ALMATY) <= after for t in times)
    assert text.index("1. Ахметова Айгерим Серікқызы") < text.index("2. Иванов Пётр Сергеевич")
    assert DRAFT_MARK not in text and "Подписан, в банк не отправлен" in text


def test_a_draft_carries_the_draft_mark_and_no_signature(qapp: Any, tmp_path: Path):
    path = tmp_path / "draft.pdf"
    write_payment_order_pdf(sample_order("21"), path)
    text = flat(pdf_text(path))
    assert DRAFT_MARK in text
    assert "Қол қойылмаған / Не подписан" in text
    assert "Жиырма бір теңге 00 тиын" in text and "Двадцать один тенге 00 тиын" in text


def test_a_rejected_order_shows_the_banks_reason(qapp: Any, tmp_path: Path, signers):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        order = sample_order("0.01")
        store_signed(store, order, signers[:1], (FIRST_SIGNED,), "Ахметова Айгерим Серікқызы")
        record = store.get(order.id)
    assert record is not None
    record = type(record)(**{**record.__dict__, "status": DocumentStatus.REJECTED})
    path = tmp_path / "rejected.pdf"
    write_record_pdf(record, path, reason="Сумма больше доступного остатка.", tz=ALMATY)
    text = flat(pdf_text(path))
    assert "Отклонён банком" in text and "Сумма больше доступного остатка." in text
    assert "Нөл теңге 01 тиын" in text and "Ноль тенге 01 тиын" in text
    assert DRAFT_MARK not in text


def test_a_signature_without_a_readable_certificate_shows_the_stored_name(qapp: Any, tmp_path: Path):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        order = sample_order()
        store.save_draft(order)
        store.mark_signed(order.id, b"{}", [b"not a CMS"], "Aigerim Clerk")
        record = store.get(order.id)
    assert record is not None
    path = tmp_path / "order.pdf"
    write_record_pdf(record, path)
    assert "1. Aigerim Clerk — —" in flat(pdf_text(path))


def test_the_pdf_can_be_written_on_a_worker_thread(qapp: Any, tmp_path: Path):
    errors: list[BaseException] = []
    path = tmp_path / "order.pdf"

    def write() -> None:
        try:
            write_payment_order_pdf(sample_order(), path)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    assert not errors
    assert "Один миллион пятьсот тысяч тенге 50 тиын" in flat(pdf_text(path))


# --- through the real editor -----------------------------------------------------------------------


def fill_order(qtbot, editor: PaymentEditor) -> None:
    qtbot.keyClicks(editor.beneficiary_name_edit, "TOO Alushy")  # QTest types ASCII only
    qtbot.keyClicks(editor.beneficiary_bin_edit, "090840000906")
    qtbot.keyClicks(editor.beneficiary_iban_edit, BENEFICIARY_IIK)
    qtbot.keyClicks(editor.beneficiary_code_edit, "17")
    qtbot.keyClicks(editor.knp_edit, "710")
    qtbot.keyClicks(editor.amount_edit, "150 000,50")
    qtbot.keyClicks(editor.purpose_edit, "Payment for goods under contract 15")


def test_save_as_pdf_in_the_editor_writes_the_draft_as_typed(qtbot, workplace, tmp_path, monkeypatch):
    editor = PaymentEditor(workplace, next_number="7")
    qtbot.addWidget(editor)
    editor.show()
    fill_order(qtbot, editor)
    asked: list[str] = []

    def choose(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "my order"), filters  # no extension typed: ".pdf" is added

    monkeypatch.setattr(payment_order_paper.QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(editor.save_pdf_button, qtbot_left())
    target = tmp_path / "my order.pdf"
    qtbot.waitUntil(lambda: not editor.paper.writing, timeout=20000)
    assert asked and asked[0].endswith(f"payment_order_7_{editor.order().date:%Y%m%d}.pdf")
    assert target.exists()
    assert str(target) in editor.paper.label.text() and editor.paper.label.isVisible()
    text = flat(pdf_text(target))
    assert DRAFT_MARK in text
    for expected in ("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 7", "150 000,50", "Жүз елу мың теңге 50 тиын",
                     "Сто пятьдесят тысяч тенге 50 тиын", BENEFICIARY_IIK, PAYER_IIK, "TOO Alushy",
                     "TOO Demo", "181140004063"):
        assert expected in text, expected


def test_save_as_pdf_of_a_signed_document_shows_its_signer(qtbot, workplace, tmp_path, monkeypatch, signers):
    order = sample_order()
    store_signed(workplace.store, order, signers[:1], (FIRST_SIGNED,), "Ахметова Айгерим Серікқызы")
    editor = PaymentEditor(workplace, workplace.store.get(order.id))
    qtbot.addWidget(editor)
    editor.show()
    target = tmp_path / "signed.pdf"
    monkeypatch.setattr(payment_order_paper.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    qtbot.mouseClick(editor.save_pdf_button, qtbot_left())
    qtbot.waitUntil(lambda: not editor.paper.writing, timeout=20000)
    text = flat(pdf_text(target))
    assert "Ахметова Айгерим Серікқызы" in text and "20.11.2026" in text
    assert DRAFT_MARK not in text


def test_a_file_that_cannot_be_written_is_said_with_what_to_do(qtbot, workplace, tmp_path, monkeypatch):
    editor = PaymentEditor(workplace, next_number="8")
    qtbot.addWidget(editor)
    target = tmp_path / "missing folder" / "order.pdf"
    monkeypatch.setattr(payment_order_paper.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    editor.paper.save_pdf()
    qtbot.waitUntil(lambda: not editor.paper.writing, timeout=20000)
    assert "was not saved" in editor.paper.label.text() and "Choose another folder" in editor.paper.label.text()
    assert not target.exists()


def test_print_goes_through_the_print_dialog_to_the_chosen_printer(qtbot, workplace, tmp_path, monkeypatch):
    assert payment_order_paper.PRINTING_AVAILABLE  # QtPrintSupport ships with PySide6-Essentials
    printed = tmp_path / "printed.pdf"


    monkeypatch.setattr(payment_order_paper, "QPrintDialog", print_dialog_printing_to(printed))
    editor = PaymentEditor(workplace, next_number="9")
    qtbot.addWidget(editor)
    editor.show()
    fill_order(qtbot, editor)
    qtbot.mouseClick(editor.print_button, qtbot_left())
    qtbot.waitUntil(lambda: "printer" in editor.paper.label.text(), timeout=20000)
    text = flat(pdf_text(printed))
    assert "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 9" in text and "Сто пятьдесят тысяч тенге 50 тиын" in text
    assert DRAFT_MARK in text


def test_the_main_windows_documents_menu_saves_the_selected_order(qtbot, workplace, tmp_path, monkeypatch,
                                                                   signers):
    from bsclient.ui.payments.main_window import MainWindow

    order = sample_order("21")
    store_signed(workplace.store, order, signers[:1], (FIRST_SIGNED,), "Ахметова Айгерим Серікқызы")
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    target = tmp_path / "from the list.pdf"
    monkeypatch.setattr(payment_order_paper.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    window.save_pdf_action.trigger()  # nothing selected yet: the clerk is told what to do
    assert "Select a payment order" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.payment_list.model.rowCount() == 1, timeout=10000)
    window.payment_list.select(order.id)
    window.save_pdf_action.trigger()
    qtbot.waitUntil(lambda: "was saved as PDF" in window.statusBar().currentMessage(), timeout=20000)
    assert str(target) in window.statusBar().currentMessage()
    text = flat(pdf_text(target))
    assert "Жиырма бір теңге 00 тиын" in text and "Ахметова Айгерим Серікқызы" in text
    assert window.print_action.isVisible() and window.print_action in window.menuBar().actions()[0].menu().actions()


def qtbot_left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton

"""The paper form of the kinds: the KBK printed for a budget payment; for a registry,
"registry attached: N lines" on the order and the registry's pages after it. Read back with
pdftotext/pdfinfo (poppler, an independent reader); PNGs with KINDS_SHOTS=dir to look at."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules.iin_bin import iin_bin_check_digit
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.registry_lines import RegistryDetails, RegistryLine
from bsclient.ui.payments.paper.payment_order import write_payment_order_pdf

PAYER = Party(name="ТОО «Дала Трейд»", bin="090840000906", iban="KZ75125KZT2069100100", bic="TSESKZKA", code="17")
FUND = Party(name="НАО «Государственная корпорация «Правительство для граждан»»", bin="160440007161", iban="KZ12009NPS0413609816",
             bic="GCVPKZ2A", code="11")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def shots(pdf: Path, name: str) -> None:
    folder = os.environ.get("KINDS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(Path(folder) / name)], check=True)


def order(kind: str, *, kbk: str | None = None, registry: list[RegistryLine] | None = None, **changes) -> PaymentOrder:
    o = PaymentOrder.new(PAYER, "41", today=dt.date(2026, 11, 23), kind=kind)
    o.amount, o.purpose, o.beneficiary = "45000", "Взносы за октябрь 2026", FUND
    if kbk is not None:
        o.details = BudgetDetails(kbk=kbk)
    if registry is not None:
        o.details = RegistryDetails(registry)
    for key, value in changes.items():
        setattr(o, key, value)
    return o


def test_budget_payment_prints_its_kbk(qapp, tmp_path):
    pdf = tmp_path / "budget.pdf"
    write_payment_order_pdf(order("budget", kbk="101201", knp="911"), pdf)
    text = text_of(pdf)
    assert "101201" in text and "911" in text
    assert "Реестр" not in text
    shots(pdf, "budget-form")


def test_pension_registry_attached_and_printed_on_its_pages(qapp, tmp_path):
    lines = []
    for index in range(45):
        first = f"8504173{index:04d}"
        iin = first + str(iin_bin_check_digit(first) or 0)
        lines.append(RegistryLine(iin=iin, surname=f"Ахметов{index}", name="Серик", patronymic="Болатович",
                                  birth_date="1985-04-17", amount="1000", period="2026-10"))
    pdf = tmp_path / "pension.pdf"
    write_payment_order_pdf(order("pension", registry=lines, knp="010"), pdf)
    text = text_of(pdf)
    assert "Реестр прилагается, строк: 45" in text
    assert "Правительство для граждан" in text, "the fund's official name, as the order carries it"
    assert "45 000,00" in text
    assert lines[44].iin in text and "Ахметов44" in text
    assert "Итого: 45" in text
    assert "17.04.1985" in text and "10.2026" in text, "dates as every form writes them"
    assert "1985-04-17" not in text and "2026-10" not in text
    assert pages_of(pdf) >= 2
    shots(pdf, "pension-form")


def test_salary_registry_columns(qapp, tmp_path):
    lines = [RegistryLine(iin="901201400238", name="Нурланова Айгерим Сериковна", iban="KZ75125KZT2069100100",
                          amount="430000,50")]
    pdf = tmp_path / "salary.pdf"
    write_payment_order_pdf(order("salary", registry=lines, amount="430000,50", knp="311"), pdf)
    text = text_of(pdf)
    assert "Реестр прилагается, строк: 1" in text
    assert "Нурланова Айгерим Сериковна" in text and "KZ75125KZT2069100100" in text
    shots(pdf, "salary-form")


def test_every_registry_page_has_the_footer(qapp, tmp_path):
    lines = []
    for index in range(130):  # the order's page and at least two full registry pages
        first = f"8504173{index:04d}"
        iin = first + str(iin_bin_check_digit(first) or 0)
        lines.append(RegistryLine(iin=iin, surname=f"Ахметов{index}", name="Серик", patronymic="Болатович",
                                  birth_date="1985-04-17", amount="100", period="2026-10"))
    pdf = tmp_path / "long-registry.pdf"
    written = order("pension", registry=lines, knp="010", amount="13000")
    write_payment_order_pdf(written, pdf)
    pages = pages_of(pdf)
    assert pages >= 4
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        text = unicodedata.normalize("NFKC", text)  # pdftotext may give the "ff" of an id as one ligature
        assert "Распечатано в Internet-Client" in text and written.id in text, f"page {page} has no footer"

"""R1.8 the PDF statement, read back by poppler (`pdftotext`, `pdftoppm`): the header's company,
account, period, balances and turnovers, every line's counterparty in Cyrillic and Kazakh
letters, and "Page N of M" on every page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from bsclient.ui.statements.pdf import write_statement_pdf
from bsclient.ui.widgets.amount_text import format_money
from tests.helpers.statement_samples import COMPANY, sample_statement

RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_shows_the_header_balances_and_cyrillic_and_kazakh_counterparties(qapp: Any, tmp_path: Path):
    statement = sample_statement(days=4, per_day=30)
    path = tmp_path / "statement.pdf"
    write_statement_pdf(statement, path, bank_name='АО "First Heartland Jusan Bank"', locale=RUSSIAN, **COMPANY)
    text = pdf_text(path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert statement.iban in page  # the running header
    everything = flat(text)
    for figure in (statement.opening_balance, statement.total_debit, statement.total_credit,
                   statement.closing_balance):
        assert flat(format_money(figure, RUSSIAN)) in everything
    for words in ("ТОО «Дала Трейд»", COMPANY["company_bin"], "02.11.2026 – 05.11.2026", "Jusan",
                  "ИП Әбдірахманов Қ.Ө.", "Жибек Жолы", "Правительство", "азық-түлік үшін төлем"):
        assert words in everything, words
    numbers = re.findall(r"^\s*(\d\d\.\d\d\.\d{4})\s+(\d+)\s", text, flags=re.MULTILINE)
    assert [n for _, n in numbers] == [line.number for line in statement.lines]  # every line, in order


def test_the_pdf_renders(qapp: Any, tmp_path: Path):
    path = tmp_path / "statement.pdf"
    write_statement_pdf(sample_statement(days=1, per_day=3), path, bank_name="Bank", **COMPANY)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 10_000


def test_an_empty_period_is_one_page_with_its_balances(qapp: Any, tmp_path: Path):
    statement = sample_statement(days=0)
    path = tmp_path / "statement.pdf"
    write_statement_pdf(statement, path, bank_name="Bank", locale=RUSSIAN, **COMPANY)
    text = pdf_text(path)
    assert "Page 1 of 1" in text
    assert flat(format_money(statement.opening_balance, RUSSIAN)) in flat(text)
    assert not list(tmp_path.glob("*.part"))


def test_the_pdf_can_be_written_on_a_worker_thread(qapp: Any, tmp_path: Path):
    """The statement window writes it in the background, off the GUI thread."""
    import threading

    errors: list[BaseException] = []
    path = tmp_path / "statement.pdf"

    def write() -> None:
        try:
            write_statement_pdf(sample_statement(days=2, per_day=20), path, bank_name="Bank", **COMPANY)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(timeout=60)
    assert errors == []
    assert "Page 1 of" in pdf_text(path)


def test_a_purpose_longer_than_three_lines_ends_with_a_visible_ellipsis(qapp: Any, tmp_path: Path):
    """The table gives a purpose 3 lines; a longer one is cut there and says so with "…"."""
    import dataclasses

    base = sample_statement(days=1, per_day=1)
    words = " ".join(f"слово{k}" for k in range(200))
    statement = dataclasses.replace(base, lines=(dataclasses.replace(base.lines[0], purpose=words),))
    path = tmp_path / "statement.pdf"
    write_statement_pdf(statement, path, bank_name="Bank", **COMPANY)
    rows = [line for line in pdf_text(path).splitlines() if "слово" in line]
    assert len(rows) == 3 and "слово0 слово1" in rows[0]
    assert rows[-1].rstrip().endswith("…")  # cut, and marked as cut
    assert "слово199" not in "".join(rows) and "…" not in "".join(rows[:-1])

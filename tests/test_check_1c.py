"""`bsclient check-1c FILE`: the import's verdict per document, in the clerk's language; 0 only when all are valid."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from bsclient.ui.payments.check_1c import INVALID, UNREADABLE, VALID, check_file, main

DATA = Path(__file__).parent / "data"


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main([*args], out, today=date(2026, 11, 20)), out.getvalue()


def test_a_file_of_valid_orders_exits_zero_naming_each_document(qapp):
    out = io.StringIO()
    assert check_file(DATA / "payment_orders_utf8.txt", out, today=date(2026, 11, 20)) == VALID
    assert "3 of 3 documents are valid." in out.getvalue() and out.getvalue().count(": valid.") == 3
    out = io.StringIO()
    assert check_file(DATA / "payment_orders_utf8.txt", out, today=date(2026, 11, 24)) == INVALID
    assert "The value date 23.11.2026 is in the past" in out.getvalue(), "dates as the file writes them"


def test_a_file_with_errors_names_every_reason_per_document_and_exits_one(qapp):
    code, text = run(str(DATA / "payment_orders_with_errors_utf8.txt"), "--language", "en")
    assert code == INVALID
    assert "Document 202 (line 28): not valid." in text and "Line 41 (КодНазначенияПлатежа)" in text
    assert "Document 204 (line 60): not valid." in text and "31.11.2026" in text
    assert "2 of 4 documents are valid." in text


def test_the_verdicts_come_in_the_chosen_language(qapp):
    code, russian = run(str(DATA / "payment_orders_with_errors_utf8.txt"), "--language", "ru")
    assert code == INVALID and "Документ 202 (строка 28): есть ошибки." in russian and "Строка 41" in russian
    _, kazakh = run(str(DATA / "payment_orders_with_errors_utf8.txt"), "--language", "kk")
    assert "202 құжаты (28-жол): қате бар." in kazakh


def test_a_statement_or_unreadable_file_exits_two_and_says_why(qapp, tmp_path):
    statement = tmp_path / "statement.txt"
    statement.write_bytes(("1CClientBankExchange\nВерсияФормата=1.02\nКодировка=UTF-8\nСекцияРасчСчет\n"
                           "РасчСчет=KZ869980000000000001\nКонецРасчСчет\nКонецФайла\n").encode())
    code, text = run(str(statement), "--language", "en")
    assert code == UNREADABLE and "bank statement" in text and "Nothing in the file can be imported." in text
    code, text = run(str(tmp_path / "missing.txt"), "--language", "en")
    assert code == UNREADABLE and "cannot be read" in text

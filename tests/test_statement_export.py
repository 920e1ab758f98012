"""R1.8 exports read back by independent readers: MT940 by the `mt940` package, CSV by the csv
module, 1C by the exchange parser written from the format's description (not from our writer).

The statements carry the text that breaks naive writers: Kazakh letters, quotes, `;` and `=`,
line breaks, purposes that begin with `-` or `:` and purposes longer than a field allows.
"""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import mt940
import pytest

from bsclient.client.onec import parse_exchange_file
from bsclient.client.statements.export import csv_table, onec, swift, write_1c_statement, write_csv, write_mt940
from bsclient.client.statements.statement import Statement, StatementLine
from tests.helpers.statement_samples import BANK_BIC, COMPANY, KAZAKH, QUOTED, sample_statement


def read_mt940(path: Path, encoding: str = "ascii") -> list[mt940.Statement]:
    return mt940.MT940(str(path), encoding=encoding).statements


def test_mt940_has_one_statement_a_day_whose_balances_chain(tmp_path: Path):
    statement = sample_statement(days=3, per_day=4)
    path = tmp_path / "s.sta"
    write_mt940(statement, path, bank_bic=BANK_BIC, **COMPANY)
    parsed = read_mt940(path)
    assert len(parsed) == 3
    assert parsed[0].start_balance.amount == statement.opening_balance
    assert parsed[-1].end_balance.amount == statement.closing_balance
    for earlier, later in pairwise(parsed):
        assert earlier.end_balance.amount == later.start_balance.amount
    transactions = [t for s in parsed for t in s.transactions]
    assert [t.amount for t in transactions] == [line.credit - line.debit for line in statement.lines]
    assert [t.date for t in transactions] == [line.date for line in statement.lines]
    assert [t.reference for t in transactions] == [line.number for line in statement.lines]
    assert [t.institution_reference for t in transactions] == [line.id for line in statement.lines]
    for s in parsed:
        assert (s.account, s.start_balance.currency) == (statement.iban, "KZT")


def test_mt940_text_stays_in_the_swift_character_set_and_within_its_lines(tmp_path: Path):
    statement = sample_statement(days=1, per_day=6)
    path = tmp_path / "s.sta"
    write_mt940(statement, path, bank_bic=BANK_BIC, **COMPANY)
    raw = path.read_bytes()
    raw.decode("ascii")
    for line in raw.decode("ascii").split("\r\n"):
        assert len(line) <= 65 + len(":86:"), line
    transactions = read_mt940(path)[0].transactions
    assert len(transactions) == 6  # no purpose was taken for a tag
    details = {line.id: t.description for line, t in zip(statement.lines, transactions, strict=True)}
    kazakh = next(line for line in statement.lines if line.counterparty == KAZAKH)
    assert "/NAME/IP Abdirakhmanov Q.O." in details[kazakh.id]
    assert f"/IIK/{KAZAKH.iban}" in details[kazakh.id].replace("\n", "")
    ours = next(line for line in statement.lines if line.document_id)
    assert f"/REF/{ours.document_id}" in details[ours.id].replace("\n", "")
    for description in details.values():
        assert len(description.splitlines()) <= 6


def test_mt940_in_utf8_keeps_cyrillic_and_kazakh_letters(tmp_path: Path):
    statement = sample_statement(days=1, per_day=3)
    path = tmp_path / "s.sta"
    write_mt940(statement, path, bank_bic=BANK_BIC, charset="utf-8", **COMPANY)
    (parsed,) = read_mt940(path, "utf-8")
    assert any("Әбдірахманов Қ.Ө." in t.description for t in parsed.transactions)


def test_mt940_of_a_period_without_movement_states_its_balance(tmp_path: Path):
    statement = sample_statement(days=0)
    path = tmp_path / "s.sta"
    write_mt940(statement, path, bank_bic=BANK_BIC, **COMPANY)
    (parsed,) = read_mt940(path)
    assert parsed.start_balance.amount == parsed.end_balance.amount == statement.opening_balance
    assert parsed.transactions == []


def test_csv_reads_back_field_for_field(tmp_path: Path):
    statement = sample_statement(days=2, per_day=5)
    path = tmp_path / "s.csv"
    write_csv(statement, path, **COMPANY)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheet programs then read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert len(rows) == len(statement.lines)
    balance = statement.opening_balance
    for row, line in zip(rows, statement.lines, strict=True):
        balance += line.credit - line.debit
        assert (row["date"], row["number"], row["knp"], row["purpose"]) == (
            line.date.isoformat(), line.number, line.knp, as_text_cell(line.purpose))
        assert (row["counterparty_name"], row["counterparty_bin"], row["counterparty_iik"],
                row["counterparty_bic"], row["counterparty_bank"]) == (
            line.counterparty.name, line.counterparty.bin, line.counterparty.iban, line.counterparty.bic,
            line.counterparty.bank_name)
        assert (Decimal(row["debit"]), Decimal(row["credit"]), Decimal(row["balance"])) == (
            line.debit, line.credit, balance)
        assert row["document_id"] == (line.document_id or "")
    assert Decimal(rows[-1]["balance"]) == statement.closing_balance


@pytest.mark.parametrize("encoding, word", [("kz1048", "Windows"), ("cp1251", "Windows"), ("utf-8", "UTF-8"),
                                            ("cp866", "DOS")])
def test_1c_statement_reads_back_with_the_exchange_parser(tmp_path: Path, encoding: str, word: str):
    statement = sample_statement(days=2, per_day=5)
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(statement, path, bank_bic=BANK_BIC, encoding=encoding, **COMPANY)
    parsed = parse_exchange_file(path.read_bytes())
    assert parsed.header["Кодировка"] == word
    assert parsed.header["РасчСчет"] == statement.iban
    assert (parsed.header["ДатаНачала"], parsed.header["ДатаКонца"]) == ("02.11.2026", "03.11.2026")
    (account,) = parsed.accounts
    assert {key: Decimal(account.fields[key]) for key in
            ("НачальныйОстаток", "ВсегоПоступило", "ВсегоСписано", "КонечныйОстаток")} == {
        "НачальныйОстаток": statement.opening_balance, "ВсегоПоступило": statement.total_credit,
        "ВсегоСписано": statement.total_debit, "КонечныйОстаток": statement.closing_balance}
    assert len(parsed.documents) == len(statement.lines)
    for document, line in zip(parsed.documents, statement.lines, strict=True):
        fields = document.fields
        assert document.kind == "Платежное поручение"  # the kind a 1C loader picks documents by
        assert fields["НомерДокумента"] == line.number
        assert fields["ДатаОперации"] == line.date.strftime("%d.%m.%Y")
        assert Decimal(fields["Сумма"]) == line.debit + line.credit
        assert Decimal(fields.get("СуммаРасход", "0")) == line.debit
        assert Decimal(fields.get("СуммаПриход", "0")) == line.credit
        them = "Получатель" if line.debit else "Плательщик"
        us = "Плательщик" if line.debit else "Получатель"
        assert fields[f"{them}ИИК"] == line.counterparty.iban
        assert fields[f"{them}БИН_ИИН"] == line.counterparty.bin
        assert fields[f"{us}БИН_ИИН"] == COMPANY["company_bin"]
        assert fields["КодНазначенияПлатежа"] == line.knp
        # one line per field; the reader trims the ends of values
        assert fields["НазначениеПлатежа"] == as_written(" ".join(line.purpose.splitlines()).strip(), encoding)
        assert fields.get("ИдентификаторДокумента") == line.document_id
        if line.counterparty == QUOTED:
            assert fields[f"{them}Наименование"] == QUOTED.name  # quotes doubled, then undone
        if line.counterparty == KAZAKH:
            expected = KAZAKH.name if encoding in ("utf-8", "kz1048") else (
                "ИП Абдірахманов К.О." if encoding == "cp1251" else "ИП Абдирахманов К.О.")
            assert fields[f"{them}Наименование"] == expected


def test_the_1c_statement_keeps_kazakh_letters_by_default_in_kz_1048(tmp_path: Path):
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(sample_statement(days=1, per_day=5), path, bank_bic=BANK_BIC, **COMPANY)
    data = path.read_bytes()
    assert KAZAKH.name.encode("kz1048") in data and "Кодировка=Windows".encode("kz1048") in data
    parsed = parse_exchange_file(data)
    assert parsed.encoding == "kz1048"
    assert KAZAKH.name in {value for document in parsed.documents for value in document.fields.values()}


def as_written(text: str, encoding: str) -> str:
    """Kazakh letters as a single-byte code page can carry them: the Russian letters typed for them."""
    if encoding in ("utf-8", "kz1048"):
        return text
    text = text.translate(str.maketrans("әғқңөұүһӘҒҚҢӨҰҮҺ", "агкноуухАГКНОУУХ"))
    return text.translate(str.maketrans("іІ", "иИ")) if encoding == "cp866" else text


def as_text_cell(text: str) -> str:
    """What the CSV holds for a text: a quote first when a spreadsheet would take it for a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


FORMULAS = ("=HYPERLINK(\"http://evil.example\";\"click\")", "+7 701 000 00 00", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1")


def _with(statement: Statement, lines: list[StatementLine], **figures: Decimal) -> Statement:
    return dataclasses.replace(statement, lines=tuple(lines), **figures)


def test_csv_text_cells_that_look_like_formulas_are_written_as_text_and_amounts_are_not(tmp_path: Path):
    """Formula injection: names and purposes beginning with = + - @ TAB CR get a leading quote; a
    negative balance stays a number."""
    base = sample_statement(days=1, per_day=len(FORMULAS))
    lines = [dataclasses.replace(line, purpose=formula, counterparty=dataclasses.replace(
        line.counterparty, name=formula, bank_name="=1+1"), number="-5" if i == 0 else line.number)
        for i, (line, formula) in enumerate(zip(base.lines, FORMULAS, strict=True))]
    opening = -Decimal("100000.00")  # an overdraft: the balance column is negative
    statement = _with(base, lines, opening_balance=opening,
                      closing_balance=opening + base.total_credit - base.total_debit)
    path = tmp_path / "s.csv"
    write_csv(statement, path, company_name="=cmd|' /C calc'!A0", company_bin=COMPANY["company_bin"])
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert [row["purpose"] for row in rows] == ["'" + formula for formula in FORMULAS]
    assert [row["counterparty_name"] for row in rows] == ["'" + formula for formula in FORMULAS]
    assert {row["counterparty_bank"] for row in rows} == {"'=1+1"}
    assert rows[0]["number"] == "'-5"
    assert {row["company_name"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    balance = opening
    for row, line in zip(rows, lines, strict=True):
        balance += line.credit - line.debit
        assert row["balance"] == f"{balance:.2f}" and row["balance"].startswith("-")  # a number, unquoted
        assert (row["debit"], row["credit"]) == (f"{line.debit:.2f}", f"{line.credit:.2f}")
    for row in rows:
        for name, value in row.items():
            if name not in ("debit", "credit", "balance"):
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


@pytest.mark.parametrize("char", ["\x0c", "\x0b", "\x00", "\x1c", "\x1f", "\x7f", "\x85", "\x9f", "\u2028", "\u2029",
                                  "\ufeff", "\t", "\r\n"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_1c_statement_with_control_characters_in_the_text_reads_back(tmp_path: Path, char: str, encoding: str):
    """A control character, NEL, a line or paragraph separator in a purpose or a name becomes a space:
    our own 1C reader takes the export, one field a line."""
    base = sample_statement(days=1, per_day=3)
    lines = [dataclasses.replace(line, purpose=f"Оплата{char}по счёту{char}{char}№ 7",
                                 counterparty=dataclasses.replace(line.counterparty, name=f"ТОО{char}Дала"))
             for line in base.lines]
    path = tmp_path / "kl_to_1c.txt"
    write_1c_statement(_with(base, lines), path, bank_bic=BANK_BIC, encoding=encoding,
                       company_name=f"ТОО{char}«Дала Трейд»", company_bin=COMPANY["company_bin"])
    parsed = parse_exchange_file(path.read_bytes())
    assert len(parsed.documents) == 3
    for document, line in zip(parsed.documents, lines, strict=True):
        assert document.fields["НазначениеПлатежа"] == "Оплата по счёту № 7"
        them = "Получатель" if line.debit else "Плательщик"
        assert document.fields[f"{them}Наименование"] == "ТОО Дала"
    assert parsed.header["Получатель"] == "ТОО «Дала Трейд»"


def test_mt940_keeps_the_purpose_before_bic_and_ref_and_marks_a_cut(tmp_path: Path):
    """A long purpose survives in :86: (it comes before /BIC/ and /REF/); a text that still does not
    fit the 6 lines ends with "..." so a reader sees it was cut."""
    base = sample_statement(days=1, per_day=2)
    long_name = "Товарищество с ограниченной ответственностью «Алматинский завод строительных конструкций»"
    purpose = "Оплата по договору поставки № 17-П от 01.11.2026 за строительные материалы, в т.ч. НДС 12% - 25 863,14"
    longer = (purpose + " ") * 4
    lines = [dataclasses.replace(base.lines[0], purpose=purpose, document_id="0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10",
                                 counterparty=dataclasses.replace(base.lines[0].counterparty, name=long_name)),
             dataclasses.replace(base.lines[1], purpose=longer, document_id=None)]
    path = tmp_path / "s.sta"
    write_mt940(_with(base, lines), path, bank_bic=BANK_BIC, **COMPANY)
    for raw in path.read_bytes().decode("ascii").split("\r\n"):
        assert len(raw) <= 65 + len(":86:"), raw
    first, second = (t.description for t in read_mt940(path)[0].transactions)
    first_text = first.replace("\n", "")
    cyrillic_purpose = "Oplata po dogovoru postavki N 17-P ot 01.11.2026 za stroitelnye materialy"
    assert cyrillic_purpose in " ".join(first.splitlines())
    assert first_text.index("/PURP/") < first_text.index("/BIC/")
    assert len(first.splitlines()) <= 6
    assert len(second.splitlines()) == 6
    assert second.splitlines()[-1].endswith("...")
    assert "/PURP/" in second and not first_text.endswith("...")


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    statement = sample_statement(days=30, per_day=50)
    path = tmp_path / "kl_to_1c.txt"
    calls = []

    def failing(line, us, currency):
        calls.append(line)
        if len(calls) > 1200:
            raise OSError("disk full")
        return []

    monkeypatch.setattr(onec, "_document", failing)
    with pytest.raises(OSError):
        write_1c_statement(statement, path, bank_bic=BANK_BIC, **COMPANY)
    assert list(tmp_path.iterdir()) == []


def test_the_exporters_refuse_an_unknown_encoding(tmp_path: Path):
    with pytest.raises(ValueError):
        write_1c_statement(sample_statement(), tmp_path / "x", bank_bic=BANK_BIC, encoding="koi8-r", **COMPANY)
    with pytest.raises(ValueError):
        write_mt940(sample_statement(), tmp_path / "x", bank_bic=BANK_BIC, charset="latin-1", **COMPANY)
    assert list(tmp_path.iterdir()) == []


def test_mt940_continuation_lines_never_start_with_a_dash_or_colon_and_keep_the_text():
    for text in ("Оплата " + "по счёту -5% и :12 " * 8, "А" * 64 + " -" + "Б" * 70, "x" * 65 + "-" * 40 + ":" * 40):
        lines = swift._wrap(text)
        assert all(not line.startswith((":", "-")) for line in lines[1:]), lines
        joined = " ".join(lines)
        if not joined.endswith(swift.CUT_MARK):
            assert joined.replace(" ", "") == text.replace(" ", ""), "no character changed or lost"
            assert "." + text.lstrip()[1:] not in joined


def test_the_csv_reads_in_the_clerks_language_when_the_window_asks(tmp_path: Path):
    statement = sample_statement(days=1, per_day=2)
    path = tmp_path / "s.csv"
    headers = tuple(f"Колонка {n}" for n in range(len(csv_table.COLUMNS)))
    write_csv(statement, path, **COMPANY, style=csv_table.CsvStyle(headers=headers, decimal=",",
                                                                    date_format="%d.%m.%Y"))
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert tuple(rows[0]) == headers
    first = statement.lines[0]
    assert rows[1][0] == first.date.strftime("%d.%m.%Y")
    assert rows[1][9] == f"{first.debit:.2f}".replace(".", ",") and "," in rows[1][11]
    assert set(csv_table.HEADER_WORDS) == set(csv_table.COLUMNS)

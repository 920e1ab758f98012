"""R9.4: the 1C "ClientBankExchange" reader on files written by hand from the format's description,
and every kind of malformed or hostile file refused with one sentence that names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsclient.client.onec import (
    MAX_FILE_SIZE,
    ExchangeFormatError,
    ExchangeReadError,
    parse_exchange_file,
    read_exchange_file,
    unquote,
)

DATA = Path(__file__).parent / "data"
UTF8 = (DATA / "payment_orders_utf8.txt").read_bytes()
CP1251 = (DATA / "payment_orders_cp1251.txt").read_bytes()


def refused(data: bytes) -> ExchangeFormatError:
    with pytest.raises(ExchangeFormatError) as caught:
        parse_exchange_file(data)
    error = caught.value
    assert error.line == error.message.params["line"] >= 1
    assert str(error.line) in str(error)
    return error


def test_the_hand_written_utf8_file_reads_with_its_kazakh_letters_and_lines():
    parsed = parse_exchange_file(UTF8)
    assert parsed.encoding == "utf-8"
    assert parsed.header["ВерсияФормата"] == "1.02"
    assert parsed.header["Отправитель"] == "1С:Бухгалтерия для Казахстана, редакция 3.0"
    assert parsed.header_lists["Документ"] == ["Платежное поручение"]
    assert parsed.header_lines["Кодировка"] == 3
    assert parsed.accounts == []
    assert [d.kind for d in parsed.documents] == ["Платежное поручение"] * 3
    assert [(d.first_line, d.last_line) for d in parsed.documents] == [(12, 32), (33, 51), (52, 70)]
    first, pension, rent = parsed.documents
    assert first.fields["ПолучательНаименование"] == 'ТОО "Көкшетау Құрылыс"'
    assert first.field_lines["ПолучательИИК"] == 25
    # A value may hold "=": the line is split at the first one.
    assert first.fields["НазначениеПлатежа"] == (
        "Оплата по счёту № 45 от 18.11.2026 за құрылыс материалдары, в т.ч. НДС 12% = 133928.57")
    # Quotes written as they are, nested, are kept as written.
    assert pension.fields["ПолучательНаименование"] == 'НАО "Госкорпорация "Правительство для граждан""'
    assert pension.fields["НазначениеПлатежа"].endswith("(Әлімжанова Ә., Нұрланұлы Ғ., Үсенов Һ.)")
    assert rent.fields["Сумма"] == "45000.50"
    assert rent.line_of("ПолучательБанкБИК") == 66
    assert rent.line_of("ДатаВалютирования") == 52  # missing: the section's first line


def test_the_hand_written_windows_1251_file_reads_with_crlf_and_doubled_quotes():
    parsed = parse_exchange_file(CP1251)
    assert parsed.encoding == "cp1251"
    assert parsed.header["Кодировка"] == "Windows"
    first, second = parsed.documents
    assert first.fields["Номер"] == "57" and first.field_lines["Номер"] == 13
    assert first.fields["ПолучательНаименование"] == 'ТОО "Алатау Тіршілік"'
    assert first.fields["НазначениеПлатежа"] == "Оплата по договору № 12/І от 01.10.2026 за ноябрь, без НДС"
    assert second.fields["НазначениеПлатежа"] == 'Оплата за обучение сотрудников, курс "Бухгалтерлік есеп", счёт № 311'
    assert second.fields["ПолучательСчет"] == "KZ215510000000000310"
    assert not any(value.endswith("\r") for value in second.fields.values())


def test_windows_files_with_kazakh_letters_read_as_kz1048():
    """Windows-1251 holds only І і of the Kazakh letters; Kazakhstan's variant (STRK 1048-2002)
    puts the others where Windows-1251 has Serbian and Ukrainian letters."""
    text = UTF8.decode().replace("=UTF-8", "=Windows")
    parsed = parse_exchange_file(text.replace("\n", "\r\n").encode("kz1048"))
    assert parsed.encoding == "kz1048"
    assert parsed.documents[0].fields["ПолучательНаименование"] == 'ТОО "Көкшетау Құрылыс"'
    assert parsed.documents[1].fields["НазначениеПлатежа"].endswith("(Әлімжанова Ә., Нұрланұлы Ғ., Үсенов Һ.)")
    assert parse_exchange_file(CP1251).encoding == "cp1251"  # no such letter: plain Windows-1251


def test_a_utf8_byte_order_mark_is_understood():
    assert parse_exchange_file(b"\xef\xbb\xbf" + UTF8).documents[2].fields["Сумма"] == "45000.50"


def test_dos_cp866_files_read_too():
    text = CP1251.decode("cp1251").replace("=Windows", "=DOS").replace("і", "i").replace("І", "I")
    parsed = parse_exchange_file(text.encode("cp866"))
    assert parsed.encoding == "cp866"
    assert parsed.documents[1].fields["ПолучательНаименование"] == 'ТОО "Бизнес-бiлiм"'


def test_an_account_section_is_read_with_its_balances():
    data = ("1CClientBankExchange\nВерсияФормата=1.03\nКодировка=UTF-8\nРасчСчет=KZ986010000000000017\n"
            "СекцияРасчСчет\nДатаНачала=01.11.2026\nРасчСчет=KZ986010000000000017\nНачальныйОстаток=100.00\n"
            "ВсегоПоступило=50.00\nВсегоСписано=20.00\nКонечныйОстаток=130.00\nКонецРасчСчет\n"
            "СекцияДокумент=Выписка\nВидДокумента=Платежное поручение\nСуммаПриход=50.00\nКонецДокумента\n"
            "КонецФайла\n").encode()
    parsed = parse_exchange_file(data)
    (account,) = parsed.accounts
    assert account.kind == "РасчСчет" and account.first_line == 5 and account.last_line == 12
    assert account.fields["КонечныйОстаток"] == "130.00"
    assert parsed.documents[0].kind == "Выписка" and parsed.documents[0].fields["СуммаПриход"] == "50.00"


@pytest.mark.parametrize(("value", "expected"), [
    ('ТОО ""Ромашка""', 'ТОО "Ромашка"'),
    ('"ТОО ""Ромашка"""', 'ТОО "Ромашка"'),
    ('ТОО "Ромашка"', 'ТОО "Ромашка"'),
    ('"Ромашка"', '"Ромашка"'),
    ('НАО "Корпорация "Мир""', 'НАО "Корпорация "Мир""'),
    ('""', ""),
])
def test_doubled_quotes_are_undone_only_when_every_quote_is_doubled(value, expected):
    assert unquote(value) == expected


# --- files that are refused ------------------------------------------------------------------

def test_a_file_that_is_not_a_1c_file_is_refused_at_line_1():
    for data in (b"", b"Date;Amount\n01.11.2026;100\n", b"\x89PNG\r\n\x1a\n\x00\x00", b"   \n1CClientBankExchange\n"):
        error = refused(data)
        assert error.line == 1 and "1CClientBankExchange" in str(error)


def test_windows_header_over_utf8_text_is_noticed():
    error = refused(UTF8.replace(b"=UTF-8", b"=Windows"))
    assert error.line == 2 and "UTF-8" in str(error) and "line 3" in str(error)


def test_utf8_header_over_windows_1251_text_is_noticed():
    error = refused(CP1251.replace(b"=Windows", b"=UTF-8"))
    assert error.line == 2 and "cannot be read as UTF-8" in str(error)


def test_dos_header_over_windows_1251_text_and_the_reverse_are_noticed():
    assert refused(CP1251.replace(b"=Windows", b"=DOS")).line == 2
    dos = CP1251.decode("cp1251").replace("і", "i").replace("І", "I").encode("cp866")  # still says Windows
    error = refused(dos)
    assert error.line == 2 and "Windows-1251" in str(error)


def test_a_byte_order_mark_that_contradicts_the_header_is_noticed():
    error = refused(b"\xef\xbb\xbf" + UTF8.replace(b"=UTF-8", b"=Windows"))
    assert error.line == 3


def test_utf16_and_unknown_encodings_are_refused():
    assert "UTF-16" in str(refused(UTF8.decode().encode("utf-16")))
    error = refused(UTF8.replace(b"=UTF-8", b"=KOI8-R"))
    assert error.line == 3 and "KOI8-R" in str(error)


def test_a_missing_encoding_or_version_is_named_with_the_header_lines():
    error = refused(UTF8.replace("Кодировка=UTF-8\n".encode(), b""))
    assert error.line == 11 and "Кодировка" in str(error)
    error = refused(UTF8.replace("ВерсияФормата=1.02\n".encode(), b""))
    assert error.line == 11 and "ВерсияФормата" in str(error)


def test_truncated_files_are_refused_at_the_line_where_they_stop():
    assert refused(UTF8[:600]).line == 15  # inside the first document
    assert "cut off" in str(refused(UTF8[:600]))
    assert refused(UTF8[:-5]).line == 71  # in the middle of КонецФайла
    assert refused(UTF8[:UTF8.index("Өнер".encode()) + 1]).line == 61  # in the middle of a letter
    error = refused((DATA / "truncated_cp1251.txt").read_bytes())
    assert error.line == 22 and "starts on line 12" in str(error)


def test_a_file_whose_sections_all_close_but_lacks_its_closing_line_is_read_with_a_warning():
    parsed = parse_exchange_file(UTF8.replace("КонецФайла".encode(), b""))
    assert len(parsed.documents) == 3 and parsed.end_line == 0
    (warning,) = parsed.warnings
    assert "КонецФайла" in warning.render() and warning.params["line"] == 70
    assert parse_exchange_file(UTF8).warnings == []


def test_an_unclosed_section_is_named_with_the_line_it_started_on():
    data = UTF8.replace("КонецДокумента\nСекцияДокумент".encode(), "СекцияДокумент".encode(), 1)
    error = refused(data)
    assert error.line == 32 and "line 12" in str(error) and "КонецДокумента" in str(error)
    error = refused(UTF8.replace("КонецДокумента\nКонецФайла".encode(), "КонецФайла".encode()))
    assert error.line == 70 and "line 52" in str(error)
    error = refused(UTF8.replace("КонецДокумента\n".encode(), "КонецРасчСчет\n".encode(), 1))
    assert error.line == 32


def test_a_line_without_equals_a_bad_name_or_a_duplicate_key_is_refused():
    error = refused(UTF8.replace("за ноябрь 2026".encode(), "за ноябрь\n2026".encode()))
    assert error.line == 50 and "Name=value" in str(error)
    error = refused(UTF8.replace("в т.ч. НДС".encode(), "в т.ч.\nНДС".encode()))
    assert error.line == 30 and "field name" in str(error)
    assert refused(UTF8.replace("Сумма=86400.00".encode(), "Сум ма=86400.00".encode())).line == 36
    error = refused(UTF8.replace("Сумма=86400.00".encode(), "Сумма=86400.00\nСумма=1.00".encode()))
    assert error.line == 37 and "line 36" in str(error)
    no_kind = UTF8.replace("СекцияДокумент=Платежное поручение".encode(), "СекцияДокумент=".encode(), 1)
    assert refused(no_kind).line == 12


def test_text_after_the_end_or_a_second_file_inside_is_refused():
    assert refused(UTF8 + UTF8).line == 72
    assert refused(UTF8.replace("КонецФайла".encode(), b"1CClientBankExchange")).line == 71


def test_an_account_section_without_its_account_is_refused():
    data = ("1CClientBankExchange\nВерсияФормата=1.03\nКодировка=UTF-8\nСекцияРасчСчет\nНачальныйОстаток=1.00\n"
            "КонецРасчСчет\nКонецФайла\n").encode()
    error = refused(data)
    assert error.line == 4 and "РасчСчет" in str(error)


def test_binary_garbage_nul_and_lone_surrogates_are_refused_at_their_line():
    error = refused(UTF8.replace(b"101", b"1\x0001"))
    assert error.line == 13 and "0x00" in str(error)
    assert refused(UTF8.replace(b"101", b"1\xed\xa0\x8001")).line == 13  # an encoded lone surrogate
    assert refused(UTF8.replace(b"=102", b"=\x1b[31m")).line == 34
    assert refused(UTF8[:200] + bytes(range(256)) * 4 + UTF8[200:]).line >= 4
    assert refused(b"1CClientBankExchange\r\n" + bytes(range(256))).line >= 2


def test_a_huge_file_is_refused_before_decoding(tmp_path):
    huge = b"1CClientBankExchange\r\n" + b"\xff" * (MAX_FILE_SIZE + 10)  # undecodable: size must come first
    error = refused(huge)
    assert error.line == 2 and "50 MB" in str(error)
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(MAX_FILE_SIZE * 3)
    assert len(read_exchange_file(path)) == MAX_FILE_SIZE + 1  # never reads past the limit
    assert "50 MB" in str(refused(read_exchange_file(path)))


def test_a_file_that_cannot_be_read_is_one_sentence(tmp_path):
    with pytest.raises(ExchangeReadError) as caught:
        read_exchange_file(tmp_path / "missing.txt")
    assert "missing.txt" in str(caught.value)


def test_the_claimed_utf8_file_in_windows_is_refused():
    error = refused((DATA / "claims_windows_is_utf8.txt").read_bytes())
    assert error.line == 2 and "line 3" in str(error)

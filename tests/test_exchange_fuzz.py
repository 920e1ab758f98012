"""R9.4: fuzzing the 1C exchange reader. Whatever the bytes, it returns a file or raises
ExchangeFormatError with a line number inside the file; nothing else escapes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bsclient.client.onec import ExchangeFormatError, parse_exchange_file

DATA = Path(__file__).parent / "data"
VALID = [(DATA / name).read_bytes() for name in ("payment_orders_utf8.txt", "payment_orders_cp1251.txt")]
FUZZ = settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["1CClientBankExchange", "ВерсияФормата=1.02", "Кодировка=Windows", "Кодировка=DOS", "Кодировка=UTF-8",
         "СекцияДокумент=Платежное поручение", "СекцияДокумент=", "КонецДокумента", "СекцияРасчСчет",
         "РасчСчет=KZ986010000000000017", "КонецРасчСчет", "КонецФайла", "Сумма=1.00", "Сумма=", "=", "==",
         "Номер=1", "ПолучательНаименование=ТОО \"\"Құрылыс\"\"", "", " ", "\t", "Документ=Платежное поручение"]


def parse_or_refuse(data: bytes) -> None:
    try:
        parsed = parse_exchange_file(data)
    except ExchangeFormatError as error:
        assert 1 <= error.line <= data.count(b"\n") + data.count(b"\r") + 1
        assert error.message.render()
    else:
        lines = data.count(b"\n") + data.count(b"\r") + 1
        for section in parsed.accounts + parsed.documents:
            assert 1 <= section.first_line <= section.last_line <= lines
            assert all(section.first_line < line < section.last_line for line in section.field_lines.values())


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data):
    parse_or_refuse(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_after_a_valid_first_line(data):
    parse_or_refuse(b"1CClientBankExchange\r\n" + data)


@FUZZ
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=30), max_size=40),
       st.sampled_from(["utf-8", "cp1251", "cp866", "utf-8-sig"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_lines_of_the_formats_words_in_any_encoding(lines, encoding, newline):
    text = newline.join(["1CClientBankExchange", *lines])
    parse_or_refuse(text.encode(encoding, errors="replace"))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "nul", "surrogate"]))
        if kind == "flip" and position < len(data):
            data[position] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[position:position + draw(st.integers(1, 64))]
        elif kind == "truncate":
            del data[position:]
        elif kind == "duplicate":
            end = min(len(data), position + draw(st.integers(1, 200)))
            data[end:end] = data[position:end]
        elif kind == "nul":
            data[position:position] = b"\x00"
        elif kind == "surrogate":
            data[position:position] = b"\xed\xa0\x80"
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_valid_files(data):
    parse_or_refuse(data)


FIELDS = ["НомерДокумента", "ДатаДокумента", "Сумма", "ПлательщикБИН_ИИН", "ПлательщикИИК", "ПлательщикБанкБИК",
          "ПолучательНаименование", "ПолучательБИН_ИИН", "ПолучательКБЕ", "ПолучательИИК", "ПолучательБанкБИК",
          "КодНазначенияПлатежа", "НазначениеПлатежа", "ДатаВалютирования", "Валюта"]


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELDS),
                       st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80), max_size=6))
def test_hostile_values_reach_the_checks_and_come_back_as_reasons(values):
    """Past the reader, every value meets the client's validators: whatever it holds, each order is
    either valid or has its problems listed with a line of the file; nothing else escapes."""
    from bsclient.client.onec.payment_import import preview_import
    from tests.helpers.workplace import ACCOUNTS, USER

    lines = VALID[0].decode("utf-8").split("\n")
    for index, line in enumerate(lines):
        key = line.split("=", 1)[0]
        if key in values and index < 34:  # the first order of the file
            lines[index] = f"{key}={values[key]}"
    data = "\n".join(lines).encode("utf-8")
    try:
        preview = preview_import(data, company_name=USER.company_name, company_bin=USER.company_bin,
                                 accounts=ACCOUNTS, existing=[])
    except ExchangeFormatError as error:
        assert 1 <= error.line <= len(lines)
        return
    for order in preview.orders:
        assert order.valid or order.problems or order.order is None
        for problem in order.problems:
            assert problem.message.render() and 0 <= problem.line <= len(lines)

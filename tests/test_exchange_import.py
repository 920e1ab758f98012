"""R9.4: payment orders imported from 1C files written by hand: every invalid field of every order
found with its reason and line, only valid ones stored as drafts, all or nothing, twice noticed."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.onec import ExchangeFormatError
from bsclient.client.onec.payment_import import ImportFailedError, StatementFileError, import_orders, preview_import
from bsclient.rules.kinds.registry import validate_payment_order
from tests.helpers.workplace import ACCOUNTS, PAYER_IIK, USER

DATA = Path(__file__).parent / "data"
UTF8 = (DATA / "payment_orders_utf8.txt").read_bytes()
CP1251 = (DATA / "payment_orders_cp1251.txt").read_bytes()
WITH_ERRORS = (DATA / "payment_orders_with_errors_utf8.txt").read_bytes()
TODAY = date(2026, 11, 20)


@pytest.fixture
def store(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        yield store


def preview(data: bytes, store: DocumentStore | None = None, today: date = TODAY):
    return preview_import(data, company_name=USER.company_name, company_bin=USER.company_bin, accounts=ACCOUNTS,
                          existing=store.list() if store else [], today=today)


def stored_by_number(store: DocumentStore) -> dict[str, object]:
    records = store.list()
    assert all(r.status == DocumentStatus.DRAFT for r in records)
    return {r.order.number: r.order for r in records}


def test_the_hand_written_utf8_file_imports_as_drafts_field_by_field(store):
    result = preview(UTF8)
    assert [o.valid for o in result.orders] == [True, True, True]
    import_orders(store, result)
    orders = stored_by_number(store)
    assert sorted(orders) == ["101", "102", "103"]
    first = orders["101"]
    assert (first.date, first.value_date, first.currency, first.amount) == (
        date(2026, 11, 20), date(2026, 11, 23), "KZT", "1250000.00")
    assert (first.payer.name, first.payer.bin, first.payer.iban, first.payer.bic, first.payer.code) == (
        "TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17")
    assert (first.beneficiary.name, first.beneficiary.bin, first.beneficiary.iban, first.beneficiary.bic,
            first.beneficiary.code) == ('ТОО "Көкшетау Құрылыс"', "090840000906", "KZ50856KZT0000012345",
                                        "KCJBKZKX", "17")
    assert first.knp == "710"
    assert first.purpose == "Оплата по счёту № 45 от 18.11.2026 за құрылыс материалдары, в т.ч. НДС 12% = 133928.57"
    pension = orders["102"]
    assert pension.value_date == date(2026, 11, 20)  # no value date in the file: the document's date
    assert (pension.beneficiary.name, pension.beneficiary.bin, pension.beneficiary.iban, pension.beneficiary.bic,
            pension.beneficiary.code, pension.knp, pension.amount) == (
        'НАО "Госкорпорация "Правительство для граждан""', "160440007161", "KZ12009NPS0413609816", "GCVPKZ2A",
        "11", "010", "86400.00")
    assert pension.purpose == ("Обязательные пенсионные взносы за ноябрь 2026 г. "
                               "(Әлімжанова Ә., Нұрланұлы Ғ., Үсенов Һ.)")
    rent = orders["103"]
    assert (rent.amount, rent.beneficiary.name, rent.beneficiary.iban, rent.beneficiary.bic, rent.knp) == (
        "45000.50", 'ТОО "Сейітқали Өнер"', "KZ827220000000000042", "CASPKZKA", "859")
    assert rent.purpose == "Аренда офиса за қараша 2026 ж., шарт № 7-Ә от 01.02.2026"


def test_the_hand_written_windows_1251_file_imports_as_drafts_field_by_field(store):
    import_orders(store, preview(CP1251))
    orders = stored_by_number(store)
    assert sorted(orders) == ["57", "58"]
    first, second = orders["57"], orders["58"]
    assert (first.date, first.amount, first.payer.iban, first.payer.bin) == (
        date(2026, 11, 20), "380000.00", PAYER_IIK, "181140004063")
    assert (first.beneficiary.name, first.beneficiary.bin, first.beneficiary.iban, first.beneficiary.bic,
            first.beneficiary.code) == ('ТОО "Алатау Тіршілік"', "050140000656", "KZ159650000000007788",
                                        "IRTYKZKA", "17")
    assert (first.knp, first.purpose) == ("710", "Оплата по договору № 12/І от 01.10.2026 за ноябрь, без НДС")
    assert (second.amount, second.beneficiary.name, second.beneficiary.iban, second.beneficiary.bic) == (
        "12500.00", 'ТОО "Бизнес-білім"', "KZ215510000000000310", "KSNVKZKA")
    assert second.purpose == 'Оплата за обучение сотрудников, курс "Бухгалтерлік есеп", счёт № 311'


def replaced(old: str, new: str, data: bytes = UTF8) -> bytes:
    assert old.encode() in data
    return data.replace(old.encode(), new.encode(), 1)


# (what the first order's line becomes, its field, its line, words of the reason)
FIELD_CASES = [
    ("НомерДокумента=101", "НомерДокумента=", "number", 13, "Type the document number"),
    ("НомерДокумента=101", "НомерДокумента=12345678901234567", "number", 13, "at most 16 characters"),
    ("ДатаДокумента=20.11.2026", "ДатаДокумента=31.02.2026", "date", 14, "not a date"),
    ("ДатаДокумента=20.11.2026", "ДатаДокумента=", "date", 14, "no document date"),
    ("ДатаДокумента=20.11.2026\n", "", "date", 12, "no document date"),  # missing: the section's line
    ("Сумма=1250000.00", "Сумма=1,250.00", "amount", 15, "one decimal separator"),
    ("Сумма=1250000.00", "Сумма=-5", "amount", 15, "more than zero"),
    ("Сумма=1250000.00", "Сумма=", "amount", 15, "Type the amount"),
    ("Сумма=1250000.00\n", "", "amount", 12, "Type the amount"),
    ("ПлательщикБИН_ИИН=181140004063", "ПлательщикБИН_ИИН=090840000906", "payer.bin", 17, "not your company's BIN"),
    ("ПлательщикБИН_ИИН=181140004063", "ПлательщикБИН_ИИН=18114000406", "payer.bin", 17, "12 digits"),
    ("ПлательщикКБЕ=17", "ПлательщикКБЕ=30", "payer.code", 18, "residency"),
    ("ПлательщикИИК=KZ986010000000000017", "ПлательщикИИК=KZ186010000000000099", "payer.iban", 19,
     "not one of your company's accounts"),
    ("ПлательщикИИК=KZ986010000000000017", "ПлательщикИИК=KZ986010000000000018", "payer.iban", 19, "checksum"),
    ("ПлательщикБанкБИК=HSBKKZKX", "ПлательщикБанкБИК=CASPKZKA", "payer.bic", 21, "belongs to"),
    ('ПолучательНаименование=ТОО "Көкшетау Құрылыс"', "ПолучательНаименование=", "beneficiary.name", 22,
     "Type the beneficiary's name"),
    ('ПолучательНаименование=ТОО "Көкшетау Құрылыс"', "ПолучательНаименование=" + "Қ" * 61, "beneficiary.name", 22,
     "at most 60 characters"),
    ("ПолучательБИН_ИИН=090840000906", "ПолучательБИН_ИИН=090840000907", "beneficiary.bin", 23, "check digit"),
    ("ПолучательКБЕ=17", "ПолучательКБЕ=1", "beneficiary.code", 24, "2 digits"),
    ("ПолучательКБЕ=17", "ПолучательКБЕ=10", "beneficiary.code", 24, "0 is not a sector"),
    ("ПолучательИИК=KZ50856KZT0000012345", "ПолучательИИК=KZ50856KZT0000012346", "beneficiary.iban", 25, "checksum"),
    ("ПолучательИИК=KZ50856KZT0000012345\nПолучательБанкНаименование=АО \"Банк ЦентрКредит\"\n"
     "ПолучательБанкБИК=KCJBKZKX", "ПолучательИИК=KZ986010000000000017\nПолучательБанкБИК=HSBKKZKX",
     "beneficiary.iban", 25, "payer's own account"),
    ("ПолучательБанкБИК=KCJBKZKX", "ПолучательБанкБИК=ABCDKZKX", "beneficiary.bic", 27, "not in the register"),
    ("ПолучательБанкБИК=KCJBKZKX", "ПолучательБанкБИК=CASPKZKA", "beneficiary.bic", 27, "another bank"),
    ("КодНазначенияПлатежа=710", "КодНазначенияПлатежа=71", "knp", 28, "3 digits"),
    ("НазначениеПлатежа=Оплата по счёту", "НазначениеПлатежа=", "purpose", 29, "Type the purpose"),
    ("ДатаВалютирования=23.11.2026", "ДатаВалютирования=19.11.2026", "value_date", 30, "in the past"),
    ("ДатаВалютирования=23.11.2026", "ДатаВалютирования=2026-13-01", "value_date", 30, "not a date"),
    ("Валюта=KZT\nКонецДокумента\nСекцияДокумент=Платежное поручение\nНомерДокумента=102",
     "Валюта=USD\nКонецДокумента\nСекцияДокумент=Платежное поручение\nНомерДокумента=102",
     "currency", 31, "only tenge"),
    ("НомерДокумента=101", "НомерДокумента=101\nНомер=110", "number", 14, "which one is meant"),
]


@pytest.mark.parametrize(("old", "new", "field", "line", "reason"), FIELD_CASES,
                         ids=[f"{case[2]}-{n}" for n, case in enumerate(FIELD_CASES)])
def test_each_invalid_field_is_named_with_its_reason_and_line(old, new, field, line, reason):
    if old.startswith("НазначениеПлатежа="):
        old = UTF8.decode().splitlines()[28]
    result = preview(replaced(old, new))
    first, *others = result.orders
    assert [o.valid for o in others] == [True, True]
    assert [(p.field, p.line) for p in first.problems] == [(field, line)]
    (problem,) = first.problems
    assert reason in problem.message.render()
    assert problem.document == 0
    assert not first.valid


def test_every_problem_of_every_order_is_collected():
    result = preview(WITH_ERRORS)
    assert [o.valid for o in result.orders] == [True, False, True, False]
    assert [(p.document, p.field, p.line) for p in result.problems] == [
        (1, "beneficiary.bin", 37), (1, "beneficiary.iban", 39), (1, "knp", 41),
        (3, "date", 62), (3, "payer.iban", 66), (3, "payer.bic", 67), (3, "beneficiary.name", 68),
        (3, "beneficiary.code", 70), (3, "beneficiary.iban", 71), (3, "purpose", 74), (3, "currency", 75)]
    assert [o.order.number for o in result.valid_orders] == ["201", "203"]


def test_only_the_valid_orders_are_imported(store):
    import_orders(store, preview(WITH_ERRORS))
    assert sorted(stored_by_number(store)) == ["201", "203"]


def test_a_failing_write_leaves_no_draft_at_all(store):
    # The third insert fails inside SQLite, as a full disk or a damaged page would make it fail.
    with sqlite3.connect(store.path) as other:
        other.execute("CREATE TRIGGER fail_third BEFORE INSERT ON documents "
                      "WHEN json_extract(NEW.body, '$.number') = '103' BEGIN SELECT RAISE(ABORT, 'disk I/O'); END")
    with pytest.raises(ImportFailedError) as caught:
        import_orders(store, preview(UTF8))
    assert caught.value.message.context == "Store"  # the store's own sentence says why
    assert store.list() == []


def test_a_file_imported_twice_is_noticed_and_nothing_is_imported_again(store):
    import_orders(store, preview(UTF8))
    again = preview(UTF8, store)
    assert again.valid_orders == []
    assert {(p.field, p.line) for p in again.problems} == {("number", 13), ("number", 34), ("number", 53)}
    assert "was imported before" in again.problems[0].message.render()
    # Even an order that was signed since is recognised.
    record = store.list()[0]
    store.mark_signed(record.id, b"{}", [b"signature"], "Aigerim Signer")
    assert preview(UTF8, store).valid_orders == []
    assert len(store.list()) == 3


def test_an_import_that_raced_another_one_imports_nothing(store):
    first, second = preview(UTF8), preview(UTF8)
    import_orders(store, first)
    with pytest.raises(ImportFailedError) as caught:
        import_orders(store, second)
    assert "imported meanwhile" in str(caught.value)
    assert len(store.list()) == 3


def test_an_order_twice_in_one_file_is_imported_once():
    section = UTF8.decode().split("СекцияДокумент=")[1]
    doubled = UTF8.replace("КонецФайла".encode(), ("СекцияДокумент=" + section + "КонецФайла").encode())
    result = preview(doubled)
    assert [o.valid for o in result.orders] == [True, True, True, False]
    (problem,) = result.orders[3].problems
    assert problem.line == 72 and "first on line 13" in problem.message.render()


def test_documents_other_than_payment_orders_are_named_and_left_out():
    result = preview(replaced("СекцияДокумент=Платежное поручение\nНомерДокумента=102",
                              "СекцияДокумент=Платежная ведомость\nНомерДокумента=102"))
    assert [o.valid for o in result.orders] == [True, False, True]
    (problem,) = result.orders[1].problems
    assert problem.line == 33 and "Платежная ведомость" in problem.message.render()


def test_a_file_without_payment_orders_is_refused_whole():
    other = ("1CClientBankExchange\nВерсияФормата=1.03\nКодировка=UTF-8\nСекцияДокумент=Счет на оплату\n"
             "Сумма=1.00\nКонецДокумента\nКонецФайла\n").encode()
    with pytest.raises(ExchangeFormatError) as caught:
        preview(other)
    assert caught.value.line == 7 and "Счет на оплату" in str(caught.value)


STATEMENT_1C = """1CClientBankExchange
ВерсияФормата=1.02
Кодировка=Windows
Отправитель=АО "First Heartland Jusan Bank"
Получатель=Бухгалтерия для Казахстана
ДатаНачала=01.12.2026
ДатаКонца=04.12.2026
РасчСчет=KZ869980000000000001
СекцияРасчСчет
ДатаНачала=01.12.2026
ДатаКонца=04.12.2026
РасчСчет=KZ869980000000000001
НачальныйОстаток=1000000.00
ВсегоПоступило=0.00
ВсегоСписано=150000.00
КонечныйОстаток=850000.00
КонецРасчСчет
СекцияДокумент=Платежное поручение
НомерДокумента=17
ДатаДокумента=04.12.2026
Сумма=150000.00
ДатаСписано=04.12.2026
ПолучательНаименование=ТОО "Саулет"
КонецДокумента
КонецФайла
"""


def test_a_1c_statement_file_is_recognised_and_never_imported_as_orders(store):
    with pytest.raises(StatementFileError) as caught:
        preview(STATEMENT_1C.encode("cp1251"))
    assert caught.value.line == 9 and "statement" in str(caught.value) and "СекцияРасчСчет" in str(caught.value)
    orders_only = STATEMENT_1C.replace(STATEMENT_1C[STATEMENT_1C.index("СекцияРасчСчет"):
                                                    STATEMENT_1C.index("СекцияДокумент")], "")
    with pytest.raises(StatementFileError) as caught:
        preview(orders_only.encode("cp1251"))
    assert "ДатаСписано" in str(caught.value)
    assert store.list() == []


def test_an_empty_alias_beside_a_filled_one_is_no_conflict():
    data = CP1251.decode("cp1251").replace("ПолучательБИН_ИИН=", "ПолучательИИН=\nПолучательБИН_ИИН=", 1)
    result = preview(data.encode("cp1251"))
    assert not any(p.field == "beneficiary.bin" for p in result.problems)


@pytest.mark.parametrize("hostile", [
    UTF8.replace(b"=UTF-8", b"=Windows"), UTF8[:1000], UTF8.replace(b"101", b"1\x0001"),
    UTF8.replace("СекцияДокумент=Платежное поручение".encode(), "Платежное поручение".encode()),
    b"\x00" * 1000, b"1CClientBankExchange\n" + bytes(range(256)) * 8,
], ids=["wrong-encoding", "truncated", "nul", "no-sections", "zeros", "garbage"])
def test_a_hostile_file_is_one_error_with_a_line_and_changes_nothing(store, hostile):
    import_orders(store, preview(CP1251))
    before = [(r.id, r.order) for r in store.list()]
    with pytest.raises(ExchangeFormatError) as caught:
        import_orders(store, preview(hostile, store))
    assert caught.value.line >= 1 and f"{caught.value.line}" in str(caught.value)
    assert [(r.id, r.order) for r in store.list()] == before


def test_a_pension_line_to_the_fund_imports_as_a_pension_draft_whose_registry_the_clerk_fills(store):
    result = preview(UTF8)
    pension = result.orders[1]
    assert pension.valid and pension.order.kind == "pension" and pension.order.knp == "010"
    assert pension.order.details.lines == []
    import_orders(store, result)
    stored = {r.order.number: r.order for r in store.list()}
    assert stored[pension.order.number].kind == "pension"
    assert "registry" in validate_payment_order(stored[pension.order.number], None, today=TODAY)


def test_a_file_imported_before_is_found_among_many_stored_documents(tmp_path):
    with DocumentStore(tmp_path / "documents.sqlite3", key=bytes(range(32))) as store:  # encrypted, as the client's
        template = preview(UTF8).orders[0].order
        # The same numbers and amounts on other days, and other numbers on the same day, are other payments.
        store.add_drafts([dataclasses.replace(template, id=f"other-{n}", number=str(100 + n % 5),
                                              date=TODAY - timedelta(days=1 + n % 400)) for n in range(2000)]
                         + [dataclasses.replace(template, id=f"same-day-{n}", number=f"7{n}") for n in range(50)])
        made_before = preview(UTF8, store)
        assert len(made_before.valid_orders) == 3
        import_orders(store, preview_import(UTF8, company_name=USER.company_name, company_bin=USER.company_bin,
                                            accounts=ACCOUNTS, existing=store, today=TODAY))
        again = preview_import(UTF8, company_name=USER.company_name, company_bin=USER.company_bin, accounts=ACCOUNTS,
                               existing=store, today=TODAY)
        assert again.valid_orders == [] and [p.problems for p in again.orders] == [
            p.problems for p in preview(UTF8, store).orders]
        assert all("was imported before" in o.problems[0].message.render() for o in again.orders)
        with pytest.raises(ImportFailedError):
            import_orders(store, made_before)
        assert store.count() == 2053

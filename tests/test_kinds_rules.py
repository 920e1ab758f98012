"""The rules of the kinds of tenge order (document types 2-5): a valid and an invalid case per rule,
the wire content per kind, and old drafts still loading. Pure: no Qt, no bank."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.formatting import money
from bsclient.rules import validate_payment_order
from bsclient.rules.iin_bin import iin_bin_check_digit
from bsclient.rules.kinds.budget import BudgetDetails, check_kbk, check_kbk_knp, check_tax_authority
from bsclient.rules.kinds.contributions import PENSION, fund_problems
from bsclient.rules.kinds.kind import Problems
from bsclient.rules.kinds.registry import kind_named
from bsclient.rules.kinds.registry_columns import (
    CONTRIBUTION_COLUMNS,
    SALARY_COLUMNS,
    check_birth_date,
    check_period,
    field_name,
    line_problems,
)
from bsclient.rules.kinds.registry_lines import RegistryDetails, RegistryLine, registry_problems

FACTS = load_kind_facts()
TODAY = dt.date(2026, 11, 23)
PENSION_FUND = {"name": "State Corporation", "bin": "160440007161", "iban": "KZ12009NPS0413609816",
                "bic": "GCVPKZ2A", "code": "11"}
TAX_OFFICE = {"name": "Demo SRD", "bin": "990140000017", "iban": "KZ33070DEMO000000001", "bic": "KKMFKZ2A", "code": "11"}
PAYER = Party(name="ТОО Ромашка", bin="090840000906", iban="KZ75125KZT2069100100", bic="NBRKKZKX", code="17")


def kind_problems(kind: str, *, facts, **content: object) -> Problems:
    """The kind's own rules over a content (as the bank applies them)."""
    rules = kind_named(kind).content_rules
    assert rules is not None
    return rules(content, facts, None)


def iin(first_eleven: str) -> str:
    return first_eleven + str(iin_bin_check_digit(first_eleven))


IIN_1985 = iin("85041730012")  # born 1985-04-17 (century digit 3: 1900s, male)
IIN_1990 = iin("90120140023")  # born 1990-12-01 (century digit 4: 1900s, female)


def pension_line(**changes: str) -> dict[str, str]:
    line = {"iin": IIN_1985, "surname": "Ахметов", "name": "Серик", "patronymic": "Болатович",
            "birth_date": "1985-04-17", "amount": "10000.00", "period": "2026-10"}
    return {**line, **changes}


def salary_line(**changes: str) -> dict[str, str]:
    return {**{"iin": IIN_1990, "name": "Нурланова Айгерим", "iban": "KZ75125KZT2069100100", "amount": "250000.00"},
            **changes}


# --- budget -----------------------------------------------------------------------------------

def test_kbk_required_six_digits_and_in_directory() -> None:
    assert check_kbk("101201", FACTS) is None
    assert "Type the KBK" in str(check_kbk("", FACTS))
    assert "6 digits" in str(check_kbk("1012", FACTS))
    assert "not in the KBK directory" in str(check_kbk("999999", FACTS))


def test_knp_agrees_with_kbk_per_directory() -> None:
    assert check_kbk_knp("101201", "911", FACTS) is None
    assert check_kbk_knp("101201", "912", FACTS) is None
    problem = check_kbk_knp("101201", "710", FACTS)
    assert problem is not None and "911, 912" in str(problem)


def test_beneficiary_is_a_tax_authority() -> None:
    assert check_tax_authority("990140000017", FACTS) is None
    assert "not a tax authority" in str(check_tax_authority("090840000906", FACTS))


def test_budget_order_all_rules_by_field() -> None:
    good = kind_problems("budget", kbk="101201", knp="911", amount="5000", beneficiary=TAX_OFFICE,
                         registry=[], facts=FACTS)
    assert good == {}
    bad = kind_problems("budget", kbk="101201", knp="710", amount="5000",
                        beneficiary={**TAX_OFFICE, "bin": "090840000906"}, registry=[], facts=FACTS)
    assert set(bad) == {"knp", "beneficiary.bin"}


# --- pension and social -------------------------------------------------------------------------

@pytest.mark.parametrize("kind, knp", [("pension", "010"), ("pension", "089"), ("social", "012"), ("social", "017")])
def test_fund_details_and_knp_valid(kind: str, knp: str) -> None:
    fund = FACTS.funds[kind]
    beneficiary = {"name": "x", "bin": fund.bin, "iban": fund.iik, "bic": fund.bic, "code": fund.kbe}
    assert fund_problems(kind, beneficiary, knp, FACTS) == {}


def test_fund_details_must_be_the_funds() -> None:
    problems = fund_problems("pension", {**PENSION_FUND, "iban": "KZ75125KZT2069100100", "code": "17"}, "012", FACTS)
    assert set(problems) == {"beneficiary.iban", "beneficiary.code", "knp"}
    assert "KZ12009NPS0413609816" in str(problems["beneficiary.iban"])
    assert "010" in str(problems["knp"])
    social = fund_problems("social", PENSION_FUND, "012", FACTS)  # the pension fund's IIK is not social's
    assert set(social) == {"beneficiary.iban"}


def test_registry_must_not_be_empty() -> None:
    assert "at least one line" in str(registry_problems(CONTRIBUTION_COLUMNS, [], "100")["registry"])
    assert registry_problems(CONTRIBUTION_COLUMNS, [pension_line()], "10000") == {}


def test_registry_iin_check_digit() -> None:
    bad = IIN_1985[:11] + str((int(IIN_1985[11]) + 1) % 10)
    problems = registry_problems(CONTRIBUTION_COLUMNS, [pension_line(), pension_line(iin=bad, amount="5")], "10005")
    assert list(problems) == ["registry.2.iin"], problems
    assert "employee's identity document" in str(problems["registry.2.iin"])


def test_registry_amount_more_than_zero() -> None:
    assert "amount" not in line_problems(CONTRIBUTION_COLUMNS, pension_line(amount="0.01"))
    assert "more than zero" in str(line_problems(CONTRIBUTION_COLUMNS, pension_line(amount="0"))["amount"])


def test_registry_period_valid() -> None:
    assert check_period("2026-10", TODAY) is None
    assert check_period("2026-11", TODAY) is None
    assert "YYYY-MM" in str(check_period("10.2026", TODAY))
    assert "YYYY-MM" in str(check_period("2026-13", TODAY))
    assert "after the document's month" in str(check_period("2026-12", TODAY))
    assert "before 1998" in str(check_period("1997-12", TODAY))


def test_registry_birth_date_valid_and_agrees_with_iin() -> None:
    assert check_birth_date("1985-04-17", IIN_1985) is None
    assert "YYYY-MM-DD" in str(check_birth_date("17.04.1985", IIN_1985))
    assert "not the one in the IIN" in str(check_birth_date("1985-04-18", IIN_1985))


def test_registry_names_required_patronymic_optional() -> None:
    assert line_problems(CONTRIBUTION_COLUMNS, pension_line(patronymic="")) == {}
    assert set(line_problems(CONTRIBUTION_COLUMNS, pension_line(surname=" ", name=""))) == {"surname", "name"}
    assert "60" in str(line_problems(CONTRIBUTION_COLUMNS, pension_line(surname="А" * 61))["surname"])


def test_registry_total_equals_order_amount() -> None:
    lines = [pension_line(), pension_line(iin=IIN_1990, birth_date="1990-12-01", amount="2 500,50")]
    assert registry_problems(CONTRIBUTION_COLUMNS, lines, "12500.50") == {}
    problem = registry_problems(CONTRIBUTION_COLUMNS, lines, "12500.00")["registry"]
    assert money(Decimal("12500.50")) in str(problem) and money(Decimal("12500.00")) in str(problem)


def test_registry_one_line_per_employee_and_period() -> None:
    lines = [pension_line(), pension_line(amount="1")]
    assert "already on line 1" in str(registry_problems(CONTRIBUTION_COLUMNS, lines, "10001")["registry.2.iin"])
    assert registry_problems(CONTRIBUTION_COLUMNS, [pension_line(), pension_line(period="2026-09", amount="1")], "10001") == {}


def test_salary_lines_iban_iin_total() -> None:
    assert registry_problems(SALARY_COLUMNS, [salary_line()], "250000") == {}
    problems = registry_problems(SALARY_COLUMNS, [salary_line(iban="KZ75125KZT2069100101"), salary_line(iin="123")],
                                 "1")
    assert set(problems) == {"registry.1.iban", "registry.2.iin", "registry"}


def test_bank_field_names() -> None:
    assert field_name("registry.3.iin", PENSION.registry_columns) == "registry line 3, IIN"
    assert field_name("registry.2.name", SALARY_COLUMNS) == "registry line 2, Full name"
    assert field_name("kbk") == "kbk"


# --- the order ------------------------------------------------------------------------------------

def order_of(kind: str, *, kbk: str | None = None, registry: list[RegistryLine] | None = None,
             **changes: object) -> PaymentOrder:
    order = PaymentOrder.new(PAYER, "5", today=TODAY, kind=kind)
    order.amount, order.purpose = "10000", "Contributions for October 2026"
    if kbk is not None:
        order.details = BudgetDetails(kbk=kbk)
    if registry is not None:
        order.details = RegistryDetails(registry)
    for key, value in changes.items():
        setattr(order, key, value)
    return order


def test_wire_content_per_kind() -> None:
    budget = order_of("budget", kbk="101201", knp="911", beneficiary=Party(**TAX_OFFICE)).to_content()
    assert budget["schema"] == "kz.budget-payment/1" and budget["kbk"] == "101201" and "registry" not in budget
    pension = order_of("pension", registry=[RegistryLine(**pension_line(amount="10 000"))]).to_content()
    assert pension["schema"] == "kz.pension-contribution/1"
    assert pension["registry"] == [pension_line()]
    social = order_of("social", registry=[RegistryLine(**pension_line())]).to_content()
    assert social["schema"] == "kz.social-contribution/1"
    salary = order_of("salary", registry=[RegistryLine(**salary_line(iban="kz75 125K ZT20 6910 0100"))]).to_content()
    assert salary["schema"] == "kz.salary-payment/1" and salary["registry"] == [salary_line()]
    plain = order_of("payment").to_content()
    assert plain["schema"] == "kz.payment-order/1" and "kbk" not in plain and "registry" not in plain


def test_draft_and_content_round_trip_and_old_drafts_load() -> None:
    order = order_of("pension", registry=[RegistryLine(**pension_line())])
    assert PaymentOrder.from_dict(json.loads(json.dumps(order.to_dict()))) == order
    from_wire = PaymentOrder.from_dict(order.to_content())
    assert from_wire.kind == "pension" and from_wire.details == RegistryDetails([RegistryLine(**pension_line())])
    old = order_of("payment").to_dict()
    del old["kind"]  # a draft stored before the kinds
    loaded = PaymentOrder.from_dict(old)
    assert loaded.kind == "payment" and loaded.details is None and loaded.schema == "kz.payment-order/1"
    every_key = {**order.to_dict(), "kbk": "", "foreign": None, "exchange": None}  # as drafts were kept until now
    assert PaymentOrder.from_dict(every_key) == order


def test_validate_payment_order_adds_the_kinds_rules() -> None:
    order = order_of("pension", beneficiary=Party(**PENSION_FUND), knp="010",
                     registry=[RegistryLine(**pension_line())])
    assert validate_payment_order(order, None, today=TODAY, facts=FACTS) == {}
    order.amount = "9000"
    assert set(validate_payment_order(order, None, today=TODAY, facts=FACTS)) == {"registry"}


def test_without_the_directories_only_their_rules_wait() -> None:
    """Signing from the list has no directories at hand: the registry's rules still apply."""
    budget = kind_problems("budget", kbk="999999", knp="710", amount="5", beneficiary={"bin": "1"}, registry=[],
                           facts=None)
    assert budget == {}
    assert "6 digits" in str(kind_problems("budget", kbk="12", knp="911", amount="5", beneficiary={}, registry=[],
                                           facts=None)["kbk"])
    pension = kind_problems("pension", kbk="", knp="999", amount="5", beneficiary={}, registry=[], facts=None)
    assert set(pension) == {"registry"}


# --- the salary registry from CSV ---------------------------------------------------------------

from bsclient.client.documents.registry_csv import RegistryImportError, parse_registry_csv  # noqa: E402

SALARY_IBAN_2 = "KZ75125KZT2069100100"


def csv_text(delimiter: str = ";") -> str:
    rows = [["ИИН", "ФИО", "ИИК", "Сумма"],
            [IIN_1985, "Ахметов Серик Болатович", SALARY_IBAN_2, "250 000,00"],
            [IIN_1990, "Нурланова Айгерим", SALARY_IBAN_2, "180000.50"]]
    return "\n".join(delimiter.join(f'"{c}"' if delimiter == "," and "," in c else c for c in row) for row in rows) + "\n"


@pytest.mark.parametrize("encoding, delimiter", [("utf-8", ";"), ("utf-8-sig", ","), ("cp1251", ";"), ("cp1251", ",")])
def test_csv_import_encodings_and_delimiters(encoding: str, delimiter: str) -> None:
    lines = parse_registry_csv(csv_text(delimiter).encode(encoding))
    assert [line.name for line in lines] == ["Ахметов Серик Болатович", "Нурланова Айгерим"]
    assert lines[0].amount == "250 000,00" and lines[1].iban == SALARY_IBAN_2
    assert registry_problems(SALARY_COLUMNS, [line.cells() for line in lines], "430000.50") == {}


def test_csv_import_english_header_in_any_order_and_blank_lines() -> None:
    data = f"amount,iban,name,iin\n\n100,{SALARY_IBAN_2},A B,{IIN_1985}\n\n".encode()
    (line,) = parse_registry_csv(data)
    assert (line.iin, line.name, line.amount) == (IIN_1985, "A B", "100")


def test_csv_import_reports_every_bad_line_and_imports_nothing() -> None:
    data = (f"IIN;Full name;IIK;Amount\n{IIN_1985};Ok;{SALARY_IBAN_2};100\n123;;KZ00;0\n"
            f"{IIN_1990};Short\n{IIN_1990};B;{SALARY_IBAN_2};1,2345\n").encode("cp1251")
    with pytest.raises(RegistryImportError) as caught:
        parse_registry_csv(data)
    problems = [(p.line, str(p.message)) for p in caught.value.problems]
    assert {line for line, _ in problems} == {3, 4, 5}, problems
    assert any(line == 3 and text.startswith("IIN:") for line, text in problems)
    assert any(line == 3 and text.startswith("Full name:") for line, text in problems)
    assert any(line == 3 and text.startswith("IIK:") for line, text in problems)
    assert any(line == 3 and text.startswith("Amount:") for line, text in problems)
    assert any(line == 4 and "2 columns" in text for line, text in problems)
    assert any(line == 5 and "two digits" in text for line, text in problems)
    assert "Nothing was imported; problems in the file: 6" in str(caught.value.message)


def test_csv_import_needs_a_header_naming_the_columns() -> None:
    with pytest.raises(RegistryImportError) as caught:
        parse_registry_csv(f"{IIN_1985};A;{SALARY_IBAN_2};100\n".encode())
    assert "it lacks" in str(caught.value.message)
    with pytest.raises(RegistryImportError) as empty:
        parse_registry_csv(b"")
    assert "empty" in str(empty.value.message)
    with pytest.raises(RegistryImportError) as only_header:
        parse_registry_csv("ИИН;ФИО;ИИК;Сумма\n".encode())
    assert "no employees" in str(only_header.value.message)

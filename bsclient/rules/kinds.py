"""The rules of the kinds of tenge payment order beyond the plain one (issue 4, types 2-5).

One module for the client's inline messages and the bank's checks (refbank/kinds.py): pure, no
Qt, no files. The directories' facts come in as `KindFacts`, made from the directory files' JSON
(the client's shipped or refreshed copy; the bank's operator copy) by `facts_from_directories`.

Kinds and their wire schemas:
  payment  kz.payment-order/1            the plain order (R1.1), no rules here
  budget   kz.budget-payment/1           R1.4: KBK, a tax authority's BIN, KNP agreeing with the KBK
  pension  kz.pension-contribution/1     R1.2: the fund's details, a registry of employees
  social   kz.social-contribution/1      R1.3: the same shape, to the social insurance fund
  salary   kz.salary-payment/1           R1.5: a registry of employees' accounts
  foreign  kz.foreign-payment/1          R1.6: a payment abroad in foreign currency (foreign.py)
  exchange kz.currency-exchange/1        R1.7: buying or selling foreign currency (exchange.py)

KNP and KBK agreement (R1.4): a KBK entry of the kbk directory may list the KNPs paid under it
("knp": "911 912"); when it lists some, the order's KNP must be one of them; when it lists none,
the directory does not say, and any well-formed KNP passes (the bank's fuller directory decides).
Source and certainty: the one shipped KBK, 101201 individual income tax, was seen once; KNP 911
(individual income tax) and 912 (its penalty) were seen in banks' code (KZ-REFERENCE.md). The
pairing is our reading of the two names, not a published table: the bank's directory replaces it.

A fund's KNPs (R1.2, R1.3): the fund entry's "knp" is the usual code (010 pension, 012 social);
"knp_all" lists every code the fund accepts (pension: 010 013 015 019 089 098; social: 012 017),
from the KNP list of KZ-REFERENCE.md ("seen" in banks' code).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.amount import check_amount, parse_amount
from bsclient.rules.errors import ValidationError
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.iin_bin import check_iin_bin

PAYMENT, BUDGET, PENSION, SOCIAL, SALARY = "payment", "budget", "pension", "social", "salary"
FOREIGN, EXCHANGE = "foreign", "exchange"  # types 6 and 7: their rules are foreign.py and exchange.py
KINDS = (PAYMENT, BUDGET, PENSION, SOCIAL, SALARY, FOREIGN, EXCHANGE)
SCHEMAS = {
    PAYMENT: "kz.payment-order/1",
    BUDGET: "kz.budget-payment/1",
    PENSION: "kz.pension-contribution/1",
    SOCIAL: "kz.social-contribution/1",
    SALARY: "kz.salary-payment/1",
    FOREIGN: "kz.foreign-payment/1",
    EXCHANGE: "kz.currency-exchange/1",
}
CURRENCY_KINDS = (FOREIGN, EXCHANGE)  # not tenge orders: the payer's account is of the order's currency
KIND_OF_SCHEMA = {schema: kind for kind, schema in SCHEMAS.items()}
FUND_KINDS = (PENSION, SOCIAL)
REGISTRY_KINDS = (PENSION, SOCIAL, SALARY)

# The columns of a registry line, in the order the table and the wire show them.
CONTRIBUTION_COLUMNS = ("iin", "surname", "name", "patronymic", "birth_date", "amount", "period")
SALARY_COLUMNS = ("iin", "name", "iban", "amount")
# A name in the interbank MT102 message is at most 60 characters (KZ-REFERENCE, seen once).
MAX_NAME = 60
KBK_LENGTH = 6
EARLIEST_PERIOD = (1998, 1)  # the funded pension system began in 1998: no contributions before


def registry_columns(kind: str) -> tuple[str, ...]:
    return SALARY_COLUMNS if kind == SALARY else CONTRIBUTION_COLUMNS if kind in FUND_KINDS else ()


# The columns as the clerk names them (translated in the UI, English in the bank's reasons).
COLUMN_NAMES = {
    "iin": QT_TRANSLATE_NOOP("Registry", "IIN"),
    "surname": QT_TRANSLATE_NOOP("Registry", "Surname"),
    "name": QT_TRANSLATE_NOOP("Registry", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("Registry", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("Registry", "Birth date"),
    "amount": QT_TRANSLATE_NOOP("Registry", "Amount"),
    "period": QT_TRANSLATE_NOOP("Registry", "Period"),
    "iban": QT_TRANSLATE_NOOP("Registry", "IIK"),
}
FULL_NAME = QT_TRANSLATE_NOOP("Registry", "Full name")  # the salary registry's "name" column


@dataclass(frozen=True)
class FundFacts:
    code: str
    beneficiary: str
    bin: str
    iik: str
    bic: str
    kbe: str
    knp: str
    knps: frozenset[str]


@dataclass(frozen=True)
class KindFacts:
    """What the directories say that the kinds' rules need."""

    kbk: Mapping[str, frozenset[str]] = field(default_factory=dict)  # KBK -> KNPs listed (may be empty)
    kbk_names: Mapping[str, str] = field(default_factory=dict)
    tax_authorities: Mapping[str, str] = field(default_factory=dict)  # BIN -> name
    funds: Mapping[str, FundFacts] = field(default_factory=dict)  # "pension" | "social" -> details


def _entries(data: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    entries = data.get("entries") if isinstance(data, Mapping) else None
    return [e for e in entries or () if isinstance(e, Mapping) and isinstance(e.get("code"), str)]


def _codes(text: Any) -> frozenset[str]:
    return frozenset(str(text).replace(",", " ").split()) if isinstance(text, str) else frozenset()


def facts_from_directories(kbk: Mapping[str, Any] | None, budget_recipients: Mapping[str, Any] | None,
                           funds: Mapping[str, Any] | None) -> KindFacts:
    """KindFacts from the directory files' JSON ({"entries": [{"code": ..., ...}]})."""
    fund_facts = {}
    for e in _entries(funds):
        knp = str(e.get("knp", "")).strip()
        fund_facts[e["code"]] = FundFacts(
            code=e["code"], beneficiary=str(e.get("beneficiary", "")), bin=str(e.get("bin", "")),
            iik=compact_iban(str(e.get("iik", ""))), bic=str(e.get("bic", "")).upper(), kbe=str(e.get("kbe", "")),
            knp=knp, knps=_codes(e.get("knp_all")) | ({knp} if knp else frozenset()))
    return KindFacts(
        kbk={e["code"]: _codes(e.get("knp")) for e in _entries(kbk)},
        kbk_names={e["code"]: str(e.get("name", "")) for e in _entries(kbk)},
        tax_authorities={e["code"]: str(e.get("name", "")) for e in _entries(budget_recipients)},
        funds=fund_facts)


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


# --- budget (R1.4) ---------------------------------------------------------------------------

def check_kbk(kbk: str, facts: KindFacts | None) -> Message | None:
    """None when the KBK is 6 digits and in the KBK directory (its shape only when `facts` is None)."""
    if kbk == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the KBK, the 6-digit budget classification code of the tax or payment."))
    if len(kbk) != KBK_LENGTH or not (kbk.isascii() and kbk.isdigit()):
        return _msg(QT_TRANSLATE_NOOP("Validation", "The KBK must have 6 digits; you typed \"{value}\"."), value=kbk)
    if facts is not None and kbk not in facts.kbk:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "KBK {kbk} is not in the KBK directory; check the code on the tax notice, or refresh the directories from the bank."),
            kbk=kbk)
    return None


def check_kbk_knp(kbk: str, knp: str, facts: KindFacts) -> Message | None:
    """None when the KBK's directory entry lists no KNPs or lists `knp` (see the module's note)."""
    allowed = facts.kbk.get(kbk)
    if not allowed or knp in allowed:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "KNP {knp} does not go with KBK {kbk}; by the directory this KBK is paid with KNP {allowed}."),
        knp=knp, kbk=kbk, allowed=", ".join(sorted(allowed)))


def check_tax_authority(bin_: str, facts: KindFacts) -> Message | None:
    """None when the beneficiary's BIN is a tax authority of the budget recipients directory."""
    if bin_ in facts.tax_authorities:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "BIN {bin} is not a tax authority of the budget recipients directory; a budget payment goes to the state revenue department named on the tax notice."),
        bin=bin_)


# --- funds (R1.2, R1.3) ----------------------------------------------------------------------

def fund_problems(kind: str, beneficiary: Mapping[str, Any], knp: str, facts: KindFacts) -> dict[str, Message]:
    """The beneficiary's details and the KNP against the fund's, by field path."""
    fund = facts.funds.get(kind)
    if fund is None:
        return {"beneficiary.iban": _msg(QT_TRANSLATE_NOOP(
            "Validation", "The funds directory has no {fund} fund; refresh the directories from the bank."), fund=kind)}
    problems: dict[str, Message] = {}
    expected = {"bin": fund.bin, "iban": fund.iik, "bic": fund.bic, "code": fund.kbe}
    for key, value in expected.items():
        typed = beneficiary.get(key)
        typed = compact_iban(typed) if key == "iban" and isinstance(typed, str) else typed
        if typed != value:
            problems[f"beneficiary.{key}"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "Contributions go to the fund's details from the funds directory: {expected} here, not \"{value}\"."),
                expected=value, value=typed if isinstance(typed, str) else "")
    if knp not in fund.knps:
        problems["knp"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "KNP {knp} is not a code for these contributions; use {allowed}."),
            knp=knp, allowed=", ".join(sorted(fund.knps)))
    return problems


# --- registry lines ---------------------------------------------------------------------------

def _check_name_part(value: str, *, required: bool = True) -> Message | None:
    if value.strip() == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type it as in the employee's identity document.")) if required else None
    if len(value.strip()) > MAX_NAME:
        return _msg(QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (the interbank limit); it has {count}."),
                    limit=MAX_NAME, count=len(value.strip()))
    return None


def _iin_birth_date(iin: str) -> dt.date | None:
    """The birth date an IIN begins with (YYMMDD, the 7th digit giving the century)."""
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6:7])
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6])) if century else None
    except ValueError:
        return None


def check_birth_date(value: str, iin: str) -> Message | None:
    """None when the birth date is YYYY-MM-DD and agrees with the IIN (when the IIN is valid)."""
    try:
        born = dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        born = None
    if born is None:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the birth date as YYYY-MM-DD, e.g. 1985-04-17."))
    if check_iin_bin(iin) is None and _iin_birth_date(iin) not in (None, born):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The birth date {date} is not the one in the IIN ({iin_date}); check both against the identity document."),
            date=value, iin_date=_iin_birth_date(iin).isoformat())  # type: ignore[union-attr]
    return None


def check_period(value: str, document_date: dt.date | None = None) -> Message | None:
    """None when the period is YYYY-MM, not before 1998 and not after the document's month."""
    year, dash, month = value.partition("-")
    if not (dash and len(year) == 4 and len(month) == 2 and (year + month).isascii() and (year + month).isdigit()
            and 1 <= int(month) <= 12):
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the period as YYYY-MM, e.g. 2026-10 for October 2026."))
    period = (int(year), int(month))
    if period < EARLIEST_PERIOD:
        return _msg(QT_TRANSLATE_NOOP("Validation", "The period {period} is before 1998; no contributions are paid for it."),
                    period=value)
    if document_date is not None and period > (document_date.year, document_date.month):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "The period {period} is after the document's month; contributions are paid for a month that has begun."),
            period=value)
    return None


def line_problems(kind: str, line: Mapping[str, Any], document_date: dt.date | None = None) -> dict[str, Message]:
    """A registry line's problems by column."""
    text = {column: line.get(column) for column in registry_columns(kind)}
    problems: dict[str, Message | None] = {}
    for column, value in text.items():
        if not isinstance(value, str):
            problems[column] = _msg(QT_TRANSLATE_NOOP("Validation", "Missing: the line must give it."))
    values = {column: value if isinstance(value, str) else "" for column, value in text.items()}
    for column in text:
        if column in problems:
            continue
        value = values[column]
        if column == "iin":
            problems[column] = check_iin_bin(value)
            if problems[column] is not None and value.isdigit() and len(value) == 12:
                problems[column] = _msg(QT_TRANSLATE_NOOP(
                    "Validation", "The check digit of this IIN does not match: check it against the employee's identity document."))
        elif column in ("surname", "name"):
            problems[column] = _check_name_part(value)
        elif column == "patronymic":
            problems[column] = _check_name_part(value, required=False)
        elif column == "birth_date":
            problems[column] = check_birth_date(value, values["iin"])
        elif column == "period":
            problems[column] = check_period(value, document_date)
        elif column == "iban":
            problems[column] = check_iban(value)
        elif column == "amount":
            problems[column] = check_amount(value)
    return {column: message for column, message in problems.items() if message is not None}


def registry_problems(kind: str, registry: Any, amount: str, document_date: dt.date | None = None) -> dict[str, Message]:
    """The registry's problems: "registry" for the whole (empty, total), "registry.N.column" per cell (N from 1)."""
    if not isinstance(registry, list) or not registry:
        return {"registry": _msg(QT_TRANSLATE_NOOP("Validation", "Add the employees to the registry: at least one line."))}
    problems: dict[str, Message] = {}
    total, whole = Decimal(0), True
    for number, line in enumerate(registry, start=1):
        if not isinstance(line, Mapping):
            problems[f"registry.{number}"] = _msg(QT_TRANSLATE_NOOP("Validation", "Missing: the line must give it."))
            whole = False
            continue
        for column, message in line_problems(kind, line, document_date).items():
            problems[f"registry.{number}.{column}"] = message
        try:
            total += parse_amount(line.get("amount", ""))
        except (ValidationError, TypeError, AttributeError):
            whole = False
    if kind != SALARY:  # one employee once per period and fund
        seen: dict[tuple[str, str], int] = {}
        for number, line in enumerate(registry, start=1):
            if isinstance(line, Mapping) and f"registry.{number}.iin" not in problems:
                key = (str(line.get("iin")), str(line.get("period")))
                if key in seen:
                    problems[f"registry.{number}.iin"] = _msg(QT_TRANSLATE_NOOP(
                        "Validation", "This IIN is already on line {line} for the same period; put one line per employee and period."),
                        line=seen[key])
                seen.setdefault(key, number)
    try:
        order_amount = parse_amount(amount)
    except (ValidationError, TypeError, AttributeError):
        order_amount = None
    if whole and order_amount is not None and total != order_amount:
        problems["registry"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "The registry's lines add up to {total}, but the order's amount is {amount}; make them equal."),
            total=f"{total:.2f}", amount=f"{order_amount:.2f}")
    return problems


def registry_total(registry: Sequence[Mapping[str, Any]]) -> Decimal | None:
    """The sum of the lines' amounts, or None when a line's amount is not (yet) an amount."""
    total = Decimal(0)
    for line in registry:
        try:
            total += parse_amount(line.get("amount", ""))
        except (ValidationError, TypeError, AttributeError):
            return None
    return total


# --- every rule of a kind ----------------------------------------------------------------------

def kind_problems(kind: str, *, kbk: str, knp: str, amount: str, beneficiary: Mapping[str, Any],
                  registry: Any, facts: KindFacts | None, document_date: dt.date | None = None) -> dict[str, Message]:
    """Every rule of `kind` beyond the plain order's, by field path; empty for a plain payment.

    `facts` None (the directories not at hand, e.g. signing from the list): the rules that need a
    directory wait; the editor checked them, and the bank checks them against its own.
    """
    problems: dict[str, Message | None] = {}
    if kind == BUDGET:
        problems["kbk"] = check_kbk(kbk, facts)
        if problems["kbk"] is None and facts is not None:
            problems["knp"] = check_kbk_knp(kbk, knp, facts)
        if facts is not None:
            problems["beneficiary.bin"] = check_tax_authority(str(beneficiary.get("bin", "")), facts)
    if kind in FUND_KINDS and facts is not None:
        problems.update(fund_problems(kind, beneficiary, knp, facts))
    if kind in REGISTRY_KINDS:
        problems.update(registry_problems(kind, registry, amount, document_date))
    return {path: message for path, message in problems.items() if message is not None}


def field_name(path: str, kind: str = PAYMENT) -> str:
    """A field path as a person reads it in English: "registry.3.iin" is "registry line 3, IIN"."""
    parts = path.split(".")
    if parts[0] == "registry" and len(parts) >= 2:
        column = COLUMN_NAMES.get(parts[2], parts[2]) if len(parts) == 3 else ""
        if kind == SALARY and len(parts) == 3 and parts[2] == "name":
            column = FULL_NAME
        return f"registry line {parts[1]}" + (f", {column}" if column else "")
    return path

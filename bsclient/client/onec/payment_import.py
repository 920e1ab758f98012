"""Payment orders from a 1C exchange file: each "Платежное поручение" becomes a draft, every field
is checked with the client's own validators, and every problem of every order is kept with the line
it comes from. Only orders without a problem are imported, all in one store transaction.

An order with a KBK is a budget payment (kind "budget", kz.budget-payment/1): it is checked by the
editor's rules of that kind (bsclient/rules/kinds/budget.py) against the directories' facts (kind_facts.py)."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bsclient.client.documents.kind_facts import load_kind_facts
from bsclient.client.documents.payees import PayeeCheck, PayeeMemory, check_payee, payee_memory, stored_payee_memory
from bsclient.client.documents.payment_order import CURRENCY, ActualParty, Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.store import DocumentStore, StoreError
from bsclient.client.models import Account
from bsclient.client.onec.parser import (
    ACCOUNT_START,
    ExchangeFile,
    ExchangeFormatError,
    Section,
    parse_exchange_file,
)
from bsclient.formatting import day
from bsclient.interpreter_tuning import making_many_objects
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules import (
    ValidationError,
    bank_for_iban,
    check_bic,
    check_iin_bin,
    check_kod,
    compact_iban,
    format_amount,
    parse_amount,
    validate_payment_order,
)
from bsclient.rules.iin_bin import PAYER
from bsclient.rules.kinds.budget import BUDGET, BudgetDetails, budget_warnings
from bsclient.rules.kinds.facts import FundFacts, KindFacts
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry_lines import RegistryDetails
from bsclient.rules.payment_order import check_payer_iban

PAYMENT_ORDER_KIND = "Платежное поручение"
PREVIEW_PART = 500  # orders handed to `on_orders` at a time while a big file is checked
# A resident non-state company, the usual KOd of a corporate payer (as the editor assumes).
DEFAULT_PAYER_CODE = "17"
_TENGE = frozenset({"KZT", "398"})  # the currency as letters or as its ISO number
_PURPOSE_LINES = tuple(f"НазначениеПлатежа{n}" for n in range(1, 7))
_ACTUAL_PATHS = tuple((f"{role}.name", f"{role}.bin", f"{role}.country") for role in ("actual_payer", "actual_beneficiary"))

# The order's field → the 1C names that may carry it, as Kazakh 1C configurations write them and
# the variants seen in the wild. Names are matched without regard to case.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("НомерДокумента", "Номер"),
    "date": ("ДатаДокумента", "Дата"),
    "amount": ("Сумма",),
    "value_date": ("ДатаВалютирования",),
    "currency": ("Валюта",),
    "payer.bin": ("ПлательщикБИН_ИИН", "ПлательщикБИН", "ПлательщикИИН"),
    "payer.iban": ("ПлательщикИИК", "ПлательщикСчет", "ПлательщикРасчСчет"),
    "payer.bic": ("ПлательщикБанкБИК", "ПлательщикБИК"),
    "payer.code": ("ПлательщикКБЕ", "ПлательщикКОд"),
    "beneficiary.name": ("ПолучательНаименование", "Получатель1", "Получатель"),
    "beneficiary.bin": ("ПолучательБИН_ИИН", "ПолучательБИН", "ПолучательИИН"),
    "beneficiary.iban": ("ПолучательИИК", "ПолучательСчет", "ПолучательРасчСчет"),
    "beneficiary.bic": ("ПолучательБанкБИК", "ПолучательБИК"),
    "beneficiary.code": ("ПолучательКБЕ",),
    "knp": ("КодНазначенияПлатежа", "КНП"),
    "purpose": ("НазначениеПлатежа",),
    # Kazakh 1C configurations write "КодБК"; "КБК" is seen in files other programs make.
    "kbk": ("КБК", "КодБК"),
    # The actual payer and beneficiary (ФактическийПлательщик is a field of 1C:Бухгалтерия для Казахстана's
    # payment order; the names of its parts in the exchange file are our reading, docs/kazakh-facts.md).
    "actual_payer.name": ("ФактическийПлательщикНаименование", "ФактическийПлательщик"),
    "actual_payer.bin": ("ФактическийПлательщикБИН_ИИН", "ФактическийПлательщикБИН", "ФактическийПлательщикИИН"),
    "actual_payer.country": ("ФактическийПлательщикКодСтраны", "ФактическийПлательщикСтрана"),
    "actual_beneficiary.name": ("ФактическийПолучательНаименование", "ФактическийПолучатель"),
    "actual_beneficiary.bin": ("ФактическийПолучательБИН_ИИН", "ФактическийПолучательБИН", "ФактическийПолучательИИН"),
    "actual_beneficiary.country": ("ФактическийПолучательКодСтраны", "ФактическийПолучательСтрана"),
}
_FOLDED_KEYS = {path: tuple((name, name.casefold()) for name in names) for path, names in FIELD_KEYS.items()}
_PATH_OF = {folded: path for path, names in _FOLDED_KEYS.items() for _, folded in names}
_DOTTED_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})", re.ASCII)
_WIRE_AMOUNT = re.compile(r"(?:[1-9]\d{0,12}|0)\.\d\d", re.ASCII)  # as format_amount writes one


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong with one field of one order: `document` is its position among the file's
    documents (0-based), `field` the order's field path, `key` the 1C name ("" when missing)."""

    document: int
    field: str
    line: int
    message: Message
    key: str = ""


@dataclass
class ImportedOrder:
    """One document of the file as a draft-to-be; `order` is None when it is no payment order."""

    document: int
    section: Section
    order: PaymentOrder | None
    problems: list[ImportProblem] = field(default_factory=list)
    payee: PayeeCheck | None = None  # new or changed beneficiary (the payee guard); None for no order
    # What the clerk should check but may import and sign, as the editor warns: a budget payment's KNP
    # that does not go with its KBK, a KBK or tax office outside a directory that is not complete.
    warnings: list[ImportProblem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.order is not None and not self.problems

    def problems_of(self, field_path: str) -> list[ImportProblem]:
        return [p for p in self.problems if p.field == field_path]


@dataclass
class ImportPreview:
    """Every document of the file, valid or not, in file order."""

    file: ExchangeFile
    orders: list[ImportedOrder]

    @property
    def valid_orders(self) -> list[ImportedOrder]:
        return [o for o in self.orders if o.valid]

    @property
    def invalid_orders(self) -> list[ImportedOrder]:
        return [o for o in self.orders if not o.valid]

    @property
    def problems(self) -> list[ImportProblem]:
        """All problems of all orders, by line."""
        return sorted((p for o in self.orders for p in o.problems), key=lambda p: (p.line, p.document))

    @property
    def warnings(self) -> list[ImportProblem]:
        """All warnings of all orders, by line."""
        return sorted((w for o in self.orders for w in o.warnings), key=lambda w: (w.line, w.document))


class ImportFailedError(ClerkError):
    """The import wrote nothing: the store failed (its sentence is kept), or orders were imported meanwhile."""


class StatementFileError(ExchangeFormatError):
    """The file is a statement the bank (or 1C) wrote about past operations: never orders to pay."""


# What only a statement holds: an account section with balances, or the dates money left or arrived.
_STATEMENT_DOCUMENT_KEYS = ("ДатаСписано", "ДатаПоступило", "СуммаРасход", "СуммаПриход", "ДатаОперации")
_FOLDED_STATEMENT_KEYS = tuple(key.casefold() for key in _STATEMENT_DOCUMENT_KEYS)
STATEMENT_KIND = "Выписка"


def statement_evidence(exchange: ExchangeFile) -> tuple[str, int] | None:
    """(what marks the file as a statement, its line), or None for a file of orders."""
    if exchange.accounts:
        return ACCOUNT_START, exchange.accounts[0].first_line
    for section in exchange.documents:
        if section.kind == STATEMENT_KIND:
            return f"СекцияДокумент={STATEMENT_KIND}", section.first_line
        folded = _folded(section)
        for key in _FOLDED_STATEMENT_KEYS:
            name = folded.get(key)
            if name is not None and section.fields[name].strip():  # some programs write them empty in orders
                return name, section.line_of(name)
    return None


def _message(source: str, **params: object) -> Message:
    return Message("Exchange", source, params)


DuplicateKey = tuple[str, str, str, str]  # number, date, amount, the payer's IIK


def duplicate_key(order: PaymentOrder) -> DuplicateKey:
    """What makes two orders the same payment: number, date, amount and the account it is paid from."""
    return _duplicate_key(order.number, order.date.isoformat(), order.amount, order.payer.iban)


def _duplicate_key(number: str, day: str, amount: str, payer_iban: str) -> DuplicateKey:
    if _WIRE_AMOUNT.fullmatch(amount) is None:  # else it is its own wire form already
        try:
            amount = format_amount(parse_amount(amount))
        except ValidationError:
            amount = amount.strip()
    return number.strip(), day, amount, compact_iban(payer_iban)


class _StoredKeys:
    """The duplicate keys of the documents stored: `records`' own, or the store's, read a day at a time as
    the file's orders ask (a file's orders are of a few days)."""

    def __init__(self, store: DocumentStore | None, records: Iterable[DocumentRecord] = ()) -> None:
        self._store = store
        self._days: dict[str, set[DuplicateKey]] = {}
        for record in records:
            key = duplicate_key(record.order)
            self._days.setdefault(key[1], set()).add(key)

    def __contains__(self, key: DuplicateKey) -> bool:
        day = key[1]
        if day not in self._days:
            stored = self._store.orders_of_day(day) if self._store is not None else []
            self._days[day] = {_duplicate_key(*order) for order in stored}
        return key in self._days[day]


def _stored(existing: Iterable[DocumentRecord] | DocumentStore) -> tuple[_StoredKeys, PayeeMemory]:
    """What the import checks the file against: the stored documents' duplicate keys and the payee memory."""
    if isinstance(existing, DocumentStore):
        return _StoredKeys(existing), stored_payee_memory(existing)
    records = list(existing)
    return _StoredKeys(None, records), payee_memory(records)


OnOrders = Callable[[list["ImportedOrder"], int], None]  # (orders just checked, documents in the file)


def preview_import(data: bytes, *, company_name: str, company_bin: str, accounts: list[Account],
                   existing: Iterable[DocumentRecord] | DocumentStore, today: date | None = None,
                   facts: KindFacts | None = None, on_orders: OnOrders | None = None) -> ImportPreview:
    """Reads, maps and checks every order of the file; ExchangeFormatError when the file is unreadable.

    `accounts` are the company's accounts (the payer's IIK must be one of them when they are known);
    `existing` are the documents already stored, to notice a file imported twice and to guard the payees (the
    store itself: read through its indexes, never a whole document); `facts` the
    directories' facts for budget payments (None: the shipped directories, read when a KBK is met).
    `on_orders(orders, total)` gets the orders as they are checked, PREVIEW_PART at a time, each final
    (a preview can show them while the rest of a big file is checked).
    """
    exchange = parse_exchange_file(data)
    return preview_orders(exchange, company_name=company_name, company_bin=company_bin, accounts=accounts,
                          existing=existing, today=today, facts=facts, on_orders=on_orders)


@making_many_objects()
def preview_orders(exchange: ExchangeFile, *, company_name: str, company_bin: str, accounts: list[Account],
                   existing: Iterable[DocumentRecord] | DocumentStore, today: date | None = None,
                   facts: KindFacts | None = None, on_orders: OnOrders | None = None) -> ImportPreview:
    """Maps and checks every document of an already parsed file (see `preview_import`)."""
    evidence = statement_evidence(exchange)
    if evidence is not None:
        marker, marker_line = evidence
        raise StatementFileError(_message(QT_TRANSLATE_NOOP(
            "Exchange", "This file is a bank statement, not payment orders for the bank (line {line} has {key}): "
            "nothing was imported, so nothing is paid twice. Open statements under Statements."),
            line=marker_line, key=marker))
    if not any(d.kind == PAYMENT_ORDER_KIND for d in exchange.documents):
        kinds = ", ".join(sorted({d.kind for d in exchange.documents})) or "—"
        raise ExchangeFormatError(_message(QT_TRANSLATE_NOOP(
            "Exchange", "The file holds no payment orders: up to its end on line {line} there is no section "
            "{start}={kind} (its documents: {found}). Choose a file of payment orders exported for the bank."),
            start="СекцияДокумент", kind=PAYMENT_ORDER_KIND, line=exchange.end_line or 1, found=kinds))
    today = today or date.today()
    stored, memory = _stored(existing)
    by_iban = {compact_iban(a.iban): a for a in accounts}
    orders: list[ImportedOrder] = []
    first_line_of: dict[DuplicateKey, int] = {}
    memo: dict[tuple[str, ...], Any] = {}
    if facts is not None:
        memo[("facts",)] = facts
    for index, section in enumerate(exchange.documents):
        imported = _map_section(index, section, company_name=company_name, company_bin=company_bin,
                                accounts=by_iban, today=today, memo=memo)
        if imported.order is not None:
            beneficiary = imported.order.beneficiary
            imported.payee = check_payee(memory, name=beneficiary.name, bin_=beneficiary.bin, iban=beneficiary.iban)
            key = duplicate_key(imported.order)
            folded = _folded(section)
            number_line = _line(section, "number", folded)
            if key in stored:
                imported.problems.append(ImportProblem(index, "number", number_line, _message(QT_TRANSLATE_NOOP(
                    "Exchange", "Order {number} of {date} for {amount} from {iban} is already among your documents: "
                    "this file, or this order, was imported before."),
                    number=key[0], date=day(imported.order.date), amount=key[2], iban=key[3]),
                    _key(section, "number", folded)))
            elif key in first_line_of:
                imported.problems.append(ImportProblem(index, "number", number_line, _message(QT_TRANSLATE_NOOP(
                    "Exchange", "Order {number} of {date} for {amount} is in this file twice (first on line {first}); "
                    "only the first is imported."),
                    number=key[0], date=day(imported.order.date), amount=key[2],
                    first=first_line_of[key]), _key(section, "number", folded)))
            else:
                first_line_of[key] = number_line
        orders.append(imported)
        if on_orders is not None and len(orders) % PREVIEW_PART == 0:
            on_orders(orders[-PREVIEW_PART:], len(exchange.documents))
    if on_orders is not None and len(orders) % PREVIEW_PART:
        on_orders(orders[-(len(orders) % PREVIEW_PART):], len(exchange.documents))
    return ImportPreview(file=exchange, orders=orders)


@making_many_objects()
def import_orders(store: DocumentStore, preview: ImportPreview) -> list[PaymentOrder]:
    """Stores every valid order of `preview` as a draft in one transaction; ImportFailedError writes nothing."""
    orders = [o.order for o in preview.valid_orders if o.order is not None]
    try:
        stored = _StoredKeys(store)
        again = [o for o in orders if duplicate_key(o) in stored]
        if again:
            raise ImportFailedError(_message(QT_TRANSLATE_NOOP(
                "Exchange", "Orders of this file were imported meanwhile ({count}, order {number} among them); nothing "
                "was imported now. Read the file again to see what is left."),
                count=len(again), number=again[0].number))
        store.add_drafts(orders)
    except StoreError as exc:  # the transaction was rolled back: the store's own sentence says why
        raise ImportFailedError(exc.message) from exc
    return orders


# --- one section -----------------------------------------------------------------------------

def _key(section: Section, path: str, folded: dict[str, str] | None = None) -> str:
    """The 1C name that carries `path` in this section ("" when none does)."""
    folded = _folded(section) if folded is None else folded
    for _, name in _FOLDED_KEYS.get(path, ()):
        if name in folded:
            return folded[name]
    return ""


def source_text(section: Section, path: str) -> str:
    """What the file says for the order's field `path` ("" when it says nothing)."""
    key = _key(section, path)
    return section.fields[key] if key else ""


def _line(section: Section, path: str, folded: dict[str, str] | None = None) -> int:
    key = _key(section, path, folded)
    return section.line_of(key) if key else section.first_line


def _folded(section: Section) -> dict[str, str]:
    return section.folded_names()


@dataclass(frozen=True)
class _Layout:
    """Where a section with these field names (in this order) gives each of the order's fields."""

    single_paths: tuple[str, ...]  # the order's fields the section gives under one name
    single_values: Callable[[dict[str, str]], tuple[str, ...]]  # their values, from the section's fields
    absent: dict[str, str]  # the fields it does not give, each as ""


@functools.lru_cache(maxsize=64)  # the sections of a file give the same names, in the same order
def _layout(names: tuple[str, ...]) -> _Layout:
    given: dict[str, list[str]] = {}
    for folded, name in {name.casefold(): name for name in names}.items():  # as Section.folded_names
        path = _PATH_OF.get(folded)
        if path is not None:
            given.setdefault(path, []).append(name)
    single = {path: found[0] for path, found in given.items() if len(found) == 1}
    return _Layout(single_paths=tuple(single), single_values=_values_of(tuple(single.values())),
                   absent=dict.fromkeys((path for path in FIELD_KEYS if path not in given), ""))


def _values_of(names: tuple[str, ...]) -> Callable[[dict[str, str]], tuple[str, ...]]:
    """What reads these names' values out of a section's fields, as a tuple (operator.itemgetter's, for 2 or more)."""
    if len(names) > 1:
        return operator.itemgetter(*names)
    return lambda fields: tuple(fields[name] for name in names)


class _SectionReader:
    """One section of the file read field by field; every problem kept with the line it comes from."""

    def __init__(self, index: int, section: Section) -> None:
        self.index = index
        self.section = section
        self.folded = _folded(section)
        self.problems: dict[str, ImportProblem] = {}
        self.warnings: dict[str, ImportProblem] = {}
        layout = _layout(tuple(section.fields))
        # A field given under one name (or none) cannot disagree with another: read at once. The others
        # are read when asked for, as their disagreement is a problem, told in the order fields are read.
        self._values = dict(zip(layout.single_paths, map(str.strip, layout.single_values(section.fields)), strict=True))
        self._values.update(layout.absent)

    def value(self, path: str) -> str:
        """The field's value; when two of its 1C names disagree, that is a problem of its own."""
        known = self._values.get(path)
        if known is None:
            known = self._values[path] = self._read(path)
        return known

    def _read(self, path: str) -> str:
        section, folded = self.section, self.folded
        present = [(name, folded[key]) for name, key in _FOLDED_KEYS.get(path, ()) if key in folded]
        # An empty alias beside a filled one (ПлательщикИИН= next to ПлательщикБИН=…) says nothing: no conflict.
        found = [(name, key) for name, key in present if section.fields[key].strip()] or present
        values = {section.fields[key].strip() for _, key in found}
        if len(values) > 1:
            (_, first), (_, second) = found[0], found[1]
            self.problem(path, _message(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} gives {key}={value}, but line {first_line} gives {first_key}={first_value}; "
                "which one is meant cannot be told."),
                line=section.line_of(second), key=second, value=section.fields[second].strip(),
                first_line=section.line_of(first), first_key=first, first_value=section.fields[first].strip()),
                key=second)
        return section.fields[found[0][1]].strip() if found else ""

    def _at(self, path: str, message: Message, key: str | None) -> ImportProblem:
        key = _key(self.section, path, self.folded) if key is None else key
        line = self.section.line_of(key) if key else self.section.first_line
        return ImportProblem(self.index, path, line, message, key)

    def problem(self, path: str, message: Message, key: str | None = None) -> None:
        if path not in self.problems:
            self.problems[path] = self._at(path, message, key)

    def warning(self, path: str, message: Message) -> None:
        """Something to check that does not stop the import (a field with a problem says that instead)."""
        if path not in self.problems and path not in self.warnings:
            self.warnings[path] = self._at(path, message, None)

    def result(self, order: PaymentOrder | None) -> ImportedOrder:
        return ImportedOrder(self.index, self.section, order, _by_line(self.problems),
                             warnings=_by_line(self.warnings) if order is not None else [])


def _by_line(found: dict[str, ImportProblem]) -> list[ImportProblem]:
    return sorted(found.values(), key=lambda p: p.line)


def _read_dates(reader: _SectionReader, today: date) -> tuple[date | None, date | None]:
    """The document's date and the value date (today or the document's date when the file gives none)."""
    document_date = _date(reader.value("date"))
    if document_date is None:
        given = reader.value("date")
        reader.problem("date", _message(QT_TRANSLATE_NOOP(
            "Exchange", "The document's date \"{value}\" is not a date like 20.11.2026."), value=given)
            if given else _message(QT_TRANSLATE_NOOP("Exchange", "The order has no document date ({key})."),
                                   key=FIELD_KEYS["date"][0]))
    value_date_text = reader.value("value_date")
    value_date = _date(value_date_text) if value_date_text else max(document_date or today, today)
    if value_date is None:
        reader.problem("value_date", _message(QT_TRANSLATE_NOOP(
            "Exchange", "The value date \"{value}\" is not a date like 20.11.2026."), value=value_date_text))
    return document_date, value_date


def _fund_paid(facts: KindFacts, knp: str, iban: str, bic: str) -> FundFacts | None:
    """The fund an order pays contributions to (its KNP is the fund's, and so is its IIK or BIC), or None."""
    for fund in facts.funds.values():
        if knp.strip() in fund.knps and (compact_iban(iban) == fund.iik or bic.strip().upper() == fund.bic):
            return fund
    return None


def _read_order(reader: _SectionReader, payer: Party, *, today: date, facts: KindFacts) -> PaymentOrder:
    """The order the section describes (a budget payment when it gives a KBK), dated today where it gives no date."""
    value, section = reader.value, reader.section
    beneficiary_iban = value("beneficiary.iban")
    beneficiary_bic = value("beneficiary.bic")
    if not beneficiary_bic:  # as the editor does: the IIK names its bank
        bank = bank_for_iban(beneficiary_iban)
        beneficiary_bic = bank.bic if bank else ""
    purpose = value("purpose") or " ".join(
        section.fields[k].strip() for k in _PURPOSE_LINES if k in section.fields and section.fields[k].strip())
    kbk = value("kbk")
    fund = None if kbk else _fund_paid(facts, value("knp"), beneficiary_iban, beneficiary_bic)
    kind = BUDGET.key if kbk else fund.code if fund is not None else PAYMENT.key
    order = PaymentOrder.new(payer, value("number"), today=today, kind=kind)
    if kbk:
        order.details = BudgetDetails(kbk=kbk)
    elif fund is not None:  # contributions: a draft of their kind whose registry the clerk fills in the editor
        order.details = RegistryDetails()
    order.amount = value("amount")
    order.beneficiary = Party(name=value("beneficiary.name"), bin=value("beneficiary.bin"), iban=beneficiary_iban,
                              bic=beneficiary_bic, code=value("beneficiary.code"))
    order.knp = value("knp")
    order.purpose = purpose
    order.actual_payer, order.actual_beneficiary = (
        ActualParty(name=value(name), bin=value(bin_), country=value(country)) for name, bin_, country in _ACTUAL_PATHS)
    return order


def _check_payer(reader: _SectionReader, order: PaymentOrder, *, company_bin: str, accounts: dict[str, Account],
                 memo: dict[tuple[str, ...], Any]) -> None:
    """The payer's IIK is one of the company's tenge accounts, its BIN the company's, its BIC the IIK's bank."""
    payer_iban = order.payer.iban
    if payer_iban and "payer.iban" not in reader.problems:
        account = accounts.get(payer_iban)
        if accounts and account is None:
            reader.problem("payer.iban", _message(QT_TRANSLATE_NOOP(
                "Exchange", "The payer's IIK {iban} is not one of your company's accounts at this bank."),
                iban=payer_iban))
        elif account is not None:
            mismatch = _memo(memo, ("account", payer_iban), lambda: check_payer_iban(payer_iban, CURRENCY, account))
            if mismatch is not None:
                reader.problem("payer.iban", mismatch)
    payer_bin = reader.value("payer.bin")
    if payer_bin and payer_bin != company_bin:
        reader.problem("payer.bin", check_iin_bin(payer_bin, PAYER) or _message(QT_TRANSLATE_NOOP(
            "Exchange", "The payer's BIN {bin} is not your company's BIN {company_bin}: the order was made for "
            "another company."), bin=payer_bin, company_bin=company_bin))
    payer_bic = reader.value("payer.bic")
    if payer_bic:
        mismatch = _memo(memo, ("bic", payer_bic, payer_iban), lambda: check_bic(payer_bic, payer_iban))
        if mismatch is not None:
            reader.problem("payer.bic", mismatch)
    payer_code = check_kod(order.payer.code)
    if payer_code is not None:
        reader.problem("payer.code", payer_code)


def _map_section(index: int, section: Section, *, company_name: str, company_bin: str,
                 accounts: dict[str, Account], today: date, memo: dict[tuple[str, ...], Any]) -> ImportedOrder:
    """`memo` keeps the checks of the payer's IIK and BIC, which repeat in every order of a file."""
    reader = _SectionReader(index, section)
    if section.kind != PAYMENT_ORDER_KIND:
        reader.problem("kind", _message(QT_TRANSLATE_NOOP(
            "Exchange", "Document {number} of the file is a \"{kind}\"; only payment orders ({payment_order}) are "
            "imported. Salary payments have a document type of their own."),
            number=index + 1, kind=section.kind, payment_order=PAYMENT_ORDER_KIND), key="")
        return ImportedOrder(index, section, None, list(reader.problems.values()))

    value = reader.value
    value("number")  # read first, as the file gives it: its own problems come first
    document_date, value_date = _read_dates(reader, today)
    currency = value("currency").upper() or CURRENCY
    if currency not in _TENGE:
        reader.problem("currency", _message(QT_TRANSLATE_NOOP(
            "Exchange", "The order is in {currency}; only tenge (KZT) payment orders can be imported."),
            currency=currency))
    payer_iban = compact_iban(value("payer.iban"))
    payer_bank = _memo(memo, ("bank", payer_iban), lambda: bank_for_iban(payer_iban)) if payer_iban else None
    payer = Party(name=company_name, bin=company_bin, iban=payer_iban, bic=payer_bank.bic if payer_bank else "",
                  code=value("payer.code") or DEFAULT_PAYER_CODE)
    facts = _memo(memo, ("facts",), load_kind_facts)  # the editor's rules of budget payments and contributions
    order = _read_order(reader, payer, today=today, facts=facts)
    order.date = document_date or today
    order.value_date = value_date or today

    # The balance is not checked: a draft is paid later, and the balance is checked when it is signed.
    contributions = isinstance(order.details, RegistryDetails)
    for path, message in validate_payment_order(order, None, today=today,
                                                facts=facts if order.kind != PAYMENT.key else None).items():
        if path == "value_date" and (document_date is None or value_date is None):
            continue  # the date itself is the problem, already told
        if contributions and path.startswith("registry"):
            continue  # 1C sends no registry: the clerk fills it in the draft before signing
        reader.problem(path, message)
    _check_payer(reader, order, company_bin=company_bin, accounts=accounts, memo=memo)
    if isinstance(order.details, BudgetDetails):
        for path, message in budget_warnings(order.details.kbk.strip(), order.knp.strip(),
                                             order.beneficiary.bin.strip(), facts).items():
            reader.warning(path, message)
    return reader.result(order)


def _memo(memo: dict[tuple[str, ...], Any], key: tuple[str, ...], compute: Callable[[], Any]) -> Any:
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _date(text: str) -> date | None:
    dotted = _DOTTED_DATE.fullmatch(text.strip())
    if dotted is not None:  # the usual form, without strptime's cost
        day, month, year = (int(part) for part in dotted.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for form in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


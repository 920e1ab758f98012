"""Realistic statements for the statement window's tests and bench, and a bank stand-in that pages them.

Lines look like a Kazakh company's year: customers paying, suppliers, salary, taxes, bank fees,
currency sales; counterparties and purposes repeat as they do in a real statement.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from schwifty import IBAN

from bsclient.client.models import Account
from bsclient.client.statements.statement import Counterparty, Statement, StatementLine
from tests.helpers.workplace import ACCOUNTS, PAYER_IIK, StandInBank

_BANKS = (("601", "HSBKKZKX", "АО «Народный Банк Казахстана»"), ("722", "CASPKZKA", "АО «Kaspi Bank»"),
          ("856", "KCJBKZKX", "АО «Банк ЦентрКредит»"), ("998", "TSESKZKA", "АО «First Heartland Jusan Bank»"),
          ("926", "ALFAKZKA", "АО «Altyn Bank»"))
_CUSTOMERS = ("ТОО «Астана Логистик»", "ТОО «Алматы Строй Сервис»", "ИП Сейткалиев А.Б.", "ТОО «KazAgro Trade»",
              "АО «Шымкентская пивоварня»", "ТОО «Караганда Уголь Снаб»", "ТОО «Жетысу Фарм»",
              "ТОО «Атырау Ойл Сервис Компани Лимитед»", "ИП Ким Е.В.", "ТОО «Павлодар Металл Трейд»")
_SUPPLIERS = ("АО «Казахтелеком»", "ТОО «Алматы Энерго Сбыт»", "ТОО «Офис Маркет»", "ТОО «Кар Сервис Плюс»",
              "АО «КазТрансГаз Аймак»", "ТОО «Bi Group Facility»")
_TAX_OFFICE = "РГУ «Управление государственных доходов по Алмалинскому району»"


def _party(rnd: random.Random, name: str, number: int) -> Counterparty:
    code, bic, bank_name = rnd.choice(_BANKS)
    iban = IBAN.generate("KZ", bank_code=code, account_code=f"{number:013d}").compact
    return Counterparty(name=name, bin=f"{(number * 7919) % 10**12:012d}", iban=iban, bic=bic, bank_name=bank_name)


def make_statement(count: int, *, iban: str = PAYER_IIK, date_from: date = date(2025, 1, 1),
                   date_to: date = date(2025, 12, 31), opening: Decimal = Decimal("48250000.00"),
                   own_documents: dict[int, str] | None = None, seed: int = 5) -> Statement:
    """A statement of `count` lines spread over the period; `own_documents` maps line positions to our ids."""
    rnd = random.Random(seed)
    customers = [_party(rnd, name, 100 + i) for i, name in enumerate(_CUSTOMERS)]
    suppliers = [_party(rnd, name, 300 + i) for i, name in enumerate(_SUPPLIERS)]
    staff = [_party(rnd, f"{surname} {initials}", 500 + i) for i, (surname, initials) in enumerate(
        (("Ахметова", "А.С."), ("Нурланов", "Е.К."), ("Иванов", "П.П."), ("Сулейменова", "Д.М.")))]
    tax = Counterparty(_TAX_OFFICE, "981240001234", "KZ24070105KSN0000000", "KKMFKZ2A", "РГУ «Комитет казначейства МФ РК»")
    fee = Counterparty("АО «Народный Банк Казахстана»", "940140000385", "KZ596010000000000001", "HSBKKZKX",
                       "АО «Народный Банк Казахстана»")
    fx = Counterparty("АО «Народный Банк Казахстана» (конвертация)", "940140000385", "KZ916010000000000002",
                      "HSBKKZKX", "АО «Народный Банк Казахстана»")
    own_documents = own_documents or {}
    zero = Decimal(0)
    purposes: dict[str, str] = {}  # equal purposes one object, as the client's reader holds them
    days = (date_to - date_from).days + 1
    lines: list[StatementLine] = []
    balance = opening
    for i in range(count):
        day = date_from + timedelta(days=i * days // max(count, 1))
        kind = rnd.random() if i not in own_documents else 0.5  # our own orders are payments out
        number = str(1000 + i)
        if kind < 0.45:
            party, knp = rnd.choice(customers), "710"
            purpose = f"Оплата по счету на оплату №{rnd.randint(1, 4000)} от {day:%d.%m.%Y} за товары, в т.ч. НДС 12%"
            debit, credit = zero, Decimal(rnd.randint(50_000, 140_000_000)) / 100
        elif kind < 0.75:
            party, knp = rnd.choice(suppliers), "859"
            purpose = f"Оплата по договору №{rnd.randint(1, 90)}-У за услуги, в т.ч. НДС 12%"
            debit, credit = Decimal(rnd.randint(10_000, 90_000_000)) / 100, zero
        elif kind < 0.85:
            party, knp = rnd.choice(staff), "311"
            purpose = f"Заработная плата за {day:%m.%Y}"
            debit, credit = Decimal(rnd.randint(25_000_000, 95_000_000)) / 100, zero
        elif kind < 0.92:
            party, knp = tax, "911"
            purpose = "Корпоративный подоходный налог, авансовый платеж"
            debit, credit = Decimal(rnd.randint(1_000_000, 40_000_000)) / 100, zero
        elif kind < 0.98:
            party, knp = fee, "840"
            purpose = "Комиссия банка за платеж"
            debit, credit = Decimal(rnd.choice((15000, 35000, 50000))) / 100, zero
        else:
            party, knp = fx, "213"
            purpose = "Продажа иностранной валюты USD 1 000,00 по курсу 512,40"
            debit, credit = zero, Decimal("512400.00")
        purpose = purposes.setdefault(purpose, purpose)
        if balance - debit < 0:  # a real account does not go below zero here: make it an incoming payment
            debit, credit = zero, debit
        balance += credit - debit
        lines.append(StatementLine(id=f"L{i + 1:07d}", date=day, number=number, counterparty=party, knp=knp,
                                   purpose=purpose, debit=debit, credit=credit, document_id=own_documents.get(i)))
    total_debit = sum((line.debit for line in lines), Decimal(0))
    total_credit = sum((line.credit for line in lines), Decimal(0))
    return Statement(iban=iban, currency="KZT", date_from=date_from, date_to=date_to, opening_balance=opening,
                     closing_balance=opening + total_credit - total_debit, total_debit=total_debit,
                     total_credit=total_credit, lines=tuple(lines))


def wire_line(line: StatementLine) -> dict:
    party = line.counterparty
    return {"id": line.id, "date": line.date.isoformat(), "number": line.number,
            "counterparty": {"name": party.name, "bin": party.bin, "iban": party.iban, "bic": party.bic,
                             "bank_name": party.bank_name},
            "knp": line.knp, "purpose": line.purpose, "debit": f"{line.debit:.2f}", "credit": f"{line.credit:.2f}",
            "document_id": line.document_id}


class StatementBank(StandInBank):
    """Pages `statement` as the wire does. `gate` (a threading.Event), when set, holds each page until set."""

    def __init__(self, statement: Statement, *, accounts: list[Account] | None = None) -> None:
        super().__init__()
        self.statement = statement
        self.account_list = accounts or list(ACCOUNTS)
        self.asked: list[tuple[str, date, date]] = []
        self.gate = None
        self.pages_served = 0
        # the period's lines and turnovers, kept between pages: summing a whole year for each page would
        # cost the stand-in more than the client's reading it measures
        self._period_of: tuple[Statement | None, date | None, date | None] = (None, None, None)
        self._period: tuple[list[StatementLine], Decimal, Decimal] = ([], Decimal(0), Decimal(0))

    def accounts(self) -> list[Account]:
        return list(self.account_list)

    def statement_page(self, iban: str, date_from: date, date_to: date, *, after: str | None = None,
                       limit: int = 5000) -> dict:
        if self.gate is not None:
            self.gate.wait(30)
        self.asked.append((iban, date_from, date_to))
        s = self.statement
        kept, kept_from, kept_to = self._period_of
        if kept is not s or (kept_from, kept_to) != (date_from, date_to):
            lines = [line for line in s.lines if date_from <= line.date <= date_to] \
                if (date_from, date_to) != (s.date_from, s.date_to) else list(s.lines)
            self._period_of = (s, date_from, date_to)
            self._period = (lines, sum((line.debit for line in lines), Decimal(0)),
                            sum((line.credit for line in lines), Decimal(0)))
        lines, debit, credit = self._period
        start = int(after) if after else 0
        page = lines[start:start + limit]
        self.pages_served += 1
        end = start + len(page)
        return {"iban": iban, "currency": s.currency, "from": date_from.isoformat(), "to": date_to.isoformat(),
                "opening_balance": f"{s.opening_balance:.2f}",
                "closing_balance": f"{s.opening_balance + credit - debit:.2f}",
                "total_debit": f"{debit:.2f}", "total_credit": f"{credit:.2f}",
                "lines": [wire_line(line) for line in page], "next": str(end) if end < len(lines) else None}

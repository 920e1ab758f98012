"""Statements made in the test, with the awkward text real ones carry (Kazakh letters, quotes,
separators, line breaks, very long purposes), for the export and PDF tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bsclient.client.statements.statement import Counterparty, Statement, StatementLine

COMPANY = {"company_name": "ТОО «Дала Трейд»", "company_bin": "190540012340"}
BANK_BIC = "TSESKZKA"
KAZAKH = Counterparty("ИП Әбдірахманов Қ.Ө.", "880314400123", "KZ786011234567890123", "HSBKKZKX",
                      'АО "Народный Банк Казахстана"')
QUOTED = Counterparty('ТОО "Жибек Жолы; Логистикс"', "150640012345", "KZ86998KZT5004100100", "TSESKZKA",
                      'АО "First Heartland Jusan Bank"')
BUDGET = Counterparty("НАО «Государственная корпорация «Правительство для граждан»", "160440007161",
                      "KZ12009NPS0413609816", "GCVPKZ2A", "")
PURPOSES = (
    "Шот-фактура № 3956 бойынша азық-түлік үшін төлем, оның ішінде ҚҚС 12% - 25 863,14",
    '-начинается с дефиса; "кавычки", точка с запятой; знак = внутри',
    ":начинается с двоеточия\nи переносом строки",
    "Оплата по договору поставки № 17-П от 01.11.2026 за строительные материалы, в т.ч. НДС 12% " * 4,
)


def sample_statement(days: int = 3, per_day: int = 4, *, first: dt.date = dt.date(2026, 11, 2),
                     opening: Decimal = Decimal("1000000.00")) -> Statement:
    lines: list[StatementLine] = []
    parties = (KAZAKH, QUOTED, BUDGET)
    number = 0
    for day in range(days):
        for _ in range(per_day):
            number += 1
            amount = Decimal(1000 + number * 137) + Decimal(number % 100) / 100
            debit = amount if number % 3 == 0 else Decimal(0)
            lines.append(StatementLine(
                id=f"H{number:010d}", date=first + dt.timedelta(days=day), number=str(number),
                counterparty=parties[number % 3], knp="710" if number % 3 else "010",
                purpose=PURPOSES[number % len(PURPOSES)], debit=debit, credit=Decimal(0) if debit else amount,
                document_id=f"0b0e6c0e-2f6e-4d43-9e48-{number:012d}" if number % 5 == 0 else None))
    debit = sum((line.debit for line in lines), Decimal(0))
    credit = sum((line.credit for line in lines), Decimal(0))
    return Statement("KZ299989340728011556", "KZT", first, first + dt.timedelta(days=max(days - 1, 0)),
                     opening, opening + credit - debit, debit, credit, tuple(lines))

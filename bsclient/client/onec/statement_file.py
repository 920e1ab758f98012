"""A bank statement in the 1C exchange format (what a bank, or 1C itself, writes about past
operations) read for viewing in the statement window: never turned into orders to pay.

The account and its balances come from the account section (`СекцияРасчСчет`), else from the
header; each document section is one line, a debit when it says money left (`СуммаРасход`,
`ДатаСписано`, or the account is the payer's) and a credit otherwise. Turnovers missing from the
file are the lines' sums; a missing closing balance is computed from them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from bsclient.client.onec.parser import (
    ExchangeFile,
    ExchangeFormatError,
    Section,
    parse_exchange_file,
    read_exchange_file,
)
from bsclient.client.statements.statement import Counterparty, Statement, StatementLine
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules import ValidationError, compact_iban, parse_amount

_ZERO = Decimal("0.00")
# Each side's fields, by the names 1C and Kazakh banks write (matched without regard to case).
_SIDE_KEYS = {
    "name": ("Наименование", "1", ""),
    "bin": ("БИН_ИИН", "БИН", "ИИН"),
    "iban": ("ИИК", "Счет", "РасчСчет"),
    "bic": ("БанкБИК", "БИК"),
    "bank_name": ("БанкНаименование", "Банк1"),
}


def _error(source: str, **params: object) -> ExchangeFormatError:
    return ExchangeFormatError(Message("Exchange", source, params))


def read_statement_file(path: Path) -> Statement:
    """The statement `path` holds; ExchangeFormatError (or ExchangeReadError) when it cannot be read as one."""
    return statement_of(parse_exchange_file(read_exchange_file(path)))


def statement_of(exchange: ExchangeFile) -> Statement:
    account = exchange.accounts[0].fields if exchange.accounts else {}
    header = {**exchange.header, **account}
    iban = compact_iban(_get(header, "РасчСчет"))
    if not iban:
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "The statement names no account (РасчСчет): it cannot be shown."))
    lines = [_line(index, section, iban) for index, section in enumerate(exchange.documents)]
    total_debit = _amount_or(header, "ВсегоСписано", sum((line.debit for line in lines), _ZERO))
    total_credit = _amount_or(header, "ВсегоПоступило", sum((line.credit for line in lines), _ZERO))
    opening = _amount_or(header, "НачальныйОстаток", _ZERO)
    closing = _amount_or(header, "КонечныйОстаток", opening + total_credit - total_debit)
    days = [line.date for line in lines]
    first = _date(_get(header, "ДатаНачала")) or min(days, default=None)
    last = _date(_get(header, "ДатаКонца")) or max(days, default=None)
    if first is None or last is None:
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "The statement gives no period (ДатаНачала, ДатаКонца) and no lines: there is nothing to show."))
    currency = _get(header, "Валюта").upper()
    return Statement(iban=iban, currency="KZT" if currency in ("", "398") else currency, date_from=first,
                     date_to=last, opening_balance=opening, closing_balance=closing, total_debit=total_debit,
                     total_credit=total_credit, lines=tuple(lines))


def _get(fields: dict[str, str], key: str) -> str:
    wanted = key.casefold()
    return next((value.strip() for name, value in fields.items() if name.casefold() == wanted), "")


def _side(section: Section, role: str) -> Counterparty:
    values = [next((v for v in (_get(section.fields, role + suffix) for suffix in suffixes) if v), "")
              for suffixes in _SIDE_KEYS.values()]
    values[2] = compact_iban(values[2])
    return Counterparty(*values)


def _line(index: int, section: Section, iban: str) -> StatementLine:
    fields = section.fields
    spent, received = _get(fields, "СуммаРасход"), _get(fields, "СуммаПриход")
    payer = _side(section, "Плательщик")
    debit_side = bool(spent) or (not received and (bool(_get(fields, "ДатаСписано")) or payer.iban == iban))
    amount = _amount(section, "СуммаРасход" if spent else "СуммаПриход" if received else "Сумма")
    day = next((d for d in (_date(_get(fields, key)) for key in
                            ("ДатаСписано", "ДатаПоступило", "ДатаОперации", "ДатаДокумента", "Дата")) if d), None)
    if day is None:
        raise _error(QT_TRANSLATE_NOOP("Exchange", "The document on line {line} has no date like 20.11.2026."),
                     line=section.first_line)
    return StatementLine(
        id=_get(fields, "ИдентификаторСтроки") or f"1C{index + 1:06d}", date=day,
        number=_get(fields, "НомерДокумента") or _get(fields, "Номер"),
        counterparty=_side(section, "Получатель") if debit_side else payer,
        knp=_get(fields, "КодНазначенияПлатежа") or _get(fields, "КНП"), purpose=_get(fields, "НазначениеПлатежа"),
        debit=amount if debit_side else _ZERO, credit=_ZERO if debit_side else amount,
        document_id=_get(fields, "ИдентификаторДокумента") or None)


def _amount(section: Section, key: str) -> Decimal:
    text = _get(section.fields, key)
    try:
        return parse_amount(text)
    except ValidationError:
        raise _error(QT_TRANSLATE_NOOP("Exchange", "Line {line}: the amount \"{value}\" is not an amount like 1500.00."),
                     line=section.line_of(key) if key in section.fields else section.first_line, value=text) from None


def _amount_or(fields: dict[str, str], key: str, default: Decimal) -> Decimal:
    text = _get(fields, key)
    try:
        return Decimal(text.replace(" ", "").replace(",", ".")).quantize(_ZERO) if text else default
    except ArithmeticError:
        return default


def _date(text: str) -> date | None:
    for form in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None

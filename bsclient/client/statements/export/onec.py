"""The statement in the 1C "ClientBankExchange" format, as Kazakh banks give it to accounting software.

A header, an account section with the period's balances and turnovers (`СекцияРасчСчет` …
`КонецРасчСчет`), then one section per line of the kind a 1C loader picks documents by
(`СекцияДокумент=Платежное поручение`, the kind of every tenge line; `ВидДокумента` repeats it),
number, dates, payer and beneficiary (`Плательщик…`, `Получатель…`: our company on the side the
money left or arrived), `СуммаРасход` or `СуммаПриход`, KNP and purpose; `КонецФайла` closes it.

KZ-1048 by default (`Кодировка=Windows`): the Windows code page of Kazakh systems, which
1C:Бухгалтерия для Казахстана reads as "Windows" there; it is Windows-1251 with the Kazakh letters
added, so the letters (ә ғ қ ң ө ұ ү һ і) are kept. `encoding="utf-8"` writes UTF-8
(`Кодировка=UTF-8`), which keeps them too; `"cp1251"` and `"cp866"` (DOS) have no Kazakh letters:
they become the Russian letters 1C users type for them (а г к н о у у х и). Quotes inside values are doubled;
control characters and line or paragraph separators in a value become spaces (one field a line).
"""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

from bsclient.client.files import atomic_output
from bsclient.client.statements.export.text import one_line
from bsclient.client.statements.statement import Statement, StatementLine
from bsclient.formatting import day

FORMAT_VERSION = "1.03"
SENDER = "Internet-Client"
_ENCODING_WORDS = {"kz1048": "Windows", "cp1251": "Windows", "cp866": "DOS", "utf-8": "UTF-8"}
ENCODINGS = tuple(_ENCODING_WORDS)  # the first is the default
DOCUMENT_KIND = "Платежное поручение"
_KAZAKH_TO_RUSSIAN = dict(zip("әғқңөұүһӘҒҚҢӨҰҮҺіІ", "агкноуухАГКНОУУХиИ", strict=True))
_ERRORS = "bsclient-1c-kazakh"


def _replace_kazakh(error: UnicodeError) -> tuple[str, int]:
    """Called by the codec only for characters it cannot encode, so the common case stays fast."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start:error.end]
    return "".join(_KAZAKH_TO_RUSSIAN.get(char, "?") for char in run), error.end


codecs.register_error(_ERRORS, _replace_kazakh)


def write_1c_statement(statement: Statement, path: Path | str, *, company_name: str, company_bin: str,
                       bank_bic: str, encoding: str = ENCODINGS[0], now: datetime | None = None) -> None:
    codec = encoding.lower().replace("_", "-")
    codec = {"windows-1251": "cp1251", "utf8": "utf-8", "dos": "cp866", "kz-1048": "kz1048"}.get(codec, codec)
    if codec not in _ENCODING_WORDS:
        raise ValueError(f"encoding is one of {', '.join(ENCODINGS)}, not {encoding!r}")
    now = now or datetime.now()
    first, last = _date(statement.date_from), _date(statement.date_to)
    out = ["1CClientBankExchange", f"ВерсияФормата={FORMAT_VERSION}", f"Кодировка={_ENCODING_WORDS[codec]}",
           f"Отправитель={SENDER}", f"Получатель={company_name}", f"ДатаСоздания={now:%d.%m.%Y}",
           f"ВремяСоздания={now:%H:%M:%S}", f"ДатаНачала={first}", f"ДатаКонца={last}",
           f"РасчСчет={statement.iban}", "Документ=Выписка",
           "СекцияРасчСчет", f"ДатаНачала={first}", f"ДатаКонца={last}", f"РасчСчет={statement.iban}",
           f"Валюта={statement.currency}",
           f"НачальныйОстаток={statement.opening_balance:.2f}", f"ВсегоПоступило={statement.total_credit:.2f}",
           f"ВсегоСписано={statement.total_debit:.2f}", f"КонечныйОстаток={statement.closing_balance:.2f}",
           "КонецРасчСчет"]
    us = (company_name, company_bin, statement.iban, bank_bic, "")

    def encoded(items: list[str]) -> bytes:
        return "".join(one_line(item) + "\r\n" for item in items).encode(codec, errors=_ERRORS)

    with atomic_output(path) as file:
        file.write(encoded(out))
        for start in range(0, len(statement.lines), 1000):  # in slices: a year is tens of megabytes
            file.write(encoded([item for line in statement.lines[start:start + 1000]
                                for item in _document(line, us, statement.currency)]))
        file.write(encoded(["КонецФайла"]))


def _document(line: StatementLine, us: tuple[str, ...], currency: str) -> list[str]:
    party = line.counterparty
    them = (party.name, party.bin, party.iban, party.bic, party.bank_name)
    payer, beneficiary = (us, them) if line.debit else (them, us)
    day = _date(line.date)
    amount = line.debit or line.credit
    fields = [("ВидДокумента", DOCUMENT_KIND), ("НомерДокумента", line.number), ("ДатаДокумента", day),
              ("ДатаОперации", day), ("Сумма", f"{amount:.2f}"),
              ("СуммаРасход" if line.debit else "СуммаПриход", f"{amount:.2f}"),
              ("ДатаСписано" if line.debit else "ДатаПоступило", day), ("Валюта", currency)]
    for role, (name, bin_, iban, bic, bank) in (("Плательщик", payer), ("Получатель", beneficiary)):
        fields += [(f"{role}Наименование", name), (f"{role}БИН_ИИН", bin_), (f"{role}ИИК", iban),
                   (f"{role}БанкБИК", bic)]
        if bank:
            fields.append((f"{role}БанкНаименование", bank))
    fields += [("КодНазначенияПлатежа", line.knp), ("НазначениеПлатежа", line.purpose),
               ("ИдентификаторСтроки", line.id)]
    if line.document_id:
        fields.append(("ИдентификаторДокумента", line.document_id))
    return [f"СекцияДокумент={DOCUMENT_KIND}", *(f"{key}={_quoted(value)}" for key, value in fields), "КонецДокумента"]


def _date(value: date) -> str:
    return day(value)


def _quoted(value: str) -> str:
    return value.replace('"', '""')

"""The statement as SWIFT MT940: one statement message per booking day, with that day's balances.

`:20:` reference, `:25:` account, `:28C:` sequence number, `:60F:` the day's opening balance,
`:61:` and `:86:` per line, `:62F:` the day's closing balance, `:64:` the closing available
balance. In `:61:` the customer reference is our document number and the bank reference the
bank's line id. `:86:` carries the counterparty and the purpose in tagged parts: /NAME/, /BIN/,
/IIK/, /KNP/, /PURP/, then /BIC/ and /REF/ with our document's id when the line is ours. The field
holds 6 lines of 65 characters: the purpose comes before the parts that can be looked up
elsewhere, and a text that still does not fit ends with "..." so that a reader sees it was cut.

By default text is transliterated to the SWIFT character set (Latin letters, digits and
/-?:().,'+ and space), which every MT940 reader accepts; `charset="utf-8"` keeps Cyrillic and
Kazakh letters for readers that take them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from bsclient.client.files import atomic_output
from bsclient.client.statements.export.text import one_line
from bsclient.client.statements.statement import Statement, StatementLine

LINE_WIDTH = 65
NARRATIVE_LINES = 6
REFERENCE_WIDTH = 16
CUT_MARK = "..."
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # signs outside the SWIFT set
    "«": "'", "»": "'", "\"": "'", "№": "N", "%": " PCT", "&": "+", ";": ",", "_": "-", "=": "-", "*": ".",
    "—": "-", "–": "-", "!": ".", "<": "(", ">": ")", "[": "(", "]": ")", "\\": "/", "#": "N",
}
# Both cases: Ж → Zh, ж → zh.
_TO_SWIFT = str.maketrans({**{char: latin for char, latin in _TRANSLIT.items()},
                           **{char.upper(): latin.capitalize() for char, latin in _TRANSLIT.items()
                              if char.upper() != char}})
_OUTSIDE_SWIFT = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")


def write_mt940(statement: Statement, path: Path | str, *, company_name: str, company_bin: str, bank_bic: str,
                charset: str = "swift") -> None:
    if charset not in ("swift", "utf-8"):
        raise ValueError(f"charset is 'swift' or 'utf-8', not {charset!r}")
    text = _Text(charset)
    encoding = "utf-8" if charset == "utf-8" else "ascii"
    with atomic_output(path) as file:
        for chunk in _messages(statement, text, company_name, company_bin, bank_bic):
            file.write(("\r\n".join(chunk) + "\r\n").encode(encoding))


def _messages(statement: Statement, text: _Text, company_name: str, company_bin: str,
              bank_bic: str) -> Iterator[list[str]]:
    """The statement messages, one per day with movement (or one for a period without any)."""
    days = [(day, list(lines)) for day, lines in groupby(statement.lines, key=lambda line: line.date)]
    if not days:  # a period without movement still says its balance
        days = [(statement.date_to, [])]
    balance = statement.opening_balance
    for sequence, (day, lines) in enumerate(days, start=1):
        closing = balance + sum((line.credit - line.debit for line in lines), Decimal(0))
        out = [f":20:{_reference(statement.date_from, sequence)}",
               f":25:{statement.iban}",
               f":28C:{sequence:05d}/001",
               f":60F:{_balance(balance, day, statement.currency)}"]
        for line in lines:
            out += _transaction(line, text)
        owner = _wrap(text.clean(f"/ACCOUNT OWNER/{company_name} /BIN/{company_bin} /BANK/{bank_bic}"))
        out += [f":62F:{_balance(closing, day, statement.currency)}",
                f":64:{_balance(closing, day, statement.currency)}",
                ":86:" + owner[0], *owner[1:],
                "-"]
        balance = closing
        yield out


def _reference(first: date, sequence: int) -> str:
    return f"ST{first:%y%m%d}N{sequence:05d}"[:REFERENCE_WIDTH]


def _amount(value: Decimal) -> str:
    return f"{abs(value):.2f}".replace(".", ",")


def _balance(value: Decimal, day: date, currency: str) -> str:
    return f"{'D' if value < 0 else 'C'}{day:%y%m%d}{currency}{_amount(value)}"


def _transaction(line: StatementLine, text: _Text) -> list[str]:
    sign, amount = ("D", line.debit) if line.debit else ("C", line.credit)
    reference = _ref16(text.clean(line.number)) or "NONREF"
    party = line.counterparty
    parts = [f"/NAME/{party.name}", f"/BIN/{party.bin}" if party.bin else "", f"/IIK/{party.iban}",
             f"/KNP/{line.knp}", f"/PURP/{line.purpose}",
             f"/BIC/{party.bic}", f"/REF/{line.document_id}" if line.document_id else ""]
    narrative = _wrap(text.clean(" ".join(part for part in parts if part)))
    return [f":61:{line.date:%y%m%d}{line.date:%m%d}{sign}{_amount(amount)}NTRF{reference}//{_ref16(line.id)}",
            ":86:" + narrative[0], *narrative[1:]]


def _ref16(value: str) -> str:
    # "//" separates the two references in :61:, so a reference never holds it
    return re.sub(r"/{2,}", "/", re.sub(r"[^A-Za-z0-9/\-.]", "", value))[:REFERENCE_WIDTH].strip("/")


def _wrap(narrative: str) -> list[str]:
    """At most 6 lines of 65 characters (the first after ':86:'), the last ending with "..." when
    the text had to be cut; none may begin with ':' or '-'."""
    lines: list[str] = []
    rest = narrative
    width = LINE_WIDTH - 4
    lead = ""
    while rest and len(lines) < NARRATIVE_LINES:
        room = width - len(lead)
        piece = rest[:room]
        if len(rest) > room and " " in piece[room // 2:]:
            piece = piece[:piece.rindex(" ")]  # break at a space when one is near the end
        # A line may not begin with ':' or '-' (a reader takes it for a new field or the end): break at an
        # earlier space; where there is none (a run of dashes), the next line leads with a space. The text's
        # own characters never change.
        while rest[len(piece):].lstrip(" ").startswith((":", "-")) and " " in piece[1:]:
            piece = piece[:piece.rindex(" ")]
        rest = rest[len(piece):].lstrip(" ")
        lines.append(lead + piece)
        lead = " " if rest.startswith((":", "-")) else ""
        width = LINE_WIDTH
    if rest:  # cut: the last line ends with the mark, within its width
        width = LINE_WIDTH - (4 if len(lines) == 1 else 0) - len(CUT_MARK)
        lines[-1] = lines[-1][:width].rstrip(" ") + CUT_MARK
    # Only the narrative's own first character can still lead with ':' or '-' (after ':86:', harmless).
    return lines or [""]


class _Text:
    def __init__(self, charset: str) -> None:
        self._swift = charset == "swift"

    def clean(self, value: str) -> str:
        value = one_line(value)
        if not self._swift:
            return value
        return _OUTSIDE_SWIFT.sub("", value.translate(_TO_SWIFT))

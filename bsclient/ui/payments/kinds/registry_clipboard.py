"""Registry cells on the clipboard as spreadsheets put them there: columns separated by TAB, lines by
CR LF or LF, a cell holding a TAB, a line break or a quote in double quotes (Excel, LibreOffice)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence


def read_cells(text: str) -> list[list[str]]:
    """The lines and cells of tab-separated `text`; empty lines at the end are left out (they hold
    nothing), an empty line in between stays (a line of empty cells)."""
    lines = [line or [""] for line in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]
    while lines and not any(cell.strip() for cell in lines[-1]):
        lines.pop()
    return lines


def write_cells(lines: Iterable[Sequence[str]]) -> str:
    """`lines` as a spreadsheet reads them from the clipboard: TAB between cells, CR LF after each line."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(lines)
    return out.getvalue()


def is_header(line: Sequence[str], titles: set[str]) -> bool:
    """True when every filled cell of `line` is a column's title (`titles` folded with `folded`)."""
    filled = [cell for cell in line if cell.strip()]
    return bool(filled) and all(folded(cell) in titles for cell in filled)


def folded(title: str) -> str:
    return " ".join(title.split()).casefold()

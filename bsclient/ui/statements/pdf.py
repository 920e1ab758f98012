"""The statement as a PDF for people: A4 landscape, a header with the company, the account, the period,
balances and turnovers, a table of the lines that continues over pages with its column titles,
and "Page N of M" on every page.

Painted with QPdfWriter (not a widget): it may run on a worker thread while a QGuiApplication
exists. The header is a QTextDocument; the table rows are painted directly, because laying out
tens of thousands of rows as one rich-text table would take minutes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QFileDevice,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from bsclient.client.files import atomic_output
from bsclient.client.statements.statement import Statement, StatementLine
from bsclient.formatting import day
from bsclient.ui.widgets.amount_text import format_money

RESOLUTION = 300  # device pixels per inch
MARGIN_MM = 10
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Arial", "Liberation Sans"]  # with Cyrillic and Kazakh letters
BODY_POINTS = 7.5
SMALL_POINTS = 6.5
PURPOSE_LINES = 3
NAME_LINES = 2
CELL_PADDING_MM = 1.1
STRIPE = QColor(242, 244, 247)
RULE = QColor(160, 166, 175)
INK = QColor(20, 24, 31)
MUTED = QColor(90, 96, 106)


# Every text is written out as translate("StatementPdf", "…"), which lupdate collects.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Column:
    title: str
    share: float           # of the table's width
    align: Qt.AlignmentFlag


@dataclass
class _Row:
    cells: list[list[str]]  # per column, its lines
    height: float
    name_lines: int         # the counterparty's name; its IIN/BIN, IIK and bank follow, smaller


def write_statement_pdf(statement: Statement, path: Path | str, *, company_name: str, company_bin: str,
                        bank_name: str, locale: QLocale | None = None, printed_at: datetime | None = None) -> None:
    """Write `statement` as a PDF to `path` (written beside it first, so a failure leaves no half file)."""
    document = _Document(statement, company_name=company_name, company_bin=company_bin, bank_name=bank_name,
                         locale=locale or QLocale(), printed_at=printed_at or datetime.now())
    with atomic_output(path) as file:
        device = QFile()  # Qt writes through the file's own descriptor, which atomic_output then syncs
        if not device.open(file.fileno(), QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle):
            raise OSError(f"cannot write the PDF file {path}: {device.errorString()}")
        try:
            document.write(device, Path(path))
        finally:
            device.close()  # flushes Qt's buffer; the descriptor stays atomic_output's


class _Document:
    def __init__(self, statement: Statement, *, company_name: str, company_bin: str, bank_name: str,
                 locale: QLocale, printed_at: datetime) -> None:
        self.statement = statement
        self.company_name, self.company_bin, self.bank_name = company_name, company_bin, bank_name
        self.locale = locale
        self.printed_at = printed_at
        self.columns = [
            _Column(translate("StatementPdf", "Date"), 0.07, Qt.AlignmentFlag.AlignLeft),
            _Column(translate("StatementPdf", "No."), 0.05, Qt.AlignmentFlag.AlignLeft),
            _Column(translate("StatementPdf", "Counterparty, IIN/BIN, IIK, bank"), 0.27,
                    Qt.AlignmentFlag.AlignLeft),
            _Column(translate("StatementPdf", "KNP"), 0.035, Qt.AlignmentFlag.AlignLeft),
            _Column(translate("StatementPdf", "Purpose of payment"), 0.375, Qt.AlignmentFlag.AlignLeft),
            _Column(translate("StatementPdf", "Debit"), 0.1, Qt.AlignmentFlag.AlignRight),
            _Column(translate("StatementPdf", "Credit"), 0.1, Qt.AlignmentFlag.AlignRight),
        ]

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.locale)

    def day(self, value: date) -> str:
        return day(value)

    # --- layout ---------------------------------------------------------------------------------

    def write(self, device: QIODevice, path: Path) -> None:
        writer = QPdfWriter(device)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(translate("StatementPdf", "Account statement {iban}, {first} to {last}").format(
            iban=self.statement.iban, first=self.day(self.statement.date_from),
            last=self.day(self.statement.date_to)))
        writer.setCreator("Internet-Client")
        self.device = writer
        self.mm = RESOLUTION / 25.4
        self.width, self.height = float(writer.width()), float(writer.height())
        self.body = self._font(BODY_POINTS, writer)
        self.bold = self._font(BODY_POINTS, writer, bold=True)
        self.small = self._font(SMALL_POINTS, writer)
        self.body_metrics = QFontMetricsF(self.body, writer)
        self.small_metrics = QFontMetricsF(self.small, writer)
        self.padding = CELL_PADDING_MM * self.mm
        edges = [0.0]
        for column in self.columns:
            edges.append(edges[-1] + column.share * self.width)
        self.edges = edges

        header = self._header_document(writer)
        rows = [self._row(line) for line in self.statement.lines]
        pages = self._paginate(rows, header.size().height())
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write the PDF file {path}")
        try:
            for number, page_rows in enumerate(pages, start=1):
                if number > 1:
                    writer.newPage()
                self._paint_page(painter, number, len(pages), page_rows, header if number == 1 else None)
        finally:
            painter.end()

    @staticmethod
    def _font(points: float, device: QPdfWriter, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _header_document(self, device: QPdfWriter) -> QTextDocument:
        s = self.statement
        escape = html.escape
        rows = [
            (translate("StatementPdf", "Company"),
             escape(f"{self.company_name}, " + translate("StatementPdf", "BIN {bin}").format(bin=self.company_bin))),
            (translate("StatementPdf", "Account (IIK)"), f"{escape(s.iban)} ({escape(s.currency)})"),
            (translate("StatementPdf", "Bank"), escape(self.bank_name)),
            (translate("StatementPdf", "Period"), f"{self.day(s.date_from)} – {self.day(s.date_to)}"),
        ]
        figures = [
            (translate("StatementPdf", "Opening balance"), s.opening_balance),
            (translate("StatementPdf", "Debit turnover"), s.total_debit),
            (translate("StatementPdf", "Credit turnover"), s.total_credit),
            (translate("StatementPdf", "Closing balance"), s.closing_balance),
        ]
        left = "".join(f"<tr><td style='color:#5a606a; padding-right:12px'>{escape(k)}</td><td>{v}</td></tr>"
                       for k, v in rows)
        right = "".join(f"<tr><td style='color:#5a606a; padding-right:12px'>{escape(k)}</td>"
                        f"<td align='right'><b>{escape(self.money(v))}</b> {escape(s.currency)}</td></tr>"
                        for k, v in figures)
        title = escape(translate("StatementPdf", "Account statement"))
        text = (f"<h2 style='margin:0'>{title}</h2>"
                f"<table width='100%' cellspacing='0' cellpadding='1'><tr>"
                f"<td width='60%' valign='top'><table cellspacing='0' cellpadding='1'>{left}</table></td>"
                f"<td width='40%' valign='top' align='right'>"
                f"<table cellspacing='0' cellpadding='1'>{right}</table></td>"
                f"</tr></table>")
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        font = self._font(8.5, device)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.setTextWidth(self.width)
        return document

    def _row(self, line: StatementLine) -> _Row:
        party = line.counterparty
        bin_text = translate("StatementPdf", "BIN {bin}").format(bin=party.bin) if party.bin else ""
        iik_text = translate("StatementPdf", "IIK {iik}").format(iik=party.iban) if party.iban else ""
        identity = "  ".join(part for part in (bin_text, iik_text) if part)
        bank = " ".join(part for part in (party.bic, party.bank_name) if part)
        name = self._wrap(party.name, 2, NAME_LINES)
        counterparty = name + [line for line in (identity, bank) if line]
        cells = [[self.day(line.date)], self._wrap(line.number, 1, 1), counterparty, [line.knp],
                 self._wrap(line.purpose, 4, PURPOSE_LINES),
                 [self.money(line.debit)] if line.debit else [""],
                 [self.money(line.credit)] if line.credit else [""]]
        lines = max(len(cell) for cell in cells)
        return _Row(cells, lines * self.body_metrics.lineSpacing() + 2 * self.padding, len(name))

    def _wrap(self, text: str, column: int, most: int) -> list[str]:
        """`text` in lines that fit the column, at most `most`, the last one shortened with "…"."""
        width = self.edges[column + 1] - self.edges[column] - 2 * self.padding
        text = " ".join(text.split())
        if not text:
            return [""]
        if self.body_metrics.horizontalAdvance(text) <= width:
            return [text]
        layout = QTextLayout(text, self.body, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts: list[tuple[int, int]] = []
        while True:
            piece = layout.createLine()
            if not piece.isValid():
                break
            piece.setLineWidth(width)
            starts.append((piece.textStart(), piece.textLength()))
        layout.endLayout()
        lines = [text[start:start + length].strip() for start, length in starts[:most]]
        if len(starts) > most:
            rest = text[starts[most - 1][0]:]
            lines[-1] = self.body_metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return lines

    def _paginate(self, rows: Sequence[_Row], header_height: float) -> list[list[_Row]]:
        top_first = self._table_top(header_height)
        top_other = self._table_top(None)
        bottom = self.height - self._footer_height() - self._totals_height()
        pages: list[list[_Row]] = [[]]
        y = top_first
        for row in rows:
            if y + row.height > bottom and pages[-1]:
                pages.append([])
                y = top_other
            pages[-1].append(row)
            y += row.height
        return pages

    def _running_header_height(self) -> float:
        return self.small_metrics.lineSpacing() + 2 * self.mm

    def _column_titles_height(self) -> float:
        return self.body_metrics.lineSpacing() + 2 * self.padding

    def _footer_height(self) -> float:
        return self.small_metrics.lineSpacing() + 2 * self.mm

    def _totals_height(self) -> float:
        return 2 * self.body_metrics.lineSpacing() + 4 * self.padding

    def _table_top(self, header_height: float | None) -> float:
        head = self._running_header_height() + (header_height + 4 * self.mm if header_height is not None else 0)
        return head + self._column_titles_height()

    # --- painting ---------------------------------------------------------------------------------

    def _paint_page(self, painter: QPainter, number: int, pages: int, rows: list[_Row],
                    header: QTextDocument | None) -> None:
        s = self.statement
        painter.setPen(MUTED)
        painter.setFont(self.small)
        baseline = self.small_metrics.ascent()
        painter.drawText(QPointF(0, baseline), f"{self.company_name} · {s.iban} · "
                         f"{self.day(s.date_from)} – {self.day(s.date_to)}")
        page_text = translate("StatementPdf", "Page {page} of {pages}").format(page=number, pages=pages)
        painter.drawText(QPointF(self.width - self.small_metrics.horizontalAdvance(page_text), baseline), page_text)
        y = self._running_header_height()
        if header is not None:
            painter.save()
            painter.translate(0, y)
            header.drawContents(painter, QRectF(QPointF(0, 0), QSizeF(self.width, header.size().height())))
            painter.restore()
            y += header.size().height() + 4 * self.mm
        y = self._paint_titles(painter, y)
        for index, row in enumerate(rows):
            if index % 2:
                painter.fillRect(QRectF(0, y, self.width, row.height), STRIPE)
            self._paint_cells(painter, row.cells, y, self.body, INK, name_lines=row.name_lines)
            y += row.height
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        if number == pages:
            self._paint_totals(painter, y)
        printed = translate("StatementPdf", "Printed {when} by Internet-Client").format(
            when=self.printed_at.strftime("%d.%m.%Y %H:%M"))
        painter.setFont(self.small)
        painter.setPen(MUTED)
        painter.drawText(QPointF(0, self.height - self.small_metrics.descent()), printed)

    def _paint_titles(self, painter: QPainter, y: float) -> float:
        height = self._column_titles_height()
        painter.fillRect(QRectF(0, y, self.width, height), QColor(226, 230, 236))
        self._paint_cells(painter, [[column.title] for column in self.columns], y, self.bold, INK)
        painter.setPen(QPen(RULE, 0.2 * self.mm))
        painter.drawLine(QPointF(0, y + height), QPointF(self.width, y + height))
        return y + height

    def _paint_totals(self, painter: QPainter, y: float) -> None:
        s = self.statement
        y += self.padding
        cells: list[list[str]] = [[""] for _ in self.columns]
        cells[4] = [translate("StatementPdf", "Turnover"),
                    translate("StatementPdf", "Closing balance")]
        cells[5] = [self.money(s.total_debit), ""]
        cells[6] = [self.money(s.total_credit), self.money(s.closing_balance)]
        self._paint_cells(painter, cells, y, self.bold, INK, label_right=True)

    def _paint_cells(self, painter: QPainter, cells: list[list[str]], y: float, font: QFont, color: QColor,
                     *, label_right: bool = False, name_lines: int = 1_000) -> None:
        painter.setFont(font)
        metrics = QFontMetricsF(font, self.device)
        for index, (column, lines) in enumerate(zip(self.columns, cells, strict=True)):
            left, right = self.edges[index] + self.padding, self.edges[index + 1] - self.padding
            align_right = column.align == Qt.AlignmentFlag.AlignRight or (label_right and index == 4)
            for number, text in enumerate(lines):
                if not text:
                    continue
                secondary = index == 2 and number >= name_lines
                painter.setFont(self.small if secondary else font)
                painter.setPen(MUTED if secondary else color)
                baseline = y + self.padding + self.body_metrics.ascent() + number * self.body_metrics.lineSpacing()
                x = right - (self.small_metrics if secondary else metrics).horizontalAdvance(text) \
                    if align_right else left
                painter.drawText(QPointF(x, baseline), text)
            painter.setFont(font)

"""A payment order on paper: the national form, A4 portrait, as a PDF or on a printer.

The form follows what Kazakh banks print for a payment order ("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №"): number
and date; the payer ("отправитель денег") with IIN/BIN, IIK and KOd, the payer's bank with BIC;
the beneficiary with IIN/BIN, IIK and KBe, the beneficiary's bank with BIC; the intermediary bank;
the amount in figures and in words; KNP, KBK, value date; the purpose; the signatures with the
stamp's place; the bank's marks. Captions are bilingual, Kazakh / Russian, whatever language the
interface speaks, because the paper form is the same for everyone.

Our assumptions (no official sample of the printed form was at hand; the Internet-Client guide,
seed 002, describes signing rights but shows no printed form):
- the boxes' order and sizes, and the captions' Kazakh wording ("Ақша жіберуші", "Сомасы жазумен",
  "Банк белгілері", "Делдал банк") are ours, modelled on forms banks print, not a copied template;
- "КОд" and "КБе" are printed in both languages (the Kazakh forms seen keep the Russian
  abbreviations for them); "ТМК / КНП" and "ЖСН/БСН / ИИН/БИН" follow our translations;
- an electronically signed order carries its signers' names and signing times (from the CMS
  signing-time attribute, shown in the computer's time zone) in a box of its own; the lines for
  the head's and chief accountant's handwritten signatures and the stamp's place ("М.О./М.П.")
  stay, for orders carried to the bank on paper;
- the bank's marks show the state the client knows (sent, accepted, executed, rejected with the
  reason); a line "Проведено банком-получателем «__» ____ 20__ г." is left for the bank's hand;
- a draft, and any order without a signature, is marked "not signed — draft" in a red band under
  the title and across the page.

A payment in foreign currency and a purchase or sale of currency (issue 4, types 6 and 7) have
forms of their own, painted with the same pieces: currency_order_pdf.py.

Painted with QPainter on a QPdfWriter (a worker thread may write it while a QGuiApplication
exists) or on a QPrinter (the GUI thread, after the print dialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus, ExecutedRate
from bsclient.client.documents.signature_marks import SignatureMark, signature_marks
from bsclient.client.files import atomic_output
from bsclient.rules import bank_for_bic, bank_for_iban, compact_iban
from bsclient.rules.amount_words import amount_in_words
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.registry import find_kind
from bsclient.ui.payments.paper.registry import paint_registry_pages, registry_note

RESOLUTION = 300  # device pixels per inch
MARGIN_MM = 12
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Arial", "Liberation Sans"]  # with Kazakh letters
INK = QColor(15, 18, 24)
CAPTION = QColor(85, 90, 100)
RULE = QColor(40, 44, 52)
DRAFT_RED = QColor(190, 30, 30)

# Column widths of the payer and beneficiary rows, as shares of the width: name, IIN/BIN, IIK, code.
_PARTY_COLUMNS = (0.42, 0.17, 0.30, 0.11)
# The amount row: amount, currency, KNP, KBK, value date.
_AMOUNT_COLUMNS = (0.26, 0.09, 0.10, 0.27, 0.28)

DRAFT_MARK = "ЖОБА — ҚОЛ ҚОЙЫЛМАҒАН / ЧЕРНОВИК — НЕ ПОДПИСАН"

_BANK_STATES = {
    DocumentStatus.DRAFT: "Банкке жіберілмеген / В банк не отправлен",
    DocumentStatus.SIGNED: "Қол қойылған, банкке жіберілмеген / Подписан, в банк не отправлен",
    DocumentStatus.SENT: "Банкке жіберілген, жауап күтілуде / Отправлен в банк, ожидается ответ",
    DocumentStatus.ACCEPTED: "Банк қабылдады / Принят банком",
    DocumentStatus.AWAITING_SIGNATURE: "Банкте, екінші қолтаңбаны күтуде / В банке, ожидает второй подписи",
    DocumentStatus.EXECUTED: "Банк орындады / Исполнен банком",
    DocumentStatus.REJECTED: "Банк қабылдамады / Отклонён банком",
}


def write_payment_order_pdf(order: PaymentOrder, path: Path | str, *, signatures: Sequence[SignatureMark] = (),
                            status: DocumentStatus = DocumentStatus.DRAFT, reason: str | None = None,
                            printed_at: datetime | None = None, tz: tzinfo | None = None,
                            rate: ExecutedRate | None = None) -> None:
    """Write `order` on the national form as a PDF to `path` (whole or not at all).

    `signatures` in signing order (see signature_marks); `reason` is the bank's reason for a
    rejection, already in words; signing times are shown in `tz` (default: this computer's zone);
    `rate`: the rate the bank executed an exchange at (the record's).
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_a4_portrait())
    kind = find_kind(order.kind)
    writer.setTitle(f"{kind.names.paper if kind else 'Платежное поручение'} № {order.number.strip()} от {order.date:%d.%m.%Y}")
    writer.setCreator("Internet-Client")
    _paint(writer, order, signatures, status, reason, printed_at, tz, rate)
    del writer  # the PDF is finished when the writer goes
    with atomic_output(path) as file:
        file.write(buffer.data().data())


def write_record_pdf(record: DocumentRecord, path: Path | str, *, reason: str | None = None,
                     printed_at: datetime | None = None, tz: tzinfo | None = None) -> None:
    """A stored document as a PDF, with its signatures read from the store."""
    write_payment_order_pdf(record.order, path, signatures=signature_marks(record), status=record.status,
                            reason=reason, printed_at=printed_at, tz=tz, rate=record.rate)


def print_payment_order(record: DocumentRecord, printer: QPagedPaintDevice, *, reason: str | None = None,
                        printed_at: datetime | None = None, tz: tzinfo | None = None) -> None:
    """Paint a stored document on `printer` (a QPrinter the clerk chose), A4 portrait."""
    printer.setPageLayout(_a4_portrait())
    _paint(printer, record.order, signature_marks(record), record.status, reason, printed_at, tz, record.rate)


def _a4_portrait() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _paint(device: QPagedPaintDevice, order: PaymentOrder, signatures: Sequence[SignatureMark],
           status: DocumentStatus, reason: str | None, printed_at: datetime | None, tz: tzinfo | None,
           rate: ExecutedRate | None = None) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the payment order cannot be painted: the file or printer cannot be opened")
    try:
        _Form(painter, device, order, list(signatures), DocumentStatus(status), reason,
              printed_at or datetime.now(), tz, rate).paint()
    finally:
        painter.end()


def money_figures(amount: str) -> str:
    """ "1 500 000,50": the figures as the form prints them, whatever the interface's language."""
    try:
        value = Decimal(amount.replace(" ", "").replace("\u00a0", "").replace(",", ".")).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return amount.strip()
    integer, _, fraction = f"{abs(value):f}".partition(".")
    groups = []
    while len(integer) > 3:
        integer, groups = integer[:-3], [integer[-3:], *groups]
    return ("-" if value < 0 else "") + " ".join([integer, *groups]) + "," + fraction


def signed_at_text(when: datetime | None, tz: tzinfo | None = None) -> str:
    """ "20.11.2026 09:15:30 (UTC+05:00)" in `tz`, or this computer's zone."""
    if when is None:
        return "—"
    local = when.astimezone(tz) if tz is not None else when.astimezone()
    offset = local.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{local:%d.%m.%Y %H:%M:%S} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


def _bank_name(party: Party) -> str:
    bank = bank_for_bic(party.bic) if party.bic.strip() else None
    if bank is None and party.iban.strip():
        bank = bank_for_iban(party.iban)
    return bank.name if bank is not None else ""


class _Form:
    def __init__(self, painter: QPainter, device: QPagedPaintDevice, order: PaymentOrder,
                 signatures: list[SignatureMark], status: DocumentStatus, reason: str | None,
                 printed_at: datetime, tz: tzinfo | None, rate: ExecutedRate | None = None) -> None:
        self.p = painter
        self.device = device
        self.order = order
        self.signatures = signatures
        self.status = status
        self.reason = reason
        self.printed_at = printed_at
        self.tz = tz
        self.rate = rate  # an executed exchange: the bank's rate (currency_order_pdf)
        self.mm = device.logicalDpiX() / 25.4
        self.width = float(device.width())
        self.height = float(device.height())
        self.draft = status == DocumentStatus.DRAFT or not signatures

    def font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    # --- pieces -------------------------------------------------------------------------------

    def text(self, rect: QRectF, text: str, points: float, *, bold: bool = False, color: QColor = INK,
             flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), lowest: float = 5.5) -> None:
        """`text` wrapped into `rect`; the font shrinks (to `lowest` points) until it fits."""
        wrap = flags | int(Qt.TextFlag.TextWordWrap)
        size = points
        while True:
            font = self.font(size, bold=bold)
            needed = QFontMetricsF(font, self.device).boundingRect(rect, wrap, text)
            if (needed.height() <= rect.height() + 0.5 and needed.width() <= rect.width() + 0.5) or size <= lowest:
                break
            size -= 0.5
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(rect, wrap, text)

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        rect = QRectF(x, y, w, h)
        self.p.setPen(QPen(RULE, 0.25 * self.mm))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(rect)
        return rect

    def cell(self, x: float, y: float, w: float, h: float, caption: str, value: str, *,
             points: float = 9, bold: bool = False) -> None:
        """A bordered box: a small grey caption at the top, the value under it."""
        m = self.mm
        self.box(x, y, w, h)
        caption_height = 3.2 * m
        self.text(QRectF(x + 1.2 * m, y + 0.7 * m, w - 2.4 * m, caption_height), caption, 6, color=CAPTION,
                  lowest=4.5)
        self.text(QRectF(x + 1.2 * m, y + 0.7 * m + caption_height, w - 2.4 * m, h - caption_height - 1.2 * m),
                  value, points, bold=bold)

    def row(self, y: float, h: float, shares: Sequence[float], cells: Sequence[tuple[str, str, bool]]) -> float:
        x = 0.0
        for share, (caption, value, bold) in zip(shares, cells):
            w = share * self.width
            self.cell(x, y, w, h, caption, value, bold=bold)
            x += w
        return y + h

    # --- the form -----------------------------------------------------------------------------

    def paint(self) -> None:
        m, o = self.mm, self.order
        kind = find_kind(o.kind)
        if kind is not None and kind.foreign_currency:  # types 6 and 7: their own forms, of these pieces
            from bsclient.ui.payments.paper.currency_orders import paint_currency_form
            paint_currency_form(self)
            return
        if self.draft:
            self.watermark()
        y = self.draft_band(self.title())
        y = self.party(y, o.payer, "Ақша жіберуші / Отправитель денег", "КОд",
                       "Ақша жіберушінің банкі / Банк отправителя денег")
        y = self.party(y, o.beneficiary, "Бенефициар", "КБе",
                       "Бенефициардың банкі / Банк бенефициара")
        y = self.row(y, 10 * m, (0.59, 0.41), [("Делдал банк / Банк-посредник", "—", False),
                                                ("БСК / БИК", "—", False)])
        y += 2.5 * m
        kbk = o.details.kbk if isinstance(o.details, BudgetDetails) else ""  # budget payments carry a KBK
        y = self.row(y, 11 * m, _AMOUNT_COLUMNS, [
            ("Сомасы / Сумма", money_figures(o.amount), True),
            ("Валюта", o.currency.strip().upper(), False),
            ("ТМК / КНП", o.knp.strip(), True),
            ("Бюджеттік сыныптама коды / КБК", kbk or "—", False),
            ("Валюталау күні / Дата валютирования", f"{o.value_date:%d.%m.%Y}", False)])
        y = self.words(y)
        y = self.purpose(y)
        y = registry_note(self, y)  # pension, social, salary: "registry attached: N lines" (registry_pdf)
        y += 4 * m
        y = self.handwritten(y)
        y += 3 * m
        y = self.electronic(y)
        y += 3 * m
        self.bank_marks(y)
        self.footer()
        paint_registry_pages(self)  # the registry's own pages, when the order has one

    def watermark(self) -> None:
        self.p.save()
        self.p.translate(self.width / 2, self.height / 2)
        self.p.rotate(-35)
        self.p.setFont(self.font(54, bold=True))
        self.p.setPen(QColor(200, 40, 40, 38))
        wide = QRectF(-self.width, -20 * self.mm, 2 * self.width, 40 * self.mm)
        self.p.drawText(wide, int(Qt.AlignmentFlag.AlignCenter), "ЖОБА · ЧЕРНОВИК")
        self.p.restore()

    def draft_band(self, y: float) -> float:
        """The red "not signed — draft" band under the title of a draft; `y` after it."""
        if not self.draft:
            return y
        m = self.mm
        band = QRectF(0, y, self.width, 7 * m)
        self.p.setPen(QPen(DRAFT_RED, 0.4 * m))
        self.p.setBrush(QColor(253, 236, 236))
        self.p.drawRect(band)
        self.text(band, DRAFT_MARK, 10, bold=True, color=DRAFT_RED, flags=int(Qt.AlignmentFlag.AlignCenter))
        return y + 9 * m

    def title(self, kazakh: str = "ТӨЛЕМ ТАПСЫРМАСЫ", russian: str = "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ",
              points: float = 12.5) -> float:
        m, o = self.mm, self.order
        number = o.number.strip() or "—"
        self.text(QRectF(0, 0, self.width * 0.72, 7 * m), f"{kazakh} № {number}", points, bold=True)
        self.text(QRectF(0, 6.5 * m, self.width * 0.72, 7 * m), f"{russian} № {number}", points, bold=True)
        w = 0.25 * self.width
        self.cell(self.width - w, 1 * m, w, 11 * m, "Күні / Дата", f"{o.date:%d.%m.%Y}", points=10, bold=True)
        return 16 * m

    def party(self, y: float, party: Party, caption: str, code_caption: str, bank_caption: str) -> float:
        m = self.mm
        y = self.row(y, 13 * m, _PARTY_COLUMNS, [
            (caption, party.name.strip(), True),
            ("ЖСН/БСН / ИИН/БИН", party.bin.strip(), False),
            ("ЖСК / ИИК", compact_iban(party.iban), True),
            (code_caption, party.code.strip(), False)])
        return self.row(y, 10 * m, (0.59, 0.41), [(bank_caption, _bank_name(party), False),
                                                  ("БСК / БИК", party.bic.strip().upper(), False)])

    def words(self, y: float, amount: str | None = None, currency: str | None = None,
              caption: str = "Сомасы жазумен / Сумма прописью") -> float:
        """The amount in words, Kazakh then Russian: the order's, or `amount` in `currency`."""
        m, o = self.mm, self.order
        amount = o.amount if amount is None else amount
        currency = o.currency if currency is None else currency
        try:
            kazakh = amount_in_words(amount, currency, "kk")
            russian = amount_in_words(amount, currency, "ru")
        except ValueError:
            kazakh = russian = "—"
        h = 17 * m
        self.box(0, y, self.width, h)
        inner = self.width - 2.4 * m
        self.text(QRectF(1.2 * m, y + 0.7 * m, inner, 3.2 * m), caption, 6, color=CAPTION)
        self.text(QRectF(1.2 * m, y + 4.2 * m, inner, 6 * m), kazakh, 9, bold=True)
        self.text(QRectF(1.2 * m, y + 10.4 * m, inner, 6 * m), russian, 9, bold=True)
        return y + h

    def purpose(self, y: float, h_mm: float = 22) -> float:
        h = h_mm * self.mm
        self.cell(0, y, self.width, h, "Төлем мақсаты / Назначение платежа", " ".join(self.order.purpose.split()))
        return y + h

    def handwritten(self, y: float) -> float:
        """The head's and chief accountant's lines and the stamp's place, as on a paper order."""
        m = self.mm
        self.p.setPen(QPen(RULE, 0.2 * m))
        for index, caption in enumerate(("Басшы / Руководитель", "Бас бухгалтер / Главный бухгалтер")):
            line_y = y + (7 + 9 * index) * m
            self.text(QRectF(0, line_y - 4.5 * m, 0.36 * self.width, 5 * m), caption, 8, color=CAPTION)
            self.p.setPen(QPen(RULE, 0.2 * m))
            self.p.drawLine(QPointF(0.36 * self.width, line_y), QPointF(0.64 * self.width, line_y))
        radius = 10 * m
        center = QPointF(0.84 * self.width, y + 9 * m)
        self.p.setPen(QPen(CAPTION, 0.2 * m, Qt.PenStyle.DashLine))
        self.p.drawEllipse(center, radius, radius)
        self.text(QRectF(center.x() - radius, center.y() - 3 * m, 2 * radius, 6 * m), "М.О. / М.П.", 8,
                  color=CAPTION, flags=int(Qt.AlignmentFlag.AlignCenter))
        return y + 20 * m

    def electronic(self, y: float) -> float:
        m = self.mm
        lines = [f"{i}. {mark.name or '—'}" + (f" (ЖСН/ИИН {mark.iin})" if mark.iin else "")
                 + f" — {signed_at_text(mark.signed_at, self.tz)}" for i, mark in enumerate(self.signatures, 1)]
        if not lines:
            lines = ["Қол қойылмаған / Не подписан"]
        h = (5 + 5 * len(lines)) * m
        self.box(0, y, self.width, h)
        self.text(QRectF(1.2 * m, y + 0.7 * m, self.width - 2.4 * m, 3.2 * m),
                  "ЭЦҚ-мен қол қойылды (иесі, уақыты) / Подписано ЭЦП (владелец, время)", 6, color=CAPTION)
        for index, line in enumerate(lines):
            self.text(QRectF(1.2 * m, y + (4.2 + 5 * index) * m, self.width - 2.4 * m, 5 * m), line, 9,
                      bold=bool(self.signatures), color=INK if self.signatures else DRAFT_RED)
        return y + h

    def bank_marks(self, y: float) -> float:
        m = self.mm
        lines = [_BANK_STATES[self.status]]
        if self.status == DocumentStatus.REJECTED and self.reason:
            lines.append(f"Себебі / Причина: {self.reason}")
        h = 26 * m
        self.box(0, y, self.width, h)
        self.text(QRectF(1.2 * m, y + 0.7 * m, self.width - 2.4 * m, 3.2 * m), "Банк белгілері / Отметки банка", 6,
                  color=CAPTION)
        self.text(QRectF(1.2 * m, y + 4.2 * m, self.width - 2.4 * m, 11 * m), "\n".join(lines), 9, bold=True)
        self.text(QRectF(1.2 * m, y + h - 6 * m, self.width - 2.4 * m, 5 * m),
                  "Алушы банк өткізді / Проведено банком-получателем   «____» ______________ 20____ ж./г.", 8,
                  color=CAPTION)
        return y + h

    def footer(self) -> None:
        m = self.mm
        text = (f"Internet-Client арқылы басып шығарылды / Распечатано в Internet-Client: "
                f"{self.printed_at:%d.%m.%Y %H:%M} · {self.order.id}")
        self.text(QRectF(0, self.height - 4 * m, self.width, 4 * m), text, 6, color=CAPTION)


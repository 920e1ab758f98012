"""The pieces every paper form is painted with (A4 portrait, captions in Kazakh / Russian whatever
language the interface speaks, because the paper form is the same for everyone): boxes with a
caption and a value, rows of them, the title with the number and date, a party with its bank, the
amount in words, the purpose, the lines for handwritten signatures and the stamp, the electronic
signatures, the bank's marks, the draft's watermark and band, the footer. Each kind's painter
(bsclient/ui/payments/kinds/registry.py) lays its form out of them from plain data (`PaperData`).

Our assumptions are those of the tenge payment order (tenge_order.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from bsclient.client.documents.payment_order import ActualParty, Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.client.documents.signature_marks import SignatureMark
from bsclient.rules import bank_for_bic, bank_for_iban, compact_iban
from bsclient.rules.amount_words import amount_in_words
from bsclient.rules.kinds.kind import DocumentKind

RESOLUTION = 300  # device pixels per inch
MARGIN_MM = 12
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Arial", "Liberation Sans"]  # with Kazakh letters
INK = QColor(15, 18, 24)
CAPTION = QColor(85, 90, 100)
RULE = QColor(40, 44, 52)
DRAFT_RED = QColor(190, 30, 30)

# Column widths of the payer and beneficiary rows, as shares of the width: name, IIN/BIN, IIK, code.
_PARTY_COLUMNS = (0.42, 0.17, 0.30, 0.11)
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


def money_figures(amount: str) -> str:
    """ "1 500 000,50": the figures as the form prints them, whatever the interface's language."""
    try:
        value = Decimal(amount.replace(" ", "").replace("\u00a0", "").replace(",", ".")).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return amount.strip()
    integer, _, fraction = f"{abs(value):f}".partition(".")
    groups: list[str] = []
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


def bank_name(party: Party) -> str:
    """The name of the party's bank, by its BIC or else its IIK ("" when neither says)."""
    bank = bank_for_bic(party.bic) if party.bic.strip() else None
    if bank is None and party.iban.strip():
        bank = bank_for_iban(party.iban)
    return bank.name if bank is not None else ""


@dataclass(frozen=True)
class PaperData:
    """What a paper form shows: the order and its kind, its signatures in signing order, where it
    stands (the bank's reason for a rejection, already in words), when it is printed, the time zone
    of the signing times (None: this computer's), the rate the bank executed an exchange at."""

    order: PaymentOrder
    kind: DocumentKind
    signatures: tuple[SignatureMark, ...] = ()
    status: DocumentStatus = DocumentStatus.DRAFT
    reason: str | None = None
    printed_at: datetime = field(default_factory=datetime.now)
    tz: tzinfo | None = None
    rate: ExecutedRate | None = None


class Sheet:
    """A page being painted, in millimetres (`mm`) and device units: fonts, wrapped text, boxes, cells."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.p = painter
        self.device = device
        self.mm = device.logicalDpiX() / 25.4
        self.width = float(device.width())
        self.height = float(device.height())

    def font(self, points: float, *, bold: bool = False, families: Sequence[str] = FONT_FAMILIES) -> QFont:
        font = QFont()
        font.setFamilies(list(families))
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text(self, rect: QRectF, text: str, points: float, *, bold: bool = False, color: QColor = INK,
             flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), lowest: float = 5.5,
             families: Sequence[str] = FONT_FAMILIES) -> None:
        """`text` wrapped into `rect`; the font shrinks (to `lowest` points) until it fits."""
        wrap = flags | int(Qt.TextFlag.TextWordWrap)
        size = points
        while True:
            font = self.font(size, bold=bold, families=families)
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

    def cell(self, rect: QRectF, caption: str, value: str, *, points: float = 9, bold: bool = False,
             families: Sequence[str] = FONT_FAMILIES) -> None:
        """A bordered box: a small grey caption at the top, the value under it."""
        m, x, y, w, h = self.mm, rect.x(), rect.y(), rect.width(), rect.height()
        self.box(x, y, w, h)
        caption_height = 3.2 * m
        self.text(QRectF(x + 1.2 * m, y + 0.7 * m, w - 2.4 * m, caption_height), caption, 6, color=CAPTION,
                  lowest=4.5)
        self.text(QRectF(x + 1.2 * m, y + 0.7 * m + caption_height, w - 2.4 * m, h - caption_height - 1.2 * m),
                  value, points, bold=bold, families=families)

    def row(self, y: float, h: float, shares: Sequence[float], cells: Sequence[tuple[str, str, bool]]) -> float:
        x = 0.0
        for share, (caption, value, bold) in zip(shares, cells, strict=False):
            w = share * self.width
            self.cell(QRectF(x, y, w, h), caption, value, bold=bold)
            x += w
        return y + h

    def stamp(self, center: QPointF, radius: float) -> None:
        """The dashed circle where the stamp goes."""
        self.p.setPen(QPen(CAPTION, 0.2 * self.mm, Qt.PenStyle.DashLine))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawEllipse(center, radius, radius)
        self.text(QRectF(center.x() - radius, center.y() - 3 * self.mm, 2 * radius, 6 * self.mm), "М.О. / М.П.", 8,
                  color=CAPTION, flags=int(Qt.AlignmentFlag.AlignCenter))


class PaperForm(Sheet):
    """The pieces a kind's painter draws its form with, on one device, from `data`."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, data: PaperData) -> None:
        super().__init__(painter, device)
        self.data = data
        self.order = data.order
        self.signatures = data.signatures
        self.status = DocumentStatus(data.status)
        self.reason = data.reason
        self.printed_at = data.printed_at
        self.tz = data.tz
        self.rate = data.rate  # an executed exchange: the bank's rate
        self.draft = self.status == DocumentStatus.DRAFT or not self.signatures

    # --- the form -----------------------------------------------------------------------------

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
        self.cell(QRectF(self.width - w, 1 * m, w, 11 * m), "Күні / Дата", f"{o.date:%d.%m.%Y}", points=10, bold=True)
        return 16 * m

    def party(self, y: float, party: Party, caption: str, code_caption: str, bank_caption: str) -> float:
        m = self.mm
        y = self.row(y, 13 * m, _PARTY_COLUMNS, [
            (caption, party.name.strip(), True),
            ("ЖСН/БСН / ИИН/БИН", party.bin.strip(), False),
            ("ЖСК / ИИК", compact_iban(party.iban), True),
            (code_caption, party.code.strip(), False)])
        return self.row(y, 10 * m, (0.59, 0.41), [(bank_caption, bank_name(party), False),
                                                  ("БСК / БИК", party.bic.strip().upper(), False)])

    def actual_party(self, y: float, party: ActualParty, caption: str) -> float:
        """The actual payer or beneficiary under its party, when the order names one; `y` after it."""
        if party.is_empty():
            return y
        return self.row(y, 10 * self.mm, (0.59, 0.26, 0.15), [
            (caption, party.name.strip(), False),
            ("ЖСН/БСН / ИИН/БИН", party.bin.strip() or "—", False),
            ("Ел коды / Код страны", party.country.strip().upper() or "KZ", False)])

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

    def purpose(self, y: float, h_mm: float = 22, text: str | None = None) -> float:
        """The purpose of payment: the order's, or `text`."""
        h = h_mm * self.mm
        purpose = self.order.purpose if text is None else text
        self.cell(QRectF(0, y, self.width, h), "Төлем мақсаты / Назначение платежа", " ".join(purpose.split()))
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
        self.stamp(QPointF(0.84 * self.width, y + 9 * m), 10 * m)
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


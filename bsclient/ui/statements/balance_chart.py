"""The account's balance over a statement's period, drawn with QPainter (PySide6-Essentials has no QtCharts).

A step line: the balance holds from one day with movements to the next. Dates along the bottom,
amounts along the left, a line at zero when the balance goes below it, the value under the mouse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from bsclient.formatting import day as day_text
from bsclient.ui.widgets.amount_text import format_money

_LINE = QColor("#1f5fa8")
_FILL = QColor(31, 95, 168, 40)
_GRID = QColor(0, 0, 0, 28)
_ZERO_LINE = QColor("#b3261e")


def nice_step(span: float, count: int) -> float:
    """A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts."""
    if span <= 0:
        return 1.0
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def amount_label(value: float, step: float, locale: QLocale | None = None) -> str:
    """An axis amount with grouped thousands, with decimals only when the step needs them."""
    text = format_money(Decimal(repr(round(value, 2))), locale)
    if step >= 1:
        text = text.rsplit((locale or QLocale()).decimalPoint(), 1)[0]
    return text


@dataclass(frozen=True)
class _Period:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1  # the last day has its width too


@dataclass(frozen=True)
class _AmountScale:
    """The amounts along the left: from `low` to `high` in round steps of `step`."""

    low: float
    high: float
    step: float

    def values(self) -> list[float]:
        return [self.low + i * self.step for i in range(round((self.high - self.low) / self.step) + 1)]

    def y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - (value - self.low) / (self.high - self.low) * plot.height()


class BalanceChart(QWidget):
    """Shows `set_balances(...)`; `clear(text)` shows a sentence instead (nothing loaded, an error)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._points: list[tuple[date, Decimal]] = []
        self._opening = Decimal(0)
        self._period: _Period | None = None
        self._currency = ""
        self._empty_text = ""
        self._note = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 160)

    def clear(self, text: str = "") -> None:
        self._points, self._period = [], None
        self._empty_text = text
        self.setAccessibleDescription(text)
        self.update()

    def set_balances(self, *, opening: Decimal, date_from: date, date_to: date,
                     balances: list[tuple[date, Decimal]], currency: str) -> None:
        """`balances`: end-of-day balance of each day with movements, in date order."""
        self._opening, self._period = opening, _Period(date_from, date_to)
        self._points = [(day, amount) for day, amount in balances if date_from <= day <= date_to]
        self._currency = currency
        self._note = "" if self._points else self.tr("No movements in this period: the balance stayed the same.")
        closing = self._points[-1][1] if self._points else opening
        self.setAccessibleDescription(self.tr("Balance from {start} to {end}: {opening} at the start, {closing} at the end")
                                      .format(start=day_text(date_from), end=day_text(date_to),
                                              opening=format_money(opening), closing=format_money(closing)))
        self.update()

    def balance_on(self, day: date) -> Decimal | None:
        """The end-of-day balance of `day` as the chart draws it."""
        period = self._period
        if period is None or not (period.first <= day <= period.last):
            return None
        balance = self._opening
        for point_day, amount in self._points:
            if point_day > day:
                break
            balance = amount
        return balance

    # --- geometry ---------------------------------------------------------------------------

    def _shown_period(self) -> _Period:
        """The period drawn; only asked for while one is shown."""
        assert self._period is not None
        return self._period

    def _value_range(self) -> _AmountScale:
        # from zero: an axis starting at 3 000 000 would make a small change look like a fall
        values = [0.0, float(self._opening)] + [float(a) for _, a in self._points]
        low, high = min(values), max(values)
        if high - low < 1e-9:
            pad = max(abs(high) * 0.1, 1.0)
            low, high = low - pad, high + pad
        step = nice_step(high - low, 5)
        low = math.floor(low / step) * step
        high = math.ceil(high / step) * step
        return _AmountScale(low, high, step)

    def _plot_rect(self, metrics: QFontMetrics, scale: _AmountScale) -> QRectF:
        labels = [amount_label(value, scale.step) for value in scale.values()]
        left = max(metrics.horizontalAdvance(text) for text in labels) + 14
        top = metrics.height() * 3 // 2 + 8  # the title, and room for half of the top amount
        bottom = metrics.height() * 2 + 10
        return QRectF(left, top, max(self.width() - left - 16, 10), max(self.height() - top - bottom, 10))

    def _x(self, plot: QRectF, day: date) -> float:
        """The middle of `day`: where its label stands and where its movements change the line."""
        period = self._shown_period()
        return plot.left() + ((day - period.first).days + 0.5) / period.days * plot.width()

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        if self._period is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
            return
        metrics = painter.fontMetrics()
        scale = self._value_range()
        plot = self._plot_rect(metrics, scale)

        self._draw_amount_axis(painter, metrics, plot, scale, text_colour)
        self._draw_date_axis(painter, metrics, plot, text_colour)
        if scale.low < 0 < scale.high:
            painter.setPen(QPen(_ZERO_LINE, 1, Qt.PenStyle.DashLine))
            y = scale.y(plot, 0.0)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        path = self._balance_path(plot, scale)
        fill = QPainterPath(path)
        fill.lineTo(plot.right(), plot.bottom())
        fill.lineTo(plot.left(), plot.bottom())
        fill.closeSubpath()
        painter.fillPath(fill, _FILL)
        painter.setPen(QPen(_LINE, 2))
        painter.drawPath(path)

        painter.setPen(text_colour)
        title = self.tr("Balance, {currency}").format(currency=self._currency)
        painter.drawText(QRectF(plot.left(), 0, plot.width(), plot.top() - 4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        if self._note:
            painter.drawText(QRectF(plot.left(), 0, plot.width(), plot.top() - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._note)

    def _balance_path(self, plot: QRectF, scale: _AmountScale) -> QPainterPath:
        path = QPainterPath()
        y = scale.y(plot, float(self._opening))
        path.moveTo(plot.left(), y)
        for day, amount in self._points:
            x = self._x(plot, day)
            path.lineTo(x, y)
            y = scale.y(plot, float(amount))
            path.lineTo(x, y)
        path.lineTo(plot.right(), y)
        return path

    def _draw_amount_axis(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, scale: _AmountScale,
                          text_colour: QColor) -> None:
        for value in scale.values():
            y = scale.y(plot, value)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            label = amount_label(value, scale.step)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

    def date_ticks(self, plot_width: float, metrics: QFontMetrics) -> list[tuple[date, str]]:
        """The dates labelled along the bottom: every day, every few days, or month starts, as room allows."""
        period = self._shown_period()
        first, last, span = period.first, period.last, period.days
        locale = QLocale()
        room = max(int(plot_width // (metrics.horizontalAdvance("00.00.0000") + 16)), 1)
        if span <= 62:
            every = max(math.ceil(span / room), 1)
            fmt = "dd.MM" if first.year == last.year else "dd.MM.yy"
            days = [first + timedelta(days=i) for i in range(0, span, every)]
            return [(d, QDate(d.year, d.month, d.day).toString(fmt)) for d in days]
        months: list[date] = []
        day = date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                months.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        every = max(math.ceil(len(months) / room), 1)
        return [(d, locale.toString(QDate(d.year, d.month, d.day), "MMM yyyy")) for d in months[::every]]

    def _draw_date_axis(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, text_colour: QColor) -> None:
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for day, label in self.date_ticks(plot.width(), metrics):
            x = self._x(plot, day)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_colour)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            width = metrics.horizontalAdvance(label) + 4
            left = min(max(x - width / 2, 0), self.width() - width)
            painter.drawText(QRectF(left, plot.bottom() + 6, width, metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter), label)
        shown = self._shown_period()
        period = self.tr("{start} – {end}").format(start=day_text(shown.first),
                                                    end=day_text(shown.last))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(), metrics.height() + 4),
                         int(Qt.AlignmentFlag.AlignCenter), period)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        period = self._period
        if period is None:
            return
        metrics = self.fontMetrics()
        plot = self._plot_rect(metrics, self._value_range())
        x = event.position().x()
        if not plot.left() <= x <= plot.right():
            QToolTip.hideText()
            return
        day = period.first + timedelta(days=min(int((x - plot.left()) / plot.width() * period.days), period.days - 1))
        balance = self.balance_on(day)
        QToolTip.showText(event.globalPosition().toPoint(), self.tr("{day}: {balance} {currency}").format(
            day=day_text(day), balance=format_money(balance if balance is not None else Decimal(0)), currency=self._currency), self)

"""A pension, social or salary order on paper: the tenge order's page with a line under the purpose,
"registry attached: N lines", and the registry's own pages after it, one row per employee."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt

from bsclient.formatting import day_shown, month_shown
from bsclient.rules.kinds.kind import details_of
from bsclient.rules.kinds.registry_lines import RegistryDetails, RegistryLine, registry_total
from bsclient.ui.payments.paper.form import PaperForm, money_figures
from bsclient.ui.payments.paper.tenge_order import paint_tenge_page

ROW_MM = 6.0


@dataclass(frozen=True)
class RegistryPaper:
    """How a registry's columns are printed: each column's caption (Kazakh / Russian, as every
    caption of the form) by its key, and the columns' widths as shares of the page, "№" first."""

    captions: Mapping[str, str]
    shares: tuple[float, ...]


_CAPTIONS = {
    "iin": "ЖСН / ИИН", "surname": "Тегі / Фамилия", "name": "Аты / Имя", "patronymic": "Әкесінің аты / Отчество",
    "birth_date": "Туған күні / Дата рождения", "amount": "Сомасы / Сумма", "period": "Кезең / Период",
    "iban": "ЖСК / ИИК",
}
CONTRIBUTIONS_PAPER = RegistryPaper(_CAPTIONS, (0.05, 0.14, 0.16, 0.13, 0.15, 0.12, 0.14, 0.11))
SALARY_PAPER = RegistryPaper({**_CAPTIONS, "name": "Аты-жөні / ФИО"}, (0.05, 0.16, 0.36, 0.26, 0.17))


def registry_note(form: PaperForm, y: float) -> float:
    """The line under the purpose: the registry attached, its lines and total."""
    lines = details_of(form.order, RegistryDetails).lines
    total = registry_total([line.cells() for line in lines])
    text = (f"Тізімдеме қоса берілді, жол саны: {len(lines)} / Реестр прилагается, строк: {len(lines)}"
            + (f" · {money_figures(str(total))}" if total is not None else ""))
    return form.row(y, 10 * form.mm, (1.0,), [("Тізімдеме / Реестр", text, True)])


def paint_registry_pages(form: PaperForm, paper: RegistryPaper) -> None:
    """The registry's lines on pages of their own, after the order."""
    order, m = form.order, form.mm
    keys = [column.key for column in form.data.kind.registry_columns]
    lines = details_of(order, RegistryDetails).lines
    if not keys or not lines:
        return
    captions = ["№"] + [paper.captions[key] for key in keys]
    y = form.height  # start a page at the first line
    for number, line in enumerate(lines, start=1):
        if y + ROW_MM * m > form.height - 6 * m:
            if y < form.height:
                form.footer()  # the registry page just filled (the order's page has its own)
            form.device.newPage()
            if form.draft:
                form.watermark()
            form.text(QRectF(0, 0, form.width, 7 * m),
                      f"ТІЗІМДЕМЕ / РЕЕСТР · № {order.number.strip() or '—'} · {order.date:%d.%m.%Y}", 11, bold=True)
            y = 9 * m
            y = _row(form, y, paper.shares, captions, header=True)
        cells = [str(number)] + [_cell(line, key) for key in keys]
        y = _row(form, y, paper.shares, cells)
    total = registry_total([line.cells() for line in lines])
    form.text(QRectF(0, y + 1.5 * m, form.width, 6 * m),
              f"Барлығы / Итого: {len(lines)} · {money_figures(str(total)) if total is not None else '—'}",
              10, bold=True, flags=int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))
    form.footer()


_SHOWN = {"amount": money_figures, "birth_date": day_shown, "period": month_shown}


def _cell(line: RegistryLine, key: str) -> str:
    """A line's cell as printed: the amount in figures, dates as every form writes them."""
    text = str(getattr(line, key)).strip()
    return _SHOWN[key](text) if key in _SHOWN else text


def _row(form: PaperForm, y: float, shares: tuple[float, ...], cells: list[str], *, header: bool = False) -> float:
    m, x = form.mm, 0.0
    h = (ROW_MM + (2 if header else 0)) * m
    for share, text in zip(shares, cells, strict=True):
        w = share * form.width
        form.box(x, y, w, h)
        form.text(QRectF(x + 1 * m, y + 0.8 * m, w - 2 * m, h - 1.2 * m), text, 6.5 if header else 8,
                  bold=header, lowest=4.5)
        x += w
    return y + h


def paint_contributions_order(form: PaperForm) -> None:
    """Pension or social contributions: the order with its registry attached."""
    paint_tenge_page(form, registry_note)
    paint_registry_pages(form, CONTRIBUTIONS_PAPER)


def paint_salary_order(form: PaperForm) -> None:
    """A salary payment: the order with its registry of accounts attached."""
    paint_tenge_page(form, registry_note)
    paint_registry_pages(form, SALARY_PAPER)

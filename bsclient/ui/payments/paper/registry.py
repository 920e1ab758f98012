"""The registry of a pension, social or salary order on the paper form (issue 4, types 2, 3, 5):
a line on the order, "registry attached: N lines", and the registry's own pages after it.
Painted with the paper form's helpers (payment_order_pdf._Form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt

from bsclient.rules.kinds.kind import details_of
from bsclient.rules.kinds.registry import find_kind
from bsclient.rules.kinds.registry_columns import column_keys
from bsclient.rules.kinds.registry_lines import RegistryDetails, registry_total
from bsclient.rules.kinds.salary import SALARY

if TYPE_CHECKING:
    from bsclient.ui.payments.paper.payment_order import _Form

# Column captions in Kazakh / Russian, as the paper form writes every caption.
CAPTIONS = {
    "iin": "ЖСН / ИИН", "surname": "Тегі / Фамилия", "name": "Аты / Имя", "patronymic": "Әкесінің аты / Отчество",
    "birth_date": "Туған күні / Дата рождения", "amount": "Сомасы / Сумма", "period": "Кезең / Период",
    "iban": "ЖСК / ИИК",
}
FULL_NAME = "Аты-жөні / ФИО"
SHARES = {
    "pension": (0.05, 0.14, 0.16, 0.13, 0.15, 0.12, 0.14, 0.11),
    "salary": (0.05, 0.16, 0.36, 0.26, 0.17),
}
ROW_MM = 6.0


def registry_note(form: _Form, y: float) -> float:
    """The line under the purpose: the registry attached, its lines and total."""
    kind = find_kind(form.order.kind)
    lines = details_of(form.order, RegistryDetails).lines
    if kind is None or not kind.registry_columns:
        return y
    from bsclient.ui.payments.paper.payment_order import money_figures

    total = registry_total([line.cells() for line in lines])
    text = (f"Тізімдеме қоса берілді, жол саны: {len(lines)} / Реестр прилагается, строк: {len(lines)}"
            + (f" · {money_figures(str(total))}" if total is not None else ""))
    return form.row(y, 10 * form.mm, (1.0,), [("Тізімдеме / Реестр", text, True)])


def _date(form: _Form) -> str:
    return f"{form.order.date:%d.%m.%Y}"


def paint_registry_pages(form: _Form) -> None:
    """The registry's lines on pages of their own, after the order."""
    order, m = form.order, form.mm
    kind = find_kind(order.kind)
    columns = column_keys(kind.registry_columns) if kind is not None else ()
    lines = details_of(order, RegistryDetails).lines
    if not columns or not lines:
        return
    from bsclient.ui.payments.paper.payment_order import money_figures

    shares = SHARES[SALARY.key if order.kind == SALARY.key else "pension"]
    captions = ["№"] + [FULL_NAME if (order.kind == SALARY.key and c == "name") else CAPTIONS[c] for c in columns]
    y = form.height  # start a page at the first line
    for number, line in enumerate(lines, start=1):
        if y + ROW_MM * m > form.height - 6 * m:
            if y < form.height:
                form.footer()  # the registry page just filled (the order's page has its own)
            form.device.newPage()
            if form.draft:
                form.watermark()
            form.text(QRectF(0, 0, form.width, 7 * m),
                      f"ТІЗІМДЕМЕ / РЕЕСТР · № {order.number.strip() or '—'} · {_date(form)}", 11, bold=True)
            y = 9 * m
            y = _row(form, y, shares, captions, header=True)
        cells = [str(number)] + [money_figures(line.amount) if c == "amount" else getattr(line, c).strip()
                                 for c in columns]
        y = _row(form, y, shares, cells)
    total = registry_total([line.cells() for line in lines])
    form.text(QRectF(0, y + 1.5 * m, form.width, 6 * m),
              f"Барлығы / Итого: {len(lines)} · {money_figures(str(total)) if total is not None else '—'}",
              10, bold=True, flags=int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))
    form.footer()


def _row(form: _Form, y: float, shares: tuple[float, ...], cells: list[str], *, header: bool = False) -> float:
    m, x = form.mm, 0.0
    h = (ROW_MM + (2 if header else 0)) * m
    for share, text in zip(shares, cells):
        w = share * form.width
        form.box(x, y, w, h)
        form.text(QRectF(x + 1 * m, y + 0.8 * m, w - 2 * m, h - 1.2 * m), text, 6.5 if header else 8,
                  bold=header, lowest=4.5)
        x += w
    return y + h

"""The key certificate act on paper (A4, Kazakh and Russian whatever language the interface speaks):
the company and the key's owner, the public key (algorithm, SHA-256 fingerprint, its numbers in hex)
and its request at the bank, with places for the signatures of the owner, the head and the bank's
officer, and for the stamps. The officer compares the fingerprint with the request's before approving.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from bsclient.client.session.key_act import KeyAct
from bsclient.crypto.public_key import grouped
from bsclient.ui.payments.paper.a4 import paint_a4, write_pdf
from bsclient.ui.payments.paper.form import CAPTION, RULE, Sheet, signed_at_text

MONO = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Consolas", "Courier New"]
TITLE_KK = "ЭЦҚ АШЫҚ КІЛТІН ТАНУ АКТІСІ"
TITLE_RU = "АКТ ПРИЗНАНИЯ ОТКРЫТОГО КЛЮЧА ЭЦП"
_STATEMENT = (
    "Клиент осы актімен жоғарыда көрсетілген ашық кілт кілт иесіне тиесілі екенін, оның жабық кілті тек "
    "иесінің тасымалдағышында сақталатынын растайды және банктен кілттің сертификатын шығарып, оны клиенттің "
    "электрондық құжаттарына қол қою үшін тануды сұрайды.\n"
    "Настоящим актом клиент подтверждает, что указанный выше открытый ключ принадлежит владельцу ключа, его "
    "закрытый ключ хранится только на носителе владельца, и просит банк выпустить сертификат ключа и признавать "
    "его для подписи электронных документов клиента.")
_NOTE = ("Екі дана басып шығарыңыз, қол қойып, мөр басыңыз және банк бөлімшесіне тапсырыңыз. / "
         "Распечатайте в двух экземплярах, подпишите, поставьте печать и передайте в отделение банка.")
_DATE_LINE = "«____» ______________ 20____ ж./г."


def write_key_act_pdf(act: KeyAct, path: Path | str, *, printed_at: datetime | None = None) -> None:
    """The act as a PDF at `path` (whole or not at all)."""
    when = printed_at or datetime.now()
    write_pdf(path, lambda painter, device: paint_key_act(act, painter, device, printed_at=when),
              title=f"{TITLE_RU} № {act.request_id}")


def print_key_act(act: KeyAct, printer: QPagedPaintDevice) -> None:
    """The act on `printer` (a QPrinter the clerk chose)."""
    when = datetime.now()
    paint_a4(printer, lambda painter, device: paint_key_act(act, painter, device, printed_at=when))


def paint_key_act(act: KeyAct, painter: QPainter, device: QPagedPaintDevice, *, printed_at: datetime) -> None:
    sheet = Sheet(painter, device)
    y = _title(sheet, act)
    y = _heading(sheet, y, "1. Ұйым және кілт иесі / Организация и владелец ключа")
    y = sheet.row(y, 13 * sheet.mm, (0.72, 0.28), [("Ұйымның атауы / Наименование организации", act.company, True),
                                                    ("БСН / БИН", act.company_bin, True)])
    y = sheet.row(y, 13 * sheet.mm, (0.46, 0.22, 0.32), [
        ("Кілт иесі (Т.А.Ә.) / Владелец ключа (Ф.И.О.)", act.owner, True),
        ("ЖСН / ИИН", act.iin, True),
        ("Қол қою құқығы / Право подписи", act.sign_right, False)])
    y = _heading(sheet, y, "2. Ашық кілт / Открытый ключ")
    y = _key(sheet, y, act)
    sheet.text(QRectF(0, y + 2 * sheet.mm, sheet.width, 22 * sheet.mm), _STATEMENT, 8.5)
    y += 25 * sheet.mm
    y = _heading(sheet, y, "3. Қолтаңбалар / Подписи")
    y = _signature(sheet, y, "Кілт иесі / Владелец ключа", act.owner)
    y = _signature(sheet, y, "Ұйым басшысы / Руководитель организации", "")
    sheet.stamp(QPointF(0.86 * sheet.width, y - 10 * sheet.mm), 10 * sheet.mm)
    _bank(sheet, y + 3 * sheet.mm)
    _footer(sheet, act, printed_at)


def _title(sheet: Sheet, act: KeyAct) -> float:
    m = sheet.mm
    sheet.text(QRectF(0, 0, sheet.width * 0.72, 7 * m), TITLE_KK, 12.5, bold=True)
    sheet.text(QRectF(0, 6.5 * m, sheet.width * 0.72, 7 * m), TITLE_RU, 12.5, bold=True)
    w = 0.25 * sheet.width
    date = f"{act.requested_at.astimezone():%d.%m.%Y}" if act.requested_at is not None else _DATE_LINE
    sheet.cell(QRectF(sheet.width - w, 1 * m, w, 11 * m), "Сұрау күні / Дата запроса", date, points=10, bold=True)
    line = f"Сертификатқа сұрау № / Запрос на сертификат № {act.request_id}"
    if act.replacement:
        line += "\nКері қайтарылған кілттің орнына / Взамен отозванного ключа"
    sheet.text(QRectF(0, 15 * m, sheet.width, 9 * m), line, 9, bold=True)
    return 25 * m


def _heading(sheet: Sheet, y: float, text: str) -> float:
    sheet.text(QRectF(0, y + 1.5 * sheet.mm, sheet.width, 5 * sheet.mm), text, 9.5, bold=True)
    return y + 7 * sheet.mm


def _key(sheet: Sheet, y: float, act: KeyAct) -> float:
    m = sheet.mm
    when = signed_at_text(act.requested_at) if act.requested_at is not None else _DATE_LINE
    y = sheet.row(y, 11 * m, (0.4, 0.6), [("Алгоритм / Алгоритм", act.key.algorithm, True),
                                          ("Сұрау жіберілді / Запрос отправлен", when, False)])
    sheet.cell(QRectF(0, y, sheet.width, 13 * m),
               "Ашық кілттің SHA-256 саусақ ізі / Отпечаток SHA-256 открытого ключа",
               grouped(act.key.fingerprint), points=11, bold=True, families=MONO)
    y += 13 * m
    numbers = [(name, grouped(value) if len(value) > 8 else value) for name, value in act.key.numbers]
    lines = sum(1 + len(value) // 120 for _, value in numbers)
    h = (6 + 3.6 * lines) * m
    caption = {"n": "Модуль n, e (hex) / Модуль n, e (hex)",
               "Q": "Ашық нүкте Q (hex) / Открытая точка Q (hex)"}[act.key.numbers[0][0]]
    sheet.cell(QRectF(0, y, sheet.width, h), caption, "\n".join(f"{name} = {value}" for name, value in numbers),
               points=7.5, families=MONO)
    return y + h


def _signature(sheet: Sheet, y: float, caption: str, name: str, *, left: float = 0) -> float:
    """A line to sign on, the name's line beside it and the date's under them; the caption from `left`."""
    m, w = sheet.mm, sheet.width
    line_y = y + 9 * m
    sheet.text(QRectF(left, line_y - 5 * m, 0.30 * w - left, 5 * m), caption, 8, color=CAPTION)
    sheet.p.setPen(QPen(RULE, 0.2 * m))
    sheet.p.drawLine(QPointF(0.30 * w, line_y), QPointF(0.48 * w, line_y))
    sheet.p.drawLine(QPointF(0.50 * w, line_y), QPointF(0.74 * w, line_y))
    sheet.text(QRectF(0.50 * w, line_y - 5 * m, 0.24 * w, 5 * m), name, 8.5, bold=True,
               flags=int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom))
    small = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    sheet.text(QRectF(0.30 * w, line_y + 0.5 * m, 0.18 * w, 3 * m), "қолы / подпись", 6, color=CAPTION, flags=small)
    sheet.text(QRectF(0.50 * w, line_y + 0.5 * m, 0.24 * w, 3 * m), "Т.А.Ә. / Ф.И.О.", 6, color=CAPTION,
               flags=small)
    sheet.text(QRectF(0.30 * w, line_y + 4 * m, 0.44 * w, 4 * m), _DATE_LINE, 7.5, color=CAPTION)
    return y + 17 * m


def _bank(sheet: Sheet, y: float) -> None:
    """The bank's part: the officer who compared the key, the certificate issued, the bank's stamp."""
    m, w = sheet.mm, sheet.width
    h = 44 * m
    sheet.box(0, y, w, h)
    sheet.text(QRectF(1.2 * m, y + 0.7 * m, w - 2.4 * m, 4 * m),
               "Банк толтырады / Заполняется банком", 7, bold=True, color=CAPTION)
    sheet.text(QRectF(1.2 * m, y + 5 * m, 0.70 * w, 9 * m),
               "Саусақ ізі сұраудағы кілтпен салыстырылды, сәйкес келеді. / "
               "Отпечаток сверен с ключом запроса, совпадает.", 8)
    _signature(sheet, y + 12 * m, "Банк қызметкері / Сотрудник банка", "", left=1.2 * m)
    sheet.text(QRectF(1.2 * m, y + 30 * m, 0.74 * w, 5 * m),
               "Сертификат шығарылды / Сертификат выпущен: № ______________________", 8)
    sheet.text(QRectF(0.30 * w, y + 36 * m, 0.44 * w, 5 * m), _DATE_LINE, 7.5, color=CAPTION)
    sheet.stamp(QPointF(0.86 * w, y + 24 * m), 10 * m)


def _footer(sheet: Sheet, act: KeyAct, printed_at: datetime) -> None:
    m = sheet.mm
    sheet.text(QRectF(0, sheet.height - 11 * m, sheet.width, 6 * m), _NOTE, 7, color=CAPTION)
    sheet.text(QRectF(0, sheet.height - 4 * m, sheet.width, 4 * m),
               f"Internet-Client арқылы басып шығарылды / Распечатано в Internet-Client: "
               f"{printed_at:%d.%m.%Y %H:%M} · {act.request_id}", 6, color=CAPTION)

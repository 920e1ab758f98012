"""The tenge payment order on paper: the national form ("ТӨЛЕМ ТАПСЫРМАСЫ / ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №").

The form follows what Kazakh banks print for a payment order: number and date; the payer
("отправитель денег") with IIN/BIN, IIK and KOd, the payer's bank with BIC; the beneficiary with
IIN/BIN, IIK and KBe, the beneficiary's bank with BIC; the intermediary bank; the amount in figures
and in words; KNP, KBK, value date; the purpose; the signatures with the stamp's place; the bank's
marks.

Our assumptions (no official sample of the printed form was at hand; the Internet-Client guide
describes signing rights but shows no printed form):
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
"""

from __future__ import annotations

from collections.abc import Callable

from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.ui.payments.paper.form import PaperForm, money_figures

# The amount row: amount, currency, KNP, KBK, value date.
_AMOUNT_COLUMNS = (0.26, 0.09, 0.10, 0.27, 0.28)

# What a kind prints under the purpose (a registry's note), from `y`; the `y` after it.
UnderPurpose = Callable[[PaperForm, float], float]


def paint_tenge_page(form: PaperForm, under_purpose: UnderPurpose | None = None) -> None:
    """The order's page of a tenge order, with its footer."""
    m, o = form.mm, form.order
    if form.draft:
        form.watermark()
    y = form.draft_band(form.title())
    y = form.party(y, o.payer, "Ақша жіберуші / Отправитель денег", "КОд",
                   "Ақша жіберушінің банкі / Банк отправителя денег")
    y = form.actual_party(y, o.actual_payer, "Нақты төлеуші / Фактический плательщик")
    y = form.party(y, o.beneficiary, "Бенефициар", "КБе",
                   "Бенефициардың банкі / Банк бенефициара")
    y = form.actual_party(y, o.actual_beneficiary, "Нақты алушы / Фактический получатель")
    y = form.row(y, 10 * m, (0.59, 0.41), [("Делдал банк / Банк-посредник", "—", False),
                                            ("БСК / БИК", "—", False)])
    y += 2.5 * m
    kbk = o.details.kbk if isinstance(o.details, BudgetDetails) else ""  # budget payments carry a KBK
    y = form.row(y, 11 * m, _AMOUNT_COLUMNS, [
        ("Сомасы / Сумма", money_figures(o.amount), True),
        ("Валюта", o.currency.strip().upper(), False),
        ("ТМК / КНП", o.knp.strip(), True),
        ("Бюджеттік сыныптама коды / КБК", kbk or "—", False),
        ("Валюталау күні / Дата валютирования", f"{o.value_date:%d.%m.%Y}", False)])
    y = form.words(y)
    y = form.purpose(y)
    if under_purpose is not None:
        y = under_purpose(form, y)
    y += 4 * m
    y = form.handwritten(y)
    y += 3 * m
    y = form.electronic(y)
    y += 3 * m
    form.bank_marks(y)
    form.footer()


def paint_tenge_order(form: PaperForm) -> None:
    """A plain payment order or a payment to the budget (with its KBK)."""
    paint_tenge_page(form)


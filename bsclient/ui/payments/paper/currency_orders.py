"""The paper forms of the two orders that are not tenge payments, painted with the pieces of every
paper form (form.py): A4 portrait, captions in Kazakh / Russian.

- A payment in foreign currency: "ШЕТЕЛ ВАЛЮТАСЫН АУДАРУҒА ӨТІНІШ / ЗАЯВЛЕНИЕ НА ПЕРЕВОД ИНОСТРАННОЙ
  ВАЛЮТЫ": the applicant (payer) and its currency account, the amount in figures and in words in the
  currency, the charges (MT103 field 71A), KNP, value date, the beneficiary (name, account, country,
  address) and its bank (SWIFT BIC), the intermediary bank, the currency contract's registration
  number, the purpose, the signatures and the bank's marks.
- A purchase or sale: "ШЕТЕЛ ВАЛЮТАСЫН САТЫП АЛУҒА (САТУҒА) ӨТІНІШ / ЗАЯВЛЕНИЕ НА ПОКУПКУ (ПРОДАЖУ)
  ИНОСТРАННОЙ ВАЛЮТЫ": the operation and currency, the debit and credit accounts with their amounts
  (the side the clerk fixed as ordered, the other indicative at the rate shown with its time), the
  fixed amount in words, and once the bank executed it, the rate it used and the amounts it booked
  (the record's rate; the arithmetic of bsclient/rules/exchange.py).

Our assumptions (no bank's printed sample at hand): the boxes, their order and the Kazakh wording are
ours, modelled on the applications banks print for currency transfers and conversions; the charges'
explanations follow MT103's meanings of OUR/SHA/BEN (confirmed); the application's number is the
order's number.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from bsclient.rules import compact_iban
from bsclient.rules.exchange import BUY, CREDIT, HOME_CURRENCY, foreign_currency
from bsclient.rules.foreign import country_name, swift_bank_name
from bsclient.rules.kinds.exchange import ExchangeDetails, executed_legs
from bsclient.rules.kinds.foreign import ForeignDetails
from bsclient.ui.payments.paper.form import PaperForm, bank_name, money_figures, signed_at_text

CHARGES = {
    "OUR": "OUR — барлық шығыстар жіберушінің есебінен / все расходы за счёт отправителя",
    "SHA": "SHA — жіберуші банкінің шығыстары жіберушіде, қалғаны бенефициарда / "
           "расходы банка отправителя за счёт отправителя, прочие — за счёт бенефициара",
    "BEN": "BEN — барлық шығыстар бенефициардың есебінен / все расходы за счёт бенефициара",
}
OPERATIONS = {BUY: "Сатып алу / Покупка", "sell": "Сату / Продажа"}
# The columns of the applicant's row (name, BIN, account, KOd) and the amount row.
_PARTY = (0.42, 0.17, 0.30, 0.11)
_AMOUNT = (0.26, 0.10, 0.12, 0.52)


def paint_foreign_order(form: PaperForm) -> None:
    """A payment in foreign currency: its application for a transfer."""
    if form.draft:
        form.watermark()
    _foreign(form)
    form.footer()


def paint_exchange_order(form: PaperForm) -> None:
    """A purchase or sale of currency: its application."""
    if form.draft:
        form.watermark()
    _exchange(form)
    form.footer()


def _closing(form: PaperForm, y: float) -> None:
    """Signatures by hand and the stamp, the electronic signatures, the bank's marks."""
    m = form.mm
    y = form.handwritten(y + 4 * m)
    y = form.electronic(y + 3 * m)
    form.bank_marks(y + 3 * m)


# --- a payment in foreign currency ----------------------------------------------------------------

def _foreign(form: PaperForm) -> None:
    m, o = form.mm, form.order
    details = o.details if isinstance(o.details, ForeignDetails) else None
    address = " ".join(details.address.split()) if details else ""
    country = details.country.strip().upper() if details else ""
    intermediary = details.intermediary_bic.strip().upper() if details else ""
    charges = details.charges if details else ""
    contract = details.contract.strip() if details else ""
    currency = o.currency.strip().upper()

    y = form.draft_band(form.title("ШЕТЕЛ ВАЛЮТАСЫН АУДАРУҒА ӨТІНІШ", "ЗАЯВЛЕНИЕ НА ПЕРЕВОД ИНОСТРАННОЙ ВАЛЮТЫ", 11.5))
    y = form.row(y, 13 * m, _PARTY, [
        ("Өтініш беруші (ақша жіберуші) / Заявитель (отправитель)", o.payer.name.strip(), True),
        ("ЖСН/БСН / ИИН/БИН", o.payer.bin.strip(), False),
        (f"Валюталық шот (ЖСК) / Валютный счёт (ИИК), {currency}", compact_iban(o.payer.iban), True),
        ("КОд", o.payer.code.strip(), False)])
    y = form.row(y, 10 * m, (0.59, 0.41), [("Жіберушінің банкі / Банк отправителя", bank_name(o.payer), False),
                                          ("БСК / БИК", o.payer.bic.strip().upper(), False)])
    y += 2.5 * m
    y = form.row(y, 11 * m, _AMOUNT, [
        ("Сомасы / Сумма", money_figures(o.amount), True),
        ("Валюта", currency, True),
        ("ТМК / КНП", o.knp.strip(), True),
        ("Валюталау күні / Дата валютирования", f"{o.value_date:%d.%m.%Y}", False)])
    y = form.words(y)
    y = form.row(y, 13 * m, (1.0,), [("Шығыстар (71A) / Комиссии и расходы (71A)", CHARGES.get(charges, charges or "—"),
                                      False)])
    y += 2.5 * m
    country_text = " ".join(part for part in (country, country_name(country, "ru")) if part) or "—"
    y = form.row(y, 13 * m, (0.46, 0.36, 0.18), [
        ("Бенефициар (атауы) / Бенефициар (наименование)", o.beneficiary.name.strip(), True),
        ("Бенефициардың шоты (IBAN) / Счёт бенефициара (IBAN)", compact_iban(o.beneficiary.iban), True),
        ("КБе", o.beneficiary.code.strip(), False)])
    y = form.row(y, 10 * m, (0.72, 0.28), [
        ("Бенефициардың мекенжайы / Адрес бенефициара", address or "—", False),
        ("Елі / Страна", country_text, False)])
    bic = o.beneficiary.bic.strip().upper()
    y = form.row(y, 10 * m, (0.59, 0.41), [
        ("Бенефициардың банкі / Банк бенефициара", swift_bank_name(bic) if bic else "", False),
        ("SWIFT BIC", bic, True)])
    y = form.row(y, 10 * m, (0.59, 0.41), [
        ("Делдал банк / Банк-посредник", (swift_bank_name(intermediary) or "") if intermediary else "—", False),
        ("SWIFT BIC", intermediary or "—", False)])
    y = form.row(y, 10 * m, (1.0,), [
        ("Валюталық шарттың есептік нөмірі / Учётный номер валютного договора", contract or "—", False)])
    y = form.purpose(y, 18)
    _closing(form, y)


# --- buying or selling currency ----------------------------------------------------------------------

def _exchange(form: PaperForm) -> None:
    m, o = form.mm, form.order
    details = o.details if isinstance(o.details, ExchangeDetails) else None
    operation = details.operation if details else BUY
    debit_currency = o.currency.strip().upper()
    credit_currency = details.credit_currency.strip().upper() if details else ""
    currency = foreign_currency(operation, debit_currency, credit_currency) or "—"
    fixed = details.fixed if details else "debit"
    credit_amount = details.credit_amount if details else ""
    buying = operation == BUY
    kazakh, russian = (("ШЕТЕЛ ВАЛЮТАСЫН САТЫП АЛУҒА ӨТІНІШ", "ЗАЯВЛЕНИЕ НА ПОКУПКУ ИНОСТРАННОЙ ВАЛЮТЫ") if buying
                       else ("ШЕТЕЛ ВАЛЮТАСЫН САТУҒА ӨТІНІШ", "ЗАЯВЛЕНИЕ НА ПРОДАЖУ ИНОСТРАННОЙ ВАЛЮТЫ"))

    y = form.draft_band(form.title(kazakh, russian, 11.5))
    y = form.row(y, 13 * m, (0.59, 0.30, 0.11), [
        ("Клиент (өтініш беруші) / Клиент (заявитель)", o.payer.name.strip(), True),
        ("ЖСН/БСН / ИИН/БИН", o.payer.bin.strip(), False),
        ("КОд", o.payer.code.strip(), False)])
    y = form.row(y, 10 * m, (0.59, 0.41), [("Банк", bank_name(o.payer), False),
                                          ("БСК / БИК", o.payer.bic.strip().upper(), False)])
    y += 2.5 * m
    y = form.row(y, 11 * m, (0.34, 0.18, 0.48), [
        ("Операция", OPERATIONS.get(operation, operation), True),
        ("Валюта", currency, True),
        ("Бекітілген сома / Фиксированная сумма",
         "Есепке алынатын сома / Сумма зачисления" if fixed == CREDIT
         else "Есептен шығарылатын сома / Сумма списания", False)])
    indicative = "индикативтік / индикативная"
    debit_caption = "Сомасы / Сумма" + ("" if fixed != CREDIT else f" ({indicative})")
    credit_caption = "Сомасы / Сумма" + ("" if fixed == CREDIT else f" ({indicative})")
    credit_text = money_figures(credit_amount) if credit_amount.strip() else "—"
    y = form.row(y, 11 * m, (0.44, 0.30, 0.26), [
        ("Есептен шығарылатын шот (ЖСК) / Счёт списания (ИИК)", compact_iban(o.payer.iban), True),
        (debit_caption, money_figures(o.amount) if o.amount.strip() else "—", fixed != CREDIT),
        ("Валюта", debit_currency, False)])
    y = form.row(y, 11 * m, (0.44, 0.30, 0.26), [
        ("Есепке алынатын шот (ЖСК) / Счёт зачисления (ИИК)", compact_iban(o.beneficiary.iban), True),
        (credit_caption, credit_text, fixed == CREDIT),
        ("Валюта", credit_currency, False)])
    if fixed == CREDIT:
        y = form.words(y, credit_amount, credit_currency,
                       "Бекітілген сома жазумен / Фиксированная сумма прописью")
    else:
        y = form.words(y, o.amount, debit_currency, "Бекітілген сома жазумен / Фиксированная сумма прописью")
    y = form.row(y, 11 * m, (0.34, 0.33, 0.33), [
        ("Индикативтік бағам / Индикативный курс", _rate_text(currency, details.rate if details else ""), False),
        ("Бағам уақыты / Время курса", _time_text(details.rate_time if details else "", form), False),
        ("ТМК / КНП · Валюталау күні / Дата валютирования", f"{o.knp.strip() or '—'} · {o.value_date:%d.%m.%Y}",
         False)])
    y = _executed(form, y)
    sale_purpose = None
    if not o.purpose.strip() and not buying:  # a sale needs no purpose; the order carries this one (SALE_PURPOSE)
        sale_purpose = "Шетел валютасын сату / Продажа иностранной валюты"
    y = form.purpose(y, 16, sale_purpose)
    _closing(form, y)


def _rate_text(currency: str, value: str) -> str:
    return f"1 {currency} = {money_figures(value)} {HOME_CURRENCY}" if value.strip() else "—"


def _time_text(moment: str, form: PaperForm) -> str:
    try:
        return signed_at_text(datetime.fromisoformat(moment.replace("Z", "+00:00")), form.tz) if moment else "—"
    except ValueError:
        return moment


def _executed(form: PaperForm, y: float) -> float:
    """The bank's rate at execution and what it booked; until then, that the bank sets it then."""
    m, rate = form.mm, form.rate
    if rate is None:
        return form.row(y, 11 * m, (1.0,), [(
            "Банк орындаған бағам / Курс исполнения банком",
            "Банк орындаған сәттегі бағамы бойынша / По курсу банка на момент исполнения", False)])
    text = f"1 {rate.base} = {money_figures(rate.value)} {rate.quote}"
    try:
        booked = executed_legs(form.order, Decimal(rate.value))
    except ArithmeticError:
        booked = None
    debited = credited = "—"
    if booked is not None:
        (debit, debit_currency), (credit, credit_currency) = booked
        debited = f"{money_figures(str(debit))} {debit_currency}"
        credited = f"{money_figures(str(credit))} {credit_currency}"
    return form.row(y, 11 * m, (0.34, 0.33, 0.33), [
        ("Банк орындаған бағам / Курс исполнения банком", text, True),
        ("Банк есептен шығарды / Списано банком", debited, True),
        ("Банк есепке алды / Зачислено банком", credited, True)])


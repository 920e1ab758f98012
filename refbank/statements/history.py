"""A year of the demo company's past at the bank, so that statements have something to show.

Made up but shaped like a trading company's year: many customers paying invoices every business
day, card acquiring, payments to suppliers with the bank's fees, salary through the salary
account, pension, social and health contributions and income tax to the budget, and currency
conversions between the KZT and USD accounts. Deterministic for a seed and a date.

The history ends the day before the bank opens and agrees with the balances the bank starts
with: each account's balance at opening = its history's opening + credits - debits, and no
account goes below zero on any day. Counterparties are invented; their BINs/IINs carry correct
check digits and their IIKs correct checksums, but belong to nobody. KNP codes marked "sample"
in KNP_ below were seen in public material but not confirmed; the bank's directory decides.
"""

from __future__ import annotations

import math
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from schwifty import IBAN

from bsclient.rules import bank_code_of, iin_bin_check_digit
from refbank.bank_time import bank_today
from refbank.db import from_tiyn, to_tiyn
from refbank.statements.pages import bank_name

DEFAULT_LINES = 30_000  # lines a year on the demo company's current account (refbank.config too)
HISTORY_DAYS = 365
DEFAULT_SEED = 20_260_101

# KNP (payment purpose codes). Confirmed in published examples: 010, 012, 089, 121, 122, 911, 119.
KNP_GOODS = "710"           # payment for goods (used by the project's own examples)
KNP_PENSION = "010"
KNP_EMPLOYER_PENSION = "089"
KNP_SOCIAL = "012"
KNP_HEALTH = "121"
KNP_HEALTH_EMPLOYEE = "122"
KNP_INCOME_TAX = "911"
KNP_OTHER = "119"           # other transfers: acquiring, between own accounts
KNP_SALARY = "311"          # sample: salary (unconfirmed)
KNP_BANK_FEE = "840"        # sample: bank's commission (unconfirmed)
KNP_FX_BUY = "213"          # sample: purchase of foreign currency (unconfirmed)
KNP_FX_SELL = "223"         # sample: sale of foreign currency (unconfirmed)
KNP_EXPORT = "710"

OTHER_BANKS = ("HSBKKZKX", "CASPKZKA", "KCJBKZKX", "IRTYKZKA", "KSNVKZKA", "EURIKZKA", "INLMKZKA", "NURSKZKX")
# Fixed-date public holidays of Kazakhstan (month, day): no bookings on them.
HOLIDAYS = frozenset({(1, 1), (1, 2), (1, 7), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9),
                      (7, 6), (8, 30), (10, 25), (12, 16)})

NAME_WORDS = ("Алтын", "Дала", "Жетісу", "Сарыарқа", "Көкше", "Ақжол", "Береке", "Шаңырақ", "Тұран", "Самал",
              "Нұр", "Арман", "Бірлік", "Өркен", "Ұлытау", "Қазына", "Сәулет", "Бәйтерек", "Есіл", "Жайық",
              "Степной", "Восток", "Евразия", "Северный", "Медеу", "Кокпар", "Іле", "Балқаш", "Атамекен", "Ордa")
NAME_TRADES = ("Трейд", "Строй", "Сервис", "Логистик", "Агро", "Фуд", "Маркет", "Снаб", "Транс", "Инвест",
               "Дистрибьюшн", "Торг", "Пласт", "Металл", "Текстиль", "Фарм", "Мебель", "Энерго")
SURNAMES = ("Ахметов", "Жумабаев", "Сейткали", "Нурланов", "Абенов", "Касымов", "Тулегенов", "Омаров",
            "Бекмухамедов", "Әбдірахманов", "Қасымова", "Оспанова", "Искаков", "Мұхамеджанов", "Серікбаев",
            "Ким", "Иванова", "Петренко", "Байжанов", "Төлеуов", "Құдайбергенова", "Есенова", "Шевченко")
INITIALS = "АБГДЕЖЗИКЛМНОРСТУШЭЮЯ"
GOODS = ("строительные материалы", "продукты питания", "бытовую химию", "канцелярские товары",
         "хозяйственные товары", "запасные части", "упаковку", "электротовары", "сантехнику", "напитки")
GOODS_KZ = ("құрылыс материалдары", "азық-түлік", "тұрмыстық химия", "кеңсе тауарлары", "қосалқы бөлшектер")
FOREIGN_BUYERS = (("Rhein Handel GmbH", "DE", "37040044", "COBADEFFXXX", "Commerzbank AG"),
                  ("Anatolia Gida Ticaret A.S.", "DE", "10070000", "DEUTDEBBXXX", "Deutsche Bank AG"))
FOREIGN_SUPPLIERS = (("Ningbo Packaging Machinery Co., Ltd.", "DE", "50070010", "DEUTDEFFXXX", "Deutsche Bank AG"),
                     ("Baltic Trade Solutions SIA", "LV", "HABA", "HABALV22XXX", "Swedbank AS"))

# Demo scale of the year's money (tiyn); the rest follows from the number of lines.
CUSTOMER_MEDIAN = 6_000_000          # 60 000 KZT: a typical invoice
ACQUIRING_MEDIAN = 45_000_000        # 450 000 KZT a day from card terminals
INTERBANK_FEE = 20_000               # 200 KZT for an order to another bank
OWN_BANK_FEE = 5_000                 # 50 KZT within the bank
ACCOUNT_FEE = 500_000                # 5 000 KZT a month for keeping the account
USD_TRANSFER_FEE = 3_000             # 30 USD for a transfer abroad
USD_START = 2_000_000                # 20 000 USD a year ago


@dataclass(frozen=True)
class Party:
    name: str
    bin: str
    iban: str
    bic: str
    bank: str


@dataclass
class _Account:
    iban: str
    party: Party               # the account as a counterparty of the company's other accounts
    target: int                # the balance the bank opens with (tiyn)
    balance: int = 0
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def book(self, day: date, number: str, amount: int, party: Party, *, knp: str, purpose: str) -> None:
        self.balance += amount
        self.rows.append((self.iban, day.isoformat(), number, amount, party.name, party.bin, party.iban,
                          party.bic, party.bank, knp, purpose))


def is_business_day(day: date) -> bool:
    """Monday to Friday and not a fixed-date public holiday: a day the history books lines on."""
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS


def business_days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        if is_business_day(day):
            yield day
        day += timedelta(days=1)


def generate_history(conn: sqlite3.Connection, created: dict[str, Any], *, lines: int = DEFAULT_LINES,
                     today: date | None = None, seed: int = DEFAULT_SEED) -> int:
    """Book a year of history on the demo company's accounts (within the caller's transaction).

    `created` is what create_demo_customers returned; `lines` the approximate number of lines on
    the current account. Returns the number of lines booked on all accounts.
    """
    if lines <= 0:
        return 0
    today = today or bank_today()
    generator = _Generator(random.Random(seed), created, lines)
    generator.run(today - timedelta(days=HISTORY_DAYS), today - timedelta(days=1))
    total = 0
    for account in generator.accounts:
        conn.executemany(
            "INSERT INTO history_lines (iban, booked_on, number, amount, counterparty_name, counterparty_bin, "
            "counterparty_iban, counterparty_bic, counterparty_bank, knp, purpose) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", account.rows)
        total += len(account.rows)
    return total


class _Generator:
    def __init__(self, rng: random.Random, created: dict[str, Any], lines: int) -> None:
        self.rng = rng
        company = created["company"]
        self.bank_bic = created["bank_bic"]
        self.own_code = bank_code_of(self.bank_bic)
        own = [a for a in created["accounts"] if a["company_bin"] == company["bin"]]

        def account(currency: str, salary: bool) -> _Account:
            row = next(a for a in own if a["currency"] == currency and ("alary" in a["title"]) == salary)
            party = Party(company["name"], company["bin"], row["iban"], self.bank_bic, bank_name(self.bank_bic))
            return _Account(row["iban"], party, to_tiyn(Decimal(row["balance"])))

        self.current, self.usd, self.salary = account("KZT", False), account("USD", False), account("KZT", True)
        self.accounts = (self.current, self.usd, self.salary)
        bank = bank_name(self.bank_bic)
        bank_bin = self._bin("9507400")
        self.bank_fees = Party(bank, bank_bin, self._kz_iban(self.own_code), self.bank_bic, bank)
        self.acquiring = Party(f"{bank} (эквайринг)", bank_bin, self._kz_iban(self.own_code), self.bank_bic, bank)
        self.fx_desk = Party(f"{bank} (конвертация)", bank_bin, self._kz_iban(self.own_code), self.bank_bic, bank)
        self.cards = Party(f"{bank} (карт-счета сотрудников)", bank_bin, self._kz_iban(self.own_code),
                           self.bank_bic, bank)
        # Where contributions go (seen once in public material; sample data).
        self.gcvp = Party("НАО «Государственная корпорация «Правительство для граждан»", "160440007161",
                          "KZ12009NPS0413609816", "GCVPKZ2A", bank_name("GCVPKZ2A"))
        self.tax_office = Party("РГУ «Управление государственных доходов по Есильскому району ДГД по г. Астана»",
                                self._bin("1210400"), self._kz_iban("070"), "KKMFKZ2A", bank_name("KKMFKZ2A"))
        pool = max(40, lines // 100)
        self.customers = [self._company() for _ in range(pool)]
        self.suppliers = [self._company() for _ in range(max(12, pool // 8))]
        self.foreign_buyers = [self._foreign(*spec) for spec in FOREIGN_BUYERS]
        self.foreign_suppliers = [self._foreign(*spec) for spec in FOREIGN_SUPPLIERS]
        # About 9 lines a business day besides customers' payments (supplier orders, fees, acquiring).
        self.customers_per_day = max(1.0, (lines - 250 * 9 - 150) / 250)
        daily_income = self.customers_per_day * CUSTOMER_MEDIAN * math.exp(0.5) + ACQUIRING_MEDIAN
        self.payroll = int(daily_income * 1.5) // 100_000 * 100_000
        self.our_number = 0
        self.bank_number = 100_000

    # --- counterparties -------------------------------------------------------------------------

    def _bin(self, prefix: str) -> str:
        while True:
            first = prefix + "".join(self.rng.choice("0123456789") for _ in range(11 - len(prefix)))
            digit = iin_bin_check_digit(first)
            if digit is not None:
                return first + str(digit)

    def _kz_iban(self, bank_code: str) -> str:
        return str(IBAN.generate("KZ", bank_code=bank_code,
                                 account_code="".join(self.rng.choice("0123456789") for _ in range(13))))

    def _company(self) -> Party:
        rng = self.rng
        bic = self.bank_bic if rng.random() < 0.25 else rng.choice(OTHER_BANKS)
        code = bank_code_of(bic)
        kind = rng.random()
        if kind < 0.2:  # an individual entrepreneur: identified by the owner's IIN
            surname = rng.choice(SURNAMES)
            name = f"ИП {surname} {rng.choice(INITIALS)}.{rng.choice(INITIALS)}."
            birth = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
            sex = "3" if not surname.endswith("а") else "4"
            if birth.year >= 2000:
                sex = str(int(sex) + 2)
            number = self._bin(birth.strftime("%y%m%d") + sex)
        else:
            form = "ТОО" if kind < 0.85 else ("АО" if kind < 0.93 else "КХ")
            name = f"{form} «{rng.choice(NAME_WORDS)} {rng.choice(NAME_TRADES)}»"
            registered = date(2000, 1, 1) + timedelta(days=rng.randrange(24 * 365))
            number = self._bin(registered.strftime("%y%m") + "40")
        return Party(name, number, self._kz_iban(code), bic, bank_name(bic))

    def _foreign(self, name: str, country: str, bank_code: str, bic: str, bank: str) -> Party:
        length = {"DE": 10, "LV": 13}[country]
        account = "".join(self.rng.choice("0123456789") for _ in range(length))
        return Party(name, "", str(IBAN.generate(country, bank_code=bank_code, account_code=account)), bic, bank)

    # --- the year ---------------------------------------------------------------------------------

    def run(self, first: date, last: date) -> None:
        for account in self.accounts:
            account.balance = account.target if account is not self.usd else USD_START
        days = list(business_days(first, last))
        planned = self._plan(days)
        for index, day in enumerate(days):
            final = index == len(days) - 1
            self._customers(day)
            self._usd_day(day, final)
            for duty in planned.get(day, ()):
                duty(day)
            upcoming = sum(amount for later in days[index + 1:index + 4] for amount in self._due(planned, later))
            self._pay_suppliers(day, final, reserve=upcoming)
        for account in self.accounts:
            # The last day lands at or below the balance the bank opens with; the year's opening
            # balance (the bank's balance less the lines) is then at or above the simulation's start.
            assert account.balance <= account.target, "the simulation overshot the opening balance"

    def _plan(self, days: list[date]) -> dict[date, list[Any]]:
        """The month's fixed duties: salary on the 10th, contributions and tax on the 20th, fee at month end."""
        planned: dict[date, list[Any]] = {}
        months = sorted({(d.year, d.month) for d in days})
        for year, month in months:
            in_month = [d for d in days if (d.year, d.month) == (year, month)]
            gross = int(self.payroll * self.rng.uniform(0.95, 1.1)) // 100 * 100
            # The history's first month has begun already: what fell due before it is not shown.
            for day_of_month, action, share in ((10, self._salary, 0.8), (20, self._contributions, 0.38)):
                due = next((d for d in in_month if d.day >= day_of_month), None)
                if due is not None and in_month[0].day <= day_of_month:
                    planned.setdefault(due, []).append(_Duty(action, gross, share))
            planned.setdefault(in_month[-1], []).append(_Duty(self._account_fee, ACCOUNT_FEE, 1.0))
        return planned

    @staticmethod
    def _due(planned: dict[date, list[Any]], day: date) -> Iterator[int]:
        return (duty.estimate for duty in planned.get(day, ()))

    def _customers(self, day: date) -> None:
        rng, account = self.rng, self.current
        count = max(0, round(rng.gauss(self.customers_per_day, self.customers_per_day ** 0.5)))
        for _ in range(count):
            # A few customers pay often, most now and then.
            party = self.customers[min(int(rng.paretovariate(1.2)) - 1, len(self.customers) - 1)
                                   if rng.random() < 0.5 else rng.randrange(len(self.customers))]
            amount = max(50_000, int(rng.lognormvariate(math.log(CUSTOMER_MEDIAN), 1.0)))
            account.book(day, str(rng.randrange(1, 10_000)), amount, party, knp=KNP_GOODS,
                         purpose=self._invoice_purpose(day, amount))
        amount = int(rng.lognormvariate(math.log(ACQUIRING_MEDIAN), 0.4))
        self.bank_number += 1
        account.book(day, str(self.bank_number), amount, self.acquiring, knp=KNP_OTHER,
                     purpose=f"Возмещение по операциям с платёжными карточками за {_ru(day - timedelta(days=1))}, "
                     f"комиссия банка удержана")

    def _invoice_purpose(self, day: date, amount: int) -> str:
        rng = self.rng
        invoice_day = _ru(day - timedelta(days=rng.randrange(0, 30)))
        vat = _kzt(amount * 12 // 112)
        if rng.random() < 0.15:
            return (f"Шот-фактура № {rng.randrange(1, 5000)} {invoice_day} бойынша {rng.choice(GOODS_KZ)} "
                    f"үшін төлем, оның ішінде ҚҚС 12% - {vat}")
        if rng.random() < 0.2:
            return (f"Предоплата по договору № {rng.randrange(1, 400)}/{day:%y} от {invoice_day} "
                    f"за {rng.choice(GOODS)}, в т.ч. НДС 12% - {vat}")
        return f"Оплата по счёту на оплату № {rng.randrange(1, 9000)} от {invoice_day} за {rng.choice(GOODS)}, " \
               f"в т.ч. НДС 12% - {vat}"

    def _pay_suppliers(self, day: date, final: bool, *, reserve: int) -> None:
        rng, account = self.rng, self.current
        count = rng.randint(2, 6)
        target = account.target if final else int(max(account.target, 100_000_000) * rng.uniform(0.6, 1.4))
        fees = count * INTERBANK_FEE
        budget = account.balance - target - reserve - fees
        if budget < count * 1_000_000:
            count = 0
        weights = [rng.random() + 0.2 for _ in range(count)]
        parts = [int(budget * w / sum(weights)) for w in weights]
        if parts:
            parts[-1] = budget - sum(parts[:-1])  # the last takes the rounding
        for amount in parts:
            supplier = rng.choice(self.suppliers)
            number = self._next_number()
            account.book(day, number, -amount, supplier, knp=KNP_GOODS,
                         purpose=f"Оплата по договору поставки № {rng.randrange(1, 90)}-П от {_ru(day.replace(day=1))} "
                         f"за {rng.choice(GOODS)}, в т.ч. НДС 12% - {_kzt(amount * 12 // 112)}")
            self._fee(day, account, number, supplier)
        if final:  # what is left above the opening balance (cheaper same-bank fees, a small day)
            spare = account.balance - account.target
            if spare > 0:
                account.book(day, self._next_number(), -spare, rng.choice(self.suppliers), knp=KNP_GOODS,
                             purpose=f"Оплата по счёту № {rng.randrange(1, 9000)} от {_ru(day)} за {rng.choice(GOODS)}, "
                             f"без НДС")

    def _fee(self, day: date, account: _Account, number: str, to: Party) -> None:
        fee = OWN_BANK_FEE if to.bic == self.bank_bic else INTERBANK_FEE
        self.bank_number += 1
        account.book(day, str(self.bank_number), -fee, self.bank_fees, knp=KNP_BANK_FEE,
                     purpose=f"Комиссия за перевод по платёжному поручению № {number} от {_ru(day)}")

    def _salary(self, day: date, gross: int) -> None:
        net = gross * 8 // 10
        number = self._next_number()
        purpose = f"Перевод на зарплатный счёт для выплаты заработной платы за {_month(day - timedelta(days=20))}"
        self.current.book(day, number, -net, self.salary.party, knp=KNP_OTHER, purpose=purpose)
        self.salary.book(day, number, net, self.current.party, knp=KNP_OTHER, purpose=purpose)
        self.salary.book(day, self._next_number(), -net, self.cards, knp=KNP_SALARY,
                         purpose=f"Зачисление заработной платы за {_month(day - timedelta(days=20))} "
                         f"на карт-счета сотрудников по реестру, {self.rng.randint(38, 46)} чел.")

    def _contributions(self, day: date, gross: int) -> None:
        period = _month(day - timedelta(days=20))
        for knp, share, what, party in (
                (KNP_PENSION, 10, "Обязательные пенсионные взносы", self.gcvp),
                (KNP_EMPLOYER_PENSION, 2.5, "Обязательные пенсионные взносы работодателя", self.gcvp),
                (KNP_SOCIAL, 5, "Социальные отчисления", self.gcvp),
                (KNP_HEALTH, 3, "Отчисления на обязательное социальное медицинское страхование", self.gcvp),
                (KNP_HEALTH_EMPLOYEE, 2, "Взносы на обязательное социальное медицинское страхование", self.gcvp),
                (KNP_INCOME_TAX, 9, "Индивидуальный подоходный налог, КБК 101201", self.tax_office)):
            amount = int(gross * share) // 100
            self.current.book(day, self._next_number(), -amount, party, knp=knp,
                              purpose=f"{what} за {period}, по списку сотрудников")

    def _account_fee(self, day: date, amount: int) -> None:
        self.bank_number += 1
        self.current.book(day, str(self.bank_number), -amount, self.bank_fees, knp=KNP_BANK_FEE,
                          purpose=f"Комиссия за ведение текущего счёта за {_month(day)}")

    def _usd_day(self, day: date, final: bool) -> None:
        rng, usd = self.rng, self.usd
        rate = Decimal(470) + Decimal(40) * Decimal(math.sin(day.toordinal() / 40)) + Decimal(rng.randint(0, 300)) / 100
        rate = rate.quantize(Decimal("0.01"))
        if rng.random() < 0.12:
            buyer = rng.choice(self.foreign_buyers)
            amount = rng.randrange(300_000, 4_000_000)
            usd.book(day, str(rng.randrange(100, 999)), amount, buyer, knp=KNP_EXPORT,
                     purpose=f"Payment for goods under contract No. {rng.randrange(10, 99)}-EX/{day:%y}, "
                     f"invoice {rng.randrange(100, 999)}")
        if rng.random() < 0.08 and usd.balance > 500_000:
            supplier = rng.choice(self.foreign_suppliers)
            amount = int(usd.balance * rng.uniform(0.1, 0.5))
            number = self._next_number()
            usd.book(day, number, -amount, supplier, knp=KNP_GOODS,
                     purpose=f"Prepayment for equipment under contract No. {rng.randrange(1, 50)}/{day:%Y}")
            self.bank_number += 1
            usd.book(day, str(self.bank_number), -USD_TRANSFER_FEE, self.bank_fees, knp=KNP_BANK_FEE,
                     purpose=f"Комиссия за перевод в иностранной валюте по п/п № {number}")
        excess = usd.balance - (usd.target if final else 6_000_000)
        if final and excess < 0:
            self._convert(day, -excess, rate, buy=True)
        elif excess > 0 and (final or rng.random() < 0.5):
            self._convert(day, excess, rate, buy=False)

    def _convert(self, day: date, cents: int, rate: Decimal, *, buy: bool) -> None:
        kzt = int(Decimal(cents) * rate)
        number = self._next_number()
        what = (f"{'Покупка' if buy else 'Продажа'} {from_tiyn(cents)} USD по курсу {rate} "
                f"по заявке № {number} от {_ru(day)}")
        if buy:
            self.current.book(day, number, -kzt, self.fx_desk, knp=KNP_FX_BUY, purpose=what)
            self.usd.book(day, number, cents, self.fx_desk, knp=KNP_FX_BUY, purpose=what)
        else:
            self.usd.book(day, number, -cents, self.fx_desk, knp=KNP_FX_SELL, purpose=what)
            self.current.book(day, number, kzt, self.fx_desk, knp=KNP_FX_SELL, purpose=what)

    def _next_number(self) -> str:
        self.our_number += 1
        return str(self.our_number)


@dataclass(frozen=True)
class _Duty:
    action: Any
    amount: int
    share: float

    @property
    def estimate(self) -> int:
        return int(self.amount * self.share)

    def __call__(self, day: date) -> None:
        self.action(day, self.amount)


def _ru(day: date) -> str:
    return day.strftime("%d.%m.%Y")


_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь")


def _month(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year} г."


def _kzt(tiyn: int) -> str:
    whole, cents = divmod(tiyn, 100)
    return f"{whole:,}".replace(",", " ") + f",{cents:02d}"

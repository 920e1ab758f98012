"""Import of payment orders from 1C: a file of N orders (10,000 by default) read, checked and stored.

    .venv/bin/python bench/import_1c.py [--orders N] [--encoding cp1251|kz1048|utf-8] [--stored N]

Generates a ClientBankExchange file like accounting software writes (Kazakh names, a few banks),
then prints how long parsing, mapping with validation (against the local store, as the import
dialog does: duplicates and the payee guard), and the one-transaction import into that store each
take, the file's size, and when the first orders were checked (the import dialog shows them then,
while the rest of the file is checked). The store is fresh, or holds --stored orders paid on
earlier days, half of them to the file's beneficiaries.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from schwifty import IBAN  # noqa: E402

from bsclient.client.documents.record import DocumentStatus  # noqa: E402
from bsclient.client.documents.store import DocumentStore  # noqa: E402
from bsclient.client.documents.store_key import KEY_BYTES  # noqa: E402
from bsclient.client.models import Account, DocumentState  # noqa: E402
from bsclient.client.onec import parse_exchange_file  # noqa: E402
from bsclient.client.onec.payment_import import PREVIEW_PART, import_orders, preview_orders  # noqa: E402

COMPANY_BIN = "181140004063"
PAYER = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
BENEFICIARIES = [  # (name, BIN, bank code, BIC)
    ("ТОО \"Көкшетау Құрылыс\"", "090840000906", "856", "KCJBKZKX"),
    ("ТОО \"Алатау Тіршілік\"", "050140000656", "965", "IRTYKZKA"),
    ("ТОО \"Сейітқали Өнер\"", "220640014948", "722", "CASPKZKA"),
    ("АО \"Бизнес-білім\"", "940140000385", "551", "KSNVKZKA"),
]


def generate(orders: int, encoding: str) -> bytes:
    day = date.today().strftime("%d.%m.%Y")
    word = "UTF-8" if encoding == "utf-8" else "Windows"
    lines = ["1CClientBankExchange", "ВерсияФормата=1.02", f"Кодировка={word}", "Отправитель=1С:Бухгалтерия",
             "Получатель=Internet-Client", f"ДатаСоздания={day}", f"ДатаНачала={day}", f"ДатаКонца={day}",
             f"РасчСчет={PAYER}", "Документ=Платежное поручение"]
    for n in range(orders):
        name, bin_, code, bic = BENEFICIARIES[n % len(BENEFICIARIES)]
        iban = IBAN.generate("KZ", bank_code=code, account_code=f"{n:013d}").compact
        lines += ["СекцияДокумент=Платежное поручение", f"НомерДокумента={n + 1}", f"ДатаДокумента={day}",
                  f"Сумма={1000 + n}.{n % 100:02d}", "ПлательщикНаименование=ТОО \"\"Демо\"\"",
                  f"ПлательщикБИН_ИИН={COMPANY_BIN}", "ПлательщикКБЕ=17", f"ПлательщикИИК={PAYER}",
                  "ПлательщикБанкБИК=HSBKKZKX", f"ПолучательНаименование={name}", f"ПолучательБИН_ИИН={bin_}",
                  "ПолучательКБЕ=17", f"ПолучательИИК={iban}", f"ПолучательБанкБИК={bic}",
                  "КодНазначенияПлатежа=710",
                  f"НазначениеПлатежа=Оплата по счёту № {n} за товары, в т.ч. НДС 12%", "Валюта=KZT",
                  "КонецДокумента"]
    lines.append("КонецФайла")
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "cp1251":  # Windows-1251 has І but not the other Kazakh letters
        text = text.translate(str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһ", "АаГгКкНнОоУуУуХх"))
    return text.encode(encoding)


def fill(store: DocumentStore, orders: int) -> None:
    """`orders` paid orders of earlier days, as the bank's answers left them, half to the file's beneficiaries."""
    template = preview_orders(parse_exchange_file(generate(len(BENEFICIARIES), "utf-8")), company_name="TOO Demo",
                              company_bin=COMPANY_BIN, accounts=[], existing=[]).orders
    paid = []
    for n in range(orders):
        order = dataclasses.replace(template[n % len(template)].order, id=str(uuid.uuid4()), number=f"P{n}",
                                    date=date.today() - timedelta(days=1 + n % 700))
        if n % 2:
            order.beneficiary = dataclasses.replace(order.beneficiary, name=f"ТОО Поставщик {n}", bin="",
                                                    iban=IBAN.generate("KZ", bank_code="601",
                                                                       account_code=f"{n:013d}").compact)
        paid.append(order)
    store.add_drafts(paid)
    store.record_batch(signed=[(order, b"{}", [b"signature"], None) for order in paid], sent=[o.id for o in paid],
                       states=[DocumentState(o.id, DocumentStatus.EXECUTED, None, None, None) for o in paid])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--encoding", choices=["cp1251", "kz1048", "utf-8"], default="cp1251")
    parser.add_argument("--stored", type=int, default=0, help="orders already in the store (paid before)")
    args = parser.parse_args()
    data = generate(args.orders, args.encoding)
    account = Account(PAYER, "KZT", Decimal("1e12"), Decimal("1e12"), "Current account")
    key = os.urandom(KEY_BYTES)  # encrypted, as the client's store
    with tempfile.TemporaryDirectory() as folder, DocumentStore(Path(folder) / "documents.sqlite3", key=key) as store:
        fill(store, args.stored)
        started = time.perf_counter()
        exchange = parse_exchange_file(data)
        parsed = time.perf_counter()
        first_part: list[float] = []

        def on_orders(_orders: object, _total: int) -> None:
            if not first_part:
                first_part.append(time.perf_counter())

        preview = preview_orders(exchange, company_name="TOO Demo", company_bin=COMPANY_BIN, accounts=[account],
                                 existing=store, on_orders=on_orders)
        validated = time.perf_counter()
        import_orders(store, preview)
        imported = time.perf_counter()
        stored = store.count()
    assert len(preview.valid_orders) == args.orders == stored - args.stored, (len(preview.valid_orders), stored)

    total = imported - started
    print(f"{args.orders} orders, {len(data) / 1024 / 1024:.1f} MB in {args.encoding}, {args.stored} in the store")
    print(f"parse:    {parsed - started:6.2f} s")
    print(f"validate: {validated - parsed:6.2f} s  ({(validated - parsed) / args.orders * 1000:.3f} ms an order,"
          " goal about 0.1)")
    print(f"import:   {imported - validated:6.2f} s  (one prepared statement, one transaction)")
    print(f"total:    {total:6.2f} s  (goal <= 1.0 s for 10,000 orders)")
    print(f"first {PREVIEW_PART} orders checked, shown in the preview: {first_part[0] - started:.2f} s after the start")


if __name__ == "__main__":
    main()

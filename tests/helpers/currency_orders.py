"""A payment abroad and a purchase of currency as the clerk drafts them, on a fixed day at fixed rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules.exchange import BUY, Quote, Rates
from bsclient.rules.kinds.exchange import ExchangeDetails
from bsclient.rules.kinds.foreign import ForeignDetails

TODAY = dt.date(2026, 11, 23)
RATES = Rates("2026-11-23T04:00:00Z", {"USD": Quote("USD", Decimal("468.50"), Decimal("474.00")),
                                       "EUR": Quote("EUR", Decimal("492.00"), Decimal("500.00"))})
KZT_IIK, USD_IIK = "KZ86125KZT5004100100", "KZ98125USD5004100100"


def foreign_order(**changes) -> PaymentOrder:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", USD_IIK, "TSESKZKA", "17"), "5", today=TODAY,
                             kind="foreign", currency="USD")
    order.beneficiary = Party("Muller Maschinenbau GmbH", "", "DE89370400440532013000", "DEUTDEFF", "27")
    order.amount, order.knp, order.purpose = "1 500,00", "710", "Payment for equipment,\ninvoice 45"
    order.details = ForeignDetails(address="Hauptstrasse 1", country="DE", charges="SHA")
    for name, value in changes.items():
        setattr(order, name, value)
    return order


def exchange_order(operation: str = BUY, **details) -> PaymentOrder:
    debit, credit = (KZT_IIK, USD_IIK) if operation == BUY else (USD_IIK, KZT_IIK)
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", debit, "TSESKZKA", "17"), "8", today=TODAY,
                             kind="exchange", currency="KZT" if operation == BUY else "USD")
    order.beneficiary = Party("TOO Demo", "181140004063", credit, "TSESKZKA", "17")
    order.amount, order.knp = "474 000,00", "213"
    order.purpose = "Import contract 12" if operation == BUY else ""
    order.details = ExchangeDetails(operation=operation, fixed="credit", credit_amount="1 000",
                                    credit_currency="USD" if operation == BUY else "KZT", rate="474.00",
                                    rate_time=RATES.time, **details)
    return order

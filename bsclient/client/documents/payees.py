"""The payee guard: which IIK goes with which BIN and name, learnt from every order the company paid.

Malware on accounting PCs rewrites the IIK in 1C export files and keeps the name, so a known
beneficiary with a new IIK, or a known IIK with another BIN or name, is flagged with what changed and
since which payment; a beneficiary never paid before is marked new. The memory is the document store
itself: the orders sent to the bank (not drafts, not rejected or recalled ones) are what was paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from bsclient.client.documents.record import DocumentRecord
from bsclient.client.documents.store import PAID as PAID_STATUSES
from bsclient.client.documents.store import DocumentStore
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules import compact_iban

PAID = frozenset(PAID_STATUSES)
KNOWN, NEW, CHANGED = "known", "new", "changed"
DATE_FORMAT = "%d.%m.%Y"  # as the clerk's documents write dates


@dataclass(frozen=True)
class Payment:
    """One past payment to a beneficiary: what the order said, and when."""

    name: str
    bin: str
    iban: str
    day: date
    number: str


@dataclass
class PayeeMemory:
    """The last payment per IIK and per BIN (the latest order wins)."""

    by_iban: dict[str, Payment] = field(default_factory=dict)
    by_bin: dict[str, Payment] = field(default_factory=dict)


@dataclass(frozen=True)
class PayeeCheck:
    """KNOWN, NEW or CHANGED, with the sentences that say what changed and since when."""

    state: str
    reasons: tuple[Message, ...] = ()

    @property
    def changed(self) -> bool:
        return self.state == CHANGED


def _same_name(first: str, second: str) -> bool:
    def plain(text: str) -> str:
        return " ".join(text.replace("«", '"').replace("»", '"').casefold().split())
    return plain(first) == plain(second)


def payee_memory(records: Iterable[DocumentRecord]) -> PayeeMemory:
    """What the company paid, from its stored documents (tenge orders to a beneficiary with an IIK)."""
    paid = [r.order for r in records if r.status in PAID]
    return _memory((o.beneficiary.name, o.beneficiary.bin, o.beneficiary.iban, o.date, o.number)
                   for o in sorted(paid, key=lambda o: o.date))


def stored_payee_memory(store: DocumentStore) -> PayeeMemory:
    """`payee_memory` of every document in `store`, read from the store's index of paid orders in one query."""
    return _memory(store.paid_beneficiaries())


Paid = tuple[str, str, str, date | str, str]  # name, BIN, IIK, date (or as stored, YYYY-MM-DD), number


def _memory(payments: Iterable[Paid]) -> PayeeMemory:
    """The memory of paid orders by date, the latest winning (a Payment made for the winners only)."""
    by_iban: dict[str, Paid] = {}
    by_bin: dict[str, Paid] = {}
    for paid in payments:
        if paid[2].strip():  # an order without the beneficiary's IIK says nothing of it
            by_iban[compact_iban(paid[2])] = paid
            if paid[1].strip():
                by_bin[paid[1].strip()] = paid
    made = {id(paid): _payment(paid) for paid in (*by_iban.values(), *by_bin.values())}
    return PayeeMemory(by_iban={iban: made[id(paid)] for iban, paid in by_iban.items()},
                       by_bin={bin_: made[id(paid)] for bin_, paid in by_bin.items()})


def _payment(paid: Paid) -> Payment:
    name, bin_, iban, day, number = paid
    return Payment(name=name.strip(), bin=bin_.strip(), iban=compact_iban(iban),
                   day=day if isinstance(day, date) else date.fromisoformat(day), number=number.strip())


def check_payee(memory: PayeeMemory, *, name: str, bin_: str, iban: str) -> PayeeCheck:
    """Whether this beneficiary was paid before with these details, and what changed since then."""
    iban, bin_, name = compact_iban(iban), bin_.strip(), name.strip()
    reasons: list[Message] = []
    by_iban = memory.by_iban.get(iban)
    if by_iban is not None:
        if by_iban.bin and bin_ and by_iban.bin != bin_:
            reasons.append(Message("Payees", QT_TRANSLATE_NOOP(
                "Payees", "Account {iban} was paid to {was_name}, BIN {was_bin}, on {date}; now the BIN is {bin}. "
                "Confirm the details with the beneficiary by phone."),
                {"iban": iban, "was_name": by_iban.name, "was_bin": by_iban.bin, "date": by_iban.day.strftime(DATE_FORMAT),
                 "bin": bin_}))
        elif not _same_name(by_iban.name, name):
            reasons.append(Message("Payees", QT_TRANSLATE_NOOP(
                "Payees", "Account {iban} was paid to {was_name} on {date}; now the name is {name}. Confirm the details "
                "with the beneficiary by phone."),
                {"iban": iban, "was_name": by_iban.name, "date": by_iban.day.strftime(DATE_FORMAT), "name": name}))
        return PayeeCheck(CHANGED, tuple(reasons)) if reasons else PayeeCheck(KNOWN)
    by_bin = memory.by_bin.get(bin_) if bin_ else None
    if by_bin is not None:
        reasons.append(Message("Payees", QT_TRANSLATE_NOOP(
            "Payees", "The account of {name} changed since your payment of {date}: was {was}, now {now}. Confirm it "
            "with the beneficiary by phone before signing."),
            {"name": by_bin.name, "date": by_bin.day.strftime(DATE_FORMAT), "was": by_bin.iban, "now": iban}))
        return PayeeCheck(CHANGED, tuple(reasons))
    return PayeeCheck(NEW, (Message("Payees", QT_TRANSLATE_NOOP(
        "Payees", "New beneficiary: {name} has not been paid from this client before."), {"name": name}),))

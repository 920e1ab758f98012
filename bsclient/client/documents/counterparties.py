"""The counterparties directory (R9.1): beneficiaries the company pays, kept in the local store.

Each entry is a name, IIN/BIN, IIK, bank BIC and KBe, checked with the same validators as the
payment order. The directory fills itself from sent documents on request, never twice for one
IIN/BIN and IIK. The table `counterparties` is made here with CREATE TABLE IF NOT EXISTS, so a
store written before the directory existed gains it and loses nothing. Every function here reads
or writes the disk: run it in the background.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bsclient.client.documents.payment_order import Party
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules import check_bic, check_iban, check_iin_bin, check_kbe, check_name, compact_iban

_CREATE = """
CREATE TABLE IF NOT EXISTS counterparties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    bin TEXT NOT NULL,
    iban TEXT NOT NULL,               -- compact, upper case
    bic TEXT NOT NULL,
    code TEXT NOT NULL,               -- KBe
    UNIQUE (bin, iban)
)
"""

_NEVER = datetime.min.replace(tzinfo=UTC)  # a record without its times sorts last

# The documents whose beneficiary went to the bank: every status after "sent".
SENT_STATUSES = (DocumentStatus.SENT, DocumentStatus.ACCEPTED, DocumentStatus.EXECUTED,
                 DocumentStatus.REJECTED, DocumentStatus.RECALLED)

# Each field's name, for sentences that say where the problem is.
FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Counterparties", "Name"),
    "bin": QT_TRANSLATE_NOOP("Counterparties", "IIN/BIN"),
    "iban": QT_TRANSLATE_NOOP("Counterparties", "IIK"),
    "bic": QT_TRANSLATE_NOOP("Counterparties", "BIC"),
    "code": QT_TRANSLATE_NOOP("Counterparties", "KBe"),
}


class CounterpartyError(ClerkError):
    """An entry that cannot be kept; `problems` maps each bad field to its sentence."""

    def __init__(self, message: Message, problems: dict[str, Message] | None = None) -> None:
        super().__init__(message)
        self.problems: dict[str, Message] = dict(problems or {})


@dataclass(frozen=True)
class Counterparty:
    name: str
    bin: str
    iban: str
    bic: str
    code: str
    id: int | None = None

    @classmethod
    def from_party(cls, party: Party) -> Counterparty:
        return cls(name=party.name, bin=party.bin, iban=party.iban, bic=party.bic, code=party.code)

    def to_party(self) -> Party:
        return Party(name=self.name, bin=self.bin, iban=self.iban, bic=self.bic, code=self.code)

    def normalised(self) -> Counterparty:
        return Counterparty(name=" ".join(self.name.split()), bin=self.bin.strip(), iban=compact_iban(self.iban),
                            bic=self.bic.strip().upper(), code=self.code.strip(), id=self.id)


@dataclass(frozen=True)
class FillReport:
    """What "Fill from sent documents" did: entries added, already there, and skipped with why."""

    added: int = 0
    already_there: int = 0
    skipped: list[Message] = field(default_factory=list)


def field_name(path: str) -> Message:
    return Message("Counterparties", FIELD_NAMES[path])


def check_counterparty(entry: Counterparty) -> dict[str, Message]:
    """Every problem of `entry` by field ("name", "bin", "iban", "bic", "code"); empty when valid."""
    problems = {
        "name": check_name(entry.name),
        "bin": check_iin_bin(entry.bin),
        "iban": check_iban(entry.iban),
        "bic": check_bic(entry.bic, entry.iban),
        "code": check_kbe(entry.code),
    }
    return {path: problem for path, problem in problems.items() if problem is not None}


def problem_sentences(problems: dict[str, Message]) -> list[Message]:
    """One sentence per bad field, naming the field: "IIK: The IIK's check digits are wrong."."""
    return [Message("Counterparties", QT_TRANSLATE_NOOP("Counterparties", "{field}: {problem}"),
                    {"field": field_name(path), "problem": problem}) for path, problem in problems.items()]


def _invalid(problems: dict[str, Message]) -> CounterpartyError:
    return CounterpartyError(Message("Counterparties", QT_TRANSLATE_NOOP(
        "Counterparties", "Mistakes in the counterparty: {count}. Correct the marked fields, then save."),
        {"count": len(problems)}), problems)


def _duplicate(entry: Counterparty) -> CounterpartyError:
    return CounterpartyError(Message("Counterparties", QT_TRANSLATE_NOOP(
        "Counterparties", "The directory already has a counterparty with IIN/BIN {bin} and IIK {iban}. Edit that entry instead."),
        {"bin": entry.bin, "iban": entry.iban}), {"iban": Message("Counterparties", QT_TRANSLATE_NOOP(
            "Counterparties", "This IIN/BIN and IIK are already in the directory."))})


def _gone() -> CounterpartyError:
    return CounterpartyError(Message("Counterparties", QT_TRANSLATE_NOOP(
        "Counterparties", "The counterparty is no longer in the directory; it may have been deleted in another window.")))


class CounterpartyBook:
    """The counterparties directory in the local store."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store
        with store.transaction() as db:
            db.execute(_CREATE)

    def list(self, text: str = "") -> list[Counterparty]:
        """Entries by name; `text` matches name, IIN/BIN or IIK (case-folded in Python: names are Cyrillic)."""
        with self._store.transaction() as db:
            rows = db.execute("SELECT * FROM counterparties").fetchall()
        entries = sorted((_entry(row) for row in rows), key=lambda e: (e.name.casefold(), e.iban))
        needle = text.strip().casefold()
        if needle:
            entries = [e for e in entries if needle in f"{e.name} {e.bin} {e.iban}".casefold()]
        return entries

    def add(self, entry: Counterparty) -> Counterparty:
        """Keeps a valid new entry; CounterpartyError naming each bad field, or the duplicate."""
        entry = self._checked(entry)
        with self._store.transaction() as db:
            try:
                cursor = db.execute("INSERT INTO counterparties (name, bin, iban, bic, code) VALUES (?, ?, ?, ?, ?)",
                                    (entry.name, entry.bin, entry.iban, entry.bic, entry.code))
            except sqlite3.IntegrityError as exc:
                raise _duplicate(entry) from exc
        return Counterparty(entry.name, entry.bin, entry.iban, entry.bic, entry.code, cursor.lastrowid)

    def update(self, entry: Counterparty) -> Counterparty:
        if entry.id is None:
            raise ValueError("an entry to update has an id")
        entry = self._checked(entry)
        with self._store.transaction() as db:
            try:
                changed = db.execute("UPDATE counterparties SET name = ?, bin = ?, iban = ?, bic = ?, code = ? "
                                     "WHERE id = ?", (entry.name, entry.bin, entry.iban, entry.bic, entry.code,
                                                      entry.id)).rowcount
            except sqlite3.IntegrityError as exc:
                raise _duplicate(entry) from exc
        if not changed:
            raise _gone()
        return entry

    def delete(self, entry_id: int) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM counterparties WHERE id = ?", (entry_id,))

    def fill_from_sent(self) -> FillReport:
        """Adds the beneficiary of every sent document not yet in the directory (by IIN/BIN and IIK), but
        never the company itself.

        A beneficiary with a bad field is skipped, with a sentence naming the document and the field.
        """
        added = already = 0
        skipped: list[Message] = []
        seen: set[tuple[str, str]] = set()
        records = [r for status in SENT_STATUSES for r in self._store.list(status=status)]
        records.sort(key=lambda r: r.updated_at or r.created_at or _NEVER, reverse=True)  # the newest name wins
        with self._store.transaction() as db:
            existing = {(row["bin"], row["iban"]) for row in db.execute("SELECT bin, iban FROM counterparties")}
            for record in records:
                entry = Counterparty.from_party(record.order.beneficiary).normalised()
                key = (entry.bin, entry.iban)
                if entry.bin == record.order.payer.bin.strip():
                    continue  # the company's own account (a transfer between its accounts, an exchange)
                if key in seen:
                    continue
                seen.add(key)
                if key in existing:
                    already += 1
                    continue
                problems = check_counterparty(entry)
                if problems:
                    skipped.extend(Message("Counterparties", QT_TRANSLATE_NOOP(
                        "Counterparties", "Document {number}: the beneficiary was not added. {problem}"),
                        {"number": record.order.number, "problem": sentence})
                        for sentence in problem_sentences(problems))
                    continue
                db.execute("INSERT INTO counterparties (name, bin, iban, bic, code) VALUES (?, ?, ?, ?, ?)",
                           (entry.name, entry.bin, entry.iban, entry.bic, entry.code))
                existing.add(key)
                added += 1
        return FillReport(added, already, skipped)

    @staticmethod
    def _checked(entry: Counterparty) -> Counterparty:
        entry = entry.normalised()
        problems = check_counterparty(entry)
        if problems:
            raise _invalid(problems)
        return entry


def _entry(row: sqlite3.Row) -> Counterparty:
    return Counterparty(name=row["name"], bin=row["bin"], iban=row["iban"], bic=row["bic"], code=row["code"],
                        id=row["id"])

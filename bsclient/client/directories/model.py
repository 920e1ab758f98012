"""A directory the forms need (KNP, KBe/KOd, KBK, banks, budget recipients, funds) as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from bsclient.messages import ClerkError

# How sure we are of an entry, from the public sources it was found in: the window shows it, the forms may warn on it.
STATUSES = ("confirmed", "seen", "seen_once", "unconfirmed", "demo")
SURE_STATUSES = frozenset({"confirmed", "seen"})

SHIPPED = "shipped"  # the data file in the product
BANK = "bank"  # a newer version the bank sent, kept in the client's data dir
REGISTRY = "registry"  # read at run time from a library's registry (the rules' bank register for the banks)


class DirectoryError(ClerkError):
    """A directory file or answer that cannot be used; `message` says why, for the clerk."""


@dataclass(frozen=True)
class Entry:
    """One line of a directory: its code, its name, how sure we are, and extra details by key."""

    code: str
    name: str
    status: str = "confirmed"
    note: str = ""
    details: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sure(self) -> bool:
        return self.status in SURE_STATUSES

    def detail(self, key: str) -> str:
        return self.details.get(key, "")

    def name_in(self, language: str) -> str:
        """The name in the clerk's language ("kk", "ru", "en") where the directory gives one, else its name."""
        return self.details.get(f"name_{language}") or self.name


@dataclass(frozen=True)
class Directory:
    """A whole directory with its header: where it comes from (sources), its version and date."""

    name: str
    title: str
    version: int
    date: str
    sources: tuple[str, ...]
    note: str
    complete: bool
    entries: tuple[Entry, ...]
    origin: str = SHIPPED

    def find(self, code: str) -> Entry | None:
        """The entry with this code, or None."""
        code = code.strip()
        return next((entry for entry in self.entries if entry.code == code), None)

    def codes(self) -> list[str]:
        return [entry.code for entry in self.entries]


@dataclass(frozen=True)
class Fund:
    """Where pension or social contributions go: the beneficiary's details as the directory gives them."""

    code: str  # "pension" | "social"
    name: str
    beneficiary: str
    bin: str
    iik: str
    bic: str
    kbe: str
    knp: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class BudgetRecipient:
    """A tax authority a budget payment goes to."""

    bin: str
    name: str
    iik: str
    bic: str
    kbe: str
    status: str
    note: str = ""

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

    def names(self, key: str = "name") -> dict[str, str]:
        """A text of the entry by language ({"kk": ..., "ru": ..., "en": ...}) where the directory gives it;
        `key` "name" reads name_kk, name_ru and the English `name`, another key reads key_kk, key and key_en."""
        if key == "name":
            found = {"en": self.name, "ru": self.detail("name_ru"), "kk": self.detail("name_kk")}
        else:
            found = {"ru": self.detail(key), "kk": self.detail(f"{key}_kk"), "en": self.detail(f"{key}_en")}
        return {language: text for language, text in found.items() if text}


def in_language(names: dict[str, str], language: str) -> str:
    """`names` in the clerk's language, else the Russian (the official one), else any."""
    return names.get(language) or names.get("ru") or next(iter(names.values()), "")


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
    notes: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # the note by language
    # The sources in Kazakh and Russian, as the file gives them (sources_kk, sources_ru).
    sources_by_language: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)

    def note_in(self, language: str) -> str:
        """The note in the clerk's language ("kk", "ru") where the file gives one, else the English note."""
        return self.notes.get(language) or self.note

    def sources_in(self, language: str) -> tuple[str, ...]:
        """The sources in the clerk's language ("kk", "ru") where the file gives them, else in English."""
        return self.sources_by_language.get(language) or self.sources

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
    beneficiary: str  # the official (Russian) name written into the order
    bin: str
    iik: str
    bic: str
    kbe: str
    knp: str
    status: str
    note: str = ""
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # the fund, by language
    beneficiary_names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class BudgetRecipient:
    """A tax authority a budget payment goes to; `name` is its official (Russian) name, written into the order."""

    bin: str
    name: str
    iik: str
    bic: str
    kbe: str
    status: str
    note: str = ""
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # by language
    regions: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # its region, by language
    authority_code: str = ""  # the office's 4-digit code, where known

"""Kazakh banks as a directory, from the register the rules check BICs against (bsclient/rules/data/banks.json)."""

from __future__ import annotations

from bsclient.client.directories.model import REGISTRY, Directory, Entry
from bsclient.rules.bic import register


def load_banks() -> Directory:
    """The register as a directory: code = BIC, name = official name, details: the bank code of IIKs, the
    names by language and, for a bank that is gone, what happened."""
    found = register()
    entries = tuple(
        Entry(code=bank.bic, name=bank.name, status="seen" if bank.status == "seen" else "unconfirmed",
              note=bank.note,
              details={"bank_code": bank.code, "state": bank.state, "successor": bank.successor, "year": bank.year,
                       **{f"name_{language}": name for language, name in bank.names.items()},
                       **{f"note_{language}": note for language, note in bank.notes.items()}})
        for bank in sorted(found.banks, key=lambda bank: (not bank.active, bank.bic)))
    return Directory(
        name="banks", title="Kazakh banks", version=found.version, date=found.date, sources=found.sources,
        note=found.note, complete=False, entries=entries, origin=REGISTRY, notes=found.notes,
        sources_by_language=found.sources_by_language)

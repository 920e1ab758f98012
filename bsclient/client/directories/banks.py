"""Kazakh banks, read at run time from schwifty's copy of the National Bank's register (not copied here)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from schwifty import registry

from bsclient.client.directories.model import REGISTRY, Directory, Entry

COUNTRY = "KZ"


def _schwifty_version() -> str:
    try:
        return version("schwifty")
    except PackageNotFoundError:  # a frozen bundle without the distribution's metadata
        return "unknown"


def load_banks() -> Directory:
    """The register as a directory: code = BIC, name = bank, details: the 3-digit bank code of IIKs."""
    banks = sorted(registry.get_banks_by_country(COUNTRY), key=lambda bank: bank.bic)
    entries = tuple(Entry(code=bank.bic, name=bank.name, status="confirmed", details={"bank_code": bank.bank_code})
                    for bank in banks if bank.primary)
    schwifty = _schwifty_version()
    return Directory(
        name="banks", title="Kazakh banks", version=0, date=f"schwifty {schwifty}",
        sources=(f"National Bank of Kazakhstan register of BICs, as shipped in the schwifty package {schwifty}",),
        note="Updated with the schwifty package, not from the bank.", complete=True, entries=entries,
        origin=REGISTRY)

"""What the directories say that the kinds' rules need: KBK codes with their KNPs, the tax
authorities, the funds' details. Made from the directory files' JSON (the client's shipped or
refreshed copy; the bank's operator copy) by `facts_from_directories`.

KNP and KBK agreement (R1.4): a KBK entry of the kbk directory may list the KNPs paid under it
("knp": "911 912 913"); a KNP outside the list is a warning for the clerk, not a refusal: the pairing
is our reading of the KNP table's names (911 a tax, 912 its penalty, 913 its fine), not a published
table per KBK.

A directory that is not complete (the shipped KBK list and tax authorities are not) cannot refuse
what it does not hold: a KBK or tax authority's BIN outside it is a warning; a complete directory
(the bank's, or an imported official list marked complete) refuses it.

A fund's KNPs (R1.2, R1.3): the fund entry's "knp" is the usual code (010 pension, 012 social);
"knp_all" lists every code the fund accepts (pension: 010 013 015 019 089 098; social: 012 017),
codes seen in banks' code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bsclient.rules.iban import compact_iban


@dataclass(frozen=True)
class FundFacts:
    code: str
    beneficiary: str
    bin: str
    iik: str
    bic: str
    kbe: str
    knp: str
    knps: frozenset[str]


@dataclass(frozen=True)
class KindFacts:
    """What the directories say that the kinds' rules need."""

    kbk: Mapping[str, frozenset[str]] = field(default_factory=dict)  # KBK -> KNPs listed (may be empty)
    kbk_names: Mapping[str, str] = field(default_factory=dict)
    tax_authorities: Mapping[str, str] = field(default_factory=dict)  # BIN -> name
    kbk_complete: bool = False  # the KBK directory is the whole list: a KBK outside it is refused
    tax_authorities_complete: bool = False  # likewise for the tax authorities
    funds: Mapping[str, FundFacts] = field(default_factory=dict)  # a fund's code ("pension", "social") -> details


def _entries(data: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    entries = data.get("entries") if isinstance(data, Mapping) else None
    return [e for e in entries or () if isinstance(e, Mapping) and isinstance(e.get("code"), str)]


def _complete(data: Mapping[str, Any] | None) -> bool:
    return isinstance(data, Mapping) and data.get("complete") is True


def _codes(text: Any) -> frozenset[str]:
    return frozenset(str(text).replace(",", " ").split()) if isinstance(text, str) else frozenset()


def facts_from_directories(kbk: Mapping[str, Any] | None, budget_recipients: Mapping[str, Any] | None,
                           funds: Mapping[str, Any] | None) -> KindFacts:
    """KindFacts from the directory files' JSON ({"complete": ..., "entries": [{"code": ..., ...}]})."""
    fund_facts = {}
    for e in _entries(funds):
        knp = str(e.get("knp", "")).strip()
        fund_facts[e["code"]] = FundFacts(
            code=e["code"], beneficiary=str(e.get("beneficiary", "")), bin=str(e.get("bin", "")),
            iik=compact_iban(str(e.get("iik", ""))), bic=str(e.get("bic", "")).upper(), kbe=str(e.get("kbe", "")),
            knp=knp, knps=_codes(e.get("knp_all")) | ({knp} if knp else frozenset()))
    return KindFacts(
        kbk={e["code"]: _codes(e.get("knp")) for e in _entries(kbk)},
        kbk_names={e["code"]: str(e.get("name", "")) for e in _entries(kbk)},
        tax_authorities={e["code"]: str(e.get("name", "")) for e in _entries(budget_recipients)},
        kbk_complete=_complete(kbk), tax_authorities_complete=_complete(budget_recipients),
        funds=fund_facts)

"""Pension and social contributions (R1.2 kz.pension-contribution/1, R1.3 kz.social-contribution/1):
a tenge order to the fund's details from the funds directory, with a KNP the fund accepts, and a
registry of the employees the contributions are paid for. The fund is the kind's key in the funds
directory ("pension", "social")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.exchange import Rates
from bsclient.rules.iban import compact_iban
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import ContentRules, DocumentKind, KindNames, Problems
from bsclient.rules.kinds.payment import document_date
from bsclient.rules.kinds.registry_columns import CONTRIBUTION_COLUMNS
from bsclient.rules.kinds.registry_lines import RegistryDetails, registry_order_rules, registry_problems


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def fund_problems(fund_code: str, beneficiary: Mapping[str, Any], knp: str, facts: KindFacts) -> dict[str, Message]:
    """The beneficiary's details and the KNP against the fund's, by field path."""
    fund = facts.funds.get(fund_code)
    if fund is None:
        return {"beneficiary.iban": _msg(QT_TRANSLATE_NOOP(
            "Validation", "The funds directory has no {fund} fund; refresh the directories from the bank."), fund=fund_code)}
    problems: dict[str, Message] = {}
    expected = {"bin": fund.bin, "iban": fund.iik, "bic": fund.bic, "code": fund.kbe}
    for key, value in expected.items():
        typed = beneficiary.get(key)
        typed = compact_iban(typed) if key == "iban" and isinstance(typed, str) else typed
        if typed != value:
            problems[f"beneficiary.{key}"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "Contributions go to the fund's details from the funds directory: {expected} here, not \"{value}\"."),
                expected=value, value=typed if isinstance(typed, str) else "")
    if knp not in fund.knps:
        problems["knp"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "KNP {knp} is not a code for these contributions; use {allowed}."),
            knp=knp, allowed=", ".join(sorted(fund.knps)))
    return problems


def contribution_content_rules(fund_code: str) -> ContentRules:
    """The fund's details and KNP (with the directories), then the registry, of contributions to `fund_code`."""
    def rules(content: Mapping[str, Any], facts: KindFacts | None, _rates: Rates | None) -> Problems:
        problems: Problems = {}
        beneficiary = content.get("beneficiary")
        if facts is not None:
            problems.update(fund_problems(fund_code, beneficiary if isinstance(beneficiary, Mapping) else {},
                                          str(content.get("knp", "")), facts))
        problems.update(registry_problems(CONTRIBUTION_COLUMNS, content.get("registry"), str(content.get("amount", "")),
                                          document_date(content)))
        return problems
    return rules


def _contributions(key: str, schema: str, names: KindNames) -> DocumentKind:
    content_rules = contribution_content_rules(key)
    return DocumentKind(key=key, schema=schema, names=names, rules=registry_order_rules(content_rules),
                        details=RegistryDetails, content_rules=content_rules, registry_columns=CONTRIBUTION_COLUMNS)


PENSION = _contributions("pension", "kz.pension-contribution/1", KindNames(
    menu=QT_TRANSLATE_NOOP("DocumentKind", "P&ension contributions"),
    list=QT_TRANSLATE_NOOP("DocumentKind", "Pension contributions"),
    title=QT_TRANSLATE_NOOP("DocumentKind", "Pension contributions {number}"),
    paper="Платежное поручение"))
SOCIAL = _contributions("social", "kz.social-contribution/1", KindNames(
    menu=QT_TRANSLATE_NOOP("DocumentKind", "&Social contributions"),
    list=QT_TRANSLATE_NOOP("DocumentKind", "Social contributions"),
    title=QT_TRANSLATE_NOOP("DocumentKind", "Social contributions {number}"),
    paper="Платежное поручение"))

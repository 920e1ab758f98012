"""A payment to the budget (R1.4, schema kz.budget-payment/1): a tenge order with a KBK (the budget
classification code of the tax or payment) to a tax authority, its KNP agreeing with the KBK.
The directories' facts (facts.py) say which KBKs, KNPs and tax authorities there are; what a
directory that is not complete does not hold, and a KNP the KBK's entry does not list, are warnings
(`budget_warnings`), not refusals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import (
    DocumentKind,
    KindNames,
    Problems,
    RuleContext,
    add_problems,
    details_of,
    found,
)
from bsclient.rules.kinds.payment import tenge_order_checks, tenge_values
from bsclient.rules.payment_order import OrderFields

KBK_LENGTH = 6


@dataclass
class BudgetDetails:
    """What a payment to the budget adds: the KBK, as typed."""

    kbk: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BudgetDetails:
        return cls(kbk=str(data.get("kbk", "")))

    def to_dict(self) -> dict[str, Any]:
        return {"kbk": self.kbk}

    def to_content(self, content: dict[str, Any], kind: DocumentKind) -> dict[str, Any]:
        return {**content, "kbk": self.kbk.strip()}


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def check_kbk(kbk: str, facts: KindFacts | None) -> Message | None:
    """None when the KBK is 6 digits and, when the KBK directory is complete, in it."""
    if kbk == "":
        return _msg(QT_TRANSLATE_NOOP("Validation", "Type the KBK, the 6-digit budget classification code of the tax or payment."))
    if len(kbk) != KBK_LENGTH or not (kbk.isascii() and kbk.isdigit()):
        return _msg(QT_TRANSLATE_NOOP("Validation", "The KBK must have 6 digits; you typed \"{value}\"."), value=kbk)
    if facts is not None and facts.kbk_complete and kbk not in facts.kbk:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "KBK {kbk} is not in the KBK directory; check the code on the tax notice, or refresh the directories from the bank."),
            kbk=kbk)
    return None


def check_kbk_knp(kbk: str, knp: str, facts: KindFacts) -> Message | None:
    """A warning when the KBK's directory entry lists KNPs and not `knp` (see facts.py), else None."""
    allowed = facts.kbk.get(kbk)
    if not allowed or knp in allowed:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "KNP {knp} does not usually go with KBK {kbk}: by the directory this KBK is paid with KNP {allowed}. Check the code on the tax notice; you can still sign."),
        knp=knp, kbk=kbk, allowed=", ".join(sorted(allowed)))


def check_tax_authority(bin_: str, facts: KindFacts) -> Message | None:
    """None when the beneficiary's BIN is a tax authority of the budget recipients directory, or when
    that directory is not complete (then `budget_warnings` says so)."""
    if bin_ in facts.tax_authorities or not facts.tax_authorities_complete:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "BIN {bin} is not a tax authority of the budget recipients directory; a budget payment goes to the state revenue department named on the tax notice."),
        bin=bin_)


def budget_warnings(kbk: str, knp: str, bin_: str, facts: KindFacts) -> Problems:
    """What the clerk should check but may sign: a KBK or tax authority a directory that is not complete
    does not hold, and a KNP the KBK's entry does not list; by field."""
    warnings: dict[str, Message | None] = {}
    if len(kbk) == KBK_LENGTH and kbk.isascii() and kbk.isdigit():
        if kbk not in facts.kbk and not facts.kbk_complete:
            warnings["kbk"] = _msg(QT_TRANSLATE_NOOP(
                "Validation", "KBK {kbk} is not in the client's KBK directory, which is not complete. Check the code on the tax notice; you can still sign."),
                kbk=kbk)
        elif knp:
            warnings["knp"] = check_kbk_knp(kbk, knp, facts)
    if len(bin_) == 12 and bin_ not in facts.tax_authorities and not facts.tax_authorities_complete:
        warnings["beneficiary.bin"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "BIN {bin} is not among the tax authorities of the client's directory, which is not complete. Check the BIN on the tax notice; you can still sign."),
            bin=bin_)
    return found(warnings)


def budget_content_rules(content: Mapping[str, Any], facts: KindFacts | None, _rates: Rates | None) -> Problems:
    """The KBK and the tax authority (checked against the directories when they are at hand and complete)."""
    kbk, beneficiary = str(content.get("kbk", "")), content.get("beneficiary")
    problems: dict[str, Message | None] = {"kbk": check_kbk(kbk, facts)}
    if facts is not None:
        bin_ = beneficiary.get("bin", "") if isinstance(beneficiary, Mapping) else ""
        problems["beneficiary.bin"] = check_tax_authority(str(bin_), facts)
    return found(problems)


def budget_rules(order: OrderFields, context: RuleContext) -> Problems:
    values = {**tenge_values(order), "kbk": details_of(order, BudgetDetails).kbk.strip()}
    return found(add_problems(tenge_order_checks(order, context), budget_content_rules(values, context.facts, None)))


BUDGET = DocumentKind(
    key="budget",
    schema="kz.budget-payment/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "Payment to the &budget (taxes)"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Payment to the budget"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Payment to the budget {number}"),
                    paper="Платежное поручение"),
    rules=budget_rules,
    details=BudgetDetails,
    content_rules=budget_content_rules,
)

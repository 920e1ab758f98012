"""The directories' facts as the kinds' rules read them, with the lists taken as whole (as a bank's
full directory is) where a test needs what they lack refused rather than warned about."""

from __future__ import annotations

from dataclasses import replace

from bsclient.rules.kinds.facts import KindFacts


def complete(facts: KindFacts, *, kbk: bool = True, tax_authorities: bool = True) -> KindFacts:
    return replace(facts, kbk_complete=kbk, tax_authorities_complete=tax_authorities)

"""The actual payer and the actual beneficiary of a tenge order (фактический плательщик,
фактический получатель), which Kazakh payment orders carry since the move to ISO 20022: the person
the money is really paid for or to, when that is not the payer or the beneficiary itself (a head
office paying a branch's taxes, a bailiff paying a debtor's). Both are optional.

A given one has a name, an IIN/BIN (a resident always has one) and, for a non-resident, the
country of residence as an ISO 3166 two-letter code (docs/kazakh-facts.md). On the wire each is
an object `{"name", "bin", "country"}` under `actual_payer` / `actual_beneficiary`, present only
when filled, so an order without them has the same signed bytes as before; the bank runs these
same rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pycountry

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules.iin_bin import check_iin_bin
from bsclient.rules.payment_order import MAX_NAME_LENGTH, ActualPartyFields

ROLES = ("actual_payer", "actual_beneficiary")
FIELDS = ("name", "bin", "country")
HOME_COUNTRY = "KZ"


def actual_party_content(party: ActualPartyFields) -> dict[str, str] | None:
    """The party as the wire carries it (trimmed, the country in capitals); None when nothing is filled."""
    content = {"name": party.name.strip(), "bin": party.bin.strip(), "country": party.country.strip().upper()}
    return content if any(content.values()) else None


def _msg(source: str, **params: Any) -> Message:
    return Message("Validation", source, params)


def check_actual_party(party: Mapping[str, str], role: str = ROLES[0]) -> dict[str, Message]:
    """The problems of one actual party's fields (`name`, `bin`, `country`), by field name; `role`
    ("actual_payer" or "actual_beneficiary") says whose documents a wrong number is checked against."""
    name, bin_, country = (str(party.get(key, "")).strip() for key in FIELDS)
    if not (name or bin_ or country):
        return {}
    problems: dict[str, Message] = {}
    if not name:
        problems["name"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "Type the name, or clear the IIN/BIN and the country to leave this party out."))
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "The name may have at most {limit} characters (the interbank limit); it has {count}."),
            limit=MAX_NAME_LENGTH, count=len(name))
    typed_country = country.upper()
    if typed_country and (len(typed_country) != 2 or pycountry.countries.get(alpha_2=typed_country) is None):
        problems["country"] = _msg(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a 2-letter country code (ISO 3166), e.g. DE, CN, US."), value=typed_country)
    if bin_ or typed_country in ("", HOME_COUNTRY):
        bin_problem = check_iin_bin(bin_, role) if bin_ else _msg(QT_TRANSLATE_NOOP(
            "Validation", "Type the IIN/BIN: a resident of Kazakhstan always has one. For a non-resident, type the country instead."))
        if bin_problem is not None:
            problems["bin"] = bin_problem
    return problems


def actual_parties_rules(content: Mapping[str, Any]) -> dict[str, Message]:
    """The problems of the actual payer and beneficiary of a content (wire or as typed), by field path
    ("actual_payer.bin"); absent parties pass."""
    problems: dict[str, Message] = {}
    for role in ROLES:
        party = content.get(role)
        if isinstance(party, Mapping):
            problems.update({f"{role}.{key}": message for key, message in check_actual_party(party, role).items()})
    return problems

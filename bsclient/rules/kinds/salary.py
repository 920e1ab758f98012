"""A salary payment (R1.5, schema kz.salary-payment/1): a tenge order to a bank with a registry of
the employees' accounts and amounts, which the clerk may import from a CSV file (registry_csv)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import DocumentKind, KindNames, Problems
from bsclient.rules.kinds.payment import document_date
from bsclient.rules.kinds.registry_columns import SALARY_COLUMNS
from bsclient.rules.kinds.registry_lines import RegistryDetails, registry_order_rules, registry_problems


def salary_content_rules(content: Mapping[str, Any], _facts: KindFacts | None, _rates: Rates | None) -> Problems:
    """The registry: at least one line, each line good, the lines adding up to the order's amount."""
    return registry_problems(SALARY_COLUMNS, content.get("registry"), str(content.get("amount", "")),
                             document_date(content))


SALARY = DocumentKind(
    key="salary",
    schema="kz.salary-payment/1",
    names=KindNames(menu=QT_TRANSLATE_NOOP("DocumentKind", "Sa&lary payment"),
                    list=QT_TRANSLATE_NOOP("DocumentKind", "Salary payment"),
                    title=QT_TRANSLATE_NOOP("DocumentKind", "Salary payment {number}"),
                    paper="Платежное поручение"),
    rules=registry_order_rules(salary_content_rules),
    details=RegistryDetails,
    content_rules=salary_content_rules,
    registry_columns=SALARY_COLUMNS,
)

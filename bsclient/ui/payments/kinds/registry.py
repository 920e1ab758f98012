"""The UI's row per kind of document, beside the rules' row (bsclient/rules/kinds/registry.py): the
editor's section, the paper form's painter, and the object name of its Documents ▸ New action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bsclient.rules.kinds.budget import BUDGET
from bsclient.rules.kinds.contributions import PENSION, SOCIAL
from bsclient.rules.kinds.exchange import EXCHANGE
from bsclient.rules.kinds.foreign import FOREIGN
from bsclient.rules.kinds.kind import DocumentKind
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.salary import SALARY
from bsclient.ui.payments.kinds.budget import BudgetSection
from bsclient.ui.payments.kinds.exchange import ExchangeSection
from bsclient.ui.payments.kinds.foreign import ForeignSection
from bsclient.ui.payments.kinds.registry_section import RegistrySection, SalarySection
from bsclient.ui.payments.kinds.section import KindEditor, KindSection
from bsclient.ui.payments.paper.currency_orders import paint_exchange_order, paint_foreign_order
from bsclient.ui.payments.paper.form import PaperForm
from bsclient.ui.payments.paper.registry import paint_contributions_order, paint_salary_order
from bsclient.ui.payments.paper.tenge_order import paint_tenge_order

Painter = Callable[[PaperForm], None]  # paints the kind's form from the form's data, page after page
Section = Callable[[DocumentKind, KindEditor], KindSection]  # a KindSection class


@dataclass(frozen=True)
class KindView:
    kind: DocumentKind
    section: Section
    painter: Painter
    action_name: str  # Documents ▸ New ▸ the kind's action (tests and the clerk driver find it by name)


VIEWS: tuple[KindView, ...] = (
    KindView(PAYMENT, KindSection, paint_tenge_order, "newPaymentKindAction"),
    KindView(BUDGET, BudgetSection, paint_tenge_order, "newBudgetAction"),
    KindView(PENSION, RegistrySection, paint_contributions_order, "newPensionAction"),
    KindView(SOCIAL, RegistrySection, paint_contributions_order, "newSocialAction"),
    KindView(SALARY, SalarySection, paint_salary_order, "newSalaryAction"),
    KindView(FOREIGN, ForeignSection, paint_foreign_order, "newForeignAction"),
    KindView(EXCHANGE, ExchangeSection, paint_exchange_order, "newExchangeAction"),
)
_BY_KEY = {view.kind.key: view for view in VIEWS}


def view_of(key: str) -> KindView:
    """The view of the kind `key`; a plain payment order's for a kind this version does not know."""
    return _BY_KEY.get(key, VIEWS[0])

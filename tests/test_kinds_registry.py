"""The registry of kinds is whole: one row per kind with a unique key and wire schema, its details
round-trip through a stored draft and its wire content, and the UI has one row per kind in the
same order (its editor section, its paper painter, its New action)."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules.kinds.registry import KINDS, kind_named, kind_of_schema


def test_every_kind_has_its_own_key_and_schema() -> None:
    assert len({kind.key for kind in KINDS}) == len(KINDS)
    assert len({kind.schema for kind in KINDS}) == len(KINDS)
    for kind in KINDS:
        assert kind_named(kind.key) is kind and kind_of_schema(kind.schema) is kind
        assert "{number}" in kind.names.title and kind.names.menu and kind.names.list and kind.names.paper
    assert kind_of_schema("kz.unknown/1").key == "payment"  # a schema not listed reads as a plain order


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.key)
def test_a_new_order_of_each_kind_keeps_its_details_as_a_draft(kind) -> None:
    order = PaymentOrder.new(Party(name="TOO Demo"), "1", today=dt.date(2026, 11, 23), kind=kind.key)
    assert (order.details is None) == (kind.details is None)
    assert order.schema == kind.schema
    assert PaymentOrder.from_dict(order.to_dict()) == order


def test_the_ui_has_one_row_per_kind_in_the_registry_s_order() -> None:
    from bsclient.ui.payments.kinds.registry import VIEWS, view_of

    assert [view.kind for view in VIEWS] == list(KINDS)
    assert len({view.action_name for view in VIEWS}) == len(VIEWS)
    assert view_of("unknown").kind.key == "payment"

"""The roles Qt asks of a model's cell in one multiData call, as a Python sequence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan


def role_data_of(roles: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The span's roles (PySide6 iterates a span; its type stubs do not say so)."""
    if isinstance(roles, QModelRoleData):
        return (roles,)
    return cast("Iterable[QModelRoleData]", roles)

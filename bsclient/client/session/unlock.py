"""Unlocking the client after the idle lock: the bank checks the password again (POST /session/unlock).

A wrong password counts like a failed login; the refusal is a BankError whose code is
wrong_credentials (params: tries_left), user_blocked (the session is over) or session_expired.
"""

from __future__ import annotations

from typing import Any

Api = Any  # bank_api.BankApi: its authorised `request` is all this module uses


def unlock(api: Api, password: str) -> None:
    api.request("POST", "/session/unlock", json={"password": password})

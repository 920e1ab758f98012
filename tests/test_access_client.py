"""The client's side of the access rules without a bank: the password rules the checklist ticks
(R6.1, R8.1), and the login window's sentences with tries left and the block's end in the clerk's
own time zone (R8.4)."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bsclient.client.session.access import CodeNeeded, code_needed, login_refusal
from bsclient.client.session.bank_errors import BankError, bank_message
from bsclient.rules.password import (
    DIGITS_ONLY,
    PERSONAL_DATA,
    TOO_LONG,
    TOO_SHORT,
    PasswordPolicy,
    PersonalData,
    broken_rules,
    personal_data_in,
)

PERSON = PersonalData(login="clerk", names=("Ахметова", "Айгуль", "Сериковна"), birth_date="1988-03-14",
                      phone="+7 701 555 00 01", extra_digits=("880314400123",))


@pytest.mark.parametrize(("password", "kind"), [
    ("Ахметова-2026", "name"), ("Akhmetova-2026", "name"), ("x-aigul-x", "name"), ("Qwerty-14031988", "birth_date"),
    ("Qwerty-19880314", "birth_date"), ("Qwerty-140388", "birth_date"), ("Tel-5550001!", "phone"),
    ("my-clerk-pass", "login"), ("Tulpar-Kok-2026", None),
])
def test_personal_data_is_found_in_either_alphabet(password, kind):
    assert personal_data_in(password, PERSON) == kind


def test_each_rule_has_its_own_code():
    policy = PasswordPolicy()
    assert broken_rules("Ab1", policy, PERSON) == [TOO_SHORT]
    assert broken_rules("a" * 65, policy, PERSON) == [TOO_LONG]
    assert broken_rules("20260415123", policy, PERSON) == [DIGITS_ONLY]
    assert broken_rules("Clerk-Tulpar-9", policy, PERSON) == [PERSONAL_DATA]
    assert broken_rules("Tulpar-Kok-2026", policy, PERSON) == []
    assert broken_rules("Tulpa", PasswordPolicy(min_length=6, max_length=10), PERSON) == [TOO_SHORT]  # bs-client


def _refusal(code: str, **params) -> BankError:
    return BankError(bank_message(code, "", params), code, params=params)


def test_tries_left_are_said():
    assert "Tries left before the user is blocked: 2" in login_refusal(_refusal("wrong_credentials", tries_left=2)).render()
    assert login_refusal(_refusal("wrong_credentials")) is None  # an older bank: the usual sentence


def test_blocked_until_is_shown_in_the_clerks_time_zone():
    error = _refusal("user_blocked", until="2026-11-23T09:45:00Z")
    assert "until 23.11.2026 14:45" in login_refusal(error, ZoneInfo("Asia/Almaty")).render()
    assert "until 23.11.2026 09:45" in login_refusal(error, UTC).render()
    assert "until 23.11.2026 12:45" in login_refusal(error, timezone(timedelta(hours=3))).render()  # Moscow


def test_blocked_by_the_bank_says_the_bank_unblocks():
    assert "until it unblocks it" in login_refusal(_refusal("user_blocked", by_bank=True)).render()


def test_a_payment_confirmation_is_a_value():
    needed = code_needed(_refusal("confirmation_required", purpose="payment", sent_to="+7 701 *** ** 01",
                                  expires_at="2026-11-23T09:45:00Z"))
    assert isinstance(needed, CodeNeeded) and needed.sent_to.endswith("01") and needed.expires_at.hour == 9
    assert code_needed(_refusal("code_wrong", tries_left=1)) is None

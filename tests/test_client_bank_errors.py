"""The bank's refusals become sentences for the clerk; the bank's own sentence for codes the client does not know."""

import pytest

from bsclient.client.session.bank_errors import refusal


def error_body(code: str, message: str = "", **params) -> dict:
    return {"error": {"code": code, "message": message, "params": params}}


@pytest.mark.parametrize(("body", "expected"), [
    (error_body("account_unknown", iban="KZ109980017884959630"), "KZ109980017884959630"),
    (error_body("attachment_too_large", name="акт.pdf", size=6000000, limit=5242880), "акт.pdf"),
    (error_body("letter_too_large", size=12000000, limit=10485760), "10485760"),
    (error_body("invalid_period", **{"from": "2026-12-01", "to": "2026-11-01"}), "three years"),
])
def test_known_codes_name_what_is_wrong(body: dict, expected: str) -> None:
    error = refusal(body, 400)
    assert error.code == body["error"]["code"]
    assert expected in str(error) and "refused:" not in str(error)


def test_an_unknown_code_shows_the_bank_sentence() -> None:
    error = refusal(error_body("quota_exceeded", "Too many statements today."), 429)
    assert str(error) == "The bank refused: Too many statements today." and error.http_status == 429


def test_a_known_code_without_its_params_falls_back_to_the_bank_sentence() -> None:
    error = refusal(error_body("account_unknown", "No such account."), 404)
    assert str(error) == "The bank refused: No such account."

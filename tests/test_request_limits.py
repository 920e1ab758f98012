"""Requests larger or deeper than the bank accepts are refused before anything parses them, each with a
4xx and its own code, and the bank goes on serving."""

from __future__ import annotations

import json

import requests

from refbank.api.body_limits import BODY_MAX_BYTES, JSON_MAX_DEPTH, json_depth
from tests.helpers.access import error


def _post(bank, path: str, data, headers: dict | None = None) -> requests.Response:
    return requests.post(bank.api + path, data=data, verify=str(bank.ca_file), timeout=60,
                         headers={"Content-Type": "application/json", **(headers or {})})


def test_depth_is_counted_without_brackets_inside_strings():
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{\\"]]"}]}') == 3
    assert json_depth(b'"plain"') == 0


def test_a_body_over_the_limit_is_refused_by_its_declared_size(bank):
    answer = _post(bank, "/session", b"x" * (BODY_MAX_BYTES + 1))
    assert answer.status_code == 413 and error(answer)["code"] == "body_too_large"
    assert error(answer)["params"]["limit"] == BODY_MAX_BYTES


def test_a_streamed_body_over_the_limit_is_refused_while_it_arrives(bank):
    def chunks():
        for _ in range(BODY_MAX_BYTES // 65536 + 2):
            yield b"x" * 65536

    answer = _post(bank, "/session", chunks())  # chunked: no size declared
    assert answer.status_code == 413 and error(answer)["code"] == "body_too_large"


def test_deep_nesting_is_refused_before_parsing(bank):
    body = json.dumps({"login": "clerk", "password": "x"})[:-1] + ', "x": ' + "[" * 5000 + "]" * 5000 + "}"
    answer = _post(bank, "/session", body.encode())
    assert answer.status_code == 400 and error(answer)["code"] == "too_deep"
    assert error(answer)["params"]["limit"] == JSON_MAX_DEPTH


def test_the_bank_serves_on_after_the_refusals(bank):
    answer = _post(bank, "/session", json.dumps({"login": "nobody-here", "password": "wrong"}).encode())
    assert answer.status_code == 401

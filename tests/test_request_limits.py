"""Requests larger or deeper than the bank accepts are refused before anything parses them, each with a
4xx and its own code, and the bank goes on serving."""

from __future__ import annotations

import json
import random

import requests

from refbank.api.body_limits import BODY_MAX_BYTES, JSON_MAX_DEPTH, json_depth
from tests.helpers.access import error


def _post(bank, path: str, data, headers: dict | None = None) -> requests.Response:
    return requests.post(bank.api + path, data=data, verify=str(bank.ca_file), timeout=60,
                         headers={"Content-Type": "application/json", **(headers or {})})


def test_depth_is_counted_without_brackets_inside_strings():
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{\\"]]"}]}') == 3
    assert json_depth(b'"plain"') == 0
    assert json_depth(b'["\\\\", ["\\\\\\"]"]]') == 2  # an escaped backslash ends before the quote


def _nesting(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_nesting(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_nesting(v) for v in value), default=0)
    return 0


def _random_json(rng: random.Random, depth: int = 0) -> object:
    text = "".join(rng.choice('ab"\\[]{}/\n\u0431\U0001f600') for _ in range(rng.randrange(6)))
    kind = rng.randrange(5 if depth < 6 else 2)
    if kind == 0:
        return text
    if kind == 1:
        return rng.choice([1, 2.5, None, True])
    if kind == 2:
        return [_random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {text + str(i): _random_json(rng, depth + 1) for i in range(rng.randrange(4))}


def test_depth_matches_the_parsed_nesting_of_random_documents():
    rng = random.Random(20261206)
    for _ in range(3000):
        value = _random_json(rng)
        body = json.dumps(value, ensure_ascii=rng.random() < 0.5).encode()
        assert json_depth(body) == _nesting(json.loads(body)), body


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

"""The bank's longest-text check, one loop over the document, says what the field-by-field walk says."""

from __future__ import annotations

import random

from refbank.documents.receipt import _longest_length, _longest_text


def _random_value(rng: random.Random, depth: int) -> object:
    choice = rng.randrange(6 if depth < 5 else 3)
    if choice == 0:
        return "ы" * rng.randrange(0, 300)
    if choice == 1:
        return rng.choice([None, True, False, 12, 3.5])
    if choice == 2:
        return ""
    if choice in (3, 4):
        return {f"k{n}": _random_value(rng, depth + 1) for n in range(rng.randrange(0, 5))}
    return [_random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]


def test_the_longest_length_is_the_length_of_the_longest_text_anywhere() -> None:
    rng = random.Random(20261206)
    for _ in range(2000):
        document = _random_value(rng, 0)
        assert _longest_length(document) == _longest_text(document)[1]
    assert _longest_length({"a": ["x" * 7, {"b": "y" * 9}], "c": "z"}) == 9

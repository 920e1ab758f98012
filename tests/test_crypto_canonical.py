"""RFC 8785 canonical JSON: the exact bytes a document's signature covers (R-signing)."""

from __future__ import annotations

import random

import pytest
import rfc8785

from bsclient.crypto import CryptoError, canonical_bytes


def test_keys_are_sorted_and_there_are_no_blanks() -> None:
    assert canonical_bytes({"b": 2, "a": {"d": [1, 2], "c": True}, "e": None}) == (
        b'{"a":{"c":true,"d":[1,2]},"b":2,"e":null}'
    )


def test_rfc8785_section_3_2_2_example() -> None:
    """The example of RFC 8785 3.2.2: numbers in ES6 form, strings escaped minimally."""
    document = {
        "numbers": [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000f\u000aA'\u0042\u0022\u005c\\\"/",
        "literals": [None, True, False],
    }
    assert canonical_bytes(document) == (
        b'{"literals":[null,true,false],'
        b'"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        b'"string":"\xe2\x82\xac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )


def test_keys_sort_by_utf16_code_units_as_in_rfc8785_3_2_3() -> None:
    """RFC 8785 3.2.3's sorting example: keys are ordered by their UTF-16 code units."""
    document = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    keys = [
        "\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33",
    ]
    expected = "{" + ",".join(
        f'"{key if key != chr(13) else chr(92) + "r"}":"{document[key]}"' for key in keys
    ) + "}"
    assert canonical_bytes(document) == expected.encode("utf-8")


def test_kazakh_and_russian_text_stays_utf8_not_escaped() -> None:
    content = canonical_bytes({"purpose": "Төлем за услуги", "amount": "150000.00"})
    assert content == '{"amount":"150000.00","purpose":"Төлем за услуги"}'.encode()


def test_what_json_cannot_say_is_a_crypto_error() -> None:
    with pytest.raises(CryptoError) as caught:
        canonical_bytes({"amount": float("nan")})
    assert "cannot be prepared for signing" in str(caught.value)
    assert caught.value.__cause__ is not None


_CHARACTERS = ('a', 'Ө', 'ү', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\x00', '\x1f', '\x7f', '\u2028',
               '\ufeff', '\ue000', '\uffff', '\U0001f600', '€', ' ')


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARACTERS) for _ in range(rng.randrange(5)))


def _random_document(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(6 if depth < 4 else 3)
    if kind == 0:
        return _random_text(rng)
    if kind == 1:
        return rng.choice([True, False, None])
    if kind == 2:
        return rng.choice([0, -7, 150000, 2**53 - 1, 4.5, 1e-7, 1e16, 0.002])  # numbers: rfc8785's own path
    if kind == 3:
        return [_random_document(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {_random_text(rng): _random_document(rng, depth + 1) for _ in range(rng.randrange(5))}


def test_the_quick_writer_gives_rfc8785s_bytes_for_random_documents() -> None:
    """Texts, true, false and null go through json's own writer; the bytes are rfc8785's every time."""
    rng = random.Random(20261206)
    for _ in range(20_000):
        document = {"purpose": _random_text(rng), "payer": _random_document(rng)}
        assert canonical_bytes(document) == rfc8785.dumps(document), document


def test_a_lone_surrogate_is_a_crypto_error() -> None:
    with pytest.raises(CryptoError):
        canonical_bytes({"purpose": "half a character \ud800"})

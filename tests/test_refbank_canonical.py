"""The bank's check that a document's bytes are their own RFC 8785 form (refbank.signed_content): its
quick path (json's own writer, for JSON without numbers or characters beyond the BMP) decides exactly
as rfc8785 does: the same escapes and key order accepted, every other spelling refused."""

from __future__ import annotations

import json
import uuid

import pytest
import rfc8785

from refbank.errors import BankRefusal
from refbank.signed_content import parse_canonical

DOC_ID = str(uuid.UUID(int=7))
TEXTS = ["", "ТОО «Дала»", "tab\there", "nl\ncr\rff\fbs\b", "\x00\x01\x1f\x7f", 'quote " and \\',
         "\u2028\u2029", "\ufeff\uffff\ue000", "emoji \U0001F600"]


def parse(content: bytes) -> dict[str, object]:
    return parse_canonical(DOC_ID, content, kind="document", schema="s")


def document(**fields: object) -> dict[str, object]:
    return {"id": DOC_ID, "schema": "s", **fields}


@pytest.mark.parametrize("text", TEXTS)
def test_rfc8785s_bytes_are_accepted_and_other_spellings_refused(text):
    doc = document(purpose=text, payer={text: text, "b": [text, True, None]})
    canonical = rfc8785.dumps(doc)
    assert parse(canonical) == doc
    for other in (json.dumps(doc, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode(),
                  json.dumps(doc, ensure_ascii=False, sort_keys=True).encode(),
                  json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()):
        if other != canonical:
            with pytest.raises(BankRefusal):
                parse(other)


def test_keys_beyond_the_bmp_are_in_utf16_order():
    doc = document(payer={"\U0001F600": 1, "\uff01": 2})  # UTF-16 puts the emoji's surrogates first
    canonical = rfc8785.dumps(doc)
    assert parse(canonical) == doc
    with pytest.raises(BankRefusal):
        parse(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode())


@pytest.mark.parametrize("number", ["1.5", "10", "-3"])
def test_numbers_go_by_rfc8785(number):
    assert parse(f'{{"amount":{number},"id":"{DOC_ID}","schema":"s"}}'.encode())["amount"] == json.loads(number)


@pytest.mark.parametrize("number", ["1e-07", "1.50", "9007199254740993", "1E2"])
def test_numbers_rfc8785_writes_otherwise_are_refused(number):
    with pytest.raises(BankRefusal):
        parse(f'{{"amount":{number},"id":"{DOC_ID}","schema":"s"}}'.encode())


def test_a_lone_surrogate_is_refused_as_malformed():
    for content in (f'{{"id":"{DOC_ID}","schema":"s","x":"\\ud800"}}'.encode(),
                    f'{{"\\udfff":1,"id":"{DOC_ID}","schema":"s"}}'.encode()):
        with pytest.raises(BankRefusal) as refused:
            parse(content)
        assert refused.value.reason.code == "malformed_document"

"""Malformed input is answered with a 4xx and its own code, never a 500, and the connection stays
usable for the next call: damaged signatures, numbers and texts JSON has but canonical JSON has not,
half characters, dates out of any range, crafted cursors, over-long fields, unsafe attachment names,
and a batch with poisoned entries beside good ones."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import uuid

import pytest
import rfc8785

from bsclient.client.mail import Attachment, MailError, MailLimits, check_limits
from bsclient.rules.file_names import check_attachment_name
from refbank.documents.receipt import DOCUMENT_TEXT_MAX
from refbank.limits import ID_MAX_LENGTH, SIGNATURE_MAX_LENGTH
from tests.helpers.access import error
from tests.helpers.bank_documents import account, payment_order, put


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _signed(signer, order: dict) -> tuple[bytes, bytes]:
    content = rfc8785.dumps(order)
    return content, signer.sign(content)


def test_bit_flipped_signatures_are_refused_or_rejected_never_a_500(bank, clerk, signer):
    content, signature = _signed(signer, payment_order(bank, "10.00"))
    flips = random.Random(5)  # a fixed seed: the same 60 damaged signatures on every run
    for _ in range(60):
        damaged = bytearray(signature)
        damaged[flips.randrange(len(damaged))] ^= 1 << flips.randrange(8)
        order = payment_order(bank, "10.00")
        content = rfc8785.dumps(order)
        answer = put(clerk, bank, order["id"], content, [bytes(damaged)])  # the same session: it stays usable
        assert answer.status_code < 500, answer.text
        if answer.status_code == 201:  # the damage hit the signature: stored as rejected, never accepted
            assert answer.json()["status"] == "rejected"
            assert answer.json()["reason"]["code"] in ("signature_invalid", "certificate_untrusted")


@pytest.mark.parametrize("member", ['"x":NaN', '"x":1e400', '"x":123456789012345678901234567890',
                                    '"x":"\\ud800"', '"x":' + "9" * 5000])
def test_numbers_and_texts_without_a_canonical_form_are_a_malformed_document(bank, clerk, signer, member):
    order = payment_order(bank, "10.00")
    content = (json.dumps(order, ensure_ascii=False, separators=(",", ":"))[:-1] + "," + member + "}").encode()
    answer = put(clerk, bank, order["id"], content, [signer.sign(content)])
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_document"


def test_a_lone_surrogate_in_a_request_is_refused_as_not_unicode(bank, clerk):
    body = b'{"ids": ["\\ud800"]}'
    answer = clerk.post(bank.api + "/documents/states", data=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and error(answer)["code"] == "not_unicode"
    paired = b'{"ids": ["\\ud83d\\ude00"]}'  # a real character in two escapes is fine
    answer = clerk.post(bank.api + "/documents/states", data=paired, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200 and answer.json() == {"documents": []}


@pytest.mark.parametrize(("first", "last"), [("9999-12-30", "9999-12-31"), ("0001-01-01", "0001-01-02"),
                                             ("2026-W49-6", "2026-12-31"), ("20261201", "20261231")])
def test_a_statement_period_out_of_range_or_shape_is_invalid_period(bank, clerk, first, last):
    answer = clerk.get(bank.api + f"/accounts/{account(bank, 0)['iban']}/statement",
                       params={"from": first, "to": last})
    assert answer.status_code == 400 and error(answer)["code"] == "invalid_period"


@pytest.mark.parametrize("cursor", ["x", "9999-12-31.P0000000001.5", "2026-02-30.P0000000001.5",
                                    "2026-01-01.P0000000001.99999999999999999999999", "2026-01-01.P0000000001.-1",
                                    "2026-01-01.P٠٠٠٠٠٠٠٠٠١.5", "2026-01-01.P0000000001.5\n", "\x00"])
def test_a_crafted_cursor_is_invalid_cursor(bank, clerk, cursor):
    answer = clerk.get(bank.api + f"/accounts/{account(bank, 0)['iban']}/statement",
                       params={"from": "2026-01-01", "to": "2026-01-31", "after": cursor})
    assert answer.status_code == 400 and error(answer)["code"] == "invalid_cursor"


def test_over_long_fields_are_refused_before_they_are_read(bank, clerk, signer):
    order = payment_order(bank, "10.00")
    content, signature = _signed(signer, order)
    too_long_id = "a" * (ID_MAX_LENGTH + 1)
    answer = put(clerk, bank, too_long_id, content, [signature])
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_document"
    answer = clerk.put(bank.api + f"/documents/{order['id']}",
                       json={"content": _b64(content), "signatures": ["A" * (SIGNATURE_MAX_LENGTH + 4)]})
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_document"
    answer = clerk.get(bank.api + "/mail/" + too_long_id)
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_request"
    answer = clerk.get(bank.api + f"/mail/{uuid.uuid4()}/attachments/99999999999999999999")
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_request"
    answer = clerk.post(bank.api + "/certificates/revoke", json={"serial": "f" * 10_000})
    assert answer.status_code == 400 and error(answer)["code"] == "malformed_request"


def test_a_text_in_a_document_longer_than_any_field_holds_is_field_too_long(bank, clerk, signer):
    order = {**payment_order(bank, "10.00"), "purpose": "П" * (DOCUMENT_TEXT_MAX + 1)}
    content, signature = _signed(signer, order)
    answer = put(clerk, bank, order["id"], content, [signature])
    assert answer.status_code == 400 and error(answer)["code"] == "field_too_long"
    assert error(answer)["params"] == {"field": "purpose", "length": DOCUMENT_TEXT_MAX + 1,
                                       "limit": DOCUMENT_TEXT_MAX}
    order = {**payment_order(bank, "10.00"), "number": "1" * 17}  # over the interbank reference's 16
    content, signature = _signed(signer, order)
    state = put(clerk, bank, order["id"], content, [signature]).json()
    assert state["status"] == "rejected" and state["reason"]["params"]["field"] == "number"


@pytest.mark.parametrize("name", ["", " ", "a" * 256, "../etc/passwd", "a/b.pdf", "a\\b.pdf", "C:x.pdf",
                                  "invoice\u202efdp.exe", "tab\there.pdf", "bell\x07.pdf", "del\x7f.pdf",
                                  "CON", "nul.txt", "com1.pdf", "LPT9", ".", "..", "report.", "report ",
                                  'say"hi".pdf', "a<b>.pdf", "a|b.pdf", "a?.pdf", "a*.pdf"])
def test_an_unsafe_attachment_name_is_refused_by_the_rule(name):
    assert check_attachment_name(name) is not None


@pytest.mark.parametrize("name", ["Акт сверки.pdf", "Тарифы 2026 (новые).xlsx", "a" * 255, "consol.txt",
                                  ".profile", "com10.pdf", "Есеп-шот №12.pdf"])
def test_a_plain_attachment_name_is_taken(name):
    assert check_attachment_name(name) is None


@pytest.mark.parametrize("name", ["../../bank.sqlite3", "invoice\u202efdp.exe", "NUL.pdf", "x" * 256])
def test_the_bank_refuses_a_letter_with_an_unsafe_attachment_name(bank, clerk, signer, name):
    data = b"%PDF-1.4 a file"
    letter = {"schema": "kz.bank-letter/1", "id": str(uuid.uuid4()), "subject": "Акт", "text": "",
              "attachments": [{"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}]}
    content, signature = _signed(signer, letter)
    answer = clerk.put(bank.api + f"/mail/{letter['id']}", json={
        "content": _b64(content), "signature": _b64(signature), "attachments": [_b64(data)]})
    assert answer.status_code == 400 and error(answer)["code"] == "attachment_name_invalid"
    assert error(answer)["params"]["name"] == name[:255]


def test_a_batch_answers_each_poisoned_entry_alone_and_takes_the_good_ones(bank, clerk, signer):
    good = payment_order(bank, "10.00")
    good_content, good_signature = _signed(signer, good)
    flipped = payment_order(bank, "10.00")
    flipped_content, flipped_signature = _signed(signer, flipped)
    damaged = bytearray(flipped_signature)
    damaged[-1] ^= 0x01  # the signature value itself
    nan = payment_order(bank, "10.00")
    nan_content = (json.dumps(nan, separators=(",", ":"))[:-1] + ',"x":NaN}').encode()
    entries = [
        {"id": good["id"], "content": _b64(good_content), "signatures": [_b64(good_signature)]},
        {"id": flipped["id"], "content": _b64(flipped_content), "signatures": [_b64(bytes(damaged))]},
        {"id": nan["id"], "content": _b64(nan_content), "signatures": [_b64(signer.sign(nan_content))]},
        {"id": 5, "content": [], "signatures": "x"},
        None,
        {"id": "x" * 100_000, "content": "", "signatures": []},
        {"id": str(uuid.uuid4()), "content": "not base64!", "signatures": []},
        {"id": str(uuid.uuid4()), "content": _b64(b"{}"), "signatures": ["A"] * 10},
    ]
    answer = clerk.post(bank.api + "/documents:batch", json={"documents": entries})
    assert answer.status_code == 200
    answers = answer.json()["documents"]
    assert len(answers) == len(entries)
    assert answers[0]["http_status"] == 201 and answers[0]["status"] == "accepted"
    assert answers[1]["http_status"] == 201 and answers[1]["status"] == "rejected"
    assert answers[1]["reason"]["code"] == "signature_invalid"
    assert [a["http_status"] for a in answers[2:]] == [400] * 6
    assert [a["error"]["code"] for a in answers[2:]] == ["malformed_document"] * 6
    assert answers[5]["id"] is None  # an id longer than any id is not echoed back


def test_the_client_refuses_an_unsafe_attachment_name_before_sending():
    with pytest.raises(MailError) as refused:
        check_limits([Attachment.from_bytes("NUL.pdf", b"%PDF")], MailLimits(1024, 4096))
    assert refused.value.code == "attachment_name_invalid"
    check_limits([Attachment.from_bytes("Акт сверки.pdf", b"%PDF")], MailLimits(1024, 4096))

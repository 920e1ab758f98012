"""R3.1-R3.5: the bank's rule of who may sign, and what a document still needs."""

from __future__ import annotations

import pytest

from refbank.documents.signing_rights import Signatory, SigningRefused, check_addition, may_add, still_needed

COMPANY = 1
SINGLE = Signatory(1, COMPANY, "single", "Ахметова")
FIRST = Signatory(2, COMPANY, "first", "Нурланов")
SECOND = Signatory(3, COMPANY, "second", "Жумабекова")
VIEWER = Signatory(4, COMPANY, "none", "Садыков")
OTHER_FIRST = Signatory(5, COMPANY, "first", "Оспанов")
STRANGER = Signatory(6, 2, "second", "Ким")


def refusal(call, *args) -> str:
    with pytest.raises(SigningRefused) as caught:
        call(*args)
    return caught.value.code


def test_r3_1_one_single_signature_is_complete():
    assert still_needed([SINGLE], COMPANY) is None


def test_r3_2_a_first_signature_needs_a_second():
    assert still_needed([FIRST], COMPANY) == "second"


def test_r3_3_a_second_after_the_first_completes_the_document():
    assert check_addition([FIRST], SECOND, COMPANY) is None
    assert still_needed([FIRST, SECOND], COMPANY) is None
    assert still_needed([SECOND, FIRST], COMPANY) is None  # both arriving together: order on the wire is free


def test_r3_4_a_user_without_right_never_signs():
    assert refusal(still_needed, [VIEWER], COMPANY) == "no_sign_right"
    assert refusal(check_addition, [FIRST], VIEWER, COMPANY) == "no_sign_right"


def test_r3_5_never_more_than_two_signatures():
    assert refusal(still_needed, [FIRST, SECOND, OTHER_FIRST], COMPANY) == "too_many_signatures"
    assert refusal(check_addition, [FIRST, SECOND], OTHER_FIRST, COMPANY) == "signatures_complete"
    assert refusal(check_addition, [SINGLE], SECOND, COMPANY) == "signatures_complete"


def test_a_user_never_signs_the_same_document_twice():
    assert refusal(check_addition, [FIRST], FIRST, COMPANY) == "signed_twice"
    assert refusal(still_needed, [FIRST, FIRST], COMPANY) == "signed_twice"


def test_a_second_signature_alone_or_two_of_a_kind_are_out_of_order():
    assert refusal(still_needed, [SECOND], COMPANY) == "signature_order"
    assert refusal(still_needed, [FIRST, OTHER_FIRST], COMPANY) == "signature_order"
    assert refusal(still_needed, [SINGLE, FIRST], COMPANY) == "signature_order"
    assert refusal(check_addition, [FIRST], OTHER_FIRST, COMPANY) == "signature_order"


def test_a_user_of_another_company_is_not_authorised():
    assert refusal(check_addition, [FIRST], STRANGER, COMPANY) == "signer_not_authorised"


def test_no_signature_is_missing():
    assert refusal(still_needed, [], COMPANY) == "signature_missing"


@pytest.mark.parametrize(("existing", "new", "allowed"), [
    ([FIRST], SECOND, True), ([FIRST], FIRST, False), ([FIRST], OTHER_FIRST, False), ([FIRST], VIEWER, False),
    ([FIRST], STRANGER, False), ([FIRST, SECOND], SINGLE, False), ([SINGLE], SECOND, False),
])
def test_who_sees_a_document_awaiting_their_signature(existing, new, allowed):
    assert may_add(existing, new, COMPANY) is allowed


def test_a_refusal_names_the_signer():
    with pytest.raises(SigningRefused) as caught:
        check_addition([FIRST], FIRST, COMPANY)
    assert "Нурланов" in caught.value.message and caught.value.params == {"signer": "Нурланов"}

"""BIC: in the register of Kazakh banks, and the bank of the beneficiary's IIK."""

import pytest
from schwifty import IBAN

from bsclient.rules import bank_for_bic, check_bic

HALYK_IIK = IBAN.generate("KZ", bank_code="601", account_code="0000012345678").compact


@pytest.mark.parametrize("bic, code", [("HSBKKZKX", "601"), ("CASPKZKA", "722"), ("KCJBKZKX", "856"),
                                        ("GCVPKZ2A", "009"), ("NBRKKZKX", "125")])
def test_known_bics_map_to_their_bank_codes(bic, code):
    bank = bank_for_bic(bic)
    assert bank.code == code and bank.bic == bic and bank.name
    assert check_bic(bic) is None


def test_lower_case_bic_is_accepted():
    assert check_bic("hsbkkzkx", HALYK_IIK) is None


def test_unknown_bic_is_not_in_the_register():
    message = check_bic("ABCDKZKA")
    assert message.render() == "BIC ABCDKZKA is not in the register of Kazakh banks."
    assert bank_for_bic("ABCDKZKA") is None


def test_foreign_bic_is_not_a_kazakh_bank():
    assert bank_for_bic("COBADEFF") is None
    assert check_bic("COBADEFF") is not None


@pytest.mark.parametrize("typed", ["HSBK", "HSBKKZKX1", "HSBK-ZKX"])
def test_malformed_bic_says_eight_characters(typed):
    assert "8 Latin letters and digits" in check_bic(typed).render()


def test_bic_of_another_bank_than_the_iik_is_named():
    message = check_bic("CASPKZKA", HALYK_IIK)
    text = message.render()
    assert "CASPKZKA belongs to" in text and "HSBKKZKX" in text
    assert message.params["iban_bank"].endswith("HSBKKZKX")


def test_iik_with_a_bank_code_missing_from_the_register_names_the_code():
    iik = IBAN.generate("KZ", bank_code="999", account_code="0000000000001").compact
    assert check_bic("HSBKKZKX", iik).params["code"] == "999"


def test_invalid_iik_leaves_the_bic_alone():
    assert check_bic("CASPKZKA", HALYK_IIK[:-1]) is None

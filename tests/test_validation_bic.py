"""BIC: in the register of Kazakh banks, and the bank of the beneficiary's IIK."""

import pytest
from schwifty import IBAN

from bsclient.rules import bank_for_bic, bank_for_iban, check_bic
from bsclient.rules.bic import register

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


def test_bereke_is_accepted_with_its_name_and_its_iiks_are_its_own():
    bereke_iik = IBAN.generate("KZ", bank_code="914", account_code="0000012345678").compact
    assert check_bic("BRKEKZKA", bereke_iik) is None
    assert bank_for_bic("BRKEKZKA").name == 'АО "Bereke Bank"'
    assert bank_for_iban(bereke_iik).bic == "BRKEKZKA"
    assert "Сбербанк" not in bank_for_iban(bereke_iik).name


def test_tsesnabanks_bic_is_jusan_in_every_language():
    jusan = bank_for_bic("TSESKZKA")
    assert "Jusan" in jusan.name and "Jusan" in jusan.name_in("kk") and jusan.name_in("en").endswith("JSC")
    assert "Цеснабанк" not in jusan.name


def test_sberbanks_old_bic_is_refused_naming_the_new_one():
    text = check_bic("SABRKZKA").render()
    assert "BRKEKZKA" in text and "Bereke" in text and "2022" in text


def test_a_merged_bank_is_refused_naming_who_took_it_over():
    text = check_bic("ALMNKZKA").render()
    assert "АТФБанк" in text and "Jusan" in text and "2021" in text
    atf_iik = IBAN.generate("KZ", bank_code="826", account_code="0000012345678").compact
    assert bank_for_iban(atf_iik).bic == "TSESKZKA"


def test_a_closed_bank_is_refused_saying_it_lost_its_licence():
    text = check_bic("ASFBKZKA").render()
    assert "licence" in text and "2018" in text


def test_the_register_file_names_its_source_and_date_and_flags_unsure_banks():
    found = register()
    assert found.sources and found.date and found.version >= 1
    states = {bank.state for bank in found.banks}
    assert states == {"active", "renamed", "merged", "closed"}
    assert all(bank.status in ("seen", "unconfirmed") for bank in found.banks)
    assert all(set(bank.names) == {"kk", "ru", "en"} for bank in found.banks)
    assert len({bank.bic for bank in found.banks}) == len(found.banks)
    for bank in found.banks:
        if bank.successor:
            assert bank_for_bic(bank.successor) is not None

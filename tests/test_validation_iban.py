"""IIK (Kazakh IBAN): KZ, 20 characters, mod 97; banks from schwifty's register."""

import pytest
from schwifty import IBAN

from bsclient.rules import bank_for_iban, check_iban, compact_iban

HALYK = IBAN.generate("KZ", bank_code="601", account_code="0000012345678").compact
KASPI = IBAN.generate("KZ", bank_code="722", account_code="KZT0000000042").compact
PENSIONS = "KZ12009NPS0413609816"  # the State Corporation's IIK (docs/kazakh-facts.md)


@pytest.mark.parametrize("iik", [HALYK, KASPI, PENSIONS])
def test_valid_iiks_pass(iik):
    assert check_iban(iik) is None


def test_grouped_and_lower_case_iik_as_pasted_passes_and_compacts():
    grouped = " ".join(HALYK[i:i + 4] for i in range(0, 20, 4)).lower()
    assert check_iban(grouped) is None
    assert compact_iban(grouped) == HALYK


@pytest.mark.parametrize("position", range(4, 20))
def test_one_mistyped_character_fails_the_checksum(position):
    original = HALYK[position]
    replacement = "7" if original != "7" else "3"
    typo = HALYK[:position] + replacement + HALYK[position + 1:]
    assert check_iban(typo).render() == "The IIK's checksum is wrong: a character is mistyped."


def test_swapped_check_digits_fail():
    typo = HALYK[:2] + HALYK[3] + HALYK[2] + HALYK[4:]
    if typo != HALYK:
        assert check_iban(typo) is not None


@pytest.mark.parametrize("iik", ["DE89370400440532013000", "GB82WEST12345698765432"])
def test_foreign_iban_fails_even_when_valid_abroad(iik):
    assert "must start with KZ" in check_iban(iik).render()


def test_wrong_length_is_reported_with_the_count():
    message = check_iban(HALYK[:-1])
    assert message.params == {"count": 19}


def test_bank_code_must_be_digits():
    assert check_iban("KZ12ABC0000000000001") is not None


def test_cyrillic_letters_are_refused():
    assert check_iban("KZ12009NPS04136098С6") is not None  # Cyrillic С


def test_bank_for_iban_names_the_bank_from_the_register():
    bank = bank_for_iban(HALYK)
    assert (bank.bic, bank.code) == ("HSBKKZKX", "601")
    assert bank.name


def test_bank_for_invalid_or_unknown_iik_is_none():
    assert bank_for_iban(HALYK[:-1] + "9") is None
    unknown = IBAN.generate("KZ", bank_code="999", account_code="0000000000001").compact
    assert check_iban(unknown) is None and bank_for_iban(unknown) is None

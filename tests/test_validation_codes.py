"""KNP (3 digits) and KBe (residency 1|2, sector 1..9)."""

import pytest

from bsclient.rules import check_kbe, check_knp, check_kod


@pytest.mark.parametrize("knp", ["010", "119", "710", "911"])
def test_three_digit_knp_passes(knp):
    assert check_knp(knp) is None


@pytest.mark.parametrize("knp", ["", "71", "7100", "71a", " 71", "７１０"])
def test_other_knp_fails(knp):
    assert check_knp(knp) is not None


@pytest.mark.parametrize("kbe", ["11", "17", "19", "21", "29"])
def test_kbe_of_residency_and_sector_passes(kbe):
    assert check_kbe(kbe) is None


def test_residency_other_than_1_or_2_is_named():
    message = check_kbe("37")
    assert message.params == {"digit": "3"} and "residency" in message.render()


def test_sector_zero_is_refused():
    assert "sector" in check_kbe("10").render()


@pytest.mark.parametrize("kbe", ["", "1", "171", "1a"])
def test_not_two_digits_fails(kbe):
    assert check_kbe(kbe) is not None


def test_the_payers_code_is_called_kod_in_its_sentences():
    """KOd and KBe are built alike, but the payer's field speaks of the KOd."""
    for typed in ("", "3", "37", "10"):
        kod, kbe = check_kod(typed), check_kbe(typed)
        assert kod is not None and kbe is not None
        assert "KOd" in kod.render() and "KBe" not in kod.render()
        assert kbe.render() == kod.render().replace("KOd", "KBe")
    assert check_kod("17") is None

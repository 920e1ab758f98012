"""IIN/BIN: 12 digits with the check digit of docs/kazakh-facts.md, tested on real published numbers."""

import pytest

from bsclient.rules import check_iin_bin, iin_bin_check_digit

PUBLISHED_VALID = ["090840000906", "181140004063", "971240001315", "220640014948", "050140000656", "940140000385"]


@pytest.mark.parametrize("number", PUBLISHED_VALID)
def test_real_published_bins_are_valid(number):
    assert check_iin_bin(number) is None


def test_published_invalid_number_names_the_check_digit():
    message = check_iin_bin("181140004064")
    assert message is not None and "check digit" in message.render()


@pytest.mark.parametrize("number", PUBLISHED_VALID)
def test_every_other_last_digit_is_refused(number):
    for digit in "0123456789":
        if digit != number[-1]:
            assert check_iin_bin(number[:-1] + digit) is not None


def test_second_weights_are_used_when_the_first_sum_gives_ten():
    # The 10th digit is 1: first weights give 10 (mod 11 = 10), second weights give 1.
    assert iin_bin_check_digit("00000000010") == 1
    assert check_iin_bin("000000000101") is None
    assert check_iin_bin("000000000100") is not None


def test_numbers_whose_check_digit_cannot_exist_are_invalid():
    first_eleven = next(f"{n:011d}" for n in range(10**6) if iin_bin_check_digit(f"{n:011d}") is None)
    assert all(check_iin_bin(first_eleven + d) is not None for d in "0123456789")


@pytest.mark.parametrize("typed, count", [("18114000406", 11), ("1811400040630", 13), ("1", 1)])
def test_wrong_length_says_how_many_digits_were_typed(typed, count):
    message = check_iin_bin(typed)
    assert message.params == {"count": count}
    assert message.render() == f"The IIN/BIN must have 12 digits; you typed {count}."


@pytest.mark.parametrize("typed", ["18114000406A", "1811 4000 4063", "１８１１４０００４０６３", "-18114000406"])
def test_letters_spaces_and_other_digits_are_refused_as_not_digits_only(typed):
    assert "digits only" in check_iin_bin(typed).render()


def test_empty_asks_for_the_number():
    assert "12 digits" in check_iin_bin("").render()


def test_messages_are_marked_for_the_validation_context():
    assert check_iin_bin("181140004064").context == "Validation"


def test_an_iin_whose_first_zero_a_spreadsheet_dropped_is_named_with_it():
    # born in 2005: the IIN starts with 0, which Excel drops from a number
    first_eleven = next(f"0501014{n:04d}" for n in range(10**4) if iin_bin_check_digit(f"0501014{n:04d}") is not None)
    iin = first_eleven + str(iin_bin_check_digit(first_eleven))
    message = check_iin_bin(iin[1:])
    assert message.params == {"with_zero": iin}
    assert "dropped its first zero" in message.render() and iin in message.render()
    assert check_iin_bin(iin) is None

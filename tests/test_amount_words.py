"""Amounts in words as a Kazakh payment order prints them, in Kazakh and Russian.

Every expected string is written by hand from Kazakh and Russian grammar (numerals, and in Russian
the noun's form after 1 / 2-4 / 5-20, 11-14), not produced by the code under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bsclient.rules.amount_words import amount_in_words, amount_in_words_kk, amount_in_words_ru

TENGE = [
    # amount, Kazakh, Russian
    ("0.01", "Нөл теңге 01 тиын", "Ноль тенге 01 тиын"),
    ("1", "Бір теңге 00 тиын", "Один тенге 00 тиын"),
    ("11", "Он бір теңге 00 тиын", "Одиннадцать тенге 00 тиын"),
    ("21", "Жиырма бір теңге 00 тиын", "Двадцать один тенге 00 тиын"),
    ("100", "Жүз теңге 00 тиын", "Сто тенге 00 тиын"),
    ("1000", "Бір мың теңге 00 тиын", "Одна тысяча тенге 00 тиын"),
    ("1000000", "Бір миллион теңге 00 тиын", "Один миллион тенге 00 тиын"),
    ("1500000.50", "Бір миллион бес жүз мың теңге 50 тиын", "Один миллион пятьсот тысяч тенге 50 тиын"),
    ("999999999.99",
     "Тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз теңге 99 тиын",
     "Девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять "
     "тенге 99 тиын"),
    ("2.05", "Екі теңге 05 тиын", "Два тенге 05 тиын"),
    ("1001", "Бір мың бір теңге 00 тиын", "Одна тысяча один тенге 00 тиын"),
    ("22000", "Жиырма екі мың теңге 00 тиын", "Двадцать две тысячи тенге 00 тиын"),
    ("2000000", "Екі миллион теңге 00 тиын", "Два миллиона тенге 00 тиын"),
    ("45678.09", "Қырық бес мың алты жүз жетпіс сегіз теңге 09 тиын",
     "Сорок пять тысяч шестьсот семьдесят восемь тенге 09 тиын"),
    ("314.10", "Үш жүз он төрт теңге 10 тиын", "Триста четырнадцать тенге 10 тиын"),
]


@pytest.mark.parametrize(("amount", "kazakh", "russian"), TENGE)
def test_tenge_in_kazakh_and_russian(amount: str, kazakh: str, russian: str):
    assert amount_in_words(Decimal(amount), "KZT", "kk") == kazakh
    assert amount_in_words(Decimal(amount), "KZT", "ru") == russian
    assert amount_in_words_kk(amount) == kazakh
    assert amount_in_words_ru(amount) == russian


OTHER_CURRENCIES = [
    # amount, currency, Kazakh, Russian
    ("1", "USD", "Бір АҚШ доллары 00 цент", "Один доллар США 00 центов"),
    ("2.01", "USD", "Екі АҚШ доллары 01 цент", "Два доллара США 01 цент"),
    ("5.02", "USD", "Бес АҚШ доллары 02 цент", "Пять долларов США 02 цента"),
    ("11.11", "USD", "Он бір АҚШ доллары 11 цент", "Одиннадцать долларов США 11 центов"),
    ("21.21", "USD", "Жиырма бір АҚШ доллары 21 цент", "Двадцать один доллар США 21 цент"),
    ("3000.03", "EUR", "Үш мың еуро 03 цент", "Три тысячи евро 03 цента"),
    ("14.14", "EUR", "Он төрт еуро 14 цент", "Четырнадцать евро 14 центов"),
    ("1.01", "RUB", "Бір Ресей рублі 01 тиын", "Один российский рубль 01 копейка"),
    ("2.22", "RUB", "Екі Ресей рублі 22 тиын", "Два российских рубля 22 копейки"),
    ("112.12", "RUB", "Жүз он екі Ресей рублі 12 тиын", "Сто двенадцать российских рублей 12 копеек"),
]


@pytest.mark.parametrize(("amount", "currency", "kazakh", "russian"), OTHER_CURRENCIES)
def test_dollars_euros_and_roubles(amount: str, currency: str, kazakh: str, russian: str):
    assert amount_in_words(amount, currency, "kk") == kazakh
    assert amount_in_words(amount, currency, "ru") == russian


def test_the_clerks_text_and_lower_case_codes_are_read():
    assert amount_in_words("1 500 000,50", "kzt", "ru") == "Один миллион пятьсот тысяч тенге 50 тиын"
    assert amount_in_words(7, "KZT", "kk") == "Жеті теңге 00 тиын"


def test_an_unknown_currency_is_named_by_its_code():
    assert amount_in_words("100", "CNY", "ru") == "Сто CNY 00"
    assert amount_in_words("100", "CNY", "kk") == "Жүз CNY 00"


@pytest.mark.parametrize("amount", ["-1", "1.001", "abc", "NaN", "Infinity", ""])
def test_what_is_not_a_payable_amount_is_refused(amount: str):
    with pytest.raises(ValueError):
        amount_in_words(amount, "KZT", "ru")


def test_only_kazakh_and_russian():
    with pytest.raises(ValueError):
        amount_in_words("1", "KZT", "en")

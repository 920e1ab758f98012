"""An amount in words, in Kazakh and Russian, as Kazakh banks print it on a payment order.

"Бір миллион бес жүз мың теңге 50 тиын" / "Один миллион пятьсот тысяч тенге 50 тиын": the whole
units in words, the currency's name, the minor units as two digits and their name, first letter
capitalised.

num2words (0.5.14) gives the cardinal numbers; what it does not do we do here:
- Kazakh is "kz" in num2words, not ISO 639-1 "kk" (lang="kk" raises NotImplementedError);
- its Kazakh currency mode knows only KZT and USD, not EUR or RUB, and spells the minor units
  in words ("теңге, елу тиын") where banks print two digits;
- its Russian floats are wrong ("одна миллион пятьсот тысяч целых пять десятых" for 1500000.5),
  so only whole numbers are ever passed to it;
- its Russian currency mode says "тиынов", while Kazakh banks write "тиын" in Russian too.
So the currency names and the Russian plural forms are ours (below).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from num2words import num2words

LANGUAGES = ("kk", "ru")
CURRENCIES = ("KZT", "USD", "EUR", "RUB")

_NUM2WORDS_LANG = {"kk": "kz", "ru": "ru"}

# Kazakh nouns stay singular after a numeral ("бес жүз мың теңге", "елу цент").
_KAZAKH_NAMES = {
    "KZT": ("теңге", "тиын"),
    "USD": ("АҚШ доллары", "цент"),
    "EUR": ("еуро", "цент"),
    # Our assumption: "тиын" is the Kazakh word for a kopeck as well (no bank form seen).
    "RUB": ("Ресей рублі", "тиын"),
}

# Russian: (one, few, many) after 1 / 2-4 / 5-20 and 0; "тенге", "тиын" and "евро" do not change.
_RUSSIAN_NAMES = {
    "KZT": (("тенге", "тенге", "тенге"), ("тиын", "тиын", "тиын")),
    "USD": (("доллар США", "доллара США", "долларов США"), ("цент", "цента", "центов")),
    "EUR": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
    "RUB": (("российский рубль", "российских рубля", "российских рублей"), ("копейка", "копейки", "копеек")),
}


def split_amount(amount: Decimal | str | int) -> tuple[int, int]:
    """Whole units and minor units (0..99) of a non-negative amount with at most 2 decimals."""
    try:
        value = Decimal(str(amount).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not an amount: {amount!r}") from exc
    if not value.is_finite() or value < 0:
        raise ValueError(f"not a payable amount: {amount!r}")
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"more than two decimals: {amount!r}")
    whole, minor = divmod(int(cents), 100)
    return whole, minor


def russian_form(number: int, forms: tuple[str, str, str]) -> str:
    """The noun form that follows `number` in Russian: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль."""
    one, few, many = forms
    if 11 <= number % 100 <= 14:
        return many
    last = number % 10
    if last == 1:
        return one
    if 2 <= last <= 4:
        return few
    return many


def cardinal(number: int, lang: str) -> str:
    """`number` in words (lower case): num2words, asked only for whole numbers."""
    if lang not in _NUM2WORDS_LANG:
        raise ValueError(f"no amounts in words in {lang!r}; use one of {LANGUAGES}")
    return str(num2words(number, lang=_NUM2WORDS_LANG[lang]))


def amount_in_words(amount: Decimal | str | int, currency: str = "KZT", lang: str = "ru") -> str:
    """The amount as a payment order says it in words, in Kazakh ("kk") or Russian ("ru").

    A currency we have no names for is written by its code: "Сто USD 00".
    """
    whole, minor = split_amount(amount)
    code = currency.strip().upper()
    words = cardinal(whole, lang)
    if lang == "kk":
        major_name, minor_name = _KAZAKH_NAMES.get(code, (code, ""))
    else:
        names = _RUSSIAN_NAMES.get(code)
        if names is None:
            major_name, minor_name = code, ""
        else:
            major_name, minor_name = russian_form(whole, names[0]), russian_form(minor, names[1])
    text = " ".join(part for part in (words, major_name, f"{minor:02d}", minor_name) if part)
    return text[:1].upper() + text[1:]


def amount_in_words_kk(amount: Decimal | str | int, currency: str = "KZT") -> str:
    return amount_in_words(amount, currency, "kk")


def amount_in_words_ru(amount: Decimal | str | int, currency: str = "KZT") -> str:
    return amount_in_words(amount, currency, "ru")

"""The IIK's check digits as the rules compute them agree with schwifty's IBAN check (an independent
implementation) on valid IIKs of every bank code and on every single-character mistake of some."""

from __future__ import annotations

import random

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from bsclient.rules import check_iban
from bsclient.rules.bic import bank_for_iban
from bsclient.rules.iban import kz_bank_code

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def schwifty_accepts(iik: str) -> bool:
    try:
        IBAN(iik)
    except SchwiftyException:
        return False
    return True


def test_check_digits_agree_with_schwifty():
    rnd = random.Random(7)
    valid = [IBAN.generate("KZ", bank_code=f"{code:03d}",
                           account_code="".join(rnd.choice(ALPHABET) for _ in range(13))).compact
             for code in range(0, 1000, 7)]
    mistyped = []
    for iik in valid[:40]:
        for position in range(2, 20):
            for char in ("0", "7", "Z") if position >= 7 else ("0", "9"):
                changed = iik[:position] + char + iik[position + 1:]
                if changed != iik:
                    mistyped.append(changed)
    for iik in valid + mistyped:
        assert (check_iban(iik) is None) == schwifty_accepts(iik), iik
    assert all(check_iban(iik) is None for iik in valid)
    assert sum(check_iban(iik) is not None for iik in mistyped) > len(mistyped) * 0.9


def test_the_bank_code_of_an_iik():
    iik = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
    assert kz_bank_code(f"{iik[:4].lower()} {iik[4:8]} {iik[8:]}") == "601"
    assert kz_bank_code(iik[:-1] + ("0" if iik[-1] != "0" else "1")) is None  # a mistyped IIK has no bank
    assert bank_for_iban(iik) is not None and bank_for_iban(iik).bic == "HSBKKZKX"

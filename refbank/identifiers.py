"""IIN/BIN check digits, for numbers the bank makes up for its demo company and users."""

from __future__ import annotations

FIRST_WEIGHTS = tuple(range(1, 12))
SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when no digit makes the number valid."""
    digits = [int(char) for char in first_eleven]
    for weights in (FIRST_WEIGHTS, SECOND_WEIGHTS):
        result = sum(d * w for d, w in zip(digits, weights)) % 11
        if result != 10:
            return result
    return None


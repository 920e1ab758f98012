"""The key carrier's PIN as a value that refuses to print."""

from __future__ import annotations


class Pin:
    """A PIN whose str() and repr() are '***'; only `reveal()` gives the digits, for C_Login."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __str__(self) -> str:
        return "***"

    def __repr__(self) -> str:
        return "Pin('***')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pin) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Pin, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the PIN out in clear; a PIN is never stored.
        raise TypeError("a Pin cannot be pickled")

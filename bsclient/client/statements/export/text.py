"""Text from the bank as one line of an export file."""

from __future__ import annotations

import re

# What cannot stand inside one line of a text file: control characters (C0 with tab, DEL, C1 with
# NEL U+0085), the Unicode line and paragraph separators, the byte order mark and non-characters.
# A reader that splits lines on any of them, or refuses them (our 1C reader does), would see a
# damaged file.
NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]+")


def one_line(value: str) -> str:
    """`value` with each run of such characters made one space."""
    return value if value.isprintable() else NOT_IN_A_LINE.sub(" ", value)

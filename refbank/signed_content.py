"""What documents and letters share: the signed bytes are canonical JSON naming their own id."""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from typing import Any

import rfc8785

from refbank.errors import BankRefusal


def not_base64(code: str, field: str) -> BankRefusal:
    """The refusal of a field that should carry base64 and does not."""
    return BankRefusal(400, code, "The {field} is not valid base64.", field=field)


def decode_base64(text: object, refusal: BankRefusal) -> bytes:
    """The bytes of a base64 text (signed content and signatures travel so); `refusal` raised when
    `text` is not base64 text."""
    if not isinstance(text, str):
        raise refusal
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise refusal from exc


# The lead byte of a UTF-8 character beyond the Basic Multilingual Plane (4 bytes; UTF-16 would sort it
# as a surrogate pair, unlike Python's code point order).
_BEYOND_BMP = re.compile(rb"[\xf0-\xf4]")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _canonical(parsed: dict[str, Any], plain: bool) -> bytes:
    """RFC 8785's form of `parsed`. For `plain` JSON (no number, no character beyond the BMP) that is
    exactly what json.dumps writes with sorted keys, no blanks and UTF-8: the same escapes (RFC 8785
    3.2.2.2) and the same key order (3.2.3), many times faster than rfc8785; any other goes through it."""
    if plain:
        try:
            return json.dumps(parsed, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: rfc8785 refuses it below
    return rfc8785.dumps(parsed)


def parse_canonical(object_id: str, content: bytes, *, kind: str, schema: str | tuple[str, ...]) -> dict[str, Any]:
    """`content` as a JSON object, if it is its own canonical (RFC 8785) form, its `id` is
    `object_id` (a UUID) and its `schema` is `schema`; else 400 malformed_<kind>."""
    def refuse(message: str, **params: Any) -> BankRefusal:
        return BankRefusal(400, f"malformed_{kind}", message, **params)

    numbers: list[str] = []  # as written: a document with any is canonicalised by rfc8785

    def integer(text: str) -> int:
        numbers.append(text)
        return int(text)

    def fraction(text: str) -> float:
        numbers.append(text)
        return float(text)

    try:
        uuid.UUID(object_id)
        parsed = json.loads(content.decode("utf-8"), parse_constant=_no_constant, parse_int=integer,
                            parse_float=fraction)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise refuse(f"The {kind} id must be a UUID and its content JSON in UTF-8.") from exc
    if not isinstance(parsed, dict):
        raise refuse(f"The {kind} must be a JSON object.")
    try:
        canonical = _canonical(parsed, plain=not numbers and _BEYOND_BMP.search(content) is None)
    except (rfc8785.CanonicalizationError, UnicodeEncodeError) as exc:  # NaN, 1e400, 2**53 and more, a lone surrogate
        raise refuse(f"The {kind} holds a number or text that has no canonical (RFC 8785) form.") from exc
    if canonical != content:
        raise refuse(f"The content is not the canonical (RFC 8785) form of the {kind}.")
    if parsed.get("id") != object_id:
        raise refuse(f"The {kind}'s id differs from the id in the address.")
    if parsed.get("schema") not in ((schema,) if isinstance(schema, str) else schema):
        raise refuse(f"The bank does not know this {kind} type.", schema=parsed.get("schema"))
    return parsed

"""The exact bytes that are signed: RFC 8785 (JSON Canonicalization Scheme) of a document."""

from __future__ import annotations

from typing import Any

import rfc8785

from bsclient.crypto.errors import not_canonical


def canonical_bytes(obj: dict[str, Any]) -> bytes:
    """RFC 8785 canonical JSON of `obj`: sorted keys, no blanks, UTF-8, ES6 numbers."""
    try:
        return rfc8785.dumps(obj)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise not_canonical(str(exc)) from exc

"""Limits on what a request may carry, checked before anything parses it: the body's size (a letter with
its attachments may be larger than any other call), then the nesting depth of its JSON. Each answered
with the wire's error body and its own code (docs/wire-protocol.md "Limits")."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from refbank.api.dependencies import PREFIX

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

BODY_MAX_BYTES = 2 * 1024 * 1024  # any call but a letter: a batch of documents fits many times over
JSON_MAX_DEPTH = 32  # the deepest document is a few levels; recursion in a parser is what depth attacks
# Escapes first, then what is left between quotes: two plain scans (a batch of documents is ~200 kB of
# base64 strings; one pattern with the escapes as an alternative inside a string took 25 times longer).
# An escape outside a string is a syntax error there, where the parser stops before any deeper bracket.
_ESCAPES = re.compile(rb"\\.", re.DOTALL)
_STRINGS = re.compile(rb'"[^"]*"')
_BRACKETS = re.compile(rb"[\[\]{}]")
# A \uD800-\uDFFF escape not in a high-low pair (after an even number of backslashes: a real escape)
# is no character at all; text holding one cannot be stored or signed.
_LONE_SURROGATE = re.compile(
    rb"(?<!\\)(?:\\\\)*(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(?<![uU][dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})")


def body_limit(path: str, letter_max_bytes: int) -> int:
    """Letters carry their attachments in base64 (4 bytes for 3) beside the letter itself."""
    if path.startswith(PREFIX + "/mail/"):
        return letter_max_bytes * 4 // 3 + BODY_MAX_BYTES
    return BODY_MAX_BYTES


def json_depth(body: bytes) -> int:
    """The deepest nesting of arrays and objects, strings left out; counted without parsing."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub(b"", _ESCAPES.sub(b"", body))):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


def is_unicode(body: bytes) -> bool:
    """Whether the body is UTF-8 whose JSON escapes stand for real characters."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    # A body with no \\uD escape at all (base64 documents) cannot hold a lone one: skip the slow scan.
    if b"\\ud" not in body and b"\\uD" not in body:
        return True
    return _LONE_SURROGATE.search(body) is None


class BodyLimits:
    """ASGI middleware around the whole application."""

    def __init__(self, app: App, letter_max_bytes: int) -> None:
        self.app = app
        self.letter_max_bytes = letter_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "DELETE", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"], self.letter_max_bytes)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _drain(receive)
            await _refuse(send, 413, "body_too_large", "The request is larger than the bank accepts ({limit} bytes).",
                          limit=limit)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                chunks.clear()
                if message.get("more_body", False):
                    await _drain(receive)
                await _refuse(send, 413, "body_too_large",
                              "The request is larger than the bank accepts ({limit} bytes).", limit=limit)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if json_depth(body) > JSON_MAX_DEPTH:
            await _refuse(send, 400, "too_deep", "The request nests deeper than {limit} levels.", limit=JSON_MAX_DEPTH)
            return
        if not is_unicode(body):
            await _refuse(send, 400, "not_unicode", "The request is not UTF-8 text, or escapes half a character.")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _drain(receive: Receive) -> None:
    """Read the rest and keep none of it: the client gets the answer instead of a cut connection."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect" or not message.get("more_body", False):
            return


async def _refuse(send: Send, status: int, code: str, message: str, **params: Any) -> None:
    payload = json.dumps({"error": {"code": code, "message": message.format(**params), "params": params}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})

"""The error a validator raises when a value cannot be used at all."""

from __future__ import annotations

from collections.abc import Mapping

from bsclient.messages import ClerkError, Message


class ValidationError(ClerkError):
    """A value the clerk typed breaks a rule; `problems` maps field paths to messages when known."""

    def __init__(self, message: Message, problems: Mapping[str, Message] | None = None) -> None:
        super().__init__(message)
        self.problems: dict[str, Message] = dict(problems or {})

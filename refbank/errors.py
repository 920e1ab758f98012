"""The bank's refusals: a stable code, an English sentence and the values it names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reason:
    """Why the bank refused something; the wire form is {"code", "message", "params"}."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": self.params}


class BankRefusal(Exception):  # noqa: N818 - the wire's word: a refusal is the bank's answer, not its error
    """A request the bank answers with an HTTP error status and an error body.

    `message` may name `params` as {placeholders}; the wire carries the filled-in sentence.
    """

    def __init__(self, status: int, code: str, message: str, **params: Any) -> None:
        self.status = status
        self.reason = Reason(code, message.format(**params), params)
        super().__init__(self.reason.message)


class DocumentRejected(Exception):  # noqa: N818 - a status of the document, as the wire names it
    """A received document fails a check: it is stored as `rejected` with this reason."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.reason = Reason(code, message.format(**params), params)
        super().__init__(self.reason.message)

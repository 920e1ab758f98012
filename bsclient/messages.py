"""Sentences for the clerk, made outside Qt and translated inside it.

The layers below the UI (client, crypto, token) know no Qt, yet everything they tell the clerk
must be translated. They build a `Message` from an English source text marked with
`QT_TRANSLATE_NOOP`, so that `pyside6-lupdate` collects it, and the UI renders it with
`QCoreApplication.translate`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bsclient.formatting import money

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for translation in `context`; returns it unchanged."""
    return source


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Message:
    """A sentence for the clerk: translation context, English source with {placeholders}, values."""

    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        """The sentence in the clerk's language; a value that is itself a Message (a status word,
        a size with its unit) is rendered in that language too, and an amount (a Decimal) is written
        as the clerk's language writes figures."""
        values = {name: _shown(value, translate) for name, value in self.params.items()}
        return translate(self.context, self.source).format(**values)

    def __str__(self) -> str:
        return self.render()


def _shown(value: Any, translate: Translate) -> Any:
    """A value in the clerk's language: a Message rendered, an amount by the one formatter."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, Decimal):
        return money(value)
    return value


class ClerkError(Exception):
    """Base of the per-layer errors: carries a `Message` a clerk can read."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message

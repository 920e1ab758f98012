"""The help's topics: one Markdown file per topic and language (topics/<language>/<id>.md), listed here
in the order the contents show them; the first line of each file ("# …") is its title. Pictures of the
windows (pictures/<language>/<window>.png) are made from the running client by `installer/gallery.py
--help-pictures`; a topic shows a picture only when it was made, so the help reads well without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bsclient.client.setup.flow import Step
from bsclient.messages import QT_TRANSLATE_NOOP

HELP_DIR = Path(__file__).parent
TOPICS_DIR = HELP_DIR / "topics"
PICTURES_DIR = HELP_DIR / "pictures"
LANGUAGES = ("en", "kk", "ru")

TASKS, WINDOWS, SETUP = "tasks", "windows", "setup"
GROUPS = {
    TASKS: QT_TRANSLATE_NOOP("HelpWindow", "How to"),
    WINDOWS: QT_TRANSLATE_NOOP("HelpWindow", "Windows"),
    SETUP: QT_TRANSLATE_NOOP("HelpWindow", "Setting up"),
}


@dataclass(frozen=True)
class Topic:
    id: str
    group: str


TOPICS: tuple[Topic, ...] = (
    Topic("getting-started", TASKS),
    Topic("pay-a-tax", TASKS),
    Topic("salary-registry", TASKS),
    Topic("two-signatures", TASKS),
    Topic("statuses", TASKS),
    Topic("rejected-payment", TASKS),
    Topic("told-a-code", TASKS),
    Topic("new-key", TASKS),
    Topic("main-window", WINDOWS),
    Topic("payment-editor", WINDOWS),
    Topic("currency-documents", WINDOWS),
    Topic("payee-changed", WINDOWS),
    Topic("batch-signing", WINDOWS),
    Topic("awaiting-signature", WINDOWS),
    Topic("recall", WINDOWS),
    Topic("import-1c", WINDOWS),
    Topic("templates", WINDOWS),
    Topic("counterparties", WINDOWS),
    Topic("statement", WINDOWS),
    Topic("mail", WINDOWS),
    Topic("directories", WINDOWS),
    Topic("journal", WINDOWS),
    Topic("login", WINDOWS),
    Topic("pin", WINDOWS),
    Topic("one-time-code", WINDOWS),
    Topic("change-password", WINDOWS),
    Topic("key-compromised", WINDOWS),
    Topic("store-rescue", WINDOWS),
    Topic("setup-language", SETUP),
    Topic("setup-server", SETUP),
    Topic("setup-carrier", SETUP),
    Topic("setup-login", SETUP),
    Topic("setup-password", SETUP),
    Topic("setup-key", SETUP),
    Topic("setup-summary", SETUP),
)
TOPIC_IDS = frozenset(topic.id for topic in TOPICS)

# The editor's topic by its kind of document (the rules' registry's keys), the set-up's by its step.
KIND_TOPICS = {"payment": "payment-editor", "budget": "pay-a-tax", "pension": "salary-registry",
               "social": "salary-registry", "salary": "salary-registry", "foreign": "currency-documents",
               "exchange": "currency-documents"}
SETUP_TOPICS = {Step.LANGUAGE: "setup-language", Step.SERVER: "setup-server", Step.CARRIER: "setup-carrier",
                Step.LOGIN: "setup-login", Step.PASSWORD: "setup-password", Step.KEY: "setup-key",
                Step.SUMMARY: "setup-summary"}


def kind_topic(kind: str) -> str:
    return KIND_TOPICS.get(kind, "payment-editor")


def setup_topic(step: int) -> str:
    """The topic of the wizard's page `step` (the first page's before any is shown, id -1)."""
    return SETUP_TOPICS[Step(step)] if step in {int(s) for s in Step} else "setup-language"

_PICTURE = re.compile(r"!\[([^\]]*)\]\(pictures/([\w.-]+\.png)\)")


def topic_language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def topic_file(topic: str, language: str) -> Path:
    return TOPICS_DIR / topic_language(language) / f"{topic}.md"


def topic_text(topic: str, language: str) -> str:
    """The topic's Markdown, its pictures pointing at their files (and left out where none was made)."""
    text = topic_file(topic, language).read_text(encoding="utf-8")
    folder = PICTURES_DIR / topic_language(language)

    def picture(match: re.Match[str]) -> str:
        path = folder / match.group(2)
        return f"![{match.group(1)}]({path.as_uri()})" if path.is_file() else ""

    return _PICTURE.sub(picture, text)


def title_of(text: str) -> str:
    """The first heading of a topic's Markdown."""
    return next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")


def pictures_named(text: str) -> list[str]:
    """The window pictures a topic's Markdown shows (file names under pictures/<language>/)."""
    return [match.group(2) for match in _PICTURE.finditer(text)]


def pictures_wanted() -> set[str]:
    """The windows the topics show (the gallery's names), in any language."""
    return {name.removesuffix(".png") for topic in TOPICS for language in LANGUAGES
            for name in pictures_named(topic_file(topic.id, language).read_text(encoding="utf-8"))}

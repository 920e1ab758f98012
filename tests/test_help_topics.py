"""R4.1 help: every window and set-up page has a topic, and every topic is there in Kazakh, Russian and
English, each language its own text, with links only to topics that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bsclient.client.setup.flow import Step
from bsclient.rules.kinds.registry import KINDS
from bsclient.ui.help.topics import (
    KIND_TOPICS,
    LANGUAGES,
    SETUP_TOPICS,
    TOPIC_IDS,
    TOPICS,
    TOPICS_DIR,
    pictures_named,
    title_of,
    topic_file,
)

UI = Path(__file__).resolve().parents[1] / "bsclient" / "ui"
WINDOW_BASES = {"QDialog", "QMainWindow", "QWizard"}
# Windows without a topic of their own, and why.
NO_TOPIC = {
    "HelpWindow": "the help itself",
    "TemplateNameDialog": "one field asking for a template's name, opened from the Templates window",
    "CarrierReminder": "one sentence reminding to take the carrier out; nothing to explain",
}
KAZAKH_LETTERS = set("әғқңөұүһі")


def _windows() -> dict[str, str]:
    """Each window class under bsclient/ui (a dialog, a main window, a wizard, or a widget named
    …Window that is shown on its own), with its module's source."""
    found = {}
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
            if bases & WINDOW_BASES or (node.name.endswith("Window") and "QWidget" in bases):
                found[node.name] = ast.get_source_segment(source, node) or ""
    return found



def test_every_window_opens_a_topic_with_f1_and_a_help_button() -> None:
    windows = _windows()
    assert {"MainWindow", "PaymentEditor", "StatementWindow", "SetupWizard", "JournalWindow"} <= set(windows)
    lacking = [name for name, source in windows.items() if name not in NO_TOPIC and "add_help(" not in source]
    assert not lacking, f"windows without add_help: {lacking}"
    for name, source in windows.items():
        for topic in re.findall(r'add_help\(self, "([\w-]+)"', source):
            assert topic in TOPIC_IDS, (name, topic)


def test_every_set_up_page_and_kind_of_document_has_its_topic() -> None:
    assert set(SETUP_TOPICS) == set(Step)
    assert {kind.key for kind in KINDS} <= set(KIND_TOPICS)
    assert set(SETUP_TOPICS.values()) | set(KIND_TOPICS.values()) <= TOPIC_IDS


def test_every_topic_is_there_in_every_language_and_nothing_else_is() -> None:
    assert len(TOPIC_IDS) == len(TOPICS)
    for language in LANGUAGES:
        files = {path.stem for path in (TOPICS_DIR / language).glob("*.md")}
        assert files == TOPIC_IDS, (language, files ^ TOPIC_IDS)


def test_each_language_has_its_own_text_with_a_title_and_links_to_topics_that_exist() -> None:
    for topic in TOPIC_IDS:
        texts = {language: topic_file(topic, language).read_text(encoding="utf-8") for language in LANGUAGES}
        titles = {language: title_of(text) for language, text in texts.items()}
        assert all(titles.values()), (topic, titles)
        assert len(set(titles.values())) == 3, (topic, titles)  # translated, not copied
        assert KAZAKH_LETTERS & set(texts["kk"].casefold()), topic  # Kazakh, not Russian
        assert re.search("[а-яё]", texts["ru"]) and not KAZAKH_LETTERS & set(texts["ru"].casefold()), topic
        for language, text in texts.items():
            for link in re.findall(r"\]\(([\w-]+)\.md\)", text):
                assert link in TOPIC_IDS, (topic, language, link)
            # The same pictures in every language: each language's gallery makes the same windows.
            assert pictures_named(text) == pictures_named(texts["en"]), (topic, language)

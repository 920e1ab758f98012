"""The client's translations: collect the clerk's sentences into .ts files, compile them to .qm.

    python installer/translations.py update    # after changing clerk-facing text: new sentences
                                               # appear in the .ts files as unfinished
    python installer/translations.py release   # .ts -> .qm (setup.sh runs it; .qm are not committed)
    python installer/translations.py import-tsv FILE   # translations from a spreadsheet: lines of
                                               # context<TAB>English source<TAB>Kazakh<TAB>Russian

Translators edit bsclient/ui/translations/bsclient_<lang>.ts (Qt Linguist, or any text editor).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO / "bsclient" / "ui" / "translations"
LANGUAGES = ("kk", "ru")
# English is the sources' language: its file holds only the plural forms of sentences with a count
# ("%n lines": "1 line", "2 lines").
PLURALS_ONLY = ("en",)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def source_files() -> list[Path]:
    """Every Python file of the client: lupdate finds self.tr(), translate() and QT_TRANSLATE_NOOP in them."""
    return sorted(path for path in (REPO / "bsclient").rglob("*.py") if "__pycache__" not in path.parts)


def ts_file(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"bsclient_{language}.ts"


def update(directory: Path = TRANSLATIONS_DIR) -> None:
    """Merge the sources' sentences into each language's .ts; sentences no longer used are dropped."""
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES + PLURALS_ONLY:
        plurals_only = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run([_tool("pyside6-lupdate"), *map(str, source_files()), "-no-obsolete", "-locations", "none",
                        *plurals_only, "-target-language", language, "-ts", str(ts_file(language, directory))],
                       check=True, stdout=subprocess.DEVNULL)


def release(directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every .ts in `directory` into a .qm beside it; the .qm paths."""
    compiled = []
    for language in LANGUAGES + PLURALS_ONLY:
        ts = ts_file(language, directory)
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def import_tsv(table: Path, directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """Set the translations a table gives (the sources' sentences are collected first); the rows
    whose sentence the sources do not hold, to say so."""
    update(directory)
    rows = [row for row in csv.reader(table.read_text(encoding="utf-8").splitlines(), delimiter="\t",
                                      quoting=csv.QUOTE_NONE) if row and len(row) >= 2 + len(LANGUAGES)]
    unknown = set(range(len(rows)))
    for column, language in enumerate(LANGUAGES, start=2):
        ts = ts_file(language, directory)
        tree = ET.parse(ts)
        wanted = {(row[0], row[1]): (index, row[column]) for index, row in enumerate(rows)}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                found = wanted.get((name, message.findtext("source", "")))
                translation = message.find("translation")
                if found is None or translation is None or not found[1].strip():
                    continue
                translation.text = found[1]
                translation.attrib.pop("type", None)
                unknown.discard(found[0])
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    update(directory)  # back to lupdate's own layout
    return [f"{rows[index][0]}: {rows[index][1]}" for index in sorted(unknown)]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "import-tsv":
        for row in import_tsv(Path(argv[1])):
            print(f"not in the sources, left out: {row}", file=sys.stderr)
        return 0
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

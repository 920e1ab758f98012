"""The layers of DESIGN.md hold: Qt only in bsclient/ui; the bank verifies with its own code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_FREE = ["bsclient/rules", "bsclient/client", "bsclient/crypto", "bsclient/token", "refbank"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(*folders: str) -> list[Path]:
    files = [file for folder in folders for file in (REPO / folder).rglob("*.py")]
    assert files, f"no Python files under {folders}"
    return files


def test_lower_layers_import_no_qt() -> None:
    offenders = [
        f"{file.relative_to(REPO)} imports {name}"
        for file in python_files(*QT_FREE)
        for name in imported_modules(file)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_lower_layers_load_without_qt_at_run_time() -> None:
    code = (
        "import sys, bsclient.client.session.bank_api, bsclient.client.documents.workflow, bsclient.client.documents.store, "
        "bsclient.crypto, bsclient.token, refbank.app\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_bank_verifies_with_its_own_code() -> None:
    """refbank may use the client's pure rules (bsclient.rules), nothing else of the client."""
    offenders = [
        f"{file.relative_to(REPO)} imports {name}"
        for file in python_files("refbank")
        for name in imported_modules(file)
        if name.split(".")[0] == "bsclient" and not name.startswith("bsclient.rules")
    ]
    assert offenders == []


def test_no_top_level_token_package_shadows_the_standard_library() -> None:
    assert not (REPO / "token" / "__init__.py").exists()

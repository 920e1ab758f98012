"""The layers of docs/ARCHITECTURE.md hold: Qt only in bsclient/ui, the token only behind the carrier, the bank
verifies with its own code, no import cycles, no silenced type check without a reason."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_FREE = ["bsclient/rules", "bsclient/client", "bsclient/crypto", "bsclient/token", "refbank"]


def imported_modules(path: Path, *, with_names: bool = False) -> set[str]:
    """Every absolute import of the file, wherever it stands; `with_names` adds `module.name` for each
    `from module import name` (the name may be a module itself)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if with_names:
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def test_only_the_carrier_imports_the_token_layer() -> None:
    """The UI and the rest of the client reach the key carrier through bsclient.client.carrier."""
    offenders = [
        f"{file.relative_to(REPO)} imports {name}"
        for file in python_files("bsclient")
        if file != REPO / "bsclient" / "client" / "carrier.py" and REPO / "bsclient" / "token" not in file.parents
        for name in imported_modules(file)
        if name == "bsclient.token" or name.startswith("bsclient.token.")
    ]
    assert offenders == []


def module_name(file: Path) -> str:
    parts = list(file.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(*packages: str) -> dict[str, set[str]]:
    """module -> the modules of `packages` it imports anywhere: at the top, in a function, for typing only."""
    files = {module_name(file): file for file in python_files(*packages)}
    graph: dict[str, set[str]] = {}
    for name, file in files.items():
        targets: set[str] = set()
        for imported in imported_modules(file, with_names=True):
            module = imported
            while module and module not in files:
                module = module.rpartition(".")[0]
            if module and module != name:
                targets.add(module)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_even_hidden_in_functions_or_type_checking() -> None:
    """A lazy or type-only import that closes a loop still ties the modules together: none may."""
    assert cycles(import_graph("bsclient", "refbank", "installer")) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_type_ignore_says_why() -> None:
    """`# type: ignore[code]  # reason`: which check is silenced, and why the code is right anyway."""
    offenders = [
        f"{file.relative_to(REPO)}:{number}"
        for file in python_files("bsclient", "refbank", "installer")
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line and not re.search(r"type: ignore\[[a-z-, ]+\]\s+#\s*\S", line)
    ]
    assert offenders == []

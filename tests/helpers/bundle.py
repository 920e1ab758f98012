"""The built bundle's folder and how to run its programs (tests/plugins/bundle.py builds it)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
EXE = ".exe" if os.name == "nt" else ""


@dataclass(frozen=True)
class Bundle:
    folder: Path
    env: dict[str, str]  # the bundle's programs run without the venv's or the repository's Python

    def program(self, name: str) -> Path:
        return self.folder / f"{name}{EXE}"

    def run(self, name: str, *args: str, stdin: str | None = None, cwd: Path | None = None,
            timeout: float = 180, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.program(name)), *args], input=stdin, cwd=cwd or self.folder.parent,
                              env={**self.env, **(env or {})}, capture_output=True, text=True, timeout=timeout)

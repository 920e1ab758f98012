"""The client's data folder is its user's alone: 0700 folders and 0600 files on Linux (fixed at start),
and on Windows an access list of the user and the system only (icacls; the command is checked here)."""

from __future__ import annotations

import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

from bsclient.client.private_folder import SYSTEM_SID, make_private


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_folder_others_could_read_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    for path in (data / "documents.sqlite3", data / "backups" / "documents-2026-03-02.sqlite3"):
        path.write_bytes(b"x")
        path.chmod(0o644)
    data.chmod(0o755)
    (data / "backups").chmod(0o775)
    assert make_private(data) == []
    assert mode(data) == mode(data / "backups") == 0o700
    assert mode(data / "documents.sqlite3") == mode(data / "backups" / "documents-2026-03-02.sqlite3") == 0o600


def test_a_new_folder_is_made_private(tmp_path: Path) -> None:
    assert make_private(tmp_path / "new" / "data") == []
    assert mode(tmp_path / "new" / "data") == 0o700


class Icacls:
    def __init__(self, code: int = 0) -> None:
        self.code, self.commands = code, []

    def __call__(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(command))
        return subprocess.CompletedProcess(list(command), self.code, "done", "")


def test_on_windows_only_the_user_and_the_system_keep_access(tmp_path: Path) -> None:
    run = Icacls()
    folder = tmp_path / "AppData" / "Local" / "bsclient"
    assert make_private(folder, platform="win32", environ={"USERNAME": "aigerim", "USERDOMAIN": "TOO-DEMO"},
                        run=run) == []
    (command,) = run.commands
    assert command[:3] == ["icacls", str(folder), "/inheritance:r"]
    grants = [command[i + 1] for i, part in enumerate(command) if part == "/grant:r"]
    assert grants == ["TOO-DEMO\\aigerim:(OI)(CI)F", f"{SYSTEM_SID}:(OI)(CI)F"]
    removed = command[command.index("/remove:g") + 1:command.index("/T")]
    assert set(removed) == {"*S-1-1-0", "*S-1-5-32-545", "*S-1-5-11"}


def test_on_windows_a_refusal_is_said(tmp_path: Path) -> None:
    problems = make_private(tmp_path / "shared", platform="win32", environ={"USERNAME": "aigerim"}, run=Icacls(5))
    assert len(problems) == 1 and "IT staff" in str(problems[0].source) and str(tmp_path / "shared") in str(
        problems[0].params["path"])
    assert make_private(tmp_path / "x", platform="win32", environ={}, run=Icacls()) != []  # the user unknown

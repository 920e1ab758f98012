"""The client's data folder readable by its user alone: on Linux and macOS the folder and its folders 0700,
its files 0600; on Windows an access list that gives the user (and the system) full control and nobody
else, inherited by everything inside. Checked at every start: what can be fixed is fixed, what cannot
is said."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from bsclient.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]

# Windows' well-known identifiers: the system account, and the groups a shared folder often grants.
SYSTEM_SID = "*S-1-5-18"
_OTHERS = ("*S-1-1-0", "*S-1-5-32-545", "*S-1-5-11")  # Everyone, Users, Authenticated Users


def _not_private(path: Path) -> Message:
    return Message("PrivateFolder", QT_TRANSLATE_NOOP(
        "PrivateFolder", "Other users of this computer may be able to read {path}, and it cannot be made private: "
        "it belongs to another account or the disk does not allow it. Ask IT staff to give only your account "
        "access to the client's data folder."), {"path": str(path)})


def make_private(folder: Path, *, platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                 run: Runner | None = None) -> list[Message]:
    """Makes `folder` (created if missing) and all in it private to this user; the problems left, for the
    clerk (empty when all is well). `platform`, `environ` and `run` are the test's way to walk the Windows path."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return [_not_private(folder)]
    if platform == "win32":
        return _private_on_windows(folder, os.environ if environ is None else environ, run or _run)
    return _private_on_posix(folder)


def _private_on_posix(folder: Path) -> list[Message]:
    problems: list[Message] = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue  # a link's own mode means nothing; what it points to is checked where it lives
            wanted = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
            if stat.S_IMODE(info.st_mode) & 0o077 == 0:
                continue
            if info.st_uid != os.getuid():
                problems.append(_not_private(path))
                continue
            os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
            log.warning("made %s readable by its owner only (it was %o)", path, stat.S_IMODE(info.st_mode))
        except FileNotFoundError:
            continue  # gone meanwhile (a -wal file SQLite removed)
        except OSError:
            problems.append(_not_private(path))
    return problems


def windows_command(folder: Path, environ: Mapping[str, str]) -> list[str] | None:
    """icacls (part of every Windows) giving the folder an access list of its own, not inherited: full
    control for the user and the system, inherited by all inside ((OI)(CI)); the groups a shared folder
    grants are removed. None when the environment does not name the user."""
    user = environ.get("USERNAME", "").strip()
    if not user:
        return None
    domain = environ.get("USERDOMAIN", "").strip()
    account = f"{domain}\\{user}" if domain else user
    return ["icacls", str(folder), "/inheritance:r",
            "/grant:r", f"{account}:(OI)(CI)F", "/grant:r", f"{SYSTEM_SID}:(OI)(CI)F",
            "/remove:g", *_OTHERS, "/T", "/C", "/Q"]


def _private_on_windows(folder: Path, environ: Mapping[str, str], run: Runner) -> list[Message]:
    command = windows_command(folder, environ)
    if command is None:
        return [_not_private(folder)]
    try:
        done = run(command)
    except OSError:
        return [_not_private(folder)]
    if done.returncode != 0:
        log.warning("icacls on %s answered %s: %s", folder, done.returncode, done.stdout.strip())
        return [_not_private(folder)]
    return []


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashes on Windows
    return subprocess.run(list(command), capture_output=True, text=True, timeout=60, check=False,
                          creationflags=flags)

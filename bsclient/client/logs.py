"""The client's log file: what happened on a workplace, for IT staff and the support report.

One file, `bsclient.log`, in the user's log folder (platformdirs: `~/.local/state/bsclient/log` on Linux,
`%LOCALAPPDATA%\\bsclient\\Logs` on Windows), rotated at 1 MB with three older files kept. The client logs
events and document ids, never a PIN, a password or what a document says; the support report takes only
each record's first line and the code locations of a traceback (`recent_lines`), never an error's message
text, which may quote what the clerk typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

import platformdirs

from bsclient.client.config import APP_NAME

LOG_FILE = "bsclient.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_RECORD_HEAD = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ ")
_FRAME = re.compile(r'  File "[^"]*", line \d+, in \S+$')


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start_logging(directory: Path | None = None) -> Path | None:
    """Writes the client's records (INFO and above) to the log file; its path, or None when the folder
    cannot be written (the client runs on without a log)."""
    folder = directory or log_dir()
    path = folder / LOG_FILE
    logger = logging.getLogger("bsclient")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def log_files(directory: Path | None = None) -> list[Path]:
    """The log file and its rotated copies, oldest first."""
    folder = directory or log_dir()
    names = [f"{LOG_FILE}.{number}" for number in range(BACKUPS, 0, -1)] + [LOG_FILE]
    return [folder / name for name in names if (folder / name).is_file()]


def recent_lines(directory: Path | None = None, count: int = 300) -> list[str]:
    """The last `count` lines fit for a support report: record heads and traceback code locations."""
    lines: list[str] = []
    for path in log_files(directory):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        lines += [line for line in text.splitlines() if _RECORD_HEAD.match(line) or _FRAME.match(line)]
    return lines[-count:]

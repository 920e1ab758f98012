"""The client's log file (bsclient/client/logs.py): records go to a rotating file in the given folder, and
the lines a support report may take are the records' first lines and a traceback's code locations."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsclient.client.logs import LOG_FILE, recent_lines, start_logging


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[logging.Logger]:
    assert start_logging(tmp_path) == tmp_path / LOG_FILE
    assert start_logging(tmp_path) == tmp_path / LOG_FILE  # once only: no second handler
    logger = logging.getLogger("bsclient")
    yield logger
    for handler in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(handler)
        handler.close()


def test_the_report_takes_record_heads_and_code_locations_never_messages(logger: logging.Logger,
                                                                          tmp_path: Path) -> None:
    assert len([h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]) == 1
    logging.getLogger("bsclient.client.mail").info("sending letter %s again (attempt %d)", "L-1", 2)
    try:
        raise ValueError("Оплата по договору № 12, ТОО «Дала Трейд»")
    except ValueError:
        logging.getLogger("bsclient.ui.widgets.error_dialog").exception("unexpected error")
    written = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "Оплата по договору" in written
    lines = recent_lines(tmp_path)
    assert lines[0].endswith("INFO bsclient.client.mail: sending letter L-1 again (attempt 2)")
    assert lines[1].endswith("ERROR bsclient.ui.widgets.error_dialog: unexpected error")
    assert lines[2].startswith('  File "') and "test_client_logs.py" in lines[2]
    assert len(lines) == 3
    assert recent_lines(tmp_path, count=1) == lines[-1:]


def test_a_folder_that_cannot_be_written_leaves_the_client_without_a_log(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert start_logging(blocked / "logs") is None
    assert recent_lines(blocked / "logs") == []

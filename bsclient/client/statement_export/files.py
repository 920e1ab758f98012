"""Writing an export whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A file beside `path` that replaces it when the block ends without an error; removed otherwise."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_atomically(path: Path | str, data: bytes) -> None:
    with atomic_output(path) as file:
        file.write(data)

"""The bank's connections are kept between uses: a later block never meets what an earlier one left."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from refbank.db import IDLE_CONNECTIONS, Database


@pytest.fixture
def database(tmp_path: Path) -> Database:
    database = Database(tmp_path / "bank.sqlite3")
    conn = database.connect()
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.close()
    return database


def test_a_connection_is_used_again_and_one_inside_another_is_its_own(database: Database) -> None:
    with database.connection() as first, database.connection() as inner:
        assert inner is not first
    with database.connection() as again:
        assert again in (first, inner)


def test_a_transaction_a_failure_left_open_is_rolled_back_before_the_next_block(database: Database) -> None:
    with pytest.raises(RuntimeError), database.connection() as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("the route failed")
    with database.connection() as conn:
        assert not conn.in_transaction
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
        conn.execute("BEGIN IMMEDIATE")  # the write lock is free again
        conn.execute("COMMIT")


def test_only_a_few_are_kept_open(database: Database) -> None:
    opened = [database.connect() for _ in range(IDLE_CONNECTIONS + 3)]
    for conn in opened:
        database.keep(conn)
    closed = [conn for conn in opened if _closed(conn)]
    assert len(closed) == 3


def _closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False

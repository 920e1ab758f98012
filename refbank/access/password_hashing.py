"""Password hashes (argon2id), made at the cost the bank's config.toml sets (time, memory, lanes).

A stored hash names its own parameters, so every hash verifies whatever the cost is now; the defaults
are argon2-cffi's (RFC 9106's low-memory profile). Tests set a low cost so that their many logins run fast.
"""

from __future__ import annotations

from dataclasses import dataclass

import argon2
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class HashCost:
    time_cost: int = argon2.DEFAULT_TIME_COST
    memory_kib: int = argon2.DEFAULT_MEMORY_COST
    parallelism: int = argon2.DEFAULT_PARALLELISM


class PasswordHashing:
    """The process's hasher: set once from config.toml (refbank/cli/data_dir.py)."""

    def __init__(self) -> None:
        self.use(HashCost())

    def use(self, cost: HashCost) -> None:
        self._hasher = argon2.PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                                             parallelism=cost.parallelism)
        self._nobodys_hash: str | None = None

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def matches(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def check_against_nobody(self, password: str) -> None:
        """As slow as a real check, for a login the bank does not know: timing does not tell logins apart."""
        if self._nobodys_hash is None:  # made on first use: a command that checks no password never pays for it
            self._nobodys_hash = self.hash("no such login")
        self.matches(self._nobodys_hash, password)


HASHING = PasswordHashing()


def hash_password(password: str) -> str:
    return HASHING.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    return HASHING.matches(password_hash, password)

"""The bank's settings, read from config.toml in its data directory."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_TEMPLATE = """\
# refbank settings (written by `refbank init`).
execution_delay = {execution_delay}          # seconds from acceptance to execution
auto_issue_certificates = {auto_issue}  # issue users' certificates at once (the demo bank does)
session_idle_minutes = {session_idle_minutes}        # a session ends after this long without a call
bank_bic = "{bank_bic}"
"""


@dataclass(frozen=True)
class BankConfig:
    execution_delay: float = 2.0
    auto_issue_certificates: bool = True
    session_idle_minutes: float = 15
    bank_bic: str = "TSESKZKA"

    @classmethod
    def load(cls, data_dir: Path) -> BankConfig:
        with open(data_dir / "config.toml", "rb") as file:
            values = tomllib.load(file)
        known = {name: values[name] for name in cls.__dataclass_fields__ if name in values}
        return cls(**known)

    def write(self, data_dir: Path) -> None:
        (data_dir / "config.toml").write_text(
            CONFIG_TEMPLATE.format(
                execution_delay=self.execution_delay,
                auto_issue="true" if self.auto_issue_certificates else "false",
                session_idle_minutes=self.session_idle_minutes,
                bank_bic=self.bank_bic,
            ),
            encoding="utf-8",
        )

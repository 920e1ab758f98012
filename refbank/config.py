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
history_lines = {history_lines}       # `refbank init`: lines a year on the demo company's current account
mail_attachment_max_bytes = {mail_attachment_max_bytes}  # one attachment of a letter to the bank
mail_letter_max_bytes = {mail_letter_max_bytes}      # all attachments of one letter together
"""


@dataclass(frozen=True)
class BankConfig:
    execution_delay: float = 2.0
    auto_issue_certificates: bool = True
    session_idle_minutes: float = 15
    bank_bic: str = "TSESKZKA"
    history_lines: int = 30_000
    mail_attachment_max_bytes: int = 5 * 1024 * 1024
    mail_letter_max_bytes: int = 10 * 1024 * 1024

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
                history_lines=self.history_lines,
                mail_attachment_max_bytes=self.mail_attachment_max_bytes,
                mail_letter_max_bytes=self.mail_letter_max_bytes,
            ),
            encoding="utf-8",
        )

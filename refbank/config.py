"""The bank's settings, read from config.toml in its data directory."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_TEMPLATE = """\
# refbank settings (written by `refbank init`).
execution_delay = {execution_delay}          # seconds from acceptance to execution
auto_issue_certificates = {auto_issue}  # issue users' certificates at once (the demo bank does), only to a session past its second factor
session_idle_minutes = {session_idle_minutes}        # a session ends after this long without a call
bank_bic = "{bank_bic}"
history_lines = {history_lines}       # `refbank init`: lines a year on the demo company's current account
mail_attachment_max_bytes = {mail_attachment_max_bytes}  # one attachment of a letter to the bank
mail_letter_max_bytes = {mail_letter_max_bytes}      # all attachments of one letter together
# Access (R8.1-R8.7; refbank/access.py). Password profile "bs-client" = the legacy 6-10 characters.
password_min_length = {password_min_length}
password_max_length = {password_max_length}
password_history = {password_history}            # none of the last N passwords again
password_max_age_days = {password_max_age_days}      # an older password forces a change at login
max_failed_logins = {max_failed_logins}
login_block_minutes = {login_block_minutes}        # after max_failed_logins wrong passwords
code_minutes = {code_minutes}               # a one-time code lives this long
code_tries = {code_tries}                  # wrong entries that void a code
code_above_amount = "{code_above_amount}"          # a payment above this many tenge needs a code (other currencies at the bank's middle rate; "" = never)
code_new_beneficiary = {code_new_beneficiary}     # a payment to an account never paid before needs a code
journal_retention_years = {journal_retention_years}     # the users' journal is kept this long (R8.7)
login_challenge_seconds = {login_challenge_seconds}     # a signer answers the login challenge on the carrier within this (R8.2)
login_code_without_carrier = {login_code_without_carrier}  # who cannot prove a carrier types a one-time code at login
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
    password_min_length: int = 8
    password_max_length: int = 64
    password_history: int = 5
    password_max_age_days: int = 90
    max_failed_logins: int = 3
    login_block_minutes: float = 15
    code_minutes: float = 15
    code_tries: int = 3
    code_above_amount: str = ""
    code_new_beneficiary: bool = False
    journal_retention_years: int = 10
    login_challenge_seconds: float = 120  # refbank/login_proof.py
    login_code_without_carrier: bool = True

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
                password_min_length=self.password_min_length, password_max_length=self.password_max_length,
                password_history=self.password_history, password_max_age_days=self.password_max_age_days,
                max_failed_logins=self.max_failed_logins, login_block_minutes=self.login_block_minutes,
                code_minutes=self.code_minutes, code_tries=self.code_tries,
                code_above_amount=self.code_above_amount,
                code_new_beneficiary="true" if self.code_new_beneficiary else "false",
                journal_retention_years=self.journal_retention_years,
                login_challenge_seconds=self.login_challenge_seconds,
                login_code_without_carrier="true" if self.login_code_without_carrier else "false",
            ),
            encoding="utf-8",
        )

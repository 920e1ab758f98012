"""The bank's settings, read from config.toml in its data directory."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from bsclient.rules.dates import VALUE_DATE_HORIZON_DAYS
from refbank.access.password_hashing import HashCost
from refbank.bank_time import parse_moment

CONFIG_TEMPLATE = """\
# refbank settings (written by `refbank init`).
execution_delay = {execution_delay}          # seconds from acceptance to execution
auto_issue_certificates = {auto_issue}  # issue users' certificates at once (the demo bank does), only to a session past its second factor
session_idle_minutes = {session_idle_minutes}        # a session ends after this long without a call
session_max_minutes = {session_max_minutes}        # and this long after its login, however busy (a working day)
bank_bic = "{bank_bic}"
history_lines = {history_lines}       # `refbank init`: lines a year on the demo company's current account
mail_attachment_max_bytes = {mail_attachment_max_bytes}  # one attachment of a letter to the bank
mail_letter_max_bytes = {mail_letter_max_bytes}      # all attachments of one letter together
# Access (R8.1-R8.7; refbank/access/). Password profile "bs-client" = the legacy 6-10 characters.
password_min_length = {password_min_length}
password_max_length = {password_max_length}
password_history = {password_history}            # none of the last N passwords again
password_max_age_days = {password_max_age_days}      # an older password forces a change at login
max_failed_logins = {max_failed_logins}
login_block_minutes = {login_block_minutes}        # after max_failed_logins wrong passwords
code_minutes = {code_minutes}               # a one-time code lives this long
code_tries = {code_tries}                  # wrong entries that void a code
codes_per_window = {codes_per_window}            # new one-time codes a user may ask for within code_window_minutes
code_window_minutes = {code_window_minutes}       # the window of codes_per_window
max_wrong_codes = {max_wrong_codes}             # wrong codes in a row (any purpose) that block the user for login_block_minutes
login_failures_per_address = {login_failures_per_address}  # failed logins one address may make a minute before it must wait
value_date_horizon_days = {value_date_horizon_days}     # a document's value date may be at most this many days after the bank's today
code_above_amount = "{code_above_amount}"          # a payment above this many tenge needs a code (other currencies at the bank's middle rate; "" = never)
code_new_beneficiary = {code_new_beneficiary}     # a payment to an account never paid before needs a code
journal_retention_years = {journal_retention_years}     # the users' journal is kept this long (R8.7)
login_challenge_seconds = {login_challenge_seconds}     # a signer answers the login challenge on the carrier within this (R8.2)
login_code_without_carrier = {login_code_without_carrier}  # who cannot prove a carrier types a one-time code at login
# Password hashes (argon2id); a stored hash keeps its own cost, so changing these never locks anyone out.
password_hash_time_cost = {password_hash_time_cost}        # passes over the memory
password_hash_memory_kib = {password_hash_memory_kib}    # memory per hash, KiB
password_hash_parallelism = {password_hash_parallelism}      # lanes
# The bank's clock: unset, the machine's time; set (an ISO 8601 moment with its offset), the bank's time
# starts there when the bank starts and runs on in real time (tests and demos: a known business day).
{clock_start_line}
"""


class ConfigError(ValueError):
    """A setting of config.toml the bank cannot use; the message names it."""


@dataclass(frozen=True)
class BankConfig:
    execution_delay: float = 2.0
    auto_issue_certificates: bool = True
    session_idle_minutes: float = 15
    session_max_minutes: float = 600
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
    codes_per_window: int = 5
    code_window_minutes: float = 15
    max_wrong_codes: int = 5
    login_failures_per_address: int = 30
    value_date_horizon_days: int = VALUE_DATE_HORIZON_DAYS
    code_above_amount: str = ""
    code_new_beneficiary: bool = False
    journal_retention_years: int = 10
    login_challenge_seconds: float = 120  # refbank/access/login_proof.py
    login_code_without_carrier: bool = True
    password_hash_time_cost: int = HashCost.time_cost
    password_hash_memory_kib: int = HashCost.memory_kib
    password_hash_parallelism: int = HashCost.parallelism
    clock_start: str = ""  # refbank/bank_time.py; "" is the machine's time

    @classmethod
    def load(cls, data_dir: Path) -> BankConfig:
        """The settings of config.toml; ConfigError when its clock_start is not a moment with an offset."""
        with open(data_dir / "config.toml", "rb") as file:
            values = tomllib.load(file)
        known = {name: values[name] for name in cls.__dataclass_fields__ if name in values}
        config = cls(**known)
        config.clock_start_moment()
        return config

    def clock_start_moment(self) -> float | None:
        """Where the bank's clock starts, in seconds since the epoch; None: the machine's time."""
        if not self.clock_start:
            return None
        try:
            return parse_moment(self.clock_start)
        except ValueError as exc:
            raise ConfigError(f"clock_start in config.toml must be an ISO 8601 moment with its offset, "
                             f"e.g. 2026-11-18T09:00:00+05:00 ({exc})") from exc

    def hash_cost(self) -> HashCost:
        return HashCost(self.password_hash_time_cost, self.password_hash_memory_kib, self.password_hash_parallelism)

    def write(self, data_dir: Path) -> None:
        (data_dir / "config.toml").write_text(
            CONFIG_TEMPLATE.format(
                execution_delay=self.execution_delay,
                auto_issue="true" if self.auto_issue_certificates else "false",
                session_idle_minutes=self.session_idle_minutes, session_max_minutes=self.session_max_minutes,
                bank_bic=self.bank_bic,
                history_lines=self.history_lines,
                mail_attachment_max_bytes=self.mail_attachment_max_bytes,
                mail_letter_max_bytes=self.mail_letter_max_bytes,
                password_min_length=self.password_min_length, password_max_length=self.password_max_length,
                password_history=self.password_history, password_max_age_days=self.password_max_age_days,
                max_failed_logins=self.max_failed_logins, login_block_minutes=self.login_block_minutes,
                code_minutes=self.code_minutes, code_tries=self.code_tries,
                codes_per_window=self.codes_per_window, code_window_minutes=self.code_window_minutes,
                max_wrong_codes=self.max_wrong_codes, login_failures_per_address=self.login_failures_per_address,
                value_date_horizon_days=self.value_date_horizon_days, code_above_amount=self.code_above_amount,
                code_new_beneficiary="true" if self.code_new_beneficiary else "false",
                journal_retention_years=self.journal_retention_years,
                login_challenge_seconds=self.login_challenge_seconds,
                login_code_without_carrier="true" if self.login_code_without_carrier else "false",
                password_hash_time_cost=self.password_hash_time_cost,
                password_hash_memory_kib=self.password_hash_memory_kib,
                password_hash_parallelism=self.password_hash_parallelism,
                clock_start_line=(f'clock_start = "{self.clock_start}"' if self.clock_start
                                  else '# clock_start = "2026-11-18T09:00:00+05:00"'),
            ),
            encoding="utf-8",
        )

"""The tests' SoftHSM2 tokens: their PINs and a way to make a fresh one in the run's configuration."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from installer.softhsm import init_token

USER_PIN = "246810"
SO_PIN = "13572468"
_labels = itertools.count(1)


@dataclass(frozen=True)
class SoftHsm:
    config: Path
    module_path: str

    def new_token(self, prefix: str = "test") -> str:
        """Initialise a fresh token with USER_PIN; returns its unique label.

        A Pkcs11Module loaded before this call does not see the token: SoftHSM2 reads its
        token directory at C_Initialize, so load the module afresh (all users closed) after it.
        """
        label = f"{prefix}-{next(_labels)}"
        init_token(self.config, label, so_pin=SO_PIN, user_pin=USER_PIN)
        return label

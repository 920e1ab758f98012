"""What every page of the set-up wizard is: a QWizardPage that says its texts again in a new language."""

from __future__ import annotations

from PySide6.QtWidgets import QWizardPage


class SetupPage(QWizardPage):
    """A page of the set-up wizard; the wizard calls `retranslate` when the clerk changes the language."""

    def retranslate(self) -> None:
        raise NotImplementedError

"""The payment editor filled in as a clerk would, with a valid tenge order."""

from __future__ import annotations

from bsclient.ui.payments.editor import PaymentEditor
from tests.helpers.workplace import BENEFICIARY_IIK


def fill_valid_order(qtbot, editor: PaymentEditor) -> None:
    qtbot.keyClicks(editor.beneficiary_name_edit, "TOO Beneficiary")
    qtbot.keyClicks(editor.beneficiary_bin_edit, "090840000906")
    qtbot.keyClicks(editor.beneficiary_iban_edit, BENEFICIARY_IIK)
    qtbot.keyClicks(editor.beneficiary_code_edit, "17")
    qtbot.keyClicks(editor.knp_edit, "710")
    qtbot.keyClicks(editor.amount_edit, "150 000,50")
    qtbot.keyClicks(editor.purpose_edit, "Payment for goods under contract 15")

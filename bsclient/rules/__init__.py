"""Pure rules for what a clerk types: IIN/BIN, IIK, BIC, KNP, KBe, amounts, whole payment orders
by their kind (bsclient/rules/kinds/).

No Qt, no network: refbank reuses these rules to check what it receives.
"""

from bsclient.rules.amount import check_amount, format_amount, parse_amount
from bsclient.rules.bic import Bank, bank_code_of, bank_for_bic, bank_for_iban, check_bic, inactive_reason
from bsclient.rules.codes import check_kbe, check_knp, check_kod
from bsclient.rules.errors import ValidationError
from bsclient.rules.iban import check_iban, compact_iban
from bsclient.rules.iin_bin import check_iin_bin, iin_bin_check_digit
from bsclient.rules.kinds.registry import validate_payment_order
from bsclient.rules.payment_order import (
    MAX_NAME_LENGTH,
    MAX_PURPOSE_LENGTH,
    check_document_date,
    check_name,
    check_number,
    check_purpose,
    check_value_date,
)

__all__ = [
    "MAX_NAME_LENGTH",
    "MAX_PURPOSE_LENGTH",
    "Bank",
    "ValidationError",
    "bank_code_of",
    "bank_for_bic",
    "bank_for_iban",
    "check_amount",
    "check_bic",
    "check_document_date",
    "check_iban",
    "check_iin_bin",
    "check_kbe",
    "check_knp",
    "check_kod",
    "check_name",
    "check_number",
    "check_purpose",
    "check_value_date",
    "compact_iban",
    "format_amount",
    "iin_bin_check_digit",
    "inactive_reason",
    "parse_amount",
    "validate_payment_order",
]

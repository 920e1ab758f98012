"""The longest values the bank takes in a request's fields (docs/wire-protocol.md "Limits"); refbank/api/fields.py
applies them to the calls' bodies and paths, the batch to each of its entries."""

LOGIN_MAX_LENGTH = 64
PASSWORD_MAX_LENGTH = 256
CODE_MAX_LENGTH = 16
ID_MAX_LENGTH = 64  # documents, letters and key requests are named by UUIDs (36 characters)
SIGNATURE_MAX_LENGTH = 64 * 1024  # base64 of one CMS SignedData with its certificate: a few KiB
PEM_MAX_LENGTH = 16 * 1024  # a certificate request
SERIAL_MAX_LENGTH = 64  # a certificate's serial number in hex (at most 20 bytes)
CHALLENGE_MAX_LENGTH = 4096  # base64 of a login challenge
STATES_MAX_IDS = 1000  # ids asked for in one POST /documents/states
SIGNATURES_MAX = 4  # a document has at most two; more is refused without reading them
ATTACHMENT_INDEX_MAX = 1000

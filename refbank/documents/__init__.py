"""Signed documents at the bank: their receipt (one by one or in a batch), the second signature, the
recall, and their execution. The kinds' own rules live in refbank/kinds.py, refbank/rules.py and
refbank/currency_documents.py."""

"""The statement window: lines, search, the balance chart, exports and the PDF."""

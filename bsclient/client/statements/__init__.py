"""Account statements: the bank's lines fetched page by page, and their exports (CSV, MT940, 1C)."""

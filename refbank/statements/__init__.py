"""The company's accounts and their statements: balances, turnovers and lines by pages, and the demo
company's year of history."""

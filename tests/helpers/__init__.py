"""Plain functions, classes and constants the tests share. No fixtures here (they are in tests/plugins)
and no test module imports another test module: what two of them need lives here."""

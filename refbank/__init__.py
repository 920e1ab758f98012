"""refbank: the reference bank the Internet-Client talks to (HTTPS, SQLite, its own CA)."""

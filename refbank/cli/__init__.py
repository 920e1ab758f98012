"""The bank operator's command line: `refbank init | serve | users | certificates | outbox | mail |
unsigned-users | export-document`."""

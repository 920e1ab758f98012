"""The bank's public-key infrastructure: its CA and TLS certificate, users' certificate requests and their
revocation, and the bank's own check of a CMS signature (never the client's code)."""

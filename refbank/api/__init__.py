"""The bank's HTTP API (docs/wire-protocol.md): one router per area, each thin (read the request, call
the bank's domain modules, answer); refbank/app.py wires them into the application."""

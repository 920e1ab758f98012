"""The bank's HTTP API (docs/wire-protocol.md) as a FastAPI application: the routers of refbank/api under
/api/v1, the journal of every call, and the error bodies."""

from __future__ import annotations

from fastapi import FastAPI

from refbank.api import access, accounts, archive, certificates, directories, documents, mail, rates, session
from refbank.api.body_limits import BodyLimits
from refbank.api.call_journal import CallJournal
from refbank.api.dependencies import PREFIX, Bank
from refbank.api.errors import install_error_handlers

ROUTERS = (session.router, accounts.router, certificates.router, documents.router, mail.router,
           directories.router, rates.router, access.router, archive.router)


def create_app(bank: Bank) -> FastAPI:
    """The application serving `bank`; the routes reach it through `app.state.bank`."""
    app = FastAPI(title="refbank", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.bank = bank
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router, prefix=PREFIX)
    app.add_middleware(CallJournal)
    app.add_middleware(BodyLimits, letter_max_bytes=bank.config.mail_letter_max_bytes)  # outermost: before any parsing
    return app

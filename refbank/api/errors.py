"""Every error as the wire's error body: {"error": {"code", "message", "params"}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from refbank.api.dependencies import PREFIX
from refbank.errors import BankRefusal

log = logging.getLogger(__name__)


def error_response(status: int, code: str, message: str, params: dict[str, Any] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "params": params or {}}},
                        status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BankRefusal)
    async def refusal(request: Request, exc: BankRefusal) -> JSONResponse:
        return error_response(exc.status, exc.reason.code, exc.reason.message, exc.reason.params)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        is_document = request.method == "PUT" and request.url.path.startswith(PREFIX + "/documents/")
        fields = [".".join(str(part) for part in error.get("loc", ())[1:]) for error in exc.errors()]
        return error_response(400, "malformed_document" if is_document else "malformed_request",
                              "The request body is not what this call expects.", {"fields": fields})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error in %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", "The bank could not handle the request.")

"""The one place where errors become HTTP responses, all in one shape:

    {"error": {"code": "E102", "status": 404, "message": "no story with id 's-x'"}}
"""
from __future__ import annotations

import logging
import os

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.errors import Code, StorylineError

log = logging.getLogger("storyline.api")

STATUS: dict[Code, int] = {
    Code.UNKNOWN_STORY: 404, Code.UNKNOWN_ENTITY: 404, Code.UNKNOWN_ARTICLE: 404, Code.NO_ROUTE: 404,
    Code.UNAUTHORIZED: 401, Code.REQUEST_TOO_LARGE: 413, Code.METHOD_NOT_ALLOWED: 405,
    Code.URL_INGEST_OFF: 403, Code.DB_LOCKED: 503, Code.NO_DOCUMENTS: 422, Code.INTERNAL: 500,
}


class ErrorDetail(BaseModel):
    code: str
    status: int
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


# Documented on every route so /openapi.json names the shape of each failure.
ERROR_RESPONSES: dict[int | str, dict] = {
    status: {"model": ErrorBody} for status in (400, 401, 404, 405, 413, 422, 500)}


def status_of(err: StorylineError) -> int:
    return STATUS.get(err.code, 400)


def error_body(err: StorylineError, status: int) -> dict:
    return {"error": {"code": err.ident, "status": status, "message": err.message}}


def error_response(err: StorylineError, status: int | None = None) -> Response:
    status = status or status_of(err)
    return JSONResponse(error_body(err, status), status_code=status,
                        headers={"WWW-Authenticate": "Bearer"} if err.code is Code.UNAUTHORIZED else None)


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and request.url.path != "/openapi.json"


def install_error_handlers(app: FastAPI, render_page_error) -> None:
    """Translate library, routing, validation and unexpected errors; pages get the same data as HTML."""
    def respond(request: Request, err: StorylineError, status: int | None = None) -> Response:
        status = status or status_of(err)
        return render_page_error(request, err, status) if wants_html(request) else error_response(err, status)

    @app.exception_handler(StorylineError)
    async def on_storyline_error(request: Request, err: StorylineError) -> Response:
        return respond(request, err)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, err: StarletteHTTPException) -> Response:
        if err.status_code == 405:
            return respond(request, StorylineError(Code.METHOD_NOT_ALLOWED, method=request.method, path=request.url.path))
        if err.status_code == 404:
            return respond(request, StorylineError(Code.NO_ROUTE, path=request.url.path))
        return respond(request, StorylineError(Code.BAD_REQUEST, detail=str(err.detail)))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, err: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in err.errors()[:5])
        return respond(request, StorylineError(Code.BAD_REQUEST, detail=problems), 422)

    @app.exception_handler(Exception)
    async def on_bug(request: Request, err: Exception) -> Response:
        if os.environ.get("STORYLINE_DEBUG"):
            log.exception("internal error on %s", request.url.path)
        return respond(request, StorylineError(Code.INTERNAL, kind=type(err).__name__))

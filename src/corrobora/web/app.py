"""The application factory: routes, templates, static files, headers and error pages.

Every error is one line: ``{"ok": false, "status": ..., "error": "..."}`` under
``/api/``, an error page elsewhere. A store that cannot be opened stops
:func:`create_app` with the store's own message, before anything is served.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..store import open_store
from .cache import LRU
from .config import WebConfig
from .deps import WebState
from .problems import Problem
from .render import STATIC, Pages
from .routes_api import router as api_router
from .routes_ingest import router as ingest_router
from .routes_pages import router as pages_router
from .security import HEADERS, SecurityHeaders
from .stores import StorePool
from .warming import start_warming

logger = logging.getLogger(__name__)


DESCRIPTION = """\
The reconciled stories of a corrobora store. The story and article documents are
the ones `corrobora show --format json` and `corrobora analyze --format json` print
(see docs/json-schema.md and docs/analyze.md). Every error answer is
`{"ok": false, "status": <code>, "error": "<one line>"}`.
"""


def _check_store(config: WebConfig, pool: StorePool) -> None:
    """Fail now, with the store's message, when the store cannot be served."""
    if config.allow_ingest:
        pool.create()
        return
    with open_store(pool.location, read_only=True, create=False):
        pass


def _validation_message(error: RequestValidationError) -> str:
    details = []
    for item in error.errors()[:3]:
        where = [str(part) for part in item.get("loc", ()) if part not in ("query", "path")]
        details.append(f"{'.'.join(where) or 'request'}: {item.get('msg', 'invalid value')}")
    return "; ".join(details) or "the request cannot be read"


def _http_message(request: Request, error: HTTPException) -> str:
    if error.status_code == 404:
        return f"Nothing is at {request.url.path}. Start at /stories or /api/docs."
    if error.status_code == 405:
        return f"{request.method} is not allowed on {request.url.path}."
    return str(error.detail)


def create_app(config: WebConfig) -> FastAPI:
    """Return the web application serving the store of ``config``.

    Raises:
        StoreError: the store cannot be opened (read-only, or created for ingest).
        ConfigError: the store location is not a supported one.
    """
    pool = StorePool(config.settings.db)
    _check_store(config, pool)
    pages = Pages(allow_ingest=config.allow_ingest)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Handlers are plain functions run in anyio's worker threads; this bounds how
        # many run at once (ingest has a limiter of its own, see routes_ingest).
        to_thread.current_default_thread_limiter().total_tokens = config.request_threads
        warming = start_warming(app.state.web) if config.warm else None
        yield
        if warming is not None:
            warming.set()
        pool.close()

    app = FastAPI(
        title="corrobora",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.web = WebState(config, pool, pages, LRU(config.cache_size))

    def problem(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            body = {"ok": False, "status": status, "error": message}
            response: Response = JSONResponse(body, status_code=status)
        else:
            response = pages.error(status, message)
        for name, value in HEADERS:
            response.headers.setdefault(name.decode(), value.decode())
        return response

    async def on_problem(request: Request, error: Exception) -> Response:
        assert isinstance(error, Problem)
        return problem(request, error.status, error.message)

    async def on_validation(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return problem(request, 422, _validation_message(error))

    async def on_http(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        return problem(request, error.status_code, _http_message(request, error))

    async def on_crash(request: Request, error: Exception) -> Response:
        logger.error("request %s failed", request.url.path, exc_info=error)
        return problem(request, 500, "Internal error; the server log says why.")

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(Exception, on_crash)
    if config.allowed_hosts != ("*",):
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages_router)
    app.include_router(api_router)
    app.include_router(ingest_router)
    return app

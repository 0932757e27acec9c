"""The one FastAPI app: REST under /api/, server-rendered pages everywhere else."""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from storyline.analyze.sentences import warm_parser
from storyline.api import ingest, routes
from storyline.api.deps import StoreAccess
from storyline.api.errors import install_error_handlers
from storyline.api.guard import GuardMiddleware
from storyline.api.settings import ServerSettings, check_settings
from storyline.web import STATIC_DIR, render_page_error
from storyline.web import pages as web_pages


def create_app(settings: ServerSettings) -> FastAPI:
    """Build the app over the store at settings.db; refuses a non-loopback host without a token."""
    check_settings(settings)
    stores = StoreAccess(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # the model a briefing's summary parses with loads in the background while the server
        # answers: a second or so that the first story page opened would otherwise wait for
        threading.Thread(target=warm_parser, name="warm-parser", daemon=True).start()
        yield
        stores.close()

    app = FastAPI(title="storyline", version="0.1.0", lifespan=lifespan, docs_url="/api/docs", redoc_url=None,
                  description="Stories, entities, who said what and when, over a storyline store. "
                              "Every error has the shape {\"error\": {\"code\", \"status\", \"message\"}}.")
    app.state.settings = settings
    app.state.stores = stores
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(web_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    install_error_handlers(app, render_page_error)
    app.add_middleware(GuardMiddleware, token=settings.token, max_body_bytes=settings.max_body_bytes)
    return app

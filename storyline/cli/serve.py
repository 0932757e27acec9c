"""serve: the REST API and the web page over a store, on loopback unless a token guards it."""
from __future__ import annotations

from typing import Annotated

import typer

from storyline.api.settings import TOKEN_ENV, ServerSettings, check_settings
from storyline.cli.common import DEFAULT_DB_PATH, DbOption, err_console, run_safely


def serve(
    db: DbOption = DEFAULT_DB_PATH,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; anything but loopback needs --token.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option("--token", envvar=TOKEN_ENV,
                                              help="Access token every request must carry (Authorization: Bearer).")]
    = None,
    allow_url_ingest: Annotated[bool, typer.Option("--allow-url-ingest",
                                                   help="Let POST /api/ingest fetch public http(s) URLs.")] = False,
) -> None:
    """Serve the REST API under /api/ and the web page over the database."""
    def work() -> None:
        import uvicorn

        from storyline.api import create_app

        settings = ServerSettings(db=db, host=host, port=port, token=token, allow_url_ingest=allow_url_ingest)
        check_settings(settings)
        app = create_app(settings)
        err_console.print(f"storyline: serving {db} on http://{host}:{port}/ (API at /api/, schema at /openapi.json)",
                          markup=False)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    run_safely(work)

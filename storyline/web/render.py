"""The Jinja2 environment of the pages: autoescaping everywhere, and only safe link targets."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from storyline.errors import StorylineError

WEB_DIR = Path(str(resources.files("storyline.web")))
STATIC_DIR = WEB_DIR / "static"

# Autoescape is on for every template, whatever its suffix: all article text is untrusted.
ENV = Environment(loader=FileSystemLoader(WEB_DIR / "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)


def safe_url(value: str | None) -> str | None:
    """An article's own URL as a link target only when it is plain http(s); never javascript: or data:."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


ENV.filters["safe_url"] = safe_url
ENV.filters["day"] = lambda v: (v or "")[:10] or "undated"


def render(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    html = ENV.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def render_page_error(request: Request, err: StorylineError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, code=err.ident, message=err.message, status_code=status)

"""The web page: server-rendered Jinja2 templates and vendored static files, served by storyline.api."""
from storyline.web.render import STATIC_DIR, render_page_error

__all__ = ["STATIC_DIR", "render_page_error"]

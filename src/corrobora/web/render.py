"""Page rendering: one Jinja2 environment with autoescaping on for every template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import HTMLResponse

from .. import __version__
from ..report.common import pluralize
from .links import article_url, story_url

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


class Pages:
    """Renders the templates of :data:`TEMPLATES` into HTML responses.

    Args:
        allow_ingest: whether the pages offer the ingest form.
    """

    def __init__(self, *, allow_ingest: bool) -> None:
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.globals.update(
            version=__version__,
            allow_ingest=allow_ingest,
            pluralize=pluralize,
            story_url=story_url,
            article_url=article_url,
        )

    def render(self, name: str, **context: Any) -> str:
        """Return the template ``name`` rendered with ``context``."""
        return self.env.get_template(name).render(**context)

    def response(self, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
        """Return the template ``name`` rendered as an HTML response."""
        return HTMLResponse(self.render(name, **context), status_code=status)

    def error(self, status: int, message: str) -> HTMLResponse:
        """Return the error page: the status and one line saying what went wrong."""
        return self.response("error.html", status=status, code=status, message=message, q="")

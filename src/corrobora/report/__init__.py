"""Rendering of reconciled stories and of article analyses: JSON, Markdown, HTML, terminal.

Renderers are pure: they take :class:`StoryReport` records (a reconciliation and the
articles its spans point into) and return text, or print on a rich console given to
them. Output is deterministic: the same input always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import ConfigError
from .analysis import analysis_document, render_analysis_json
from .analysis_html import render_analysis_html
from .analysis_terminal import render_analysis_terminal
from .common import StoryReport
from .html import render_html
from .jsondoc import render_json, story_list_json, to_document
from .markdown import render_markdown
from .terminal import render_story_list, render_terminal

__all__ = [
    "FORMATS",
    "StoryReport",
    "analysis_document",
    "render",
    "render_analysis_html",
    "render_analysis_json",
    "render_analysis_terminal",
    "render_html",
    "render_json",
    "render_markdown",
    "render_story_list",
    "render_terminal",
    "story_list_json",
    "to_document",
]

_RENDERERS: dict[str, Callable[[Sequence[StoryReport]], str]] = {
    "json": render_json,
    "md": render_markdown,
    "html": render_html,
}

FORMATS: tuple[str, ...] = tuple(_RENDERERS)
"""The text formats :func:`render` knows."""


def render(reports: Sequence[StoryReport], fmt: str) -> str:
    """Return ``reports`` rendered in the text format ``fmt``.

    Args:
        reports: the reconciled stories, in the order they should appear.
        fmt: one of :data:`FORMATS` ("json", "md", "html").

    Raises:
        ConfigError: ``fmt`` is not a known format; the message lists the valid ones.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        valid = ", ".join(FORMATS)
        raise ConfigError(f"unknown report format {fmt!r}; choose one of: {valid}")
    return renderer(reports)

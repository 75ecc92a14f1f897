"""HTML pages to articles with trafilatura; the only module that imports trafilatura.

trafilatura finds the main text (leaving out navigation, scripts, styles and
comments) and the metadata: title, publication date (from the page's markup only, not
guessed from its text), site name and URL. When it finds no main text, as for a bare
fragment such as ``<p>...</p>``, the visible text of the page is used instead, still
without scripts, styles or embedded objects. The language is the one the page declares
(``<html lang>``, ``Content-Language``), never guessed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from ..errors import IngestError
from ..model import Article
from .decode import normalize_newlines
from .meta import make_article, parse_published

logger = logging.getLogger(__name__)

NO_TEXT = "no article text found in HTML"
UNPARSABLE = "the HTML could not be parsed"

_DATE_PARAMS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_INVISIBLE = (
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "canvas",
    "select",
    "button",
)
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
    "figcaption",
)


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """What a page yields: its main text and the metadata it declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    language: str | None = None


def parse_html(markup: str, *, name: str, url: str | None = None) -> Article:
    """Build an Article from an HTML page.

    Args:
        markup: the page, decoded.
        name: the file's path, stored as ``Article.path`` and used in errors.
        url: the page's address when known from elsewhere (it helps trafilatura).

    Raises:
        IngestError: the page has no text, or cannot be parsed at all.
    """
    content = extract_html(markup, name=name, url=url)
    return make_article(
        content.text,
        path=name,
        title=content.title,
        outlet=content.outlet,
        url=content.url or url,
        published=content.published,
        language=content.language,
    )


def extract_html(markup: str, *, name: str, url: str | None = None) -> HtmlContent:
    """Extract a page's main text and metadata.

    Args:
        markup: the page, decoded.
        name: what to call the page in errors.
        url: the page's address, if known.

    Raises:
        IngestError: the page has no text, or cannot be parsed at all.
    """
    try:
        content = _extract(markup, url)
    except Exception:  # lxml and trafilatura fail in many ways on broken markup
        logger.debug("HTML extraction failed for %s", name, exc_info=True)
        raise IngestError(name, UNPARSABLE) from None
    if content is None:
        raise IngestError(name, NO_TEXT)
    return content


def _extract(markup: str, url: str | None) -> HtmlContent | None:
    tree = _parse(markup)
    language = _declared_language(tree)
    document = trafilatura.bare_extraction(
        markup if tree is None else tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS, url=url),
    )
    text = _clean(_attr(document, "text"))
    if not text:
        fresh = _parse(markup)
        text = _clean(_visible_text(fresh)) if fresh is not None else ""
    if not text:
        return None
    return HtmlContent(
        text=text,
        title=_attr(document, "title") or None,
        outlet=_attr(document, "sitename") or _attr(document, "hostname") or None,
        url=_attr(document, "url") or None,
        published=_published(_attr(document, "date")),
        language=language,
    )


def _attr(document: Any, name: str) -> str:
    """Return a string attribute of trafilatura's result ('' when absent)."""
    value = getattr(document, name, None) if document is not None else None
    return value.strip() if isinstance(value, str) else ""


def _clean(text: str) -> str:
    return normalize_newlines(text).strip()


def _published(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        logger.debug("ignoring unreadable page date %r", value)
        return None


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    """Parse ``markup`` leniently; None when lxml finds no document in it."""
    tree = trafilatura.load_html(markup)
    if tree is not None:
        return tree
    try:
        return lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _declared_language(tree: lxml.html.HtmlElement | None) -> str | None:
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    for value in (
        root.get("lang"),
        root.get("xml:lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *root.xpath(
            "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
            "='content-language']/@content"
        ),
    ):
        if isinstance(value, str) and value.strip():
            return value.split(",")[0].strip()
    return None


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    """Return the text a reader would see, one line per block element."""
    if tree.tag in _INVISIBLE:
        return ""
    for element in list(tree.iter(*_INVISIBLE)):
        element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)

"""HTML pages to articles with trafilatura; the only module that imports trafilatura.

trafilatura finds the main text (leaving out navigation, scripts, styles and
comments) and the metadata: title, publication date (from the page's markup only, not
guessed from its text), site name and URL. When it finds no main text, as for a bare
fragment such as ``<p>...</p>``, the visible text of the page is used instead, still
without scripts, styles or embedded objects. The language is the one the page declares
(``<html lang>``, ``Content-Language``), never guessed.

lxml (libxml2) stops reading a page at 256 levels of nested elements and drops the
rest. A page nested deeper is flattened first: the start and end tags nested deeper than
200 levels are removed and their content kept, as browsers do past their own limit. A
page that ends inside a comment never closed (``<!--`` without ``-->``) shows nothing
after it, in a browser as here; when that leaves no text, the error says so.

libxml2 and lxml's event stream take time quadratic in the number of attributes of one
element (each is checked against those before it), so an element with a million
attributes would hold extraction for hours. A start tag with more than 256 attributes
keeps its first 256; no real page comes near that.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
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
IN_COMMENT = "the page ends inside a comment that is never closed (<!-- without -->)"
TOO_MANY_TAGS = "too many tags for an article page"
MAX_TAGS = 500_000
"""Pages with more ``<`` than this are refused: parsing takes about 1 GB per 600,000
elements, and the largest news pages hold a few tens of thousands."""

# libxml2 gives up past 256 levels. A tree reaching 250 is checked (parsing again to see
# the parser's complaint), and then flattened to 200.
_DEEP_ELEMENT = etree.XPath("/" + "/".join(["*"] * 250) + "[1]")
_FLAT_DEPTH = 200
# A start or end tag; [^<>] keeps the scan linear on markup full of unclosed tags.
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*>")
# A start tag whose quoted values may hold < and >; possessive, so a scan never backtracks.
_START_TAG = re.compile(r"""<([A-Za-z][^\s/<>]*)(?:[^<>"']++|"[^"]*+"|'[^']*+')*+>""")
# One attribute of a start tag: a name, then optionally = and a quoted or bare value.
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]*))?""")
_MAX_ATTRIBUTES = 256
# Each attribute takes at least two characters of its tag (a space and a name).
_LONG_TAG = 2 * _MAX_ATTRIBUTES
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)

_DATE_PARAMS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    # A date in the URL's path (/2026/05/13/) only when the markup declares none.
    "deferred_url_extractor": True,
}
# htmldate's output for a date it read without a time of day (a day alone, or the URL).
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}T00:00:00")
# A time of day in a declared value (08:05).
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")
# The metadata names (meta property/name/itemprop, lower case) that declare when an
# article was first published, most specific first.
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "publish_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_PUBLISHED_RANK = {key: rank for rank, key in enumerate(_PUBLISHED_KEYS)}

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
        IngestError: the page has no text, holds more than :data:`MAX_TAGS` tags, or
            cannot be parsed at all.
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
        IngestError: the page has no text, holds more than :data:`MAX_TAGS` tags, or
            cannot be parsed at all.
    """
    tags = markup.count("<")
    if tags > MAX_TAGS:
        cause = f"{TOO_MANY_TAGS}: {tags:,} '<' characters, the limit is {MAX_TAGS:,}"
        raise IngestError(name, cause)
    try:
        content = _extract(markup, url)
    except Exception:  # lxml and trafilatura fail in many ways on broken markup
        logger.debug("HTML extraction failed for %s", name, exc_info=True)
        raise IngestError(name, UNPARSABLE) from None
    if content is None:
        cause = f"{NO_TEXT}: {IN_COMMENT}" if _ends_in_comment(markup) else NO_TEXT
        raise IngestError(name, cause)
    finished = _without_cut_paragraph(content.text, markup)
    if finished != content.text:
        logger.warning(
            "%s: the page is cut off mid-sentence; its unfinished last paragraph is left out",
            name,
        )
        content = replace(content, text=finished)
    return content


#: How a finished paragraph ends: a full stop, a question or an exclamation mark,
#: perhaps inside closing quotes or brackets.
_FINISHED = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_CLOSED_PAGE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _without_cut_paragraph(text: str, markup: str) -> str:
    """The text without the unfinished last paragraph of a page that was cut off.

    A page that never closes its body ends where a download or an archive record was
    cut: its last paragraph stops mid-sentence ("feared that up to 2,000 depot jobs"),
    and a figure in it would be read as a claim. A closed page, or a last paragraph
    that ends a sentence, is left as it is; so is a page of one paragraph.
    """
    if _CLOSED_PAGE.search(markup) or _FINISHED.search(text):
        return text
    cut = text.rstrip().rfind("\n")
    return text[:cut].rstrip() if cut > 0 else text


def _extract(markup: str, url: str | None) -> HtmlContent | None:
    markup = _trim_attributes(markup)
    tree = _parse(markup)
    if tree is not None and _DEEP_ELEMENT(tree) and _too_deep(markup):
        markup = _flatten(markup)
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
        published=_choose_published(_attr(document, "date"), markup),
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


def _choose_published(found: str, markup: str) -> datetime | None:
    """The publication time: htmldate's, unless it is a day alone the markup times.

    htmldate takes the first date its rules reach, which may be a day without a time (a
    ``<meta name="date">`` listed first, the date in the URL's path). A full timestamp
    the page declares for its publication (``article:published_time``, ``datePublished``
    ...) then wins: a day alone never replaces a stated time.
    """
    published = _published(found)
    if published is not None and not _DAY_ONLY.fullmatch(found):
        return published
    tree = _parse(markup)  # afresh: trafilatura's extraction prunes the tree it reads
    declared = _declared_published(tree) if tree is not None else None
    return declared or published


def _declared_published(tree: lxml.html.HtmlElement) -> datetime | None:
    """The first full publication timestamp the page's metadata declares, if any.

    Read from ``<meta>`` (property, name or itemprop), ``<time itemprop="datePublished">``
    and JSON-LD ``datePublished``; values without a time of day are passed over.
    """
    best: tuple[int, datetime] | None = None
    for element in tree.iter("meta", "time"):
        key = ""
        for attribute in ("property", "itemprop", "name"):
            value = element.get(attribute)
            if isinstance(value, str) and value.strip().lower() in _PUBLISHED_RANK:
                key = value.strip().lower()
                break
        if not key:
            continue
        value = element.get("content") or element.get("datetime") or ""
        moment = _timestamp(value)
        if moment is not None and (best is None or _PUBLISHED_RANK[key] < best[0]):
            best = (_PUBLISHED_RANK[key], moment)
    if best is not None:
        return best[1]
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for value in _ld_published(script.text or ""):
            moment = _timestamp(value)
            if moment is not None:
                return moment
    return None


def _ld_published(text: str) -> list[str]:
    """The ``datePublished`` values of a JSON-LD block, in document order."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # hostile nesting is no date
        return []
    found: list[str] = []
    stack: list[Any] = [data]
    while stack and len(found) < 16:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def _timestamp(value: str) -> datetime | None:
    """``value`` read as a publication time, when it states a time of day."""
    if not isinstance(value, str) or not _TIME_OF_DAY.search(value) or len(value) > 64:
        return None
    return _published(value.strip())


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    """Parse ``markup`` leniently; None when lxml finds no document in it."""
    tree = trafilatura.load_html(markup)
    if tree is not None:
        return tree
    try:
        return lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _too_deep(markup: str) -> bool:
    """True when lxml stops reading ``markup`` at its limit of nested elements."""
    parser = lxml.html.HTMLParser(encoding="utf-8")
    with contextlib.suppress(etree.ParserError, etree.XMLSyntaxError, ValueError):
        etree.fromstring(markup.encode("utf-8", "replace"), parser)
    return any(
        entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in entry.message
        for entry in parser.error_log
    )


def _flatten(markup: str) -> str:
    """Remove the start and end tags nested deeper than ``_FLAT_DEPTH``, keeping content.

    Tags are found by a pattern, not a parser; this serves only pages lxml cannot read.
    An end tag closes the innermost removed element of its name first, else the open
    element of its name (and those opened inside it).
    """
    pieces: list[str] = []
    opened: list[str] = []
    removed: Counter[str] = Counter()
    last = 0
    for match in _TAG.finditer(markup):
        name = match.group(2).lower()
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if not match.group(1):
            if len(opened) < _FLAT_DEPTH:
                opened.append(name)
                continue
            removed[name] += 1
        elif removed[name]:
            removed[name] -= 1
        else:
            if name in opened:
                del opened[len(opened) - 1 - opened[::-1].index(name) :]
            continue
        pieces.append(markup[last : match.start()])
        last = match.end()
    pieces.append(markup[last:])
    return "".join(pieces)


def _trim_attributes(markup: str) -> str:
    """Keep the first ``_MAX_ATTRIBUTES`` attributes of each start tag that has more.

    Only tags long enough to hold that many are counted, so an ordinary page costs one
    scan for tags; the page is returned unchanged when no tag is over the limit.
    """
    if len(markup) <= _LONG_TAG:
        return markup
    pieces: list[str] = []
    last = 0
    for match in _START_TAG.finditer(markup):
        if match.end() - match.start() <= _LONG_TAG:
            continue
        start = match.start() + 1 + len(match.group(1))
        kept = list(
            itertools.islice(
                _ATTRIBUTE.finditer(markup, start, match.end() - 1), _MAX_ATTRIBUTES + 1
            )
        )
        if len(kept) <= _MAX_ATTRIBUTES:
            continue
        closing = "/>" if match.group(0).endswith("/>") else ">"
        pieces.append(markup[last : kept[-2].end()])
        pieces.append(closing)
        last = match.end()
    if not pieces:
        return markup
    pieces.append(markup[last:])
    return "".join(pieces)


def _ends_in_comment(markup: str) -> bool:
    """True when a comment opened in ``markup`` is never closed."""
    start = markup.find("<!--")
    while start >= 0:
        end = markup.find("-->", start + 2)
        if end < 0:
            return True
        start = markup.find("<!--", end + 3)
    return False


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

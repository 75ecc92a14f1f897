"""Reading what was downloaded: a page, a feed or a text, chosen by its media type.

A feed's entries that carry text become articles at once; those with only a link come
back as :class:`~corrobora.ingest.feeds.FeedLink` values for the caller to download
with :func:`read_link`, whose page then fills in what the entry lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum

from ..errors import IngestError
from ..model import Article
from .decode import charset_label, declared_charset, decode_bytes, normalize_newlines
from .feeds import FeedLink, parse_feed
from .fetch import Download, Fetcher
from .html import HtmlContent, extract_html
from .httpmsg import HTML_TYPES, charset_of, media_type
from .meta import make_article
from .text import parse_text

_XML_TYPES = frozenset({"application/xml", "text/xml"})
_PLAIN_TYPES = frozenset({"", "application/octet-stream"})
_SNIFF_FEED = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)
_SNIFF_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.S | re.I)


class Kind(StrEnum):
    """What a downloaded document is read as."""

    PAGE = "page"
    FEED = "feed"
    TEXT = "text"


def kind_of(download: Download) -> Kind | None:
    """Choose how to read a download from its media type, sniffing when it has none."""
    kind = media_type(download.content_type) or ""
    if kind in HTML_TYPES:
        return Kind.PAGE
    if kind in _XML_TYPES or kind.endswith("+xml"):
        return Kind.FEED
    if kind == "text/plain":
        return Kind.TEXT
    if kind in _PLAIN_TYPES:
        head = download.body[:4096]
        if _SNIFF_FEED.match(head):
            return Kind.FEED
        if _SNIFF_HTML.match(head):
            return Kind.PAGE
    return None


def read_url(
    fetcher: Fetcher, url: str, *, where: str
) -> Iterator[Article | IngestError | FeedLink]:
    """Download ``url`` and read it as a page, a feed or a text.

    Args:
        fetcher: downloads under the user's limits.
        url: the address.
        where: names the articles and errors (the URL itself, or ``file:line``).
    """
    try:
        download = fetcher.get(url)
        kind = kind_of(download)
        if kind is None:
            raise IngestError(url, f"unsupported content type {download.content_type!r}")
        if kind is Kind.FEED:
            yield from parse_feed(download.body, name=where, content_type=download.content_type)
        elif kind is Kind.TEXT:
            yield parse_text(_decode(download, where), name=where)
        else:
            yield _page(download, where)
    except IngestError as error:
        yield _named(error, where, url)


def read_link(fetcher: Fetcher, link: FeedLink) -> Article | IngestError:
    """Download the page of a feed entry that had no text, and build its Article.

    The entry's title, outlet and date win over the page's; the page's language wins.
    """
    try:
        download = fetcher.get(link.url)
        if kind_of(download) is not Kind.PAGE:
            raise IngestError(link.url, f"not a web page ({download.content_type or 'no type'})")
        page = _extract(download, link.where)
    except IngestError as error:
        return _named(error, link.where, link.url)
    return make_article(
        page.text,
        path=link.where,
        title=link.title or page.title,
        outlet=link.outlet or page.outlet,
        url=link.url,
        published=link.published or page.published,
        language=page.language or link.language,
        source_name=link.source_name,
    )


def _page(download: Download, where: str) -> Article:
    page = _extract(download, where)
    return make_article(
        page.text,
        path=where,
        title=page.title,
        outlet=page.outlet,
        url=download.url,
        published=page.published,
        language=page.language,
    )


def _extract(download: Download, where: str) -> HtmlContent:
    return extract_html(_decode(download, where), name=where, url=download.url)


def _decode(download: Download, where: str) -> str:
    """Decode a download by its HTTP charset, else the charset the document declares.

    A header charset that is unknown or no text charset (``charset=undefined``) is
    ignored, as browsers do, and the document's own declaration is used instead.
    """
    charset = charset_of(download.content_type)
    header = charset_label(charset) if charset else None
    declared = header or declared_charset(download.body)
    return normalize_newlines(decode_bytes(download.body, where, declared=declared))


def _named(error: IngestError, where: str, url: str) -> IngestError:
    """Name an error by ``where``, with the URL in the message when ``where`` is not it."""
    if where == url:
        return error if error.path == url else IngestError(url, error.cause)
    return IngestError(where, f"{url}: {error.cause}")

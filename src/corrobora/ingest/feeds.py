"""RSS and Atom feeds to articles; the only module that imports feedparser.

Each entry becomes an Article named ``file#n`` (the n-th entry): the title, link and
publication date (``published``, else ``updated``) of the entry, the outlet from the
entry's ``<source>`` or else the feed's title, the language the entry or feed
declares, and the text of the entry's full content, else its summary, read through
the HTML extraction of :mod:`corrobora.ingest.html`. An entry with a link but no text
becomes a :class:`FeedLink`: the page to download when fetching is allowed.

A document that declares XML entities (``<!ENTITY ...>``) is refused before it is
parsed: entities are how "billion laughs" documents expand a few bytes into gigabytes,
and no feed needs them. The check reads the bytes as stored and, for a document in an
encoding that is not ASCII-compatible (UTF-32, EBCDIC...), the UTF-8 that feedparser
converts it to before parsing, so no encoding the reader accepts hides a declaration.

A numeric character reference to no character (``&#xD800;``, a lone surrogate, or one
past U+10FFFF) is read as U+FFFD, as HTML does, so the feed's other entries are kept.
A feed whose XML declaration names a Python codec that is no charset
(``encoding="undefined"``, ``base64``) is an error; such a charset in the HTTP
``Content-Type`` of a downloaded feed is ignored. Anything else the feed parser cannot
cope with is an error for the file, not a crash.

An entry without text or link in a feed that is not well-formed (cut short, say) is an
error naming the XML problem, which is the likely cause. A publication date with a
year before 100 written in full (``Mon, 01 Jan 0001``) is dropped rather than read as
2001; the entry's ``updated`` date, if any, is used instead.
"""

from __future__ import annotations

import logging
import re
import xml.parsers.expat
import xml.sax
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
from feedparser.encodings import convert_to_utf8

from ..errors import IngestError
from ..model import Article
from .decode import names_no_charset
from .html import NO_TEXT, extract_html
from .httpmsg import charset_of, media_type
from .meta import DateOutOfRange, make_article, parse_published, within_years

logger = logging.getLogger(__name__)

ENTITIES = (
    "the document declares XML entities (<!ENTITY>), which corrobora refuses: they can "
    "expand a small file into gigabytes (an entity bomb)"
)
NOT_A_FEED = "not an RSS or Atom feed"
_NO_TEXT_OR_LINK = "the entry has neither text nor a link"
_ILL_FORMED = "the feed is not well-formed and may be cut short here"
_PROLOG_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_SAX_PLACE = re.compile(r"^<unknown>:(\d+):(\d+):\s*")
_XML_ENCODING = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"'>]*)["']"""
)
_CHARREF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
_REPLACEMENT_REF = b"&#xFFFD;"
_MAX_CODE_DIGITS = 8  # longer (without leading zeros) is past U+10FFFF in any base here


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed entry without text: the page at ``url`` holds the article.

    The entry's own metadata fills what the page does not declare.
    """

    url: str
    where: str
    source_name: str
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None


class _EntityDeclared(Exception):
    """Raised from the expat handler at the first entity declaration."""


class _RootReached(Exception):
    """Raised from the expat handler at the first element: the prolog is over."""


def parse_feed(
    data: bytes, *, name: str, content_type: str | None = None
) -> Iterator[Article | IngestError | FeedLink]:
    """Yield an Article (or an error, or a link to fetch) for every entry of a feed.

    Args:
        data: the feed's bytes as stored or downloaded.
        name: the file's path or the feed's URL; entries are named ``name#n``.
        content_type: the HTTP ``Content-Type`` of a downloaded feed (for its charset).

    Raises:
        IngestError: the document declares entities, or is not a feed.
    """
    headers = {"content-type": _usable_type(content_type)} if content_type else {}
    refuse_entities(data, name, headers=headers)
    _refuse_codec(data, name)
    try:
        parsed = feedparser.parse(
            _without_bad_charrefs(data), response_headers=headers, sanitize_html=True
        )
    except (ValueError, LookupError, ArithmeticError) as error:  # UnicodeError is a ValueError
        logger.debug("feedparser failed on %s", name, exc_info=True)
        raise IngestError(name, f"cannot read the feed ({_first_line(str(error))})") from None
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not entries:
        detail = f" ({_first_line(str(problem))})" if problem else ""
        raise IngestError(name, NOT_A_FEED + detail)
    feed: Mapping[str, Any] = parsed.get("feed") or {}
    if not entries:
        logger.debug("%s: the feed has no entries", name)
    ill_formed = _first_line(str(problem)) if isinstance(problem, xml.sax.SAXException) else None
    for number, entry in enumerate(entries, start=1):
        where = f"{name}#{number}"
        try:
            yield _entry(entry, feed, where=where, source_name=name)
        except IngestError as error:
            if error.cause == _NO_TEXT_OR_LINK and ill_formed:
                error = IngestError(where, f"{_NO_TEXT_OR_LINK}; {_ILL_FORMED} ({ill_formed})")
            yield error


def _usable_type(content_type: str) -> str:
    """``content_type`` without a charset that is no text charset (as browsers ignore it).

    feedparser would decode with it: ``charset=undefined`` raises instead of failing over.
    """
    charset = charset_of(content_type)
    if charset is None or not names_no_charset(charset):
        return content_type
    return media_type(content_type) or ""


def _refuse_codec(data: bytes, name: str) -> None:
    """Raise IngestError when the XML declaration names a codec that is no charset."""
    match = _XML_ENCODING.match(data)
    if match is None:
        return
    label = match.group(1).decode("ascii", "replace")
    if names_no_charset(label):
        raise IngestError(
            name, f"the XML declaration names the encoding {label!r}, which is no text charset"
        )


def _without_bad_charrefs(data: bytes) -> bytes:
    """``data`` with numeric character references to no character made ``&#xFFFD;``.

    feedparser's lenient reader crashes on a surrogate (``&#xD800;``) or a number past
    U+10FFFF. Bytes with NUL or ESC are left as they are: in UTF-16, UTF-32 or ISO-2022
    the bytes of ``&#`` need not be those characters (feedparser's error is caught).
    """
    if b"\x00" in data or b"\x1b" in data or b"&#" not in data:
        return data
    return _CHARREF.sub(_checked_charref, data)


def _checked_charref(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.groups()
    digits = (hexadecimal or decimal).lstrip(b"0")
    if len(digits) > _MAX_CODE_DIGITS:
        return _REPLACEMENT_REF
    code = int(digits or b"0", 16 if hexadecimal else 10)
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return _REPLACEMENT_REF
    return match.group()


def refuse_entities(data: bytes, name: str, *, headers: Mapping[str, str] | None = None) -> None:
    """Raise IngestError when the document's prolog declares an XML entity.

    The bytes are checked as given and as feedparser will parse them (converted to
    UTF-8 from whatever encoding it detects; ``headers`` are the HTTP response headers
    that take part in that choice). expat reads only the prolog: parsing stops at the
    first element or declaration; the conversion is one pass over the bytes.
    """
    _refuse_in_prolog(data, name)
    converted = _as_parsed(data, headers or {})
    if converted is not None and converted != data:
        _refuse_in_prolog(converted, name)


def _as_parsed(data: bytes, headers: Mapping[str, str]) -> bytes | None:
    """The UTF-8 bytes feedparser parses for ``data``; None when it cannot convert them."""
    try:
        converted = convert_to_utf8(dict(headers), data, {})
    except Exception:  # feedparser's own guesswork; the raw bytes are checked anyway
        logger.debug("feedparser could not convert the document", exc_info=True)
        return None
    return converted if isinstance(converted, bytes) else None


def _refuse_in_prolog(data: bytes, name: str) -> None:
    parser = xml.parsers.expat.ParserCreate()

    def on_entity(*_: object) -> None:
        raise _EntityDeclared

    def on_element(*_: object) -> None:
        raise _RootReached

    parser.EntityDeclHandler = on_entity
    parser.StartElementHandler = on_element
    try:
        parser.Parse(data, True)
    except _EntityDeclared:
        raise IngestError(name, ENTITIES) from None
    except _RootReached:
        return
    except (xml.parsers.expat.ExpatError, ValueError, LookupError):
        # Not well-formed XML (the lenient reader of feedparser takes over): look for a
        # declaration before the first element by hand.
        first = _FIRST_ELEMENT.search(data)
        prolog = data if first is None else data[: first.start()]
        if _PROLOG_ENTITY.search(prolog):
            raise IngestError(name, ENTITIES) from None


def _entry(
    entry: Mapping[str, Any], feed: Mapping[str, Any], *, where: str, source_name: str
) -> Article | FeedLink:
    link = _text(entry.get("link"))
    title = _text(entry.get("title"))
    outlet = _text(_get(entry.get("source"), "title")) or _text(feed.get("title"))
    published = _date(entry, where)
    body, kind, language = _body(entry)
    language = language or _text(feed.get("language"))
    if body is not None:
        if kind == "text/plain":
            text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
        else:
            try:
                page = extract_html(body, name=where, url=link)
            except IngestError as error:
                if link is None or error.cause != NO_TEXT:
                    raise
                text = ""
            else:
                text = page.text
        if text:
            return make_article(
                text,
                path=where,
                title=title,
                outlet=outlet,
                url=link,
                published=published,
                language=language,
                source_name=source_name,
            )
    if link is None:
        raise IngestError(where, _NO_TEXT_OR_LINK)
    return FeedLink(
        link,
        where,
        source_name,
        title=title,
        outlet=outlet,
        published=published,
        language=language,
    )


def _body(entry: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """The entry's longest full content, else its summary: (value, media type, language)."""
    candidates = [c for c in entry.get("content") or [] if _text(_get(c, "value"))]
    if candidates:
        best = max(candidates, key=lambda c: len(_get(c, "value") or ""))
    elif _text(entry.get("summary")):
        best = entry.get("summary_detail") or {"value": entry.get("summary")}
    else:
        return None, None, None
    kind = _text(_get(best, "type"))
    return _get(best, "value"), kind.lower() if kind else None, _text(_get(best, "language"))


_IMPOSSIBLE_OFFSET = re.compile(r"[+-](?:2[4-9]|[3-9]\d):?\d\d\s*$")
"""A UTC offset of a day or more at the end of a date: feedparser would shift the time
by it; no place on Earth has one, so the date is not read at all."""


def _date(entry: Mapping[str, Any], where: str) -> datetime | None:
    """The entry's publication (else update) time; a date that cannot be read is left out.

    feedparser reads many odd formats, but it also rolls impossible fields over into
    another real date ("2024-02-30" becomes March 1st): its reading is taken only when
    a numeric year-month-day written in the date is one that exists. A date left out
    is named in a warning, and the entry is kept undated.
    """
    unread: list[str] = []
    for key in ("published", "updated"):
        raw = _text(entry.get(key))
        if raw is None:
            continue
        try:
            return parse_published(raw)
        except DateOutOfRange:
            problem = "is out of range"
        except ValueError:
            fallback = _parsed_date(entry.get(f"{key}_parsed"))
            if _IMPOSSIBLE_OFFSET.search(raw):
                problem = "has an impossible UTC offset"
            elif fallback is not None and _written_date_exists(raw):
                return fallback
            else:
                problem = "is no date that exists"
        unread.append(f"{raw!r} {problem}")
    if unread:
        logger.warning("%s: kept undated: its date %s", where, unread[0])
    return None


def _written_date_exists(raw: str) -> bool:
    """False when ``raw`` writes a numeric year-month-day that no calendar has."""
    for year, month, day in _NUMERIC_DATE.findall(raw):
        try:
            datetime(int(year), int(month), int(day))
        except ValueError:
            return False
    return True


_NUMERIC_DATE = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def _parsed_date(parsed: Any) -> datetime | None:
    """The date feedparser read itself (a UTC ``time.struct_time``), if it is one."""
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return within_years(datetime(year, month, day, hour, minute, second, tzinfo=UTC))
    except (TypeError, ValueError):
        return None


def _get(value: object, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    stripped = value.strip()
    return stripped or None


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return _SAX_PLACE.sub(r"XML error at line \1, column \2: ", line)

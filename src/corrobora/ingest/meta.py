"""Article metadata shared by the readers: field names, dates, fallbacks, building Articles.

Every reader hands its text and whatever metadata it found to :func:`make_article`, so
the fallbacks are the same for every format: the title falls back to the first line of
the text, the outlet to the URL's host (without ``www.``) and then to the file's stem.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import PurePath
from typing import overload
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from ..errors import IngestError
from ..model import Article
from ..text import article_id

FIELDS = ("title", "outlet", "url", "published", "language")

# Other names for the fields, as found in header lines and JSON records.
_ALIASES = {
    "headline": "title",
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "link": "url",
    "date": "published",
    "published_at": "published",
    "publishedat": "published",
    "pubdate": "published",
    "pub_date": "published",
    "date_published": "published",
    "datepublished": "published",
    "lang": "language",
}
TITLE_MAX_CHARS = 300

# Zone abbreviations common in English-language datelines, in hours east of UTC (CST is
# read as US Central). Numeric offsets are always understood; other names are refused.
_ZONES = {
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
}
# Two defaults that differ in year, month and day: a field the text leaves out shows up
# as a difference between the two parses.
_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)


class _UnknownZone(ValueError):
    """A time-zone name that no table here explains."""


class DateOutOfRange(ValueError):
    """A date whose year cannot be read as written, or lies outside :data:`YEARS`."""


YEARS = range(100, 9900)
"""Publication years accepted (in UTC). Dates found in an article's text are resolved
around its publication date, up to a decade away, and must stay within the calendar."""


# A year written with leading zeros (0001, 0099): dateutil reads it as 2001, 1999.
_PADDED_YEAR = re.compile(r"(?<![\d:+-])00\d\d(?![\d:])")


def field_name(key: str) -> str | None:
    """Return the metadata field a header or JSON key names (case-insensitive), or None.

    >>> field_name("Headline")
    'title'
    """
    key = key.strip().casefold().replace("-", "_").replace(" ", "_")
    if key in FIELDS:
        return key
    return _ALIASES.get(key)


def parse_published(value: str) -> datetime:
    """Read a publication date: ISO 8601 or a common written form; naive means UTC.

    Accepts e.g. ``2025-11-30``, ``2025-11-30T14:00Z``, ``30 Nov 2025 14:00 +0100`` and
    ``November 30, 2025``. Year, month and day must all be given; an ambiguous numeric
    date such as ``03/04/2025`` is read month first. The result carries a fixed-offset
    ``datetime.timezone``.

    Raises:
        ValueError: the text is not a complete date; the message says why.
        DateOutOfRange: a written year before 100 (``1 Jan 0001``), which the date
            reader would move to 1901-1999 or 2000-2099, or a date whose UTC year is
            outside :data:`YEARS` (a kind of ValueError).
    """
    text = value.strip()
    if not text:
        raise ValueError("the date is empty")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = _parse_written(text)
    offset = parsed.utcoffset()
    if offset is None:
        return within_years(parsed.replace(tzinfo=UTC), text)
    return within_years(parsed.replace(tzinfo=timezone(offset)), text)


def within_years(moment: datetime, text: str | None = None) -> datetime:
    """Return ``moment`` (timezone-aware) when its UTC year is in :data:`YEARS`.

    Raises:
        DateOutOfRange: it is not; the message quotes ``text`` when given.
    """
    try:
        year = moment.astimezone(UTC).year
    except OverflowError:
        year = moment.year
    if year not in YEARS:
        shown = repr(text) if text is not None else moment.isoformat()
        raise DateOutOfRange(
            f"the date {shown} is out of range (publication years {YEARS.start} to "
            f"{YEARS.stop - 1})"
        )
    return moment


def _parse_written(text: str) -> datetime:
    try:
        first = date_parser.parse(text, default=_DEFAULT_A, tzinfos=_zone)
        second = date_parser.parse(text, default=_DEFAULT_B, tzinfos=_zone)
    except _UnknownZone as error:
        raise ValueError(str(error)) from None
    except (ValueError, OverflowError):
        raise ValueError(f"cannot read the date {text!r}") from None
    if first.date() != second.date():
        raise ValueError(f"the date {text!r} lacks a year, month or day")
    moved = _moved_year(text, first.year)
    if moved is not None:
        raise DateOutOfRange(f"the year {moved} of {text!r} is out of range")
    return first


def _moved_year(text: str, year: int) -> str | None:
    """The year before 100 that ``text`` writes in full if dateutil moved it to ``year``."""
    padded = _PADDED_YEAR.search(text)
    if padded is None or str(year) in text:
        return None
    written = int(padded.group())
    return padded.group() if year != written and year % 100 == written else None


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """Resolve a parsed zone for dateutil, never from the machine's local zone."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    hours = _ZONES.get(name.upper())
    if hours is None:
        raise _UnknownZone(f"unknown time zone {name!r}")
    return timezone(timedelta(hours=hours))


def url_host(url: str | None) -> str | None:
    """Return the lower-cased host of ``url`` without ``www.`` and port, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def first_line(text: str) -> str:
    """Return the first non-empty line of ``text``, stripped (empty string when none)."""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            return stripped
    return ""


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


@overload
def storable(value: str) -> str: ...
@overload
def storable(value: None) -> None: ...
def storable(value: str | None) -> str | None:
    """``value`` without NUL characters and with lone surrogates as U+FFFD.

    Neither can be stored: PostgreSQL refuses NUL in text, and a lone surrogate (which a
    JSON ``\\ud800`` escape or a broken page can carry) is not valid UTF-8 anywhere.
    """
    if value is None or not _UNSTORABLE.search(value):
        return value
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)


_SURROGATE = re.compile("[\ud800-\udfff]")


def shown_path(name: str) -> str:
    """``name`` with the bytes of a file name that are not UTF-8 written as ``\\xff``.

    Python keeps such bytes as lone surrogates (``\\udcff``), which no store keeps and
    a strict UTF-8 output refuses; ``\\xff`` still tells which file it is. Any other
    lone surrogate becomes U+FFFD, as in :func:`storable`.
    """
    if not _SURROGATE.search(name):
        return name
    return _SURROGATE.sub(_escaped_byte, name)


def _escaped_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def clip_title(title: str) -> str:
    """Fold white space in ``title`` and cut it at a word boundary past TITLE_MAX_CHARS."""
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX_CHARS:
        return title
    cut = title[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


NO_WORDS = "no words in the text (only punctuation, symbols or control characters)"


def make_article(
    text: str,
    *,
    path: str,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    source_name: str | None = None,
) -> Article:
    """Build an Article, filling a missing title, outlet or URL with the fallbacks.

    Args:
        text: the article text exactly as it will be stored (spans index into it).
        path: where the article came from (``file`` or ``file:line``).
        title: the title; the first line of ``text`` when missing.
        outlet: the outlet; the URL's host, then the stem of ``source_name``, when missing.
        url: the article's address, if known.
        published: when the article was published (timezone-aware), if known.
        language: the declared language, if any; never guessed.
        source_name: the file the article was read from (``path`` when None).

    Raises:
        IngestError: the text holds no letter or digit (:data:`NO_WORDS`).
    """
    # Every string field goes through storable(), the fallbacks too: a file name that is
    # not valid UTF-8 reaches ``path`` and the outlet as surrogate escapes.
    if not any(char.isalnum() for char in text):
        raise IngestError(storable(path), NO_WORDS)
    text, title, outlet, url = storable(text), storable(title), storable(outlet), storable(url)
    path, language = storable(path), storable(language)
    clean_url = _blank_to_none(url)
    outlet_name = _blank_to_none(outlet)
    if outlet_name is None:
        outlet_name = url_host(clean_url) or PurePath(storable(source_name) or path).stem
    return Article(
        id=article_id(text),
        text=text,
        title=clip_title(_blank_to_none(title) or first_line(text)),
        outlet=" ".join(outlet_name.split()),
        url=clean_url,
        published=published,
        language=_blank_to_none(language),
        path=path,
    )


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None

"""Plain-text and Markdown articles: optional ``Key: value`` header lines, then the body.

A file may begin with a block of header lines (``Title:``, ``Outlet:``, ``URL:``,
``Published:``, ``Language:``; keys are case-insensitive, in any order, and the aliases
of :func:`corrobora.ingest.meta.field_name` work too) ended by a blank line. The block
counts as a header only when every one of its lines has the ``Key: value`` form and at
least one key is known; unknown keys in it (``Author:``) are ignored. Markdown files
may carry the same keys in a ``---`` front-matter block instead.

``Article.text`` is then the body after the header block and the blank lines after it.
Without a header block it is the whole text as given (decoded, byte-order mark removed,
newlines normalized), so offset 0 is the file's first character; the title is then the
first non-empty line, which stays part of the text.

Without a ``Published:`` value, a dateline gives the publication date: the first or the
second non-blank line of the body, when it is a date and nothing else ("October 10,
2011", "16 August 2011", "Tue, 16 Aug 2011 10:35 GMT", "2011-08-16", "(Tuesday 16
August 2011)"), is read as a ``Published:`` value would be. The date must give day,
month and year; a time and a zone may follow it, and parentheses may enclose it. A line
with other words (a headline that names a date) is no dateline, and a line that cannot
be read as a date is left alone. The dateline stays part of the text; when it is the
first line, the title is the line after it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from ..errors import IngestError
from ..model import Article
from .meta import field_name, first_line, make_article, parse_published

logger = logging.getLogger(__name__)

NO_BODY = "no article text after the header lines"

_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 _-]{0,40}?)[ \t]*:[ \t]*(.*?)\s*")
_FENCES = ("---", "...")
_ATX_OPEN = re.compile(r"^#{1,6}\s+")
_ATX_CLOSE = re.compile(r"\s+#+\s*$")

#: How many non-blank lines at the top of a body are looked at for a dateline.
_DATELINE_LINES = 2
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|wed|thu|fri|sat|sun)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"\d{4}"
_ZONE = r"(?-i:[A-Z]{1,5})|[+-]\d\d:?\d\d"
_TIME = rf"\d\d?[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:{_ZONE}))?"
_WRITTEN = (
    rf"(?:{_WEEKDAY}\.?,?\s+)?"
    rf"(?:{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+{_YEAR})"
    rf"(?:,?\s+(?:at\s+)?{_TIME})?"
)
_ISO = rf"{_YEAR}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
#: A line that is a date and nothing else: a written date (a weekday may open it, a time
#: and a zone may close it) or an ISO 8601 date or date and time.
_DATELINE = re.compile(rf"{_WRITTEN}|{_ISO}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Field:
    """One header value and the line it came from (1-based), for error messages."""

    value: str
    line_number: int
    line: str


@dataclass(frozen=True, slots=True)
class _Header:
    fields: dict[str, _Field]
    body_start: int


def parse_text(text: str, *, name: str, markdown: bool = False) -> Article:
    """Build an Article from a decoded plain-text (or Markdown) file.

    Args:
        text: the file's text, decoded and with newlines normalized.
        name: the file's path, stored as ``Article.path`` and used in errors.
        markdown: also accept ``---`` front matter, and drop ``#`` marks from a title
            taken from the first line.

    Raises:
        IngestError: the header has no body after it, or its date cannot be read.
    """
    header = _front_matter(text) if markdown else None
    if header is None:
        header = _header_block(text)
    if header is None:
        body, fields = text, {}
    else:
        body, fields = text[header.body_start :], header.fields
        if not body.strip():
            raise IngestError(name, NO_BODY)
    published = None
    date = fields.get("published")
    if date is not None and date.value:
        try:
            published = parse_published(date.value)
        except ValueError as error:
            raise IngestError(
                name, f"header line {date.line_number} {date.line.strip()!r}: {error}"
            ) from None
    dateline = _dateline(body) if published is None else None
    if dateline is not None:
        published = dateline[0]
    title = _value(fields, "title")
    if title is None and markdown:
        title = _markdown_title(first_line(body))
    if title is None and dateline is not None and dateline[1] == 0:
        title = _line_after_dateline(body)
    return make_article(
        body,
        path=name,
        title=title,
        outlet=_value(fields, "outlet"),
        url=_value(fields, "url"),
        published=published,
        language=_value(fields, "language"),
    )


def _dateline(body: str) -> tuple[datetime, int] | None:
    """The date of a dateline among the body's first non-blank lines and the line's place.

    The line must be only a date (:data:`_DATELINE`), read by :func:`parse_published`;
    one that cannot be read is text like any other, not an error. The place counts
    non-blank lines from 0.
    """
    for place, line in enumerate(islice(_nonblank_lines(body), _DATELINE_LINES)):
        if line.startswith("(") and line.endswith(")"):
            line = line[1:-1].strip()
        if not _DATELINE.fullmatch(line):
            continue
        try:
            return parse_published(line), place
        except ValueError:
            logger.debug("dateline %r is not a date", line)
    return None


def _line_after_dateline(body: str) -> str | None:
    """The title of a text that opens with its dateline: the next non-blank line."""
    return next(islice(_nonblank_lines(body), 1, None), None)


def _nonblank_lines(body: str) -> Iterator[str]:
    """The body's non-blank lines, stripped, read lazily from the top."""
    return (line.strip() for line in body.split("\n") if line.strip())


def _value(fields: dict[str, _Field], key: str) -> str | None:
    found = fields.get(key)
    return found.value if found is not None and found.value else None


def _lines(text: str, start: int = 0) -> tuple[int, int, str]:
    """Return (start, next line's start, line) of the line at ``start``."""
    end = text.find("\n", start)
    if end < 0:
        return start, len(text), text[start:]
    return start, end + 1, text[start:end]


def _skip_blank_lines(text: str, pos: int) -> int:
    while pos < len(text):
        start, nxt, line = _lines(text, pos)
        if line.strip():
            return start
        pos = nxt
    return len(text)


def _header_block(text: str) -> _Header | None:
    """Find a header block at the top of ``text`` (after any leading blank lines)."""
    pos = 0
    line_number = 0
    fields: dict[str, _Field] = {}
    in_block = False
    while pos < len(text):
        _, nxt, line = _lines(text, pos)
        line_number += 1
        if not line.strip():
            if in_block:
                break
            pos = nxt
            continue
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            return None
        in_block = True
        _add_field(fields, match.group(1), match.group(2), line_number, line)
        pos = nxt
    if not fields:
        return None
    return _Header(fields, _skip_blank_lines(text, pos))


def _front_matter(text: str) -> _Header | None:
    """Read a Markdown front-matter block fenced by ``---`` lines, if the text opens with one."""
    _, pos, opening = _lines(text)
    if opening.strip() != "---":
        return None
    fields: dict[str, _Field] = {}
    line_number = 1
    while pos < len(text):
        _, nxt, line = _lines(text, pos)
        line_number += 1
        if line.strip() in _FENCES:
            return _Header(fields, _skip_blank_lines(text, nxt))
        match = _HEADER_LINE.fullmatch(line)
        if match is not None:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            _add_field(fields, match.group(1), value, line_number, line)
        pos = nxt
    return None


def _add_field(
    fields: dict[str, _Field], key: str, value: str, line_number: int, line: str
) -> None:
    field = field_name(key)
    if field is None:
        logger.debug("ignoring header %r", key)
        return
    fields.setdefault(field, _Field(value.strip(), line_number, line))


def _markdown_title(line: str) -> str | None:
    title = _ATX_CLOSE.sub("", _ATX_OPEN.sub("", line)).strip()
    return title or None

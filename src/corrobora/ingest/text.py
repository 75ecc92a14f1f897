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
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..errors import IngestError
from ..model import Article
from .meta import field_name, first_line, make_article, parse_published

logger = logging.getLogger(__name__)

NO_BODY = "no article text after the header lines"

_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 _-]{0,40}?)[ \t]*:[ \t]*(.*?)\s*")
_FENCES = ("---", "...")
_ATX_OPEN = re.compile(r"^#{1,6}\s+")
_ATX_CLOSE = re.compile(r"\s+#+\s*$")


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
    title = _value(fields, "title")
    if title is None and markdown:
        title = _markdown_title(first_line(body))
    return make_article(
        body,
        path=name,
        title=title,
        outlet=_value(fields, "outlet"),
        url=_value(fields, "url"),
        published=published,
        language=_value(fields, "language"),
    )


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

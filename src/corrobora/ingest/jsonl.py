"""JSON Lines (one article object per line) and JSON files (one object or a list of them).

Each object needs ``text`` or ``html`` (a string); ``title``, ``url``, ``outlet``,
``published`` (ISO 8601 or a common written date) and ``language`` are optional strings
(or null), and the aliases of :func:`corrobora.ingest.meta.field_name` work too; other
keys are ignored. When both ``text`` and ``html`` are given, ``text`` is the article
text and the page only adds metadata the object lacks. A bad record becomes an
:class:`~corrobora.errors.IngestError` named ``file:line`` (JSON Lines) or ``file#n``
(the n-th object of a JSON list) and the other records are still read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from ..errors import IngestError
from ..model import Article
from .decode import normalize_newlines
from .html import extract_html
from .meta import FIELDS, field_name, make_article, parse_published

_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


class _ExtraData(IngestError):
    """Valid JSON followed by more values: the text may be JSON Lines."""


def parse_jsonl(text: str, *, name: str) -> Iterator[Article | IngestError]:
    """Yield an Article or an IngestError for every non-blank line of a JSON Lines file.

    Args:
        text: the file's text, decoded and with newlines normalized.
        name: the file's path; articles and errors are named ``name:line``.
    """
    line_number = 0
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end]
        pos = end + 1
        line_number += 1
        if not line.strip():
            continue
        where = f"{name}:{line_number}"
        try:
            yield record_to_article(_load(line, where), path=where, source_name=name)
        except IngestError as error:
            yield error


def parse_json(text: str, *, name: str) -> Iterator[Article | IngestError]:
    """Yield the articles of a JSON file holding one article object or a list of them.

    A file holding one object per line (JSON Lines under a ``.json`` name) is read as
    JSON Lines.

    Args:
        text: the file's text, decoded and with newlines normalized.
        name: the file's path; items of a list are named ``name#1``, ``name#2``, ...

    Raises:
        IngestError: the file is not valid JSON, or neither an object nor a list.
    """
    try:
        data = _load(text, name)
    except _ExtraData:
        # More than one value: one object per line, a JSON Lines file named .json.
        yield from parse_jsonl(text, name=name)
        return
    if isinstance(data, dict):
        yield record_to_article(data, path=name, source_name=name)
        return
    if not isinstance(data, list):
        raise IngestError(name, f"expected an article object or a list, got {_kind(data)}")
    for number, item in enumerate(data, start=1):
        where = f"{name}#{number}"
        try:
            yield record_to_article(item, path=where, source_name=name)
        except IngestError as error:
            yield error


def record_to_article(record: object, *, path: str, source_name: str) -> Article:
    """Build an Article from one decoded JSON object.

    Args:
        record: the decoded JSON value (must be an object).
        path: where the record is (``file:line``), stored as ``Article.path``.
        source_name: the file it came from, whose stem is the last outlet fallback.

    Raises:
        IngestError: the record is not an object, lacks text, or has a bad field.
    """
    if not isinstance(record, dict):
        raise IngestError(path, f"expected an article object, got {_kind(record)}")
    fields = _fields(record, path)
    text = _string(record, "text", path)
    markup = _string(record, "html", path)
    published = _date(fields.get("published"), path)
    if text is not None and text.strip():
        body = normalize_newlines(text)
    elif markup is not None and markup.strip():
        page = extract_html(markup, name=path, url=fields.get("url"))
        body = page.text
        published = published or page.published
        declared = {
            "title": page.title,
            "outlet": page.outlet,
            "url": page.url,
            "language": page.language,
        }
        fields = {key: value for key, value in declared.items() if value} | fields
    elif text is None and markup is None:
        raise IngestError(path, "the record has no 'text' or 'html' field")
    else:
        raise IngestError(path, "the record's text is empty")
    return make_article(
        body,
        path=path,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        published=published,
        language=fields.get("language"),
        source_name=source_name,
    )


def _load(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        kind = _ExtraData if error.msg == "Extra data" else IngestError
        raise kind(where, f"invalid JSON ({_problem(error)})") from None
    except RecursionError:
        raise IngestError(where, "invalid JSON (nested too deeply)") from None
    except ValueError:
        # Python refuses to convert integers of more digits than its limit (CVE-2020-10735).
        limit = sys.get_int_max_str_digits()
        raise IngestError(where, f"invalid JSON (a number of more than {limit} digits)") from None


def _problem(error: json.JSONDecodeError) -> str:
    """What is wrong and where; a raw control character (a NUL...) is named as such."""
    place = f"at line {error.lineno} column {error.colno}"
    found = error.doc[error.pos : error.pos + 1]
    if found and (found < " " or found == "\x7f"):
        return f"control character U+{ord(found):04X} {place}"
    return f"{error.msg} {place}"


def _fields(record: Mapping[str, object], path: str) -> dict[str, str]:
    """Collect the metadata fields; an exact field name wins over its aliases.

    An exact field of the wrong type is an error; an alias of the wrong type (say a
    ``source`` object) is ignored, since other tools use those names for other things.
    """
    exact: dict[str, str] = {}
    aliased: dict[str, str] = {}
    for key, value in record.items():
        field = field_name(key)
        if field is None:
            continue
        if key in FIELDS:
            text = _string(record, key, path)
            if text is not None and text.strip():
                exact[field] = text.strip()
        elif isinstance(value, str) and value.strip():
            aliased.setdefault(field, value.strip())
    return aliased | exact


def _string(record: Mapping[str, object], key: str, path: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise IngestError(path, f"the field {key!r} must be a string, got {_kind(value)}")


def _date(value: str | None, path: str) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as error:
        raise IngestError(path, f"bad 'published' field: {error}") from None


def _kind(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)

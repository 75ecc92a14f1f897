"""Which stories a listing shows: :class:`StoryFilter` and the SQL that applies it.

A filter selects stories by period, outlet and words. The SQL is built here, from
constant fragments and ``?`` placeholders only (user text is never written into the
statement). Two SQL functions let the query compare times in UTC and text
case-insensitively beyond ASCII: :func:`register_functions` adds them to a SQLite
connection, and the PostgreSQL schema defines them in SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo

from dateutil import parser as date_parser

from corrobora.ordering import in_utc, utc
from corrobora.store.backend import SQLITE, Dialect

_UTC_TIME = "corrobora_utc_time"
"""SQL function: ISO time text -> fixed-width naive UTC text (sorts as text), or NULL."""
_CASEFOLD = "corrobora_casefold"
"""SQL function: text -> ``str.casefold`` of it."""

_SELECT = (
    "SELECT s.id, s.title, s.article_count, s.outlet_count, s.first_seen, s.last_seen"
    " FROM stories AS s"
)
_ORDER = " ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.id"
_ARTICLES_OF_STORY = (
    "EXISTS (SELECT 1 FROM story_articles AS sa JOIN articles AS a ON a.id = sa.article_id"
    " WHERE sa.story_id = s.id AND {condition})"
)

# Two defaults that differ in every field: a field the text leaves out shows up as a
# difference between the two parses, and the second one is the end of a given day.
_START_DEFAULT = datetime(2001, 1, 1)
_END_DEFAULT = datetime(2002, 2, 2, 23, 59, 59, 999_999)
_UTC_NAMES = frozenset({"UTC", "UT", "GMT", "Z"})
_FORMS = "write e.g. 2025-03-04, 2025-03-04T10:00 or 2025-03-04T10:00+02:00"


class _UnknownZone(ValueError):
    """A zone name other than UTC's; only numeric offsets are understood."""


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories to list; every criterion given must hold, none given lists all.

    Attributes:
        since: Keep stories whose period ``[first_seen, last_seen]`` ends at or after
            this time. Naive times are taken as UTC.
        until: Keep stories whose period starts at or before this time.
        outlets: Keep stories with at least one article from one of these outlets,
            compared case-insensitively (casefolded, surrounding spaces ignored).
        query: Keep stories where every whitespace-separated word of the query occurs,
            case-insensitively, in the story title or in the title or text of one of
            its articles (each word may come from a different article).
        limit: Return at most this many stories.

    Stories without any publication time are left out when ``since`` or ``until`` is
    given: they cannot be shown to fall in the period.
    """

    since: datetime | None = None
    until: datetime | None = None
    outlets: tuple[str, ...] = ()
    query: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.outlets, str):
            raise TypeError("outlets must be a tuple of outlet names, not one string")
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be 0 or more, not {self.limit}")
        since, until = self.since, self.until
        if since is not None and until is not None and utc(since) > utc(until):
            raise ValueError(f"since ({since.isoformat()}) is after until ({until.isoformat()})")

    @property
    def selective(self) -> bool:
        """True when some criterion may leave stories out (the limit is not one)."""
        return (
            self.since is not None
            or self.until is not None
            or bool(self.outlets)
            or bool(query_words(self.query))
        )


def query_words(query: str | None) -> tuple[str, ...]:
    """The distinct casefolded words of ``query``, split on whitespace, in order."""
    if query is None:
        return ()
    return tuple(dict.fromkeys(word.casefold() for word in query.split()))


def story_summary_sql(
    story_filter: StoryFilter, dialect: Dialect = SQLITE
) -> tuple[str, list[object]]:
    """Return the SELECT of story summary rows that ``story_filter`` keeps, and its values.

    Rows are ``id, title, article_count, outlet_count, first_seen, last_seen``, the most
    recently seen first, then by id. The statement uses the functions that
    :func:`register_functions` adds to a SQLite connection (PostgreSQL's schema has them).
    """
    conditions: list[str] = []
    values: list[object] = []
    if story_filter.since is not None:
        conditions.append(f"{_UTC_TIME}(coalesce(s.last_seen, s.first_seen)) >= ?")
        values.append(_utc_text(story_filter.since))
    if story_filter.until is not None:
        conditions.append(f"{_UTC_TIME}(coalesce(s.first_seen, s.last_seen)) <= ?")
        values.append(_utc_text(story_filter.until))
    if story_filter.outlets:
        outlets = list(dict.fromkeys(name.strip().casefold() for name in story_filter.outlets))
        marks = ", ".join("?" * len(outlets))
        conditions.append(
            _ARTICLES_OF_STORY.format(condition=f"{_CASEFOLD}(a.outlet) IN ({marks})")
        )
        values.extend(outlets)
    # The position function looks for the word as it is: "%", "_" and quotes need no
    # escaping. This matches any part of a word, so it scans every text (the full-text
    # index matches whole words only; see corrobora.store.search).
    for word in query_words(story_filter.query):
        title = dialect.contains_sql(f"{_CASEFOLD}(a.title)")
        text = dialect.contains_sql(f"{_CASEFOLD}(a.text)")
        in_articles = _ARTICLES_OF_STORY.format(condition=f"({title} OR {text})")
        story_title = dialect.contains_sql(f"{_CASEFOLD}(s.title)")
        conditions.append(f"({story_title} OR {in_articles})")
        values.extend((word, word, word))
    sql = _SELECT
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += _ORDER
    if story_filter.limit is not None:
        sql += " LIMIT ?"
        values.append(story_filter.limit)
    return sql, values


def register_functions(db: sqlite3.Connection) -> None:
    """Add the SQL functions :func:`story_summary_sql` uses to ``db`` (harmless twice)."""
    db.create_function(_UTC_TIME, 1, _sql_utc_time, deterministic=True)
    db.create_function(_CASEFOLD, 1, _sql_casefold, deterministic=True)


def _utc_text(moment: datetime) -> str:
    """Fixed-width naive UTC ISO text of ``moment`` (naive means UTC): sorts as text."""
    return in_utc(moment).replace(tzinfo=None).isoformat(timespec="microseconds")


def _sql_utc_time(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    try:
        return _utc_text(datetime.fromisoformat(text))
    except ValueError:
        return None


def _sql_casefold(text: object) -> str | None:
    return text.casefold() if isinstance(text, str) else None


def parse_time_bound(text: str, *, end_of_day: bool = False) -> datetime:
    """Read a time given by a user as a filter bound; a time without offset is UTC.

    Accepts ISO 8601 (``2025-03-04``, ``2025-03-04T10:00``, ``2025-03-04T10:00+02:00``,
    ``2025-03-04T10:00Z``) and common written forms (``March 4, 2025``; an ambiguous
    numeric date such as ``03/04/2025`` is read month first). Year, month and day must
    all be given. A date without a time means the start of that day, or its last
    microsecond when ``end_of_day`` is true (for an upper bound). The only zone names
    understood are UTC and GMT; other zones must be written as offsets. A time that an
    offset moves before the first or after the last day of the calendar is that first or
    last moment in UTC.

    Raises:
        ValueError: The text is not a complete date; the message says why.
    """
    stripped = text.strip()
    if not stripped:
        raise ValueError("the date is empty")
    try:
        start = date_parser.parse(stripped, default=_START_DEFAULT, tzinfos=_zone)
        end = date_parser.parse(stripped, default=_END_DEFAULT, tzinfos=_zone)
    except _UnknownZone as error:
        raise ValueError(f"{stripped!r}: {error}") from None
    except (ValueError, OverflowError) as error:
        raise ValueError(f"cannot read {stripped!r} as a date ({error}); {_FORMS}") from None
    if start.date() != end.date():
        raise ValueError(f"{stripped!r} lacks a year, month or day; {_FORMS}")
    date_only = start.time() == time() and end.time() == _END_DEFAULT.time()
    chosen = end if date_only and end_of_day else start
    offset = chosen.utcoffset()
    if offset is None:
        return chosen.replace(tzinfo=UTC)
    bound = chosen.replace(tzinfo=timezone(offset))
    try:
        bound.astimezone(UTC)
    except OverflowError:  # an offset takes it past the first or last day of the calendar
        return (datetime.min if bound.year == 1 else datetime.max).replace(tzinfo=UTC)
    return bound


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """Resolve a parsed zone for dateutil, never from the machine's local zone."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    if name.upper() in _UTC_NAMES:
        return UTC
    raise _UnknownZone(f"unknown time zone {name!r}; write an offset such as +02:00")

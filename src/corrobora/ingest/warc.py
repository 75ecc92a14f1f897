"""WARC and WARC.gz web archives to articles; the only module that imports fastwarc.

Each ``response`` record holding an HTTP 200 response with an HTML body becomes an
Article: text and metadata from the page (see :mod:`corrobora.ingest.html`), the URL
from ``WARC-Target-URI``, the publication date from the page's markup or else the
record's ``WARC-Date``, the charset from the HTTP ``Content-Type``, then the page's
``<meta charset>``, then detection. Other records (``request``, ``metadata``,
``warcinfo``, redirects, errors, images...) are passed over and counted by reason.

Building an article (decoding the body, extracting the page's text) costs far more
than reading its record. A reader may therefore defer it: with ``defer=True`` each
intact response comes out as an :class:`ArchivedPage`, which :func:`build_page` turns
into its article later, on whichever worker the engine picks.

Files are read as a stream, record by record, so an archive may be far larger than
memory; the size limit applies to each record. Both plain WARC files and files of
gzip members (one per record, as Common Crawl writes them) are read. A damaged record
(cut short, a ``Content-Length`` that does not match its data, bytes that are not a
record) becomes one :class:`~corrobora.errors.IngestError` named ``file@offset`` with
the record's number, and reading goes on at the next record found after the damage.
A file holding no record at all (empty, or only white space) is one error, ``empty
file``, as for every other format.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from ..errors import IngestError
from ..model import Article
from .decode import EMPTY, charset_label, declared_charset, decode_bytes, normalize_newlines
from .html import extract_html
from .httpmsg import HttpError, parse_response
from .meta import make_article, parse_published
from .warcframe import CUT, MAX_HEADER, Framing, GzipStream

logger = logging.getLogger(__name__)

NOT_RESPONSE = "WARC record that is not a response"
NOT_HTTP = "WARC response that is not HTTP"
NOT_OK = "HTTP status other than 200"
NOT_HTML = "response that is not HTML"

_DIGESTS = frozenset({"sha1", "sha256", "sha512", "md5"})


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """An intact HTTP response record whose article is not built yet.

    Attributes:
        block: the record's block: status line, HTTP header fields and body.
        where: names the article and its errors (``file@offset`` or ``file#number``).
        number: the record's number in its file.
        uri: the record's ``WARC-Target-URI``.
        date: the record's ``WARC-Date``, the fallback publication date.
        source_name: the file the record came from.
        max_bytes: a body that decompresses to more than this is refused.
    """

    block: bytes
    where: str
    number: int
    uri: str | None
    date: str | None
    source_name: str
    max_bytes: int

    def error(self, cause: str) -> IngestError:
        """An error about this record, named like every other record error."""
        return record_error(self.where, self.number, cause, self.uri)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A response passed over on purpose (not an HTML page with status 200), and why."""

    reason: str


def build_page(page: ArchivedPage) -> Article | IngestError | Skipped:
    """Build the article of an archived response; never raises.

    Returns:
        The article; :class:`Skipped` for a response that is not a 200 HTML page; an
        IngestError naming the record when it cannot be parsed, decoded or holds no
        text, or when extraction fails in any other way.
    """
    skipped: Counter[str] = Counter()
    try:
        article = response_article(
            page.block,
            where=page.where,
            uri=page.uri,
            date=page.date,
            source_name=page.source_name,
            max_bytes=page.max_bytes,
            skipped=skipped,
        )
    except IngestError as error:
        return page.error(error.cause)
    except Exception as error:  # hostile pages must cost one error, not the run
        logger.debug("building %s failed", page.where, exc_info=True)
        return page.error(f"the page cannot be read ({type(error).__name__})")
    if article is None:
        (reason,) = skipped
        return Skipped(reason)
    return article


def build_item(item: Article | ArchivedPage | IngestError) -> Article | IngestError | Skipped:
    """Build ``item`` when it is an archived page; anything else is returned as it is."""
    return build_page(item) if isinstance(item, ArchivedPage) else item


def record_error(where: str, number: int, cause: str, uri: str | None = None) -> IngestError:
    """An error naming the record (``where``), its number and its URL if known."""
    about = f"record {number} ({uri})" if uri else f"record {number}"
    return IngestError(where, f"{about}: {cause}")


_Items = Generator[Article | ArchivedPage | IngestError, None, int | None]


@dataclass(frozen=True, slots=True)
class _Record:
    """One record as read: where it is, what it is, and its block (or why not)."""

    number: int
    offset: int
    uri: str | None = None
    date: str | None = None
    skip: str | None = None
    block: bytes = b""
    problem: str | None = None


def read_warc(
    stream: BinaryIO,
    *,
    name: str,
    max_bytes: int,
    skipped: Counter[str] | None = None,
    defer: bool = False,
) -> Iterator[Article | ArchivedPage | IngestError]:
    """Yield an Article for each HTML page of a WARC file and an error per damaged record.

    Args:
        stream: the file, opened in binary mode; it must be seekable.
        name: the file's path; articles and errors are named ``name@offset``.
        max_bytes: a record (or its decompressed body) larger than this is an error.
        skipped: counts the records passed over on purpose, by reason.
        defer: yield an :class:`ArchivedPage` for each intact HTTP response instead of
            its article (the responses that are no 200 HTML page are then not counted
            here but by whoever builds them).
    """
    counts = Counter() if skipped is None else skipped
    reader = _WarcReader(stream, name, max_bytes, counts, defer=defer)
    position: int | None = 0
    while position is not None:
        position = yield from reader.segment(position)
    if reader.number == 0:
        # Nothing but white space (or nothing at all): no record, no damage to report.
        yield IngestError(name, EMPTY)
    if reader.skipped:
        logger.debug("%s: records passed over: %s", name, dict(reader.skipped))


def response_article(
    block: bytes,
    *,
    where: str,
    uri: str | None,
    date: str | None,
    source_name: str,
    max_bytes: int,
    skipped: Counter[str],
) -> Article | None:
    """Build the Article of one archived HTTP response (the block of a response record).

    Args:
        block: the record's block: status line, HTTP header fields and body.
        where: names the article and errors (``file@offset``).
        uri: the record's ``WARC-Target-URI``.
        date: the record's ``WARC-Date``, the fallback publication date.
        source_name: the file the record came from.
        max_bytes: a body that decompresses to more than this is refused.
        skipped: counts the responses that are not a 200 HTML page (None is returned).

    Raises:
        IngestError: the response cannot be parsed, decoded, or holds no text.
    """
    uri = _target_uri(uri)
    try:
        response = parse_response(block, max_bytes=max_bytes)
    except HttpError as error:
        raise IngestError(where, f"bad HTTP response: {error}") from None
    if response.status != 200:
        skipped[NOT_OK] += 1
        return None
    if not response.is_html():
        skipped[NOT_HTML] += 1
        return None
    charset = response.charset
    declared = charset_label(charset) if charset else declared_charset(response.body)
    markup = normalize_newlines(decode_bytes(response.body, where, declared=declared))
    page = extract_html(markup, name=where, url=uri)
    return make_article(
        page.text,
        path=where,
        title=page.title,
        outlet=page.outlet,
        url=uri or page.url,
        published=page.published or _warc_date(date),
        language=page.language,
        source_name=source_name,
    )


class _WarcReader:
    """One pass over a WARC file: record numbers, skip counts, and recovery after damage."""

    def __init__(
        self, stream: BinaryIO, name: str, max_bytes: int, skipped: Counter[str], *, defer: bool
    ):
        self.framing = Framing(stream, max_bytes)
        self.stream = self.framing.stream
        self.name = name
        self.max_bytes = max_bytes
        self.skipped = skipped
        self.number = 0
        self.defer = defer
        # Offsets locate records in plain files and in files of one gzip member per
        # record. A file that is one gzip stream is read as the plain WARC inside it;
        # its records are named by number, since those offsets are not the file's.
        self.numbered = self.framing.one_stream

    def segment(self, start: int) -> _Items:
        """Read records from ``start`` until the end or damage; return where to go on."""
        self.stream.seek(start)
        records = iter(ArchiveIterator(self.stream, parse_http=False, fsspec_args=False))
        pending: _Record | None = None
        while True:
            try:
                record = next(records)
            except StopIteration:
                return (yield from self.finish(pending, start))
            except OSError as error:
                return (yield from self.recover(pending, start, str(error)))
            self.number += 1
            offset = record.stream_pos
            try:
                current = self.take(record, offset)
            except OSError as error:
                if pending is not None:
                    yield from self.emit(pending)
                yield self.error(offset, self.number, f"cannot be read ({error})")
                return self.framing.resume(offset + 1)
            # A record is emitted only once the next one has been found where it ends,
            # so one whose Content-Length lies never yields a garbled article.
            if pending is not None:
                yield from self.emit(pending)
            pending = current

    def take(self, record: WarcRecord, offset: int) -> _Record:
        """Read one record's headers and, for a response, its block."""
        headers = record.headers
        uri = _target_uri(headers.get("WARC-Target-URI"))
        base = _Record(self.number, offset, uri=uri, date=headers.get("WARC-Date"))
        kind = record.record_type
        if kind == WarcRecordType.unknown or kind == WarcRecordType.no_type:
            found = headers.get("WARC-Type")
            unknown = f"unknown WARC-Type {found!r}" if found else "no WARC-Type"
            return replace(base, problem=unknown)
        if kind != WarcRecordType.response:
            return replace(base, skip=NOT_RESPONSE)
        length = record.content_length
        if length > self.max_bytes:
            return replace(base, problem=f"record too large ({length} bytes > the limit)")
        block = record.reader.read()
        if len(block) != length:
            return replace(
                base, problem=f"truncated record ({len(block)} of {length} bytes present)"
            )
        # fastwarc tolerates a few bytes too many or too few before the next record;
        # checking each response's framing keeps such damage out of the text. (Inside one
        # gzip stream the check would decompress from the start again: the stream's own
        # checksum guards it instead.)
        problem = None if self.numbered else self.framing.checked(offset).problem
        if problem is not None:
            return replace(base, problem=problem)
        if not _digest_matches(headers.get("WARC-Block-Digest"), block):
            return replace(base, problem="the block does not match its WARC-Block-Digest")
        # The block itself tells an HTTP response (a damaged Content-Type must not hide one).
        if not (record.is_http or block.startswith(b"HTTP/")):
            return replace(base, skip=NOT_HTTP)
        return replace(base, block=block)

    def emit(self, record: _Record) -> Iterator[Article | ArchivedPage | IngestError]:
        """Turn one intact record into an article (or a page), a skip count or an error."""
        if record.skip is not None:
            self.skipped[record.skip] += 1
        elif record.problem is not None:
            yield self.error(record.offset, record.number, record.problem, record.uri)
        else:
            page = ArchivedPage(
                record.block,
                where=self.where(record.offset, record.number),
                number=record.number,
                uri=record.uri,
                date=record.date,
                source_name=self.name,
                max_bytes=self.max_bytes,
            )
            if self.defer:
                yield page
                return
            built = build_page(page)
            if isinstance(built, Skipped):
                self.skipped[built.reason] += 1
            else:
                yield built

    def finish(self, pending: _Record | None, start: int) -> _Items:
        """At the reader's end: check the last record, and that nothing is left after it.

        fastwarc stops without an error on a file cut inside a record's header.
        """
        if isinstance(self.stream, GzipStream):
            # One gzip stream: its end tells whether it was cut (no going back to check).
            if pending is not None:
                yield from self.emit(pending)
            if self.stream.damage and (pending is None or pending.problem is None):
                self.number += 1
                yield self.error(start, self.number, f"{CUT}: {self.stream.damage}")
            return None
        end = start
        if pending is not None:
            frame = self.framing.frame(pending.offset)
            if frame.problem is not None:
                # The reader may have stopped only because a lying Content-Length sent it
                # past the end (a record "too large"): the records after it are looked for.
                if pending.problem is None:
                    yield self.error(pending.offset, pending.number, frame.problem, pending.uri)
                else:
                    yield from self.emit(pending)
                return self.framing.resume(pending.offset + 1)
            yield from self.emit(pending)
            if frame.end is None:
                return None
            end = frame.end
        self.stream.seek(end)
        rest = self.stream.read(MAX_HEADER)
        if rest.strip(b"\r\n\x00 \t"):
            self.number += 1
            yield self.error(end, self.number, CUT)
            return self.framing.resume(end + 1)
        return None

    def recover(self, pending: _Record | None, start: int, cause: str) -> _Items:
        """After the reader stopped on bad bytes: blame the right record, find the next one."""
        if pending is None:
            self.number += 1
            yield self.error(start, self.number, f"not a WARC record ({cause})")
            return self.framing.resume(start + 1)
        frame = self.framing.frame(pending.offset)
        if frame.problem is not None:
            yield self.error(pending.offset, pending.number, frame.problem, pending.uri)
            return self.framing.resume(pending.offset + 1)
        if frame.end is None:
            # A gzip member holding several records cannot be checked record by record:
            # drop the record rather than risk a garbled article.
            yield self.error(
                pending.offset,
                pending.number,
                f"this record or the next is damaged ({cause}); the rest of the gzip "
                "member cannot be read",
                pending.uri,
            )
            return self.framing.resume(pending.offset + 1)
        yield from self.emit(pending)
        self.number += 1
        yield self.error(frame.end, self.number, f"not a readable WARC record ({cause})")
        return self.framing.resume(frame.end + 1)

    def where(self, offset: int, number: int) -> str:
        """Name a record: ``file@offset``, or ``file#number`` inside one gzip stream."""
        return f"{self.name}#{number}" if self.numbered else f"{self.name}@{offset}"

    def error(self, offset: int, number: int, cause: str, uri: str | None = None) -> IngestError:
        """An error naming the file, the record's offset and number, and its URL if known."""
        return record_error(self.where(offset, number), number, cause, uri)


def _digest_matches(declared: str | None, block: bytes) -> bool:
    """False when ``declared`` (``sha1:BASE32``, or hex) names a digest the block lacks.

    An absent digest, or one of an algorithm not known here, is not checked.
    """
    if not declared or ":" not in declared:
        return True
    algorithm, _, value = declared.strip().partition(":")
    name = algorithm.strip().lower().replace("-", "")
    if name not in _DIGESTS:
        return True
    digest = hashlib.new(name, block).digest()
    value = value.strip()
    if value.lower() == digest.hex():
        return True
    return value.upper().rstrip("=") == base64.b32encode(digest).decode("ascii").rstrip("=")


def _target_uri(value: str | None) -> str | None:
    """The record's URL; WARC 1.0 writers sometimes wrap it in angle brackets."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value or None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        logger.debug("ignoring unreadable WARC-Date %r", value)
        return None

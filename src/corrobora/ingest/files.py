"""Reading inputs: size limits, the folder walk, dispatch by extension, and URLs.

Folders are walked recursively in name order (a sub-folder is read where its name falls
among the files), skipping hidden entries (names starting with ``.``) and files whose
extension no reader handles (counted as passed over, with entries that are no regular
file, such as named pipes). A file reached twice (named twice, or through a symbolic
link) is read once. Each bad input becomes an :class:`~corrobora.errors.IngestError`
value in the stream instead of stopping it. Inputs named by fsspec URLs (object stores
and other file systems) are read the same way through :mod:`.filesystems`.

Nothing is downloaded unless the caller passes :class:`~corrobora.ingest.fetch.FetchOptions`:
then URLs given as inputs, the URLs of ``.urls`` files and the pages of feed entries
that carry only a link are fetched; without them each is an error saying so.
"""

from __future__ import annotations

import io
import logging
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path, PurePath

from ..errors import IngestError
from ..model import Article
from .decode import declared_charset, decode_bytes, normalize_newlines
from .feeds import FeedLink, parse_feed
from .fetch import Fetcher, FetchOptions
from .filesystems import RemoteFile, fs_reason, is_fs_url, list_files, local_path, open_stream
from .filesystems import read_bytes as read_remote
from .html import parse_html
from .jsonl import parse_json, parse_jsonl
from .meta import shown_path
from .remote import read_link, read_url
from .text import parse_text
from .urls import NOT_FETCHED, ListedUrl, is_url, parse_url_list
from .warc import ArchivedPage, Skipped, build_item, read_warc

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
"""Files larger than this (20 MB) are refused unless the caller raises the limit."""

OTHER_TYPE = "file in a folder of a type not read"
"""Why a file met in a folder walk was passed over: no reader for its extension."""
NOT_REGULAR = "not a regular file (named pipe, socket or device) in a folder"
"""Why an entry met in a folder walk was passed over: reading it could block or never end."""


class Format(StrEnum):
    """The input formats, chosen by file extension."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    FEED = "feed"
    WARC = "warc"
    URLS = "urls"


Read = Article | ArchivedPage | IngestError
"""What :func:`read_inputs_deferred` yields."""
_Item = Read | FeedLink | ListedUrl

_SUFFIXES = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".json": Format.JSON,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".xml": Format.FEED,
    ".warc": Format.WARC,
    ".warc.gz": Format.WARC,
    ".urls": Format.URLS,
}
# Read when named on their own, but not picked up in folders: many XML files are no feeds.
_NAMED_ONLY = frozenset({".xml"})
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(_SUFFIXES))
"""File extensions corrobora reads (matched case-insensitively); ``.xml`` files are read
as feeds only when named, not when found in a folder."""


def format_of(name: str | PurePath) -> Format | None:
    """Return the format a file name's extension selects, or None when unsupported."""
    return _SUFFIXES.get(_suffix(name))


def _named_part(name: str | PurePath) -> str:
    """The part of a name that names the file: in a chained URL, its first URL.

    ``zip://story.txt::file:///a.zip`` names ``story.txt`` inside the archive, and
    ``simplecache::s3://bucket/a.rss`` names ``a.rss``.
    """
    text = str(name)
    if "::" not in text:
        return text
    return next((part for part in text.split("::") if "://" in part), text)


def _suffix(name: str | PurePath) -> str:
    path = PurePath(_named_part(name))
    suffix = path.suffix.lower()
    if suffix == ".gz" and path.stem.lower().endswith(".warc"):
        return ".warc.gz"
    return suffix


def read_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: FetchOptions | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Article | IngestError]:
    """Lazily read articles from files, folders and (when allowed) URLs.

    Args:
        paths: files, folders, fsspec URLs of files, folders or patterns (``s3://...``,
            ``memory://...``; see :mod:`corrobora.ingest.filesystems`) and http(s) URLs;
            folders are walked recursively (see the module doc).
        max_bytes: files (WARC files: records) and downloads larger than this are
            refused with an IngestError.
        fetch: download URLs under these options; None downloads nothing.
        skipped: counts the inputs passed over on purpose (WARC records that are no
            HTML page, for instance), by reason.

    Yields:
        An Article for each article read, and an IngestError (not raised) for each
        input, record, entry, line or list item that cannot be read.

    Raises:
        ValueError: ``max_bytes`` is not a positive integer.
    """
    counts: Counter[str] = Counter() if skipped is None else skipped
    yield from _built(
        read_inputs_deferred(paths, max_bytes=max_bytes, fetch=fetch, skipped=counts), counts
    )


def read_inputs_deferred(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: FetchOptions | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Read]:
    """:func:`read_inputs`, but the pages of WARC files come out unbuilt.

    Each intact HTTP response of a WARC file is yielded as an
    :class:`~corrobora.ingest.warc.ArchivedPage`, to be built with
    :func:`~corrobora.ingest.warc.build_page` where it suits the caller (on a worker:
    decoding and extracting a page costs far more than reading it). Everything else is
    as :func:`read_inputs` yields it.

    Raises:
        ValueError: ``max_bytes`` is not a positive integer.
    """
    _check_limit(max_bytes)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    walk = _Walk(max_bytes, fetch, Counter() if skipped is None else skipped, defer=True)
    try:
        for path in paths:
            yield from map(_shown, walk.path(os.fspath(path), explicit=True))
    finally:
        walk.close()


def _built(items: Iterable[Read], skipped: Counter[str]) -> Iterator[Article | IngestError]:
    """Build the archived pages among ``items`` here; count those passed over in ``skipped``."""
    for outcome in map(build_item, items):
        if isinstance(outcome, Skipped):
            skipped[outcome.reason] += 1
        else:
            yield outcome


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read the articles of one file (several for JSON Lines and JSON lists).

    Args:
        path: the file.
        max_bytes: files larger than this are refused.

    Returns:
        The file's articles, in file order.

    Raises:
        IngestError: the file, or any of its records, cannot be read (the first problem).
        ValueError: ``max_bytes`` is not a positive integer.
    """
    _check_limit(max_bytes)
    name = os.fspath(path)
    if os.path.isdir(name):
        raise IngestError(shown_path(name), "is a folder, not a file")
    articles: list[Article] = []
    skipped: Counter[str] = Counter()
    for item in _built(
        map(_shown, _Walk(max_bytes, None, skipped).path(name, explicit=True)), skipped
    ):
        if isinstance(item, IngestError):
            raise item
        articles.append(item)
    return articles


def parse_document(data: bytes, name: str) -> Iterator[Article | IngestError]:
    """Parse one file's bytes, choosing the reader by the extension of ``name``.

    Useful for bytes that do not come from the local disk (an upload, a download).
    Nothing is downloaded: the URLs of a ``.urls`` file and feed entries that carry only
    a link come back as errors saying so.

    Args:
        data: the file's content.
        name: the file's name or path; it picks the format, is the stem fallback for
            the outlet, and names the articles and errors.

    Yields:
        Articles, and IngestError values for what cannot be read.
    """
    walk = _Walk(DEFAULT_MAX_BYTES, None, Counter())
    for item in _parse(data, name, walk.max_bytes, walk.skipped):
        yield from _built(map(_shown, walk.resolve(item)), walk.skipped)


def _shown(item: Read) -> Read:
    """``item``, with the non-UTF-8 bytes of a file name in an error written as ``\\xff``.

    Such bytes come as lone surrogates, which strict UTF-8 output refuses.
    """
    if not isinstance(item, IngestError):
        return item
    path, cause = shown_path(item.path), shown_path(item.cause)
    return item if (path, cause) == (item.path, item.cause) else IngestError(path, cause)


def _parse(data: bytes, name: str, max_bytes: int, skipped: Counter[str]) -> Iterator[_Item]:
    """Parse one file's bytes by its extension, yielding links and URLs for the caller."""
    name = shown_path(name)  # names the articles: surrogate escapes cannot be stored
    kind = format_of(name)
    if kind is None:
        yield IngestError(name, _unsupported(name))
        return
    try:
        if kind is Format.WARC:
            yield from read_warc(io.BytesIO(data), name=name, max_bytes=max_bytes, skipped=skipped)
            return
        if kind is Format.FEED:
            yield from parse_feed(data, name=name)
            return
        declared = declared_charset(data) if kind is Format.HTML else None
        lines = kind is Format.JSONL
        text = normalize_newlines(decode_bytes(data, name, declared=declared, lines=lines))
        if kind is Format.TEXT or kind is Format.MARKDOWN:
            yield parse_text(text, name=name, markdown=kind is Format.MARKDOWN)
        elif kind is Format.HTML:
            yield parse_html(text, name=name)
        elif kind is Format.JSONL:
            yield from parse_jsonl(text, name=name)
        elif kind is Format.URLS:
            yield from parse_url_list(text, name=name)
        else:
            yield from parse_json(text, name=name)
    except IngestError as error:
        yield error


class _Walk:
    """One traversal: the limits, the downloader, and the files and folders visited."""

    def __init__(
        self,
        max_bytes: int,
        fetch: FetchOptions | None,
        skipped: Counter[str],
        *,
        defer: bool = False,
    ) -> None:
        self.max_bytes = max_bytes
        self.defer = defer
        self.fetch = fetch
        self.skipped = skipped
        self.fetcher: Fetcher | None = None
        self.seen_files: set[str] = set()
        self.seen_dirs: set[str] = set()
        self.seen_urls: set[str] = set()

    def close(self) -> None:
        """Release the downloader, if one was opened."""
        if self.fetcher is not None:
            self.fetcher.close()
            self.fetcher = None

    def downloader(self) -> Fetcher | None:
        """The downloader (opened on first use), or None when downloading is not allowed."""
        if self.fetch is None:
            return None
        if self.fetcher is None:
            self.fetcher = Fetcher(self.fetch, max_bytes=self.max_bytes)
        return self.fetcher

    def resolve(self, item: _Item) -> Iterator[Read]:
        """Pass articles and errors on; download listed URLs and text-less feed entries."""
        if isinstance(item, Article | ArchivedPage | IngestError):
            yield item
            return
        fetcher = self.downloader()
        if isinstance(item, FeedLink):
            if fetcher is None:
                yield IngestError(
                    item.where, f"the entry has no text, only a link to {item.url}; {NOT_FETCHED}"
                )
            else:
                yield read_link(fetcher, item)
        elif fetcher is None:
            yield IngestError(item.where, f"{item.url} was not downloaded: {NOT_FETCHED}")
        else:
            yield from self.url(item.url, where=item.where)

    def url(self, url: str, *, where: str) -> Iterator[Read]:
        """Download a URL once and read what it holds."""
        fetcher = self.downloader()
        if fetcher is None:
            yield IngestError(where, f"not downloaded: {NOT_FETCHED}")
            return
        if url in self.seen_urls:
            logger.debug("skipping %s: already read", url)
            return
        self.seen_urls.add(url)
        for item in read_url(fetcher, url, where=where):
            yield from self.resolve(item)

    def path(self, name: str, *, explicit: bool) -> Iterator[Read]:
        """Read a file, walk a folder or download a URL; ``explicit`` when the caller named it."""
        if explicit and is_url(name):
            yield from self.url(name.strip(), where=name.strip())
            return
        if explicit and is_fs_url(name):
            yield from self.remote(name)
            return
        try:
            info = os.stat(name)
        except OSError as error:
            yield IngestError(name, os_reason(error))
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self.folder(name)
        elif not stat.S_ISREG(info.st_mode):
            if explicit:
                yield IngestError(name, "not a regular file")
            else:
                logger.debug("skipping %s: not a regular file", name)
                self.skipped[NOT_REGULAR] += 1
        elif explicit and format_of(name) is None:
            yield IngestError(name, _unsupported(name))
        else:
            real = os.path.realpath(name)
            if real in self.seen_files:
                logger.debug("skipping %s: already read", name)
                return
            self.seen_files.add(real)
            yield from self.file(name, info.st_size)

    def folder(self, name: str) -> Iterator[Read]:
        """Walk a folder recursively in name order."""
        real = os.path.realpath(name)
        if real in self.seen_dirs:
            logger.debug("skipping %s: folder already walked", name)
            return
        self.seen_dirs.add(real)
        try:
            with os.scandir(name) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield IngestError(name, os_reason(error))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = os.path.join(name, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir and not self.kept(child):
                continue
            yield from self.path(child, explicit=False)

    def kept(self, name: str) -> bool:
        """Whether a file met in a folder walk is read; counts the ones passed over."""
        if _walked(os.path.basename(name.rstrip("/"))):
            return True
        logger.debug("skipping %s: unsupported file type", name)
        self.skipped[OTHER_TYPE] += 1
        return False

    def file(self, name: str, size: int) -> Iterator[Read]:
        """Read one regular file within the size limit and parse it."""
        if format_of(name) is Format.WARC:
            yield from self.warc(name)
            return
        if size > self.max_bytes:
            yield IngestError(name, _too_large(size, self.max_bytes))
            return
        try:
            with open(name, "rb") as stream:
                data = stream.read(self.max_bytes + 1)
        except OSError as error:
            yield IngestError(name, os_reason(error))
            return
        if len(data) > self.max_bytes:
            yield IngestError(
                name, f"file too large (more than the {_human(self.max_bytes)} limit)"
            )
            return
        for item in _parse(data, name, self.max_bytes, self.skipped):
            yield from self.resolve(item)

    def remote(self, url: str) -> Iterator[Read]:
        """Read the files an fsspec URL names (``file://`` URLs as local paths)."""
        local = local_path(url)
        if local is not None:
            yield from self.path(local, explicit=True)
            return
        for found in list_files(url, walked=self.kept):
            if isinstance(found, IngestError):
                yield found
            elif found.named and format_of(found.name) is None:
                yield IngestError(found.name, _unsupported(found.name))
            elif found.key in self.seen_files:
                logger.debug("skipping %s: already read", found.name)
            else:
                self.seen_files.add(found.key)
                yield from self.remote_file(found)

    def remote_file(self, found: RemoteFile) -> Iterator[Read]:
        """Read one file of a file system within the size limit (WARC: per record)."""
        if format_of(found.name) is Format.WARC:
            yield from self.remote_warc(found)
            return
        if found.size is not None and found.size > self.max_bytes:
            yield IngestError(found.name, _too_large(found.size, self.max_bytes))
            return
        data = read_remote(found, self.max_bytes)
        if isinstance(data, IngestError):
            yield data
        elif len(data) > self.max_bytes:
            yield IngestError(
                found.name, f"file too large (more than the {_human(self.max_bytes)} limit)"
            )
        else:
            for item in _parse(data, found.name, self.max_bytes, self.skipped):
                yield from self.resolve(item)

    def remote_warc(self, found: RemoteFile) -> Iterator[Read]:
        """Stream a WARC file from a file system record by record."""
        try:
            with open_stream(found) as stream:
                yield from read_warc(
                    stream,
                    name=shown_path(found.name),
                    max_bytes=self.max_bytes,
                    skipped=self.skipped,
                    defer=self.defer,
                )
        except Exception as error:  # each backend raises its own errors, mid-stream too
            logger.debug("reading %s failed", found.name, exc_info=True)
            yield IngestError(found.name, fs_reason(error))

    def warc(self, name: str) -> Iterator[Read]:
        """Stream a WARC file record by record: the size limit applies to each record."""
        try:
            with open(name, "rb") as stream:
                yield from read_warc(
                    stream,
                    name=shown_path(name),
                    max_bytes=self.max_bytes,
                    skipped=self.skipped,
                    defer=self.defer,
                )
        except OSError as error:
            yield IngestError(name, os_reason(error))


def os_reason(error: OSError) -> str:
    """Return the operating system's reason for ``error``, as a lower-case phrase."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    reason = error.strerror or "cannot be read"
    return reason[:1].lower() + reason[1:]


def _walked(name: str) -> bool:
    """Whether a file met in a folder walk is read: a supported format, not named-only."""
    return format_of(name) is not None and _suffix(name) not in _NAMED_ONLY


def _check_limit(max_bytes: int) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive integer, got {max_bytes!r}")


def _unsupported(name: str) -> str:
    suffix = PurePath(_named_part(name)).suffix
    found = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {found}; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_human(size)} > {_human(limit)} limit)"


def _human(size: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            return f"{size / scale:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{size} bytes"

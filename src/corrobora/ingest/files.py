"""Reading local files and folders: size limits, the folder walk, and dispatch by extension.

Folders are walked recursively in name order (a sub-folder is read where its name falls
among the files), skipping hidden entries (names starting with ``.``) and files whose
extension no reader handles. A file reached twice (named twice, or through a symbolic
link) is read once. Each bad input becomes an :class:`~corrobora.errors.IngestError`
value in the stream instead of stopping it.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path, PurePath

from ..errors import IngestError
from ..model import Article
from .decode import declared_charset, decode_bytes, normalize_newlines
from .html import parse_html
from .jsonl import parse_json, parse_jsonl
from .text import parse_text

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
"""Files larger than this (20 MB) are refused unless the caller raises the limit."""


class Format(StrEnum):
    """The input formats, chosen by file extension."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"


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
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(_SUFFIXES))
"""File extensions corrobora reads (matched case-insensitively)."""


def format_of(name: str | PurePath) -> Format | None:
    """Return the format a file name's extension selects, or None when unsupported."""
    return _SUFFIXES.get(PurePath(name).suffix.lower())


def read_inputs(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Lazily read articles from files and folders.

    Args:
        paths: files and folders; folders are walked recursively (see the module doc).
        max_bytes: files larger than this are refused with an IngestError.

    Yields:
        An Article for each article read, and an IngestError (not raised) for each
        input, JSON Lines line or JSON list item that cannot be read.

    Raises:
        ValueError: ``max_bytes`` is not a positive integer.
    """
    _check_limit(max_bytes)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    walk = _Walk(max_bytes)
    for path in paths:
        yield from walk.path(os.fspath(path), explicit=True)


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
        raise IngestError(name, "is a folder, not a file")
    articles: list[Article] = []
    for item in _Walk(max_bytes).path(name, explicit=True):
        if isinstance(item, IngestError):
            raise item
        articles.append(item)
    return articles


def parse_document(data: bytes, name: str) -> Iterator[Article | IngestError]:
    """Parse one file's bytes, choosing the reader by the extension of ``name``.

    Useful for bytes that do not come from the local disk (an upload, a download).

    Args:
        data: the file's content.
        name: the file's name or path; it picks the format, is the stem fallback for
            the outlet, and names the articles and errors.

    Yields:
        Articles, and IngestError values for what cannot be read.
    """
    kind = format_of(name)
    if kind is None:
        yield IngestError(name, _unsupported(name))
        return
    try:
        declared = declared_charset(data) if kind is Format.HTML else None
        text = normalize_newlines(decode_bytes(data, name, declared=declared))
        if kind is Format.TEXT or kind is Format.MARKDOWN:
            yield parse_text(text, name=name, markdown=kind is Format.MARKDOWN)
        elif kind is Format.HTML:
            yield parse_html(text, name=name)
        elif kind is Format.JSONL:
            yield from parse_jsonl(text, name=name)
        else:
            yield from parse_json(text, name=name)
    except IngestError as error:
        yield error


class _Walk:
    """One traversal: the size limit, and the files and folders already visited."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.seen_files: set[str] = set()
        self.seen_dirs: set[str] = set()

    def path(self, name: str, *, explicit: bool) -> Iterator[Article | IngestError]:
        """Read a file or walk a folder; ``explicit`` when the caller named it."""
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
        elif explicit and format_of(name) is None:
            yield IngestError(name, _unsupported(name))
        else:
            real = os.path.realpath(name)
            if real in self.seen_files:
                logger.debug("skipping %s: already read", name)
                return
            self.seen_files.add(real)
            yield from self.file(name, info.st_size)

    def folder(self, name: str) -> Iterator[Article | IngestError]:
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
            if not is_dir and format_of(entry.name) is None:
                logger.debug("skipping %s: unsupported file type", child)
                continue
            yield from self.path(child, explicit=False)

    def file(self, name: str, size: int) -> Iterator[Article | IngestError]:
        """Read one regular file within the size limit and parse it."""
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
        yield from parse_document(data, name)


def os_reason(error: OSError) -> str:
    """Return the operating system's reason for ``error``, as a lower-case phrase."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    reason = error.strerror or "cannot be read"
    return reason[:1].lower() + reason[1:]


def _check_limit(max_bytes: int) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive integer, got {max_bytes!r}")


def _unsupported(name: str) -> str:
    suffix = PurePath(name).suffix
    found = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {found}; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_human(size)} > {_human(limit)} limit)"


def _human(size: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            return f"{size / scale:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{size} bytes"

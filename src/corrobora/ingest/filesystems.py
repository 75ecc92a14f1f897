"""Inputs named by fsspec URLs (``s3://``, ``gs://``, ``memory://``...); the only fsspec user.

A URL whose protocol fsspec knows is read like a local path: a file by its extension, a
folder (a prefix, on object stores) walked recursively in name order, skipping hidden
entries and files no reader handles; a URL with glob characters (``*``, ``?``, ``[``)
reads every file it matches. ``file://`` and ``local://`` URLs name the local disk and
are handed back to the local walk, so they behave exactly as plain paths. ``http://`` and
``https://`` are never read through fsspec, not even inside a chained URL
(``simplecache::https://...``): downloads go through corrobora's own downloader, which
only runs with ``--fetch``. Each problem is one :class:`~corrobora.errors.IngestError`
naming the URL: an unknown protocol, a file system whose package is not installed (the
message names the package), a missing object, a refused permission.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import fsspec
from fsspec import AbstractFileSystem
from fsspec.core import split_protocol
from fsspec.implementations.local import LocalFileSystem

from ..errors import IngestError

logger = logging.getLogger(__name__)

_PROTOCOL = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_BARE_PROTOCOL = re.compile(r"^[a-z][a-z0-9+.-]*$", re.IGNORECASE)
_WEB = frozenset({"http", "https"})
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file found under a URL: its file system, its path there and its display name.

    ``named`` is True when the user named the file itself (not a folder or a pattern
    holding it), so an unsupported extension is an error rather than passed over.
    """

    fs: AbstractFileSystem
    path: str
    name: str
    size: int | None
    named: bool

    @property
    def key(self) -> str:
        """The file's full URL, to read each file once."""
        return str(self.fs.unstrip_protocol(self.path))


@dataclass(frozen=True, slots=True)
class _Located:
    fs: AbstractFileSystem
    path: str


def is_fs_url(text: str) -> bool:
    """True when an input is a URL (``proto://...`` or a chain ``a::b://...``), not a path."""
    text = text.strip()
    if _PROTOCOL.match(text):
        return True
    parts = text.split("::")
    return len(parts) > 1 and bool(_BARE_PROTOCOL.match(parts[0])) and "://" in text


def local_path(url: str) -> str | None:
    """The local path a ``file://`` or ``local://`` URL names; None for other URLs and patterns."""
    url = url.strip()
    if "::" in url:
        return None
    protocol, _ = split_protocol(url)
    if protocol not in ("file", "local"):
        return None
    fs, path = fsspec.url_to_fs(url)
    if not isinstance(fs, LocalFileSystem) or _GLOB.search(str(path)):
        return None  # a pattern is expanded by fsspec: the local walk takes paths only
    return str(path)


def list_files(url: str, *, walked: Callable[[str], bool]) -> Iterator[RemoteFile | IngestError]:
    """Yield the files a URL names: the file, a folder's files, or a pattern's matches.

    Args:
        url: the URL as the user gave it; files are named after it.
        walked: whether a file found in a folder or by a pattern is to be read, by name
            (the formats corrobora picks up in folders).

    Yields:
        Each file to read, in name order, and an IngestError for each problem.
    """
    url = url.strip()
    located = _locate(url)
    if isinstance(located, IngestError):
        yield located
        return
    fs, path = located.fs, located.path
    if _GLOB.search(path):
        yield from _matches(fs, path, url, walked)
        return
    try:
        info = fs.info(path)
    except Exception as error:  # each backend raises its own errors: report, go on
        yield IngestError(url, fs_reason(error))
        return
    if info.get("type") == "directory":
        yield from _folder(fs, path, url, walked, set())
    else:
        yield RemoteFile(fs, path, url, _size(info), named=True)


def read_bytes(file: RemoteFile, max_bytes: int) -> bytes | IngestError:
    """Up to ``max_bytes + 1`` bytes of the file (more than the limit shows it is too large).

    Returns an IngestError instead when the file cannot be read.
    """
    try:
        with cast(BinaryIO, file.fs.open(file.path, "rb")) as stream:
            return stream.read(max_bytes + 1)
    except Exception as error:  # each backend raises its own errors
        return IngestError(file.name, fs_reason(error))


def open_stream(file: RemoteFile) -> BinaryIO:
    """Open the file for seekable binary reading (a WARC reader jumps between records).

    Raises:
        Exception: whatever the file system raises; :func:`fs_reason` words it.
    """
    return cast(BinaryIO, file.fs.open(file.path, "rb"))


def fs_reason(error: BaseException) -> str:
    """Word a file system's error as a lower-case phrase, as for local files."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"cannot be read ({type(error).__name__}: {detail})" if detail else "cannot be read"


def _locate(url: str) -> _Located | IngestError:
    """The file system and path of a URL, or why it cannot be read."""
    protocols = [split_protocol(part)[0] or part for part in url.split("::")]
    web = [p for p in protocols if p.lower() in _WEB]
    if web:
        return IngestError(
            url,
            f"{web[0]}:// URLs are downloaded by corrobora itself (with --fetch), "
            "not read through fsspec",
        )
    for protocol in protocols:
        problem = _check_protocol(protocol)
        if problem is not None:
            return IngestError(url, problem)
    try:
        fs, path = fsspec.url_to_fs(url)
    except Exception as error:  # a backend that refuses its settings, credentials...
        return IngestError(url, f"cannot open the file system ({_first_line(error)})")
    return _Located(fs, str(path))


def _check_protocol(protocol: str) -> str | None:
    """Why fsspec cannot read ``protocol`` (unknown, or its package missing), or None."""
    try:
        fsspec.get_filesystem_class(protocol)
    except ValueError:
        return f"unknown protocol '{protocol}://' (fsspec knows no file system of that name)"
    except ImportError as error:
        package = _missing_package(error)
        if package is None:
            return f"the file system for {protocol}:// is not installed ({_first_line(error)})"
        return (
            f"reading {protocol}:// URLs needs the {package} package, which is not installed "
            f"(pip install {package})"
        )
    return None


def _missing_package(error: ImportError) -> str | None:
    """The top-level module whose absence caused ``error``, which names the package."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ModuleNotFoundError) and seen.name:
            return seen.name.split(".")[0]
        seen = seen.__cause__ or seen.__context__
    return None


def _matches(
    fs: AbstractFileSystem, pattern: str, url: str, walked: Callable[[str], bool]
) -> Iterator[RemoteFile | IngestError]:
    try:
        found = cast(dict[str, dict[str, Any]], fs.glob(pattern, detail=True))
    except ValueError as error:
        yield IngestError(url, f"invalid pattern ({_first_line(error)})")
        return
    except Exception as error:  # each backend raises its own errors
        yield IngestError(url, fs_reason(error))
        return
    magic = _GLOB.search(pattern)
    fixed = pattern[: magic.start()].rsplit("/", 1)[0] if magic else pattern
    files = sorted(
        (path, info)
        for path, info in found.items()
        if info.get("type") != "directory"
        and not _hidden(path.removeprefix(fixed))
        and walked(path)
    )
    if not files:
        yield IngestError(url, "no file matches the pattern")
        return
    for path, info in files:
        yield RemoteFile(fs, path, _display(fs, path, url, pattern), _size(info), named=False)


def _folder(
    fs: AbstractFileSystem,
    path: str,
    name: str,
    walked: Callable[[str], bool],
    seen: set[str],
) -> Iterator[RemoteFile | IngestError]:
    """Walk a folder recursively in name order, as the local walk does."""
    if path in seen:
        return
    seen.add(path)
    try:
        listing = cast(list[dict[str, Any]], fs.ls(path, detail=True))
    except Exception as error:  # each backend raises its own errors
        yield IngestError(name, fs_reason(error))
        return
    entries = sorted(listing, key=lambda entry: _base(str(entry["name"])))
    for entry in entries:
        child = str(entry["name"]).rstrip("/")
        base = _base(child)
        if not base or base.startswith(".") or child == path.rstrip("/"):
            continue
        child_name = _child_name(fs, name, base, child)
        if entry.get("type") == "directory":
            yield from _folder(fs, child, child_name, walked, seen)
        elif walked(base):
            yield RemoteFile(fs, child, child_name, _size(entry), named=False)


def _child_name(fs: AbstractFileSystem, parent: str, base: str, path: str) -> str:
    """Name a folder's entry after the URL the user gave (a chained URL: its full URL)."""
    if "::" in parent:
        return str(fs.unstrip_protocol(path))
    return f"{parent.rstrip('/')}/{base}"


def _display(fs: AbstractFileSystem, path: str, url: str, pattern: str) -> str:
    """Name a pattern's match: the URL's prefix up to the pattern, then the match's path."""
    stem = pattern.lstrip("/")
    if "::" not in url and url.endswith(stem):
        return url[: len(url) - len(stem)] + path.lstrip("/")
    return str(fs.unstrip_protocol(path))


def _base(path: str) -> str:
    return posixpath.basename(path.rstrip("/"))


def _hidden(path: str) -> bool:
    """Whether a path (below the pattern's fixed folder) passes through a hidden entry."""
    return any(part.startswith(".") for part in path.split("/") if part)


def _size(info: dict[str, Any]) -> int | None:
    size = info.get("size")
    return size if isinstance(size, int) else None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__

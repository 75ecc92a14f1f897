"""Lists of URLs to download: ``*.urls`` files, and URLs given as inputs.

A ``.urls`` file holds one ``http://`` or ``https://`` URL per line; blank lines and
lines starting with ``#`` are ignored. Each URL is a page or a feed to download, which
corrobora does only when fetching is allowed (``--fetch``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import IngestError

NOT_FETCHED = "corrobora downloads only when asked to (--fetch)"
_SCHEMES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class ListedUrl:
    """One URL of a list, and where it was listed (``file:line``)."""

    url: str
    where: str


def is_url(text: str) -> bool:
    """True when an input names an http(s) URL rather than a local path."""
    return text.strip().lower().startswith(_SCHEMES)


def parse_url_list(text: str, *, name: str) -> Iterator[ListedUrl | IngestError]:
    """Yield each URL of a ``.urls`` file, or an error for a line that is not one.

    Args:
        text: the file's text, decoded and with newlines normalized.
        name: the file's path; URLs and errors are named ``name:line``.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        where = f"{name}:{number}"
        if is_url(entry) and not any(c.isspace() for c in entry) and _has_host(entry):
            yield ListedUrl(entry, where)
        else:
            yield IngestError(where, f"not an http(s) URL: {entry[:80]!r}")


def _has_host(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:
        return False

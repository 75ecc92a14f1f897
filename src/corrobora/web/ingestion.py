"""Ingest through the web: uploads and pasted text handed to :func:`corrobora.api.ingest`.

They are written to a private temporary folder and ingested with the single writable
store.

Only a server started with ``--allow-ingest`` and a token accepts these requests.
Uploaded names are reduced to a safe base name (their extension picks the reader);
messages about unreadable inputs name the upload, never the server's folders.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import api
from ..settings import Settings
from .stores import StorePool

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]+")
_MAX_NAME = 80


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the client gave and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Pasted:
    """Article text pasted into the form, with optional metadata."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an ingest request did (see :class:`corrobora.api.IngestSummary`)."""

    read: int
    added: int
    already_stored: int
    stories: int
    articles: tuple[str, ...]
    story_ids: tuple[str, ...]
    errors: tuple[str, ...]


def safe_name(name: str, index: int) -> str:
    """Return a file name that cannot leave the folder: ``003-base_name.ext``."""
    base = _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip("._") or "upload"
    return f"{index:03d}-{base[-_MAX_NAME:]}"


def pasted_file(pasted: Pasted) -> str:
    """Return the pasted article as a ``.txt`` input: header lines, a blank line, the text."""
    headers = []
    for key, value in (
        ("Title", pasted.title),
        ("Outlet", pasted.outlet),
        ("URL", pasted.url),
        ("Published", pasted.published),
    ):
        flat = _LINE_BREAKS.sub(" ", value).strip()
        if flat:
            headers.append(f"{key}: {flat}")
    body = pasted.text.replace("\r\n", "\n")
    return "\n".join(headers) + "\n\n" + body if headers else body


def run_ingest(
    pool: StorePool, settings: Settings, uploads: Sequence[Upload], pasted: Pasted | None
) -> Outcome:
    """Store the uploads and the pasted article, update the stories, say what happened."""
    with tempfile.TemporaryDirectory(prefix="corrobora-upload-") as folder:
        root = Path(folder)
        paths = []
        for index, upload in enumerate(uploads, 1):
            path = root / safe_name(upload.name, index)
            path.write_bytes(upload.data)
            paths.append(path)
        if pasted is not None and pasted.text.strip():
            path = root / safe_name("pasted.txt", len(paths) + 1)
            path.write_text(pasted_file(pasted), encoding="utf-8")
            paths.append(path)
        with pool.writer() as store:
            summary = api.ingest(paths, store, settings)
            story_of = store.story_ids_by_article(summary.article_ids)
        prefix = f"{root}/"
        errors = tuple(str(error).replace(prefix, "") for error in summary.errors)
    story_ids = tuple(dict.fromkeys(story_of[a] for a in summary.article_ids if a in story_of))
    return Outcome(
        read=summary.read,
        added=summary.added,
        already_stored=summary.already_stored,
        stories=summary.stories,
        articles=tuple(summary.article_ids),
        story_ids=story_ids,
        errors=errors,
    )

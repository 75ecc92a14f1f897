r"""Reading inputs into Articles, from files, folders and (when allowed) the web.

The formats: text, Markdown, HTML, JSON Lines, JSON, RSS and Atom feeds, WARC archives
and lists of URLs, on the local disk or on any file system fsspec reads (``s3://``...).
``read_inputs`` is the entry point: it walks files and folders lazily
and yields an ``Article`` for each article and an ``IngestError`` value for each input
it cannot read, so a caller can report the problem and carry on. It downloads nothing
unless given :class:`FetchOptions`. ``read_inputs_deferred`` reads the same way but
leaves the pages of WARC archives unbuilt (:class:`ArchivedPage`), so that
:func:`build_page` can decode and extract them on a worker.

Text handling, for every format: bytes are decoded (byte-order mark, then UTF-8, then
a declared or detected charset), a leading byte-order mark is dropped, and line ends
are normalized (``\r\n`` and lone ``\r`` become ``\n``); nothing else is changed, so
spans index the text as given. ``Article.id`` is :func:`corrobora.text.article_id` of
the text, so the same article read from any file gets the same id.
"""

from .fetch import FetchOptions
from .files import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    Format,
    format_of,
    parse_document,
    read_file,
    read_inputs,
    read_inputs_deferred,
)
from .warc import ArchivedPage, Skipped, build_item, build_page

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ArchivedPage",
    "FetchOptions",
    "Format",
    "Skipped",
    "build_item",
    "build_page",
    "format_of",
    "parse_document",
    "read_file",
    "read_inputs",
    "read_inputs_deferred",
]

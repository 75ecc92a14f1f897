"""HTTP messages as archived bytes: the status line, header fields and body encodings.

WARC response records hold the HTTP response as it came off the wire (or nearly so:
Common Crawl removes transfer and content encodings and renames their headers). This
module splits such a block into status, headers and body, undoes a chunked transfer
encoding and a gzip or deflate content encoding, and reads the media type and charset
of a ``Content-Type`` header. It does no I/O.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""Media types read as web pages."""

_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t]+([^\r\n]*))?")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MAX_HEADER_BYTES = 65_536
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHUNK_SIZE = re.compile(rb"0*[0-9A-Fa-f]{1,16}")
_GZIP_MAGIC = b"\x1f\x8b"
_ZERO_PADDING = re.compile(rb"\0*")
_INFLATE_STEP = 4096
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


class HttpError(ValueError):
    """The bytes are not a readable HTTP response; the message says why."""


@dataclass(frozen=True, slots=True)
class HttpResponse:
    """One HTTP response: status, header fields (names lower-cased) and decoded body."""

    status: int
    reason: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def media_type(self) -> str | None:
        """The media type of ``Content-Type`` (``text/html``), lower-cased, or None."""
        return media_type(self.headers.get("content-type"))

    @property
    def charset(self) -> str | None:
        """The charset named in ``Content-Type``, if any."""
        return charset_of(self.headers.get("content-type"))

    def is_html(self) -> bool:
        """True for an HTML media type, or for no media type and a body that opens as HTML."""
        kind = self.media_type
        if kind is None:
            return _HTML_START.match(self.body[:4096]) is not None
        return kind in HTML_TYPES


def parse_response(block: bytes, *, max_bytes: int) -> HttpResponse:
    """Split an archived HTTP response into status, headers and decoded body.

    Args:
        block: the response as archived: status line, header fields, blank line, body.
        max_bytes: a body that decodes to more than this is refused.

    Raises:
        HttpError: no status line, header fields without an end, or a body that
            cannot be decoded (bad chunks, bad compression, unknown encoding, too large).
    """
    status = _STATUS_LINE.match(block)
    if status is None:
        raise HttpError("no HTTP status line")
    end = _HEADER_END.search(block, status.end() - 1, _MAX_HEADER_BYTES)
    if end is None:
        raise HttpError("the HTTP header fields do not end with a blank line")
    headers = _header_fields(block[status.end() : end.start()])
    body = block[end.end() :]
    transfer = headers.get("transfer-encoding", "").strip().lower()
    if "chunked" in transfer:
        body = _dechunk(body)
    body = _decompress(body, headers.get("content-encoding", "").strip().lower(), max_bytes)
    reason = (status.group(2) or b"").decode("latin-1").strip()
    return HttpResponse(int(status.group(1)), reason, headers, body)


def media_type(content_type: str | None) -> str | None:
    """Return the lower-cased media type of a ``Content-Type`` value, or None when blank."""
    if not content_type:
        return None
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind or None


def charset_of(content_type: str | None) -> str | None:
    """Return the charset a ``Content-Type`` value names, or None."""
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def _header_fields(raw: bytes) -> dict[str, str]:
    """Header fields, names lower-cased; repeated fields are joined with ``, ``."""
    fields: dict[str, str] = {}
    name = ""
    for line in raw.decode("latin-1").splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and name:  # an obsolete folded continuation line
            fields[name] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise HttpError(f"bad HTTP header line {line[:60]!r}")
        name = key.strip().lower()
        value = value.strip()
        fields[name] = f"{fields[name]}, {value}" if name in fields else value
    return fields


def _dechunk(body: bytes) -> bytes:
    """Undo a chunked transfer encoding; every chunk moves past its size line, so it ends."""
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            raise HttpError("bad chunked body (a chunk size line is missing)")
        size_text = body[pos:eol].split(b";", 1)[0].strip()
        # Hex digits only: int() would also take a sign, "0x" or "_", and a negative
        # size would move backwards.
        if _CHUNK_SIZE.fullmatch(size_text) is None:
            raise HttpError(f"bad chunked body (chunk size {size_text[:20].decode('latin-1')!r})")
        size = int(size_text, 16)
        if size == 0:
            return b"".join(parts)
        start = eol + 1
        if size > len(body) - start:
            raise HttpError("bad chunked body (a chunk is cut short)")
        parts.append(body[start : start + size])
        pos = start + size
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1


def _decompress(body: bytes, encoding: str, max_bytes: int) -> bytes:
    """Undo a gzip (every member, as gzip readers do) or deflate content encoding.

    The output is bounded by ``max_bytes`` over all members; a stream that stops before
    its end is refused, so a cut body never passes for the whole page.
    """
    if encoding in ("", "identity") or not body:
        return body
    if encoding in ("gzip", "x-gzip"):
        wbits = 16 + zlib.MAX_WBITS
    elif encoding == "deflate":
        wbits = zlib.MAX_WBITS if body[:1] == b"\x78" else -zlib.MAX_WBITS
    else:
        raise HttpError(f"unsupported Content-Encoding {encoding!r}")
    data = memoryview(body)
    parts: list[bytes] = []
    size = pos = 0
    while True:
        inflater = zlib.decompressobj(wbits)
        step = _INFLATE_STEP
        while not inflater.eof:
            if pos >= len(data):
                raise HttpError(f"the {encoding} body is truncated")
            # Input goes in growing slices, so the bytes zlib copies out as unused data
            # stay small even for a body of many tiny gzip members.
            chunk = data[pos : pos + step]
            step *= 2
            try:
                part = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error as error:
                raise HttpError(f"bad {encoding} body ({error})") from None
            parts.append(part)
            size += len(part)
            if size > max_bytes:
                raise HttpError(f"the {encoding} body decompresses to more than {max_bytes} bytes")
            pos += len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
        if wbits != 16 + zlib.MAX_WBITS:
            return b"".join(parts)
        padding = _ZERO_PADDING.match(body, pos)  # gzip readers skip zeros between members
        if padding is not None:
            pos = padding.end()
        if pos >= len(body) or not body.startswith(_GZIP_MAGIC, pos):
            return b"".join(parts)  # bytes after the last member are ignored, as browsers do

"""Finding WARC records in a file without the parser: framing checks and recovery.

fastwarc parses records; this module checks what it cannot: that a record's
``Content-Length`` agrees with the bytes that follow it (``\\r\\n\\r\\n``, then the next
record or the end of the file, or the end of the record's gzip member), and, after
damage, where the next record begins. A file compressed as one gzip stream, rather than
one member per record, is seen through :class:`GzipStream` as the plain WARC inside it.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from typing import BinaryIO

CUT = "the file ends inside this record (truncated)"
MISMATCH = "its Content-Length does not match the record's data"

GZIP_MAGIC = b"\x1f\x8b\x08"
RECORD_START = b"WARC/1."
HEADER_END = b"\r\n\r\n"
MAX_HEADER = 65_536
_SCAN_CHUNK = 1 << 20
_FIRST_READ = 1 << 14
_MAX_LENGTH_DIGITS = 18
_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)


@dataclass(frozen=True, slots=True)
class Frame:
    """What is wrong with a record's framing (None: nothing), and where the next begins."""

    problem: str | None
    end: int | None = None


class Framing:
    """Record boundaries of one WARC file, plain, gzip per record, or one gzip stream.

    Args:
        stream: the file, opened in binary mode and seekable.
        max_bytes: the size limit of one record (bounds what a check decompresses).
    """

    def __init__(self, stream: BinaryIO, max_bytes: int) -> None:
        self.stream: BinaryIO | GzipStream = stream
        self.max_bytes = max_bytes
        stream.seek(0)
        self.gzipped = stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC
        self.one_stream = False
        if self.gzipped and self._one_stream():
            self.stream = GzipStream(stream)
            self.gzipped = False
            self.one_stream = True

    def checked(self, offset: int) -> Frame:
        """:meth:`frame`, leaving the stream where the parser is reading from it."""
        position = self.stream.tell()
        try:
            return self.frame(offset)
        finally:
            self.stream.seek(position)

    def frame(self, offset: int) -> Frame:
        """Check the record at ``offset`` against its framing, independently of the parser.

        ``end`` is None when the record cannot be checked on its own (a gzip member
        holding several records).
        """
        self.stream.seek(offset)
        if not self.gzipped:
            head = self.stream.read(_FIRST_READ)
            if HEADER_END not in head:
                head += self.stream.read(MAX_HEADER - len(head))
            problem, length = header_length(head)
            if length is None:
                return Frame(problem)
            end = offset + head.index(HEADER_END) + len(HEADER_END) + length
            try:
                self.stream.seek(end)
                trailer = self.stream.read(len(HEADER_END))
            except (OSError, OverflowError):  # a length past what any file can hold
                trailer = b""
            if trailer == HEADER_END:
                return Frame(None, end + len(HEADER_END))
            return Frame(CUT if len(trailer) < len(HEADER_END) else MISMATCH)
        data, used, whole = self.inflate_member()
        problem, length = header_length(data)
        if not whole:
            return Frame(CUT)
        if length is None:
            return Frame(problem)
        size = data.index(HEADER_END) + len(HEADER_END) + length + len(HEADER_END)
        if len(data) == size and data.endswith(HEADER_END):
            return Frame(None, offset + used)
        if len(data) > size and data[size - len(HEADER_END) : size] == HEADER_END:
            return Frame(None, None)  # several records in one gzip member
        return Frame(MISMATCH)

    def inflate_member(self) -> tuple[bytes, int, bool]:
        """Inflate the gzip member at the stream's position (bounded by the size limit).

        Returns the data, the compressed bytes the member used, and whether it ended.
        """
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        parts: list[bytes] = []
        size = used = 0
        limit = self.max_bytes + 2 * MAX_HEADER
        while not inflater.eof and size <= limit:
            chunk = self.stream.read(_FIRST_READ)
            if not chunk:
                break
            try:
                part = inflater.decompress(chunk, limit + 1 - size)
            except zlib.error:
                break
            parts.append(part)
            size += len(part)
            used += len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
            if inflater.unconsumed_tail:
                break
        return b"".join(parts), used, inflater.eof

    def resume(self, start: int) -> int | None:
        """Return the offset of the first record that begins at or after ``start``."""
        self.stream.seek(start)
        position = start
        keep = b""
        while True:
            chunk = self.stream.read(_SCAN_CHUNK)
            if not chunk:
                return None
            window = keep + chunk
            base = position - len(keep)
            found = self.find_start(window, base)
            if found is not None:
                return found
            position += len(chunk)
            keep = window[-(len(RECORD_START) + 1) :]
            self.stream.seek(position)

    def find_start(self, window: bytes, base: int) -> int | None:
        """Find a record start in ``window`` (which begins at file offset ``base``)."""
        marker = GZIP_MAGIC if self.gzipped else RECORD_START
        at = window.find(marker)
        while at >= 0:
            offset = base + at
            if self.gzipped:
                if self.member_is_record(offset):
                    return offset
            elif offset == 0 or window[at - 1 : at] == b"\n":
                return offset
            at = window.find(marker, at + 1)
        return None

    def member_is_record(self, offset: int) -> bool:
        """True when a gzip member begins at ``offset`` and its data opens a WARC record."""
        position = self.stream.tell()
        self.stream.seek(offset)
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(self.stream.read(4096), 16)
        except zlib.error:
            head = b""
        self.stream.seek(position)
        return head.startswith(RECORD_START)

    def _one_stream(self) -> bool:
        """True when the file's first gzip member holds the start of a second record."""
        self.stream.seek(0)
        data, _, _ = self.inflate_member()
        head = data.find(HEADER_END)
        return head >= 0 and data.find(b"\n" + RECORD_START, head) >= 0


class GzipStream:
    """A gzip stream seen as the plain bytes inside it; damage reads as the end of data."""

    def __init__(self, raw: BinaryIO) -> None:
        raw.seek(0)
        self._file = gzip.GzipFile(fileobj=raw, mode="rb")
        self.damage: str | None = None

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all when negative); fewer at the end or at damage."""
        parts: list[bytes] = []
        got = 0
        while size < 0 or got < size:
            try:
                part = self._file.read1(_SCAN_CHUNK if size < 0 else size - got)
            except (EOFError, OSError, zlib.error) as error:
                self.damage = str(error) or type(error).__name__
                break
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def seek(self, offset: int, whence: int = 0) -> int:
        """Move in the plain data (going back decompresses from the start again)."""
        try:
            return self._file.seek(offset, whence)
        except (EOFError, OSError, zlib.error):
            return self._file.tell()

    def tell(self) -> int:
        """The position in the plain data."""
        return self._file.tell()

    def close(self) -> None:
        """Close the gzip reader (not the file under it)."""
        self._file.close()


def header_length(head: bytes) -> tuple[str, int | None]:
    """The Content-Length of the WARC header at the start of ``head``, or what is wrong."""
    if not head.startswith(RECORD_START):
        return "not a WARC record", None
    end = head.find(HEADER_END)
    if end < 0:
        return CUT, None
    match = _CONTENT_LENGTH.search(head, 0, end + 2)
    if match is None:
        return "the record has no Content-Length", None
    digits = match.group(1).lstrip(b"0")
    if len(digits) > _MAX_LENGTH_DIGITS:
        # No file holds 10**18 bytes; such a length cannot even be sought to.
        return MISMATCH, None
    return "", int(digits or b"0")

"""Bytes to text: byte-order marks, UTF-8, declared charsets, then charset detection.

The order is: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then strict UTF-8; then
UTF-8 with a few damaged places (see below); then a charset the document declares (HTML
``<meta charset>``), when the caller passes one; then charset-normalizer's guess, or Mac
OS Roman when that decodes into clearly more known words.
Newlines are normalized separately by :func:`normalize_newlines`.

Damaged UTF-8: bytes that are not valid UTF-8 but hold valid multi-byte UTF-8
characters standing clear of the invalid bytes (an ASCII or valid character on each
side), at least one such character for every three runs of invalid bytes, are UTF-8
with some bytes lost (a cut-off tail, one line pasted from another encoding), provided
the U+FFFD replacing the invalid sequences stay within 5% of the text: they are decoded
as UTF-8 with U+FFFD. Legacy 8-bit text seldom looks like that: where its bytes happen
to form a valid UTF-8 sequence, the sequence mostly touches other non-ASCII letters,
and its invalid bytes are many.

Binary: bytes that no encoding explains are refused as binary (``binary file, not
text``): NUL bytes outside UTF-16/32, no plausible charset, or control characters
(other than tab, newlines, form feed and the DOS end-of-file mark) plus the U+FFFD
that decoding introduced making up over 5% of the text. U+FFFD characters present in
valid input are text, not damage. For line formats (``lines=True``, JSON Lines) NUL
bytes are allowed in (damaged) UTF-8, and control characters make the file binary
only when they are over 5% of the text or touch over a quarter of its non-blank lines;
otherwise the lines holding them are left to the reader, which reports each as an
error of its own.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes
from wordfreq import zipf_frequency

from ..errors import IngestError

BINARY = "binary file, not text"
EMPTY = "empty file"

# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When charset-normalizer finds several single-byte encodings equally plausible (common
# for short texts), the decoding whose non-ASCII words are real words of a language
# written in that encoding wins; if that still ties, windows-1252, the WHATWG default
# for unlabelled text.
_PREFERRED = "cp1252"
_WESTERN = ("en", "fr", "es", "de", "it", "pt", "nl", "sv", "da", "nb", "fi", "ca", "is")
_CENTRAL = ("pl", "cs", "sk", "hu", "sl", "ro", "sh")
_BALTIC = ("lt", "lv")
_CYRILLIC = ("ru", "uk", "bg", "mk")
_CODEPAGE_LANGUAGES: dict[str, tuple[str, ...]] = {
    "cp1252": _WESTERN,
    "latin_1": _WESTERN,
    "iso8859_15": _WESTERN,
    "cp1250": _CENTRAL,
    "iso8859_2": _CENTRAL,
    "iso8859_16": _CENTRAL,
    "cp1254": ("tr",),
    "iso8859_9": ("tr",),
    "cp1257": _BALTIC,
    "iso8859_13": _BALTIC,
    "iso8859_4": _BALTIC,
    "cp1251": _CYRILLIC,
    "koi8_r": _CYRILLIC,
    "koi8_u": _CYRILLIC,
    "iso8859_5": _CYRILLIC,
    "mac_cyrillic": _CYRILLIC,
    "cp1253": ("el",),
    "iso8859_7": ("el",),
    "cp1255": ("he",),
    "iso8859_8": ("he",),
    "cp1256": ("ar", "fa", "ur"),
    "cp1258": ("vi",),
}
_NON_ASCII_WORD = re.compile(r"\b\w*[^\x00-\x7f\W]\w*\b")
_MAX_WORDS = 200
_SCORE_BYTES = 65_536

# HTML treats these labels as windows-1252 (WHATWG Encoding Standard).
_WHATWG_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}
# Python codecs that map bytes to str but are no charset of any document: ``undefined``
# always fails, the escape codecs read backslashes, the rest are for host names or
# Windows locales. Codecs that do not map bytes to str (base64, rot13, zlib...) are
# refused too (CodecInfo._is_text_encoding).
_NOT_CHARSETS = frozenset(
    {
        "undefined",
        "unicode_escape",
        "raw_unicode_escape",
        "idna",
        "punycode",
        "charmap",
        "mbcs",
        "oem",
    }
)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Control characters other than tab, newlines, form feed and the DOS end-of-file mark:
# a text with many of them is not really text.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
_MAX_CONTROL_LINE_SHARE = 0.25
# Damaged UTF-8, decoded with surrogateescape: each invalid byte is a lone surrogate.
_INVALID_RUN = re.compile("[\udc80-\udcff]+")
_CLEAR_CHARACTER = re.compile("(?<![\udc80-\udcff])[^\x00-\x7f\udc80-\udcff](?![\udc80-\udcff])")
_MAX_RUNS_PER_CHARACTER = 3
_SNIFF_BYTES = 4096
_TIE = 1e-6
_CHAOS_MARGIN = 0.05
_MAC = "mac_roman"
_MAC_MARGIN = 0.3


@dataclass(frozen=True, slots=True)
class _Decoded:
    """Decoded text, and how many U+FFFD decoding put in for invalid bytes."""

    text: str
    replaced: int = 0


def decode_bytes(
    data: bytes, name: str, *, declared: str | None = None, lines: bool = False
) -> str:
    """Decode a file's bytes to text, without a leading byte-order mark.

    Args:
        data: the raw bytes.
        name: the file name, used in errors.
        declared: a charset the document declares for itself (tried after UTF-8).
        lines: the file holds one record per line (JSON Lines): a few lines with NUL or
            control characters are left to the reader instead of refusing the file.

    Returns:
        The decoded text (newlines not yet normalized).

    Raises:
        IngestError: the bytes are empty, only white space, or not text in any encoding.
    """
    if not data.strip():
        raise IngestError(name, EMPTY)
    decoded = _decode(data, declared, lines=lines)
    if decoded is None or _looks_binary(decoded, lines=lines):
        raise IngestError(name, BINARY)
    text = decoded.text.removeprefix("\ufeff")
    if not text.strip():
        raise IngestError(name, EMPTY)
    return text


def normalize_newlines(text: str) -> str:
    r"""Return ``text`` with Windows (``\r\n``) and old Mac (``\r``) line ends as ``\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML/XML document declares in its first bytes, if any.

    Labels HTML maps to windows-1252 (``iso-8859-1``, ``us-ascii``) are returned as
    ``cp1252``; unknown labels give None.
    """
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    return charset_label((match.group(1) or match.group(2)).decode("ascii"))


def charset_label(label: str) -> str | None:
    """Return the codec a charset label names (as in HTTP ``Content-Type``), or None.

    Labels HTML maps to windows-1252 (``iso-8859-1``, ``us-ascii``) give ``cp1252``.
    None for an unknown label and for a Python codec that is no text charset
    (``undefined``, ``base64``, ``unicode_escape``...): decoding with it would fail or
    garble the text, so such a label is ignored like an unknown one.
    """
    info = _codec(label)
    if info is None or not _is_charset(info):
        return None
    codec = info.name.replace("-", "_")
    return _WHATWG_ALIASES.get(codec, codec)


def names_no_charset(label: str) -> bool:
    """True when ``label`` names a Python codec that is no text charset (``undefined``).

    False for a usable charset and for an unknown label.
    """
    info = _codec(label)
    return info is not None and not _is_charset(info)


def _codec(label: str) -> codecs.CodecInfo | None:
    """The Python codec a (possibly quoted) label names, or None when it names none."""
    try:
        return codecs.lookup(label.strip().strip("\"'").lower())
    except LookupError:
        return None


def _is_charset(info: codecs.CodecInfo) -> bool:
    return info._is_text_encoding and info.name.replace("-", "_") not in _NOT_CHARSETS


def _decode(data: bytes, declared: str | None, *, lines: bool) -> _Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(_try(data, encoding))
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _Decoded(utf16)
    has_nul = b"\x00" in data
    if has_nul and not lines:
        return None
    text = _try(data, "utf-8")
    if text is not None:
        return _Decoded(text)
    damaged = _damaged_utf8(data)
    if damaged is not None or has_nul:
        # Legacy charsets hold no NUL either: with NULs, only UTF-8 explains the bytes.
        return damaged
    if declared is not None:
        text = _try(data, declared)
    return _decoded(text if text is not None else _detect(data))


def _decoded(text: str | None) -> _Decoded | None:
    return None if text is None else _Decoded(text)


def _damaged_utf8(data: bytes) -> _Decoded | None:
    """Decode UTF-8 that has a few damaged places (see the module doc), else None."""
    escaped = data.decode("utf-8", "surrogateescape")
    # subn counts without building a list of every match (a file may hold millions).
    clear = _CLEAR_CHARACTER.subn("", escaped)[1]
    runs = _INVALID_RUN.subn("", escaped)[1]
    if clear == 0 or runs > _MAX_RUNS_PER_CHARACTER * clear:
        return None
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - escaped.count("\ufffd")
    if replaced > _MAX_CONTROL_SHARE * len(text):
        return None
    return _Decoded(text, replaced)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError: a codec that refuses to decode
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """Decode UTF-16 without a byte-order mark when NULs fill every other byte."""
    sample = data[:_SNIFF_BYTES]
    if len(data) % 2 or len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls >= 0.3 * half and even_nuls == 0:
        return _try(data, "utf-16-le")
    if even_nuls >= 0.3 * half and odd_nuls == 0:
        return _try(data, "utf-16-be")
    return None


def _detect(data: bytes) -> str | None:
    """Decode with charset-normalizer's guess, preferring decodings made of known words."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    near = [match for match in matches if match.chaos <= best.chaos + _CHAOS_MARGIN]
    sample = data[:_SCORE_BYTES]
    scores = [
        _word_score(sample.decode(match.encoding, errors="ignore"), match.could_be_from_charset)
        for match in near
    ]
    top = max(scores)
    if (other := _clearly_better(data, top)) is not None:
        return other
    if top > 0:
        near = [match for match, score in zip(near, scores, strict=True) if score >= top - _TIE]
    else:
        near = [match for match in near if _same_quality(match, best)]
    for match in near:
        if _PREFERRED in match.could_be_from_charset:
            return _try(data, _PREFERRED) or str(match)
    return str(near[0])


def _clearly_better(data: bytes, top: float) -> str | None:
    """Decode as Mac OS Roman, which charset-normalizer seldom proposes or names right.

    Taken only when its non-ASCII words are clearly better known (by a share of
    ``_MAC_MARGIN``) than ``top``, the best word score among the guesses.
    """
    words = _known_share(data[:_SCORE_BYTES].decode(_MAC, errors="ignore"), _WESTERN)
    return _try(data, _MAC) if words > top + _MAC_MARGIN else None


def _same_quality(match: CharsetMatch, other: CharsetMatch) -> bool:
    return abs(match.chaos - other.chaos) <= _TIE and abs(match.coherence - other.coherence) <= _TIE


def _word_score(text: str, encodings: list[str]) -> float:
    """Return the share of the text's non-ASCII words known in a language of the encodings.

    0 when none of the encodings is tied to a language here, or the text has no such word.
    """
    languages = {lang for encoding in encodings for lang in _CODEPAGE_LANGUAGES.get(encoding, ())}
    return _known_share(text, languages)


def _known_share(text: str, languages: set[str] | tuple[str, ...]) -> float:
    """The share of the text's non-ASCII words known in one of ``languages`` (the best one)."""
    words = list(dict.fromkeys(_NON_ASCII_WORD.findall(text)))[:_MAX_WORDS]
    if not languages or not words:
        return 0.0
    best = 0
    for language in sorted(languages):
        known = sum(1 for word in words if zipf_frequency(word, language, wordlist="small") > 0)
        best = max(best, known)
    return best / len(words)


def _looks_binary(decoded: _Decoded, *, lines: bool) -> bool:
    """True when control characters (and U+FFFD decoding put in) are more than a few.

    For line formats, also when control characters touch more than a quarter of the
    non-blank lines.
    """
    text = decoded.text
    if len(_CONTROLS.findall(text)) + decoded.replaced > _MAX_CONTROL_SHARE * len(text):
        return True
    if not lines:
        return False
    rows = [row for row in normalize_newlines(text).split("\n") if row.strip()]
    touched = sum(1 for row in rows if _CONTROLS.search(row))
    return touched > _MAX_CONTROL_LINE_SHARE * len(rows)

"""Bytes to text: byte-order marks, UTF-8, declared charsets, then charset detection.

The order is: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then strict UTF-8; then a
charset the document declares (HTML ``<meta charset>``), when the caller passes one; then
charset-normalizer's guess. Bytes that no encoding explains (NUL bytes outside UTF-16/32,
control characters, no plausible charset) are refused as binary. Newlines are
normalized separately by :func:`normalize_newlines`.
"""

from __future__ import annotations

import codecs
import re

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

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Control characters other than tab, newlines, form feed and the DOS end-of-file mark,
# plus the replacement character: a text with many of them is not really text.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 4096
_TIE = 1e-6
_CHAOS_MARGIN = 0.05


def decode_bytes(data: bytes, name: str, *, declared: str | None = None) -> str:
    """Decode a file's bytes to text, without a leading byte-order mark.

    Args:
        data: the raw bytes.
        name: the file name, used in errors.
        declared: a charset the document declares for itself (tried after UTF-8).

    Returns:
        The decoded text (newlines not yet normalized).

    Raises:
        IngestError: the bytes are empty, only white space, or not text in any encoding.
    """
    if not data.strip():
        raise IngestError(name, EMPTY)
    text = _decode(data, declared)
    if text is None or _looks_binary(text):
        raise IngestError(name, BINARY)
    text = text.removeprefix("\ufeff")
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
    """
    try:
        codec = codecs.lookup(label.strip().strip("\"'").lower()).name.replace("-", "_")
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(codec, codec)


def _decode(data: bytes, declared: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _try(data, encoding)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        return None
    text = _try(data, "utf-8")
    if text is None and declared is not None:
        text = _try(data, declared)
    if text is None:
        text = _detect(data)
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
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
    if top > 0:
        near = [match for match, score in zip(near, scores, strict=True) if score >= top - _TIE]
    else:
        near = [match for match in near if _same_quality(match, best)]
    for match in near:
        if _PREFERRED in match.could_be_from_charset:
            return _try(data, _PREFERRED) or str(match)
    return str(near[0])


def _same_quality(match: CharsetMatch, other: CharsetMatch) -> bool:
    return abs(match.chaos - other.chaos) <= _TIE and abs(match.coherence - other.coherence) <= _TIE


def _word_score(text: str, encodings: list[str]) -> float:
    """Return the share of the text's non-ASCII words known in a language of the encodings.

    0 when none of the encodings is tied to a language here, or the text has no such word.
    """
    languages = {lang for encoding in encodings for lang in _CODEPAGE_LANGUAGES.get(encoding, ())}
    words = list(dict.fromkeys(_NON_ASCII_WORD.findall(text)))[:_MAX_WORDS]
    if not languages or not words:
        return 0.0
    best = 0
    for language in sorted(languages):
        known = sum(1 for word in words if zipf_frequency(word, language, wordlist="small") > 0)
        best = max(best, known)
    return best / len(words)


def _looks_binary(text: str) -> bool:
    """True when control characters make up more than a small share of the text."""
    return len(_CONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text)

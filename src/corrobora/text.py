"""Pure text helpers shared by the stages: normalization, ids and canonical keys."""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[^\w\s&-]+")
_POSSESSIVE = re.compile(r"['\u2019\u02bc]s?$")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
#: The last word of a street's name as addresses shorten it: "Pitkin Ave." is "Pitkin Avenue".
_STREET_WORDS = {
    "ave": "avenue",
    "av": "avenue",
    "st": "street",
    "blvd": "boulevard",
    "rd": "road",
    "ln": "lane",
    "hwy": "highway",
    "pkwy": "parkway",
}
_STREET_END = re.compile(rf"(?<=\w )({'|'.join(_STREET_WORDS)})$")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def normalize_text(text: str) -> str:
    """Return ``text`` in Unicode NFC with every run of white space folded to one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def stable_id(*parts: str, length: int = 16) -> str:
    """Return a short hexadecimal SHA-256 digest of ``parts``: deterministic across runs."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def article_id(text: str) -> str:
    """Return an article's id: a digest of its normalized text (case and spacing folded)."""
    return stable_id(normalize_text(text).casefold())


def strip_accents(text: str) -> str:
    """Return ``text`` without combining marks ("Nicolás" -> "Nicolas")."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return _NON_ASCII.sub(_without_combining_marks, decomposed)


def _without_combining_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def canonical_key(name: str) -> str:
    """Return the matching key of a name: accents, case, a leading "the" and "'s" dropped.

    A street's shortened last word is written out ("Pitkin Ave." -> "pitkin avenue").

    Kept for the most recent names: the same outlet and person names recur everywhere.

    >>> canonical_key("the Miami Herald's")
    'miami herald'
    """
    key = strip_accents(normalize_text(name)).casefold()
    key = _POSSESSIVE.sub("", key)
    key = _KEY_DROP.sub(" ", key)
    key = _WHITESPACE.sub(" ", key).strip()
    key = _STREET_END.sub(lambda end: _STREET_WORDS[end.group(1)], key)
    return _LEADING_ARTICLE.sub("", key)


_COMMA_DECIMALS = re.compile(r"\d+,\d{1,2}")
_DIGIT_SPACES = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d)")


def plain_digits(written: str) -> str:
    """Digits as ``float`` reads them: thousands commas dropped, a decimal comma a point.

    "42,400" and "42 400" are 42400; "1,2" and "3,45" (a comma before one or two final digits, as
    European style writes "1,2 million") are 1.2 and 3.45, since thousands come in
    threes.
    """
    written = _DIGIT_SPACES.sub("", written)
    if _COMMA_DECIMALS.fullmatch(written):
        return written.replace(",", ".")
    return written.replace(",", "")


#: What may follow a clock time's "a.m."/"p.m." inside its sentence: a day, a month, a
#: time zone ("6 p.m. Tuesday", "10 a.m. EDT", "9 a.m. Eastern time").
_TIME_ZONES = (
    "gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct mt pt eastern central "
    "pacific mountain atlantic greenwich local"
)
_AFTER_CLOCK = frozenset(
    name.lower()
    for name in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr, "Sept")
    if name
) | frozenset(_TIME_ZONES.split())


def clock_ends_sentence(following: str) -> bool:
    """True when a clock time's "p.m." before the word ``following`` also ends a sentence.

    "at 6 p.m. Dunmere Oil said ...": a capitalized word after it that is no day, month
    or time zone starts the next sentence, and the abbreviation's point is the full stop.
    """
    return following[:1].isupper() and following.lower() not in _AFTER_CLOCK


_TITLES = """
    mr mrs ms dr prof capt lt sgt gen col maj cmdr cdr rep sen gov det supt insp cpl pvt
    adm rev msgr brig lieut dist atty asst
"""
TITLE_ABBREVIATIONS = frozenset(_TITLES.split())
"""Abbreviated ranks and titles written before a name ("Capt. Tom Tennant", "Lt. Gov. Ana
Ruiz"), lower case and without their point; with a capital they never end a sentence."""


def title_before_name(word: str, following: str) -> bool:
    """True when ``word`` (its point dropped) is an abbreviated title before a name.

    "identified the dead as Capt. Tom Tennant": the point after "Capt" abbreviates the
    rank, so a capitalized word after it goes on with the sentence.
    """
    word = word.rstrip(".")
    return (
        word[:1].isupper()
        and word.lower() in TITLE_ABBREVIATIONS
        and following[:1].isupper()
        and following[:1].isalpha()
    )


NAME_SUFFIXES = frozenset({"jr", "sr"})
"""Generational suffixes written after a name with a point ("Tom Reed Jr."), lower case."""


def is_name_suffix(word: str) -> bool:
    """True when ``word`` (its point dropped) is a capitalized "Jr" or "Sr"."""
    word = word.rstrip(".")
    return word[:1].isupper() and word.lower() in NAME_SUFFIXES


_ABBREVIATION_SHAPE = re.compile(r"[A-Za-z]{1,5}|[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+")


def abbreviation_goes_on(word: str, following: str) -> bool:
    """True when the point after ``word`` abbreviates it and the sentence goes on.

    "walking down Pitkin Ave. brandishing a gun": a short word (or a dotted one, "U.S")
    before a point, then a word in lower case, is an abbreviation inside its sentence;
    a full stop is followed by a capital.
    """
    word = word.rstrip(".")
    return (
        _ABBREVIATION_SHAPE.fullmatch(word) is not None
        and following.isalpha()
        and following.islower()
    )

"""Evidence excerpts: the sentence around a span, cut from the article text, span marked.

Renderers never re-search strings: the marked part is exactly ``text[start:end]``. The
sentence around it is found with a light punctuation rule (no NLP at render time), so
an abbreviation may end it early; the span itself is always shown whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..model import Span
from ..text import clock_ends_sentence

# General English abbreviations that end in a period without ending a sentence.
_ABBREVIATION_WORDS = """
    mr mrs ms mx dr prof sen rep gov gen lt col maj capt cmdr sgt adm pres rev hon
    st jr sr mt ft inc co corp ltd bros vs etc no nos fig approx dept est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_BREAK = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*\s+|\n\s*")
_SPACES = re.compile(r"\s+")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")
_WINDOW = 600
_CLOCK_HALVES = frozenset({"a.m", "p.m"})


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A sentence split around the marked span; ``before``/``after`` may start/end in "…"."""

    before: str
    marked: str
    after: str

    @property
    def plain(self) -> str:
        """The excerpt as one plain string."""
        return f"{self.before}{self.marked}{self.after}"


def _is_abbreviation(text: str, period_at: int) -> bool:
    """True when the period at ``period_at`` closes an abbreviation or an initial.

    A clock time's "p.m." before a capitalized word that is no day, month or time zone
    also ends its sentence ("by 2 p.m. Government spokesman ..."), as the analysis has it.
    """
    if text[period_at] != ".":
        return False
    head = text[max(0, period_at - 24) : period_at].rsplit(None, 1)
    word = head[-1] if head else ""
    word = word.lstrip("\"'(\u201c\u2018[").casefold()
    if word in _CLOCK_HALVES:
        following = text[period_at + 1 : period_at + 40].split(None, 1)
        return not following or not clock_ends_sentence(following[0].strip(".,;:"))
    return bool(word) and (word in _ABBREVIATIONS or bool(_INITIALS.match(word)))


@dataclass(frozen=True, slots=True)
class _Breaks:
    """The sentence breaks of one text, in order: where each starts, ends, and its gap.

    ``gap`` is where the sentence before the break ends (after its closing punctuation).
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    gaps: tuple[int, ...]


@lru_cache(maxsize=256)
def _breaks(text: str) -> _Breaks:
    """Every sentence break of ``text``, found once: a page cuts many excerpts from one text."""
    starts: list[int] = []
    ends: list[int] = []
    gaps: list[int] = []
    for match in _BREAK.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        starts.append(match.start())
        ends.append(match.end())
        gaps.append(match.start() + len(match.group().rstrip()))
    return _Breaks(tuple(starts), tuple(ends), tuple(gaps))


def _sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """Return ``[start, end)`` of the sentence(s) around ``span`` within a window.

    The sentence starts after the last break that ends before the span and ends at the
    first break after the span; a window of characters either side bounds both.
    """
    low = max(0, span.start - _WINDOW)
    high = min(len(text), span.end + _WINDOW)
    breaks = _breaks(text)
    start, end = low, high
    before = bisect_right(breaks.ends, span.start) - 1
    if before >= 0 and breaks.starts[before] >= low:
        start = breaks.ends[before]
    after = max(bisect_left(breaks.gaps, span.end), before + 1)
    if after < len(breaks.gaps) and breaks.gaps[after] <= high:
        end = breaks.gaps[after]
    return start, end


def sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """Return ``[start, end)`` of the sentence an excerpt of ``span`` shows (see :func:`excerpt`).

    Two spans with the same bounds show as one sentence: two claims of one sentence
    ("the government lost a vote on Tuesday, the first defeat since it came to power").
    """
    return _sentence_bounds(text, span)


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text)


def _trim_left(text: str, limit: int, cut: bool) -> str:
    if len(text) > limit:
        text = text[-limit:]
        space = text.find(" ")
        text = text[space + 1 :] if 0 <= space < limit // 2 else text
        cut = True
    return ("…" + text) if cut and text else text


def _trim_right(text: str, limit: int, cut: bool) -> str:
    if len(text) > limit:
        text = text[:limit]
        space = text.rfind(" ")
        text = text[:space] if space > limit // 2 else text
        cut = True
    return (text + "…") if cut and text else text


def excerpt(text: str | None, span: Span, fallback: str, *, context: int = 160) -> Excerpt:
    """Return the sentence around ``span`` in ``text`` with the span as the marked part.

    Args:
        text: the article text the span points into; None when it is not available.
        span: the characters to mark.
        fallback: what to show when the text is missing or the span does not fit it.
        context: at most this many characters are kept on each side of the span.

    Returns:
        The excerpt, white space folded to single spaces.
    """
    if text is None or span.end > len(text):
        return Excerpt("", _squash(fallback).strip(), "")
    start, end = _sentence_bounds(text, span)
    before = _squash(text[start : span.start]).lstrip()
    after = _squash(text[span.end : end]).rstrip()
    marked = _squash(span.slice(text))
    window_low = max(0, span.start - _WINDOW)
    window_high = min(len(text), span.end + _WINDOW)
    return Excerpt(
        _trim_left(before, context, start == window_low and start > 0),
        marked,
        _trim_right(after, context, end == window_high and end < len(text)),
    )

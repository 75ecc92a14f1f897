"""Quote drift inside a fact: one utterance worded differently by two sources.

Two direct quotes, one in each claim, are taken as one utterance by the test of
:mod:`corrobora.reconcile.quotes` (speakers that do not differ, and most of the shorter
wording found in order in the longer). They conflict in ``wording`` when they differ by
more than a cut or an extension: a word replaced, or words left out or added inside
the quote. Quoting only the start or the end of what was said (whole parts of a quote
split by its cue among them) is not a conflict, nor is writing out a contraction or
spelling a word the British or the American way ("fibre" and "fiber", "organise" and
"organize": :func:`spelling_key`), nor an editor's words in brackets ("her (Mira
Santos) and her family"). The
words compared are those of the quotes inside the two claims; the detail names the
changed words, and each side's evidence is the quoted part holding the first change,
cut to its claim, so that its span names exactly its text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from ..model import Claim, Conflict, ConflictKind, Evidence, Quote, Span
from .quotes import MIN_QUOTE_WORDS, quote_match, quote_words, speakers_compatible

__all__ = ["reworded", "spelling_key", "wording_conflict"]

_SHOWN_CHANGES = 3
#: Contraction endings and the words they stand for ("'d" is left alone: had or would).
_CONTRACTIONS = (("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"))
_IRREGULAR = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
}


#: Words an editor puts inside a quote, in brackets: "her (Mira Santos) and her family",
#: "[the company] will". They are not the speaker's words.
_EDITOR_INSERT = re.compile(r"\s*[\[(][^\[\]()]{1,60}[\])]")


def _expanded(text: str) -> list[str]:
    """The quote's words with contractions written out ("we're" -> "we are").

    Words in brackets are the editor's, not the speaker's, and are left out: "her (Mira
    Santos) and her family" quotes "her and her family" word for word.
    """
    words: list[str] = []
    for word in quote_words(_EDITOR_INSERT.sub(" ", text)):
        if word in _IRREGULAR:
            words.extend(_IRREGULAR[word])
            continue
        for ending, full in _CONTRACTIONS:
            if word.endswith(ending) and len(word) > len(ending):
                words.extend((word[: -len(ending)], full))
                break
        else:
            words.append(word)
    return words


#: British spellings and the American ones they stand for, each a regular pattern of
#: English spelling, with a stem long enough that no short word ("four", "acre",
#: "prise") is taken for another: "colour(ed)", "fibre(s)", "centred", "organis(ation)",
#: "analyse", "defence", "programme", "travelled", "catalogue", "paediatric",
#: "judgement".
_BRITISH_SPELLINGS = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$", r"\1or\2"),
        (r"^([a-z]{2,}[b-df-hj-np-tv-xz])re(s)?$", r"\1er\2"),
        (r"^([a-z]{2,}[b-df-hj-np-tv-xz])red$", r"\1ered"),
        (r"^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$", r"\1iz\2"),
        (r"^([a-z]{2,})ys(e|es|ed|ing)$", r"\1yz\2"),
        (r"^([a-z]{3,})ence(s)?$", r"\1ense\2"),
        (r"^([a-z]{3,})amme(s)?$", r"\1am\2"),
        (r"^([a-z]{2,}[ae])ll(ed|ing|er|ers|or|ors)$", r"\1l\2"),
        (r"^([a-z]{3,})ogue(s)?$", r"\1og\2"),
        (r"^([a-z]+)ae([a-z]{2,})$", r"\1e\2"),
        (r"^([a-z]+dg)ement(s)?$", r"\1ment\2"),
    )
)


def spelling_key(word: str) -> str:
    """``word`` as American English spells it, for a word of a regular British spelling.

    "fibre", "centre", "organise", "labour", "defence" and "programme" give "fiber",
    "center", "organize", "labor", "defense" and "program": one word however an outlet
    spells it. Other words are returned as they are.
    """
    for pattern, american in _BRITISH_SPELLINGS:
        word = pattern.sub(american, word)
    return word


def _keys(words: Sequence[str]) -> list[str]:
    """The spelling keys of ``words`` (:func:`spelling_key`)."""
    return [spelling_key(word) for word in words]


#: Words a contraction in "'s" stands for: "it's" is "it is" or "it has".
_S_WORDS = frozenset({"is", "has"})


class _Piece(NamedTuple):
    """The quoted words of one part of a quote: their span and exact characters."""

    span: Span
    text: str


class _Change(NamedTuple):
    """Words changed between two wordings, with the part of each that holds them."""

    old: str
    new: str
    part_a: int
    part_b: int


def _part_words(parts: Sequence[str]) -> tuple[list[str], list[int]]:
    """The written-out words of a quote's parts, and the index of each part's first word."""
    words: list[str] = []
    starts: list[int] = []
    for part in parts:
        starts.append(len(words))
        words.extend(_expanded(part))
    return words, starts


def _cut_parts(
    i1: int, i2: int, starts: Sequence[int], size: int, *, at_start: bool, at_end: bool
) -> tuple[int, int]:
    """A change at an end of a quote without the whole parts of it the other wording lacks.

    Quoting "A," she said, "B." as just "A'" drops the part "B" (a cut) and changes
    only "A": a change running to the end keeps the words up to the first part wholly
    inside it, one running from the start those after the last such part.
    """
    if at_end:
        i2 = min((s for s in starts if i1 <= s < i2), default=i2)
    if at_start:
        ends = [*starts[1:], size]
        i1 = max((e for e in ends if i1 < e <= i2), default=i1)
    return i1, i2


def _contracted(words: Sequence[str]) -> list[str]:
    """``words`` with "X is" and "X has" written as "X's", the way a contraction has them."""
    out: list[str] = []
    for word in words:
        if out and word in _S_WORDS and not out[-1].endswith("'s"):
            out[-1] += "'s"
        else:
            out.append(word)
    return out


def _part_of(index: int, starts: Sequence[int]) -> int:
    """The part holding the word at ``index`` (the last part for an index past the end)."""
    return max(bisect_right(starts, index) - 1, 0)


def _inner_changes(first: Sequence[str], second: Sequence[str]) -> list[_Change]:
    """The changes between two wordings other than a cut or an extension at either end.

    ``first`` and ``second`` are the parts of each wording; whole parts one wording
    lacks at either end are a cut (:func:`_cut_parts`), and neither a written-out
    contraction ("it is" for "it's") nor another spelling ("fiber" for "fibre") is a
    change.
    """
    (a, starts_a), (b, starts_b) = _part_words(first), _part_words(second)
    keys_a, keys_b = _keys(a), _keys(b)
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        at_start = i1 == 0 and j1 == 0
        at_end = i2 == len(a) and j2 == len(b)
        i1, i2 = _cut_parts(i1, i2, starts_a, len(a), at_start=at_start, at_end=at_end)
        j1, j2 = _cut_parts(j1, j2, starts_b, len(b), at_start=at_start, at_end=at_end)
        if (i1 == i2 or j1 == j2) and (at_start or at_end):
            continue  # a cut or an extension
        if _contracted(keys_a[i1:i2]) == _contracted(keys_b[j1:j2]):
            continue
        old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        changes.append(_Change(old, new, _part_of(i1, starts_a), _part_of(j1, starts_b)))
    return changes


def reworded(first: str, second: str) -> bool:
    """True when two wordings differ inside, not only by one being cut or extended.

    Contractions are written out first, spellings made one, and punctuation and case
    are ignored, so "We're not" and "We are not" are one wording, as are "our labour"
    and "our labor".
    """
    return bool(_inner_changes([first], [second]))


def _change(old: str, new: str) -> str:
    """One change in words: "“a” → “b”", "adds “b”" or "drops “a”"."""
    if not old:
        return f"adds “{new}”"
    if not new:
        return f"drops “{old}”"
    return f"“{old}” → “{new}”"


def _describe(changes: Sequence[_Change]) -> str:
    parts = [_change(c.old, c.new) for c in changes[:_SHOWN_CHANGES]]
    more = len(changes) - _SHOWN_CHANGES
    return "; ".join(parts) + (f"; {more} more" if more > 0 else "")


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _pieces(quote: Quote, claim: Claim) -> list[_Piece]:
    """The parts of ``quote`` inside ``claim``, each cut to the claim, with their words.

    The words are the claim's own characters, so a piece's text is exactly what its
    span names; a quote whose parts are split by a cue ("said Dana Ferrow") is never
    given as one span over the cue.
    """
    if len(quote.parts) == 1 and _inside(quote.parts[0], claim.span):
        return [_Piece(quote.parts[0], quote.text)]  # a quote in one piece is its own text
    if len(claim.text) != claim.span.end - claim.span.start:
        return []
    pieces = []
    for part in quote.parts:
        start, end = max(part.start, claim.span.start), min(part.end, claim.span.end)
        if start < end:
            text = claim.text[start - claim.span.start : end - claim.span.start]
            pieces.append(_Piece(Span(start, end), text))
    return pieces


def _quoted_whole(pieces: Sequence[_Piece], other: Quote) -> bool:
    """True when the words of ``pieces`` run unchanged in the other source's whole quote.

    "Every vote must be counted" quotes the start of "Every vote must be counted and
    every vote will be counted" word for word: set against the second clause (another
    claim's part of the longer quote) it is no rewording of it.
    """
    words = _keys(_expanded(" ".join(p.text for p in pieces)))
    whole = _keys(_expanded(other.text))
    size = len(words)
    return size > 0 and any(whole[i : i + size] == words for i in range(len(whole) - size + 1))


def _one_utterance(x: Sequence[str], y: Sequence[str], threshold: float) -> bool:
    """True when two word sequences are long enough and match as one utterance."""
    return min(len(x), len(y)) >= MIN_QUOTE_WORDS and quote_match(x, y) >= threshold


def wording_conflict(
    a: Claim, b: Claim, quotes_a: Sequence[Quote], quotes_b: Sequence[Quote], threshold: float
) -> Conflict | None:
    """Return a conflict when a quote of ``a`` and one of ``b`` word one utterance apart.

    Args:
        a: a claim of one article.
        b: a claim of another article.
        quotes_a: the direct quotes inside ``a``.
        quotes_b: the direct quotes inside ``b``.
        threshold: the quote-matching threshold (``ReconcileParams.quote_threshold``).
    """
    for x in quotes_a:
        for y in quotes_b:
            if not speakers_compatible(x, y):
                continue
            if not _one_utterance(quote_words(x.text), quote_words(y.text), threshold):
                continue
            px, py = _pieces(x, a), _pieces(y, b)
            words_x = quote_words(" ".join(p.text for p in px))
            if not _one_utterance(words_x, quote_words(" ".join(p.text for p in py)), threshold):
                continue
            if _quoted_whole(px, y) or _quoted_whole(py, x):
                continue
            changes = _inner_changes([p.text for p in px], [p.text for p in py])
            if changes:
                first_x, first_y = px[changes[0].part_a], py[changes[0].part_b]
                return Conflict(
                    ConflictKind.WORDING,
                    _describe(changes),
                    (
                        Evidence(a.article_id, first_x.span, first_x.text),
                        Evidence(b.article_id, first_y.span, first_y.text),
                    ),
                )
    return None

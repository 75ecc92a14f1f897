"""Quote drift inside a fact: one utterance worded differently by two sources.

Two direct quotes, one in each claim, are taken as one utterance by the test of
:mod:`corrobora.reconcile.quotes` (speakers that do not differ, and most of the shorter
wording found in order in the longer). They conflict in ``wording`` when they differ by
more than a cut or an extension: a word replaced, or words left out or added inside
the quote. Quoting only the start or the end of what was said is not a conflict, nor
is writing out a contraction. The detail names the changed words.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from ..model import Claim, Conflict, ConflictKind, Evidence, Quote
from .quotes import MIN_QUOTE_WORDS, quote_match, quote_words, speakers_compatible

__all__ = ["reworded", "wording_conflict"]

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


def _expanded(text: str) -> list[str]:
    """The quote's words with contractions written out ("we're" -> "we are")."""
    words: list[str] = []
    for word in quote_words(text):
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


def _inner_changes(first: str, second: str) -> list[tuple[str, str]]:
    """The changes between two wordings other than a cut or an extension at either end."""
    a, b = _expanded(first), _expanded(second)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        at_start = i1 == 0 and j1 == 0
        at_end = i2 == len(a) and j2 == len(b)
        if tag == "replace" or not (at_start or at_end):
            changes.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return changes


def reworded(first: str, second: str) -> bool:
    """True when two wordings differ inside, not only by one being cut or extended.

    Contractions are written out first, and punctuation and case are ignored, so
    "We're not" and "We are not" are one wording.
    """
    return bool(_inner_changes(first, second))


def _change(old: str, new: str) -> str:
    """One change in words: "“a” → “b”", "adds “b”" or "drops “a”"."""
    if not old:
        return f"adds “{new}”"
    if not new:
        return f"drops “{old}”"
    return f"“{old}” → “{new}”"


def _describe(changes: Sequence[tuple[str, str]]) -> str:
    parts = [_change(old, new) for old, new in changes[:_SHOWN_CHANGES]]
    more = len(changes) - _SHOWN_CHANGES
    return "; ".join(parts) + (f"; {more} more" if more > 0 else "")


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
            wx, wy = quote_words(x.text), quote_words(y.text)
            if min(len(wx), len(wy)) < MIN_QUOTE_WORDS or quote_match(wx, wy) < threshold:
                continue
            changes = _inner_changes(x.text, y.text)
            if changes:
                return Conflict(
                    ConflictKind.WORDING,
                    _describe(changes),
                    (
                        Evidence(a.article_id, x.span, x.text),
                        Evidence(b.article_id, y.span, y.text),
                    ),
                )
    return None

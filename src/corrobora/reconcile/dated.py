"""Reports of one act that date it on different days, worded with different verbs.

"The emails show that Ms Varrin was briefed on the contract on October 14" and
"Ministry officials said Ms Varrin learned of the contract on November 4" share too few
words for their pair score to make them one fact, so the dates are never weighed. Two
claims of different articles are taken as one act when their predicates are verbs of
one act (:mod:`corrobora.reconcile.predicates`), each dates it to one day, and they name
one person or body and a word of what the act concerns besides ("contract"). Such
claims are one fact, where the dates are compared. So are two reports of when one
event takes place, in two verbs of its taking place: "talks are scheduled for Friday,
March 13, at the Mediation Office" and "talks will resume on Thursday, March 12, at the
Mediation Office" (:func:`~corrobora.reconcile.predicates.takes_place_predicate`).

A sentence that opens a clause with a date of a past year tells that year's events to
its end: "The type has had one earlier engine fire: in 2024, an A-90 made an emergency
landing in Bellhaven, and three people were injured" counts the injured of 2024, also
in the part "three people were injured" cut from it as a claim of its own, which writes
no date. :func:`sentence_years` reads, once per story, the year each claim's sentence
so dates it in (see :func:`~corrobora.reconcile.totals.count_spans_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from ..model import AnalyzedArticle, Claim, DateMention, Span
from .predicates import same_predicate_class, takes_place_predicate

__all__ = ["SentenceYears", "one_dated_act", "sentence_years"]

#: What may come between the start of a clause and a date that frames it: "in", "back
#: in", "on", "during", "in early" (the start being the sentence's, or a colon's, a
#: semicolon's or a dash's).
_FRAME_BEFORE = re.compile(
    r"(?:^|[:;\u2014\u2013]\s*|\s-\s)\W*(?:(?:and|but|back|then)\s+)?"
    r"(?:in|on|during)?\s*(?:(?:early|mid|late)\s+)?$",
    re.IGNORECASE,
)
#: A clause that turns back to the time of the report: "now", "this year", "today".
_NOW = re.compile(r"\b(?:now|this\s+year|currently|today|so\s+far)\b", re.IGNORECASE)
SentenceYears = Mapping[str, tuple[tuple[date, date], ...]]
"""Claim id -> the past year (first and last day) its sentence dates it in."""


def _day(claim: Claim) -> bool:
    """True when the claim dates to one single day, however often it writes it.

    "Friday, March 13" may be read as two mentions of one day.
    """
    days = {d.start for d in claim.dates if d.start is not None and d.start == d.end}
    return len(days) == 1 and all(d.start is not None and d.start == d.end for d in claim.dates)


def _one_act(a: Claim, b: Claim) -> bool:
    """True when the predicates state one act, or both when an event takes place."""
    if same_predicate_class(a.predicate, b.predicate):
        return True
    return takes_place_predicate(a.predicate) and takes_place_predicate(b.predicate)


def _names(claim: Claim) -> frozenset[str]:
    """The words of the names the claim mentions ("elsa", "varrin")."""
    return frozenset(part for key in claim.entity_keys for part in key.split())


def _words_of_the_act(claim: Claim, names: frozenset[str]) -> frozenset[str]:
    """The claim's terms that are no name, figure, date word or predicate."""
    dated = {
        word for d in claim.dates for word in claim.text[
            d.span.start - claim.span.start : d.span.end - claim.span.start
        ].lower().split()
    }  # fmt: skip
    return frozenset(
        term
        for term in claim.terms
        if term not in names
        and term not in dated
        and term != claim.predicate
        and not any(ch.isdigit() for ch in term)
    )


def one_dated_act(a: Claim, b: Claim) -> bool:
    """True when claims of two articles date one act of one person (see the module).

    The name they share may be tagged in one wording only ("Mr Brenning").
    """
    if a.article_id == b.article_id or a.negated != b.negated:
        return False
    if not _one_act(a, b) or not (_day(a) and _day(b)):
        return False
    names = _names(a) | _names(b)
    if not set(a.terms) & set(b.terms) & names:
        return False
    return bool(_words_of_the_act(a, names) & _words_of_the_act(b, names))


def _framing_year(text: str, sentence: Span, mention: DateMention, published: date) -> bool:
    """True when ``mention`` opens a clause of its sentence and lies in a past year.

    "in 2024, a Skarn Airways A-90 made ..." after a colon: the date is written first in
    its clause, set off by a comma, and wholly of a year before the report's.
    """
    if mention.start is None or mention.end is None or mention.start.year != mention.end.year:
        return False
    if mention.end.year >= published.year or not sentence.contains(mention.span):
        return False
    before = text[sentence.start : mention.span.start]
    return bool(_FRAME_BEFORE.search(before)) and text[mention.span.end :].startswith(",")


def _claim_year(
    text: str, sentence: Span, frames: Sequence[DateMention], claim: Claim
) -> tuple[tuple[date, date], ...]:
    """The past year a framing date of its sentence gives a claim: () when none does.

    The date comes before the claim's end, no semicolon parts them, and the claim
    itself writes no other date and no word of the present ("now", "this year").
    """
    if _NOW.search(claim.text):
        return ()
    own = {(d.span.start, d.span.end) for d in claim.dates}
    for mention in reversed(frames):
        if mention.span.start >= claim.span.end:
            continue
        if own - {(mention.span.start, mention.span.end)}:
            return ()
        if ";" in text[mention.span.end : max(mention.span.end, claim.span.start)]:
            return ()
        year = mention.start.year if mention.start is not None else 0
        return ((date(year, 1, 1), date(year, 12, 31)),)
    return ()


def sentence_years(analyses: Sequence[AnalyzedArticle]) -> dict[str, tuple[tuple[date, date], ...]]:
    """The past year each claim's sentence dates it in, for claims it dates (see the module)."""
    found: dict[str, tuple[tuple[date, date], ...]] = {}
    for analysis in analyses:
        article = analysis.article
        if article.published is None:
            continue
        text, published = article.text, article.published.date()
        for claim in analysis.claims:
            sentence = next(
                (s for s in analysis.sentences if s.start <= claim.span.start < s.end),
                claim.span,
            )
            frames = [d for d in analysis.dates if _framing_year(text, sentence, d, published)]
            year = _claim_year(text, sentence, frames, claim)
            if year:
                found[claim.id] = year
    return found

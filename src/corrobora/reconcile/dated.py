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

A claim so dated in a past period well before its report (a month, a season or a year
ended more than a week before it: "In March, undersea cables outside Port Amal were
also damaged, disrupting about 70 percent of the network"), or whose figures a clause
gives of a past period's event ("since last year's Brask Ridge fire, which destroyed
310 homes"), tells of another event than a report of the story's own days: "Up to 70%
of communications have been disrupted", "cables were damaged on Friday". Such claims
of two articles are two facts (:func:`past_and_present`), read once per story by
:func:`past_periods`. Without a publication date, a frame that names a month, a
season or a year and no day is taken as past.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..extract.cues import REPORTING_VERBS
from ..extract.dates import named_weekday
from ..model import AnalyzedArticle, Claim, DateMention, Modality, Span
from .predicates import (
    light_predicate,
    planned_predicate,
    same_predicate_class,
    takes_place_predicate,
)
from .roles import IRREGULAR_FORMS

__all__ = [
    "PastPeriods",
    "SentenceYears",
    "acts_on_other_days",
    "one_dated_act",
    "past_and_present",
    "past_periods",
    "sentence_years",
    "weekdays_apart",
]

#: What may come between the start of a clause and a date that frames it: "in", "back
#: in", "on", "during", "in early" (the start being the sentence's, or a colon's, a
#: semicolon's or a dash's).
_FRAME_BEFORE = re.compile(
    r"(?:^|[:;\u2014\u2013]\s*|\s-\s)\W*(?:(?:and|but|back|then)\s+)?"
    r"(?:in|on|during)?\s*(?:(?:early|mid|late)\s+)?$",
    re.IGNORECASE,
)
#: The subject of a clause right after a date with no comma: "In 1959 he was", "In
#: 1997 the jury", "In 2004 Vance left". A pronoun, an article or a capitalized word.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its)\b|[A-Z][a-z])"
)
#: A clause that turns back to the time of the report: "now", "this year", "today".
_NOW = re.compile(r"\b(?:now|this\s+year|currently|today|so\s+far)\b", re.IGNORECASE)
SentenceYears = Mapping[str, tuple[tuple[date, date], ...]]
"""Claim id -> the past year (first and last day) its sentence dates it in."""
PastPeriods = Mapping[str, "PastPeriod"]
"""Claim id -> the past period its sentence, or a clause of it, dates it in."""

#: A date of no day that names a month, a season or a year: "March", "early 2024",
#: "last year", "the spring" (read as past when the report's own date is unknown).
_PERIOD_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:last|past|previous)\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter|year|month|(?:19|20)\d\d)"
    r"(?:\s+(?:19|20)\d\d)?$",
    re.IGNORECASE,
)
#: What follows a past period's event that a clause then tells of: "'s Brask Ridge
#: fire, which destroyed ...", " floods, when ...".
_EVENT_CLAUSE = re.compile(
    r"^(?:['\u2019]s)?(?:\s+[\w-]+){1,4},\s+(?:which|that|when|in\s+which)\b", re.IGNORECASE
)
#: How many days before its report a past period must have ended.
_WELL_BEFORE = 7


@dataclass(frozen=True, slots=True)
class PastPeriod:
    """A past period a claim is dated in: its days when known, and its words."""

    days: tuple[date, date] | None
    words: str


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


#: How many days apart two reports may date one act, worded in two verbs: a day's slip
#: ("Monday" for "Tuesday") is a date conflict of one act, a week is two acts.
_ONE_ACT_DAYS = 2


def _days(claim: Claim) -> frozenset[date] | None:
    """The days a claim dates its act on, or None unless every date it writes is one day."""
    days = frozenset(d.start for d in claim.dates if d.start is not None and d.start == d.end)
    if not days or any(d.start is None or d.start != d.end for d in claim.dates):
        return None
    return days


def acts_on_other_days(a: Claim, b: Claim) -> bool:
    """True when claims of two articles date two different acts on days apart.

    "Pulled a gun on two guards during a prison transfer Monday" (a report of November
    30) and "was captured Monday" (of December 7) share the inmate and the transfer,
    but the one tells the escape and the other the capture, a week later: each dates
    its own act, and its day is days from the other's. Days closer than that
    (:data:`_ONE_ACT_DAYS`) are as likely one act that a source misdated ("skidded off
    the runway on Tuesday" against "ran off the runway on Monday"). Verbs of one act
    (:func:`~corrobora.reconcile.predicates.same_predicate_class`, or both of an
    event's taking place) dated apart are one act with a date conflict instead.
    """
    if a.article_id == b.article_id or not a.predicate or not b.predicate:
        return False
    first, second = _days(a), _days(b)  # few claims date one day: the cheap test first
    if first is None or second is None:
        return False
    if min(abs((x - y).days) for x in first for y in second) <= _ONE_ACT_DAYS:
        return False
    return a.predicate != b.predicate and not _one_act(a, b) and not _no_act_of_its_own(a, b)


def weekdays_apart(
    a: Claim, left: Sequence[DateMention], b: Claim, right: Sequence[DateMention]
) -> tuple[DateMention, DateMention] | None:
    """The first weekday of each claim when no date is anchored and the weekdays differ.

    Without a publication date, "destroyed the chapel early Saturday" and "destroyed the
    chapel on Friday night" date no calendar day, yet two reports of one act that give
    it other weekdays disagree on its day, and two that give it the same weekday agree.
    ``left`` and ``right`` are the dates of the act in ``a`` and ``b``; when any of them
    is a calendar date, the days are compared instead and this gives None. A weekday of
    a saying ("the spokesman said Sunday") dates the report, not the act, and one that
    bounds a span or dates a reading ("until Friday", "as of Wednesday") dates no act.
    """
    if any(d.start is not None for d in (*left, *right)):
        return None
    first = _act_weekdays(a, left)
    second = _act_weekdays(b, right)
    if not first or not second or set(first.values()) & set(second.values()):
        return None
    return next(iter(first)), next(iter(second))


def _act_weekdays(claim: Claim, mentions: Sequence[DateMention]) -> dict[DateMention, int]:
    """The weekday each mention names (0 for Monday), but of a saying or of a bound."""
    found = {}
    for mention in mentions:
        day = named_weekday(mention)
        if day is not None and not _of_a_saying(claim, mention) and not _bound(claim, mention):
            found[mention] = day
    return found


#: Words that may open the phrase between a verb and its weekday ("said in Moscow Tuesday").
_PHRASE_OPENERS = frozenset({"in", "at", "on", "to", "from", "during"})
#: How many words that phrase may have, its opener included.
_PHRASE_WORDS = 4


def _of_a_saying(claim: Claim, mention: DateMention) -> bool:
    """True when a verb of speech dates with ``mention`` in its clause.

    Right before it ("said Tuesday", "confirmed on Monday") or before a short phrase
    that a preposition opens ("said in an interview Tuesday").
    """
    before = claim.text[: max(0, mention.span.start - claim.span.start)]
    words = re.findall(r"[a-z]+", re.split(r"[,;:]", before)[-1].lower())
    verbs = [words[-1]] if words else []
    for i in range(max(1, len(words) - _PHRASE_WORDS), len(words)):
        if words[i] in _PHRASE_OPENERS:
            verbs.append(words[i - 1])
    return any(word in SPOKEN for word in verbs)


#: Words that make a weekday the bound of a span or the time of a reading, not an act's day:
#: "as of Wednesday, there were 65 cases", "until Friday", "since Monday".
_BOUND_BEFORE = re.compile(
    r"\b(?:as\s+of|since|until|till|through|by)\s+(?:(?:early|late|last|this|next)\s+)?$",
    re.IGNORECASE,
)


def _bound(claim: Claim, mention: DateMention) -> bool:
    """True when ``mention`` bounds a span or dates a reading ("as of Wednesday")."""
    return bool(_BOUND_BEFORE.search(claim.text[: max(0, mention.span.start - claim.span.start)]))


def _spoken_forms() -> frozenset[str]:
    """The forms of the verbs of speech: regular ("announced", "tells") and irregular ones.

    The irregular ones ("said", "told", "spoken") come from the table of irregular forms
    :mod:`corrobora.reconcile.roles` keeps. A verb that may double its last consonant
    ("admitted") has both spellings; the one it does not use is no word.
    """
    forms = {form for verb in REPORTING_VERBS | {"speak"} for form in IRREGULAR_FORMS.get(verb, ())}
    for verb in REPORTING_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, f"{verb}s", f"{stem}ed", f"{stem}ing"}
        if verb.endswith("y"):
            forms |= {f"{verb[:-1]}ied", f"{verb[:-1]}ies"}
        if _DOUBLES.search(verb):
            forms |= {f"{verb}{verb[-1]}ed", f"{verb}{verb[-1]}ing"}
    return frozenset(forms)


#: A last consonant after one vowel, which an inflection may double ("admit", "refer").
_DOUBLES = re.compile(r"(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$")

SPOKEN = _spoken_forms()
"""Words of speech: a date right after them dates a saying, a new act in each report."""


def _no_act_of_its_own(a: Claim, b: Claim) -> bool:
    """True when a verb dates a plan or says little of itself ("is scheduled", "is on").

    "The next meeting is scheduled for June 17" and "the next meeting is on June 10"
    date one event in two verbs that tell no act apart from it.
    """
    return any(light_predicate(c.predicate) or planned_predicate(c.predicate) for c in (a, b))


def _framing_year(text: str, sentence: Span, mention: DateMention, published: date) -> bool:
    """True when ``mention`` opens a clause of its sentence and lies in a past year.

    "in 2024, a Skarn Airways A-90 made ..." after a colon: the date is written first in
    its clause, set off by a comma, and wholly of a year before the report's.
    """
    if mention.start is None or mention.end is None or mention.start.year != mention.end.year:
        return False
    if mention.end.year >= published.year or not sentence.contains(mention.span):
        return False
    return _opens_clause(text, sentence, mention)


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


def _past_period(mention: DateMention, published: date | None) -> PastPeriod | None:
    """The period a date names when it is longer than a day and well before the report.

    A date of no known day counts when the report's date is unknown too and its words
    name a month, a season or a year ("In March").
    """
    words = " ".join(mention.text.lower().split())
    if mention.start is None or mention.end is None:
        return PastPeriod(None, words) if published is None and _PERIOD_WORDS.match(words) else None
    if published is None or mention.start == mention.end:
        return None
    if mention.end >= published - timedelta(days=_WELL_BEFORE):
        return None
    return PastPeriod((mention.start, mention.end), words)


def _event_period(text: str, claim: Claim, published: date | None) -> PastPeriod | None:
    """The past period whose event a clause of the claim tells of ("last year's fire, which")."""
    for mention in claim.dates:
        after = text[mention.span.end : claim.span.end]
        if _EVENT_CLAUSE.match(after):
            period = _past_period(mention, published)
            if period is not None:
                return period
    return None


def _framing_period(
    text: str, sentence: Span, mentions: Sequence[DateMention], claim: Claim, published: date | None
) -> PastPeriod | None:
    """The past period a date opening the claim's sentence or clause frames it in.

    As for a year (:func:`_claim_year`): the claim writes no other date, no word of the
    present and no future, and no semicolon parts it from the date.
    """
    if _NOW.search(claim.text) or claim.modality is Modality.FUTURE:
        return None
    own = {(d.span.start, d.span.end) for d in claim.dates}
    for mention in reversed(mentions):
        if mention.span.start >= claim.span.end or not sentence.contains(mention.span):
            continue
        if not _opens_clause(text, sentence, mention):
            continue
        if own - {(mention.span.start, mention.span.end)}:
            return None
        if ";" in text[mention.span.end : max(mention.span.end, claim.span.start)]:
            return None
        return _past_period(mention, published)
    return None


def _opens_clause(text: str, sentence: Span, mention: DateMention) -> bool:
    """True when the date is written first in its clause, set off by a comma or not.

    "In 1959, he was convicted" and "In 1959 he was convicted" frame the clause alike:
    without the comma, the clause's subject follows the date (:data:`_SUBJECT_AFTER`).
    """
    before = text[sentence.start : mention.span.start]
    if not _FRAME_BEFORE.search(before):
        return False
    after = text[mention.span.end :]
    return after.startswith(",") or bool(_SUBJECT_AFTER.match(after))


def past_periods(analyses: Sequence[AnalyzedArticle]) -> dict[str, PastPeriod]:
    """The past period each claim is dated in, for claims so dated (see the module)."""
    found: dict[str, PastPeriod] = {}
    for analysis in analyses:
        article = analysis.article
        text = article.text
        published = None if article.published is None else article.published.date()
        for claim in analysis.claims:
            sentence = next(
                (s for s in analysis.sentences if s.start <= claim.span.start < s.end),
                claim.span,
            )
            period = _event_period(text, claim, published) or _framing_period(
                text, sentence, analysis.dates, claim, published
            )
            if period is not None:
                found[claim.id] = period
    return found


def _meets(period: PastPeriod, claim: Claim) -> bool:
    """True when a date the claim writes may fall in the period (or names it alike).

    A date of unknown days is weighed by its words against a period of unknown days
    only ("Friday" is not "March"); against known days it may fall anywhere.
    """
    for mention in claim.dates:
        if " ".join(mention.text.lower().split()) == period.words:
            return True
        known = mention.start is not None and mention.end is not None
        if known != (period.days is not None):
            return True
        if (
            known
            and period.days is not None
            and mention.start is not None
            and mention.end is not None
            and mention.start <= period.days[1]
            and period.days[0] <= mention.end
        ):
            return True
    return False


def past_and_present(a: Claim, b: Claim, periods: PastPeriods | None) -> bool:
    """True when claims of two articles tell of a past period's event and of another's.

    One claim is dated in a past period well before its report (:func:`past_periods`),
    the other is not, and writes no date that falls in it (see the module).
    """
    if not periods or a.article_id == b.article_id:
        return False
    for past, other in ((a, b), (b, a)):
        period = periods.get(past.id)
        if period is not None and other.id not in periods and not _meets(period, other):
            return True
    return False

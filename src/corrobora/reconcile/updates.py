"""Telling a real disagreement from an update or a correction, using the timeline.

Two reports of one fact that differ are not always in conflict. When they were
published apart (at least :data:`MIN_GAP`), the later one may:

- **correct** the earlier: its wording says so ("corrected", "revised", "an earlier
  version", "previously reported"), unless the two are credited to two different
  organizations (a body corrects only its own count);
- **update** it: both give a running count of the same unit (the dead, the injured,
  the missing, the evacuated, cases, arrests, votes and ballots being counted,
  signatures, those a breach or a disaster affects: counts that grow as events move
  on; a count "since Monday" too, but no count of a finished period, "over nine
  years", "during the study", "in 2025", "last year", unless it says it goes on: "so
  far", "to date", "has risen to"), or
  the later report says its figure rose ("has risen to 15", "climbed to", "have
  reached 43") or gives it
  as the level now ("the recall now covers 95,000 vehicles"), and every
  figure of the later report is higher than every figure of the earlier one; or both
  count one unit as it stands at the time of the report ("13 people remain in
  hospital", "are still missing", "23 people were being treated for burns", "45,000
  customers were without power", "120,000 had lost power"), which may go down as well
  as up; or each report
  dates its figure on its own day ("10 percent contained on Wednesday" in Wednesday's
  report, "60 percent" on Friday in Friday's), whatever the figure
  (:func:`as_of_reports`; the two days are then no date conflict either); or both
  give a count or an amount of ground, length, volume or mass as the total to date
  ("has burned 1,200 hectares", "have been forced from their homes", "so far") and
  the later report, of a later day, gives more (:func:`grew_over_days`).

A later report that denies the act an earlier one counted and gives a lower count
("did not die because of the fire, leaving the death toll at zero" after "one person
has died") corrects it (:func:`retracts`). A later report that an act was undone
("reopened" after "is closed") tells a change of state, not a denial
(:func:`changed_state`), and a later report of an act an earlier one said had not come
about yet ("was found" after "had still not been found") tells it came about
(:func:`came_about`). A source that denies something and, in a later report,
confirms it (or the reverse) has reversed itself: the later word updates its own
earlier one rather than disputing another source's (:func:`reversed_itself`).

A **correction notice** elsewhere in an article ("Correction: An earlier version of
this article misstated the revenue as $2.64 billion.", "This story has been corrected")
also counts: a figure that a later notice names and its article no longer states is
withdrawn from the earlier reports of the notice's own outlet (an outlet takes back
only what it reported itself), so such a report of it is corrected by whichever report
it conflicts with (its conflict lists the withdrawn wording first, even when the other
report is older); a
notice that names no figure makes its article correct the earlier reports of its own
outlet (:func:`correction_notices`). A code works alike: one a notice names and its
article no longer writes ("The aircraft was a Veyra V-240, not a V-220." over a lead
that now says "V-240") is withdrawn, and the report of it corrected
(:func:`with_withdrawn_code`).

A figure the wording gives as provisional, partial or of a stage of a count ("with 97
percent of ballots counted, Ravelo led by 412 votes", "with most precincts reporting",
"partial results", "preliminary figures") is updated by a later report's figure of the
same thing, higher or lower (:func:`provisional`).

An outlet restating its own earlier report ("The Ledger reported on Monday that ...")
neither updates nor corrects how firmly it stated it (:func:`restates_own_report`).

A later report whose wording says someone set the figure anew ("has raised its offer
for the company to 45 crowns", "cut the fare to 20 euros") updates the earlier figure,
money included: the change is the news, not a rival account of it. So does a holding
given as it stands now ("now owns 12.4 percent after buying shares"), and a total given
as it stood at a time of a later report ("had burned 5,100 hectares by Tuesday evening"
after "3,400 hectares by Tuesday morning").

Anything else, including a running total that fell without a correction cue, stays a
disagreement. The test is deliberately narrow: otherwise money, percentages and other
figures that are not counts are never taken as updates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from ..extract.quantities import clock_unit, measure, to_celsius
from ..model import (
    AGE_UNIT,
    AnalyzedArticle,
    Claim,
    Conflict,
    ConflictKind,
    ConflictNature,
    Evidence,
    Modality,
    Quantity,
    SourceKind,
    Span,
)
from ..ordering import utc
from .codes import text_codes
from .figures import (
    MARGIN,
    Figure,
    claim_figures,
    counts_things,
    figure_group,
    figures_agree,
    is_money,
    is_part,
    unit_kind,
)
from .origins import outlet_key
from .predicates import inflects, opposite_predicates, same_predicate_class
from .quotes import same_speaker

#: Reports closer in time than this are taken as simultaneous.
MIN_GAP = timedelta(hours=1)

#: Words naming a running count: figures of these only grow as events move on.
RUNNING_COUNTS = frozenset(
    {
        "toll", "dead", "death", "deaths", "died", "killed", "fatalities", "casualties",
        "injured", "injuries", "wounded", "hurt", "missing", "victims", "bodies",
        "evacuated", "evacuees", "displaced", "homeless", "rescued", "arrested",
        "arrests", "detained", "infected", "infections", "cases", "hospitalized",
        "hospitalised", "votes", "ballots", "tally", "signatures", "flooded", "destroyed",
        "damaged", "affected", "affects", "affecting", "suspended", "dismissed", "sacked",
        "expelled", "deported", "indicted", "stolen", "exposed", "compromised", "leaked",
        "cancelled", "canceled",
    }
)  # fmt: skip

_CORRECTION = re.compile(
    r"\b(?:correct(?:ed|s|ing|ion)|revis(?:ed|es|ing|ion)|amended|an earlier version|"
    r"(?:earlier|previously|initially) (?:reported|said|stated|given))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
#: Words of a hedge or a bound a figure may follow: "about 40", "more than 40".
_BOUND = r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least)\s+)?"
#: A count someone widened to a new figure, the verb and its object right before "to"
#: and the figure: "widened the recall of the tablets to 9,500 packs", "was extended on
#: Wednesday to 12,000 packs", "extended the ban for a second time, to six districts and
#: 4,000 farms", "expanded the search to 40 villages", "raised the number of inspectors
#: to 60"; or a new total that adds to it: "bringing the number of closed schools to
#: 61", "brought the total to 43". Such wording gives the figure as the new level of a
#: count that grew.
_WIDENED_TO = (
    r"\b(?:widen(?:s|ed|ing)?|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|broaden(?:s|ed|ing)?|"
    r"enlarg(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\b"
    r"(?:[\s,]+(?!(?:is|are|was|were|be|been|being|by)\b)[\w'’-]+){0,12}?[\s,]+to\s+"
    + _BOUND
    + r"(?:[\w'’-]+\s+){0,3}?\d|"
    r"\b(?:bring(?:s|ing)?|brought)\s+(?:the|its|their)\s+(?:(?:overall|total|official|"
    r"cumulative)\s+)?(?:total|number|toll|tally|count|figure)\b"
    r"(?:\s+[\w'’-]+){0,10}?\s+to\s+" + _BOUND + r"\d"
)
#: A figure said to have risen: "has risen to 15", "rises to", "climbed to", "went up to",
#: or to have reached a level: "have reached 43", or to have been widened to a new one
#: (:data:`_WIDENED_TO`) (not money or a percentage, see :func:`_running_count`).
_ROSE_TO = re.compile(
    r"\b(?:r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"jump(?:s|ed|ing)?|gr(?:ew|own|ows?|owing)|went\s+up|gone\s+up)\s+to\b|"
    r"\breach(?:es|ed|ing)?\s+" + _BOUND + r"\d|" + _WIDENED_TO,
    re.IGNORECASE,
)
#: A count of things received or recorded to the time of the report: "it had received
#: 12 reports", "has recorded 40 cases", "have logged 300 complaints".
_RECEIVED = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|so\s+far|thus\s+far)\s+)?"
    r"(?:received|recorded|registered|logged|collected|counted|documented)\s+" + _BOUND + r"\d",
    re.IGNORECASE,
)
#: A figure someone changed, the verb and its object right before "to" and the figure:
#: "has raised its offer for the company to 45 crowns", "increased its offer to", "cut
#: the price of the tickets to 20 euros". Money and shares too: the wording itself
#: says the figure was set anew.
_CHANGED_TO = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"hik(?:e|es|ed|ing)|sweeten(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
    r"reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?)\b"
    r"(?:\s+(?!(?:is|are|was|were|be|been|being|by)\b)[\w'’-]+){0,8}?\s+to\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?[$€£¥]?\d",
    re.IGNORECASE,
)
#: A holding given as it stands now, changed by a deal: "now owns 12.4 percent after
#: buying shares", "now holds a 12 percent stake", "now controls 51 percent". Shares
#: are bought and sold, so a later report of such a holding updates an earlier one.
_HELD_NOW = re.compile(
    r"\bnow\s+(?:owns?|holds?|controls?|has\s+(?:an?\s+)?(?:stake|holding|share)|"
    r"(?:owning|holding|controlling))\b",
    re.IGNORECASE,
)
#: A figure given as provisional, partial or as of a stage of a count: "with 97 percent
#: of ballots counted", "with most precincts reporting", "with 40 of 52 districts
#: declared", "partial results", "early returns", "preliminary figures", "as counting
#: continued". A later figure of the same thing updates it, whichever way it moved ("so
#: far" is no such stage: a toll to date that falls is still disputed).
_PROVISIONAL = re.compile(
    r"\bwith\s+(?:only\s+|just\s+)?(?:(?:about|around|nearly|almost|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|under)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
    r"\d[\d,]*\s+(?:of|out\s+of)\s+(?:the\s+)?\d[\d,]*|most|half|"
    r"(?:a|one|two)[\s-]+(?:thirds?|quarters?|fraction)|three[\s-]+quarters)\s+"
    r"(?:(?:of\s+)?(?:the\s+|all\s+)?[\w'’-]+\s+){1,4}?"
    r"(?:counted|reporting|tallied|declared|processed|verified|in(?=\s*(?:[,;:.)]|$)))\b|"
    r"\b(?:partial|early|preliminary|provisional|initial|incomplete|unofficial)\s+"
    r"(?:(?:vote|election|official)\s+)?(?:results?|figures?|counts?|returns|tall(?:y|ies)|"
    r"estimates?|data|numbers|tabulations?)\b|"
    r"\b(?:as|while|with)\s+(?:the\s+)?(?:counting|count|tallying|vote\s+count)\s+"
    r"(?:continu\w*|went\s+on|goes\s+on|(?:is\s+|was\s+)?(?:still\s+)?under\s*way)\b",
    re.IGNORECASE,
)
#: A later figure given as the level now: "the recall now covers 95,000 vehicles".
_NOW = re.compile(r"\bnow\b", re.IGNORECASE)
#: A perfect tense right after a count of those who did an act: "Five banks have now
#: raised their rates", "three lenders had followed". Not "had been", a state.
_DONE_TO_DATE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,5}?(?:have|has|had)\s+(?:(?:now|already|so\s+far|since|also)\s+)?"
    r"(?!been\b)(?:[a-z]+ed|[a-z]+en|cut|shut|quit|won|lost|left|sold|paid|made|set|begun)\b",
    re.IGNORECASE,
)
#: A count since a fixed start, which only grows: "admitted to hospital since Monday".
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:(?:last|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d|the\s+(?:start|beginning|outbreak|onset))",
    re.IGNORECASE,
)
#: A finished period a count is made over: "over nine years", "during the study", "in
#: 2025", "last year", "between 2015 and 2024", "over the follow-up period". A span
#: that reaches the present ("over the past nine years", "in the last 24 hours") is
#: no finished one.
_CLOSED_PERIOD = re.compile(
    r"\b(?:over|during|across|throughout)\s+(?:an?|(?:the\s+)?(?:\d[\d,.]*|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))"
    r"[\s-]+(?:years?|months?|decades?)\b"
    r"(?!\s+(?:old|of\s+age))|"
    r"\b(?:during|over|throughout|in)\s+the\s+(?:[\w-]+\s+)?(?:study|trial|survey|"
    r"follow-?up)(?:\s+period)?\b|"
    r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b|"
    r"\b(?:between|from)\s+(?:19|20)\d\d\s*(?:and|to|-|–)\s*(?:19|20)\d\d\b|"
    r"\blast\s+year\b",
    re.IGNORECASE,
)
#: Words that give a count as still going on: "so far", "to date", "has risen to".
_ONGOING = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|as\s+yet|this\s+year|now|since)\b", re.IGNORECASE
)
_NOT_COUNTS = frozenset({"%", "percentage point"})
#: A "since" that compares with a past event, not one a count runs from: "the largest
#: fire since last year's Brask Ridge fire", "the worst flooding since 2019".
_COMPARED_SINCE = re.compile(
    r"\b(?:[a-z]{2,}est|worst|best|least|most|first|only)\b(?:\s+(?!since\b)[\w'’-]+){0,6}?\s+since\b",
    re.IGNORECASE,
)
#: A person's past record, told as it stood before the event: "had previously been
#: arrested four times", "two prior convictions", "had been jailed before".
_PAST_RECORD = re.compile(
    r"\b(?:previously|formerly|prior)\b(?!\s+(?:reported|said|stated|given|announced|"
    r"published|released|put|estimated))|\b(?:criminal|police|arrest)\s+record\b|"
    r"\b(?:times|occasions)\s+before\b",
    re.IGNORECASE,
)
#: A count of how things stand when the report is written: "remain in hospital",
#: "are still missing", "currently", "as of".
_STANDING = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|currently|as\s+of)\b", re.IGNORECASE)
#: A count of those in a state at the time of the report: "are in hospital", "were being
#: treated in hospital", "is in intensive care", "are hospitalised", "in a critical
#: condition", "were being treated for burns", "are receiving treatment", "remain under
#: observation". Not "were taken to hospital", a count of arrivals that only grows.
_IN_STATE = re.compile(
    r"\b(?:are|is|were|was|being\s+(?:treated|cared\s+for|kept))\s+(?:now\s+)?(?:(?:in|on)\s+"
    r"(?:(?:the|a)\s+)?(?:hospital|intensive\s+care|critical\s+care|ventilators?|"
    r"(?:critical|serious|stable)\s+condition)|hospitali[sz]ed)\b|"
    r"\b(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:being\s+(?:treated|cared\s+for)|"
    r"receiving\s+(?:medical\s+)?(?:treatment|care)|under\s+(?:medical\s+)?(?:treatment|"
    r"observation))\b",
    re.IGNORECASE,
)
#: A count of those admitted, which only grows: "27 people were admitted to hospital",
#: "had been admitted to the burns unit".
_ADMITTED = re.compile(r"\badmitted\s+to\s+(?:(?:the|a|an)\s+)?[\w'’-]+", re.IGNORECASE)
#: A supply cut, counted as it stands and moving either way as crews restore it:
#: "45,000 customers were without power", "120,000 had lost power", "outages".
_SUPPLY_CUT = re.compile(
    r"\b(?:without|lost|lose|loses|losing|cut\s+off\s+from)\s+(?:power|electricity|water|heat|"
    r"gas|service|phone\s+service)\b|\b(?:power\s+cuts?|outages?|blackouts?)\b",
    re.IGNORECASE,
)
#: A correction notice: "Correction:", "Correction, October 24:", "An earlier version of
#: this article misstated ...", "This story has been corrected", "We incorrectly reported
#: ...", and the notice's sentence that gives the right figure ("The correct figure is
#: €96 million.", all of it). "An earlier version of this article" counts only with a correction
#: verb in its sentence (a story may be about a report's previous version); "Editor's
#: note:" is seldom a correction.
#: The head of a correction notice: "Correction:", "Correction, October 24:".
#: An outlet taking back its own figure in a sentence of news: "held for 94 days, not
#: 49 days as we reported on Wednesday", "not 12, as this newspaper said".
_NOT_AS_REPORTED = (
    r"\bnot\s+[^.;:\n]{1,40}?,?\s+as\s+(?:we|this\s+(?:newspaper|paper|site|article|"
    r"story|report|programme|program|station))\s+(?:had\s+)?(?:earlier\s+|previously\s+|"
    r"first\s+|initially\s+|wrongly\s+|incorrectly\s+|mistakenly\s+)?"
    r"(?:reported|said|stated|wrote|gave)\b"
)
_CORRECTION_HEAD = r"\s*correction\s*(?:[,(][^:\n]{1,40})?[:\-–—]"
_NOTICE = re.compile(
    r"^" + _CORRECTION_HEAD + r"|"
    r"^\s*the correct (?:figure|amount|number|total|name|spelling|date|title) (?:is|was) "
    r"[^,;:\n]{1,40}\s*$|"
    r"\ban? (?:earlier|previous|prior) version of this (?:article|story|report|piece)\b"
    r"(?=[^.!?\n]*\b(?:misstated|misspelled|incorrectly|wrongly|mistakenly|erroneously|"
    r"misidentified|gave the wrong|corrected)\b)|"
    r"\bthis (?:article|story|report|piece) (?:has been|was) (?:corrected|amended|revised)\b|"
    r"\b(?:we|this (?:article|story|report|piece)) (?:incorrectly|wrongly|mistakenly|"
    r"erroneously) (?:said|reported|stated|gave)\b|" + _NOT_AS_REPORTED,
    re.IGNORECASE | re.MULTILINE,
)


#: A notice's sentence that gives the right figure ("The correct figure is €96 million.").
_RIGHT_FIGURE = re.compile(r"^\s*the correct \w+ (?:is|was)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Corrections:
    """The correction notices of a story's articles.

    ``outlets`` gives each article's outlet key (see
    :func:`corrobora.reconcile.origins.outlet_key`); ``withdrawn`` maps each article that
    carries a notice to the figures its notices name and the rest of the
    article no longer states (empty when the notice names none). ``revising`` holds
    the sentences (article id, sentence number) whose wording says they correct or
    revise, so that "Turnout was 61.2 percent, the commission said, revising its
    earlier figure" corrects even where the revising clause is a claim of its own.
    ``replacing`` maps each such article to the other figures its notices state: the
    right ones ("Correction: ... said it owned 11 percent. It owns 9.5 percent.").
    ``withdrawn_codes`` maps each such article to the codes (written without hyphens:
    "V220") its notices name and the rest of it no longer writes.
    """

    outlets: Mapping[str, str] = field(default_factory=dict)
    withdrawn: Mapping[str, tuple[Quantity, ...]] = field(default_factory=dict)
    revising: frozenset[tuple[str, int]] = frozenset()
    replacing: Mapping[str, tuple[Quantity, ...]] = field(default_factory=dict)
    withdrawn_codes: Mapping[str, frozenset[str]] = field(default_factory=dict)


#: A line about the article rather than the news: that it will be updated ("This story
#: will be updated", "The Star will update this story", "This is a developing story") or
#: where it first appeared ("This article was first published by ...", "... is
#: republished with permission", "Republished under a Creative Commons licence").
_HOUSEKEEPING = re.compile(
    r"\b(?:this|the)\s+(?:article|story|report|piece|page)\s+(?:will|would|is\s+going\s+to)\s+"
    r"be\s+updated\b|"
    r"\bwill\s+(?:continue\s+to\s+)?update\s+(?:this|the)\s+(?:article|story|report|piece|page)\b|"
    r"\bthis\s+is\s+an?\s+(?:developing|breaking)\s+(?:news\s+)?story\b|"
    r"\bthis\s+(?:article|story|report|piece)\s+(?:was|is|has\s+been)\s+(?:first|originally)\s+"
    r"(?:published|posted|appeared)\b|"
    r"\b(?:re)?(?:published|printed|posted)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?"
    r"permission|by\s+(?:kind\s+)?permission|under\s+an?\s+creative\s+commons)\b",
    re.IGNORECASE,
)


def is_notice(text: str) -> bool:
    """True when the text is (or contains) a notice about the article, not news.

    A correction notice (see :func:`correction_notice`), a promise of updates or a
    reprint line: an outlet's words about its own text, which no other report
    corroborates or disputes.
    """
    return correction_notice(text) or _HOUSEKEEPING.search(text) is not None


#: A paragraph that is a correction notice from its first word: "Correction: ...".
_NOTICE_PARAGRAPH = re.compile(_CORRECTION_HEAD, re.IGNORECASE)


def in_notice_paragraph(text: str, span: Span) -> bool:
    """True when ``span`` of an article's ``text`` lies in a paragraph opened by a notice.

    "Correction: An earlier version of this article said the strike affected 38 public
    hospitals. It affected 42.": the second sentence belongs to the notice too.
    """
    start = text.rfind("\n", 0, span.start) + 1
    return _NOTICE_PARAGRAPH.match(text, start) is not None


def correction_notice(text: str) -> bool:
    """True when the text is (or contains) a correction notice."""
    return _NOTICE.search(text) is not None


def _same_figure(x: Quantity, y: Quantity) -> bool:
    """True when two quantities state one amount ("40 km" is not "40 miles")."""
    return unit_kind(x.unit) == unit_kind(y.unit) and math.isclose(
        _in_base(x.value, x.unit), _in_base(y.value, y.unit), rel_tol=1e-9
    )


def _in_base(value: float, unit: str) -> float:
    """``value`` in the base unit of its dimension when ``unit`` converts, else as it is.

    A temperature is in degrees Celsius ("104 °F" is 40).
    """
    known = measure(unit)
    if known:
        return value * known[1]
    celsius = to_celsius(value, unit)
    return value if celsius is None else celsius


def correction_notices(analyses: Sequence[AnalyzedArticle]) -> Corrections:
    """Find the articles that carry a correction notice and the figures it withdraws."""
    outlets = {a.article.id: outlet_key(a.article.outlet) for a in analyses}
    withdrawn: dict[str, tuple[Quantity, ...]] = {}
    replacing: dict[str, tuple[Quantity, ...]] = {}
    withdrawn_codes: dict[str, frozenset[str]] = {}
    revising = frozenset(
        (claim.article_id, claim.sentence)
        for analysis in analyses
        for claim in analysis.claims
        if _CORRECTION.search(claim.text)
    )
    for analysis in analyses:
        if not correction_notice(analysis.article.text):
            continue
        notices = _notice_claims(analysis)
        # the figure a notice gives as the correct one is stated, never withdrawn
        right = [c for c in notices if _RIGHT_FIGURE.search(c.text)]
        stated = [
            q for c in analysis.claims if c not in notices or c in right for q in c.quantities
        ]
        stated += [q for c in notices for q in _set_right(c)]
        gone = tuple(
            q for c in notices for q in c.quantities if not any(_same_figure(q, s) for s in stated)
        )
        withdrawn[analysis.article.id] = gone
        replacing[analysis.article.id] = tuple(
            q
            for c in analysis.claims
            if c in notices or in_notice_paragraph(analysis.article.text, c.span)
            for q in c.quantities
            if not any(_same_figure(q, w) for w in gone)
        )
        withdrawn_codes[analysis.article.id] = _withdrawn_codes(analysis, notices)
    return Corrections(outlets, withdrawn, revising, replacing, withdrawn_codes)


#: A sentence that is only a notice's label: "Correction:", "Correction, May 2:".
_LABEL_ONLY = re.compile(_CORRECTION_HEAD + r"\s*$", re.IGNORECASE)


def _notice_claims(analysis: AnalyzedArticle) -> list[Claim]:
    """The claims of an article that are correction notices.

    A claim whose wording is a notice, or one of the sentence right after a
    "Correction:" label in its paragraph: the label opens the notice even when the
    sentence splitter cuts it off as a sentence of its own.
    """
    labelled = _after_label(analysis)
    return [c for c in analysis.claims if correction_notice(c.text) or c.sentence in labelled]


def _after_label(analysis: AnalyzedArticle) -> frozenset[int]:
    """The sentences that directly follow a sentence that is only a notice's label."""
    text, sentences = analysis.article.text, analysis.sentences
    return frozenset(
        i + 1
        for i, (label, after) in enumerate(pairwise(sentences))
        if _LABEL_ONLY.match(text[label.start : label.end])
        and "\n" not in text[label.end : after.start]
    )


_TAKEN_BACK = re.compile(_NOT_AS_REPORTED, re.IGNORECASE)


def _set_right(notice: Claim) -> tuple[Quantity, ...]:
    """The figures a notice states before it takes back its own, the right ones.

    "Held for 94 days, not 49 days as we reported": 94 days stands, 49 is withdrawn.
    """
    found = _TAKEN_BACK.search(notice.text)
    if found is None:
        return ()
    end = notice.span.start + found.start()
    return tuple(q for q in notice.quantities if q.span.end <= end)


def _withdrawn_codes(analysis: AnalyzedArticle, notices: Sequence[Claim]) -> frozenset[str]:
    """The codes a notice, or a sentence of its paragraph, names and the rest never writes.

    "Correction: An earlier version of this article misstated the aircraft type. The
    aircraft was a Veyra V-240, not a V-220." over a lead that says "Veyra V-240":
    V-220 is withdrawn, V-240 stands.
    """
    text = analysis.article.text
    in_notice = [c for c in analysis.claims if c in notices or in_notice_paragraph(text, c.span)]
    named = {code for c in in_notice for code in text_codes(c.text)}
    written = {code for c in analysis.claims if c not in in_notice for code in text_codes(c.text)}
    return frozenset(named - written)


#: How a conflict's detail joins a figure a correction notice withdraws to the figure
#: that stands: "431,000,000 krona, corrected to 413,000,000 krona", whichever report is older.
WITHDRAWN_JOINER = ", corrected to "


def _withdrawn(
    claim: Claim,
    other: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections,
) -> bool:
    """True when a notice withdraws a figure of ``claim`` that ``other`` does not state.

    The notice must be in a later article, or be the claim itself.
    """
    return bool(_withdrawn_figures(claim, other, published, corrections))


def _notices_over(
    claim: Claim, published: Mapping[str, datetime | None], corrections: Corrections
) -> list[str]:
    """The articles whose notices may withdraw the claim's figures: later ones, or its own.

    Its own article's notice withdraws only the figures of the notice's own wording. A
    later article's notice withdraws only what its own outlet reported: "we incorrectly
    reported eight years" takes back the outlet's eight, not another outlet's.
    """
    when = published.get(claim.article_id)
    found = []
    for article_id in corrections.withdrawn:
        if article_id == claim.article_id:
            if correction_notice(claim.text):
                found.append(article_id)
            continue
        if not _same_outlet(claim.article_id, article_id, corrections):
            continue
        notice_time = published.get(article_id)
        if when is not None and notice_time is not None and utc(notice_time) > utc(when):
            found.append(article_id)
    return found


def _withdrawn_figures(
    claim: Claim,
    other: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections,
) -> tuple[Quantity, ...]:
    """The claim's figures that a notice withdraws and ``other`` does not state."""
    figures = [
        f for n in _notices_over(claim, published, corrections) for f in corrections.withdrawn[n]
    ]
    return tuple(
        q
        for q in claim.quantities
        if any(_same_figure(q, f) for f in figures)
        and not any(_same_figure(q, o) for o in other.quantities)
    )


def corrected_figures(
    wrong: Claim,
    right: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections,
) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """The figures a correction sets against each other: the withdrawn one, its replacement.

    "Oberlin owns 11 percent" withdrawn by "Correction: ... said it owned 11 percent.
    It owns 9.5 percent." against "Oberlin, which owns 9.5 percent, would need
    acceptances of at least 90 percent": 11 percent, corrected to 9.5 percent; the
    acceptance threshold is another figure of the sentence, not the corrected one.
    The replacement is the figure of ``right`` that the withdrawing notice states,
    else its figures of a kind of the withdrawn one (:func:`unit_kind`) that ``wrong``
    does not state.
    """
    gone = _withdrawn_figures(wrong, right, published, corrections)
    given = [
        f
        for n in _notices_over(wrong, published, corrections)
        for f in corrections.replacing.get(n, ())
    ]
    stated = tuple(q for q in right.quantities if any(_same_figure(q, f) for f in given))
    kinds = {unit_kind(q.unit) for q in gone}
    # "4.5 percent over two years" replaces the percentage; the term is no replacement
    stated = tuple(q for q in stated if unit_kind(q.unit) in kinds) or stated
    of_kind = tuple(
        q
        for q in right.quantities
        if unit_kind(q.unit) in kinds and not any(_same_figure(q, w) for w in wrong.quantities)
    )
    return gone, stated or of_kind


def with_withdrawn_code(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections | None,
) -> Conflict:
    """An entity conflict over a code a notice withdraws from one side only, as a correction.

    "V-220 vs V-240" where a later notice withdraws V-220 reads "V-220, corrected to
    V-240", the withdrawn wording first, as a figure a notice withdraws does
    (:func:`with_timeline`). Any other conflict is returned as it is.
    """
    if corrections is None or not corrections.withdrawn_codes:
        return conflict
    gone = [_withdrawn_code(c, o, published, corrections) for c, o in ((a, b), (b, a))]
    if gone[0] == gone[1]:
        return conflict
    wrong, right = (a, b) if gone[0] else (b, a)
    values = tuple(Evidence(c.article_id, c.span, c.text) for c in (wrong, right))
    swap = conflict.values[0].article_id != wrong.article_id
    return replace(
        conflict,
        detail=_ordered(conflict.detail, swap=swap, joiner=WITHDRAWN_JOINER),
        values=values,
        nature=ConflictNature.CORRECTION,
    )


def _withdrawn_code(
    claim: Claim,
    other: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections,
) -> bool:
    """True when a notice withdraws a code of ``claim`` that ``other`` does not write.

    The notice must be in a later article, or be the claim itself (:func:`_notices_over`).
    """
    codes = set(text_codes(claim.text)) - set(text_codes(other.text))
    return any(
        codes & corrections.withdrawn_codes.get(n, frozenset())
        for n in _notices_over(claim, published, corrections)
    )


def _same_outlet(first: str, second: str, corrections: Corrections) -> bool:
    """True when two articles are of one known outlet (an outlet corrects only itself)."""
    outlet = corrections.outlets.get(first)
    return outlet is not None and outlet == corrections.outlets.get(second)


def _general_notice(earlier: Claim, later: Claim, corrections: Corrections) -> bool:
    """True when the later claim's article, of the earlier's outlet, has a figureless notice."""
    return (
        corrections.withdrawn.get(later.article_id) == ()
        and earlier.article_id != later.article_id
        and _same_outlet(earlier.article_id, later.article_id, corrections)
    )


def _revises(claim: Claim, corrections: Corrections) -> bool:
    """True when the claim's wording, or its sentence's, says it corrects or revises."""
    return bool(_CORRECTION.search(claim.text)) or (
        (claim.article_id, claim.sentence) in corrections.revising
    )


def retracts(earlier: Claim, later: Claim) -> bool:
    """True when the later claim denies the earlier one's act and counts fewer of it.

    "One person has died" and a day later "the man did not die because of the fire,
    leaving the death toll at zero": the later report takes back a count, which a
    running count never does on its own. Both claims state one act (one class of
    predicate), only the later one negates it, and every figure of a unit both give
    is lower in the later one. The later claim denies the act when it is negated or
    when its words negate the earlier predicate ("a woman found in a car did not die"),
    or when it counts none of it ("no deaths have been caused by the fire").
    """
    if earlier.negated or not earlier.predicate:
        return False
    before, after = _counts(earlier), _counts(later)
    none_left = bool(after) and all(f.value == 0 for f in after)  # "no deaths have been ..."
    negated = later.negated and (
        none_left or same_predicate_class(earlier.predicate, later.predicate)
    )
    if not negated and not _negates(later.text, earlier.predicate):
        return False
    units = {
        u
        for u in _shared_kinds(before, after)
        if u not in _NOT_COUNTS and not is_money(u) and not clock_unit(u)
    }
    return _all_above(after, before, units)


#: The word a negation negates: "did not die", "was never killed", "wasn't injured".
_NEGATED_WORD = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:(?:been|be|have|yet)\s+)?(?P<word>[a-z]+)", re.IGNORECASE
)


def _negates(text: str, predicate: str) -> bool:
    """True when ``text`` negates a form of ``predicate`` ("did not die" of "die")."""
    return any(
        inflects(predicate, match.group("word").lower()) for match in _NEGATED_WORD.finditer(text)
    )


def _running_count(earlier: Claim, later: Claim) -> bool:
    """True when both claims count one unit of a total that rose or a standing count.

    A later figure said to have risen, been widened to or received to date ("had
    received 12 reports") is a running one.

    A standing count ("remain in hospital") may change either way. Units that count
    the same people are one unit (see :func:`corrobora.reconcile.figures.unit_kind`).
    A count of a finished period (:func:`_closed_count`) runs on no more, nor does a
    person's past record ("had previously been arrested four times"): two reports of it
    that differ disagree.
    """
    if _closed_count(earlier) or _closed_count(later):
        return False
    if _PAST_RECORD.search(earlier.text) or _PAST_RECORD.search(later.text):
        return False  # a record as it stood before the event does not grow between reports
    words = set(_WORD.findall(f"{earlier.text} {later.text}".lower()))
    standing = bool(standing_count(earlier.text) and standing_count(later.text)) or bool(
        _SUPPLY_CUT.search(earlier.text) and _SUPPLY_CUT.search(later.text)
    )
    cumulative = bool(_CUMULATIVE.search(earlier.text) and _CUMULATIVE.search(later.text))
    running = (
        words & RUNNING_COUNTS
        or (running_unit(earlier) and running_unit(later))
        or (_ADMITTED.search(earlier.text) and _ADMITTED.search(later.text))
        or cumulative
        or _ROSE_TO.search(later.text)
        or _RECEIVED.search(later.text)
        or _NOW.search(later.text)
        or done_to_date(earlier)
        or done_to_date(later)
    )
    if not standing and not running:
        return False
    figures_before, figures_after = _counts(earlier), _counts(later)
    units = {unit_kind(f.unit) for f in figures_before} & {unit_kind(f.unit) for f in figures_after}
    for unit in units:
        if unit in _NOT_COUNTS or is_money(unit) or clock_unit(unit):
            continue  # a later time of day is no count that grew
        before = [_in_base(f.value, f.unit) for f in figures_before if unit_kind(f.unit) == unit]
        after = [_in_base(f.value, f.unit) for f in figures_after if unit_kind(f.unit) == unit]
        if before and after and (standing or max(before) < min(after)):
            return True
    return False


#: A figure given as the total to the time of the report: "has burned 1,200 hectares",
#: "have been forced from their homes", "5,100 hectares so far", "to date".
#: Words that give a figure as the total until now: "so far", "to date", "thus far".
_SO_FAR = r"\b(?:so\s+far|to\s+date|thus\s+far)\b"
#: A total as it stood at a time the clause names: "had burned 1,200 hectares by Monday
#: evening", "had been evacuated by noon".
_HAD_BY = (
    r"\bhad\s+(?:(?:now|already)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|nt)\b[^.;]*?\bby\s+"
    r"(?:(?:late|early|mid|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|morning|midday|noon|afternoon|evening|night|nightfall|dawn|\d|end\b|close\b)"
)
_TO_DATE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|thus\s+far)\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|wn|nt)\b|" + _SO_FAR + r"|" + _HAD_BY,
    re.IGNORECASE,
)
#: A past perfect a source is reported to have used, the "has burned" of its own words
#: told in reported speech: "The fire had burned 14,500 acres, the authority said".
_HAD_DONE = re.compile(
    r"\bhad\s+(?:(?:now|already)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|nt)\b", re.IGNORECASE
)
_REPORTED = re.compile(r"\b(?:said|says|according\s+to|told|reported)\b", re.IGNORECASE)


def _to_date(claim: Claim) -> bool:
    """True when the claim gives its figure as the total to the time of the report.

    "Has burned", "so far", "had burned ... by Monday evening", or a reported "had
    burned" (:data:`_HAD_DONE`).
    """
    text = claim.text
    return bool(_TO_DATE.search(text) or (_HAD_DONE.search(text) and _REPORTED.search(text)))


#: Kinds of physical measure that add up as an event goes on: ground burned or flooded,
#: length of coast fouled, oil spilled, tonnes of ash.
_ACCUMULATING = frozenset({"area", "length", "volume", "mass"})


def grew_over_days(earlier: Claim, later: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when a total given to date in both reports is higher in a later report.

    "The fire has burned 1,200 hectares" on Tuesday and "has burned 5,100 hectares so
    far" on Thursday state the total of an event still going on as each report found
    it: a running total, whatever it counts (people forced from their homes, ground
    burned, oil spilled). The later report is of a later day, or of the same day with
    its figure timed later in it ("by Tuesday morning", then "by Tuesday evening",
    :func:`_later_in_day`). Other reports of one day that differ still disagree, and so
    does a total of a finished period, a lower later figure, money, a share or a term.
    """
    first, second = published.get(earlier.article_id), published.get(later.article_id)
    if first is None or second is None or second.date() < first.date():
        return False
    if second.date() == first.date() and not _later_in_day(earlier, later):
        return False
    if not (_to_date(earlier) and _to_date(later)):
        return False
    if _closed_count(earlier) or _closed_count(later):
        return False
    before, after = _counts(earlier), _counts(later)
    units = {u for u in _shared_kinds(before, after) if u in _ACCUMULATING or counts_things(u)}
    return _all_above(before, after, units)


#: A share of a thing done: "35 percent contained", "60% complete", "80 per cent
#: vaccinated". The work goes on, so the share only grows.
_SHARE_DONE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent)\s+(?:(?:now|already)\s+)?(?:[a-z]+ed|complete|done|"
    r"finished|built|restored)\b",
    re.IGNORECASE,
)


def share_done_grew(earlier: Claim, later: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when one source gives a higher share of a thing done in a report of a later day.

    "The fire was 10 percent contained" on Tuesday and "was 35 percent contained" on
    Wednesday, both from the fire authority: the work went on between the reports,
    whatever time phrase each clause kept. Two sources, or a lower later share, still
    disagree.
    """
    first, second = published.get(earlier.article_id), published.get(later.article_id)
    if first is None or second is None or second.date() <= first.date():
        return False
    if not (_SHARE_DONE.search(earlier.text) and _SHARE_DONE.search(later.text)):
        return False
    keys = [c.attribution.source_key if c.attribution else "" for c in (earlier, later)]
    if not keys[0] or not keys[1] or not same_speaker(keys[0], keys[1]):
        return False
    before = [f.value for f in claim_figures(earlier) if f.unit == "%"]
    after = [f.value for f in claim_figures(later) if f.unit == "%"]
    return bool(before and after) and max(before) < min(after)


#: Times of a day in their order: a figure "by Tuesday evening" is later than one "by
#: Tuesday morning".
_DAY_PARTS = ("dawn", "morning", "midday", "noon", "afternoon", "evening", "night")
_DAY_PART = re.compile(r"\b(?:" + "|".join(_DAY_PARTS) + r")\b", re.IGNORECASE)


def _later_in_day(earlier: Claim, later: Claim) -> bool:
    """True when the later claim times its figure later in the day than the earlier one."""
    times = [_DAY_PART.findall(c.text) for c in (earlier, later)]
    if not times[0] or not times[1]:
        return False
    rank = [_DAY_PARTS.index(t[-1].lower()) for t in times]
    return rank[0] < rank[1]


def _closed_count(claim: Claim) -> bool:
    """True when the claim counts over a finished period and not as a count still going on.

    "Over nine years, 1,870 new cases were recorded" states a study's count: a later
    report of 2,170 disputes it, as no more cases arise in a period already over.
    "1,870 cases so far", "has risen to" or "since Monday" say the count goes on; a
    "since" of a comparison ("the largest since last year's fire, which destroyed 310
    homes") does not.
    """
    text = _COMPARED_SINCE.sub(" ", claim.text)
    return bool(
        _CLOSED_PERIOD.search(text) and not _ONGOING.search(text) and not _ROSE_TO.search(text)
    )


def standing_count(text: str) -> bool:
    """True when the wording gives a count as it stands when the report is written.

    "13 remain in hospital", "are still missing", "Eleven people are in hospital",
    "were being treated in hospital": a later report of such a count, higher or
    lower, tells how things stand later, whichever of these wordings each uses.
    """
    return bool(_STANDING.search(text) or _IN_STATE.search(text))


def done_to_date(claim: Claim) -> bool:
    """True when the claim opens with a count of those who have done an act to date.

    "Five commercial banks have now raised their mortgage rates", "three lenders had
    followed": a count of the doers of an act others may still do, which only grows as
    they follow. The count is the claim's first figure, of things, and the perfect comes
    within a few words after it.
    """
    if not claim.quantities:
        return False
    figures = claim_figures(claim)
    if len(figures) != len(claim.quantities):
        return False  # a tally read from two numbers
    first = min(claim.quantities, key=lambda q: q.span.start)
    figure = figures[claim.quantities.index(first)]
    if figure.change or figure.earlier or not figure.unit:
        return False
    if not counts_things(unit_kind(figure.unit)):
        return False
    return _DONE_TO_DATE.search(claim.text[first.span.end - claim.span.start :]) is not None


def running_unit(claim: Claim) -> bool:
    """True when a figure of the claim counts what :data:`RUNNING_COUNTS` names.

    "Rendahl had 246,050", split from "Marten had 249,300 votes and ...", counts votes
    though its own words never say so: its unit, given once for both, does.
    """
    return any(f.unit in RUNNING_COUNTS or f"{f.unit}s" in RUNNING_COUNTS for f in _counts(claim))


def running_count_cue(text: str) -> bool:
    """True when a sentence's wording gives its figure as a running or standing count.

    The words of :data:`RUNNING_COUNTS`, a figure said to have risen or reached, a count
    received or recorded to date ("had received 12 reports"), a count since a fixed
    start, a count of those admitted ("admitted to hospital"), a count as it stands, or
    a supply cut.
    """
    return bool(
        set(_WORD.findall(text.lower())) & RUNNING_COUNTS
        or _ROSE_TO.search(text)
        or _RECEIVED.search(text)
        or _CUMULATIVE.search(text)
        or _ADMITTED.search(text)
        or standing_count(text)
        or _SUPPLY_CUT.search(text)
    )


def _counts(claim: Claim) -> tuple[Figure, ...]:
    """A claim's figures that can run on: not a vote split or a score ("312-298").

    Nor an age ("a 78-year-old woman died"): one person's age is no count that grows
    as events move on, so a later, different age disputes it.

    A final tally is given once; a later, different one disputes it. Nor a margin
    between rivals ("a margin of 2,940 votes"): it narrows or widens as the count
    goes on, and a later, different one is no count that only grew. Nor a part of a
    count ("two of them seriously"): the whole it is part of is what runs on.
    """
    return tuple(
        f
        for f in claim_figures(claim)
        if not f.tally and f.role != MARGIN and not is_part(f) and f.unit != AGE_UNIT
    )


#: A report that no one was harmed: "No one was killed", "no injuries were reported".
_NO_VICTIMS = re.compile(
    r"\b(?:no\s+one|nobody|no\s+(?:one\s+)?(?:deaths?|injuries|casualties|fatalities|victims))\b",
    re.IGNORECASE,
)


def first_victims(
    conflict: Conflict, a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict:
    """A negation conflict made an update when a later report counts the first victims.

    "No one was killed in the floods" on Sunday and "One man was killed in the floods"
    on Monday: the toll rose from none, which no report disputes.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return conflict
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    if not _NO_VICTIMS.search(earlier.text) or _NO_VICTIMS.search(later.text):
        return conflict
    values = tuple(Evidence(c.article_id, c.span, c.text) for c in (earlier, later))
    return replace(conflict, values=values, nature=ConflictNature.UPDATE)


def changed_state(
    conflict: Conflict, a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict:
    """A conflict of opposite acts made an update when the later act undoes the earlier.

    "Highway 14 is closed" on Tuesday and "Highway 14 reopened on Thursday" two days
    later: to reopen is to end a closing, so the later report confirms the earlier
    state and tells how it changed. The later predicate is "re" and a verb of the
    opposite act to the earlier's ("reopen" after "close"); the reports are at least
    :data:`MIN_GAP` apart.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return conflict
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    undone = later.predicate.removeprefix("re")
    if undone == later.predicate or not opposite_predicates(earlier.predicate, undone):
        return conflict
    values = tuple(Evidence(c.article_id, c.span, c.text) for c in (earlier, later))
    detail = f"{earlier.predicate!r}, later {later.predicate!r}"
    return replace(conflict, detail=detail, values=values, nature=ConflictNature.UPDATE)


#: Wording that tells an act not come about yet when the report was written: "had still
#: not been found", "still hasn't been found", "has not yet been found", "is yet to be
#: found".
_NOT_YET = re.compile(
    r"\bstill\s+(?:(?:has|have|had|is|are|was|were|did|does|do)\s+)?(?:not|never)\b|"
    r"\bstill\s+(?:has|have|had|is|are|was|were|did|does|do)n['’]t\b|"
    r"\b(?:not|n['’]t)\s+(?:(?:been|be)\s+)?yet\b|"
    r"\b(?:not|n['’]t)\s+(?:been\s+)?[a-z]+\s+yet\b|"
    r"\b(?:is|are|was|were|has|have|had)\s+yet\s+to\b",
    re.IGNORECASE,
)


def came_about(
    conflict: Conflict, a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict:
    """A negation conflict made an update when a later report tells an awaited act done.

    "The missing technician had still not been found on Wednesday morning" at 7 a.m.
    and "The body of the missing worker was found on Wednesday morning" at 1 p.m.: the
    earlier report says the act had not come about yet (:data:`_NOT_YET`), the later
    one that it has, so the news moved on, as "no one was killed" before "one man was
    killed" (:func:`first_victims`). Both tell one act (one class of predicate), only
    the earlier is negated, and the reports are at least :data:`MIN_GAP` apart.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return conflict
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    if not earlier.negated or later.negated or not _NOT_YET.search(earlier.text):
        return conflict
    if not earlier.predicate or not same_predicate_class(earlier.predicate, later.predicate):
        return conflict
    values = tuple(Evidence(c.article_id, c.span, c.text) for c in (earlier, later))
    detail = f"not yet {earlier.predicate!r}, later {later.predicate!r}"
    return replace(conflict, detail=detail, values=values, nature=ConflictNature.UPDATE)


#: Cues of a source taking a stand on what it was asked or had said: "confirmed",
#: "admitted", "denied".
_TURNS = frozenset(
    {"confirm", "admit", "acknowledge", "concede", "deny", "retract", "reverse", "withdraw"}
)


def reversed_itself(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    speaks_for: Mapping[str, str] | None = None,
) -> Conflict:
    """A negation conflict made an update when one source later reverses its own word.

    "Velstrand is not in talks, the company said" on Monday and "Velstrand on Tuesday
    confirmed that it is in talks" are one source's denial and its later confirmation:
    the detail tells so ("Velstrand Industries denied it, later confirmed it"), the
    earlier wording first. Both wordings are credited (as statements) to one source once
    names are resolved (``speaks_for``: "the company" is the story's Velstrand
    Industries, a spokesman the body he speaks for), the later is credited by a cue of
    a turn (:data:`_TURNS`: "confirmed", "admitted", "denied"; a source that "said"
    both gives two accounts that disagree), and the reports are at least
    :data:`MIN_GAP` apart.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return conflict
    name = _one_source(a, b, speaks_for or {})
    if name is None:
        return conflict
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    if later.attribution is None or later.attribution.cue not in _TURNS:
        return conflict  # "said" twice: two accounts that disagree, not a turn
    said = ["denied it" if c.negated else "confirmed it" for c in (earlier, later)]
    values = tuple(Evidence(c.article_id, c.span, c.text) for c in (earlier, later))
    detail = f"{name} {said[0]}, later {said[1]}"
    return replace(conflict, detail=detail, values=values, nature=ConflictNature.UPDATE)


def _one_source(a: Claim, b: Claim, speaks_for: Mapping[str, str]) -> str | None:
    """The name of the one source both claims are credited to, if they are (else None)."""
    credits = [a.attribution, b.attribution]
    if any(c is None or not c.statement or not c.source_key for c in credits):
        return None
    keys = [speaks_for.get(c.source_key, c.source_key) for c in credits if c is not None]
    if not same_speaker(keys[0], keys[1]):
        return None
    # the credit that names the source itself, not "the company" or its spokesman
    named = [c.source for c in credits if c is not None and c.source_key not in speaks_for]
    return named[0] if named else max(keys, key=len).title()


def negation_over_time(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    speaks_for: Mapping[str, str] | None = None,
) -> Conflict:
    """A negation conflict as the timeline reads it.

    First victims, an awaited act come about (:func:`came_about`), a state undone, a
    source that reversed itself (:func:`reversed_itself`).
    """
    found = came_about(first_victims(conflict, a, b, published), a, b, published)
    found = changed_state(found, a, b, published)
    if found.nature is not ConflictNature.DISAGREEMENT:
        return found
    return reversed_itself(found, a, b, published, speaks_for)


def as_of_reports(a: Claim, b: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when two figures of one kind are each dated on their own report's day.

    "10 percent contained on Wednesday" in Wednesday's report and "60 percent
    contained on Friday" in Friday's state how things stood when each was written: the
    days differ because the reports do, which is no date conflict, and the figures
    may differ as an update. A claim without a figure (an event's date) is not one.
    """
    groups = {figure_group(f) for f in _dated_figures(a)} & {
        figure_group(f) for f in _dated_figures(b)
    }
    if not groups or not a.dates or not b.dates:
        return False
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return False
    for claim, when in ((a, first), (b, second)):
        day = when.date()
        for mention in claim.dates:
            if mention.start is None or mention.end is None:
                return False
            if mention.start < day - timedelta(days=1) or mention.end > day:
                return False
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    return _last_day(later) > _last_day(earlier)


def _dated_figures(claim: Claim) -> tuple[Figure, ...]:
    """A claim's figures a report may date to its own day: its counts and any margin.

    "Led by about 3,100 votes late Tuesday" and "leads by 1,204 votes ... on Wednesday
    evening" each give the lead as it stood when the report was written.
    """
    margins = tuple(
        f for f in claim_figures(claim) if f.role == MARGIN and not f.tally and not is_part(f)
    )
    return _counts(claim) + margins


def _last_day(claim: Claim) -> date:
    return max(d.end for d in claim.dates if d.end is not None)


def with_timeline(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections | None = None,
) -> Conflict:
    """Order a conflict's wordings in time; say if the later one updates or corrects.

    A figure that a correction notice withdraws from one side only is corrected by the
    other side, listed first whatever the times (see the module docstring). Otherwise,
    without two publication times at least :data:`MIN_GAP` apart the conflict is
    returned as it is. The detail (``X vs Y``) follows the same order, and reads
    ``X, later Y`` for an update or a correction.
    """
    corrections = corrections or Corrections()
    if conflict.kind is ConflictKind.NUMBER and corrections.withdrawn:
        wrong_a = _withdrawn(a, b, published, corrections)
        if wrong_a != _withdrawn(b, a, published, corrections):
            wrong, right = (a, b) if wrong_a else (b, a)
            values = tuple(Evidence(c.article_id, c.span, c.text) for c in (wrong, right))
            return replace(
                conflict,
                detail=_ordered(conflict.detail, swap=wrong is b, joiner=WITHDRAWN_JOINER),
                values=values,
                nature=ConflictNature.CORRECTION,
            )
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None:
        return conflict
    gap = utc(second) - utc(first)
    if abs(gap) < MIN_GAP:
        return conflict
    earlier, later = (a, b) if gap > timedelta(0) else (b, a)
    values = tuple(Evidence(claim.article_id, claim.span, claim.text) for claim in (earlier, later))
    nature = ConflictNature.DISAGREEMENT
    if (
        (_revises(later, corrections) and not _bodies_apart(earlier, later))
        or _general_notice(earlier, later, corrections)
        or (conflict.kind is ConflictKind.NUMBER and retracts(earlier, later))
    ):
        nature = ConflictNature.CORRECTION
    elif conflict.kind is ConflictKind.MODALITY:
        if _settles(earlier, later):
            nature = ConflictNature.UPDATE
    elif conflict.kind is ConflictKind.NUMBER and _updates_figure(earlier, later, published):
        nature = ConflictNature.UPDATE
    joiner = " vs " if nature is ConflictNature.DISAGREEMENT else ", later "
    detail = _ordered(conflict.detail, swap=earlier is b, joiner=joiner)
    if conflict.kind is ConflictKind.MODALITY:  # its detail names the firm wording first
        detail = f"{earlier.modality.value}{joiner}{later.modality.value}"
    return replace(conflict, detail=detail, values=values, nature=nature)


def _bodies_apart(earlier: Claim, later: Claim) -> bool:
    """True when the claims are credited to two different organizations.

    "The fire brigade corrected its count of injured from 31 to 26" corrects the
    brigade's own count, not the 41 a hospital gave: a body revises only what it said
    itself. A person may speak for either body, so only two bodies named as such are
    told apart.
    """
    credits = [earlier.attribution, later.attribution]
    keys = [
        c.source_key
        for c in credits
        if c is not None and c.statement and c.kind is SourceKind.ORGANIZATION and c.source_key
    ]
    return len(keys) == 2 and not same_speaker(keys[0], keys[1])


def raised_between(
    claims: Sequence[Claim], a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> bool:
    """True when a report dated between two wordings gives the later one's figure as a rise.

    "The company has offered a 4 percent pay rise" (Tuesday), "The company had raised
    its offer to 5 percent" (Wednesday), "it had offered a 5 percent pay rise"
    (Thursday): once a report between them said the figure was raised, cut or rose to
    the later wording's value (:data:`_CHANGED_TO`, :data:`_ROSE_TO`), the later wording
    tells the new level, not a rival account of the earlier one. ``claims`` are the
    fact's wordings; the one between must be of a third article, published after the
    earlier wording and no later than the later one, share a word of what it tells with
    the earlier wording besides its verb of change, and give a figure the later wording
    gives and the earlier does not.
    """
    times = {c.article_id: published.get(c.article_id) for c in (a, b)}
    first, second = times[a.article_id], times[b.article_id]
    if first is None or second is None or abs(utc(second) - utc(first)) < MIN_GAP:
        return False
    earlier, later = (a, b) if utc(first) < utc(second) else (b, a)
    start, end = utc(min(first, second, key=utc)), utc(max(first, second, key=utc))
    new = [
        y
        for y in claim_figures(later)
        if not any(figures_agree(x, y) for x in claim_figures(earlier))
    ]
    for claim in claims:
        moment = published.get(claim.article_id)
        if claim.article_id in times or moment is None or not start < utc(moment) <= end:
            continue
        change = _CHANGED_TO.search(claim.text) or _ROSE_TO.search(claim.text)
        if change is None:
            continue
        verb = change.group(0).split()[0].lower()
        told = {t for t in _told(claim) if t != claim.predicate and not inflects(t, verb)}
        if not told & _told(earlier):
            continue  # a rise of another thing ("fuel costs rose to 6 percent")
        if any(figures_agree(x, y) for x in _changed_levels(claim) for y in new):
            return True
    return False


def _told(claim: Claim) -> frozenset[str]:
    """The claim's terms that are no word of its figures ("4 percent", "5,000 people")."""
    figures = " ".join(
        claim.text[q.span.start - claim.span.start : q.span.end - claim.span.start].lower()
        for q in claim.quantities
    )
    written = set(_WORD.findall(figures))
    return frozenset(t for t in claim.terms if t.isalpha() and t not in written)


def as_update(conflict: Conflict) -> Conflict:
    """A timed disagreement ("4 % vs 5 %", earlier first) told as an update ("4 %, later 5 %")."""
    if conflict.nature is not ConflictNature.DISAGREEMENT:
        return conflict
    detail = conflict.detail.replace(" vs ", ", later ")
    return replace(conflict, detail=detail, nature=ConflictNature.UPDATE)


def _changed_levels(claim: Claim) -> tuple[Figure, ...]:
    """The claim's figures given as the level something changed to (not the change)."""
    return tuple(f for f in claim_figures(claim) if not (f.change or f.earlier))


def _updates_figure(earlier: Claim, later: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when the later claim's differing figure updates the earlier claim's.

    The earlier figure is provisional (:func:`provisional`), whoever gave it, or the
    later wording gives it as the level its figure replaced (:func:`_replaced_level`); or,
    unless two named sources of one day give rival counts
    (:func:`credited_same_day`), a running or standing count, a figure set anew, a
    holding given as it stands now (:data:`_HELD_NOW`), one dated on each report's day,
    or a total to date that grew (see the module).
    """
    if provisional(earlier) or _replaced_level(earlier, later):
        return True
    return not credited_same_day(earlier, later, published) and (
        _running_count(earlier, later)
        or _CHANGED_TO.search(later.text) is not None
        or _HELD_NOW.search(later.text) is not None
        or as_of_reports(earlier, later, published)
        or grew_over_days(earlier, later, published)
        or share_done_grew(earlier, later, published)
    )


def _replaced_level(earlier: Claim, later: Claim) -> bool:
    """True when the later wording gives the earlier's count as the level its own replaced.

    "Eleven people were injured, up from the three minor injuries reported by the
    airport" names the earlier report's "three passengers" as its figure's earlier
    level: the later report says itself that it updates that count, in whatever noun.
    """
    levels = [f for f in claim_figures(later) if f.earlier and not f.change]
    current = [f for f in claim_figures(later) if not (f.earlier or f.change)]
    if not levels or not current:
        return False
    return any(
        math.isclose(level.value, count.value)
        for level in levels
        for count in _counts(earlier)
        if not (count.earlier or count.change) and counts_things(unit_kind(count.unit))
    )


def provisional(claim: Claim) -> bool:
    """True when the claim's wording gives its figures as provisional or partial.

    "With 97 percent of ballots counted, Ravelo led by 412 votes", "preliminary
    figures show": a figure of a stage of a count, which a later report's
    figure of the same thing ("won by 318 votes" with all ballots counted) updates,
    higher or lower, rather than disputes.
    """
    return _PROVISIONAL.search(claim.text) is not None


def restates_own_report(a: Claim, b: Claim, corrections: Corrections | None) -> bool:
    """True when two articles of one outlet state a fact and one credits that outlet.

    "The Ledger reported on Monday that observers had found ..." in the Ledger's
    Tuesday article restates its own Monday report: the outlet citing itself is
    neither an update nor a correction of how firmly it stated the fact, so the two
    wordings differ in no modality. The credit names the outlet in full or by the end
    of its name ("the Ledger" of "The Varnholt Ledger").
    """
    outlets = corrections.outlets if corrections is not None else {}
    outlet = outlets.get(a.article_id)
    if not outlet or a.article_id == b.article_id or outlets.get(b.article_id) != outlet:
        return False
    return any(_credits_outlet(claim, outlet) for claim in (a, b))


def _credits_outlet(claim: Claim, outlet: str) -> bool:
    """True when the claim credits ``outlet`` (an outlet key) or the end of its name.

    By its credit, or by words that make the outlet the subject of a verb of reporting
    ("The Ledger reported on Monday that", "the Dunmore Courier first revealed").
    """
    words = outlet.split()
    credit = claim.attribution
    if credit is not None and credit.source_key:
        named = credit.source_key.split()
        if words[-len(named) :] == named:
            return True
    tails = "|".join(r"\s+".join(map(re.escape, words[n:])) for n in range(len(words)))
    told = re.search(rf"\b(?:{tails})\s+{_OWN_REPORT}", claim.text, re.IGNORECASE)
    return told is not None


#: The verb an outlet names its own report with, after its name: "reported on Monday".
_OWN_REPORT = (
    r"(?:(?:has|had)\s+)?(?:first\s+|earlier\s+|previously\s+|exclusively\s+)?"
    r"(?:reported|revealed|disclosed|wrote|published)\b"
)


def _settles(earlier: Claim, later: Claim) -> bool:
    """True when a later report states firmly what an earlier one only hedged.

    "The tests may show contamination" and, a day later, "Our tests confirmed traces":
    the later report settles the matter, an update; a hedge after a firm report stays a
    difference in how firmly the sources state it, and a later wording that leaves the
    matter open ("would announce on Friday whether further walkouts would follow")
    settles nothing.
    """
    return (
        earlier.modality is not Modality.ASSERTED
        and later.modality is Modality.ASSERTED
        and _OPEN_QUESTION.search(later.text) is None
    )


#: Words that leave a matter open: "whether walkouts would follow", "if it is safe".
_OPEN_QUESTION = re.compile(r"\b(?:whether|if|would|could|might|may)\b", re.IGNORECASE)


def credited_same_day(a: Claim, b: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when two reports of one day credit rival counts to named sources.

    A source gives one count at a time: "21 confirmed", its own words in the morning,
    and "32 now confirmed" credited to it at noon cannot both be its count, so they
    disagree. Two authorities' counts of one day ("the ministry said 15", "the regional
    office said 17") are each its own count, not a later one updating the other. A
    count that the wording says rose within the day still updates (:func:`_rose_in_day`),
    and so may a rise over days or a report in the outlet's own voice.
    """
    first, second = published.get(a.article_id), published.get(b.article_id)
    if first is None or second is None or first.date() != second.date():
        return False
    earlier, later = (a, b) if utc(first) <= utc(second) else (b, a)
    return _named_credit(a) and _named_credit(b) and not _rose_in_day(earlier, later)


#: A figure timed within its day: "by midday", "by 6 a.m.", "on Thursday evening",
#: "by the evening", "by the end of the day", "by nightfall", "as of 3 p.m.".
#: A later figure given as the total to date: "112 flights had been cancelled in total
#: since Monday", "so far".
_IN_TOTAL = re.compile(r"\bin\s+total\b|" + _SO_FAR, re.IGNORECASE)
_TIME_OF_DAY = re.compile(
    r"\b(?:morning|midday|noon|afternoon|evening|night|nightfall|overnight|lunchtime|"
    r"dawn|daybreak|dusk|sunset)\b|"
    r"\b(?:end|close)\s+of\s+(?:the\s+)?(?:day|business|trading(?:\s+day)?)\b|"
    r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\bas\s+of\b",
    re.IGNORECASE,
)


def _rose_in_day(earlier: Claim, later: Claim) -> bool:
    """True when the wording tells of a count that rose between two reports of a day.

    The later figure is said to have risen ("rose to 30"), is a total to date ("in
    total since Monday", "so far") or is timed within the day ("by midday"), or the
    earlier one was said to be rising ("had risen to 2,600") or was only a floor ("at
    least 12"), or it is a
    higher toll of the dead: deaths are counted as they are confirmed, hour by hour,
    so "police said 12 were killed" in the morning and "police said 30 were killed"
    that evening tell a toll that rose.
    """
    return bool(
        _ROSE_TO.search(later.text)
        or _ROSE_TO.search(earlier.text)
        or _IN_TOTAL.search(later.text)
        or _TIME_OF_DAY.search(later.text)
        or any(math.isinf(f.high) for f in _counts(earlier))
        or _more_dead(earlier, later)
    )


def _more_dead(earlier: Claim, later: Claim) -> bool:
    """True when both claims count the dead and the later one counts more."""
    before, after = _counts(earlier), _counts(later)
    return _all_above(before, after, _shared_kinds(before, after) & {"dead"})


def _shared_kinds(first: Sequence[Figure], second: Sequence[Figure]) -> set[str]:
    """The kinds of figure (:func:`~corrobora.reconcile.figures.unit_kind`) both give."""
    return {unit_kind(f.unit) for f in first} & {unit_kind(f.unit) for f in second}


def _all_above(lower: Sequence[Figure], higher: Sequence[Figure], kinds: set[str]) -> bool:
    """True when in each of ``kinds`` (at least one) ``higher``'s figures all exceed ``lower``'s.

    Figures are compared in the base unit of their measure (hectares with km²).
    """

    def values(figures: Sequence[Figure], kind: str) -> list[float]:
        return [_in_base(f.value, f.unit) for f in figures if unit_kind(f.unit) == kind]

    return bool(kinds) and all(max(values(lower, k)) < min(values(higher, k)) for k in kinds)


def _named_credit(claim: Claim) -> bool:
    """True when the claim is credited to a named source that said it (not "officials")."""
    credit = claim.attribution
    return (
        credit is not None
        and credit.statement
        and credit.kind is not SourceKind.ANONYMOUS
        and bool(credit.source_key)
    )


def _ordered(detail: str, *, swap: bool, joiner: str) -> str:
    """A detail's ``X vs Y`` pairs ("6 crew vs 5 crew; 162 vs 164") swapped and rejoined.

    Each pair of a detail that names several kinds of figure is ordered the same way,
    so that "10 %, later 35 %; 1,200 hectare, later 5,100 hectare" reads in time.
    """
    pairs = []
    for pair in detail.split("; "):
        parts = pair.split(" vs ", 1)
        if len(parts) == 2 and swap:
            parts.reverse()
        pairs.append(joiner.join(parts))
    return "; ".join(pairs)

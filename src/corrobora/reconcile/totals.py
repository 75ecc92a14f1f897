"""Reports of one running total worded in sentences of different shape.

"At least 12 people were killed when the bridge gave way" and "The death toll from the
collapse of the bridge rose to 30" share few words, so their pair score leaves them
two facts, and the rise from 12 to 30 is never weighed as an update. Two claims of
different articles are taken as one total when each gives a figure of one kind as a
level (not a change, not an earlier figure), the kind names what is counted (the dead,
customers, homes: not a bare share, sum of money, measure or span of time), the
wording of each gives it as a running or standing count
(:func:`~corrobora.reconcile.updates.running_count_cue`; a toll of the dead always is),
and they share a word of what they tell besides the figure ("bridge", "power"). A
figure whose unit is a running count ("Rendahl had 246,050", the unit "votes" given
once for two rivals) is one whatever its own words; and figures of two owners
("Marten received 261,870 votes", "Rendahl received 257,770") are no one total; nor
are counts of two owners or places a name qualifies ("180,000 Northvale Power
customers in Calverholt", "In Braymoor, 12,000 Corrin Electric customers":
:func:`owners_apart`), for one-count and one-total alike. The
words that credit a source ("the election office said") tell who speaks, not what is
counted: "1,420 postal ballots arrived late, the office said" and "1,204 ballots were
rejected, the election office said" share no word of what they tell. Nor is a count of
things an act was not done to ("1,420 ballots were not counted") a level of the count
of those it was done to ("38,400 ballots had been counted"). The dead are the one
count a source both credit suffices for: a story has one toll of them, whatever act
each sentence tells ("One person has died, police said"; "No deaths have been caused
by the fire, police said").
Counts of people in general ("people", "residents") are one total only when both
sentences name the same count word ("injured", "evacuated"). A running count written
with no unit after its figure counts what its words name: "Reports of suspected side
effects have reached 43" is a level of the count "reports ... have risen to 27" gives
(:func:`_named_in_words`). Such claims are one fact, where the timeline tells an update
from a conflict.

So are two claims of different articles that give one measure of one thing as what it
is, whatever detail either adds (:func:`one_measure`): "Turnout was 61.4 percent, up
from 57.2 percent at the last regional election in 2022, Falk said" and "Turnout was
58.9 percent, returning officer Maja Osterlund said".

And so are two claims of different articles that count one kind of thing in one role
and give figures of another kind besides, as what they are (:func:`one_count`): "The
study followed 12,400 adults for an average of nine years" and "Researchers ...
tracked 14,200 adults for an average of nine years"; "a Kestrel K-190 carrying 162
passengers and six crew" and "was carrying 164 passengers and five crew members".

And so are two claims of different articles that open with a count of one kind of
thing and tell alike what it did, in verbs of their own (:func:`one_subject_count`):
"About 41,000 patients took tablets from the affected batches" and "Around 46,000
patients in Norvaland were given tablets from the two recalled batches", figures of
one order; a far smaller count worded alike ("6,500 patients in Estrany took tablets
from the batch") counts a part, and stays a fact of its own. A vote's tally is one
total too (:func:`one_tally`): "The council voted 9 to 4" and "the council approved the
plan by nine votes to four". So is what one named subject now has, in figures a
misreport apart (:func:`one_holding`): "Hansbrough now has 2,301" and "... now has
2,302 for his career".

So are two claims of different articles that give one market's move on one day
(:func:`one_market_move`): "Shares in Tallow Mining closed up 9 percent on Thursday"
and "Tallow shares jumped 12 percent on Thursday" tell one day's rise of one stock,
whatever verb of its direction each uses, and the two figures are then weighed. Market
figures of two days are two facts (:func:`market_days_apart`): Thursday's close is no
account of last Tuesday's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from ..align.synonyms import synonym_term
from ..extract.quantities import GRADE_SCALES, clock_unit
from ..model import Claim, Quantity
from .amounts import UNNAMING, term_before
from .dated import SentenceYears
from .figures import (
    LENGTH_ROLES,
    OFFSET,
    TALLY,
    Figure,
    claim_figures,
    counts_things,
    figures_agree,
    is_money,
    measure_dimension,
    of_market,
    owners_meet,
    sole_level,
    unit_kind,
)
from .predicates import inflects
from .updates import RUNNING_COUNTS, done_to_date, running_count_cue, running_unit

__all__ = [
    "count_groups",
    "count_owners",
    "count_spans_apart",
    "days_apart",
    "days_meet",
    "market_days_apart",
    "one_count",
    "one_holding",
    "one_market_move",
    "one_measure",
    "one_subject_count",
    "one_tally",
    "one_total",
    "owners_apart",
]

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _totals(claim: Claim) -> frozenset[tuple[str, str, str]]:
    """The kinds of count a claim gives as a running or standing total, roles and owners.

    The role tells counts of one kind apart: suspected cases are no count of confirmed
    ones, a margin none of a rival's votes; so does the owner: Marten's votes are no
    count of Rendahl's (:func:`~corrobora.reconcile.figures.claim_figures`).
    """
    kinds = {
        (unit_kind(f.unit), f.role, f.owner)
        for f in claim_figures(claim)
        if not (f.change or f.earlier)
    }
    kinds = {k for k in kinds if counts_things(k[0])}
    if not kinds:
        return frozenset()
    if running_count_cue(claim.text) or running_unit(claim) or count_groups(claim):
        return frozenset(kinds)
    return frozenset(k for k in kinds if k[0] == "dead")


@lru_cache(maxsize=4096)
def _bare_level(claim: Claim) -> tuple[str, str] | None:
    """The role and owner of a claim's one level figure of no unit given as a running count.

    "Reports of suspected adverse effects have reached 43": the figure is written with
    no unit after it, and what it counts is named by the words before it.
    """
    level = sole_level(claim)
    if level is None or level.unit or level.tally or not running_count_cue(claim.text):
        return None
    return level.role, level.owner


def _named_in_words(bare: Claim, other: Claim) -> frozenset[tuple[str, str, str]]:
    """The kinds of ``other``'s totals that ``bare``'s figure of no unit counts.

    A figure of no unit (:func:`_bare_level`) counts a kind the other claim totals in
    the same role and of the same owner when ``bare``'s own words name that kind
    ("reports ... have reached 43" and "reports ... have risen to 27").
    """
    level = _bare_level(bare)
    if level is None:
        return frozenset()
    named = {synonym_term(t) for t in bare.terms}
    return frozenset(k for k in _totals(other) if k[1:] == level and k[0] in named)


def _words_told(claim: Claim) -> frozenset[str]:
    """The claim's terms that tell what it is about: no figure, no date word."""
    return frozenset(t for t in claim.terms if not any(ch.isdigit() for ch in t))


def _credit_only(claim: Claim) -> frozenset[str]:
    """The claim's terms written only in the words that credit its source.

    "Some 1,204 ballots were rejected, the election office said": "election" and
    "office" name who speaks, not what is counted. A term lies in words when one of them
    starts with it (terms are lemmas: "office" of "offices").
    """
    credit = claim.attribution
    if credit is None or not credit.statement:
        return frozenset()
    start = max(0, credit.span.start - claim.span.start)
    end = max(start, credit.span.end - claim.span.start)
    text = claim.text.lower()
    inside = _WORD.findall(text[start:end])
    outside = _WORD.findall(text[:start] + " " + text[end:])
    return frozenset(
        t
        for t in claim.terms
        if any(w.startswith(t) for w in inside) and not any(w.startswith(t) for w in outside)
    )


#: The word a negation negates: "were not counted", "was never paid", "weren't checked".
_NEGATED_WORD = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:been|be|have|yet)\s+)?([a-z]+)")


def _undoes(claim: Claim, act: str) -> bool:
    """True when the claim's words negate a form of the verb ``act`` ("not counted")."""
    words = _NEGATED_WORD.findall(claim.text.lower())
    return bool(act) and any(inflects(act, word) for word in words)


def _done_and_undone(a: Claim, b: Claim) -> bool:
    """True when one claim counts things an act was done to, the other things it was not.

    "38,400 ballots had been counted" and "1,420 ballots were not counted": the one
    states an act, the other's words negate it and count some things (not none, as
    "leaving the death toll at zero" does when it takes a count back): two sets.
    """
    for done, undone in ((a, b), (b, a)):
        if _undoes(done, done.predicate) or not _undoes(undone, done.predicate):
            continue
        if all(f.value != 0 for f in claim_figures(undone)):
            return True
    return False


#: The lemmas the words of running counts may have: "injured" -> "injure", "arrested"
#: -> "arrest", "cases" -> "case" (a stem that is no lemma matches nothing).
_RUNNING_LEMMAS = frozenset(w[: len(w) - cut] for w in RUNNING_COUNTS for cut in (0, 1, 2))


#: A phrase of an act that counts as one word of a running count: "were taken to
#: hospital", "rushed to a nearby hospital", "admitted to hospital" are the hospitalized.
_PHRASED_COUNTS = (
    (
        re.compile(
            r"\b(?:taken|rushed|brought|admitted|airlifted|flown|transported|sent)\s+to\s+"
            r"(?:(?:a|an|the|local|nearby|area|two|three|several)\s+)*hospitals?\b",
            re.IGNORECASE,
        ),
        "hospitalize",
    ),
)


def count_groups(claim: Claim) -> frozenset[str]:
    """What the claim's words of a running count count, however inflected or worded.

    "injuring about 40" and "210 people were injured" count the injured; "12 people had
    been detained" and "27 people had been arrested" the arrested
    (:func:`~corrobora.align.synonyms.synonym_term`); "four were taken to hospital" and
    "seven were hospitalized" the hospitalized, whatever circumstance either adds
    ("with injuries sustained on the slides").
    """
    worded = {synonym_term(t) for t in claim.terms if t in _RUNNING_LEMMAS}
    phrased = {synonym_term(group) for found, group in _PHRASED_COUNTS if found.search(claim.text)}
    return frozenset(worded | phrased)


#: A name written between a count and what it counts: "180,000 Northvale Power
#: customers" (group 1, the name; group 2, the word of the thing counted).
_NAME_BEFORE_UNIT = re.compile(r"\s+((?:[A-Z][\w'’&-]*\s+){1,4})([a-z][\w-]*)")
#: A place named right after what is counted: "customers in Calverholt".
_IN_PLACE = re.compile(r"\s+in\s+((?:[A-Z][\w'’-]*\s*)+)")
#: A place that opens the sentence: "In Braymoor, about 12,000 customers ...".
_OPENING_PLACE = re.compile(r"\s*In\s+((?:[A-Z][\w'’-]*\s*)+),")


def _name_key(words: str) -> frozenset[str]:
    """The lower-cased words of a name."""
    return frozenset(_WORD.findall(words.lower()))


@lru_cache(maxsize=4096)
def count_owners(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """Whose and where the things a claim counts are: the names of each, or empty.

    A name written between a count and its unit owns what is counted ("180,000
    Northvale Power customers": the power company's customers, not another
    utility's); a place named right after the unit ("customers in Calverholt") or
    opening the sentence ("In Braymoor, 12,000 customers") is where they are.
    """
    owners: set[frozenset[str]] = set()
    places: set[frozenset[str]] = set()
    opening = _OPENING_PLACE.match(claim.text)
    if opening is not None:
        places.add(_name_key(opening.group(1)))
    for quantity, figure in zip(claim.quantities, claim_figures(claim), strict=False):
        if not figure.unit or not counts_things(unit_kind(figure.unit)):
            continue
        end = quantity.span.end - claim.span.start
        named = _NAME_BEFORE_UNIT.match(claim.text, end)
        if named is not None and named.group(2).startswith(figure.unit):
            owners.add(_name_key(named.group(1)))
            end = named.end()
        else:
            unit = re.compile(r"\s+" + re.escape(figure.unit) + r"[a-z]*").match(claim.text, end)
            end = unit.end() if unit is not None else -1
        place = _IN_PLACE.match(claim.text, end) if end >= 0 else None
        if place is not None:
            places.add(_name_key(place.group(1)))
    return frozenset(w for o in owners for w in o), frozenset(w for p in places for w in p)


def owners_apart(a: Claim, b: Claim) -> bool:
    """True when two claims count the things of two owners, or of two places.

    "180,000 Northvale Power customers" and "12,000 Corrin Electric customers" count
    two utilities' customers; "customers in Calverholt" and "In Braymoor, ...
    customers" those of two towns: each count is its own, never an update of the other
    (:func:`count_owners`). A count of no named owner or place meets any.
    """
    (a_owner, a_place), (b_owner, b_place) = count_owners(a), count_owners(b)
    return bool(a_owner and b_owner and not a_owner & b_owner) or bool(
        a_place and b_place and not a_place & b_place
    )


#: Words that join two clock times as a window: "between 5 p.m. and 8 p.m.", "from 6
#: to 9 a.m." (the words before the first time, the words between the two).
_WINDOW_OPEN = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)
_WINDOW_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _window(claim: Claim) -> tuple[float, float] | None:
    """The hours of a day a claim's count covers: "between 5 p.m. and 8 p.m.", or None."""
    times = sorted((q for q in claim.quantities if clock_unit(q.unit)), key=lambda q: q.span.start)
    for first, second in pairwise(times):
        before = claim.text[: first.span.start - claim.span.start]
        between = claim.text[
            first.span.end - claim.span.start : second.span.start - claim.span.start
        ]
        if _WINDOW_OPEN.search(before) and _WINDOW_JOIN.fullmatch(between):
            return first.value, second.value
    return None


def _days_told(claim: Claim) -> int:
    """How many calendar days the claim's dates cover ("on Monday and Tuesday": two)."""
    days: set[int] = set()
    for d in claim.dates:
        if d.start is not None and d.end is not None:
            days.update(range(d.start.toordinal(), d.end.toordinal() + 1))
    return len(days)


def count_spans_apart(a: Claim, b: Claim, years: SentenceYears | None = None) -> bool:
    """True when two claims count one kind of thing over spans of time that differ.

    "2,300 calls between 5 p.m. and 8 p.m." and "about 4,100 calls on Monday and
    Tuesday combined" count calls of a three-hour window and of two days: two counts,
    however alike their words, and neither an update of the other. So are counts of two
    windows that do not meet ("between 6 and 9 a.m.", "between 5 and 8 p.m."), and a
    count dated in a past year against the story's own (:func:`_years_apart`, with
    ``years``, the past year each claim's sentence dates it in). A count at one time
    ("by 8 p.m.") or of one day is no span: running totals rise day by day.
    """
    if a.article_id == b.article_id:
        return False
    if _years_apart(a, b, years or {}) and _counted_kinds(a) & _counted_kinds(b):
        return True
    if _ranges_apart(a, b):
        return True
    if _counted_kinds(a) & _counted_kinds(b) & _CASUALTIES and _dates_far_apart(a, b):
        return True
    left, right = _window(a), _window(b)  # most claims give no window: tested first
    if (left is None and right is None) or not _counted_kinds(a) & _counted_kinds(b):
        return False
    if left is not None and right is not None:
        return left[1] <= right[0] or right[1] <= left[0]
    if left is not None:
        return _days_told(b) > 1
    if right is not None:
        return _days_told(a) > 1
    return False


#: Before a figure that gives the range other counts are told over: "In 54 games",
#: "in a combined 157 games", "over the 157-game season", "across his first 40 starts".
_RANGE_BEFORE = re.compile(
    r"\b(?:in|over|across|through|during)\s+(?:(?:a|the|his|her|their|its)\s+)?"
    r"(?:(?:combined|total\s+of|first|last|final)\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _ranges(claim: Claim) -> frozenset[tuple[str, float]]:
    """The (kind, value) of each count a claim tells other counts over: "in 54 games"."""
    found = set()
    for quantity, figure in zip(claim.quantities, claim_figures(claim), strict=False):
        kind = unit_kind(figure.unit)
        if not counts_things(kind) or kind in _CASUALTIES or figure.change or figure.earlier:
            continue
        before = claim.text[: quantity.span.start - claim.span.start]
        if _RANGE_BEFORE.search(before[-40:]):
            found.add((kind, quantity.value))
    return frozenset(found)


def _ranges_apart(a: Claim, b: Claim) -> bool:
    """True when two claims count things over ranges of one kind that differ in size.

    "In 54 games with the Angels, Teixeira hit 13 homers" and "in a combined 157 games
    with the Angels and Braves, Teixeira had 33 homers": counts over 54 and over 157
    games, each true of its range. Each claim must count something of one kind besides
    its range, and no such count may agree: "12 people died in two blasts" against "12
    people died in three blasts" tells one toll, its blasts at odds.
    """
    left, right = _ranges(a), _ranges(b)
    kinds = {kind for kind, _ in left} & {kind for kind, _ in right}
    if not kinds or left & right:
        return False
    counted = (_counted_kinds(a) & _counted_kinds(b)) - kinds
    if not counted:
        return False
    left_values, right_values = _kind_values(a), _kind_values(b)
    return all(not left_values.get(kind, set()) & right_values.get(kind, set()) for kind in counted)


def _kind_values(claim: Claim) -> dict[str, set[float]]:
    """The values a claim gives each kind of thing it counts."""
    values: dict[str, set[float]] = {}
    for figure in claim_figures(claim):
        values.setdefault(unit_kind(figure.unit), set()).add(figure.value)
    return values


#: The kinds of count an event's casualties are: the dead, and people in a state.
_CASUALTIES = frozenset({"dead", "people"})
#: How many days apart the nearest dates of two counts of casualties may lie and still
#: be one event's: a toll rises over the days after the event, not over months.
_ONE_EVENT_DAYS = 31


def _dates_far_apart(a: Claim, b: Claim) -> bool:
    """True when both claims give dates and the nearest two lie over a month apart.

    "In February, a quake hit the town of Zarand, killing 612 people" counts the dead of
    another quake than "An earthquake hit southern Iran on Sunday, killing 10 people" of
    late November: two events' tolls, neither at odds with the other nor an update of it.
    """
    left, right = _days(a), _days(b)
    if not (left and right):
        return False
    gap = min(max((y[0] - x[1]).days, (x[0] - y[1]).days) for x in left for y in right)
    return gap > _ONE_EVENT_DAYS


def _whole_years(claim: Claim) -> list[tuple[date, date]]:
    """The claim's dates that are whole calendar years: "in 2009", "the 2009 quake"."""
    return [
        (start, end)
        for start, end in _days(claim)
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
    ]


def _years_apart(a: Claim, b: Claim, past_years: SentenceYears) -> bool:
    """True when one claim dates its count in a year no date of the other falls in.

    "In 2009, an earthquake in the same region killed 1,150 people" counts the dead of
    a past event; "the toll from Tuesday's earthquake has risen to 287" those of this
    one: a count of another year is no level of the story's own count, never an
    update of it nor at odds with it. Each claim must give a date: one of no date
    tells no time to set against. But a claim its sentence dates in a year before its
    report's (``past_years``, :func:`~corrobora.reconcile.dated.sentence_years`: "in
    2024, an A-90 made an emergency landing, and three people were injured") is of that
    past year, and a count of another report that names no time is of that report's
    own: "Nine people were injured during the evacuation" is no level of the count of
    2024.
    """
    for dated, other in ((a, b), (b, a)):
        years, days = _whole_years(dated), _days(other)
        if years and len(years) == len(_days(dated)) and days and not days_meet(years, days):
            return True
        past = past_years.get(dated.id, ())
        theirs = past_years.get(other.id, ()) or days
        if past and not (theirs and days_meet(past, theirs)):
            return True
    return False


@lru_cache(maxsize=4096)
def _counted_kinds(claim: Claim) -> frozenset[str]:
    """The kinds of thing a claim counts as a level (not a change, not an earlier one)."""
    return frozenset(
        kind for kind, _ in _levels(claim) if counts_things(kind) and not clock_unit(kind)
    )


def one_total(a: Claim, b: Claim) -> bool:
    """True when claims of two articles report one running total (see the module)."""
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if owners_apart(a, b) or count_spans_apart(a, b):
        return False
    if one_tally(a, b) or one_holding(a, b):
        return True
    kinds = _totals(a) & _totals(b) or _named_in_words(a, b) or _named_in_words(b, a)
    if any(kind == "people" for kind, _, _ in kinds):
        count_words = set(_WORD.findall(a.text.lower())) & set(_WORD.findall(b.text.lower()))
        if not count_words & RUNNING_COUNTS and not count_groups(a) & count_groups(b):
            kinds = frozenset(k for k in kinds if k[0] != "people")
    if not kinds or _done_and_undone(a, b):
        return False
    units = {f.unit for f in claim_figures(a)} | {f.unit for f in claim_figures(b)}
    told = _words_told(a) & _words_told(b)
    if not all(k[0] == "dead" for k in kinds):
        told -= _credit_only(a) | _credit_only(b)
    if told - units:
        return True
    return (
        all(k[0] == "dead" for k in kinds) and _all_dead(a) and _all_dead(b) and _same_scene(a, b)
    )


#: A verb of having right before a figure, "now" or a hedge between: "now has 2,301",
#: "holds some 40". What one has or holds is a level at the time told.
_HAS_FIGURE = re.compile(
    r"\b(?P<verb>has|have|holds|hold)\s+(?:(?:about|some|nearly|almost|around)\s+)?$",
    re.IGNORECASE,
)
#: The widest gap between two figures of one holding, as a share of the larger, that is
#: still a misreport of one figure (2,301 and 2,302), not two counts of two times.
_MISREPORT_SHARE = 0.02


@lru_cache(maxsize=4096)
def _holding(claim: Claim) -> tuple[str, Figure] | None:
    """The verb and the one figure a claim says its named subject now has, or None.

    "Hansbrough now has 2,301": the claim gives one figure, a level (not a change, not
    an earlier figure) with a unit, right after a verb of having in the present.
    """
    figures = claim_figures(claim)
    if len(claim.quantities) != 1 or len(figures) != 1 or not claim.entity_keys:
        return None
    figure, quantity = figures[0], claim.quantities[0]
    if not figure.unit or figure.change or figure.earlier or figure.tally:
        return None
    found = _HAS_FIGURE.search(claim.text[: quantity.span.start - claim.span.start])
    if found is None:
        return None
    return found.group("verb").lower(), figure


def one_holding(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give what one named subject has, one figure apart.

    "Hansbrough now has 2,301." and "... now has 2,302 for his career" share only the
    name and the verb, so their scores leave them two facts; but one subject has one
    standing count of one unit at a time: figures this near (a share of
    :data:`_MISREPORT_SHARE`) are one count misreported, and the two are weighed. Both
    name the same subject and write the same verb; figures farther apart are counts of
    two times ("has 12 goals" this season, "has 30" in all), and figures of two owners
    never meet.
    """
    if a.article_id == b.article_id:
        return False
    left, right = _holding(a), _holding(b)
    if left is None or right is None or left[0] != right[0]:
        return False
    x, y = left[1], right[1]
    if x.unit != y.unit or not set(a.entity_keys) & set(b.entity_keys):
        return False
    if not owners_meet(x, y):
        return False
    return abs(x.value - y.value) <= _MISREPORT_SHARE * max(abs(x.value), abs(y.value))


@lru_cache(maxsize=4096)
def _tally_voters(claim: Claim) -> frozenset[str] | None:
    """The words before a claim's one vote tally that say who voted, or None.

    "The council voted 9 to 4 on Tuesday evening": the claim gives one tally as a
    level, its words name a vote, and the terms before the tally ("council") say whose
    vote it is; the word of the vote itself and the words that credit a source do not.
    """
    tallies = [
        (q, f) for q, f in zip(claim.quantities, claim_figures(claim), strict=False)
        if f.role == TALLY and not (f.change or f.earlier)
    ]  # fmt: skip
    if len(tallies) != 1 or "vote" not in count_groups(claim):
        return None
    before = _WORD.findall(claim.text[: tallies[0][0].span.start - claim.span.start].lower())
    told = _words_told(claim) - _credit_only(claim) - {"vote"}
    return frozenset(t for t in told if any(w.startswith(t) for w in before))


def one_tally(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give the tally of one vote of one body.

    "The council voted 9 to 4 on Tuesday evening" and "Vessmark's council approved the
    extension ... by nine votes to four": each gives one vote tally and names who
    voted with a word the other names before its tally too ("council"). A committee's
    vote is no tally of the council's.
    """
    if a.article_id == b.article_id:
        return False
    left, right = _tally_voters(a), _tally_voters(b)
    return left is not None and right is not None and bool(left & right)


_TOLL = re.compile(r"\btoll\b", re.IGNORECASE)
#: Words after a count of the dead that count everyone: "seven people had died", "nine
#: were killed" (not "three children died", a part of the toll).
_EVERYONE = frozenset(
    {"people", "persons", "dead", "died", "have", "had", "were", "are", "was", "is", "in", "so"}
)


def _all_dead(claim: Claim) -> bool:
    """True when a claim counts all the dead: a death toll, or "N people" who died."""
    if _TOLL.search(claim.text):
        return True
    for quantity in claim.quantities:
        after = _WORD.search(claim.text[quantity.span.end - claim.span.start :].lower())
        if after is not None and after.group() in _EVERYONE:
            return True
    return False


def _same_scene(a: Claim, b: Claim) -> bool:
    """True unless both claims name things besides their sources and share none of them.

    "The death toll rose to nine, the coast guard said" and "Governor X said seven
    people had died" name only who speaks: one toll of the story, however worded;
    "12 were killed in Arnholm" and "seven people died in Seldt" count two places' dead.
    """

    def named(claim: Claim) -> set[str]:
        source = claim.attribution.source_key if claim.attribution is not None else ""
        return {key for key in claim.entity_keys if key != source and key not in source}

    left, right = named(a), named(b)
    return not (left and right and not left & right)


def _levels(claim: Claim) -> frozenset[tuple[str, str]]:
    """The kinds of figure a claim gives as a level (not a change, not an earlier one).

    A span that only sets when an act was ("six months prior to this incident") is the
    level of nothing (:func:`~corrobora.reconcile.figures.offset_role`).
    """
    return frozenset(
        (unit_kind(f.unit), f.owner)
        for f in claim_figures(claim)
        if not (f.change or f.earlier or f.role == OFFSET)
    )


def _subject(claim: Claim) -> frozenset[str]:
    """The claim's terms written before its first figure: what the figure measures.

    Each term as its synonym group names it, so "would cut" and "would shed" are one.
    """
    first = min(claim.quantities, key=lambda q: q.span.start)
    before = set(_WORD.findall(claim.text[: first.span.start - claim.span.start].lower()))
    return frozenset(synonym_term(t) for t in claim.terms if t in before)


def one_measure(a: Claim, b: Claim) -> bool:
    """True when claims of two articles state one measure of one thing (see the module).

    Both assert the same predicate of a figure of one kind, given as a level, and the
    words before the figure, what it measures ("Turnout was"), are the same terms. A
    clause one adds ("up from 57.2 percent in 2022", who said it) then dilutes no
    match; "Apple's revenue was" and "Apple's profit was" stay two things. Words of one
    synonym group are one word (:mod:`corrobora.align.synonyms`): "would cut 1,800 jobs"
    and "would shed 1,500 jobs" state one measure. So do claims that name their figure
    with one noun and tell of one thing before it, whatever verb each uses: "put the
    quake's magnitude at 6.8" and "the quake had a magnitude of 7.1"
    (:func:`_one_named_measure`). So do claims that describe one body by measures of two
    dimensions and agree on one of them (:func:`_one_description`).
    """
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if _one_term(a, b) or _one_named_measure(a, b) or _one_description(a, b):
        return True
    if not a.predicate or synonym_term(a.predicate) != synonym_term(b.predicate):
        return False
    if not _levels(a) & _levels(b):
        return False
    subject = _subject(a)
    return bool(subject) and subject == _subject(b)


def _namer(claim: Claim, quantity: Quantity) -> str:
    """The noun just before a figure that names what it measures, or "".

    The nearest of the claim's terms among the few words before the figure: "the
    quake's magnitude at 6.8", "at magnitude 7.1", "had a magnitude of 7.1" all name a
    magnitude. The claim's verb ("measured", "put") and words that name no measure
    (:data:`~corrobora.reconcile.amounts.UNNAMING`) name none.
    """
    term = term_before(claim, quantity)
    if term is None or term in UNNAMING or term == claim.predicate:
        return ""
    return synonym_term(term)


@lru_cache(maxsize=4096)
def _named_measures(claim: Claim) -> dict[tuple[str, str], frozenset[str]]:
    """The claim's measures, by the noun that names each and its kind, and what they measure.

    A measure is a figure given as a level that counts nothing and is no sum of money
    (a figure of no unit or of its name as unit, "magnitude 7.1"; a length); only
    figures of one kind are one measure, as only they are weighed against each other.
    What it measures is the claim's terms before it (as their synonym groups name
    them), without its name, the claim's verb and the words that credit its source:
    "the quake" of "the quake's magnitude".
    """
    measures: dict[tuple[str, str], frozenset[str]] = {}
    credit = _credit_only(claim)
    for quantity, figure in zip(claim.quantities, claim_figures(claim), strict=False):
        if figure.change or figure.earlier or is_money(figure.unit):
            continue
        if _in_background(claim, quantity):
            continue
        kind = unit_kind(figure.unit)
        name = figure.unit if figure.unit in GRADE_SCALES else _namer(claim, quantity)
        if not name or (name, kind) in measures or (kind not in ("", name) and counts_things(kind)):
            continue
        start = _after_credit(claim, quantity)
        before = set(
            _WORD.findall(claim.text[start : quantity.span.start - claim.span.start].lower())
        )
        told = {t for t in claim.terms if t in before and t not in credit}
        measures[name, kind] = frozenset(synonym_term(t) for t in told - {claim.predicate}) - {name}
    return measures


def _after_credit(claim: Claim, quantity: Quantity) -> int:
    """Where what a figure measures may be told: after the words crediting its source.

    "The official IRNA news agency and the survey said it had a magnitude of 5.9": the
    words up to "said" tell who speaks, not what was measured.
    """
    credit = claim.attribution
    if credit is None or not credit.statement or credit.span.end > quantity.span.start:
        return 0
    return max(0, credit.span.end - claim.span.start)


#: A clause that sets the claim's act after or before another one: "..., hours after the
#: bank increased its rate to 4.75 percent", "shortly before ...".
_BACKGROUND = re.compile(
    r"(?:,|\b(?:minutes|hours|days|weeks|months|shortly|soon|just|moments))\s+"
    r"(?:after|before|following)\b",
    re.IGNORECASE,
)


def _in_background(claim: Claim, quantity: Quantity) -> bool:
    """True when a figure stands in a clause that only sets the claim's act in time.

    "Three lenders raised their mortgage rates, hours after the bank increased its key
    rate to 4.75 percent" measures the lenders' act, not the key rate: the rate is what
    another claim tells.
    """
    return _BACKGROUND.search(claim.text[: quantity.span.start - claim.span.start]) is not None


def _one_named_measure(a: Claim, b: Claim) -> bool:
    """True when two claims give one measure one noun names, of one thing, however worded.

    "The institute put the quake's magnitude at 6.8", "The survey measured the quake at
    magnitude 7.1" and "The quake had a magnitude of 7.1": each names its figure a
    magnitude (:func:`_namer`) and tells of the quake before it, whatever its verb. An
    aftershock's magnitude is no measure of the quake: what each measures must share a
    word. A grade on a scale that neither tells of anything but the story's own event
    ("the survey put the magnitude at 6.1", "it had a magnitude of 5.9") is that event's.
    """
    left, right = _named_measures(a), _named_measures(b)
    return any(
        left[key] & right[key] or (key[0] in GRADE_SCALES and not left[key] | right[key])
        for key in left.keys() & right.keys()
    )


def _physical_levels(claim: Claim) -> dict[str, list[Figure]]:
    """The claim's physical measures given as levels (a height, a weight), by dimension."""
    found: dict[str, list[Figure]] = {}
    for figure in claim_figures(claim):
        dimension = measure_dimension(figure.unit)
        told = not figure.role or figure.role in LENGTH_ROLES  # "5 feet 8 inches tall"
        if dimension is not None and told and not (figure.change or figure.earlier):
            found.setdefault(dimension, []).append(figure)
    return found


def _one_description(a: Claim, b: Claim) -> bool:
    """True when two claims describe one body by the same measures, one of them agreed.

    "Orozco is 5-foot-8, 135 pounds" and "He is 5-feet-8 inches tall, weighing 130
    pounds" give a height and a weight each, and the same height: one description of
    one man, whose two weights are then weighed. One measure alone ("a 40 km road") is
    no description; claims that name people or bodies, none in common, describe two.
    """
    left, right = _physical_levels(a), _physical_levels(b)
    shared = left.keys() & right.keys()
    if len(shared) < 2:
        return False
    if a.entity_keys and b.entity_keys and not set(a.entity_keys) & set(b.entity_keys):
        return False
    return any(figures_agree(x, y) for kind in shared for x in left[kind] for y in right[kind])


#: The kind of a term in years, months or decades (:func:`~corrobora.reconcile.figures.unit_kind`).
_TERM = "month"


def _one_term(a: Claim, b: Claim) -> bool:
    """True when two claims give the length of one term, however each words the act.

    "He was sentenced to six years in prison" and "The court has revised the prison
    sentence to five and a half years": each gives a term as a level, what the one
    states of it (its predicate, "sentence") is a word of the other, and they share
    another word of what they tell ("prison"), so a later, revised term is weighed
    against the first. Two claims that name people or bodies, none in common, give the
    terms of two people.
    """
    if (_TERM, "") not in _levels(a) or (_TERM, "") not in _levels(b):
        return False
    if a.entity_keys and b.entity_keys and not set(a.entity_keys) & set(b.entity_keys):
        return False  # "Renwick ... six years" is no term of "Aronsen ... three years"
    if a.predicate not in b.terms and b.predicate not in a.terms:
        return False
    units = {f.unit for f in claim_figures(a)} | {f.unit for f in claim_figures(b)}
    shared = (_words_told(a) & _words_told(b)) - units - {a.predicate, b.predicate}
    return bool(shared)


def _counted(claim: Claim) -> frozenset[tuple[str, str, str]]:
    """The kinds of thing a claim counts as a level and names in words, roles and owners.

    People in general ("people", "residents") are no kind: many counts of a story are
    counts of people (:func:`one_total` joins those by the count word they share). A
    unit the claim's words do not name, or of one letter (the "m" of "7 p. m.": metres,
    millions or the time of day), is no kind either.
    """
    named = {term for term in claim.terms if len(term) > 1}
    return frozenset(
        (unit_kind(f.unit), f.role, f.owner)
        for f in claim_figures(claim)
        if f.unit in named and not (f.change or f.earlier)
        if counts_things(unit_kind(f.unit)) and unit_kind(f.unit) != "people"
    )


def _kinds_given(claim: Claim) -> frozenset[tuple[str, str]]:
    """The kinds of figure a claim gives as a level, of figures written with a unit."""
    return frozenset(kind for kind in _levels(claim) if kind[0])


def one_count(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give one count of one kind of thing (see the module).

    Both count one kind of thing (not people in general) in one role, as a level, and
    give figures of at least one more kind in common ("for nine years", "and six
    crew"): the shape of one statement, not one word; and they share a word of what
    they tell besides the figures' units. One count alone ("300 workers") is no
    statement: a firm's staff and its job cuts are both counts of workers, unless each
    claim opens with it and tells the same of it in other verbs
    (:func:`one_subject_count`).
    """
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if owners_apart(a, b) or count_spans_apart(a, b):
        return False
    if one_subject_count(a, b):
        return True
    if not _counted(a) & _counted(b) or len(_kinds_given(a) & _kinds_given(b)) < 2:
        return False
    units = {f.unit for f in claim_figures(a)} | {f.unit for f in claim_figures(b)}
    return bool((_words_told(a) & _words_told(b)) - units)


#: How far apart two figures of one subject count may be: the larger at most this many
#: times the smaller. Sources that dispute one count give figures of one order; a far
#: smaller count worded alike is of a part ("6,500 patients in Estrany" of 41,000).
_ONE_ORDER = 2.0
#: How many words of what is told after the figure two subject counts must share.
_SHARED_AFTER = 2


@lru_cache(maxsize=4096)
def _subject_count(claim: Claim) -> tuple[tuple[str, str, str], float, frozenset[str]] | None:
    """The count a claim opens with as its subject, and the words it tells of it after.

    "About 41,000 patients took tablets from the affected batches, the authority said":
    the first figure counts a kind of thing the claim's words name (not people in
    general), as a level, and nothing the claim tells stands before it but who said it.
    Returns the figure's kind, role and owner, its value, and the terms written after
    it (as their synonym groups name them), without the words that credit the source.
    """
    figures = claim_figures(claim)
    if not claim.quantities or len(figures) != len(claim.quantities):
        return None  # none, or a tally read from two numbers
    first = min(claim.quantities, key=lambda q: q.span.start)
    figure = figures[claim.quantities.index(first)]
    kind = unit_kind(figure.unit)
    if figure.change or figure.earlier or figure.tally or figure.unit not in claim.terms:
        return None
    if not counts_things(kind) or kind == "people":
        return None
    credit = _credit_only(claim)
    start, end = first.span.start - claim.span.start, first.span.end - claim.span.start
    before = _WORD.findall(claim.text[:start].lower())
    if any(w.startswith(t) for t in claim.terms if t not in credit for w in before):
        return None
    after = set(_WORD.findall(claim.text[end:].lower()))
    told = _words_told(claim) - credit - {figure.unit}
    return (
        (kind, figure.role, figure.owner),
        figure.value,
        frozenset(synonym_term(t) for t in told if any(w.startswith(t) for w in after)),
    )


def one_subject_count(a: Claim, b: Claim) -> bool:
    """True when claims of two articles open with one count of one kind of thing, told alike.

    "About 41,000 patients took tablets from the affected batches, the authority said"
    and "Around 46,000 patients in Norvaland were given Veraloxin tablets from the two
    recalled batches, the guild said": each opens with a count of one kind in one role
    (:func:`_subject_count`), what follows shares at least two words of what it tells
    ("tablets", "batches"), whatever verb each uses, and the figures are of one order
    (:data:`_ONE_ORDER`), unless they count the doers of one act to date
    (:func:`_doers_to_date`). Counts of two kinds ("310,000 packs"), of two owners or
    places, or a far smaller count of a part stay two facts.
    """
    left, right = _subject_count(a), _subject_count(b)
    if left is None or right is None or left[0] != right[0]:
        return False
    low, high = sorted((abs(left[1]), abs(right[1])))
    if low <= 0 or len(left[2] & right[2]) < _SHARED_AFTER:
        return False
    if high > _ONE_ORDER * low and not _doers_to_date(a, b):
        return False
    return not (owners_apart(a, b) or count_spans_apart(a, b) or _done_and_undone(a, b))


def _doers_to_date(a: Claim, b: Claim) -> bool:
    """True when one of two subject counts told alike gives the doers of its act to date.

    "Two banks raised their mortgage rates" and "Five banks have now raised their
    mortgage rates": a count of those who have done an act so far grows as others
    follow, by any factor (:func:`~corrobora.reconcile.updates.done_to_date`).
    """
    return done_to_date(a) or done_to_date(b)


#: Words that give a market's move upward or downward ("closed up", "jumped", "slid").
_RISE = re.compile(
    r"\b(?:up|higher|rose|rise[sn]?|rising|gain(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
    r"climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|rall(?:y|ies|ied|ying)|"
    r"advanc(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
_FALL = re.compile(
    r"\b(?:down|lower|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|slump(?:s|ed|ing)?|"
    r"tumbl(?:e|es|ed|ing)|slid(?:e|es|ing)?|sank|sunk|sink(?:s|ing)?|"
    r"plung(?:e|es|ed|ing)|lost|los(?:e|es|ing)|declin(?:e|es|ed|ing)|"
    r"slip(?:s|ped|ping)?)\b",
    re.IGNORECASE,
)


#: A direction written right after a move's figure ("0.3 percent higher", "2% down").
_DIRECTION_AFTER = re.compile(
    r"\s*(?:percent|per\s+cent|%|points?|basis\s+points)?\s*\b(higher|lower|up|down)\b",
    re.IGNORECASE,
)


def _days(claim: Claim) -> list[tuple[date, date]]:
    """The first and last day of each of the claim's dates with both ends known."""
    return [(d.start, d.end) for d in claim.dates if d.start is not None and d.end is not None]


def days_meet(left: Sequence[tuple[date, date]], right: Sequence[tuple[date, date]]) -> bool:
    """True when some date of the one side overlaps some date of the other."""
    return any(x[0] <= y[1] and y[0] <= x[1] for x in left for y in right)


def days_apart(a: Claim, b: Claim) -> bool:
    """True when both claims give dates and no date of one meets a date of the other."""
    left, right = _days(a), _days(b)
    return bool(left) and bool(right) and not days_meet(left, right)


def market_days_apart(
    a: Claim, b: Claim, published: Mapping[str, date | None] | None = None
) -> bool:
    """True when two market wordings of figures date them on days that do not meet.

    A price or a move of a market is set anew every trading day: "shares closed at
    51.20 on Thursday" and "the stock had closed at 47.90 last Tuesday" are two days'
    figures, not two accounts of one, however alike their words. A move (:func:`_move`)
    that names no day is of its article's day or the day before (a morning report of
    the last close), given ``published`` (article id -> day); two such moves in
    articles of two days are of two days ("Korvell shares fell 4 percent" on Monday,
    "Shares in Korvell fell 2 percent" on Tuesday). A holding of shares is no move.
    """
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if not (of_market(a.text) and of_market(b.text)):
        return False
    left, right = _days(a), _days(b)
    if published is not None and not (left and right) and _move(a) and _move(b):
        first, second = published.get(a.article_id), published.get(b.article_id)
        if first is None or second is None:
            return False
        if not left and not right:
            return first != second
        left = left or [(first - timedelta(days=1), first)]
        right = right or [(second - timedelta(days=1), second)]
    return bool(left) and bool(right) and not days_meet(left, right)


def _move(claim: Claim) -> tuple[str, str] | None:
    """The unit and direction of a market claim's one change figure, or None.

    The direction is read from the words before the figure: one of a rise or of a
    fall, not both ("closed up", "jumped"; "slid", "closed down"); a direction written
    right after the figure ("traded 0.3 percent higher") tells it alone.
    """
    changes = [
        (quantity, figure)
        for quantity, figure in zip(claim.quantities, claim_figures(claim), strict=False)
        if figure.change and not figure.earlier
    ]
    if len(changes) != 1:
        return None
    quantity, figure = changes[0]
    before = claim.text[: quantity.span.start - claim.span.start]
    after = _DIRECTION_AFTER.match(claim.text, quantity.span.end - claim.span.start)
    if after is not None:  # "traded 0.3 percent higher": the word after the figure tells it
        before = after.group(1)
    rise, fall = _RISE.search(before) is not None, _FALL.search(before) is not None
    if rise == fall:
        return None
    return figure.unit, "rise" if rise else "fall"


def _words_before_figures(claim: Claim) -> frozenset[str]:
    """The lower-cased words of a claim before its first figure."""
    first = min(claim.quantities, key=lambda q: q.span.start)
    return frozenset(_WORD.findall(claim.text[: first.span.start - claim.span.start].lower()))


def _one_market(a: Claim, b: Claim) -> bool:
    """True when both claims name one market before their figures: a word of one name.

    A name either claim's entities hold counts for both when both write it: the
    recognizer may miss a name at the start of one sentence ("Tallow shares jumped").
    """
    left, right = _words_before_figures(a), _words_before_figures(b)
    names = {w for key in (*a.entity_keys, *b.entity_keys) for w in key.split()}
    return bool(names & left & right)


def one_market_move(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give one market's move on one day (see the module).

    Both tell of a market, give one change figure of one unit in one direction, name
    the same market before it (a word of one name) and date it on days that meet.
    """
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if not (of_market(a.text) and of_market(b.text)):
        return False
    move = _move(a)
    if move is None or move != _move(b):
        return False
    left, right = _days(a), _days(b)
    if not (left and right and days_meet(left, right)):
        return False
    return _one_market(a, b)

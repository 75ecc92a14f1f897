"""Typed conflicts between two articles' wordings of one fact.

Checks are deliberately conservative: a conflict must be visible in the values the
analysis normalized (numbers with their units, date intervals, negation, modality, named
entities of one kind), never guessed from wording alone.
"""

from __future__ import annotations

import math
import re
from collections import ChainMap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from ..align.records import same_record
from ..align.synonyms import synonym_term
from ..chains import links_above
from ..extract.cues import REPORTING_VERBS, ROLE_NOUNS
from ..extract.dates import find_dates
from ..extract.entities import leads, one_given_name, same_body
from ..extract.quantities import clock_unit
from ..model import (
    AGE_UNIT,
    Article,
    Claim,
    Conflict,
    ConflictKind,
    ConflictNature,
    DateMention,
    EntityKind,
    Evidence,
    Modality,
    Quantity,
    Quote,
    SourceKind,
    Span,
)
from ..ordering import utc
from .carried import carried_by_both, carried_wordings
from .causes import cause_conflict, cause_of, one_thing_caused
from .codes import code_conflict
from .dated import SPOKEN, weekdays_apart
from .doers import named_doers_differ, part_denies_other_doer
from .figures import (
    MARKET,
    PARTICIPANTS,
    STEP,
    Figure,
    claim_figures,
    counts_things,
    currency_gap,
    figure_group,
    figures_agree,
    is_money,
    of_market,
    on_game_clock,
    owners_meet,
    term_months,
    told_state,
    unit_kind,
    unit_slip,
    values_by_unit,
)
from .given_names import given_names_apart, other_given_name
from .predicates import (
    existence_predicates,
    finding_predicate,
    inflects,
    light_predicate,
    one_motion,
    one_use,
    opposite_predicates,
    opposite_qualities,
    quality_words,
    same_predicate_class,
    takes_place_predicate,
)
from .quotes import misattributed, quote_words
from .roles import IRREGULAR_FORMS, OBJECT, act_role, rival_parts, role_conflict
from .totals import days_meet
from .updates import (
    WITHDRAWN_JOINER,
    Corrections,
    as_of_reports,
    as_update,
    corrected_figures,
    negation_over_time,
    raised_between,
    restates_own_report,
    running_count_cue,
    with_timeline,
    with_withdrawn_code,
)
from .weighed import (
    Quantified,
    confirmed,
    denied_by_a_stranger,
    hearsay_only,
    quantified,
    things_apart,
)
from .wording import wording_conflict

#: Words that deny or refuse: a negation, a contracted one, or a verb of refusal.
_DENIAL = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor)\b|n['’]t\b|"
    r"\b(?:declin|refus|deni|den(?:y|ies))\w*",
    re.IGNORECASE,
)
_FIRM = frozenset({Modality.ASSERTED, Modality.FUTURE})
_HEDGED = frozenset({Modality.POSSIBLE, Modality.REPORTED})


def _evidence(claim: Claim) -> Evidence:
    return Evidence(claim.article_id, claim.span, claim.text)


_UNIT_LABELS = {AGE_UNIT: " years old"}
"""How a unit reads after a figure where its name alone would not."""


def _format(value: float, decimals: int = 0) -> str:
    """A figure as a reader writes it: "4,100,000", "2.5" (no float noise, no stray point).

    A fraction keeps the ``decimals`` it was written with: ".357" is no "0.36".
    """
    value = float(f"{value:.12g}")
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.{max(decimals, 2)}f}".rstrip("0").rstrip(".")


def number_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when each claim has a figure of one unit that the other cannot fit.

    A figure fits when the other wording states one that can be the same amount, whatever
    unit it was read with ("23 more" against "a further 23 people"), once rounding and
    hedges are read as ranges ("about 2,400" fits 2,350; "at least 22" fits 30; see
    :mod:`corrobora.reconcile.figures`). Figures that fit are accounted for; a figure
    only one wording states is an added detail. It is a conflict when both wordings are
    left with a figure of the same unit ("25 cents, up from 12" against "25 cents, up
    from 13"), and the detail names those figures. Units that count the same thing
    are one unit here ("2,000 residents" against "3,500 people"), and a figure given
    as an earlier one ("up from 12", "officials had earlier given a toll of 12") is
    weighed only against earlier figures: it does not contradict the current one.
    Likewise a change ("rose by 3 percent") is weighed only against changes, not
    against a level ("was 62 percent"); see :func:`~corrobora.reconcile.figures.figure_group`.
    A figure of a moment in a trading day ("rose 6% in early trading") is weighed only
    against figures of such moments, not against the close ("closed up 4%"), and a
    further step ("fell a further 1.8 percent on Friday") only against further steps.
    One amount given in two currencies or as a percent and as percentage points is a
    conflict too (:func:`~corrobora.reconcile.figures.unit_slip`). Market figures of two
    different trading days ("closed at 38.87 on Monday", "had closed at 34.10 last
    Friday") are two days' figures, not two accounts of one (:func:`_other_trading_day`).
    """
    if _other_trading_day(a, b):
        return None
    return _figures_conflict(a, b) or _ordinal_conflict(a, b)


_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
#: An owner, an ordinal and the words after it, of what it ranks: "his fifth title
#: defence", "Kane's 12th fight".
_OWNED_ORDINAL = re.compile(
    r"\b(?P<owner>his|her|their|its|[A-Z][\w-]*['’]s)\s+"
    r"(?P<rank>" + "|".join(_ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\s+"
    r"(?P<head>[a-z][a-z-]*)(?:\s+(?P<next>[a-z][a-z-]*))?"
)


def _ordinals(claim: Claim) -> dict[tuple[str, str], set[int]]:
    """The ranks the claim gives owned things, by owner and what is ranked."""
    found: dict[tuple[str, str], set[int]] = {}
    for match in _OWNED_ORDINAL.finditer(claim.text):
        rank = match.group("rank").lower()
        value = _ORDINAL_WORDS.index(rank) + 1 if rank in _ORDINAL_WORDS else int(rank[:-2])
        head, following = match.group("head"), match.group("next")
        if following and following not in STOP_WORDS:
            head = f"{head} {following}"  # "title defence", not "win since"
        key = (match.group("owner").lower(), head)
        found.setdefault(key, set()).add(value)
    return found


def _ordinal_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when both wordings rank one owner's thing by other ordinals.

    "The win was his fifth title defence" and "... his sixth title defence" count one
    event of one person's series two ways. The owner ("his", "Kane's") and the one or
    two words of what is ranked (the second unless a function word) are the same, and
    each wording gives that thing one rank: "his fifth straight win" ranks another
    series than "his fifth win".
    """
    left, right = _ordinals(a), _ordinals(b)
    for key in sorted(left.keys() & right.keys()):
        if len(left[key]) != 1 or len(right[key]) != 1 or left[key] == right[key]:
            continue
        (x,), (y,) = left[key], right[key]
        detail = f"{_ordinal(x)} {key[1]} vs {_ordinal(y)} {key[1]}"
        return Conflict(ConflictKind.NUMBER, detail, (_evidence(a), _evidence(b)))
    return None


def _ordinal(value: int) -> str:
    """An ordinal as a figure: "5th", "21st", "12th"."""
    suffix = (
        "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    )
    return f"{value}{suffix}"


def _other_trading_day(a: Claim, b: Claim) -> bool:
    """True when two market wordings date their figures on days that do not meet.

    A price or a move of a market is set anew every trading day: Monday's close is no
    rival account of Friday's, and the two days are no rival dates of one move either.
    Both wordings must be of a market (:func:`~corrobora.reconcile.figures.of_market`),
    give figures and date them.
    """
    if not (of_market(a.text) and of_market(b.text)):
        return False
    if not (claim_figures(a) and claim_figures(b)):
        return False
    left = [d for d in a.dates if d.start and d.end and _dates_event(a, d)]
    right = [d for d in b.dates if d.start and d.end and _dates_event(b, d)]
    return _disjoint(a, left, b, right) is not None


def _figures_conflict(a: Claim, b: Claim) -> Conflict | None:
    """The number conflict of two wordings' figures, whatever days they are dated."""
    if _intraday(a.text) != _intraday(b.text) or _loose_step(a) != _loose_step(b):
        return None
    all_left, all_right = _earlier_level_named(*_record_units_given(*_lone_units_given(a, b)))
    all_left, all_right = _as_earlier(a, b, all_left), _as_earlier(b, a, all_right)
    groups = {figure_group(f) for f in all_left} & {figure_group(f) for f in all_right}
    things = (quantified(a), quantified(b))
    details: list[str] = []
    for group in sorted(groups):
        left = [x for x in all_left if figure_group(x) == group]
        right = [y for y in all_right if figure_group(y) == group]
        left = [x for x in left if not any(_fits(x, y) for y in all_right)]
        right = [y for y in right if not any(_fits(x, y) for x in all_left)]
        sizes = (_body_sizes(a), _body_sizes(b))
        states = (_states(a), _states(b))
        left = [x for x in left if any(_weighed(x, y, sizes, states, things) for y in right)]
        right = [y for y in right if any(_weighed(x, y, sizes, states, things) for x in left)]
        if not left or not right:
            continue
        details.append(" vs ".join(_stated_alike(left, right)))
    if details:  # every kind that differs: "6 crew vs 5 crew; 162 passenger vs 164 ..."
        return Conflict(ConflictKind.NUMBER, "; ".join(details), (_evidence(a), _evidence(b)))
    for x in all_left:
        for y in all_right:
            if unit_slip(x, y) and not any(_fits(x, z) for z in all_right):
                detail = f"{_stated([x])} vs {_stated([y])} (one amount, two units)"
                return Conflict(ConflictKind.NUMBER, detail, (_evidence(a), _evidence(b)))
    money = (_money(all_left), _money(all_right))
    if len(money[0]) == 1 and len(money[1]) == 1 and currency_gap(money[0][0], money[1][0]):
        detail = (
            f"{_stated(money[0])} vs {_stated(money[1])} (two currencies, over ten times apart)"
        )
        return Conflict(ConflictKind.NUMBER, detail, (_evidence(a), _evidence(b)))
    return None


def _money(figures: Sequence[Figure]) -> list[Figure]:
    """The amounts of money among ``figures``: a claim of one sum is weighed across currencies."""
    return [f for f in figures if is_money(f.unit)]


#: What may stand between an earlier figure and the date it is of: "up from 41.2
#: percent in the 2022 election", "from 12 a year earlier in 2024" (no clause break).
_DATING_GAP = re.compile(r"[^,;:.\d]{0,30}")


def _as_earlier(dated: Claim, other: Claim, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``dated``'s figures, its levels read as earlier ones when of the other's earlier time.

    "Turnout in the 2022 election was 41 percent" against "Turnout was 54.3 percent, up
    from 41.2 percent in the 2022 election": the first gives the level of 2022, which
    the second gives as its earlier figure; weighed against that one, not against this
    year's 54.3 (:func:`_of_an_earlier_time`).
    """
    if not _of_an_earlier_time(dated, other):
        return figures
    return tuple(f if f.change else replace(f, earlier=True) for f in figures)


def _of_an_earlier_time(dated: Claim, other: Claim) -> bool:
    """True when every date of ``dated`` is one ``other`` dates an earlier figure in.

    ``other`` must date no figure of its own in that time: "up from 41.2 percent in
    2022" dates 41.2, not the current level, in 2022.
    """
    own = [(d.start, d.end) for d in dated.dates if d.start is not None and d.end is not None]
    if not own or len(own) != len(dated.dates):
        return False
    earlier = _earlier_dates(other)
    if not earlier or not all(days_meet([day], earlier) for day in own):
        return False
    rest = [
        (d.start, d.end)
        for d in other.dates
        if d.start is not None and d.end is not None and (d.start, d.end) not in earlier
    ]
    return not days_meet(own, rest)


def _earlier_dates(claim: Claim) -> list[tuple[date, date]]:
    """The dates a claim writes right after a figure it gives as earlier ("from 12 in 2024")."""
    figures = claim_figures(claim)
    if len(figures) != len(claim.quantities):
        return []  # a tally joined two quantities: figures no longer match them
    found = []
    for quantity, figure in zip(claim.quantities, figures, strict=True):
        if not figure.earlier:
            continue
        for mention in claim.dates:
            if mention.start is None or mention.end is None:
                continue
            gap = claim.text[
                quantity.span.end - claim.span.start : mention.span.start - claim.span.start
            ]
            if mention.span.start >= quantity.span.end and _DATING_GAP.fullmatch(gap):
                found.append((mention.start, mention.end))
    return found


#: A count written as a hyphened modifier that sizes a body: "the nine-member committee",
#: "a 120-seat parliament", "the 27-nation bloc", "a five-judge panel".
_BODY_SIZE = re.compile(
    r"^-(?P<noun>member|seat|person|judge|juror|nation|country|state)\s+[a-z]", re.IGNORECASE
)


def _body_sizes(claim: Claim) -> frozenset[tuple[float, str]]:
    """The figures (value, unit kind) a claim gives as the size of a body.

    "The nine-member committee voted 7-2": nine is how large the committee is, no count
    of the members doing anything; "two members of the committee" counts who spoke.
    """
    text, start = claim.text, claim.span.start
    found = set()
    for q in claim.quantities:
        match = _BODY_SIZE.match(text[q.span.end - start :])
        if match is not None:
            found.add((q.value, unit_kind(match.group("noun").lower())))
    return frozenset(found)


def _states(claim: Claim) -> dict[tuple[float, str], str]:
    """The state each count of a claim is told in, by value and unit kind (see ``told_state``)."""
    found = {}
    for quantity in claim.quantities:
        state = told_state(claim, quantity)
        if state:
            found[(quantity.value, unit_kind(quantity.unit))] = state
    return found


def _weighed(
    x: Figure,
    y: Figure,
    sizes: tuple[frozenset[tuple[float, str]], frozenset[tuple[float, str]]],
    states: tuple[Mapping[tuple[float, str], str], Mapping[tuple[float, str], str]] = ({}, {}),
    things: tuple[
        Mapping[tuple[float, str], Quantified], Mapping[tuple[float, str], Quantified]
    ] = ({}, {}),
) -> bool:
    """True when two figures may be weighed: one owner, both or neither a body's size.

    Counts told in two states ("one person was arrested", "three people were injured")
    are two measures: never weighed; nor are figures of two things ("two counts of
    murder", "one count of attempted murder"; :func:`~corrobora.reconcile.weighed.things_apart`).
    """
    x_key, y_key = (x.value, unit_kind(x.unit)), (y.value, unit_kind(y.unit))
    left = x_key in sizes[0]
    right = y_key in sizes[1]
    first = states[0].get(x_key)
    second = states[1].get(y_key)
    apart = bool(first and second and first != second)
    apart = apart or things_apart(things[0].get(x_key), things[1].get(y_key))
    return owners_meet(x, y) and left == right and not apart


#: A figure that leaves what it counts to the sentence before: "put the figure at
#: 55,000", "the number was about 40", "the total stood at 212".
_ANAPHORIC_FIGURE = re.compile(
    r"\bthe\s+(?:figure|number|total|count|tally|estimate|crowd|turnout|attendance)\s+"
    r"(?:at|was|of|to|stood\s+at|reached)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?\d",
    re.IGNORECASE,
)


def _lone_units_given(a: Claim, b: Claim) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """The figures of two wordings, a lone figure of no unit given the other's lone unit.

    "The organisers put the figure at 55,000" leaves what it counts to the sentence
    before; against "the organisers said 60,000 people took part", its one wording of
    the fact, it counts the same people. Only when each wording gives one figure as a
    level, the other's counts things, and the wording of no unit names its figure as
    "the figure", "the number", "the total" (not "in groups of 40", "women 65 and older").
    Likewise a lone count of people against a lone count of those taking part
    (:func:`_lone_crowd`).
    """
    left, right = claim_figures(a), claim_figures(b)
    levels = [[f for f in side if not (f.change or f.earlier)] for side in (left, right)]
    if any(len(side) != 1 for side in levels):
        return left, right
    (first,), (second,) = levels
    if _lone_crowd(first, second):  # "18,000 marchers" counts people too
        left = tuple(replace(f, unit="people") if f is first else f for f in left)
        right = tuple(replace(f, unit="people") if f is second else f for f in right)
    elif _lone_anaphor(a, first, second):
        left = tuple(replace(f, unit=second.unit) if f is first else f for f in left)
    elif _lone_anaphor(b, second, first):
        right = tuple(replace(f, unit=first.unit) if f is second else f for f in right)
    return left, right


def _record_units_given(
    left: tuple[Figure, ...], right: tuple[Figure, ...]
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """The figures of two wordings, a record's size of no unit given the other's unit.

    "Rodney Buford's scoring record of 2,106" leaves its unit to the story; against
    "Rodney Buford's school scoring record of 2,116 points" it is the size of the same
    record, so it counts points too and the two sizes are weighed. The holder must be
    one and the records' names fit (:func:`~corrobora.align.records.same_record`).
    """
    return _record_units_from(left, right), _record_units_from(right, left)


def _record_units_from(bare: tuple[Figure, ...], given: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``bare``'s record sizes of no unit with the unit of ``given``'s size of that record."""
    return tuple(replace(f, unit=_record_unit(f, given)) if not f.unit else f for f in bare)


def _record_unit(size: Figure, given: Sequence[Figure]) -> str:
    """The one unit ``given`` states the record ``size`` is the size of in, else ""."""
    if not size.record or not size.subject:
        return ""
    units = {
        g.unit
        for g in given
        if g.unit and g.subject == size.subject and same_record(size.record, g.record)
    }
    return units.pop() if len(units) == 1 else ""


def _earlier_level_named(
    left: tuple[Figure, ...], right: tuple[Figure, ...]
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """The figures of two wordings, one's count given the unit of the level it preceded.

    "Eleven people were injured, up from the three minor injuries reported earlier"
    gives one count and its earlier level, which count one thing whatever the nouns.
    A count of the other wording ("Three passengers suffered minor injuries") that is
    that earlier level, in another noun, is the count the later figure replaced: it
    takes the later figure's unit, so the two are weighed (an update over time) rather
    than the earlier level accounting for it. Each side must give one current count;
    the side of the earlier level gives one such level.
    """
    for first, second, flip in ((left, right, False), (right, left, True)):
        earlier = [f for f in first if f.earlier and not f.change]
        now = [f for f in first if not (f.earlier or f.change)]
        other = [f for f in second if not (f.earlier or f.change)]
        if len(earlier) != 1 or len(now) != 1 or len(other) != 1:
            continue
        (level,), (count,), (given,) = earlier, now, other
        if not all(f.unit and counts_things(unit_kind(f.unit)) for f in (level, count, given)):
            continue
        if unit_kind(given.unit) == unit_kind(count.unit):
            continue  # already weighed against the later count
        as_count = replace(given, unit=count.unit)
        if not figures_agree(as_count, replace(level, unit=count.unit, earlier=False)):
            continue
        if figures_agree(as_count, count) or not owners_meet(given, count):
            continue
        renamed = tuple(as_count if f is given else f for f in second)
        return (first, renamed) if not flip else (renamed, first)
    return left, right


def _lone_crowd(figure: Figure, other: Figure) -> bool:
    """True when one lone figure counts people and the other those taking part.

    "Police estimated that 25,000 people joined the march" against "Police put the
    number of marchers at 18,000": one crowd, its two counts weighed.
    """
    kinds = {unit_kind(figure.unit), unit_kind(other.unit)}
    return "people" in kinds and bool(kinds & PARTICIPANTS)


def _lone_anaphor(claim: Claim, figure: Figure, other: Figure) -> bool:
    """True when ``figure``, of no unit, is named as "the figure" and ``other`` counts things."""
    return (
        not figure.unit
        and bool(other.unit)
        and counts_things(unit_kind(other.unit))
        and _ANAPHORIC_FIGURE.search(claim.text) is not None
    )


def raised_floor(a: Claim, b: Claim) -> Conflict | None:
    """Return a number conflict when one claim gives a floor another claim exceeds.

    "At least four people were killed" fits a later "17 people" as an amount, so
    :func:`number_conflict` finds nothing; as a running count it is the toll rising,
    which the timeline shows as an update
    (:func:`corrobora.reconcile.updates.with_timeline`). The floor is a figure open
    above ("at least", "more than") of the same group as a higher figure of the other.
    """
    for first, second in ((a, b), (b, a)):
        floors = [f for f in claim_figures(first) if f.high == math.inf]
        for floor in floors:
            above = [
                f
                for f in claim_figures(second)
                if figure_group(f) == figure_group(floor)
                and owners_meet(f, floor)
                and f.value > floor.value
            ]
            if above:
                stated = (_stated([floor]), _stated(above))
                left, right = stated if first is a else stated[::-1]
                return Conflict(
                    ConflictKind.NUMBER, f"{left} vs {right}", (_evidence(a), _evidence(b))
                )
    return None


_INTRADAY = re.compile(
    r"\b(?:in\s+(?:early|morning|midday|afternoon|late|intraday)\s+trad(?:e|ing)|"
    r"at\s+one\s+point|intraday|at\s+the\s+open(?:ing)?|opened)\b",
    re.IGNORECASE,
)
_FURTHER = re.compile(r"\b(?:a\s+further|an\s+additional|another|a\s+fresh)\b", re.IGNORECASE)


#: An act going on over days: "kept erupting on Tuesday", "continued to burn on Friday".
_ONGOING = re.compile(
    r"\b(?:kept|keeps|keep|continued|continues|continuing|still)\s+(?:to\s+)?[a-z]+\b",
    re.IGNORECASE,
)


def _increment(text: str) -> bool:
    """True when ``text`` tells of a further step: "a further 23", "another 1.8 percent"."""
    return _FURTHER.search(text) is not None


def _loose_step(claim: Claim) -> bool:
    """True when the claim tells of a further step that no figure of it is given as.

    "Another quake killed 5" is a second event: its figures are never weighed against
    the first's. A step of a figure ("a further 9 suspected cases") sets apart only
    that figure (:func:`~corrobora.reconcile.figures.step_role`).
    """
    return _increment(claim.text) and not any(f.role == STEP for f in claim_figures(claim))


def _intraday(text: str) -> bool:
    """True when ``text`` gives a market figure of a moment within the trading day.

    Such a figure is weighed only against others of the day's course, never against a
    close or a figure of the day as a whole.
    """
    return bool(MARKET.search(text) and _INTRADAY.search(text))


def _fits(a: Figure, b: Figure) -> bool:
    """True when ``b`` can state ``a``'s amount.

    That is the same amount, of a unit of the same kind or of no unit ("23 more"
    against "a further 23 people"): "over six months" is no amount of percent. A
    current figure is not accounted for by one the other wording gives as earlier:
    "revised the magnitude to 6.3, correcting its earlier estimate of 6.1" does not
    state 6.1.
    """
    kinds = {unit_kind(a.unit), unit_kind(b.unit)}
    same_unit = not a.unit or not b.unit or len(kinds) == 1
    return same_unit and a.earlier == b.earlier and figures_agree(a, b)


def _stated(figures: Sequence[Figure]) -> str:
    """The values of figures with their unit ("12, 15 people")."""
    unit = figures[0].unit
    label = _UNIT_LABELS.get(unit, f" {unit}" if unit else "")
    if all(on_game_clock(f) for f in figures):
        label = ""  # a game clock as written ("7:41 left") reads no "second" after it
    named = {f.value: f.written or _format(f.value, f.decimals) for f in figures}
    return f"{', '.join(named[v] for v in sorted(named))}{label}"


#: Months a term may be given in years for: whole or half years ("5.5 years").
_HALF_YEAR = 6


def _stated_alike(left: Sequence[Figure], right: Sequence[Figure]) -> tuple[str, str]:
    """Two sides' figures as :func:`_stated` gives them, terms of both in one unit.

    "six years" against "five and a half years" (read as 66 months) reads "6 years"
    and "5.5 years", not "6 year" and "66 month": one amount is given in one unit. The
    unit is years when every term is whole or half years, else months.
    """
    sizes = [term_months(f.unit) for f in (*left, *right)]
    if any(size is None for size in sizes):
        return _stated(left), _stated(right)
    months = [f.value * (term_months(f.unit) or 1.0) for f in (*left, *right)]
    in_years = all(abs(m / _HALF_YEAR - round(m / _HALF_YEAR)) < 1e-6 for m in months)
    size = 12.0 if in_years else 1.0
    name = "year" if in_years else "month"

    def told(figures: Sequence[Figure]) -> str:
        values = sorted({f.value * (term_months(f.unit) or 1.0) / size for f in figures})
        label = name if values == [1.0] else f"{name}s"
        return f"{', '.join(_format(v) for v in values)} {label}"

    return told(left), told(right)


def same_predicate(a: Claim, b: Claim) -> bool:
    """True unless the claims assert different predicates ("broke out", "put out").

    Negation, modality and date say something of a claim's predicate: "broke out on
    Monday" and "was put out on Tuesday" date two events, and "is due" against "would
    not comment" negates two things. Verbs news uses for one act are one predicate
    ("begin", "start"; :mod:`corrobora.reconcile.predicates`), and so are verbs with one
    particle and object ("skidded off the runway", "ran off the runway";
    :func:`~corrobora.reconcile.predicates.one_motion`). A claim with no predicate of
    its own is compared.
    """
    if not a.predicate or not b.predicate or same_predicate_class(a.predicate, b.predicate):
        return True
    return one_motion((a.predicate, a.text, a.terms), (b.predicate, b.text, b.terms))


def _whole_periods(claim: Claim) -> list[tuple[date, date]]:
    """The claim's dates, when every one is a whole calendar month, quarter or year.

    "in March", "in the first quarter", "in 2025": each starts on a month's first day
    and ends on a month's last. Empty when any date is a day or a span of days.
    """
    periods = [(d.start, d.end) for d in claim.dates if d.start is not None and d.end is not None]
    if not periods or len(periods) != len(claim.dates):
        return []
    for start, end in periods:
        if start.day != 1 or (end + timedelta(days=1)).day != 1 or (end - start).days < 27:
            return []
    return periods


def figures_of_two_periods(a: Claim, b: Claim) -> bool:
    """True when two claims give one measure's figures for two calendar periods.

    "Consumer prices rose 5.8 percent in March" and "rose 6.1 percent in February" are
    the readings of two months, two facts: neither disputes nor updates the other.
    Every date of each is a whole month, quarter or year (:func:`_whole_periods`), no
    period of one meets one of the other, and both give other values of a unit.
    """
    if not a.quantities or not b.quantities:
        return False
    left, right = _whole_periods(a), _whole_periods(b)
    if not left or not right:
        return False
    if days_meet(left, right):
        return False
    ours, theirs = values_by_unit(a), values_by_unit(b)
    return any(ours[unit] != theirs[unit] for unit in ours.keys() & theirs.keys())


def _date_the_same_event(a: Claim, b: Claim) -> bool:
    """True when the claims' dates may date one event.

    That is: one predicate, two verbs of when an event takes place ("talks are
    scheduled for Friday", "talks will resume on Thursday"), or one claim's predicate
    named as a noun among the other's words ("marched on Saturday" against "a march ...
    on Friday"); a verb of another clause ("came under pressure on Wednesday after its
    train derailed") tells of another event than the one its sentence dates.
    """
    if same_predicate(a, b) or (_takes_place(a) and _takes_place(b)):
        return True
    return _named(a.predicate, b) or _named(b.predicate, a) or _verbs_dated_alike(a, b)


#: A verb of being right before a date it gives a thing: "the meeting is on June 10",
#: "the vote will be in May", "the hearing was for Monday".
_BEING_DATED = re.compile(
    r"\b(?:is|are|was|were|be|been|['’]s)\s+(?:(?:now|still|also|again)\s+)?(?:on|for|in)?\s*$",
    re.IGNORECASE,
)


def _takes_place(claim: Claim) -> bool:
    """True when the claim dates when its event takes place.

    In a verb of it ("talks are scheduled for Friday", "will resume on Thursday";
    :func:`~corrobora.reconcile.predicates.takes_place_predicate`), or in a verb of being
    right before its date: "the committee's next meeting is on June 10" dates the
    meeting as "the next meeting is scheduled for June 17" does.
    """
    if takes_place_predicate(claim.predicate):
        return True
    return claim.predicate == "be" and any(
        _BEING_DATED.search(claim.text[: d.span.start - claim.span.start]) for d in claim.dates
    )


def _verbs_dated_alike(a: Claim, b: Claim) -> bool:
    """True when both wordings tell the same two acts in one order, each dated alike.

    "Made an emergency landing on Tuesday after its engine failed" and "made an
    emergency landing on Monday, 8 June, after its engine failed" tell the landing and
    the failure in that order, and date the one between them, whichever verb the parse
    of either takes as its predicate ("fail" where the commas around "8 June" misled
    it). Each wording holds both predicates among its terms (lemmas, in the order of
    the text), in the same order, and every date of each sits in the same stretch: before,
    between or after the two verbs. Told in another order ("came under pressure on
    Wednesday after its train derailed", "derailed on Tuesday"), they date two events.
    """
    verbs = (a.predicate.split(" ")[0], b.predicate.split(" ")[0])
    if not all(verbs) or verbs[0] == verbs[1]:
        return False
    if not all(v in claim.terms for v in verbs for claim in (a, b)):
        return False
    if a.terms.index(verbs[0]) > a.terms.index(verbs[1]):
        verbs = (verbs[1], verbs[0])  # the order ``a`` tells them in
    stretches: set[int] = set()
    for claim in (a, b):
        terms = list(claim.terms)
        first, second = terms.index(verbs[0]), terms.index(verbs[1])
        if first > second:
            return False
        for mention in claim.dates:
            word = mention.text.split(" ")[0].lower()
            if word not in terms:
                return False
            place = terms.index(word)
            stretches.add((place > first) + (place > second))
    return len(stretches) == 1


#: A word of negation right before a verb: "cannot rule out", "did not reach"; or a
#: refusal of it in any form: "refused to name", "after refusing to name", "declines to".
_NEGATED_VERB = re.compile(
    r"(?:\b(?:not|never|cannot)|n't|\b(?:refus|declin)(?:e|es|ed|ing)\s+to)"
    r"\s+(\w+)(?:\s+(\w+))?",
    re.I,
)


def _denies_too(denied: Claim, other: Claim) -> bool:
    """True when the other wording negates the denied verb as well, in a clause of its own.

    "The magma chamber is still recharging, and we cannot rule out a larger explosion"
    asserts its first clause but denies, like "We cannot rule out a larger explosion",
    that a larger explosion can be ruled out: no negation conflict. So does a refusal in
    a side clause: "After refusing to name his attacker, Costa retired" tells the
    refusal that "Costa refused to name his attacker" does.
    """
    verb = denied.predicate.split(" ")[0]
    return bool(verb) and any(
        inflects(verb, word.lower())
        for found in _NEGATED_VERB.finditer(other.text)
        for word in found.groups()
        if word
    )


def _asserts_in_another_verb(a: Claim, b: Claim) -> bool:
    """True when the affirmed claim states the denied act in a verb besides its own.

    "Full card numbers were stored in the same database and were taken" asserts the
    taking that "No payment card numbers were taken" denies, though its predicate is
    "store".
    """
    denied, other = (a, b) if a.negated else (b, a)
    return _holds_verb(denied.predicate, other, inflected=True)


#: A word before a verb's bare form that makes it a verb, not a noun: "forced the jet to
#: make a landing", "will march".
_BEFORE_VERB = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did"}
    | {"do", "does", "not", "never", "cannot", "n't"}
)


def _named(predicate: str, claim: Claim) -> bool:
    """True when the claim's words hold ``predicate`` as written, a noun ("a march").

    The bare form after "to" or an auxiliary is a verb of another clause: "opened an
    inquiry into the fire that forced the jet to make an emergency landing" dates the
    inquiry, not the landing "made" on another day.
    """
    if not _holds_verb(predicate, claim, inflected=False):
        return False
    verb = predicate.split(" ")[0]
    words = re.findall(r"[a-z]+(?:n't)?", claim.text.lower())
    return any(
        word == verb and (i == 0 or words[i - 1] not in _BEFORE_VERB)
        for i, word in enumerate(words)
    )


def _holds_verb(predicate: str, claim: Claim, *, inflected: bool) -> bool:
    """True when the verb of ``predicate`` is a term of ``claim``, written in its text.

    As written (a noun: "a march"), or ``inflected`` in any regular form ("were taken").
    """
    verb = predicate.split(" ")[0]
    if not verb or verb not in claim.terms:
        return False
    words = re.findall(r"[a-z]+", claim.text.lower())
    return any(inflects(verb, word) if inflected else word == verb for word in words)


def date_conflict(
    a: Claim, b: Claim, published: Mapping[str, datetime | None] | None = None
) -> Conflict | None:
    """Return a conflict when both claims date one event and no two intervals overlap.

    The event is the claims' predicate (:func:`_predicate_date_conflict`) or, with the
    articles' publication times (``published``, by article id), an act of a clause of
    each told in the same words (:func:`_clause_date_conflict`).
    """
    return _predicate_date_conflict(a, b) or (
        None if published is None else _clause_date_conflict(a, b, published)
    )


def _predicate_date_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when both claims date their predicate's event on other days.

    An act said to go on ("kept erupting on Tuesday") has many days, none a rival.

    A further step ("fell a further 1.8 percent on Friday") is another event than the
    step before it, and market figures that differ on two days ("closed at 38.87 on
    Monday", "had closed at 34.10 last Friday") are two days' figures. A deadline
    ("by June 2027") covers every day up to its end, unless both wordings name its last
    day ("has until April 6", "must make an offer by April 7": :func:`_disjoint_deadlines`),
    and the end of a span ("a contract until 2031"), the start of a record ("the
    highest since 2010") and the date of an earlier figure ("up from 57.2 percent in
    2022") date no event of the claim (:func:`_dates_event`). A date that owns a noun
    ("Sunday's election") dates that thing: it is weighed against a date that owns the
    same noun in the other wording ("Saturday's election"), not against the claim's.
    """
    one_event = _date_the_same_event(a, b)
    if not (one_event or _both_due(a, b)) or _increment(a.text) != _increment(b.text):
        return None
    if _ONGOING.search(a.text) or _ONGOING.search(b.text):
        return None  # "kept erupting on Tuesday" is no other day of "erupted on Monday"
    if _other_trading_day(a, b) and _figures_conflict(a, b) is not None:
        return None  # Monday's close and Friday's: two days' figures, two facts
    disjoint = _disjoint_deadlines(a, b)
    if disjoint is not None:
        detail = f"{_dated(disjoint[0])} vs {_dated(disjoint[1])}"
        return Conflict(ConflictKind.DATE, detail, (_evidence(a), _evidence(b)))
    if not one_event:
        return None  # two verbs of a report's delivery: only its due dates are weighed
    events_a = [d for d in a.dates if _dates_event(a, d)]
    events_b = [d for d in b.dates if _dates_event(b, d)]
    left = [d for d in events_a if d.start and d.end]
    right = [d for d in events_b if d.start and d.end]
    disjoint = _disjoint(a, left, b, right)
    if disjoint is None:
        disjoint = _disjoint_owned(a, b)
    if disjoint is None:
        disjoint = weekdays_apart(a, events_a, b, events_b)
    if disjoint is None:
        return None
    detail = f"{_dated(disjoint[0])} vs {_dated(disjoint[1])}"
    return Conflict(ConflictKind.DATE, detail, (_evidence(a), _evidence(b)))


#: What may stand between the words of an act and its date: "on", "in" or nothing.
_DATING = frozenset({"on", "in"})
_ACT_WORDS = 2
"""How many content words before a date tell the act it dates ("deliberations began")."""


def _clause_date_conflict(
    a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict | None:
    """Return a conflict when each claim dates one act of a clause on a different day.

    "Found her guilty after deliberations that began on April 9" and "... after
    deliberations that began on April 10" date the start of the deliberations, whatever
    the sentence's own verb: the extraction leaves a clause's date out of the claim's
    own dates (it dates another event than the predicate), so such dates are read
    again from the text. Each must follow, in its clause, the same last two content
    words ("deliberations", "began"), right before it or before "on"/"in"; a date of a
    saying ("said on Monday") dates a new act in each report, not one. A claim's own
    date of its own verb ("Brenning was arrested on 12 March") is weighed against such
    a clause date of the other ("a scandal that began when Brenning was arrested on 21
    March") in the same way (:func:`_own_act_dates`).
    """
    left, right = _clause_dates(a, published), _clause_dates(b, published)
    pairs = [(left, right), (_own_act_dates(a), right), (left, _own_act_dates(b))]
    for lefts, rights in pairs:
        for words, x in lefts:
            for y in (y for other, y in rights if other == words):
                found = _disjoint(a, [x], b, [y])
                if found is not None:
                    detail = f"{_dated(found[0])} vs {_dated(found[1])}"
                    return Conflict(ConflictKind.DATE, detail, (_evidence(a), _evidence(b)))
    return _verb_date_conflict(a, b, published)


_SHARED_ACT_TERMS = 2
"""How many words of what is done two wordings of one act share besides its verb."""


def _verb_date_conflict(
    a: Claim, b: Claim, published: Mapping[str, datetime | None]
) -> Conflict | None:
    """Return a conflict when both claims date one verb's act in years or days that differ.

    "The Bolton oil field, which the family sold for $30 million in 1967" and "The
    family sold the Bolton oil field for $30 million in 1957" date one sale, wherever
    each sentence tells it: in its own verb or in a relative clause of another's
    (:func:`_verb_dates`). A verb both claims take as their predicate is left to
    :func:`_predicate_date_conflict`; an act said to go on, or a further step, dates
    no rival of it. The claims share two words of the act besides the verb ("oil",
    "field").
    """
    if (
        _ONGOING.search(a.text)
        or _ONGOING.search(b.text)
        or _increment(a.text) != _increment(b.text)
    ):
        return None
    left, right = _verb_dates(a, published), _verb_dates(b, published)
    for verb in sorted({v for v, _ in left} & {v for v, _ in right}):
        if verb == a.predicate.split(" ")[0] == b.predicate.split(" ")[0]:
            continue
        if len(_act_terms(a, verb) & _act_terms(b, verb)) < _SHARED_ACT_TERMS:
            continue
        xs, ys = [x for v, x in left if v == verb], [y for v, y in right if v == verb]
        found = _disjoint(a, xs, b, ys)
        if found is not None:
            detail = f"{_dated(found[0])} vs {_dated(found[1])}"
            return Conflict(ConflictKind.DATE, detail, (_evidence(a), _evidence(b)))
    return None


def _act_terms(claim: Claim, verb: str) -> frozenset[str]:
    """The claim's terms besides ``verb``, figures and dates: what its act concerns."""
    return frozenset(
        t for t in claim.terms if t != verb and not any(ch.isdigit() for ch in t)
    ) - _date_words(claim)


def _date_words(claim: Claim) -> frozenset[str]:
    """The lower-cased words the claim's dates are written in ("march", "tuesday")."""
    return frozenset(word for d in claim.dates for word in d.text.lower().split())


_VerbDate = tuple[str, DateMention]
"""A date with the lemma of the verb whose act it dates."""


def _verb_dates(claim: Claim, published: Mapping[str, datetime | None]) -> tuple[_VerbDate, ...]:
    """The dates ``claim`` gives an act of a past verb, each with that verb's lemma."""
    stamp = published.get(claim.article_id)
    return _verb_dates_on(claim, None if stamp is None else stamp.date())


#: What ends a clause before a date: a comma, a semicolon, a colon, a bracket or a quote.
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@lru_cache(maxsize=4096)
def _verb_dates_on(claim: Claim, anchor: date | None) -> tuple[_VerbDate, ...]:
    """:func:`_verb_dates` of a claim read against the day it was published.

    A date counts when it follows "in"/"on" or a content word, dates an event
    (:func:`_dates_event`), and is one day or a period that writes its year ("in
    1967"): a period named relative to the report ("last year") is another period in a
    report of another day. Its act is the nearest past verb before it in its clause
    (:func:`_past_verb`).
    """
    if anchor is None:
        return ()
    stamp = datetime(anchor.year, anchor.month, anchor.day)
    article = Article(id=claim.id, text=claim.text, title="", outlet="", published=stamp)
    found: list[_VerbDate] = []
    for mention in find_dates(claim.text, article):
        if mention.start is None or mention.end is None:
            continue
        if mention.start != mention.end and not _YEAR.search(mention.text):
            continue
        start, end = mention.span.start + claim.span.start, mention.span.end + claim.span.start
        placed = replace(mention, span=Span(start, end))
        verb = _past_verb(claim, claim.text[: mention.span.start])
        if verb and _dates_event(claim, placed):
            found.append((verb, placed))
    return tuple(found)


def _past_verb(claim: Claim, before: str) -> str:
    """The lemma of the past verb nearest before a date in its clause, "" when none.

    "which the family sold for $30 million in" gives "sell": a past form ("sold", or a
    regular "-ed" form of one of the claim's terms) written in lower case; a verb of
    speech dates a saying (a new act in each report), and a date led by any other
    preposition than "on"/"in" ("since", "by") dates no act of it.
    """
    clause = _CLAUSE_MARK.split(before)[-1]
    words = re.findall(r"[A-Za-z]+", clause)
    if not words or (words[-1].lower() in STOP_WORDS and words[-1].lower() not in _DATING):
        return ""
    for word in reversed(words):
        if word[0].isupper():
            continue
        if word in SPOKEN:
            return ""
        for term in claim.terms:
            if word in IRREGULAR_FORMS.get(term, ()) or (
                word != term and word.endswith("ed") and inflects(term, word)
            ):
                return term
    return ""


def one_act_in_a_clause(a: Claim, b: Claim, published: Mapping[str, datetime | None]) -> bool:
    """True when one claim dates its own act and the other dates it in a clause.

    "Brenning was arrested on 12 March 2024" and "a scandal that began when Brenning
    was arrested on 21 March 2024" tell one arrest, in the same act words before the
    date (:func:`_act_words`), whatever the second sentence's own verb: one fact, where
    the two days are weighed (:func:`_clause_date_conflict`).
    """
    for own, other in ((a, b), (b, a)):
        words = {w for w, _ in _own_act_dates(own)}
        if words and words & {w for w, _ in _clause_dates(other, published)}:
            return True
    return False


@lru_cache(maxsize=4096)
def _own_act_dates(claim: Claim) -> tuple[_ActDate, ...]:
    """The claim's own days of its own verb, each with the words of its act.

    A day counts when the last of its act words (:func:`_act_words`) is a form of the
    claim's predicate ("arrested on 12 March" of "arrest"): the date dates the act the
    claim states, told in the words another report may give it in a clause.
    """
    verb = claim.predicate.split(" ")[0]
    found: list[_ActDate] = []
    for mention in claim.dates:
        if not verb or mention.start is None or mention.start != mention.end:
            continue
        words = _act_words(claim.text[: mention.span.start - claim.span.start])
        if words and inflects(verb, words[-1]) and _dates_event(claim, mention):
            found.append((words, mention))
    return tuple(found)


_ActDate = tuple[tuple[str, ...], DateMention]
"""A date with the words of the act it dates."""


def _clause_dates(claim: Claim, published: Mapping[str, datetime | None]) -> tuple[_ActDate, ...]:
    """The days ``claim`` gives outside its own dates, each with the words of its act."""
    stamp = published.get(claim.article_id)
    return _clause_dates_on(claim, None if stamp is None else stamp.date())


@lru_cache(maxsize=4096)
def _clause_dates_on(claim: Claim, anchor: date | None) -> tuple[_ActDate, ...]:
    """:func:`_clause_dates` of a claim read against the day it was published."""
    if anchor is None:
        return ()
    own = {(d.span.start, d.span.end) for d in claim.dates}
    stamp = datetime(anchor.year, anchor.month, anchor.day)
    article = Article(id=claim.id, text=claim.text, title="", outlet="", published=stamp)
    found: list[_ActDate] = []
    for mention in find_dates(claim.text, article):
        start, end = mention.span.start + claim.span.start, mention.span.end + claim.span.start
        if (start, end) in own or mention.start is None or mention.start != mention.end:
            continue
        placed = replace(mention, span=Span(start, end))
        words = _act_words(claim.text[: mention.span.start])
        if words and _dates_event(claim, placed):
            found.append((words, placed))
    return tuple(found)


def _act_words(before: str) -> tuple[str, ...]:
    """The last content words before a date, when they tell the act it dates.

    ("deliberations", "began") for "after deliberations that began on", ("fire",
    "broke") for "the fire, which broke out on"; () when a preposition other than
    "on"/"in" leads to the date ("by", "until", "since"), when a verb of speech is among
    them ("said on", "told reporters on"), or when there are too few.
    """
    words = _WORDS.findall(re.split(r"[;:()\"“”]", before)[-1].lower())
    if not words or (words[-1] in STOP_WORDS and words[-1] not in _DATING):
        return ()
    content = tuple(w for w in words if w not in STOP_WORDS)[-_ACT_WORDS:]
    if len(content) < _ACT_WORDS or any(w in SPOKEN for w in content):
        return ()
    return content


def _disjoint(
    a: Claim, left: Sequence[DateMention], b: Claim, right: Sequence[DateMention]
) -> tuple[DateMention, DateMention] | None:
    """The first dates of each side when both have some and no two of them overlap."""
    if not left or not right:
        return None
    for x in left:
        for y in right:
            assert x.start and x.end and y.start and y.end
            x_start = date.min if _deadline(a, x) else x.start
            y_start = date.min if _deadline(b, y) else y.start
            if x_start <= y.end and y_start <= x.end:
                return None
    return left[0], right[0]


#: Words that give a date as the last day of a set deadline: "has until April 6 to make
#: an offer", "the deadline is April 6", "must make an offer by April 7", "no later than".
_SET_DEADLINE = re.compile(
    r"(?:\b(?:has|have|had|given|gets?|got)\s+until"
    r"|\bdeadline\b[^,;.]{0,40}?\b(?:of|is|was|on|by|for|until|at)"
    r"|\b(?:must|has\s+to|have\s+to|had\s+to|needs?\s+to|(?:is|are)\s+required\s+to)\b"
    r"[^,;.]{0,60}?\b(?:by|no\s+later\s+than))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_REACH = 100
"""How many characters before a date the wording of its deadline may begin."""
#: What a report, an inquiry or a ruling is given as: a thing due on a set day.
_REPORTED_THING = (
    r"(?:report|findings|conclusions|results|recommendations|decision|ruling|verdict|"
    r"inquiry|investigation|review)"
)
#: Words that give a date as the day a report is due: "its findings are due by May 3",
#: "a decision is expected by", "would report by", "is to report by", "will publish its
#: findings by"; a plain "by" of another act ("will close by May 3") is no such day.
_REPORT_DUE = re.compile(
    r"(?:\b" + _REPORTED_THING + r"\b[^,;.]{0,40}?\b(?:due|expected)"
    r"|\b(?:will|would|to)\s+(?:report|(?:publish|deliver|issue|release|present|submit)"
    r"\b[^,;.]{0,30}?\b" + _REPORTED_THING + r"))"
    r"\s+(?:by|no\s+later\s+than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _set_deadline(claim: Claim, mention: DateMention) -> bool:
    """True when a date is the last day of a set deadline or the day a report is due."""
    return _cued(_SET_DEADLINE, claim, mention, _DEADLINE_REACH) or _due(claim, mention)


def _due(claim: Claim, mention: DateMention) -> bool:
    """True when a date is the day a report, an inquiry's findings or a ruling is due."""
    return _cued(_REPORT_DUE, claim, mention, _DEADLINE_REACH)


def _both_due(a: Claim, b: Claim) -> bool:
    """True when both wordings give the day a report is due ("would report by August 14").

    The due report is what each date dates, whatever verb tells its delivery ("would
    publish its findings by", "would report by").
    """
    return any(d.start and d.end and _due(a, d) for d in a.dates) and any(
        d.start and d.end and _due(b, d) for d in b.dates
    )


def _disjoint_deadlines(a: Claim, b: Claim) -> tuple[DateMention, DateMention] | None:
    """The last days of one set deadline when two wordings give it as different days.

    "Has until April 6 to make a firm offer" and "must make a firm offer by April 7"
    each name the deadline's last day (:data:`_SET_DEADLINE`): unlike a plain "by
    April 7", met by any earlier day, the two name one day, so different days
    disagree. So does the day a report, an inquiry's findings or a ruling is due
    ("its findings are due by August 21", "would report by August 14":
    :data:`_REPORT_DUE`): the body that will deliver it sets that day.
    """
    left = [d for d in a.dates if d.start and d.end and _set_deadline(a, d)]
    right = [d for d in b.dates if d.start and d.end and _set_deadline(b, d)]
    for x in left:
        for y in right:
            assert x.start and x.end and y.start and y.end
            if x.start <= y.end and y.start <= x.end:
                return None
    return (left[0], right[0]) if left and right else None


def _disjoint_owned(a: Claim, b: Claim) -> tuple[DateMention, DateMention] | None:
    """Two dates that own the same noun and do not overlap ("Sunday's" against "Monday's")."""
    owned = [(d, _owned(a, d)) for d in a.dates if d.start and d.end]
    for y in (d for d in b.dates if d.start and d.end):
        words = _owned(b, y)
        same = [x for x, noun in owned if words & noun]
        found = _disjoint(a, same, b, [y])
        if found is not None:
            return found
    return None


#: Words that make a date a deadline: "is expected to close by June 2027".
_DEADLINE = re.compile(r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$", re.I)


#: Words that make a date the end of a span: "a contract until 2031", "runs through June".
_SPAN_END = re.compile(
    r"\b(?:until|till|through|to|expiring\s+in|running\s+to)\s+(?:the\s+)?$", re.I
)


#: A record and "since" right before a date: "the highest since 2010", "the first time
#: since 2019", "its lowest level since the 1990s".
_RECORD_SINCE = re.compile(
    r"\b(?:first|only|best|worst|most|least|fewest|(?:high|low|bigg|larg|small|great|strong|"
    r"weak|long|short|fast|slow|deep|sharp|steep|heavi|hott|cold|warm|wett|dri|earli)est)\b"
    r"[^,;:]*\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The earlier figure a change is measured from, up to a date: "up from 57.2 percent at
#: the last election in 2022", "compared with 4.1 million in".
_BASELINE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\b[^,;:]*$",
    re.IGNORECASE,
)
_CLAUSE_REACH = 80
"""How many characters before a date a record or a baseline may begin."""
#: The date of the last time before: "Mount Kessrin last erupted in 1987", "the plant
#: was last inspected in March", which dates an earlier event than the one reported.
_LAST_TIME = re.compile(
    r"\blast\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|t)\s+(?:(?:on|in|at)\s+)?$", re.IGNORECASE
)
#: A date the wording rules out: "on October 26, not October 28 as it had said",
#: "rather than on Friday", "instead of in March".
_RULED_OUT = re.compile(
    r"(?:,\s*not|\bnot\s+on|\brather\s+than|\binstead\s+of)(?:\s+(?:on|in|at))?\s+$",
    re.IGNORECASE,
)


def _dates_event(claim: Claim, mention: DateMention) -> bool:
    """True when a date of ``claim`` may date what the claim tells of.

    The end of a span ("a contract until 2031"), a date that owns a noun ("last
    weekend's cyberattack"), the start of a record ("the highest
    for a regional election since 2010") and the date of the earlier figure a change is
    measured from ("up from 57.2 percent at the last election in 2022") date other
    events, so two reports of one figure that give them do not disagree on its date; so
    does the date of the last time before ("last erupted in 1987"); a date the wording
    rules out ("on October 26, not October 28") dates nothing. Nor does a date named
    relative to the time of speaking inside a direct quote ("today might be the day
    we go home"): each outlet prints the words on its own day, not the speaker's
    (:func:`_spoken_relative`).
    """
    return not (
        _spoken_relative(claim, mention)
        or _span_end(claim, mention)
        or _possessive(claim, mention)
        or _cued(_RULED_OUT, claim, mention)
        or _cued(_LAST_TIME, claim, mention)
        or _cued(_RECORD_SINCE, claim, mention, _CLAUSE_REACH)
        or _cued(_BASELINE, claim, mention, _CLAUSE_REACH)
    )


#: Quotation marks: straight ones open and close alike, curly ones say which they do.
_STRAIGHT_QUOTE = '"'
_OPENING_QUOTE = "“"
_CLOSING_QUOTE = "”"


def _spoken_relative(claim: Claim, mention: DateMention) -> bool:
    """True when a date written without a figure stands inside a direct quote.

    "today", "yesterday", "on Tuesday", "this week" in a speaker's words are read
    against the day the speaker spoke, which no outlet's publication date gives: two
    outlets that print one quote on two days resolve its "today" to two days without
    disagreeing. A date with a figure ("March 3", "2025") names its day itself.
    """
    if any(char.isdigit() for char in mention.text):
        return False
    at = mention.span.start - claim.span.start
    end = mention.span.end - claim.span.start
    return _inside_quote(claim.text[:at], claim.text[end:])


def _inside_quote(before: str, after: str) -> bool:
    """True when the text between ``before`` and ``after`` lies inside a direct quote.

    A claim may start or end inside a quote, so a quote left open before it or closed
    after it counts: an odd number of straight marks on either side, an opening curly
    mark not closed before it, or a closing one not opened after it.
    """
    if before.count(_STRAIGHT_QUOTE) % 2 or after.count(_STRAIGHT_QUOTE) % 2:
        return True
    opened = before.rfind(_OPENING_QUOTE) > before.rfind(_CLOSING_QUOTE)
    closing = after.find(_CLOSING_QUOTE)
    opening = after.find(_OPENING_QUOTE)
    return opened or (closing >= 0 and (opening < 0 or closing < opening))


_POSSESSIVE = re.compile(r"['’]s?\b")
#: The words a possessive date owns, up to any punctuation: "'s regional election".
_OWNED_WORDS = re.compile(r"^(?:\s+[A-Za-z-]+){1,3}")
_OWNED_SPAN = 3


def _owned(claim: Claim, mention: DateMention) -> frozenset[str]:
    """The words of what a date owns ("cyberattack" in "last weekend's cyberattack").

    Empty unless the date is possessive. Such a date dates the thing it owns, not what
    the claim says of it: "the number of customers caught up in last weekend's
    cyberattack has risen to 2.4 million" dates the attack.
    """
    after = claim.text[max(0, mention.span.end - claim.span.start) :]
    found = _POSSESSIVE.match(after)
    if found is None:
        return frozenset()
    words = _OWNED_WORDS.match(after[found.end() :])
    return frozenset(words.group().lower().split()[:_OWNED_SPAN]) if words else frozenset({"'s"})


def _possessive(claim: Claim, mention: DateMention) -> bool:
    """True for a date that owns a noun ("last weekend's cyberattack", "Sunday's vote")."""
    return bool(_owned(claim, mention))


def _span_end(claim: Claim, mention: DateMention) -> bool:
    """True when a date ends a span ("signed a contract until 2031"): it dates no event."""
    return _cued(_SPAN_END, claim, mention)


def _deadline(claim: Claim, mention: DateMention) -> bool:
    """True when a date is a deadline: anything up to its end fits it.

    "expected to close by June 2027" is met by a close "in the first quarter of 2027".
    """
    return _cued(_DEADLINE, claim, mention)


def _cued(cue: re.Pattern[str], claim: Claim, mention: DateMention, reach: int = 30) -> bool:
    """True when ``cue`` ends the ``reach`` characters right before a date of ``claim``."""
    before = claim.text[: max(0, mention.span.start - claim.span.start)]
    return cue.search(before[-reach:]) is not None


def _dated(mention: DateMention) -> str:
    """A date as written, with the day or the days it was read as.

    "Wednesday (2026-05-13)", "the first quarter of 2027 (2027-01-01 to 2027-03-31)".
    """
    if mention.start is None:
        return mention.text
    if mention.start == mention.end:
        return f"{mention.text} ({mention.start})"
    return f"{mention.text} ({mention.start} to {mention.end})"


#: A refusal to tell, which denies nothing: "investigators didn't say why she was
#: suspended", "declined to confirm the figure".
_NOT_TOLD = re.compile(
    r"(?:\b(?:not|never|declined\s+to|refused\s+to)|n['’]t)\s+"
    r"(?:say|said|disclose|explain|reveal|specify|confirm|comment|elaborate)\b",
    re.IGNORECASE,
)


#: Negative words that grade what follows rather than deny it: "nothing less than the
#: future of Europe is at stake", "no fewer than 40 people", "not only the bank".
_INTENSIFIER = re.compile(
    r"\b(?:nothing|no)\s+(?:less|more|fewer|short)\s+(?:than|of)\b|"
    r"\bnothing\s+(?:short|but)\b|\bnone\s+other\s+than\b|"
    r"\bnot\s+(?:only|just|merely|simply)\b|\bno\s+(?:small|mean)\b",
    re.IGNORECASE,
)


def _only_intensified(claim: Claim) -> bool:
    """True when a claim's only negative words intensify: it denies nothing.

    "Nothing less than the future of Europe is at stake" says the future is at stake,
    as firmly as the plain wording; with the intensifying phrases taken out no word of
    denial (:data:`_DENIAL`) is left.
    """
    if not _INTENSIFIER.search(claim.text):
        return False
    return not _DENIAL.search(_INTENSIFIER.sub(" ", claim.text))


def negation_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Return a conflict when one wording affirms what the other denies.

    When both wordings carry a negation or a refusal ("would not say" against "declined
    to say", "We're not" against "We are not"), they differ in how they deny, not in
    whether: that is not a conflict. Opposite predicates deny each other ("passed the
    bill" against "rejected the bill"), unless one of them is negated ("did not pass"),
    and so do opposite qualities ("a mandatory evacuation" against "a voluntary
    evacuation order"; :func:`~corrobora.reconcile.predicates.opposite_qualities`).
    An existential denies what a finding asserts (:func:`_one_existence`), whatever
    else each says: "there had been no faults" denies faults anywhere. Any other denial
    conflicts only with a wording that asserts what it denies (:func:`_asserts_denied`);
    a refusal to tell ("did not say why she was suspended", :data:`_NOT_TOLD`) denies
    nothing.
    """
    if opposite_predicates(a.predicate, b.predicate):
        if a.negated != b.negated:
            return None
        return Conflict(
            ConflictKind.NEGATION,
            f"the sources state opposites: {a.predicate!r} against {b.predicate!r}",
            (_evidence(a), _evidence(b)),
        )
    qualities = opposite_qualities(quality_words(a.terms, a.text), quality_words(b.terms, b.text))
    if qualities is not None and a.negated == b.negated:
        return Conflict(
            ConflictKind.NEGATION,
            f"the sources state opposites: {qualities[0]!r} against {qualities[1]!r}",
            (_evidence(a), _evidence(b)),
        )
    if a.negated == b.negated:
        return (
            _report_denied(a, b)
            or _report_denied(b, a)
            or _denials_of_two_things(a, b)
            or state_and_its_end(a, b)
        )
    if _presupposed(a, b) or _presupposed(b, a):
        return Conflict(
            ConflictKind.NEGATION,
            f"one source denies that it exists: {(a if a.negated else b).text[:80]!r}",
            (_evidence(a), _evidence(b)),
        )
    existence = _one_existence(a, b)
    used = one_weapon_used(a, b)
    if not (existence or used or same_predicate(a, b) or _asserts_in_another_verb(a, b)):
        return None
    denied = a if a.negated else b
    other = b if denied is a else a
    if _only_intensified(denied) or _IDENTITY_DENIED.match(denied.text):
        return None
    if _DENIAL.search(denied.text) and _own_denial(other):
        return None
    if _NOT_TOLD.search(denied.text):
        return None
    if not (existence or used) and not _asserts_denied(denied, other):
        return None
    if _qualified_other_thing(denied, other):
        return None
    if not (existence or used) and _denies_a_bare_light_verb(denied):
        return None
    if _denies_too(denied, other) or _reversed_denial(denied):
        return None
    if _only_undertaken(denied, other) or _told_of_another(denied, other):
        return None
    if part_denies_other_doer(denied, other):  # "three holdouts refused", "the panel"
        return None
    if named_doers_differ(denied, other):  # "Brandt has never been" against "Vell is"
        return None
    if _past_and_due(denied, other):
        return None
    return Conflict(
        ConflictKind.NEGATION,
        f"one source negates the statement: {denied.text[:80]!r}",
        (_evidence(a), _evidence(b)),
    )


#: Being in a process or body: "in negotiations", "remains in talks", "still in the race".
_IN_STATE = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed|still)\s+)?in\s+"
    r"(?:(?:the|its|his|her|their|advanced|final|early|late|exclusive)\s+){0,2}"
    r"(?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)
#: Leaving a process or body: "pulled out of negotiations", "withdrew from the race",
#: "walked away from talks", "quit the talks".
_LEFT_STATE = re.compile(
    r"\b(?:(?:pull(?:s|ed|ing)?|dr(?:op|ops|opped|opping)|back(?:s|ed|ing)?)\s+out\s+of|"
    r"(?:withdr(?:aw|aws|awn|ew|awing)|walk(?:s|ed|ing)?\s+away|bow(?:s|ed|ing)?\s+out)"
    r"\s+from|quit(?:s|ting)?|exit(?:s|ed|ing)?)\s+"
    r"(?:(?:the|its|his|her|their)\s+){0,2}(?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)


#: A denial of who someone told of before was: "This wasn't Ivo Rask, whose ...".
#: What "this" stands for is in another sentence, so it denies nothing another wording
#: states of the one named.
_IDENTITY_DENIED = re.compile(
    r"^\W*(?i:this|that)\s+(?i:was|is)(?:n['’]t|\s+not)\s+(?:\w+\s+)?[A-Z]"
)


def _told_of_another(denied: Claim, other: Claim) -> bool:
    """True when a denial is of someone unnamed in its words, the other of someone else.

    The denial's clause names its person by a pronoun or a shared subject only;
    "but they have not made him an offer", "him" the pitcher named before it, does not
    deny "made an offer to Mark Teixeira": no word of the name the clause stands for
    is in the other wording, and no word of the other's name is in the denial.
    """
    unspelled = [k for k in denied.entity_keys if not _key_told(k, denied.text.lower(), ())]
    if not unspelled or any(_key_told(k, other.text.lower(), other.terms) for k in unspelled):
        return False
    said = denied.text.lower()
    return any(not _key_told(k, said, denied.terms) for k in other.entity_keys)


def _key_told(key: str, text: str, terms: Sequence[str]) -> bool:
    """True when a word of the name ``key`` is a word of ``text`` or one of ``terms``."""
    words = set(_WORDS.findall(text)) | set(terms)
    return any(word in words for word in key.split())


def state_and_its_end(a: Claim, b: Claim) -> Conflict | None:
    """A conflict when one wording tells a subject in a process the other says it left.

    "Corbett in negotiations to direct the sequel" and "Corbett has pulled out of
    negotiations to direct a sequel" cannot both hold: to pull out of, withdraw from
    or quit a thing is to end being in it. Both must be affirmed, name the thing in one
    word (a term of each), and share a named subject written before the thing.
    """
    if a.negated or b.negated:
        return None
    for inside, left in ((a, b), (b, a)):
        ended = _left_state(left.text)
        if ended is None:
            continue
        thing = ended.group("thing").lower()
        held = [m for m in _IN_STATE.finditer(inside.text) if _one_noun(thing, m.group("thing"))]
        if not held or not _subject_before(inside, held[0].start(), left, ended.start()):
            continue
        return Conflict(
            ConflictKind.NEGATION,
            f"the sources state opposites: {held[0].group(0).strip()!r} against {ended.group(0)!r}",
            (_evidence(a), _evidence(b)),
        )
    return None


@lru_cache(maxsize=8192)
def _left_state(text: str) -> re.Match[str] | None:
    """Where a wording says a subject left a process, read once per wording.

    Fact grouping asks this of every candidate pair of claims; few wordings have one.
    """
    return _LEFT_STATE.search(text)


def _one_noun(x: str, y: str) -> bool:
    """True when two words are one noun, singular or plural ("talk", "talks")."""
    x, y = x.lower(), y.lower()
    return x == y or f"{x}s" == y or f"{y}s" == x


def _subject_before(first: Claim, at: int, second: Claim, at_second: int) -> bool:
    """True when both claims write a name's last word before the given place in each.

    A name of either claim counts, written in full or by its last word ("Moviemaker
    Oren Halley" and "Halley").
    """
    for key in {*first.entity_keys, *second.entity_keys}:
        last = re.escape(key.split()[-1])
        pattern = re.compile(rf"\b{last}\b", re.IGNORECASE)
        one = pattern.search(first.text[:at])
        two = pattern.search(second.text[:at_second])
        if one is not None and two is not None:
            return True
    return False


#: A verb of trying, planning or being under way right before "to" and another verb: the
#: act after it is sought, not told as done ("was negotiating to purchase", "trying to
#: determine", "plans to close", "in talks to buy").
#: A past auxiliary: what it tells was so (or not) up to some time gone by.
_PAST_AUX = re.compile(r"\b(?:was|were|had|did)(?:n['’]t)?\b", re.IGNORECASE)


def _past_and_due(denied: Claim, other: Claim) -> bool:
    """True when one wording tells of the past and the other of an act yet to come.

    "No pleas were entered" (at a hearing gone by) is no rival of "he is due to enter
    his plea in September": an act not done so far may well be done later, and one
    planned is not yet done. One claim is stated as future (due, scheduled, will),
    the other, firmly stated, in a past tense and not as future.
    """
    for past, due in ((denied, other), (other, denied)):
        if due.modality is not Modality.FUTURE or past.modality is not Modality.ASSERTED:
            continue
        if _PAST_AUX.search(past.text) and not _PAST_AUX.search(due.text):
            return True
    return False


_UNDERTAKING = re.compile(
    r"\b(?:negotiat\w*|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|work(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|attempt(?:s|ed|ing)?|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|"
    r"intend(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|look(?:s|ed|ing)|striv(?:e|es|ing)|strove|"
    r"struggl(?:e|es|ed|ing)|scrambl(?:e|es|ed|ing)|want(?:s|ed|ing)?|talks|efforts?|bid|"
    r"about|set)\s+to\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
#: A denial of an act's being done so far, not of an intent to do it: "had not
#: purchased", "has not been determined", "did not buy", "not yet", "never".
_NOT_DONE = re.compile(
    r"\b(?:has|have|had|did|was|were|is|are)(?:\s+(?:not|never)|n['’]t)\b|"
    r"\bnot\s+yet\b|\byet\s+to\b|\bnever\b",
    re.IGNORECASE,
)


def _only_undertaken(denied: Claim, other: Claim) -> bool:
    """True when ``other`` tells the denied act only as tried, planned or under way.

    "The city was negotiating to purchase the property" does not say it bought it, so
    "the city had not purchased the property" agrees with it; nor is "investigators
    were trying to determine the cause" denied by "the cause has not been determined".
    A denial of an intent ("will not buy", "refused to buy") is weighed as before: only
    a denial of the act's being done (:data:`_NOT_DONE`) is set aside, and only when
    every form of the verb the other writes follows a verb of undertaking.
    """
    verb = denied.predicate.split(" ")[0]
    if not verb or not _NOT_DONE.search(denied.text):
        return False
    forms = [w for w in re.findall(r"[a-z]+", other.text.lower()) if inflects(verb, w)]
    sought = [
        m.group("verb").lower()
        for m in _UNDERTAKING.finditer(other.text)
        if inflects(verb, m.group("verb").lower())
    ]
    return bool(sought) and len(sought) == len(forms)


def _denials_of_two_things(a: Claim, b: Claim) -> Conflict | None:
    """A conflict when of two denials one tells as done the act the other denies."""
    for denied, other in ((a, b), (b, a)):
        if _denied_act_told(denied, other):
            return Conflict(
                ConflictKind.NEGATION,
                f"one source negates the statement: {denied.text[:80]!r}",
                (_evidence(a), _evidence(b)),
            )
    return None


def _denied_act_told(denied: Claim, other: Claim) -> bool:
    """True when ``other``, a denial of something else, tells the act ``denied`` denies.

    "The man was not taken into custody" and "No shots were fired when Orozco was
    taken into custody" both carry a negation, but not of one thing: the second denies
    the shots and tells the arrest as done, which the first denies. Two denials agree
    only when they deny one act. The denial must be of its own verb ("not taken"), the
    other must write that verb unnegated beside a verb of its own, and hold every word
    the denial denies but for an adverb of how or when ("not immediately taken").
    """
    if not (denied.negated and other.negated and denied.predicate and other.predicate):
        return False
    if synonym_term(denied.predicate) == synonym_term(other.predicate):
        return False
    if not _denies_too(denied, denied) or _denies_too(denied, other):
        return False
    return _holds_verb(denied.predicate, other, inflected=True) and _holds_denied_things(
        denied, other
    )


def _holds_denied_things(denied: Claim, other: Claim) -> bool:
    """True when ``other`` holds the words ``denied`` denies, its adverbs in "-ly" aside.

    At least one such word is needed: a bare verb denied names no act to weigh.
    """
    held = set(other.terms) | {synonym_term(t) for t in other.terms}
    things = [t for t in _denied_terms(denied) if not t.endswith("ly")]
    return bool(things) and all(t in held or synonym_term(t) in held for t in things)


#: Words that end the clause of a claim's own predicate: a comma, a semicolon or a dash,
#: and a conjunction that opens a clause of its own ("..., a day after his office had
#: denied it", "before it denied").
_CLAUSE_BREAK = re.compile(
    r"[,;:(–—]|\s-\s|\b(?:after|before|since|until|while|whereas|although|though|"
    r"because|when|which|who|whom)\b",
    re.IGNORECASE,
)


def _own_denial(claim: Claim) -> bool:
    """True when a word of denial stands in the clause of the claim's own predicate.

    A parse may miss a negation ("We're not" read as affirmed), so a word of denial in
    an affirmed wording means it denies too; but one in a side clause about another
    act is not its own: "confirmed that she had offered her resignation, a day after
    his office had denied it" affirms the offer. The clause is the stretch of text that
    holds the predicate's verb (in any regular form) between breaks of
    :data:`_CLAUSE_BREAK`; a verb not written so leaves the whole text.
    """
    verb = claim.predicate.split(" ")[0]
    text = claim.text
    places = [
        m.start()
        for m in re.finditer(r"[A-Za-z]+", text)
        if verb and inflects(verb, m.group(0).lower())
    ]
    if not places:
        return _DENIAL.search(text) is not None
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    for place in places:
        start = max((b for b in breaks if b < place), default=0)
        end = min((b for b in breaks if b > place), default=len(text))
        if _DENIAL.search(text[start:end]):
            return True
    return False


#: A verb that denies what a report, claim or allegation says: "denied a report in the
#: Ledger that the engine had been flagged", "rejected claims that ...".
_DENIES_REPORT = re.compile(
    r"\b(?:deni(?:ed|es)|deny(?:ing)?|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|"
    r"refut(?:ed|es|ing)|disput(?:ed|es|ing))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|allegations?|accusations?|suggestions?|"
    r"accounts?|assertions?|rumou?rs?|stor(?:y|ies)|speculation)\b"
    r"(?:[^,;:.\"“”]*?\s)??\s*\bthat\s+(?P<clause>[^;:\"“”]+)",
    re.IGNORECASE,
)
#: Predicates of a denial that takes a report as its object.
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


def _report_denied(denial: Claim, other: Claim) -> Conflict | None:
    """A conflict when ``denial`` denies a report of what ``other`` states.

    "Aurelian Air has denied a report in the Ledger that the engine had been flagged
    for a worn fuel line" denies that the engine was flagged, as "denied that the
    engine had been flagged" would: it is affirmed in form (its predicate is the
    denial), so the clause the report states is weighed against ``other``: the other's
    verb is written in that clause, and the other holds every content word of it.
    """
    if denial.negated or other.negated or denial.predicate not in _DENYING:
        return None
    found = _DENIES_REPORT.search(denial.text)
    verb = other.predicate.split(" ")[0]
    if found is None or not verb or verb in _DENYING:
        return None
    clause = _WORDS.findall(found.group("clause").lower())
    if not any(inflects(verb, word) for word in clause):
        return None
    held = {synonym_term(t) for t in other.terms} | set(other.terms)
    text = other.text.lower()
    denied = [
        t
        for t in denial.terms
        if t not in STOP_WORDS and t not in _DENYING and any(inflects(t, w) for w in clause)
    ]
    if len(denied) < 2 or not all(
        t in held or synonym_term(t) in held or re.search(rf"\b{re.escape(t)}", text)
        for t in denied
    ):
        return None
    return Conflict(
        ConflictKind.NEGATION,
        f"one source denies a report of the statement: {denial.text[:80]!r}",
        (_evidence(denial), _evidence(other)),
    )


def denies_report(a: Claim, b: Claim) -> bool:
    """True when one claim denies a report of what the other states (:func:`_report_denied`)."""
    return (_report_denied(a, b) or _report_denied(b, a)) is not None


def one_weapon_used(a: Claim, b: Claim) -> bool:
    """True when a denied use of a weapon and a report of it firing tell one act.

    "Police did not use tear gas at the march" denies what "photographers saw police
    fire tear gas" states (:func:`~corrobora.reconcile.predicates.one_use`): one claim
    negated, its own verb one of using or firing, the other writing the other verb of
    one weapon, the two dating the act on days that overlap (or not at all). The place
    or occasion a denial adds ("at Tuesday's march") is the setting of one event, not a
    detail the other leaves out.
    """
    if a.negated == b.negated:
        return False
    denied, other = (a, b) if a.negated else (b, a)
    if not one_use((denied.predicate, denied.text), other.text):
        return False
    left = [d for d in denied.dates if d.start and d.end]
    right = [d for d in other.dates if d.start and d.end]
    return _disjoint(denied, left, other, right) is None


#: Verbs that bring a thing into being, in the forms a denial gives them: "no offer was
#: made", "had never been offered a deal", "no charges were filed".
_CREATED = (
    r"made|offered|extended|tabled|issued|presented|submitted|filed|lodged|proposed|"
    r"reached|struck|brought"
)
_THING = r"(?P<thing>(?:[a-z-]+\s+){0,2}?[a-z-]+)"
"""A noun phrase of at most three words, the thing a denial says never existed."""
#: A denial that a thing ever existed: "No plea offer was ever made", "there was no
#: plea offer", "had never been offered a plea deal", "denied ... had ever been offered
#: a plea deal" (a verb of denial before it).
_NO_SUCH_THING = (
    re.compile(
        rf"\bno\s+{_THING}\s+(?:was|were|has|have|had|is|are)\s+(?:(?:ever|yet|been)\s+)*"
        rf"(?:{_CREATED})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bthere\s+(?:(?:was|were|is|are|has|have|had|been|ever)\s+)+(?:never\s+(?:been\s+)?)?"
        rf"(?:no|any)\s+{_THING}\s*(?:[,.;:]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:never|not|(?:deni|deny|denies)\w*\b[^,;:.]*?\bever)\s+(?:been\s+)?"
        rf"(?P<verb>{_CREATED})\s+(?:a|an|any)\s+{_THING}\b",
        re.IGNORECASE,
    ),
)
#: A determiner or possessive before a noun phrase that takes its thing as given.
_GIVEN_THING = r"\b(?:a|an|the|its|his|her|their|this|that)\s+(?:[a-z-]+\s+){0,3}?"


def _presupposed(denied: Claim, other: Claim) -> bool:
    """True when ``denied`` says a thing never existed that ``other`` takes as given.

    "No plea offer was ever made to Ms Osterhold" (or "there was no plea offer", "she
    was never offered a plea deal") against "Osterhold rejected a plea offer": to
    reject an offer there must be one. ``other`` is affirmative and names the thing
    with a determiner ("a plea offer", "the offer"): every word of it, or, after a verb
    of offering, the verb's noun with the thing's first words ("a plea offer" for
    "offered a plea deal").
    """
    if not denied.negated or other.negated:
        return False
    text = other.text.lower()
    for cue in _NO_SUCH_THING:
        for found in cue.finditer(denied.text):
            words = found.group("thing").lower().split()
            if words[-1] in STOP_WORDS:
                continue
            verb = found.groupdict().get("verb")
            heads = [words] + ([[*words[:-1], verb.lower()]] if verb else [])
            if any(_named_as_given(phrase, text) for phrase in heads):
                return True
    return False


def _named_as_given(words: Sequence[str], text: str) -> bool:
    """True when ``text`` names the phrase of ``words`` after a determiner ("a plea offer").

    The last word may be inflected ("offers", "offered" as a verb's noun: "offer"); the
    words before it must be in the phrase, in order.
    """
    head = words[-1]
    stem = head[:-1] if len(head) > 3 and head[-1] in "ey" else head
    stem = re.sub(r"(?:ed|s)$", "", stem) if len(stem) > 4 else stem
    modifiers = r"".join(rf"(?:[a-z-]+\s+)*?{re.escape(w)}\s+" for w in words[:-1])
    pattern = rf"{_GIVEN_THING}{modifiers}{re.escape(stem)}[a-z]{{0,3}}\b"
    return re.search(pattern, text) is not None


#: A later turn right after a denial, in its sentence: "had denied it was in talks,
#: before confirming them on Tuesday", "but later admitted", "only to confirm them".
_LATER_REVERSAL = re.compile(
    r"\b(?:before|only\s+to|later|then|subsequently|eventually|finally)\s+"
    r"(?:(?:it|he|she|they|later|then)\s+)?(?:confirm|admit|acknowledg|revers|retract)\w*",
    re.IGNORECASE,
)


def _reversed_denial(denied: Claim) -> bool:
    """True when the denying wording itself tells that the denial was later reversed.

    "Velstrand had denied on Monday that it was in any talks, before confirming them on
    Tuesday" reports the denial and its end: it states the later confirmation too, so it
    negates no wording of the confirmed state.
    """
    cue = _DENIAL.search(denied.text)
    return cue is not None and _LATER_REVERSAL.search(denied.text, cue.end()) is not None


#: The end of a denied clause: a comma or a semicolon sets off what follows ("..., the
#: airline said").
#: The end of a denied clause: a comma, a semicolon, a colon, or "but", which opens a
#: clause of its own ("never checked into Seaside but is back at Betty Ford").
_CLAUSE_END = re.compile(r"[,;:]|\bbut\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z][a-z'’-]*")


def _denied_terms(claim: Claim) -> frozenset[str]:
    """The terms of what ``claim`` denies: its words after the first word of denial.

    "Corvane Air denied that the crew had declared an emergency late" denies that the
    crew declared an emergency late (crew, emergency, late; its predicate "declare"
    is left out, since the predicates are compared on their own, and so are words
    such as "any"). Empty when no word of denial is found.
    """
    words = _denied_words(claim)
    predicate = set(claim.predicate.split())
    return frozenset(
        t
        for t in claim.terms
        if t not in predicate and t not in STOP_WORDS and any(inflects(t, w) for w in words)
    )


def _denied_words(claim: Claim) -> list[str]:
    """The lower-cased words of the clause ``claim`` denies, after its word of denial."""
    cue = _DENIAL.search(claim.text)
    if cue is None:
        return []
    return _WORDS.findall(_CLAUSE_END.split(claim.text[cue.end() :], maxsplit=1)[0].lower())


def _only_modifies(term: str, denied: Sequence[str], text: str) -> bool:
    """True when a denied word only modifies a phrase of two words the other states.

    "No payment card numbers were taken" denies what "full card numbers were stored
    ... and were taken" asserts: "payment" narrows "card numbers", which the other
    names whole. A lone noun is no such phrase ("no passenger data" against "crew
    data": the modifier is all that tells them apart).
    """
    for i, word in enumerate(denied[:-2]):
        phrase = denied[i + 1 : i + 3]
        if not inflects(term, word) or any(w in STOP_WORDS for w in phrase):
            continue
        if re.search(rf"\b{re.escape(' '.join(phrase))}\b", text):
            return True
    return False


def _asserts_denied(denied: Claim, other: Claim) -> bool:
    """True when ``other`` holds every content word of what ``denied`` denies.

    A denial conflicts only with a wording that asserts what it denies: "denied that
    the crew had declared an emergency late" disputes no wording that leaves out
    "late" ("said the crew had declared an emergency as soon as the problem arose");
    it denies a detail the other does not state. Words news uses for one thing are one
    word (:func:`~corrobora.align.synonyms.synonym_term`).
    """
    held = {synonym_term(t) for t in other.terms} | set(other.terms)
    text = other.text.lower()
    words = _denied_words(denied)
    if not ranks_held(denied, text):
        return False
    return all(
        t in held
        or synonym_term(t) in held
        or re.search(rf"\b{re.escape(t)}", text)
        or _only_modifies(t, words, text)
        for t in _denied_terms(denied)
    )


#: Words that rank a thing among others of its kind: ordinals and superlatives.
_RANKS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "only", "sole", "best"}
    | {"worst", "most", "least", "next", "latest", "earliest", "oldest", "youngest"}
    | {"biggest", "largest", "smallest", "greatest", "highest", "lowest", "longest"}
)


def ranks_held(denied: Claim, text: str) -> bool:
    """True when the other wording writes every rank the denial denies.

    "No, she wasn't the first pin-up" denies a rank, not that she was a pin-up: it
    disputes "the first pin-up" but not "the greatest American pin-up". A rank word is
    a stop word, so it is not among the terms weighed otherwise; the words after every
    word of denial count, since an interjection ("No,") denies nothing of its own.
    """
    written = set(_WORDS.findall(text))
    return all(word in written for word in _all_denied_words(denied) if word in _RANKS)


def _all_denied_words(claim: Claim) -> list[str]:
    """The lower-cased words after each word of denial, up to the end of its clause."""
    clauses = [
        _CLAUSE_END.split(claim.text[cue.end() :], maxsplit=1)[0]
        for cue in _DENIAL.finditer(claim.text)
    ]
    return [word for clause in clauses for word in _WORDS.findall(clause.lower())]


#: A thing introduced as new: an indefinite article or "another" and the words that tell
#: it apart, "a New York facility", "another facility", "a different clinic".
_OTHER_THING = (
    r"\b(?:(?:another|a\s+(?:different|separate|second))\s+(?P<other>)|"
    r"(?:a|an)\s+(?P<names>(?:[A-Z][\w'’.-]*\s+)+))"
)


def _qualified_other_thing(denied: Claim, other: Claim) -> bool:
    """True when the other wording sets the denied thing apart by words the denial lacks.

    "Prosecutors have not approved that facility" does not deny "rehab in a New York
    facility that was approved by prosecutors": the other introduces a facility of its
    own, told apart by a name ("New York") the denial never writes, or as "another"
    one; a denial of one thing says nothing of another of its kind.
    """
    written = set(_WORDS.findall(denied.text.lower()))
    for term in _denied_terms(denied):
        pattern = re.compile(_OTHER_THING + rf"(?P<thing>{re.escape(term)}\w*)\b")
        for found in pattern.finditer(other.text):
            if not inflects(term, found.group("thing").lower()):
                continue
            if found.group("other") is not None:
                return True
            names = _WORDS.findall(found.group("names").lower())
            if any(name not in written for name in names):
                return True
    return False


def _denies_a_bare_light_verb(denied: Claim) -> bool:
    """True when a denial denies only a verb that says little without its object.

    "We are not done yet" denies no act that "the bank would do whatever it takes"
    states: "do" (:func:`~corrobora.reconcile.predicates.light_predicate`) with no
    content word denied beside it names nothing to weigh.
    """
    return light_predicate(denied.predicate) and not _denied_terms(denied)


def _one_existence(a: Claim, b: Claim) -> bool:
    """True when one claim says whether a thing exists and the other that it was found.

    "there had been no irregularities" and "irregularities had been found at two polling
    stations" state one thing, the existence of irregularities, with two predicates
    (:func:`~corrobora.reconcile.predicates.existence_predicates`); so do "there is no
    evidence of a bird strike" and a bird strike given as a cause (:func:`_evidence_denied`).
    """
    return (
        existence_predicates(a.predicate, a.text, b.predicate, b.terms)
        or existence_predicates(b.predicate, b.text, a.predicate, a.terms)
        or _evidence_denied(a, b)
        or _evidence_denied(b, a)
    )


#: A denial that anything shows a thing: "there is no evidence of a bird strike", "found
#: no sign of a leak", "did not find any evidence that the pump failed".
_NO_EVIDENCE = re.compile(
    r"\b(?:no|not\s+(?:find|found|see|seen|show|shown)\s+any|never\s+found\s+any)\s+"
    r"(?:(?:clear|direct|hard|real|firm)\s+)?"
    r"(?:evidence|signs?|indications?|proof|traces?)\s+(?:of|that)\s+(?P<thing>[^,;:.!?\"“”]+)",
    re.IGNORECASE,
)


def _evidence_denied(denied: Claim, other: Claim) -> bool:
    """True when one wording denies any evidence of what the other gives as cause or finding.

    "There is no evidence of a bird strike" denies that a bird strike happened, which
    "the problem may have been caused by a bird strike" hedges and "a bird strike was
    found" states: the denied thing's content words are the other's cause
    (:func:`~corrobora.reconcile.causes.cause_of`), or are all named by a wording of a
    verb of finding.
    """
    if not denied.negated or other.negated:
        return False
    found = _NO_EVIDENCE.search(denied.text)
    if found is None:
        return False
    thing = frozenset(
        w for w in _WORDS.findall(found.group("thing").lower()) if w not in STOP_WORDS
    )
    if not thing:
        return False
    cause = cause_of(other)
    if cause is not None and cause.because and not cause.unknown:
        return thing <= cause.because or cause.because <= thing
    named = set(_WORDS.findall(other.text.lower())) | set(other.terms)
    return finding_predicate(other.predicate) and thing <= named


def modality_conflict(a: Claim, b: Claim, *, one_fact: bool = False) -> Conflict | None:
    """Return a conflict when one source states firmly what the other only hedges.

    Both assert one predicate, or both name one cause of one thing however worded
    ("investigators believe the fire was caused by lightning" against "the fire was
    started by lightning"). Claims already grouped as ``one_fact`` are weighed whatever
    their verbs when they tell of one thing after them (:func:`_one_thing_told`): "the
    recall may be extended to the 160 mg strength" against "the recall now includes the
    160 mg strength" is a hedge later confirmed, not two sources agreeing.

    A hedge is a word of chance or belief ("may", "could", "is believed to"); hearsay
    ("reportedly", "according to reports") differs only from an explicit confirmation
    ("police confirmed"), not from a plain statement
    (:func:`~corrobora.reconcile.weighed.hearsay_only`).
    """
    if not (same_predicate(a, b) or _one_cause(a, b) or (one_fact and _one_thing_told(a, b))):
        return None
    if a.modality in _FIRM and b.modality in _HEDGED:
        firm, hedged = a, b
    elif b.modality in _FIRM and a.modality in _HEDGED:
        firm, hedged = b, a
    else:
        return None
    if hedged.modality is Modality.POSSIBLE and _hedges_no_statement(hedged.text):
        return None
    hearsay = hedged.modality is Modality.REPORTED and hearsay_only(hedged.text)
    if hearsay and not confirmed(firm.text):
        return None  # hearsay is weak sourcing (the confidence says so), no hedge
    return Conflict(
        ConflictKind.MODALITY,
        f"{firm.modality.value} vs {hedged.modality.value}",
        (_evidence(firm), _evidence(hedged)),
    )


#: Words that hedge a statement: a modal verb, an adverb of chance, a verb of belief.
_HEDGE_CUE = re.compile(
    r"\b(?:could|can|ca|may|might|possibly|perhaps|maybe|potentially|likely|probably|"
    r"believ\w*|suspect\w*|seem\w*|appear\w*)\b",
    re.IGNORECASE,
)
_PERCEIVED = r"(?:see|seen|hear|heard|feel|felt|smell|smelled|smelt|spot|spotted|notice|noticed)"
#: A modal of ability before a verb of perception: "flames could be seen", "residents
#: could hear the blasts". It tells what was there to perceive, not a chance.
_PERCEPTION = re.compile(
    rf"\b(?:could|can|ca)(?:\s+(?:not|n['’]t|still|clearly|easily|already))?"
    rf"(?:\s+be)?\s+{_PERCEIVED}\b",
    re.IGNORECASE,
)
#: An adverb of chance on one item of a list: "five women and possibly two children".
_DETAIL_HEDGE = re.compile(
    r"(?:,|\band|\bor)\s+(?:possibly|perhaps|maybe|probably)\s+"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several|\d+)\b",
    re.IGNORECASE,
)


#: A hedge on what someone is best known for or on a superlative of taste: "may be best
#: known for her engagement to", "perhaps the most striking portraits". A manner of
#: speaking that states nothing less firmly.
_BEST_KNOWN = re.compile(
    r"\b(?:may|might|perhaps|probably|possibly)\s+(?:be\s+|have\s+been\s+)?"
    r"(?:(?:best|most|better)\s+(?:known|remembered)|"
    r"the\s+(?:most|best)\s+(?!likely|probable|possible)\w+)\b",
    re.IGNORECASE,
)


def _hedges_no_statement(text: str) -> bool:
    """True when every hedging word of ``text`` hedges no statement it makes.

    "Flames could be seen coming out from under the eaves" states the flames as firmly
    as "flames were coming out": "could" with a verb of perception is ability, not
    chance. "Five women and possibly two children were inside" hedges one item of the
    list, not that the women were inside; "may be best known for" is a manner of
    speaking (:data:`_BEST_KNOWN`). A text with no hedging word found keeps its
    hedge: the analysis saw one this check cannot place.
    """
    cues = [m.start() for m in _HEDGE_CUE.finditer(text)]
    if not cues:
        return False
    placed = [
        m.span()
        for pattern in (_PERCEPTION, _DETAIL_HEDGE, _BEST_KNOWN)
        for m in pattern.finditer(text)
    ]
    return all(any(start <= cue < end for start, end in placed) for cue in cues)


#: How many words two claims' stretches after their verbs must share to tell one thing.
_SHARED_AFTER_VERB = 2


def _one_thing_told(a: Claim, b: Claim) -> bool:
    """True when what follows each claim's verb shares two words: one thing told of.

    "May be extended to the 160 mg strength" and "now includes the 160 mg strength"
    tell of one strength in two verbs; "is believed to have come from a solvent ... in
    Marenburg" and "had been traced to a solvent from a supplier in Marenburg" of one
    solvent. Words of a date ("on Tuesday") tell when, not what, and are not counted.
    Opposite verbs ("may lower blood pressure", "raises blood pressure") and a denial
    against an affirmation ("will not withdraw the tax", "might review the tax") tell
    two things of it, which the other checks weigh.
    """
    if a.negated != b.negated or opposite_predicates(a.predicate, b.predicate):
        return False
    first, second = _after_verb(a), _after_verb(b)
    return len(first & second) >= _SHARED_AFTER_VERB


@lru_cache(maxsize=4096)
def _after_verb(claim: Claim) -> frozenset[str]:
    """The claim's terms after its verb (as synonym terms), less words of its dates."""
    verb = claim.predicate.split(" ")[0]
    if not verb or verb not in claim.terms:
        return frozenset()
    dated = {w for d in claim.dates for w in _WORDS.findall(d.text.lower())}
    after = claim.terms[claim.terms.index(verb) + 1 :]
    return frozenset(synonym_term(t) for t in after if t not in dated)


def _one_cause(a: Claim, b: Claim) -> bool:
    """True when two claims name one cause (a word in common) of one thing."""
    first, second = cause_of(a), cause_of(b)
    if first is None or second is None or first.unknown or second.unknown:
        return False
    return one_thing_caused(first, second) and bool(first.because & second.because)


def entity_conflict(
    a: Claim, b: Claim, kinds: dict[str, str], article_keys: dict[str, set[str]]
) -> Conflict | None:
    """Return a conflict when each wording names a different entity of the same kind.

    Only entities that the other article never mentions at all count, so that a source
    naming the capital where another names the country is not flagged when both
    articles know both names (a name the other wording spells counts as mentioned,
    whether the recognizer found it there or not); and a name all of whose words are
    in the other's is the same one, shorter ("Arlen" and "Tomas Arlen"). Two names in
    different roles are no rival answers (:func:`entity_role`): the court a sentence
    was passed at ("at Dunmere Crown Court") and the firm that names who was sentenced
    ("Brightwater Capital founder Osric Tallant") answer different questions; so do
    two places of different things ("an outbreak in Velmora", "its plant in Brenna"),
    two names that play different parts in the act told (:func:`_rival_names`), and
    two people of different standing in their sentences (:func:`_people_apart`). A
    person's surname under another given name names a person (:func:`_as_people`).
    """
    only_a = _only_named(a, b, kinds, article_keys)
    only_b = _only_named(b, a, kinds, article_keys)
    for x in only_a:
        for y in only_b:
            seen = _as_people(a, x, b, y, kinds)
            if (
                seen.get(x)
                and _kind(x, seen) == _kind(y, seen)
                and not _one_name(x, y)
                and not _one_person(x, y, seen, article_keys)
                and (_awards(x, y) or _rival_names(a, x, b, y, seen[x]))
                and not _place_different_things(a.text, x, b.text, y)
                and not (place_left(a.text, x) or place_left(b.text, y))
                and not _people_apart(a, x, b, y, seen)
            ):
                return Conflict(
                    ConflictKind.ENTITY,
                    f"{x} vs {y} ({_AWARD if _awards(x, y) else seen[x]})",
                    (_evidence(a), _evidence(b)),
                )
    return None


def _as_people(a: Claim, x: str, b: Claim, y: str, kinds: dict[str, str]) -> Mapping[str, str]:
    """Entity kinds with names ``x`` of ``a`` and ``y`` of ``b`` both people when one is.

    The recognizer may take "Bryant Holt" for an organization or a place where "Brian
    Holt" is a person: a name of a person's surname under another given name
    (:func:`~corrobora.reconcile.given_names.given_names_apart`) names a person too,
    unless its claim uses it as a place ("in East London" beside "Jack London": a
    venue, a region, an origin, see :func:`entity_role`).
    """
    person = EntityKind.PERSON.value
    found = (kinds.get(x), kinds.get(y))
    if found.count(person) != 1 or not given_names_apart(x, y):
        return kinds
    other, text = (y, b.text) if found[0] == person else (x, a.text)
    if entity_role(text, other):
        return kinds
    return ChainMap({x: person, y: person}, kinds)


#: A name's possessive before a noun: "Nora Vance's campaign" names whose thing it is.
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+[a-z]", re.IGNORECASE)
#: "by" and at most four words of title right before a name: the agent of a passive.
_AGENT_BEFORE = re.compile(r"\bby\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
#: An appositive right after a name ("Alan Pruitt, pastor of the chapel, estimates").
_APPOSITIVE = re.compile(r"^\s*,[^,;:\"“”()]*,\s*")
_SOURCE = "source"
_OWNER = "owner"
#: How many words may lie between a person named as a source and the reporting verb.
_SOURCE_REACH = 3


def _person_role(claim: Claim, key: str) -> str:
    """How a person stands in ``claim``: as its source, as an owner, or "" (a party).

    A person who says, estimates or labels what the claim tells ("estimated by Marcus
    Dorne", "Alan Pruitt, pastor of the chapel, estimates", the claim's credited
    speaker) is its source; a person named
    only as the owner of a thing ("Nora Vance's campaign") is merely mentioned.
    """
    match = _spelled(key, claim.text)
    if match is None:
        return ""
    if claim.attribution is not None and claim.attribution.source_key == key:
        return _SOURCE
    if _POSSESSIVE_AFTER.match(claim.text[match.end() :]):
        return _OWNER
    verb = claim.predicate.split(" ")[0]
    if verb not in REPORTING_VERBS:
        return ""
    forms = IRREGULAR_FORMS.get(verb, frozenset())
    places = [
        w
        for w in re.finditer(r"[A-Za-z]+", claim.text)
        if inflects(verb, w.group().lower()) or w.group().lower() in forms
    ]
    before = claim.text[: match.start()]
    if any(w.end() <= match.start() for w in places) and _AGENT_BEFORE.search(before):
        return _SOURCE
    after = [w for w in places if w.start() >= match.end()]
    if after:
        between = _APPOSITIVE.sub("", claim.text[match.end() : after[0].start()])
        if not _CLAUSE_BREAK.search(between) and len(between.split()) <= _SOURCE_REACH:
            return _SOURCE
    return ""


def _people_apart(a: Claim, x: str, b: Claim, y: str, kinds: Mapping[str, str]) -> bool:
    """True when two people are no rival answers for how they stand in their sentences.

    A person who tells the claim is its source, not an answer in it: the fire chief who
    labels a fire suspicious and the pastor who estimates its damage are two sources of
    one figure (whom a quote is credited to is weighed by :func:`speaker_conflict`).
    A person named only as the owner of a thing (a politician whose campaign is
    mentioned) is a rival only of another such owner (:func:`_person_role`).
    """
    person = EntityKind.PERSON.value
    if kinds.get(x) != person or kinds.get(y) != person:
        return False
    first, second = _person_role(a, x), _person_role(b, y)
    return _SOURCE in (first, second) or first != second


def _only_named(
    claim: Claim, other: Claim, kinds: Mapping[str, str], article_keys: Mapping[str, set[str]]
) -> list[str]:
    """The names of ``claim`` that ``other`` and its article never name in any form.

    A name the other wording names shorter or longer ("South Asia" and "Asia", "the
    Mediterranean" and "the Mediterranean Sea"), or in another spelling or short form
    ("Mideast" and "Middle East"), is named there: it is no rival answer to a third.
    So is a name the other's article writes longer ("HBO" where it names "HBO Films").
    """
    return [
        k
        for k in claim.entity_keys
        if k not in other.entity_keys
        and k not in article_keys.get(other.article_id, set())
        and not _names_in(k, other.text)
        and not any(
            kinds.get(k) == kinds.get(o) and _one_name(k, o)
            for o in (*other.entity_keys, *sorted(article_keys.get(other.article_id, ())))
        )
    ]


#: Short forms of regions that headlines and wires write for the full name.
_SHORT_FORMS = {"mideast": "middle east", "mid east": "middle east"}


def _one_name(x: str, y: str) -> bool:
    """True when two keys may name one thing: one shortened, or one spelt two ways.

    "Asia" is "South Asia" shortened (:func:`_shortened`); "Hongkong" and "Hong Kong"
    are one name written as one word and as two; "Mideast" is the short form of
    "Middle East"; "AFC" and "American Football Conference", "U.S. Marshals" and "U.S.
    Marshal Service" are one body (:func:`~corrobora.extract.entities.same_body`).
    """
    return _shortened(x, y) or _letters(x) == _letters(y) or same_body(x, y)


def _letters(key: str) -> str:
    """The letters of a name's full form, without spaces or hyphens between its words."""
    return re.sub(r"[\s-]+", "", _SHORT_FORMS.get(key, key))


#: First words of street names ("Rue de Castiglione", "Via Montenapoleone").
_STREET_FIRST = frozenset({"rue", "avenue", "boulevard", "via", "calle", "avenida", "piazza"})
#: Last words of street names ("Bond Street", "Harrow Road").
_STREET_LAST = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "lane", "square", "strasse"}
)
_STREET = "street"


#: Head nouns of the names of awards ("Medal of Valor", "Lakewood Award", "Nobel Prize").
_AWARD_HEADS = frozenset({"medal", "medals", "award", "awards", "prize", "prizes", "trophy"})
#: Words after which an award's name tells what it is for ("Medal of Honor").
_AWARD_OF = frozenset({"of", "for", "in"})
_AWARD = "award"


def _award_head(words: Sequence[str]) -> str:
    """The head noun of a name: its last word before "of", "for" or "in", else its last."""
    for at, word in enumerate(words):
        if word in _AWARD_OF and at:
            return words[at - 1]
    return words[-1]


def _awards(x: str, y: str) -> bool:
    """True when both names are awards: two awards told of one act answer which it was.

    The owner written before an award ("the city of Lakewood's Medal of Valor") is no
    part the award plays in the act, so the parts are not compared.
    """
    return _kind(x, {}) == _kind(y, {}) == _AWARD


def _kind(key: str, kinds: Mapping[str, str]) -> str:
    """The kind of thing a name names, a street or an award apart from other names.

    A street says where a thing is ("the store on Rue de Castiglione"): it is no rival
    of the name of the thing on it ("the Casty store"), nor of the town around it,
    whatever kind the recognizer gave it; only another street is. An award ("the Medal
    of Honor", "the Medal of Valor") is one whatever kind the recognizer took it for
    (a body one time, a thing the next): two awards named for one act are rivals. A
    name that ends in an event's noun ("the Winter Meetings") names an event, no rival
    of a place or a body the recognizer took it for.
    """
    words = key.split()
    if len(words) > 1 and (words[0] in _STREET_FIRST or words[-1] in _STREET_LAST):
        return _STREET
    if len(words) > 1 and _award_head(words) in _AWARD_HEADS:
        return _AWARD
    if len(words) > 1 and words[-1] in _EVENT_HEADS:
        return _EVENT
    return kinds.get(key, "")


#: Last words of a name that names an event, not a place or a body: "the Winter
#: Meetings", "the Paris Air Show", "the Commonwealth Games".
_EVENT_HEADS = frozenset(
    {"meeting", "meetings", "summit", "conference", "convention", "games", "olympics",
     "championship", "championships", "festival", "show", "expo", "cup", "open",
     "series", "tournament", "marathon", "congress", "forum"}
)  # fmt: skip
_EVENT = "event"


def _rival_names(a: Claim, x: str, b: Claim, y: str, kind: str) -> bool:
    """True when name ``x`` of ``a`` and ``y`` of ``b`` may answer one question.

    Their roles must be rivals (:func:`_rival_roles`). Two names of no such role must
    play one part in the act (:func:`~corrobora.reconcile.roles.act_role`): "the council
    approved" and "the extension of Line 4" name who approved and what, "set sentencing
    before Judge Pellin" and "the sentencing of Ms Osterhold" the judge and the
    defendant. A venue is no rival to the thing acted on unless both are places: "at
    Dunmere Crown Court" and "found Osric Tallant guilty" name where and whom, "in
    Velmora" and "raided Brenna" two places of one raid.
    """
    first, second = entity_role(a.text, x), entity_role(b.text, y)
    if not _rival_roles(first, second):
        return False
    part_x, part_y = _part(a, x), _part(b, y)
    if first == second == "":
        return rival_parts(part_x, part_y)
    plain = part_y if first == _VENUE else part_x
    return first == second or plain != OBJECT or kind == EntityKind.PLACE.value


def _part(claim: Claim, key: str) -> str:
    """The part the name ``key`` plays in the act of ``claim`` (see ``act_role``)."""
    match = _spelled(key, claim.text)
    return "" if match is None else act_role(claim.text, match, claim.predicate)


def _names_in(key: str, text: str) -> bool:
    """True when ``text`` spells the name ``key``, recognized there or not.

    The recognizer may miss "Brindlemoor" in one sentence and find it in another's:
    a sentence that names it is no rival answer to it.
    """
    return _spelled(key, text) is not None


def _spelled(key: str, text: str) -> re.Match[str] | None:
    """Where ``text`` spells the name ``key`` (its words, any punctuation between)."""
    words = key.split()
    if not words:
        return None
    pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
    return re.search(pattern, text, re.IGNORECASE)


#: Prepositions of place right before a name: it names where something happened.
_VENUE_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|near|into|outside\s+of|in\s+front\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLES = (
    r"(?:co-?founder|founder|chief(?:\s+executive)?|ceo|cfo|coo|chair(?:man|woman|person)?|"
    r"president|director|executive|spokes(?:man|woman|person)|owner|head|boss|employee|"
    r"manager|partner|analyst|economist|lawyer|official|trader|investor|worker|staff(?:er)?)"
)
#: A title right after a name: "Brightwater Capital founder Osric Tallant", "a Torvik
#: spokeswoman".
_TITLE_AFTER = re.compile(r"^(?:['’]s)?\s+" + _TITLES + r"s?\b", re.IGNORECASE)
#: A title and "of" right before a name: "the founder of Brightwater Capital".
_TITLE_BEFORE = re.compile(r"\b" + _TITLES + r"s?\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE = "venue"
_TITLE = "title"
#: The other side of a contest or a complaint: "against Calverholt", "versus the Herons".
_OPPONENT = "opponent"
_OPPONENT_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|v\.)\s+(?:the\s+)?$", re.IGNORECASE)
#: A direction (and a distance) right before a name: "about 30 miles south of",
#: "just north of", "20 km from", or a word of nearness: "near Route 9", "just
#: outside the city", "off the coast of". The name is a reference point, not where a
#: thing is: "driving near Route 9" is no rival of "stopped in Eastvale".
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"\b(?:miles?|mi|kilomet(?:er|re)s?|km|yards?|met(?:er|re)s?|minutes?|hours?)\s+"
    r"(?:from|outside(?:\s+of)?)|"
    r"\b(?:near|nearby|close\s+to|outside(?:\s+of)?|off(?:\s+the\s+coast\s+of)?|along|"
    r"beside|next\s+to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A dateline: a place (and others after a slash) opening a text, then a colon or a
#: dash: "Portmere/Halden: A coast guard cutter ...". It names where the report was
#: filed, not where what it tells happened.
_DATELINE_BEFORE = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*/\s*$")
_DATELINE_AFTER = re.compile(
    r"^(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*\s*(?::|[—–-]{1,2}\s)"
)
#: A place name and a comma right before a name: "Woodburn, " of "in Woodburn, Oregon".
#: The name says which region the place before it is in.
_REGION_BEFORE = re.compile(r"\b(?:in|at|near|of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+$")
#: A possessive before a name: "California's Betty Ford Center" names the region of a
#: named thing, not the town it stands in.
_REGION_OWNS = re.compile(r"^['’]s\s+[A-Z]")
_REFERENCE = "reference"
_REGION = "region"
#: "from" or "native" right before a name, or before a list that ends in it: "crews
#: from Tiverton and Cullompton", "his native Maryland" tell where someone came from,
#: not where the event is.
_ORIGIN_BEFORE = re.compile(r"\b(?:from|native)\s+(?:the\s+)?$", re.IGNORECASE)
_ORIGIN = "origin"
#: "born" and a place's preposition before a name, a date or "and raised" between:
#: "Born March 29, 1928, in the Bronx" tells where someone was born, not where the
#: event told beside it happened.
_BIRTH_BEFORE = re.compile(
    r"\bborn\b[^;:.!?()\"“”]{0,40}?\b(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE
)
_BIRTH = "birth"
#: Lowercase words right after a name, up to a break: "Texas oil tycoon", "Mississippi
#: oilman". The name may modify the noun phrase they make.
_WORDS_AFTER = re.compile(r"^(?:\s+[a-z][a-z-]*)+")
#: How many words after a name may end the noun phrase it modifies.
_MODIFIED_REACH = 3
_PERSON_SUFFIXES = ("man", "men", "woman", "women")
#: A name, a comma and an article right before a name: "Sid Kerr, the " of "Sid Kerr,
#: the Nevada cattle baron". What follows describes the person named before the comma.
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+(?:a|an|the)\s+$")
#: Lowercase words up to the end of the clause or sentence: the rest of an apposition.
_APPOSITION_REST = re.compile(r"^(?:\s+[a-z][a-z-]*){1,3}\s*(?:[,;.!?)]|$)")
_DESCRIBES = "describes"


def entity_role(text: str, key: str) -> str:
    """The role a name plays in ``text``: a venue, a title, an origin, a reference or "".

    A name after a preposition of place ("at Dunmere Crown Court", "in Geneva") names a
    venue; a name beside a person's title ("Brightwater Capital founder", "the chief
    executive of Torvik") names whom a person works for; a name after a direction
    ("about 30 miles south of Portland") or a word of nearness ("near Route 9"), or
    in a dateline ("Portmere/Halden: ..."), is a reference point, and one after a
    place and a comma ("in Woodburn, Oregon") or owning a name ("California's Betty
    Ford Center") the region of that place. A name after "from" or "native" ("crews
    from Tiverton and Cullompton", "his native Maryland") is where someone came from;
    one after "against" or "versus" ("the game against Calverholt") the other side,
    no place; one after "born ... in" ("Born in 1928 in the Bronx") where someone was
    born; one that modifies a person noun ("the Texas oil tycoon") describes that
    person. Any other use, or a name not found in ``text`` as its key spells it, has no
    role ("").
    """
    match = _spelled(key, text)
    if match is None:
        return ""
    before, after = text[: match.start()], text[match.end() :]
    if _TITLE_AFTER.match(after) or _TITLE_BEFORE.search(before):
        return _TITLE
    if _REFERENCE_BEFORE.search(before) or _in_dateline(before, after):
        return _REFERENCE
    if _REGION_BEFORE.search(before) or _REGION_OWNS.match(after):
        return _REGION
    if _from_before(before):
        return _ORIGIN
    if _OPPONENT_BEFORE.search(before):
        return _OPPONENT
    if _BIRTH_BEFORE.search(before):
        return _BIRTH
    if _describes_person(after) or _in_apposition(before, after):
        return _DESCRIBES
    return _VENUE if _VENUE_BEFORE.search(before) else ""


def _in_dateline(before: str, after: str) -> bool:
    """True when the name is a place of the dateline opening the text ("Portmere/Halden:")."""
    if _DATELINE_AFTER.match(after) is None:
        return False
    return not before.strip() or _DATELINE_BEFORE.match(before) is not None


def _in_apposition(before: str, after: str) -> bool:
    """True when the name opens an apposition to a name: "Sid Kerr, the Nevada cattle baron".

    The phrase describes the person or thing named before the comma; a place in it
    says where that one is from, not where the act told happened.
    """
    return bool(_APPOSITION_BEFORE.search(before) and _APPOSITION_REST.match(after))


def _describes_person(after: str) -> bool:
    """True when the words right after a name end in a noun of a person.

    "the Texas oil tycoon", "a Mississippi oilman": the name modifies a person noun and
    tells something of that person (where he comes from or works), no place of the act.
    A function word ends the noun phrase ("in Texas where the man ...").
    """
    match = _WORDS_AFTER.match(after)
    if match is None:
        return False
    for word in match.group().split()[:_MODIFIED_REACH]:
        if word in STOP_WORDS:
            return False
        if word in ROLE_NOUNS or (word.endswith(_PERSON_SUFFIXES) and len(word) > 5):
            return True
    return False


def _from_before(before: str) -> bool:
    """True when "from" governs the name ending ``before``'s text, alone or listed."""
    listed = _LISTED_BEFORE.search(before)
    head = before[: listed.start()] if listed is not None else before
    return _ORIGIN_BEFORE.search(head) is not None or _ORIGIN_BEFORE.search(before) is not None


_PLACING = (
    r"(?P<noun>[a-z]+)\s+(?:at|in|inside|near|outside|off|across|between|among)\s+(?:the\s+)?$"
)
#: A noun phrase placed by the name after it: "its plant in", "a listeria outbreak in",
#: "the talks at". The noun is the last word before the preposition.
_PLACED_NOUN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|whose|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    + _PLACING,
    re.IGNORECASE,
)
#: A bare noun phrase placed by the name: one that opens the clause ("Undersea cables
#: in", "Internet links between") or follows "of" ("millions of people in").
_BARE_PLACED_NOUN = re.compile(
    r"(?:^|[,;:]\s*|\bof\s+)(?:[a-z-]+\s+){0,3}?" + _PLACING, re.IGNORECASE
)
#: Names listed before the last one, up to the word that governs the list: "Europe, the
#: Middle East and " of "between Europe, the Middle East and South Asia".
_LISTED_BEFORE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?"
    r"|\s+(?:and|or)\s+))+$"
)
#: Words before a place that tell an act, not a thing: "was held in", "died in".
_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "has", "have", "had")
_NOT_NOUNS = frozenset((*_AUXILIARIES, "him", "her", "it", "them", "us")) | frozenset(
    form for forms in IRREGULAR_FORMS.values() for form in forms
)


def placed_noun(text: str, key: str) -> str:
    """The thing a place name places in ``text``: "plant" in "its plant in Brenna".

    A name listed after others is placed as the first of them is ("links between
    Europe, the Middle East and South Asia" places "links"); a bare noun that opens the
    clause or follows "of" places too ("Undersea cables in the Mediterranean",
    "millions of people in Egypt"). "" when the name places no noun phrase (an act:
    "died in Darrow", "was held in Vienna") or is not found as its key spells it.
    """
    match = _spelled(key, text)
    if match is None:
        return ""
    before = text[: match.start()]
    listed = _LISTED_BEFORE.search(before)
    before = before[: listed.start()] if listed else before
    placed = _PLACED_NOUN.search(before) or _BARE_PLACED_NOUN.search(before)
    if placed is None:
        return ""
    noun = placed.group("noun").lower()
    return "" if noun in _NOT_NOUNS or noun.endswith(("ed", "ing")) else synonym_term(noun)


def _place_different_things(first: str, x: str, second: str, y: str) -> bool:
    """True when two place names each place a different thing.

    "A listeria outbreak in Velmora" and "its plant in Brenna" say where two things
    are, not two answers to where one is; "the talks in Vienna" and "the talks in
    Geneva" (or "the blaze", "the fire") dispute one place.
    """
    noun_x, noun_y = placed_noun(first, x), placed_noun(second, y)
    return bool(noun_x and noun_y and noun_x != noun_y)


#: A verb of leaving done, what was left and a preposition of place, up to a name: "left
#: a rehab facility in Newport Beach", "checked out of a clinic in", "left Dorvan".
_LEFT_PLACE = re.compile(
    r"\b(?:left|departed|(?:walk|check|mov|pull|storm)(?:ed)?\s+out\s+of|escaped\s+from)\s+"
    r"(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}(?:in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def place_left(text: str, key: str) -> bool:
    """True when ``text`` names the place ``key`` as one left behind.

    "After she abruptly left a rehab facility in Newport Beach, Dana Voss has checked
    into the Betty Ford Center" names where she was before, not a rival answer to
    where she went: the name follows a verb of leaving in its clause.
    """
    match = _spelled(key, text)
    return match is not None and _LEFT_PLACE.search(text[: match.start()]) is not None


def _rival_roles(first: str, second: str) -> bool:
    """True when names in these roles can be rival answers to one question.

    Names of one role are; so are a venue and a name of no known role ("Geneva hosted
    the talks" against "the talks in Vienna"). A name beside a title is rival only to
    another such name: whom a person works for is no place or party of the event. A
    reference point ("30 miles south of Portland") and a region ("Woodburn, Oregon")
    likewise answer only their own kind of question.
    """
    return first == second or {first, second} == {"", _VENUE}


def _shortened(x: str, y: str) -> bool:
    """True when one name's words are all words of the other ("arlen", "tomas arlen").

    A hyphen joins words of one name ("halvard-pemberton" holds "pemberton").
    """
    first, second = set(re.split(r"[\s-]+", x)), set(re.split(r"[\s-]+", y))
    return first <= second or second <= first


def _one_person(
    x: str, y: str, kinds: Mapping[str, str], article_keys: Mapping[str, set[str]]
) -> bool:
    """True when two people's names may be one person's: one surname, given names alike.

    "Andrew Kostis" and "Andy Kostis" (:func:`~corrobora.extract.entities.one_given_name`)
    name one person unless the story knows another person of that
    surname whose given names are neither's. "Brian Holt" and "Bryant Holt" bear two
    given names, though a name table relates them
    (:func:`~corrobora.reconcile.given_names.other_given_name`).
    """
    if kinds.get(x) != EntityKind.PERSON.value or kinds.get(y) != EntityKind.PERSON.value:
        return False
    first, second = x.split(), y.split()
    if len(first) < 2 or len(second) < 2 or first[-1] != second[-1]:
        return False
    if not one_given_name(first[:-1], second[:-1]) or other_given_name(first[:-1], second[:-1]):
        return False
    known = {key for keys in article_keys.values() for key in keys} | set(kinds)
    return not any(
        kinds.get(key) == EntityKind.PERSON.value
        and len(words := key.split()) >= 2
        and words[-1] == first[-1]
        and not (one_given_name(words[:-1], first[:-1]) or one_given_name(words[:-1], second[:-1]))
        for key in known
    )


def speaker_conflict(
    a: Claim,
    b: Claim,
    quotes_a: Sequence[Quote],
    quotes_b: Sequence[Quote],
    speaks_for: Mapping[str, str] | None = None,
) -> Conflict | None:
    """Return an ``entity`` conflict when the claims credit one long quote to two people.

    The wordings must be the same utterance by :func:`corrobora.reconcile.quotes.misattributed`.
    A person the story says speaks for an organization (``speaks_for``: "Torvik
    spokeswoman Lena Hartvik") and that organization are one voice, not two speakers.
    """
    for x in quotes_a:
        for y in quotes_b:
            if _one_voice(x.speaker_key, y.speaker_key, speaks_for or {}):
                continue
            if misattributed(x, y, quote_words(x.text), quote_words(y.text)):
                return Conflict(
                    ConflictKind.ENTITY,
                    f"quote given to {x.speaker or x.speaker_key} vs {y.speaker or y.speaker_key}",
                    (_evidence(a), _evidence(b)),
                )
    return None


def _one_voice(first: str | None, second: str | None, speaks_for: Mapping[str, str]) -> bool:
    """True when two speaker keys are one person, or a person and the body they speak for."""
    if first is None or second is None:
        return False
    voices = [{first, speaks_for.get(first, first)}, {second, speaks_for.get(second, second)}]
    return any(x == y or leads(x, y) or leads(y, x) for x in voices[0] for y in voices[1])


STATUS_CONFLICTS = frozenset(
    {
        ConflictKind.NUMBER,
        ConflictKind.DATE,
        ConflictKind.ENTITY,
        ConflictKind.NEGATION,
        ConflictKind.CAUSE,
    }
)
"""Kinds of conflict that make a fact conflicting (when they are disagreements)."""

#: Kinds a later report can update or correct.
_TIMED = frozenset({ConflictKind.NUMBER, ConflictKind.DATE, ConflictKind.MODALITY})


def _update_only(
    conflict: Conflict | None,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections | None,
) -> Conflict | None:
    """The conflict as the timeline reads it, if that is an update or a correction."""
    if conflict is None:
        return None
    timed = with_timeline(conflict, a, b, published, corrections)
    return None if timed.nature is ConflictNature.DISAGREEMENT else timed


def _withdrawn_only(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections | None,
) -> Conflict | None:
    """A correction notice's number conflict told by the withdrawn figure and its replacement.

    "11 %, corrected to 9.5 %", not "11 %, corrected to 9.5, 90 %" where the correcting
    wording also gives an acceptance threshold of 90 percent: only the figures the
    correction sets against each other
    (:func:`~corrobora.reconcile.updates.corrected_figures`) are named. A wording that
    gives none of the figures the notice puts in place of the withdrawn one (a rival
    source's 210,000 against a police figure withdrawn for 48,000) is no wording of the
    correction: None, and the figures are weighed as they stand.
    """
    if corrections is None or WITHDRAWN_JOINER not in conflict.detail:
        return conflict
    wrong, right = (a, b) if conflict.values[0].article_id == a.article_id else (b, a)
    gone, given = corrected_figures(wrong, right, published, corrections)
    if _replaced_elsewhere(gone, right, corrections):
        return None
    left = [f for f in claim_figures(wrong) if any(f.value == q.value for q in gone)]
    right_figures = [f for f in claim_figures(right) if any(f.value == q.value for q in given)]
    if not left or not right_figures:
        return conflict
    detail = WITHDRAWN_JOINER.join(_stated_alike(left, right_figures))
    return replace(conflict, detail=detail)


def _taken_back_here(
    conflict: Conflict,
    a: Claim,
    b: Claim,
    published: Mapping[str, datetime | None],
    corrections: Corrections | None,
) -> bool:
    """True when a withdrawn figure is set against the notice's own article's other figure.

    An article that takes back its outlet's 1,420 for 1,204 and gives 1,187 counted
    later does not dispute the 1,420 it withdrew: the pair is neither a correction
    (1,187 is not the notice's replacement) nor a disagreement.
    """
    if corrections is None or not _withdrawn_pair(conflict):
        return False
    wrong, right = (a, b) if conflict.values[0].article_id == a.article_id else (b, a)
    gone, _ = corrected_figures(wrong, right, published, corrections)
    own = corrections.withdrawn.get(right.article_id, ())
    mine = [q for q in gone if any(q.value == w.value for w in own)]
    return bool(mine) and _replaced_elsewhere(mine, right, corrections)


#: How near a wording's figure must be to a notice's to give it, rounded its own way
#: ("212.6 million" gives a replacement of "213 million").
_REPLACEMENT_ROUNDING = 0.01


def _replaced_elsewhere(gone: Sequence[Quantity], right: Claim, corrections: Corrections) -> bool:
    """True when a notice withdrawing ``gone`` states replacements ``right`` does not give."""
    values = {q.value for q in gone}
    replacing = [
        q.value
        for article_id, withdrawn in corrections.withdrawn.items()
        if any(q.value in values for q in withdrawn)
        for q in corrections.replacing.get(article_id, ())
    ]
    return bool(replacing) and not any(
        math.isclose(value, q.value, rel_tol=_REPLACEMENT_ROUNDING)
        for value in replacing
        for q in right.quantities
    )


_ALL_KINDS = frozenset(ConflictKind)
#: What a copy can alter in the wording it copies: a figure, a date, a negation, a cause,
#: a hedge ("will call" softened to "could call"), a code ("Veyra V-220" made "Veyra
#: V-240"; of entities, only a code is compared, see :func:`_entity`).
_COPY_KINDS = frozenset(
    {
        ConflictKind.NUMBER,
        ConflictKind.DATE,
        ConflictKind.NEGATION,
        ConflictKind.CAUSE,
        ConflictKind.MODALITY,
        ConflictKind.ENTITY,
    }
)


def kinds_compared(a: Claim, b: Claim, copies: Mapping[str, str]) -> frozenset[ConflictKind]:
    """Return the kinds of conflict looked for between two claims.

    Claims of one article are not compared (save rival sources' figures, see
    :func:`fact_conflicts`), nor a copy with any article but its original. A copy and
    its original (the article it reuses, or one that article copies in turn) are
    compared only where the copy changed the words, and only for what
    it can alter (:data:`_COPY_KINDS`): names resolved in each article and rewordings
    differ between a copy and its original without either changing what is stated, but
    a copy that softens "will" to "could" changes it.
    """
    first, second = a.article_id, b.article_id
    if first == second:
        return frozenset()
    if first not in copies and second not in copies:
        return _ALL_KINDS
    paired = _copied_from(first, second, copies) or _copied_from(second, first, copies)
    return _COPY_KINDS if paired and a.text != b.text else frozenset()


def _copied_from(copy: str, original: str, copies: Mapping[str, str]) -> bool:
    """True when article ``copy`` reuses ``original``, directly or through other copies."""
    return copy in copies and original in links_above(copies, copy)


#: What two sources of one article are weighed on: rival figures of one thing.
_RIVALS_KINDS = frozenset({ConflictKind.NUMBER})


def rival_sources(a: Claim, b: Claim, speaks_for: Mapping[str, str]) -> bool:
    """True when one article credits figures of one moment to two different sources.

    "Northvale said 240,000 homes were dark at 6 a.m." and "the regulator said 310,000
    were dark at 6 a.m." in one report are two accounts that disagree, as they would in
    two articles. Each claim is credited (a statement, not an act) to a source that is
    neither an outlet (which may be relaying the other) nor one voice with the other's
    (:func:`_one_voice`: a spokesman and the body he speaks for). The two speak of one
    moment: they give the same clock times, or none and no count that runs on ("rose
    to", "so far"), where a second figure may be a later level rather than a rival one.
    """
    first, second = a.attribution, b.attribution
    if a.article_id != b.article_id or first is None or second is None:
        return False
    if not (first.statement and second.statement and first.source_key and second.source_key):
        return False
    if SourceKind.OUTLET in (first.kind, second.kind):
        return False
    if _one_voice(first.source_key, second.source_key, speaks_for):
        return False
    return _one_moment(a, b)


def _one_moment(a: Claim, b: Claim) -> bool:
    """True when two claims date their figures alike: the same clock times, same days."""
    times = [{f.value for f in claim_figures(c) if clock_unit(f.unit)} for c in (a, b)]
    if times[0] != times[1]:
        return False
    days = [{(d.start, d.end) for d in c.dates} for c in (a, b)]
    if days[0] and days[1] and not days[0] & days[1]:
        return False
    return bool(times[0]) or not (running_count_cue(a.text) or running_count_cue(b.text))


def _fell_in_another_voice(
    a: Claim, b: Claim, published: Mapping[str, datetime | None], speaks_for: Mapping[str, str]
) -> bool:
    """True when the later of two wordings gives a lower figure, credited to another source.

    An exit poll's "about 61 percent" turnout and the board's "54.3 percent" a day later
    are two sources' accounts of one measure: a report between them that turnout
    "reached 54.3 percent" tells no rise from 61, and another source's lower figure is
    no later level of a running count. Both wordings must be credited statements of
    two sources that are not one voice (:func:`_one_voice`).
    """
    if not _published_before(a.article_id, b.article_id, published):
        if not _published_before(b.article_id, a.article_id, published):
            return False
        a, b = b, a
    first, second = a.attribution, b.attribution
    if first is None or second is None or not (first.statement and second.statement):
        return False
    if not (first.source_key and second.source_key):
        return False
    if _one_voice(first.source_key, second.source_key, speaks_for):
        return False
    return _all_lower(_levels(a), _levels(b))


def _levels(claim: Claim) -> tuple[Figure, ...]:
    """The claim's figures given as the level that stands (not a change, not an earlier one)."""
    return tuple(f for f in claim_figures(claim) if not (f.change or f.earlier))


def _all_lower(earlier: Sequence[Figure], later: Sequence[Figure]) -> bool:
    """True when, in each group both give, every later figure is below every earlier one."""
    groups = {figure_group(f) for f in earlier} & {figure_group(f) for f in later}
    return bool(groups) and all(
        y.high < x.low
        for group in groups
        for x in earlier
        if figure_group(x) == group
        for y in later
        if figure_group(y) == group
    )


def _retold_elsewhere(a: Claim, b: Claim, relays: Mapping[str, frozenset[str]]) -> bool:
    """True when one claim retells a report of the fact other than the other claim's."""
    return bool(relays.get(a.id, frozenset()) - {b.article_id}) or bool(
        relays.get(b.id, frozenset()) - {a.article_id}
    )


def _entity(
    credited: Conflict | None,
    a: Claim,
    b: Claim,
    kinds: dict[str, str],
    article_keys: dict[str, set[str]],
    *,
    copied: bool = False,
) -> Conflict | None:
    """A quote credited to two people, else one office of two people, else a name or code.

    Two codes of one series ("V-220" against "V-240") are rival names too. See
    :func:`speaker_conflict`, :func:`~corrobora.reconcile.roles.role_conflict`,
    :func:`entity_conflict` and :func:`~corrobora.reconcile.codes.code_conflict`.
    Between a copy and its original (``copied``) only the speaker and a code are
    compared: names resolved in each article differ without either changing them.
    """
    if copied:
        return credited or code_conflict(a, b)
    return (
        credited
        or role_conflict(a, b, article_keys)
        or entity_conflict(a, b, kinds, article_keys)
        or code_conflict(a, b)
    )


def fact_conflicts(
    claims: Sequence[Claim],
    kinds: dict[str, str],
    article_keys: dict[str, set[str]],
    published: Mapping[str, datetime | None] | None = None,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
    quote_threshold: float = 0.6,
    copies: Mapping[str, str] | None = None,
    corrections: Corrections | None = None,
    speaks_for: Mapping[str, str] | None = None,
    relays: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Conflict, ...]:
    """Return the conflicts between the wordings of different articles of one fact.

    At most one conflict of each kind per pair of articles is kept, a disagreement
    rather than an update or a correction. With the articles'
    publication times, a number or date that a later report updates or corrects is
    marked so (:func:`corrobora.reconcile.updates.with_timeline`). With the direct
    quotes inside each claim (by claim id), a quote worded differently by two sources is
    a ``wording`` conflict (:mod:`corrobora.reconcile.wording`). With ``copies``
    (article id -> the original it copies), a copy's wording is compared with its
    original's only (:func:`kinds_compared`): a copy that alters a figure conflicts
    with the article it copies, and otherwise only repeats what that article says.
    With the story's ``corrections``
    (:func:`corrobora.reconcile.updates.correction_notices`), a figure that a correction
    notice withdraws is corrected rather than disputed, and so is a code (an
    ``entity`` conflict, a copy's too). One long quote credited to two
    different people is an ``entity`` conflict (:func:`speaker_conflict`), a copy's
    included, unless ``speaks_for`` (person -> organization) makes them one voice.
    With ``relays`` (claim id -> the articles of the fact whose report the claim
    retells: "The Courier reported that 14 workers were killed"), a retelling is
    weighed only against the report it retells: a third article's figure is weighed
    against that report itself, not once more against each outlet repeating it.
    Two claims of one article are weighed only for their figures, and only when the
    article credits them to two rival sources at one moment (:func:`rival_sources`);
    a source's denial that it later reverses is an update (``speaks_for`` resolves
    "the company"; :func:`~corrobora.reconcile.updates.reversed_itself`).
    """
    quotes = quotes or {}
    copies = copies or {}
    relays = relays or {}
    corrections = _named_in_notice(corrections, claims, published or {})
    carried = carried_wordings(claims)
    found: list[Conflict] = []
    kept: dict[tuple[ConflictKind, str, str], int] = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            looked_for = kinds_compared(a, b, copies)
            if a.article_id == b.article_id and a.article_id not in copies:
                looked_for = _RIVALS_KINDS if rival_sources(a, b, speaks_for or {}) else looked_for
            if not looked_for or _retold_elsewhere(a, b, relays):
                continue
            if figures_of_two_periods(a, b):  # two periods' readings dispute nothing
                looked_for = looked_for - {ConflictKind.NUMBER, ConflictKind.DATE}
            pair = tuple(sorted((a.article_id, b.article_id)))
            copied = a.article_id != b.article_id and (
                a.article_id in copies or b.article_id in copies
            )
            # Whom a quote is credited to is compared even between a copy and its
            # original: a copy that credits the words to someone else alters them.
            credited = speaker_conflict(
                a, b, quotes.get(a.id, ()), quotes.get(b.id, ()), speaks_for
            )
            if credited is not None:
                looked_for = looked_for | {ConflictKind.ENTITY}
            checks: tuple[tuple[ConflictKind, Callable[[], Conflict | None]], ...] = (
                (ConflictKind.NUMBER, partial(number_conflict, a, b)),
                (ConflictKind.DATE, partial(date_conflict, a, b, published)),
                (ConflictKind.NEGATION, partial(_negation_here, a, b, article_keys)),
                (
                    ConflictKind.ENTITY,
                    partial(_entity, credited, a, b, kinds, article_keys, copied=copied),
                ),
                (ConflictKind.MODALITY, partial(modality_conflict, a, b, one_fact=True)),
                (ConflictKind.CAUSE, partial(cause_conflict, a, b, published)),
                (
                    ConflictKind.WORDING,
                    partial(
                        wording_conflict,
                        a,
                        b,
                        quotes.get(a.id, ()),
                        quotes.get(b.id, ()),
                        quote_threshold,
                    ),
                ),
            )
            as_of = (
                published is not None and as_of_reports(a, b, published) and not _same_figures(a, b)
            )
            for kind, check in checks:  # each check gives only its own kind
                if kind not in looked_for or _settled(found, kept.get((kind, pair[0], pair[1]))):
                    continue
                if kind is ConflictKind.DATE and as_of:
                    continue  # each report dates its figure on its own day
                if kind is ConflictKind.MODALITY and restates_own_report(a, b, corrections):
                    continue  # an outlet citing its own report does not revise it
                if kind is ConflictKind.MODALITY and carried_by_both(carried, a, b):
                    continue  # both reports carry both wordings: neither hedges the other
                conflict = check()
                if published is not None and conflict is not None and conflict.kind in _TIMED:
                    timed = with_timeline(conflict, a, b, published, corrections)
                    if _taken_back_here(timed, a, b, published, corrections):
                        continue  # the notice's own report withdrew the figure: no rival
                    conflict = _withdrawn_only(timed, a, b, published, corrections) or conflict
                    if (
                        conflict.kind is ConflictKind.NUMBER
                        and conflict.nature is ConflictNature.DISAGREEMENT
                        and raised_between(claims, a, b, published)
                        and not _fell_in_another_voice(a, b, published, speaks_for or {})
                    ):
                        # a report between the two raised the figure: the later one is its new level
                        conflict = as_update(conflict)
                elif (
                    published is not None and conflict is not None and kind is ConflictKind.NEGATION
                ):
                    conflict = negation_over_time(conflict, a, b, published, speaks_for)
                elif published is not None and kind is ConflictKind.NUMBER:
                    conflict = _update_only(raised_floor(a, b), a, b, published, corrections)
                elif published is not None and conflict is not None and kind is ConflictKind.ENTITY:
                    conflict = with_withdrawn_code(conflict, a, b, published, corrections)
                if conflict is None:
                    continue
                key = (conflict.kind, pair[0], pair[1])
                if key not in kept:
                    kept[key] = len(found)
                    found.append(conflict)
                elif conflict.nature is ConflictNature.DISAGREEMENT:
                    found[kept[key]] = conflict  # a disagreement outweighs an update
    return _corrected_once(found, published or {}, corrections)


def _negation_here(a: Claim, b: Claim, article_keys: Mapping[str, set[str]]) -> Conflict | None:
    """The negation conflict of two wordings of one fact, unless a stranger's denial.

    A denial credited to someone the other report never names, and named in it by a
    pronoun only, tells of the event its own article gave as background
    (:func:`~corrobora.reconcile.weighed.denied_by_a_stranger`).
    """
    conflict = negation_conflict(a, b)
    if conflict is None or a.negated == b.negated:
        return conflict
    denied, other = (a, b) if a.negated else (b, a)
    if denied_by_a_stranger(denied, other, article_keys.get(other.article_id, ())):
        return None
    return conflict


def _named_in_notice(
    corrections: Corrections | None,
    claims: Sequence[Claim],
    published: Mapping[str, datetime | None],
) -> Corrections | None:
    """The corrections, a figure a notice's paragraph names and its outlet reported withdrawn.

    "Correction: An earlier version of this article misstated the lead. Selmer led by
    1,204 votes, not 1,420 votes.": the notice's first sentence names no figure, the
    next one names two. The one the outlet's earlier report of the fact gave (1,420)
    is the figure taken back; the others (1,204) stand in its place. Only a notice
    whose own sentences withdraw nothing, and only when its article states none of the
    named figures in the fact's wordings and a figure is left to replace the withdrawn one.
    """
    if corrections is None:
        return None
    withdrawn = dict(corrections.withdrawn)
    replacing = dict(corrections.replacing)
    for article_id, gone in corrections.withdrawn.items():
        if gone:
            continue
        named = corrections.replacing.get(article_id, ())
        taken = _reported_before(named, article_id, claims, published, corrections)
        left = tuple(q for q in named if q not in taken)
        if taken and left:
            withdrawn[article_id], replacing[article_id] = taken, left
    return replace(corrections, withdrawn=withdrawn, replacing=replacing)


def _reported_before(
    named: Sequence[Quantity],
    article_id: str,
    claims: Sequence[Claim],
    published: Mapping[str, datetime | None],
    corrections: Corrections,
) -> tuple[Quantity, ...]:
    """The figures of ``named`` an earlier report of the notice's outlet states, its own none."""
    outlet = corrections.outlets.get(article_id)
    own = [c for c in claims if c.article_id == article_id]
    earlier = [
        c
        for c in claims
        if c.article_id != article_id
        and outlet is not None
        and corrections.outlets.get(c.article_id) == outlet
        and _published_before(c.article_id, article_id, published)
    ]

    def states(claim: Claim, figure: Quantity) -> bool:
        return any(
            unit_kind(q.unit) == unit_kind(figure.unit) and q.value == figure.value
            for q in claim.quantities
        )

    return tuple(
        q
        for q in named
        if any(states(c, q) for c in earlier) and not any(states(c, q) for c in own)
    )


def _withdrawn_pair(conflict: Conflict) -> bool:
    """True when a conflict sets a figure a notice withdraws against a wording of another."""
    return (
        conflict.nature is ConflictNature.CORRECTION
        and WITHDRAWN_JOINER in conflict.detail
        and len(conflict.values) == 2
    )


def _corrected_once(
    found: Sequence[Conflict],
    published: Mapping[str, datetime | None],
    corrections: Corrections | None,
) -> tuple[Conflict, ...]:
    """The conflicts, a withdrawn wording corrected only by its own outlet's report.

    An outlet takes back only what it reported itself: where the fact holds its later
    report that puts the right figure in place of the withdrawn one, another outlet's
    report of the right figure published after the withdrawn one states the fact, it
    corrects nothing, and its pairing with the withdrawn wording is dropped. Another
    outlet's report published before the withdrawn one is kept: the withdrawn report
    contradicted it when it came out.
    """
    if corrections is None:
        return tuple(found)
    outlets = corrections.outlets

    def own(conflict: Conflict) -> bool:
        wrong, right = (v.article_id for v in conflict.values)
        return outlets.get(wrong) is not None and outlets.get(wrong) == outlets.get(right)

    fixed = {
        (c.kind, c.values[0].article_id, c.values[0].span)
        for c in found
        if _withdrawn_pair(c) and own(c)
    }

    def retold(conflict: Conflict) -> bool:
        wrong, right = conflict.values
        if (conflict.kind, wrong.article_id, wrong.span) not in fixed or own(conflict):
            return False
        return not _published_before(right.article_id, wrong.article_id, published)

    return tuple(c for c in found if not (_withdrawn_pair(c) and retold(c)))


def _published_before(first: str, second: str, published: Mapping[str, datetime | None]) -> bool:
    """True when the first article is known to come out before the second."""
    one, two = published.get(first), published.get(second)
    return one is not None and two is not None and utc(one) < utc(two)


def _same_figures(a: Claim, b: Claim) -> bool:
    """True when both claims give the same figures of every unit they both count.

    Two reports each dating a figure on its own day may state how things stood as
    each was written (:func:`~corrobora.reconcile.updates.as_of_reports`), but only a
    figure that moved tells that: "three workers were released on Tuesday evening"
    and "the three workers were freed early on Wednesday" count the same workers and
    date one release on two days.
    """
    left, right = values_by_unit(a), values_by_unit(b)
    shared = left.keys() & right.keys()
    return bool(shared) and all(left[unit] == right[unit] for unit in shared)


def _settled(found: Sequence[Conflict], index: int | None) -> bool:
    """True when a pair of articles already has a disagreement of a kind.

    An update or a correction kept for the pair may still give way to a disagreement
    between two other wordings of the same articles: two reports that each give both
    a company's cause and an agency's "not yet known" disagree, whichever pair of their
    wordings is weighed first.
    """
    return index is not None and found[index].nature is ConflictNature.DISAGREEMENT

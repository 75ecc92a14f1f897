"""When two stated figures can describe the same amount.

A figure in a news sentence stands for a range, not a point:

- its **rounding**: "38.3" covers 38.25 to 38.35, "$2.5 billion" covers $2.45 to
  $2.55 billion, and a whole number with two or more significant digits that ends in
  zeros ("42,400") covers what rounds to it (42,350 to 42,450); a bare round number such
  as "300" is read as exact, since "300 dead" against "296 dead" may be a real
  disagreement, and so is a count of people under a thousand ("160 people on board"
  is no 158), and so is a physical measure under a thousand of its unit ("weighing 130
  pounds" is no 135 pounds); against a figure with decimals, though, a whole number may be its
  rounding ("3%" fits 2.7%, "$40 million" fits $39.6 million, but "$3 million" does not
  fit $2.5 million): when it is less than half a step and a tenth of it away, a source
  that gives decimals measured the amount and the other rounded it;
- an **order of magnitude**: "hundreds of thousands" covers 200,000 to 999,999,
  "tens of thousands" 20,000 to 99,999, "dozens" 24 to 99;
- its **hedge**: "at least 22" and "more than 22" cover 22 and up; "up to 25",
  "fewer than 25" cover 25 and down; "nearly 20" and "almost 20" cover 90% of it up to
  it, and "just over 20" ("slightly more than 20") it up to 110% of it; "about",
  "around", "some", "roughly", "approximately" cover 5% either side, or
  the rounding of the figure's last significant digit when that is wider, up to 10%
  ("about 48,000" is 45,600 to 50,400, "about 300" 270 to 330): so two hedged figures
  more than about a tenth apart ("about 42,000" and "about 48,000") conflict, while a
  hedged figure still fits a precise one near it ("about 48,000" fits 48,200);
- its **range**: "2 to 3 inches", "$10 billion-$15 billion" and "between 40 and 60"
  cover what lies between their ends, written low to high ("from 40 to 60" is as
  often a change, unless it is said to range or vary).

A **tally** is a vote split or a score: a descending or level pair joined by a dash
("a 7-2 split", "won 5-4", "4-4"), "by seven votes to two", or "7 to 2" after a word of
voting or winning ("voted 7 to 2"). It is one figure of two numbers, read as "7-2",
weighed only against other tallies: "7-2" agrees with "seven votes to two" and
conflicts with "6-3" (:func:`figures_agree`). A team's record ("the Colts (11-4)", "an
11-4 record") and a score on the way ("led 13-3 at halftime") are tallies of their own,
weighed only against their like, never against the final score ("a 31-24 win").

A figure written as the modifier of a noun ("a 41-yard pass", "a 2-yard run") measures
that one thing, not a total ("threw for 364 yards"); a sum over a season, a career or
several events ("3,907 yards this season", "14 rifles during the five patrols") is
no one game's or operation's; and a figure in a clause of a condition
("even if one or two jurors voted against it") tells what could happen, not what did
(:func:`owners_meet`, :func:`season_role`, :func:`conditional_role`).

Two figures agree when their ranges meet. A figure and the same digits a thousand or a
million times larger also agree: that is one amount whose scale word ("million") was
read by one analysis and not the other, not two amounts.

A **margin** is the gap between two rivals, not what either has: "a margin of 2,940
votes", "won by 4,100 votes", "ahead by 3 points", "a lead of 2,000", "a 4,100-vote
margin". It has role ``margin`` and is weighed only against other margins, never
against a candidate's total (:func:`margin_role`).

A **part** of a count given before it in the sentence ("Seven people were injured, two
of them seriously", "eleven were hurt, three of whom remain in hospital"), a bare figure
with no unit of its own, counts some of that count, not the whole: it counts what the
whole counts, has role ``part`` and the first word that says which part it is ("part
seriously"), and is weighed only against a part said the same way, never against a
whole or another part (:func:`part_role`). A figure with a unit of its own ("killed 343
of them") counts that.

A figure has an **owner** when the wording gives it as what a named subject has, gets
or wins: "Marten received 261,870 votes", "Tobias Rendahl of the Civic Union had
246,050". A sentence often gives several rivals' figures of one unit; each is weighed
only against the figures of its own owner ("rendahl"), not against any figure of the
unit (:func:`figure_owner`). A figure whose subject is no name ("the company had 300
staff", "police said 12") has none.

A **forecast** is a figure the wording gives as looked for, not come about: a company's
forecast, guidance, outlook or target, analysts' expectations ("now expects full-year
revenue of about €5.1 billion", "analysts had expected €90 million"). It has role
``forecast`` and is weighed only against forecasts, never against a period's result
(:func:`forecast_role`).

A **demand** is a figure the wording gives as what someone seeks, not what is given or
offered: "the union wants 7 percent", "is seeking 7 percent", "short of the 7 percent
its members wanted". It has role ``demand`` and is weighed only against demands, never
against an offer or a settlement of the same thing ("has offered a 4 percent pay rise")
(:func:`demand_role`).

A span of time that sets one act before or after another ("six months prior to this
incident", "two years after the fire", "ten days later") is an **offset**, not how long
anything lasted: it has role ``offset`` and is weighed only against offsets, never
against a term of service or a sentence ("for the past five years") (:func:`offset_role`).

A figure the wording gives as an **earlier** one ("up from 12", "compared with 12", "an
earlier toll of 12", "officials had earlier given a toll of 12", the 31 of "corrected
its count of injured from 31 to 26", whose 26 counts the injured too) is the state of things
before the one it reports; it is marked so that it is weighed only against earlier figures.
So is a figure of a past time the clause names before it ("four years ago, when 71.2
percent of voters took part", "Last year the board turned down an offer of €11.00", "a
year earlier"): the level of another time, not a rival of the story's own.

A figure the wording gives as a **change** ("rose by 3 percent", "up 3 percent", "fell
2 points", "an increase of 3%", "a 3% rise", "cut the risk of a stroke by 33 percent",
and the "1.1 percent" of "fell 97 points, or 1.1 percent") states how much an amount
moved, not the amount: it is weighed only against changes, and a level ("was 62
percent", "stood at 61.4%", "rose to 62 percent") only against levels (:func:`figure_group`).

A percentage ("%"), a difference of percentages ("percentage point") and index points
("point") are different measures: "rose 3 percentage points" and "rose 3 percent" are
not one figure, so such figures never agree (:func:`figures_agree`).

Terms in years, months and decades are of one kind, ``month``, and compared in months,
exactly (nobody rounds "80 months" to "seven years"): "six years and eight months"
fits "80 months" and conflicts with "seven years" (84 months).

Counts of people are one kind of figure whatever noun counts them: "2,000 residents
were evacuated" and "3,500 people were evacuated" count the same thing
(:func:`unit_kind`). Counts of the dead are a kind of their own ("the death toll rose
to 15" is no count of "40 people were injured"), which a count of people said to have
died joins: "twelve people died", "the quake has killed 17 people", "the number of
people killed has risen to 15" and "the death toll rose to 15" count the same thing.

Physical measures are compared across their units: lengths (mm, cm, m, km, inch, foot,
yard, mile), masses (g, kg, tonne, lb, ounce), volumes (millilitre, litre, gallon),
speeds (km/h, mph, knot) and areas (hectare, acre) are converted to one base unit of
their dimension (:func:`measure`), so "60 miles of roads" is weighed against "40 km of
roads" and does not fit it (60 miles is about 97 km), while "more than 7 inches" (at
least 177.8 mm) fits "180 mm". A converted figure is rounded by whoever converted it,
so across units a figure that is not hedged also covers 5% either side of its value: a
round "25 miles" is the 40 km of another source (24.9 miles). Two measures of different
dimensions ("40 km", "40 kg") never state the same amount; money, counts and shares
are weighed as before, in their own units.

Temperatures read with a scale (``°C``, ``°F``) are of one kind, ``temperature``, and
are compared in degrees Celsius (:func:`~corrobora.extract.quantities.to_celsius`):
Fahrenheit has an offset, so no share of the value can be the rounding of a
conversion. Instead each figure covers its own last digit, the whole number too
("106 °F" is 105.5 to 106.5 °F, 40.8 to 41.4 °C), and a trailing zero is a digit, not
rounding ("110 °F" is no 107 °F); so "106 °F" is the 41.2 °C of another source, but
"104 °F" (40 °C) is not. A plain "degree" names no scale (or an angle): it is weighed
only against plain degrees.

A **clock time** ("12:20 UTC", "2.20pm", "14:20 local time") is a figure of minutes
after midnight whose unit is its clock: ``UTC``, ``local time`` or a named zone. It is
weighed only against times of the same clock, exactly ("12:20 UTC" is no "13:20 UTC",
nor "12:00" any "12:05"); "about", "around", "shortly after" or "just before" widen it
by a quarter of an hour either side (half an hour for a time written to the hour,
"about 3 p.m."), and "before", "until" or "by" ("after", "since"
or "from") open it to the start (the end) of the day. A time counts nothing and is no
change, earlier figure, margin or anyone's figure; the detail of a conflict gives it
as a clock reads ("12:20 UTC vs 13:20 UTC").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from ..align.synonyms import synonym_term
from ..extract.cues import REPORTING_VERBS
from ..extract.quantities import (
    GRADE_SCALES,
    MONEY_UNITS,
    PROJECTILES,
    clock_unit,
    clock_written,
    measure,
    measure_dimension,
    singular,
    temperature_scale,
    to_celsius,
    vague_range,
)
from ..model import AGE_UNIT, Claim, Quantity
from ..text import plain_digits
from .ages import age_holder, age_year
from .predicates import inflects
from .roles import IRREGULAR_FORMS

__all__ = [
    "DEMAND",
    "FORECAST",
    "LENGTH_ROLES",
    "MARGIN",
    "MARKET",
    "OFFSET",
    "PART",
    "PARTICIPANTS",
    "TALLY",
    "Figure",
    "claim_figures",
    "counts_people",
    "currency_gap",
    "demand_role",
    "figure_group",
    "figure_owner",
    "figures_agree",
    "forecast_role",
    "frequency_act",
    "held_record",
    "is_money",
    "is_part",
    "margin_role",
    "measure",
    "measure_dimension",
    "of_market",
    "offset_role",
    "on_game_clock",
    "owners_meet",
    "part_role",
    "pronoun_owned",
    "sole_level",
    "term_months",
    "unit_kind",
    "unit_slip",
    "values_by_unit",
]

#: Words of a market: a stock, its shares, an index.
#: Words of a market: shares, an index, trading, or a currency quoted against another
#: ("the kor ended the day up 0.4 percent against the dollar").
MARKET = re.compile(
    r"\b(?:shares?|stocks?|index|trading|futures|bonds?|"
    r"(?:against|versus)\s+the\s+(?:[a-z.]+\s+)?(?:dollar|euro|yen|pound|sterling|franc|"
    r"yuan|renminbi|rupee|rouble|ruble|won|krona|krone|greenback|single\s+currency))\b",
    re.IGNORECASE,
)
#: A price per share ("offered 42.50 crowns a share"): a deal's terms, no market's.
_PER_SHARE = re.compile(r"\b(?:a|per|each)\s+share\b", re.IGNORECASE)


def of_market(text: str) -> bool:
    """True when ``text`` tells of a market ("shares closed up"), not of a price per share."""
    return MARKET.search(_PER_SHARE.sub(" ", text)) is not None


_DIGITS = re.compile(r"\d(?:[\d,]|[ \u00a0\u2009\u202f](?=\d{3}))*(?:\.\d+)?|\.\d+")
_LOWER_BOUND = re.compile(
    r"\b(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than)\s+$"
)
_UPPER_BOUND = re.compile(
    r"\b(?:up to|at most|less than|fewer than|under|below|no more than|as many as|"
    r"as much as)\s+$"
)
_BELOW = re.compile(r"\b(?:nearly|almost|close to|just under)\s+$")
#: Words that put a figure a little above the amount: "just over 10 seconds".
_JUST_ABOVE = re.compile(
    r"\b(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|above|more\s+than|upwards\s+of)\s+$"
)
_AROUND = re.compile(
    r"\b(?:about|around|some|roughly|approximately|an estimated|estimated|approaching)\s+$"
)
_CONTEXT = 24
_DASH_JOIN = re.compile(r"\s*[-–—]\s*")
_TO_JOIN = re.compile(r"\s+to\s+", re.IGNORECASE)
_BARE = re.compile(r"[\d,.]+|[a-z-]+", re.IGNORECASE)
_RANGE_SPAN = 10.0
_AND_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$")
#: "ranged from A to B", "estimates vary from A a share to B": a spread, not a change.
_SPREAD_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$")
_WORDS_THEN_TO = re.compile(r"\s+(?:[a-z]+\s+){0,3}to\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$")
_APPROXIMATE = 0.1
#: What "about" covers either side at least (see the module docstring), up to
#: ``_APPROXIMATE`` for the rounding of a figure's last significant digit.
_ABOUT = 0.05
_SCALES = (1e3, 1e6, 1e9, 1e12)
#: Words between an earlier-figure cue and the figure: "up from an earlier toll of 12".
_GAP_WORDS = r"\s+(?:[a-z]+\s+){0,4}$"
_COUNT_NOUN = r"(?:toll|figure|count|tally|estimate|total|number)"
_CHANGED = (
    r"(?:r[io]s(?:e|es|en|ing)|climb\w*|increas\w*|jump\w*|gr[eo]wn?|grows|fell|"
    r"fall(?:s|en|ing)?|drop\w*|declin\w*|decreas\w*|slid\w*|surg\w*|soar\w*|"
    r"plung\w*|tumbl\w*)"
)
#: Verbs of setting a figure anew, whose "from" names the figure replaced: "corrected
#: its count of injured from 31 to 26", "revised the toll from 12", "lowered its
#: forecast from 5 percent".
_REVISED = (
    r"(?:correct(?:ed|s|ing)?|revis(?:e|ed|es|ing)|amend(?:ed|s|ing)?|adjust(?:ed|s|ing)?|"
    r"updat(?:e|ed|es|ing)|chang(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|lower(?:ed|s|ing)?|"
    r"reduc(?:e|ed|es|ing)|cut(?:s|ting)?|downgrad(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing))"
)
#: A figure set anew, the replaced one right after "from" ("corrected its count of
#: injured from 31 to 26"): only a hedge or a determiner between "from" and the figure,
#: so that "raised money from the sale of 300 shares" names no earlier figure.
_REVISED_FROM = re.compile(
    r"\b" + _REVISED + r"\s+(?:[a-z'’-]+\s+){0,5}?from\s+"
    r"(?:(?:an?|the|its|their|his|her|about|around|some|roughly|nearly|almost|over|"
    r"more\s+than|at\s+least|an?\s+(?:earlier|initial|previous))\s+)?$"
)
#: Cues right before a figure that give it as an earlier one: "up from 12", "an
#: earlier toll of 12", "to 25 cents a share from 12 cents", "rose from 12 to 15",
#: "compared with 139 million".
_EARLIER_CUE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)"
    r"|\b(?:earlier|previous|prior|initial|original|preliminary)\s+(?:[a-z]+\s+)?"
    + _COUNT_NOUN
    + r"|\bto\s+\S*\d\S*(?:\s+[a-z%]+){0,3}\s+from"
    + r"|\b"
    + _CHANGED
    + r"\s+from)"
    + _GAP_WORDS
)
#: A sentence that tells a count given before: "earlier in the day officials had given
#: a toll of 12", "police had earlier put the death toll at 12".
_EARLIER_ADVERB = re.compile(r"\b(?:earlier|previously|initially|originally)\b")
#: The report of that count, ending right before the figure, in the same clause: "had
#: given a toll of 12", "earlier put the death toll at 12" (not "put the toll at 12,
#: but said 15").
_EARLIER_REPORT = re.compile(
    r"\b(?:had\s+(?:[a-z]+\s+)?|(?:earlier|previously|initially|originally)\s+)"
    r"(?:gave|given|put|reported|announced|estimated|stated|released|cited)\s+"
    r"(?:[a-z]+\s+){0,3}" + _COUNT_NOUN + r"\s+(?:at|of)\s+(?:[a-z]+\s+){0,2}$"
)
#: A past time named before a figure, in its clause: "four years ago, when", "last
#: year", "a year earlier", "the previous year" (not "last year's figure", nor "since
#: last year"). It frames the figure when it opens the clause ("Last year the board
#: turned down ...") or is taken up by "when" ("four years ago, when 71.2 percent";
#: "last year's attack on the network, when 900 operations were cancelled").
_PAST_TIME = (
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|"
    r"many|some)\s+(?:years?|decades?)\s+(?:ago|earlier|before)|"
    r"last\s+year(?!['’]s)|(?:the|a)\s+(?:previous|prior|preceding)\s+year|"
    r"earlier\s+(?:this|that|in\s+the)\s+year)"
)
_PAST_FRAME = re.compile(
    r"^\W*(?:(?:but|and|yet|just|only|even)\s+)?" + _PAST_TIME + r"\b|"
    r"\b" + _PAST_TIME + r",?\s+when\b|"
    r"\blast\s+year['’]s\s+[^,.;:]{1,60},?\s+when\b"
)
#: What ends a clause before a figure: a stop or a semicolon.
_CLAUSE_END = re.compile(r"[.;:!?]\s")
#: The clause's turn back to the time of the report: "but now", "this year".
_BACK_TO_NOW = re.compile(r"\b(?:now|this\s+year|currently|today)\b")


def _of_past_time(before: str) -> bool:
    """True when the clause before a figure names a past time the figure belongs to.

    "Turnout appeared lower than four years ago, when 71.2 percent of voters took
    part": 71.2 percent is the previous election's, weighed only against earlier figures.
    """
    clause = _CLAUSE_END.split(before)[-1]
    found = list(_PAST_FRAME.finditer(clause))
    return bool(found) and not _BACK_TO_NOW.search(clause[found[-1].end() :])


#: Hedges and "by" between a change word and its figure: "rose by about 3 percent".
_CHANGE_GAP = (
    r"(?:\s+(?:by|about|around|some|roughly|approximately|nearly|almost|just|more|less|"
    r"than|over|under|at|least|an|a|estimated|further|another|only))*\s+$"
)
#: Verbs and adverbs of a change, as whole words ("decliners" is no change).
_CHANGE_WORD = (
    r"(?:r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|"
    r"gr(?:ew|own|ows?|owing)|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|"
    r"declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slid(?:e|es|ing)?|surg(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|up|down|"
    r"advanc(?:e|es|ed|ing)|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|rall(?:y|ies|ied|ying)|"
    r"sank|sunk|shrank|shrunk|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?)"
)
#: Nouns of a change: "an increase of 3%", "a 3% rise" (a "loss" or "gain" of money is
#: a result, see the share changes below).
_CHANGE_NOUN = (
    r"(?:increase|rise|drop|fall|decline|decrease|jump|growth|cut|reduction|hike|dip|"
    r"slide|advance|climb|surge|plunge)"
)
#: Words right before a figure that give it as a change: "rose by 3 percent", "up 3
#: percent", "fell 2 points", "an increase of 3%" (not "rose to 62 percent").
_CHANGE_BEFORE = re.compile(
    r"\b(?:" + _CHANGE_WORD + r"|" + _CHANGE_NOUN + r"s?\s+of)" + _CHANGE_GAP
)
#: A verb of change with its object before "by" and the figure: "cut the risk of a second
#: stroke by 33 percent", "lowered prices by 2%" (a change of a share or a bare number);
#: not the noun of a passive ("the tax cut was approved by 55 percent", "backed by").
_BY_AFTER_OBJECT = re.compile(
    r"\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|trim(?:s|med|ming)?|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\b"
    r"(?:\s+(?!(?:is|are|was|were|be|been|being)\b)[\w'’-]+){1,8}(?<!ed)\s+by" + _CHANGE_GAP
)
#: Words of a change that also count things or money ("added 40 staff", "shed 300
#: jobs", "a loss of $126 million"): a change only for a share or a bare number ("added
#: 1.16 points", "lost 0.3 percent", "a loss of 2 percent").
_SHARE_CHANGE_BEFORE = re.compile(
    r"\b(?:add(?:s|ed|ing)?|tack(?:s|ed|ing)?\s+on|shed(?:s|ding)?|gain(?:s|ed|ing)?|"
    r"los(?:e|es|t|ing)|(?:gain|loss)(?:es|s)?\s+of)" + _CHANGE_GAP
)
#: Nouns right after a share that give it as a change: "a 3% gain".
_SHARE_CHANGE_AFTER = re.compile(r"\s*(?:gain|loss)\b")
#: Words right after a figure that give it as a change: "a 3% rise", "3 percent higher",
#: a rate between: "2.50 crowns a share higher", "$3 per barrel lower".
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each)\s+[a-z]+\s+)?(?:" + _CHANGE_NOUN + r"|higher|lower)\b"
)
#: Between a change and the same change in another measure: "rose 98.74 points, or
#: 1.12 percent".
_OR_JOIN = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*,?\s+or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?"
)
#: Measures of a share that are never one figure: "3 percentage points" is no "3%".
_SHARE_MEASURES = frozenset({"%", "percentage point", "point"})

#: How far a converted figure may be from the amount it converts (its rounding).
_CONVERTED = 0.05
#: The kind of a figure of a temperature with its scale (see the module docstring).
_TEMPERATURE = "temperature"
#: Float slack when two converted temperature ranges just touch.
_TOUCH = 1e-9
#: Nouns that count people: figures of these count the same people.
_PEOPLE = frozenset({"people", "person", "resident", "inhabitant", "evacuee"})
#: Nouns of those taking part in an event (one kind through the synonym groups): a crowd
#: counted as "18,000 marchers" is the crowd "18,000 people joined", but "three
#: protesters" among the injured are no count of all the injured.
PARTICIPANTS = frozenset({"protester", "participant"})


def counts_people(kind: str) -> bool:
    """True for a kind of figure that counts people: people in general or participants."""
    return kind == "people" or kind in PARTICIPANTS


#: The scale of a quake's strength.
_MAGNITUDE = "magnitude"
#: Units of a term and their length in months: one kind, compared in months.
_MONTH = "month"
_MONTHS_IN = {"month": 1.0, "year": 12.0, "decade": 120.0}
#: Nouns that count the dead.
_DEAD = frozenset({"dead", "death", "fatality"})
_DIED = r"(?:died|dead|killed|perished)"
#: People said to have died, after their figure ("15 people had died", "seven people
#: were killed", "15 people dead") or before it ("the number of people killed has
#: risen to 15").
_DIED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|or|while|when|after|as)\b)[a-z]+){0,4}?\s+" + _DIED + r"\b"
)
_DIED_BEFORE = re.compile(
    r"\b(?:people|persons?)\s+(?:who\s+(?:have\s+|had\s+)?)?"
    + _DIED
    + r"\b(?:(?!\b(?:and|but)\b)[^,;:])*$"
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated figure: its value, unit and the closed range ``[low, high]`` it covers.

    ``decimals`` is how many digits it has after the point; ``rounding`` is half the
    step of its last digit for a whole number read as exact ("40" -> 0.5, "$40 million"
    -> $500,000), else 0. ``written`` is how a figure named by its order of magnitude
    reads ("hundreds of thousands") or a fraction written without its leading zero
    (".357"), "" for any other. ``tally`` holds the two numbers
    of a vote split or a score ("7-2": ``(7.0, 2.0)``, role ``tally``), else is empty.
    ``owner`` is the named subject that has the figure ("rendahl"), else "";
    ``subject`` is who else it is told of (:func:`figure_subject`), else "".
    ``measures`` is the noun a figure written as its modifier measures ("a 41-yard
    pass": "pass"), else ""; ``named`` holds the words of the claim of any other
    figure, less those such modifiers measure (:func:`owners_meet`). ``pronoun`` is
    true for a figure a personal pronoun has (:func:`pronoun_owned`). ``act`` holds
    the stems of the words of what a figure after "for" is of ("rushed for 404
    yards": ``{"rush"}``) or what a count of times counts ("lied three times":
    ``{"lied"}``), else is empty (:func:`stat_act`, :func:`frequency_act`). ``year``
    is the year an age is told of ("In 2005, at the age of 91": 2005), else 0
    (:func:`~corrobora.reconcile.ages.age_year`). ``record`` names the record someone
    holds that a figure is the size of ("school scoring record"), else ""
    (:func:`held_record`).
    """

    value: float
    unit: str
    low: float
    high: float
    decimals: int = 0
    rounding: float = 0.0
    earlier: bool = False
    change: bool = False
    hedged: bool = False
    role: str = ""
    written: str = ""
    tally: tuple[float, ...] = ()
    owner: str = ""
    measures: str = ""
    named: frozenset[str] = frozenset()
    pronoun: bool = False
    act: frozenset[str] = frozenset()
    subject: str = ""
    year: int = 0
    record: str = ""


def unit_kind(unit: str) -> str:
    """Return what a unit counts: ``people``, ``dead`` (see the docstring), else the unit.

    A unit of a physical measure that converts to others ("km", "mile") is of its
    dimension's kind ("length"): such figures are weighed against each other, converted
    (:func:`figures_agree`). Nouns news uses for one thing count one kind ("1,200
    jobs" and "1,500 positions"; :mod:`corrobora.align.synonyms`). A temperature in
    °C or °F is of kind ``temperature``; a plain "degree" stays of its own. Terms in
    years, months and decades are of kind ``month``. A magnitude is written as often
    with no scale after its noun ("a magnitude of 5.8", "revised the magnitude of the
    quake to 6.2") as with it ("magnitude 5.4"): it is of the kind of a bare figure.
    A state that is one with another (:data:`_ONE_STATE`) counts its kind: "one
    wounded" and "two injured" count the injured.
    """
    if unit in _PEOPLE:
        return "people"
    if unit == _MAGNITUDE:
        return ""
    if clock_unit(unit):
        return unit
    if unit in _DEAD:
        return "dead"
    if unit in _MONTHS_IN:
        return _MONTH
    if temperature_scale(unit):
        return _TEMPERATURE
    known = measure(unit)
    if known:
        return known[0]
    return _KIND_OF.get(unit) or synonym_term(_ONE_STATE.get(unit, unit))


#: Nouns news uses for one kind of counted thing that the synonym groups keep apart:
#: "three lenders" and "five banks" count banks.
_KIND_OF = {"lender": "bank"}


def term_months(unit: str) -> float | None:
    """The months one ``unit`` of a term is ("year" is 12), or None for no unit of a term."""
    return _MONTHS_IN.get(unit)


@dataclass(frozen=True, slots=True)
class _Written:
    """How a figure's digits were written.

    The half step of its rounding (0 when read as exact), its decimals, and, for a
    whole number read as exact, the half step of its last digit (see ``Figure``).
    """

    half_step: float = 0.0
    decimals: int = 0
    rounding: float = 0.0


def _digits(quantity: Quantity) -> tuple[str, float] | None:
    """The digits of a figure as written and the scale its value is of them, else None.

    "$2.5 billion" is ("2.5", 1e9); None for number words ("twenty-eight") and a zero.
    """
    match = _DIGITS.search(quantity.text)
    if match is None:
        return None
    digits = plain_digits(match.group())
    try:
        mantissa = float(digits)
    except ValueError:
        return None
    if mantissa == 0:
        return None
    return digits, abs(quantity.value / mantissa)


def _written(quantity: Quantity, *, zeros_round: bool = True) -> _Written:
    """Read the rounding of the figure as written (half step 0 when read as exact).

    With ``zeros_round`` false a whole number's trailing zeros are digits: a
    temperature of "110" is as exact as one of "106".
    """
    read = _digits(quantity)
    if read is None:
        return _Written()  # number words ("twenty-eight") are exact
    digits, scale = read
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        return _Written(0.5 * 10.0**-decimals * scale, decimals)
    whole = digits.lstrip("0")
    significant = whole.rstrip("0")
    zeros = len(whole) - len(significant)
    if zeros_round and zeros and len(significant) >= 2:
        return _Written(0.5 * 10.0**zeros * scale)
    return _Written(rounding=0.5 * scale)


def _last_digit_half_step(quantity: Quantity) -> float:
    """Half the step of a figure's last significant digit: "48,000" 500, "300" 50, "2.5" 0.05.

    What a hedged figure ("about 300") may have been rounded from; 0 for number words.
    """
    read = _digits(quantity)
    if read is None:
        return 0.0
    digits, scale = read
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".", 1)[1]) * scale
    whole = digits.lstrip("0")
    return 0.5 * 10.0 ** (len(whole) - len(whole.rstrip("0"))) * scale


#: Below this, a count of people is counted, not rounded: "160 people on board".
_COUNTED_BELOW = 1000


def _head_count(quantity: Quantity) -> bool:
    """True for a count of people small enough to be counted one by one.

    "160 people were on board" against "158 people" is a disagreement: a count of
    that size is given exact, and rounded only with a hedge ("about 160").
    """
    return unit_kind(quantity.unit) in ("people", "dead") and abs(quantity.value) < _COUNTED_BELOW


def _small_measure(quantity: Quantity) -> bool:
    """True for a physical measure under a thousand of its unit: read to that unit.

    "weighing 130 pounds" against "135 pounds" is a disagreement: a weight or a height
    of that size is read off a scale, and rounded only with a hedge ("about 130").
    """
    return measure(quantity.unit) is not None and abs(quantity.value) < _COUNTED_BELOW


#: How far a hedged clock time ("about 12:20", "shortly after 12:20") may be off, in
#: minutes; one written to the hour ("about 3 p.m.") may be off by half an hour.
_CLOCK_SLACK = 15.0
_HOUR_SLACK = 30.0
#: Minutes written in a clock time: "3:22 p.m.", "2.20pm", "1515 GMT" (not "3 p.m.").
_CLOCK_MINUTES = re.compile(r"\d[:.]\d|\d{3}")
_MINUTES_IN_DAY = 24 * 60.0
_CLOCK_NEAR = re.compile(
    r"\b(?:about|around|approximately|roughly|circa|(?:shortly|just|soon|right|moments|"
    r"minutes)\s+(?:before|after))\s+(?:at\s+)?$"
)
_CLOCK_UNTIL = re.compile(r"\b(?:before|until|till|by)\s+$")
_CLOCK_SINCE = re.compile(r"\b(?:after|since|from)\s+$")


def _clock_ranges_meet(a: Figure, b: Figure) -> bool:
    """True when two clock times' ranges share a stretch of time, or one time is in both.

    "about 2 p.m." (13:30 to 14:30) and "around 3 p.m." (14:30 to 15:30) touch at one
    minute only: two hedged hours an hour apart, which disagree; "2:30 p.m." at the
    edge of "about 3 p.m." is in it.
    """
    overlap = min(a.high, b.high) - max(a.low, b.low)
    return overlap > 0 or (overlap == 0 and (a.low == a.high or b.low == b.high))


def _clock_figure(quantity: Quantity, context: str) -> Figure:
    """A clock time's figure: exact, or widened by a hedge or a bound (see the docstring)."""
    value = quantity.value
    minutes = round(value)
    written = f"{minutes // 60:02d}:{minutes % 60:02d}"
    low, high, hedged = value, value, True
    if _CLOCK_NEAR.search(context):
        minutes_written = _CLOCK_MINUTES.search(quantity.text) is not None
        slack = _CLOCK_SLACK if minutes_written else _HOUR_SLACK
        low, high = value - slack, value + slack
    elif _CLOCK_UNTIL.search(context):
        low = 0.0
    elif _CLOCK_SINCE.search(context):
        high = _MINUTES_IN_DAY
    else:
        hedged = False
    return Figure(value, quantity.unit, low, high, hedged=hedged, written=written)


def _figure(quantity: Quantity, before: str) -> Figure:
    value, unit = quantity.value, quantity.unit
    if clock_unit(unit):
        return _clock_figure(quantity, before[-_CONTEXT:].casefold())
    vague = vague_range(quantity.text)
    if vague is not None:  # "hundreds of thousands"
        return Figure(value, unit, vague[0], vague[1], hedged=True, written=quantity.text.lower())
    context = before[-_CONTEXT:].casefold()
    if _JUST_ABOVE.search(context):  # "just over 10": 10 up to a tenth more, as "nearly"
        low, high = sorted((value, value * (1 + _APPROXIMATE)))
        return Figure(value, unit, low, high, hedged=True)
    if _LOWER_BOUND.search(context):
        return Figure(value, unit, value, math.inf, hedged=True)
    if _UPPER_BOUND.search(context):
        return Figure(value, unit, -math.inf, value, hedged=True)
    if _BELOW.search(context):
        low, high = sorted((value * (1 - _APPROXIMATE), value))  # "nearly -5" too
        return Figure(value, unit, low, high, hedged=True)
    if _AROUND.search(context):
        spread = min(
            max(abs(value) * _ABOUT, _last_digit_half_step(quantity)), abs(value) * _APPROXIMATE
        )
        return Figure(value, unit, value - spread, value + spread, hedged=True)
    exact = temperature_scale(unit) or _head_count(quantity) or _small_measure(quantity)
    written = _written(quantity, zeros_round=not exact)
    half = written.half_step
    return Figure(
        value,
        unit,
        value - half,
        value + half,
        written.decimals,
        written.rounding,
        written=_bare_fraction(quantity),
    )


def _bare_fraction(quantity: Quantity) -> str:
    """A fraction as written without its leading zero (".357" of a caliber), else "".

    Shown as written, since a reader looks the figure up in the text: "0.357" is not there.
    """
    read = _digits(quantity)
    if read is None or not read[0].startswith(".") or read[1] != 1.0:
        return ""
    return read[0]


@lru_cache(maxsize=8192)
def claim_figures(claim: Claim) -> tuple[Figure, ...]:
    """Return the figures of a claim with the ranges their wording allows.

    Two figures that state a range ("2 to 3 inches", "$10 billion-$15 billion",
    "between 40 and 60 people") each cover the whole range, so a figure inside it fits.
    Cached: every pair of a fact's claims is weighed several ways (conflict, update,
    floor, the reports' days), each reading the same claims' figures.
    """
    figures = []
    for quantity in claim.quantities:
        figure = _figure(quantity, _text_before(claim, quantity.span.start))
        if clock_unit(quantity.unit):
            figures.append(figure)
            continue
        unit = (
            "dead"
            if _counts_dead(claim, quantity)
            else figure.unit or _state_after(claim, quantity)
        )
        earlier = _is_earlier(claim, quantity)
        change = not earlier and _is_change(claim, quantity)
        role = (
            offset_role(claim, quantity)
            or conditional_role(claim, quantity)
            or season_role(claim, quantity)
            or partial_role(claim, quantity)
            or step_role(claim, quantity)
            or length_role(claim, quantity)
            or grade_role(claim, quantity)
        )
        role = (
            role
            or margin_role(claim, quantity)
            or _unconfirmed(claim, quantity)
            or forecast_role(claim, quantity)
            or demand_role(claim, quantity)
            or subgroup_role(claim, quantity)
            or included_role(claim, quantity)
            or population_role(claim, quantity)
        )
        if not role and not unit:  # "killed 343 of them" counts the dead, a measure of its own
            role = part_role(claim, quantity)
        owner = figure_owner(claim, quantity)
        subject = "" if owner else figure_subject(claim, quantity)
        if role == POPULATION:
            owner = owner or populated_place(claim, quantity)
        measures = "" if role or earlier or change else measured_noun(claim, quantity)
        figures.append(
            replace(
                figure,
                unit=unit,
                earlier=earlier,
                change=change,
                role=role,
                owner=owner,
                measures=measures,
                subject=subject,
                written=clock_written(quantity, _text_after(claim, quantity)) or figure.written,
                pronoun=not (owner or subject)
                and (pronoun_owned(claim, quantity) or subjectless(claim)),
                act=stat_act(claim, quantity) or frequency_act(claim, quantity),
                year=(age_year(claim) or 0) if quantity.unit == AGE_UNIT else 0,
                record=held_record(claim, quantity),
            )
        )
    ordered = sorted(range(len(figures)), key=lambda n: claim.quantities[n].span.start)
    for left, right in pairwise(ordered):
        if is_part(figures[right]) and not figures[right].unit:
            figures[right] = replace(figures[right], unit=figures[left].unit)
        figures[left], figures[right] = _from_to_unit(
            claim,
            (claim.quantities[left], figures[left]),
            (claim.quantities[right], figures[right]),
        )
        if figures[left].change and _or_joined(
            claim, claim.quantities[left], claim.quantities[right]
        ):
            figures[right] = replace(figures[right], change=not figures[right].earlier)
        clocks = {clock_unit(claim.quantities[n].unit) for n in (left, right)}
        if len(clocks) == 1 and _states_range(
            claim, claim.quantities[left], claim.quantities[right]
        ):
            low = min(figures[left].low, figures[right].low)
            high = max(figures[left].high, figures[right].high)
            figures[left] = replace(figures[left], low=low, high=high)
            figures[right] = replace(figures[right], low=low, high=high)
    return tuple(_with_named(claim, _tallies(claim, figures, ordered)))


def _clause_subject(claim: Claim) -> str:
    """The shared subject of a clause that opens with its verb (:func:`sibling_subject`)."""
    return sibling_subject(claim) if subjectless(claim) else ""


def _with_named(claim: Claim, figures: list[Figure]) -> list[Figure]:
    """The figures, each that measures no noun given the words its claim names.

    The nouns the claim's modifiers measure are left out: in "threw for 364 yards,
    including a 41-yard pass" the pass is the 41 yards', not the 364's.
    """
    heads = {f.measures for f in figures if f.measures}
    words = frozenset(
        w
        for word in _PART_WORD.findall(claim.text.casefold())
        for w in (word, _head_term(word))
        if w not in heads
    )
    return [f if f.measures else replace(f, named=words) for f in figures]


def _from_to_unit(
    claim: Claim, first: tuple[Quantity, Figure], second: tuple[Quantity, Figure]
) -> tuple[Figure, Figure]:
    """The two figures of "from A to B", the earlier A and the level B, with one unit.

    "corrected its count of injured from 31 to 26": the unit written with one figure
    ("injured", read with 31) is the other's too, so the new level counts what the
    earlier one did; with neither written so, the state the count's noun names ("its
    count of missing from 18 to 15") is. Other pairs are returned as they are.
    """
    (one, before), (two, after) = first, second
    if not before.earlier or after.earlier or (before.unit and after.unit):
        return before, after
    between = claim.text[one.span.end - claim.span.start : two.span.start - claim.span.start]
    if not _TO_JOIN.fullmatch(between) or clock_unit(one.unit or two.unit):
        return before, after
    unit = before.unit or after.unit or _count_of(claim, one)
    return replace(before, unit=unit), replace(after, unit=unit)


#: Words of a state that count people when they follow a bare figure as its noun:
#: "31 injured so far", "four missing", "300 homeless".
_STATE_NOUNS = (
    "injured", "wounded", "hurt", "missing", "evacuated", "displaced", "homeless",
    "hospitalized", "hospitalised", "rescued", "arrested", "detained",
)  # fmt: skip
_STATE_AFTER = re.compile(
    r"\s+(" + "|".join(_STATE_NOUNS) + r")\b(?!\s+(?:by|in|at|on)\b)", re.IGNORECASE
)


#: A count told in a state by the verb after its noun: "one person was arrested",
#: "three people were reportedly injured", "two officers have been hurt".
_STATE_TOLD = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(" + "|".join(_STATE_NOUNS) + r")\b",
    re.IGNORECASE,
)

#: A count told in a state by a participle after its noun: "seven employees were
#: trapped", "three other employees wounded" (a state word with no verb before it).
_PARTICIPLE_TOLD = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
    r"(?:[a-z]+ly\s+)?([a-z]{3,}(?:ed|en))|(" + "|".join(_STATE_NOUNS) + r"))\b",
    re.IGNORECASE,
)
#: Participles that tell no state of their own: "were given", "had been seen".
_NO_STATE = frozenset({"given", "seen", "been", "listed", "reported", "counted", "believed"})
#: A count told in a state at second hand: "one person is believed to have been
#: arrested", "two men were said to be injured"; the state is the participle after.
_HEARSAY_TOLD = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:was|were|is|are)\s+(?:[a-z]+ly\s+)?"
    r"(?:believed|said|reported|thought|understood|feared|known|alleged|confirmed)\s+"
    r"to\s+(?:have\s+been|be)\s+(?:[a-z]+ly\s+)?([a-z]{3,}(?:ed|en))\b",
    re.IGNORECASE,
)

#: States that are one: the hurt are the injured, the detained the arrested.
_ONE_STATE = {
    "wounded": "injured",
    "hurt": "injured",
    "detained": "arrested",
    "hospitalised": "hospitalized",
}
#: A participle's place that makes the state: "taken to hospital", "treated in hospital"
#: and "admitted to a local hospital" all tell people in hospital.
_IN_HOSPITAL = re.compile(r"\s+(?:to|in|at|into)\s+(?:[a-z-]+\s+){0,2}hospitals?\b", re.IGNORECASE)


def told_state(claim: Claim, quantity: Quantity) -> str:
    """The state a count is told in by the words after it ("were injured": "injured"), else "".

    "One person was arrested" and "three people were injured" count people in two
    states: two measures, whatever noun counts them; so do "seven employees were
    trapped" and "three other employees wounded", and a state told at second hand ("one
    person is believed to have been arrested") is that state.
    """
    end = max(0, quantity.span.end - claim.span.start)
    found = _STATE_TOLD.match(claim.text, end) or _HEARSAY_TOLD.match(claim.text, end)
    if found is not None:
        state = found.group(1).lower()
    else:
        told = _PARTICIPLE_TOLD.match(claim.text, end)
        state = (told.group(1) or told.group(2)).lower() if told is not None else ""
        if told is not None and _IN_HOSPITAL.match(claim.text, told.end()):
            state = "hospitalized"
    if state in _NO_STATE:
        return ""
    return _ONE_STATE.get(state, state)


#: A count named by its state before "from": "its count of missing from 18".
_COUNT_OF_STATE = re.compile(
    r"\b" + _COUNT_NOUN + r"\s+of\s+(?:the\s+)?(" + "|".join(_STATE_NOUNS) + r")\s+from\s+$",
    re.IGNORECASE,
)


def _count_of(claim: Claim, quantity: Quantity) -> str:
    """The state word a count's noun names before "from" and the figure, else ""."""
    offset = quantity.span.start - claim.span.start
    found = _COUNT_OF_STATE.search(claim.text[max(0, offset - 2 * _CONTEXT) : max(0, offset)])
    return found.group(1).lower() if found else ""


def sole_level(claim: Claim) -> Figure | None:
    """The claim's one figure given as a level, or None when it gives none or several.

    A claim of one figure states one amount, which two wordings of one estimate or one
    named sum can be weighed on (:mod:`corrobora.reconcile.estimates`,
    :mod:`corrobora.reconcile.amounts`).
    """
    levels = [f for f in claim_figures(claim) if not (f.change or f.earlier)]
    return levels[0] if len(levels) == 1 else None


def _tallies(claim: Claim, figures: list[Figure], ordered: list[int]) -> list[Figure]:
    """The figures with each vote split or score made one tally figure (see the docstring).

    The tally takes the place of its first number, and its second number is dropped.
    """
    dropped: set[int] = set()
    for left, right in pairwise(ordered):
        if left in dropped:
            continue
        first, second = claim.quantities[left], claim.quantities[right]
        if not _states_tally(claim, first, second):
            continue
        tally = (first.value, second.value)
        written = f"{_format_count(first.value)}-{_format_count(second.value)}"
        role = _tally_role(claim, first, second)
        owner = _record_owner(claim, first) if role == RECORD else ""
        figures[left] = Figure(
            first.value,
            "",
            first.value,
            first.value,
            role=role,
            written=written,
            tally=tally,
            owner=owner,
        )
        dropped.add(right)
        dropped.update(_draws(claim, role, right, ordered))
    return [f for n, f in enumerate(figures) if n not in dropped]


def _draws(claim: Claim, role: str, second: int, ordered: list[int]) -> set[int]:
    """The third number of a record, its draws ("45-7-2": 2), to drop with the tally."""
    at = ordered.index(second)
    if role != RECORD or at + 1 >= len(ordered):
        return set()
    third = claim.quantities[ordered[at + 1]]
    between = claim.text[
        claim.quantities[second].span.end - claim.span.start : third.span.start - claim.span.start
    ]
    return {ordered[at + 1]} if between == "-" and third.text.isdigit() else set()


def _record_owner(claim: Claim, first: Quantity) -> str:
    """Whose record a tally is ("klitschko" for "Klitschko, 53-3"), else "".

    Two fighters' or teams' records in one sentence ("Klitschko, 53-3, ... Rahman,
    45-7-2") are weighed each only against its own holder's.
    """
    start = first.span.start - claim.span.start
    found = _RECORD_OWNER.search(claim.text[max(0, start - 2 * _CONTEXT) : max(0, start)])
    if found is None:
        return ""
    name = found.group("name").casefold()
    return "" if name in _NO_OWNER else name


def _format_count(value: float) -> str:
    return str(int(value))


#: The role of a tally figure (a vote split or a score).
TALLY = "tally"
#: A number of a tally as written: a whole number of up to three digits, or words.
_TALLY_NUMBER = re.compile(r"\d{1,3}|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)
#: Between a tally's numbers, whatever comes before: "by seven votes to two".
_VOTES_TO = re.compile(r"\s+votes?\s+to\s+", re.IGNORECASE)
#: Right before a tally read "A to B": "voted 7 to 2", "won 5 to 4", "a vote of 7 to 2".
_TALLY_CUE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|split|won|wins?|beat|beaten|lost|loses|defeated|ruled|"
    r"margin|score|scored|tally)\b(?:\s+(?:of|by|in|a))?\s+$"
)


#: The role of a team's record of wins and losses: "The Colts (11-4)", "an 11-4 record".
RECORD = "tally record"
#: The role of a score while a game goes on: "led 13-3 at halftime", "a 13-3 lead".
INTERIM = "tally interim"
#: A record in brackets right after a name: "The Colts (11-4)".
_NAME_BRACKET = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
#: A record set off by commas after a name: "Wladimir Klitschko, 53-3, 47 KOs", "beat
#: Hasim Rahman, 45-7-2, in the seventh" (a third number counts draws).
_NAME_COMMA = re.compile(r"[A-Z][\w'’.-]*\s*,\s*$")
_SET_OFF_END = re.compile(r"(?:-\d{1,3})?\s*(?:[,;)]|$)")
#: Whose record a tally is: "Klitschko, 53-3", "The Colts (11-4)", "Klitschko's record
#: to 52-3" (group "name").
_RECORD_OWNER = re.compile(
    r"(?P<name>[A-Z][\w.-]*)(?:\s*[,(]\s*|['’]s\s+(?:[a-z]+\s+)?record\s+(?:of|to|at)\s+)$"
)
#: A record named so: "a record of 11-4", "an 11-4 record", "improved to 11-4 on the
#: season".
_RECORD_BEFORE = re.compile(r"\brecord\s+(?:of|to|at)\s+$", re.IGNORECASE)
_RECORD_AFTER = re.compile(
    r"\s*(?:(?:overall|season|conference|league)\s+)?record\b|"
    r"\s+(?:\w+\s+){0,2}?(?:(?:on|for)\s+the|this)\s+season\b",
    re.IGNORECASE,
)
#: A score a team held on the way, before it: "led 13-3", "trailing 10-7", "tied it at".
_INTERIM_BEFORE = re.compile(
    r"\b(?:led|leads|leading|trail(?:s|ed|ing)?|tied(?:\s+it)?(?:\s+at)?|halftime|half-time)"
    r"\s+(?:\w+\s+){0,1}?$",
    re.IGNORECASE,
)
#: A moment of a game right after its score: "13-3 at halftime", "13-13 in the fourth
#: quarter", "a 13-3 halftime lead", "10-7 after one period".
_INTERIM_AFTER = re.compile(
    r"\s*(?:(?:halftime|half-time)\s+)?lead\b|"
    r"\s+(?:(?!after|before|despite|when|while|and|but)\w+\s+){0,2}?"
    r"(?:at|in|after|through|into|entering|by)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:half(?:time)?|half-time|break|intermission|quarters?|periods?|innings?)\b",
    re.IGNORECASE,
)


def _tally_role(claim: Claim, first: Quantity, second: Quantity) -> str:
    """The role of a tally: a team's record, a score on the way, or a tally (see the docstring).

    A record ("the Colts (11-4)") counts a season's games and a score "at halftime"
    a moment of one game: neither is the final score ("a 31-24 victory"), and each is
    weighed only against its like.
    """
    before = claim.text[
        max(0, first.span.start - claim.span.start - _CONTEXT) : max(
            0, first.span.start - claim.span.start
        )
    ]
    after = claim.text[max(0, second.span.end - claim.span.start) :][: 3 * _CONTEXT]
    bracketed = _NAME_BRACKET.search(before) and _BRACKET_CLOSE.match(after)
    set_off = _NAME_COMMA.search(before) and _SET_OFF_END.match(after)
    if bracketed or set_off or _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after):
        return RECORD
    if _INTERIM_BEFORE.search(before) or _INTERIM_AFTER.match(after):
        return INTERIM
    return TALLY


def _states_tally(claim: Claim, first: Quantity, second: Quantity) -> bool:
    """True when ``first`` and ``second`` are one vote split or score (see the docstring).

    Both are whole numbers written bare ("7", "seven"), the first no smaller than the
    second (an ascending "2-3" is a range); joined by a dash, by "votes to", or by "to"
    after a word of voting or winning.
    """
    if not (_TALLY_NUMBER.fullmatch(first.text) and _TALLY_NUMBER.fullmatch(second.text)):
        return False
    values = (first.value, second.value)
    if first.value < second.value or any(v != int(v) or v < 0 for v in values):
        return False
    between = claim.text[first.span.end - claim.span.start : second.span.start - claim.span.start]
    if _DASH_JOIN.fullmatch(between) or _VOTES_TO.fullmatch(between):
        return True
    before = _text_before(claim, first.span.start).casefold()
    return bool(_TO_JOIN.fullmatch(between) and _TALLY_CUE.search(before))


def _is_earlier(claim: Claim, quantity: Quantity) -> bool:
    """True when the wording gives the figure as an earlier one (see the module docstring)."""
    before = claim.text[: max(0, quantity.span.start - claim.span.start)].casefold()
    recent = before[-3 * _CONTEXT :]
    if _EARLIER_CUE.search(recent) or _REVISED_FROM.search(recent) or _of_past_time(before):
        return True
    return bool(_EARLIER_ADVERB.search(before) and _EARLIER_REPORT.search(before))


def _is_change(claim: Claim, quantity: Quantity) -> bool:
    """True when the wording gives the figure as a change (see the module docstring)."""
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    before = claim.text[max(0, start - 3 * _CONTEXT) : max(0, start)].casefold()
    if _CHANGE_BEFORE.search(before):
        return True
    after = claim.text[max(0, end) :].casefold()
    share = quantity.unit in _SHARE_MEASURES or not quantity.unit
    if share and (
        _SHARE_CHANGE_BEFORE.search(before)
        or _SHARE_CHANGE_AFTER.match(after)
        or _BY_AFTER_OBJECT.search(before)
    ):
        return True
    return _CHANGE_AFTER.match(_past_unit(after, quantity.unit)) is not None


def _past_unit(after: str, unit: str) -> str:
    """The words after a figure past its unit, when the unit is written right after it.

    "2.50 crowns a share higher" reads "a share higher" after the figure "2.50" of unit
    "crown".
    """
    found = re.match(rf"\s*{re.escape(unit)}\w*\b", after) if unit else None
    return after[found.end() :] if found else after


def _or_joined(claim: Claim, first: Quantity, second: Quantity) -> bool:
    """True when ``second`` restates ``first`` in another measure: "97 points, or 1.1%"."""
    between = claim.text[first.span.end - claim.span.start : second.span.start - claim.span.start]
    return _OR_JOIN.fullmatch(between.casefold()) is not None


def figure_group(figure: Figure) -> tuple[str, str, bool, bool]:
    """What a figure is weighed against: its unit's kind, role, whether earlier or a change.

    A margin is weighed only against margins, not against a total (:func:`margin_role`);
    within a group, figures of two owners are never weighed against each other
    (:func:`owners_meet`).

    An earlier figure is weighed only against earlier ones and a change only against
    changes, so "rose by 3 percent" does not contradict "was 62 percent". A unit that
    converts to others of its dimension is of that dimension's kind ("length"), so
    "60 miles" is weighed against "40 km"; a length the wording says is a depth, a
    distance, a height, a length or a width is weighed only against its like
    (:func:`length_role`).
    """
    return unit_kind(figure.unit), figure.role, figure.earlier, figure.change


def owners_meet(first: Figure, second: Figure) -> bool:
    """True unless the figures have two different owners (:func:`figure_owner`).

    "Marten received 261,870 votes" is never weighed against "Rendahl received
    257,770"; a figure of no named owner ("the company had 1,500 staff") is weighed
    against any ("Acme had 1,200 staff").

    Nor are figures of two things: a figure written as a modifier measures its noun
    ("a 41-yard pass" one pass), weighed only against a modifier of the same noun
    ("a 44-yard pass") or a figure of a claim that names that noun ("the pass went 44
    yards"), never against a total of another thing ("threw for 364 yards").
    """
    left, right = first.owner or first.subject, second.owner or second.subject
    if left and right and left != right:
        return False  # nor "Vaughn finished with 16" of "Hansbrough finished with 20"
    if (first.pronoun and right) or (second.pronoun and left):
        return False  # "he landed one punch" is no rival of "Klitschko landed 28"
    if first.act and second.act and not _acts_meet(first.act, second.act):
        return False  # "rushed for 404 yards" is no rival of "caught 52 passes for 440"
    return _measure_meets(first, second) and _measure_meets(second, first)


#: A figure after "for", with the figures joined to it before: "rushed for 404 yards",
#: "for 404 yards and two touchdowns", "for 440 yards, four touchdowns and".
_FOR_FIGURES = re.compile(
    r"\bfor\s+(?:(?:[\d.,]+|[a-z-]+)\s+[a-z]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}$",
    re.IGNORECASE,
)
#: What ends the words of an act before "for": a mark or a word that joins clauses.
_ACT_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|while|whereas|but|as|after|before|with)\b", re.I)
#: How many words before "for" tell the act: "He rushed 106 times", "also had 52 catches".
_ACT_WORDS = 3
#: Units of figures that "for" gives as a price, a term or a span, not a line of an act's
#: statistics: "sold for $5 million", "jailed for ten years", "searched for three hours".
_NO_ACT_UNITS = frozenset({"%", "percentage point", AGE_UNIT, *_MONTHS_IN}) | frozenset(
    {"second", "minute", "hour", "day", "week", "century"}
)
#: Irregular past forms, by form: "caught" is of "catch".
_LEMMA_OF = {form: lemma for lemma, forms in IRREGULAR_FORMS.items() for form in forms}
_SUFFIXES = ("ing", "ed")
#: The shortest stem another act's word may start with: "carri" of "carried", "carries".
_STEM = 4


def _act_stem(word: str) -> str:
    """A crude stem of an act's word: "rushing", "rushed" -> "rush"; "caught" -> "catch"."""
    word = word.casefold()
    if word in _LEMMA_OF:
        return _LEMMA_OF[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return singular(word)


def stat_act(claim: Claim, quantity: Quantity) -> frozenset[str]:
    """The stems of what a figure after "for" is of, else an empty set.

    A line of statistics gives each figure after "for" as the yield of the act told
    before it: "rushed for 404 yards and two touchdowns" and "caught 52 passes for 440
    yards and four touchdowns" give rushing's yards and catching's, two amounts of one
    unit, never rival readings of one. The act is the content words (no name, no
    figure) of up to three words before "for" in its clause. Money, shares, ages and
    spans of time are left out: "for" gives them as a price or a term ("sold for $5
    million", "jailed for ten years"), which verbs of one act word many ways.
    """
    unit = quantity.unit
    if not unit or unit in _NO_ACT_UNITS or is_money(unit) or clock_unit(unit):
        return frozenset()
    start = quantity.span.start - claim.span.start
    before = claim.text[max(0, start - 5 * _CONTEXT) : max(0, start)]
    found = _FOR_FIGURES.search(before)
    if found is None:
        return frozenset()
    head = _ACT_BREAK.split(before[: found.start()])[-1].split()[-_ACT_WORDS:]
    return frozenset(
        _act_stem(word)
        for word in (w.strip(".'’") for w in head)
        if word.isalpha()
        and word[0].islower()
        and word.casefold() not in STOP_WORDS
        and singular(word.casefold()) != "time"
    )


def frequency_act(claim: Claim, quantity: Quantity) -> frozenset[str]:
    """The stems of the act a count of times counts, else an empty set.

    "lied three times to police" counts lies and "twice admitted he lied" counts
    admissions: two acts, so their counts of times are no rival readings of one. The
    act is the verb right after an adverb of times ("twice admitted") or after the
    projectiles a count of hits counts ("seven bullets hit him": "hit"), else the
    nearest verb of up to three words before the figure in its clause ("admitted he
    lied three times": "lied"; "stabbed the man 20 times": "stabbed"; "was hit by seven
    bullets": "hit"), else their content words.
    """
    if singular(quantity.unit.casefold()) != "time":
        return frozenset()
    start = max(0, quantity.span.start - claim.span.start)
    end = max(0, quantity.span.end - claim.span.start)
    if "time" not in claim.text[start:end].casefold():  # "twice", "once", "seven bullets"
        following = claim.text[end:].split()[:2]
        if (
            len(following) == 2
            and singular(following[0].casefold()) in PROJECTILES
            and _verb_like(following[1])
        ):
            following = following[1:]  # "seven bullets hit him": the verb after the noun
        if following and _verb_like(following[0]):
            return frozenset({_shot_act(_act_stem(following[0]))})
    before = claim.text[max(0, start - 5 * _CONTEXT) : start]
    head = _ACT_BREAK.split(before)[-1].split()[-_ACT_WORDS:]
    words = [w.strip(".'’") for w in head]
    verbs = [w for w in words if _verb_like(w) or (w.islower() and w.endswith("ing"))]
    return frozenset(
        _shot_act(_act_stem(word))
        for word in (verbs[-1:] or words)  # the nearest verb: "admitted he lied": "lied"
        if word.isalpha() and word[0].islower() and word.casefold() not in STOP_WORDS
    )


#: Stems of verbs a count of shots that found their mark is told in: "shot him seven
#: times", "hit him seven times", "was struck seven times" count one thing.
_SHOT_STEMS = frozenset({"shoot", "hit", "hitt", "strike", "struck", "strik"})


def _shot_act(stem: str) -> str:
    """``stem``, or "shoot" for a verb of a shot hitting someone (:data:`_SHOT_STEMS`)."""
    return "shoot" if stem in _SHOT_STEMS else stem


def _verb_like(word: str) -> bool:
    """True for a word written as a past form: "admitted", "shot" (not "to", "his")."""
    word = word.strip(".,;:'’")
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _LEMMA_OF)


def _acts_meet(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when two acts share a word, or one word is the start of the other's."""
    return any(
        a == b or (min(len(a), len(b)) >= _STEM and (a.startswith(b) or b.startswith(a)))
        for a in first
        for b in second
    )


def _measure_meets(first: Figure, second: Figure) -> bool:
    """True unless ``first`` measures a noun that ``second`` neither measures nor names."""
    if not first.measures:
        return True
    if second.measures:
        return second.measures == first.measures
    return any(word.startswith(first.measures) for word in second.named)


_NEAR = (
    r"(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|less\s+than|over|under)"
)
_POINTS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
#: What a length measures, by the words before it ("a depth of") and after it ("deep").
_ROLES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        role,
        re.compile(r"\b(?:" + nouns + r")\s+of\s+(?:" + _NEAR + r"\s+)?$"),
        re.compile(r"^\s*(?:" + after + r")\b"),
    )
    for role, nouns, after in (
        ("depth", "depth", r"deep|below|beneath|underground|under\s+the\s+(?:surface|ground|sea)"),
        (
            "distance",
            "distance",
            r"(?:to\s+the\s+)?" + _POINTS + r"\s+(?:of|from)|away|from|outside|offshore|inland",
        ),
        ("height", "height|altitude|elevation", r"high|tall|above"),
        ("length", "length", r"long|in\s+length"),
        ("width", "width", r"wide|across|in\s+width"),
    )
)


#: The roles of a length its wording names (:func:`length_role`).
LENGTH_ROLES = frozenset(role for role, _, _ in _ROLES)


def length_role(claim: Claim, quantity: Quantity) -> str:
    """What a length measures, when its wording says: "depth", "distance", "height"...

    "about 8 kilometres north of the town" is a distance and "a depth of 10
    kilometres" a depth: two measures of one quake, never one figure. Empty for
    other units and for a length whose wording names no role.
    """
    if measure_dimension(quantity.unit) != "length":
        return ""
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    before = claim.text[max(0, start - 3 * _CONTEXT) : max(0, start)].casefold()
    after = claim.text[max(0, end) :].casefold()
    for role, noun_before, word_after in _ROLES:
        if noun_before.search(before) or word_after.match(after):
            return role
    return ""


#: The role of a grade that names the thing it grades: "graded aftershock".
GRADED = "graded"
#: The word right after a grade's figure, past the scale word itself: "5.4 aftershock",
#: "5.4-magnitude quake"; a lower-case word in the same phrase, no name or clause.
_GRADED_NOUN = re.compile(
    r"(?:[\s-]+(?:" + "|".join(sorted(GRADE_SCALES)) + r"))?[ \t]+(?P<noun>[a-z]+)\b"
)


def grade_role(claim: Claim, quantity: Quantity) -> str:
    """``graded`` and the thing graded, for a grade that names it, else "".

    "a magnitude 5.4 aftershock" grades an aftershock and "a magnitude 6.8 quake" the
    quake: two measures of two things, never one figure (a quake is an earthquake, so
    synonyms grade one thing). A grade that names nothing after it ("measured at
    magnitude 6.8") has no role.
    """
    if quantity.unit not in GRADE_SCALES:
        return ""
    end = max(0, quantity.span.end - claim.span.start)
    found = _GRADED_NOUN.match(claim.text, end)
    if found is None or found.group("noun") in STOP_WORDS:
        return ""
    return f"{GRADED} {synonym_term(singular(found.group('noun')))}"


#: The role of a margin between rivals (see the module docstring).
MARGIN = "margin"
_MARGIN_BEFORE = re.compile(
    r"\b(?:(?:margin|lead|majority)\s+of"
    r"|(?:won|wins?|winning|ahead|lead|leads|leading|led|trail(?:s|ed|ing)?|behind|"
    r"beat|beats|beaten|defeated|edged)(?:\s+[\w'’-]+){0,3}?\s+by)"
    r"\s+(?:(?:a|an|just|only|some|about|around|roughly|nearly|almost|more\s+than|"
    r"less\s+than|over|under|at\s+least)\s+)*$"
)
_MARGIN_AFTER = re.compile(
    r"^(?:\s*-?\s*[a-z]+)?\s*-?\s*(?:margin|lead)\b|^(?:\s+[a-z]+)?\s+(?:ahead|clear)\b"
)


def margin_role(claim: Claim, quantity: Quantity) -> str:
    """``margin`` for a figure the wording gives as a gap between rivals, else "".

    "a margin of 2,940 votes", "won by 4,100 votes", "a 4,100-vote lead", "2,940
    votes ahead": the gap is no rival's total, and is weighed only against gaps.
    """
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    before = claim.text[max(0, start - 3 * _CONTEXT) : max(0, start)].casefold()
    after = claim.text[max(0, end) : max(0, end) + _CONTEXT].casefold()
    if _MARGIN_BEFORE.search(before) or _MARGIN_AFTER.match(after):
        return MARGIN
    return ""


#: The role of a figure given as a forecast or an expectation (see :func:`forecast_role`).
FORECAST = "forecast"
#: Words that give the figure after them as looked for, not come about: a company's
#: forecast, guidance, outlook or target, analysts' expectations or consensus.
_FORECAST_WORD = (
    r"(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing|ions?)?|"
    r"projected|projections?|guidance|outlook|targets?|anticipat(?:e|es|ed|ing)|"
    r"consensus|analysts?['’]?\s+(?:average\s+)?estimates?)"
)
#: Such a word and up to six words of the same clause before the figure: "expects
#: full-year revenue of about", "a previous forecast of", "analysts had expected", "is
#: expected to report earnings per share of".
_FORECAST_BEFORE = re.compile(r"\b" + _FORECAST_WORD + r"(?:\s+[\w'’-]+){0,6}?\s+$")
#: A level a modal verb gives as possible, not reached: "the toll could exceed", "may
#: rise to more than", "will likely reach", "is likely to top".
_MODAL_LEVEL = re.compile(
    r"\b(?:could|may|might|would|will|(?:is|are)\s+likely\s+to)\s+"
    r"(?:(?:well|still|even|eventually|likely|soon|yet|ultimately|further)\s+)?"
    r"(?:exceed|surpass|top|reach|hit|pass|rise|climb|increase|grow|go|jump|soar)"
    r"(?:\s+(?:to|above|beyond|past|over))?\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least|over)\s+)?$"
)
#: An act looked for, in the passive, whose figure is what the act gives: "is expected
#: to be sentenced to", "is expected to be fined about". The act is one event, told
#: alike by "will be sentenced to" and, once it comes, "was sentenced to".
_EXPECTED_ACT = re.compile(
    r"\b(?:expected|predicted|anticipated|projected|forecast)\s+to\s+be\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)(?:\s+(?:to|at|with|for))?\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to)\s+)?$"
)
#: Those who looked for the figure and the verb of it, right after it (or after its
#: unit): "the €118m analysts had pencilled in", "the 1.29 billion crowns economists
#: had forecast".
_FORECAST_AFTER = re.compile(
    r"^(?:\s+[\w-]+)??\s+(?:that\s+)?(?:analysts?|economists?|forecasters?|markets?|investors?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:expect(?:s|ed)?|forecast|predicted|anticipated|projected|"
    r"pencil(?:l?ed)?)\b"
)


def forecast_role(claim: Claim, quantity: Quantity) -> str:
    """``forecast`` for a figure the wording gives as a forecast or an expectation, else "".

    "expects full-year revenue of about €5.1 billion", "analysts had expected a profit
    of €90 million", "the €118 million analysts had pencilled in": what is looked for
    is no result; nor is a level a modal verb gives as possible ("the toll could
    exceed 600", "may rise to 700"). An act looked for whose figure is what the act
    gives ("is expected to be sentenced to eight years") is no forecast: it is weighed
    like "will be sentenced to seven years" and "was sentenced to seven years", the
    one event told before and after it comes. A forecast is weighed only against
    forecasts, never against what a period brought ("revenue fell to €1.24 billion"),
    and a sum one word names is one amount only with a sum of the same role.
    """
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    before = claim.text[max(0, start - 3 * _CONTEXT) : max(0, start)].casefold()
    after = claim.text[max(0, end) : max(0, end) + 3 * _CONTEXT].casefold()
    if _EXPECTED_ACT.search(before):
        return ""
    if _FORECAST_BEFORE.search(before) or _FORECAST_AFTER.match(after):
        return FORECAST
    if _MODAL_LEVEL.search(before):
        return FORECAST
    return ""


DEMAND = "demand"
#: A verb of seeking and up to four words of its object before the figure, no "to" among
#: them: "wants", "is seeking a", "demanding a pay rise of", "calls for" (not "wants to
#: cut 300 jobs", a plan whose figure is what it does).
_DEMAND_BEFORE = re.compile(
    r"\b(?:wants?|wanted|wanting|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|"
    r"(?:ask|call|push|hold\s+out)(?:s|ed|ing)?\s+for|held\s+out\s+for|need(?:s|ed|ing)?)"
    r"(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+$"
)
#: Those who seek the figure and the verb, right after it: "the 7 percent its members
#: wanted", "the 7 percent the union is demanding" (not "7 percent of voters wanted").
_DEMAND_AFTER = re.compile(
    r"^\s+(?:that\s+)?(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:is|are|was|were|had|has|have)\s+)?"
    r"(?:wants?|wanted|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|asked\s+for|asking\s+for)\b"
)


def demand_role(claim: Claim, quantity: Quantity) -> str:
    """``demand`` for a figure the wording gives as what someone seeks or needs, else "".

    "while the union is seeking 7 percent" in a sentence of the company's offer of 5
    percent: the union's demand is no figure of the offer, and weighed only against
    demands (see the module docstring).
    """
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    before = claim.text[max(0, start - 3 * _CONTEXT) : max(0, start)].casefold()
    after = claim.text[max(0, end) : max(0, end) + 3 * _CONTEXT].casefold()
    if _DEMAND_BEFORE.search(before) or _DEMAND_AFTER.match(after):
        return DEMAND
    return ""


#: Verbs whose subject has, gets or wins the figure after them.
_HAVE = (
    r"(?:had|has|have|received|receives|got|gets|won|wins|took|takes|secured|secures|"
    r"polled|polls|garnered|collected|obtained|captured|scored|gained|gains|totall?ed|"
    r"amassed|landed|lands|connected\s+on|"
    r"(?:threw|throws|passed|passes|rushed|rushes|ran|runs)\s+for)"
)
#: A name right before such a verb, with the figure after it: "Marten received",
#: "Tobias Rendahl of the Civic Union had about", "Mira Holt now has".
_OWNER_TAIL = (
    r"(?:\s+(?:now|still|already|also|so\s+far|officially|reportedly))?\s+" + _HAVE + r"\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|only|over|under|more\s+than|"
    r"less\s+than|at\s+least)\s+)?"
    r"(?:[\w,.-]+\s+of\s+(?:his|her|their|its)\s+)?$"  # "landed 28 of his 68 punches"
)
_OWNED = re.compile(
    r"(?:^|[^\w'’-])(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"(?:\s+of\s+the(?:\s+[A-Z][\w'’-]*)+)?" + _OWNER_TAIL
)
#: A personal pronoun right before such a verb: "In the sixth, he landed one punch".
_PRONOUN_OWNED = re.compile(r"(?:^|[^\w'’-])(?i:he|she|they)" + _OWNER_TAIL)
#: The one a verb brings to a figure of a deal or a term, named or a pronoun, and up to
#: four words of the deal: "re-signed Mike Lowell to a three-year contract", "to sign
#: him to a deal between six and eight years", "sentenced Vane to 12 years".
_OBJECT_OWNED = re.compile(
    r"\b[a-z][a-z-]*\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|him|her|them)"
    r"\s+to\s+(?:(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,4}?)?$"
)
#: Object pronouns: the one they stand for is named in another sentence.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Capitalised words that name no one: pronouns and words that open a sentence.
_NO_OWNER = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "the",
     "there", "these", "those", "each", "both", "all", "none"}
)  # fmt: skip


def figure_owner(claim: Claim, quantity: Quantity) -> str:
    """The named subject that has the figure: "rendahl" for "Rendahl had 246,050", else "".

    The last word of the name right before a verb of having, getting or winning
    (see the module docstring); a pronoun names no owner. An age is its holder's
    (:func:`~corrobora.reconcile.ages.age_holder`): "the 36-year-old champion
    Klitschko" is never weighed against "the 40-year-old American".
    """
    if quantity.unit == AGE_UNIT:
        return age_holder(claim, quantity)
    start = quantity.span.start - claim.span.start
    before = claim.text[max(0, start - 4 * _CONTEXT) : max(0, start)]
    found = _OWNED.search(before) or _OBJECT_OWNED.search(before)
    if found is None:
        return _region_after(claim, quantity)
    owner = found.group("name").split()[-1].casefold()
    return "" if owner in _NO_OWNER or owner in _OBJECT_PRONOUNS else owner


def figure_subject(claim: Claim, quantity: Quantity) -> str:
    """Who a figure is told of when no verb of having names its owner, else "".

    The holder of a record it is ("Rodney Buford's record of 2,116 points"), the named
    subject of the verb it is the object of ("Vaughn finished with 16 points"), or the
    subject a clause opening with its verb shares with its sentence ("grabbed 11
    rebounds" of Echenique). Only weighing reads it (:func:`owners_meet`): what keeps
    counts of one thing together reads the owner alone.
    """
    start = quantity.span.start - claim.span.start
    before = claim.text[max(0, start - 4 * _CONTEXT) : max(0, start)]
    held = _RECORD_HELD.search(before)
    if held is not None:
        return held.group("name").split()[-1].casefold()
    return _subject_before(claim, before) or _clause_subject(claim)


def held_record(claim: Claim, quantity: Quantity) -> str:
    """The record a figure is the size of, as named: "school scoring record", else "".

    "Rodney Buford's school scoring record of 2,116 points" gives the size of a record
    someone holds, not a count of the one who breaks it: its holder is the figure's
    subject (:func:`figure_subject`), and its name tells which of the holder's records.
    """
    start = quantity.span.start - claim.span.start
    held = _RECORD_HELD.search(claim.text[max(0, start - 4 * _CONTEXT) : max(0, start)])
    return "" if held is None else " ".join(held.group("record").casefold().split())


#: The one whose record a figure is: "Rodney Buford's school scoring record of 2,116".
_RECORD_HELD = re.compile(
    r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+"
    r"(?P<record>(?:[a-z-]+\s+){0,3}record)\s+(?:of|at)\s+$"
)


#: A name opening its clause, a past verb and up to two light words right before a
#: figure: "Vaughn finished with 16", "Echenique grabbed 11", "Echenique scored all 11"
#: (not "Doctors led by Anneli Strand tracked 9,100", whose subject is the doctors).
_SUBJECT_VERB = re.compile(
    r"(?:^|[.;:,!?]\s+|\b(?:and|but|while|when|as|then)\s+)"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"(?:\s+(?:now|still|also|then|again|only))?\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:with|for|on|all|a|an|another|about|around|some|nearly|almost|just|only|"
    r"over|under|at\s+least|more\s+than|less\s+than)){0,2}\s+$"
)
#: Figures listed before another of one verb: "finished with 20 points and", "had
#: 18 points, 9 rebounds and": the next figure is its subject's too.
_JOINED_FIGURES = re.compile(
    r"(?:\s+(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+[a-z]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,3}$"
)
#: Verbs whose subject tells a figure rather than has it: "Police said 20".
_TELLING = frozenset(REPORTING_VERBS) | {"be", "estimate", "put", "count", "expect"}


def _subject_before(claim: Claim, before: str) -> str:
    """The named subject of the past verb a figure is the object of, else "".

    "Vaughn finished with 16 points" gives Vaughn's points, never rivals of
    "Hansbrough finished with 20 points": whatever verb a stat line takes, a figure
    told of one named person is that person's. The name must be one the claim's
    entities hold (so no "Police" opening a sentence), and the verb past and none of
    telling or being ("Officials said 20", "Smith was 20").
    """
    found = _SUBJECT_VERB.search(_JOINED_FIGURES.sub(" ", before))
    if found is None:
        return ""
    verb = found.group("verb")
    lemma = _LEMMA_OF.get(verb) or (_act_stem(verb) if verb.endswith("ed") else "")
    if not lemma or lemma in _TELLING or any(inflects(t, verb) for t in _TELLING):
        return ""
    owner = found.group("name").split()[-1].casefold()
    named = {word for key in claim.entity_keys for word in key.split()}
    return owner if owner in named and owner not in _NO_OWNER else ""


def sibling_subject(claim: Claim) -> str:
    """The subject a clause split from its sentence shares with it, else "".

    "Echenique scored all 11 of his points, grabbed 11 rebounds" gives the clause
    "grabbed 11 rebounds" the terms of its subject: a name among the claim's entities
    whose words are all its terms yet not in its text ("echenique").
    """
    text, terms = claim.text.casefold(), set(claim.terms)
    found = [
        key
        for key in claim.entity_keys
        if key not in text and all(word in terms for word in key.split())
    ]
    return found[0].split()[-1] if len(found) == 1 else ""


def subjectless(claim: Claim) -> bool:
    """True when the claim opens with its own verb: a clause whose subject is elsewhere.

    "setting the school scoring record, and grabbed seven rebounds" tells the acts of
    one named in another part of its sentence: nothing in it says who.
    """
    verb = claim.predicate.split(" ")[0]
    first = re.match(r"[a-z]+", claim.text)
    if not verb or first is None:
        return False
    word = first.group()
    stem = verb[:-1] if len(verb) > 3 and verb[-1] in "ey" else verb
    return word in _LEMMA_OF or (word != verb and word.startswith(stem))


def pronoun_owned(claim: Claim, quantity: Quantity) -> bool:
    """True when a personal pronoun has the figure: "he landed one punch", "sign him to".

    The one the pronoun stands for is named in another sentence, so the figure is no
    rival of a figure a name has ("Klitschko landed 28 punches"): nothing in the
    wording says the two are one person (:func:`owners_meet`).
    """
    start = quantity.span.start - claim.span.start
    before = claim.text[max(0, start - 4 * _CONTEXT) : max(0, start)]
    if _PRONOUN_OWNED.search(before):
        return True
    found = _OBJECT_OWNED.search(before)
    return found is not None and found.group("name") in _OBJECT_PRONOUNS


#: A region named right after a figure: "241 were in Dresk province", "46 in
#: neighbouring Halmir province" (group "name", the region's name).
_IN_REGION = re.compile(
    r"^(?:\s+[a-z]+){0,2}?\s+(?:were|was|are|is)?\s*in\s+(?:(?:the|neighbouring|neighboring)\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:province|region|district|county|state|prefecture|governorate|department)\b"
)


def _region_after(claim: Claim, quantity: Quantity) -> str:
    """The region a figure is told of right after it ("in Halmir province"), else "".

    A toll by province counts each province's dead: "241 were in Dresk province and 46
    in Halmir province" gives two figures of two owners, weighed only against figures
    of the same province.
    """
    end = quantity.span.end - claim.span.start
    found = _IN_REGION.match(claim.text[max(0, end) : max(0, end) + 4 * _CONTEXT])
    return "" if found is None else found.group("name").split()[-1].casefold()


#: Words that make a count one of cases not yet confirmed: "47 suspected cases".
_UNCONFIRMED_WORD = r"(?:suspected|probable|possible|presumed|presumptive|unconfirmed)"
_UNCONFIRMED_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?" + _UNCONFIRMED_WORD + r"\b")
_UNCONFIRMED = re.compile(r"\b" + _UNCONFIRMED_WORD + r"\b")
_CONFIRMED = re.compile(r"\bconfirmed\b")
#: The role of a count of cases not yet confirmed.
UNCONFIRMED = "unconfirmed"


def _unconfirmed(claim: Claim, quantity: Quantity) -> str:
    """``unconfirmed`` for a count of suspected cases, else "".

    "47 suspected cases" and "31 confirmed cases" count two things: the suspected are
    weighed only against suspected ones, never as an update of the confirmed. A figure
    followed by the word ("85 suspected cases") is one; so is any figure of a claim
    that names suspected cases and not confirmed ones ("the number of suspected cases
    rose to 85").
    """
    if measure_dimension(quantity.unit) is not None:
        return ""
    end = quantity.span.end - claim.span.start
    if _UNCONFIRMED_AFTER.match(claim.text[max(0, end) :].casefold()):
        return UNCONFIRMED
    text = claim.text.casefold()
    if _UNCONFIRMED.search(text) and not _CONFIRMED.search(text):
        return UNCONFIRMED
    return ""


#: A figure written as a modifier joined to its unit by a hyphen, and the words after
#: it: "a 41-yard touchdown pass to", "the nine-member rates committee voted".
_MODIFIER = re.compile(
    r"[-\u2010\u2011](?P<unit>[a-z]+)(?:-[a-z]+)*(?P<words>(?:[ \t]+[a-z][a-z'’-]*){1,4})"
)


def _head_term(word: str) -> str:
    """A noun as the synonym groups name it, singular ("passes" -> "pass")."""
    return synonym_term(singular(word))


def measured_noun(claim: Claim, quantity: Quantity) -> str:
    """The noun a figure written as its modifier measures, else "".

    "a 41-yard touchdown pass" measures one pass and "a 2-yard run" one run: the
    last word of the noun after the hyphened unit, up to a function word or a verb
    in "-ed" ("the nine-member rates committee voted": "committee"). Not an age
    ("a 41-year-old man") nor a sum of money, which name what they are of otherwise.
    """
    if quantity.unit in (AGE_UNIT, "") or is_money(quantity.unit):
        return ""
    found = _MODIFIER.match(claim.text, max(0, quantity.span.end - claim.span.start))
    if found is None or "-old" in found.group(0):
        return ""
    nouns: list[str] = []
    for word in found.group("words").split():
        if word in STOP_WORDS or word.endswith("ed"):
            break
        nouns.append(word)
    return _head_term(nouns[-1]) if nouns else ""


#: The role of a figure summed over a season or a career, not one game's.
SEASON = "season"
#: Right after a figure and its noun: "3,907 yards this season", "12 goals on the
#: season", "40 touchdowns in his career".
_SEASON_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:this\s+season|(?:on|for|in)\s+the\s+season|"
    r"(?:in|of)\s+(?:his|her|their|its)\s+career)\b",
    re.IGNORECASE,
)


#: Several events of one kind a clause sums its figures over: "in their four patrols so
#: far", "during the four patrols it made", "over the three raids", "in separate falls".
_OVER_EVENTS = re.compile(
    r"\b(?:in|during|from)\s+(?:two\s+|three\s+|\d+\s+)?separate\s+|"
    r"\b(?:in|during|over|across|from)\s+(?:all\s+)?(?:the|their|its|his|her|these|those)\s+"
    r"(?:last\s+|past\s+|first\s+|previous\s+)?(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d+)\s+(?:[a-z-]+\s+)?(?:operations|raids|missions|seizures|searches|"
    r"patrols|sorties|deployments|interceptions|games|matches|races|starts|appearances|"
    r"outings|trips|visits|tours)\b",
    re.IGNORECASE,
)


#: A running sum of things: "has, thus far, seized a total of 14 rifles". A count
#: of people so told stays a running count, weighed as the toll it updates.
_SO_FAR_TOTAL = re.compile(
    r"\b(?:so|thus)\s+far\b.*\ba\s+total\s+of\b|\ba\s+total\s+of\b.*\b(?:so|thus)\s+far\b",
    re.IGNORECASE | re.DOTALL,
)


def season_role(claim: Claim, quantity: Quantity) -> str:
    """``season`` for a figure summed over a season, a career or several events, else "".

    "3,907 yards this season" is no rival of one game's "364 yards": a sum of many
    games, weighed only against such sums. So are the figures of a clause that sums
    over several events it counts: "seized 14 rifles and 31 magazines during the four
    patrols it made" is no rival of one patrol's "six rifles and 12 magazines", nor "two
    hikers have died in separate falls" of "a hiker died on Tuesday"; nor a running sum
    of things ("has, thus far, seized a total of 14 rifles").
    """
    found = _SEASON_AFTER.match(claim.text, max(0, quantity.span.end - claim.span.start))
    if found or (quantity.unit != AGE_UNIT and _OVER_EVENTS.search(claim.text)):
        return SEASON
    if _SO_FAR_TOTAL.search(claim.text) and unit_kind(quantity.unit) not in ("people", "dead"):
        return SEASON
    return ""


#: The role of a figure of a part of a game or a period: "10 points in the first 7
#: minutes", "14 points in the second half", "$2 million in the first quarter".
PARTIAL = "partial"
#: Right after a figure and its noun: the part of the play or the period it is of.
_PARTIAL_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:(?:in|during|by|over)\s+the\s+"
    r"(?:first|second|third|fourth|final|last|opening|closing)\s+(?:[\d,]+\s+)?"
    r"(?:half|quarter|period|inning|innings|set|round|lap|laps|minutes?|hours?|"
    r"days?|weeks?|months?)|(?:by|at)\s+(?:halftime|half-time|the\s+break|the\s+interval))\b",
    re.IGNORECASE,
)


def partial_role(claim: Claim, quantity: Quantity) -> str:
    """``partial`` for a figure of a part of a game or a period, else "".

    "McDermott had 10 points in the first 7 minutes" counts a part of what "now has
    2,129 points" or "scored 23 points" count in full: weighed only against figures
    of a part, never against a whole.
    """
    found = _PARTIAL_AFTER.match(claim.text, max(0, quantity.span.end - claim.span.start))
    return PARTIAL if found else ""


#: The role of a figure in a clause of a condition: "even if one or two jurors voted
#: against it", "unless 40 members agree".
CONDITIONAL = "conditional"
#: "if" or "unless" and the rest of its clause up to the figure: no stop, comma or
#: turn to a main clause ("then") between them.
_CONDITION = re.compile(r"\b(?:if|unless)\b(?![^,;:.!?()]*\bthen\b)[^,;:.!?()]*$", re.IGNORECASE)
#: "as if" names no condition of an amount; "asked if" and "wondered if" ask.
_NO_CONDITION = re.compile(r"\b(?:as|ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?)\s+if\b")


def conditional_role(claim: Claim, quantity: Quantity) -> str:
    """``conditional`` for a figure in a clause of a condition, else "".

    "a bill to allow death sentences even if one or two jurors voted against it"
    tells what could happen, not what did: its figures are no account of the
    jurors of a trial ("three jurors held out"), weighed only against other
    conditions.
    """
    start = quantity.span.start - claim.span.start
    before = claim.text[max(0, start - 4 * _CONTEXT) : max(0, start)]
    found = _CONDITION.search(before)
    if found is None or _NO_CONDITION.search(before[max(0, found.start() - 12) : found.end()]):
        return ""
    return CONDITIONAL


#: The role of a span of time that sets an act before or after another: "six months
#: prior to this incident", "two years after the fire", "ten days later".
OFFSET = "offset"
#: Units of a span of time.
_SPAN_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
#: After a span's figure (and its unit word): a word that sets it before or after a time.
_OFFSET_AFTER = re.compile(
    r"^(?:\s*-?\s*[a-z]+)?\s*(?:(?:prior\s+to|before|after|ago|earlier|later|since)\b|on\s*[,.;])",
    re.IGNORECASE,
)
#: Before a span's figure: "for" that makes it how long something lasted ("for the
#: past five years before ..."), or a word that makes the figure a level ("was").
_LASTED_BEFORE = re.compile(
    r"\bfor\s+(?:(?:the|a|an|some|about|nearly|almost|over|more\s+than|at\s+least|"
    r"past|last|next|first|other|another)\s+)*$",
    re.IGNORECASE,
)


def offset_role(claim: Claim, quantity: Quantity) -> str:
    """``offset`` for a span of time that sets when an act was, not how long anything lasted.

    "Six months prior to this incident, his brother-in-law was stabbed" and "two years
    after the fire" date one act from another: the span is no term of service, no
    sentence, no length of anything, and is weighed only against other offsets. A span
    after "for" ("had served for five years before he retired") lasted, and stays a term.
    """
    if quantity.unit not in _SPAN_UNITS:
        return ""
    end = quantity.span.end - claim.span.start
    if not _OFFSET_AFTER.match(claim.text[max(0, end) :]):
        return ""
    if _LASTED_BEFORE.search(_text_before(claim, quantity.span.start)):
        return ""
    return OFFSET


#: The role of a figure that gives how many live in a place: "home to 120,000 people".
POPULATION = "population"
#: Words before a figure that make it the people a place holds: "home to", "a
#: population of", "a city of" (and a hedge: "home to some 500,000").
_POPULATION_BEFORE = re.compile(
    r"\b(?:home\s+to|population\s+of|populated\s+by|inhabited\s+by|"
    r"(?:city|town|village|island|country|nation|province|region|district|port|state)"
    r"\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|"
    r"at\s+least|an\s+estimated|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
#: Words after a figure that make it a population: "120,000 inhabitants", "500,000
#: people live", "the island's 120,000 residents live".
_POPULATION_AFTER = re.compile(
    r"^(?:-strong)?\s+(?:inhabitants\b|(?:people|residents|persons)\s+(?:who\s+)?"
    r"(?:live|lives|living|reside|resides|residing)\b)",
    re.IGNORECASE,
)


def population_role(claim: Claim, quantity: Quantity) -> str:
    """``population`` for a figure that tells how many people live in a place.

    "Qeshm island, home to 120,000 people" and "a city of 500,000" give who lives there,
    not whom an event struck: no count of the dead or the injured ("injuring five
    people"), and weighed only against other populations.
    """
    if quantity.unit and unit_kind(quantity.unit) != "people":
        return ""
    end = quantity.span.end - claim.span.start
    before = _text_before(claim, quantity.span.start)
    if _POPULATION_BEFORE.search(before) or _POPULATION_AFTER.match(claim.text[max(0, end) :]):
        return POPULATION
    return ""


#: A name of capitalised words: "Qeshm", "Bandar Abbas".
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def populated_place(claim: Claim, quantity: Quantity) -> str:
    """The last word of the place named last before a population figure, else "".

    "The quake struck Qeshm island, home to 120,000 people" gives Qeshm's people;
    "Bandar Abbas, home to 500,000" those of another place: two places' populations,
    never weighed against each other.
    """
    before = claim.text[: max(0, quantity.span.start - claim.span.start)]
    names = [
        m.group().split()[-1].casefold()
        for m in _CAPITALISED.finditer(before)
        if m.group().split()[-1].casefold() not in _NO_OWNER
    ]
    return names[-1] if names else ""


#: The role of a figure given as a further step: "a further 9", "another 1.8 percent".
STEP = "step"
#: Words that make the figure right after them a further step.
_STEP_BEFORE = re.compile(
    r"\b(?:a\s+further|an\s+additional|another|a\s+fresh|the\s+other)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


#: Words right after a figure that make it a further step: "two more times", "three
#: other men", "40 additional staff" (not "more than", a bound).
_STEP_AFTER = re.compile(r"\s+(?:more(?!\s+than\b)|other|additional|further|extra)\b", re.I)


def step_role(claim: Claim, quantity: Quantity) -> str:
    """``step`` for a figure given as a further step, else "".

    "A further 9 suspected cases" adds to a count: it is weighed only against other
    steps, never against a total ("8 cases had been confirmed"), while the rest of its
    sentence ("has confirmed 12 cases") is weighed as usual; so is "the other two
    unions", those besides one named before, against "the three unions". So does a
    figure that "more", "other" or "additional" follows: after a first marriage, "she
    married two more times" is no rival of "married three times".
    """
    if _STEP_BEFORE.search(_text_before(claim, quantity.span.start)):
        return STEP
    end = quantity.span.end - claim.span.start
    return STEP if _STEP_AFTER.match(claim.text, max(0, end)) else ""


#: The role of a part of a count given before it (see the module docstring).
PART = "part"
#: A part right after its figure, and what follows in its clause: "two of them
#: seriously", "three of whom remain in hospital".
_PART_OF = re.compile(r"^\s+of\s+(?:them|whom|which|those|these)\b(?P<rest>[^,;:.]*)")
#: A part of a group named after its figure: "four of the suspects had been arrested".
_PART_OF_THE = re.compile(r"^\s+of\s+the\s+(?!\d)[a-z]+\b(?!['’])(?P<rest>[^,;:.]*)")
#: A part of a group named with its owner: "two of Egypt's largest providers", "three
#: of its ports", "one of the region's banks".
_PART_OF_OWNED = re.compile(
    r"^\s+of\s+(?:the\s+[a-z-]+['’]s|[a-z-]+['’]s|its|their|his|her|our|my|your)\s+"
    r"(?!\d)[a-z][a-z'’-]*(?P<rest>[^,;:.]*)"
)
#: A group named by a capitalised word before its noun and joined by others: "two
#: Ostmarian aid workers and their Felsish colleague", "three French nationals and a
#: Belgian".
_NAMED_GROUP = re.compile(
    r"^\s+(?P<name>[A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+and\s+"
    r"(?:their|his|her|its|an?|one|two|three|four|five|\d+)\b"
)


#: The role of a part a total is said to include (:func:`included_role`).
INCLUDED = f"{PART} included"
#: Words right before a figure that give it as a part of a total told before it:
#: "including three ladder trucks", "among them two children", "of which 12 were".
_INCLUDED_BEFORE = re.compile(
    r"\b(?:including|included|among\s+(?:them|whom|those|which)|"
    r"of\s+(?:which|whom|them|those|these))\s*,?\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def included_role(claim: Claim, quantity: Quantity) -> str:
    """``part included`` for a figure a total is said to include, else "".

    "31 pieces of apparatus responded, including three ladder trucks": the three are
    among the 31, a part weighed only against parts said so, never against a total
    ("31 fire trucks") whatever noun each counts.
    """
    return INCLUDED if _INCLUDED_BEFORE.search(_text_before(claim, quantity.span.start)) else ""


def subgroup_role(claim: Claim, quantity: Quantity) -> str:
    """``part`` and the word that says which part, for a part of a group named with it.

    "Four of the suspects had been arrested on Wednesday" counts some of the suspects
    ("part arrested"), no rival to "seven suspects"; so does a count of things of an
    owner's group ("two of Egypt's largest providers", "part providers"), never the
    size of that group ("Egypt's three providers"); "two Ostmarian aid workers and
    their Felsish colleague" are two of three aid workers ("part ostmarian").
    """
    after = claim.text[max(0, quantity.span.end - claim.span.start) :]
    found = _PART_OF_THE.match(after.casefold())
    if found is None and _counts_members(quantity.unit):
        found = _PART_OF_OWNED.match(after.casefold())
    if found is not None:
        words = [w for w in _PART_WORD.findall(found.group("rest")) if w not in STOP_WORDS]
        return f"{PART} {words[0]}" if words else PART
    named = _NAMED_GROUP.match(after)
    return f"{PART} {named.group('name').lower()}" if named else ""


_PART_WORD = re.compile(r"[a-z][a-z'’-]*")


def _counts_members(unit: str) -> bool:
    """True for a bare figure or one counting things: "30 percent of its revenue" is a share."""
    return not unit or counts_things(unit)


def part_role(claim: Claim, quantity: Quantity) -> str:
    """``part`` and the word that says which part, for a part of a count, else "".

    "Seven people were injured, two of them seriously" gives "part seriously": two of
    the seven, no count of the injured, and weighed only against a part said the same
    way ("three of them seriously"), not against "three of whom remain in hospital"
    ("part remain"), another measure. Function words ("were", "still") say no part.
    """
    end = quantity.span.end - claim.span.start
    found = _PART_OF.match(claim.text[max(0, end) :].casefold())
    if found is None:
        return ""
    words = [w for w in _PART_WORD.findall(found.group("rest")) if w not in STOP_WORDS]
    return f"{PART} {words[0]}" if words else PART


def is_part(figure: Figure) -> bool:
    """True for a figure of a part of a count given before it (:func:`part_role`)."""
    return figure.role.split(" ", 1)[0] == PART


#: People a subject killed, right before their figure: "the quake has killed 17
#: people", "killed at least 12".
_KILLED_BEFORE = re.compile(
    r"\bkill(?:ed|s|ing)\s+(?:(?:at\s+least|more\s+than|at\s+most|about|around|some|"
    r"nearly|almost|over|roughly|an\s+estimated)\s+)?$"
)


#: Units and kinds of figure that count nothing: shares, ages, spans of time.
_NOT_COUNTED = frozenset(
    {"", "%", "percentage point", "point", "basis point", "degree", AGE_UNIT, "second",
     "minute", "hour", "day", "week", "month", "year", "decade", "century", *GRADE_SCALES}
)  # fmt: skip
#: The kinds of physical measures (:func:`unit_kind`).
_DIMENSION_KINDS = frozenset({"length", "mass", "volume", "speed", "area", _TEMPERATURE})


def values_by_unit(claim: Claim) -> dict[str, set[float]]:
    """The values a claim gives each unit it counts or measures ("" for a bare figure)."""
    values: dict[str, set[float]] = {}
    for quantity in claim.quantities:
        values.setdefault(quantity.unit, set()).add(quantity.value)
    return values


def counts_things(unit: str) -> bool:
    """True for a unit or a kind of figure that counts things: people, homes, cases.

    Money, physical measures, shares, ages, spans of time and clock times count nothing.
    """
    return not (
        unit in _NOT_COUNTED
        or clock_unit(unit)
        or unit in _DIMENSION_KINDS
        or is_money(unit)
        or measure_dimension(unit) is not None
    )


def _state_after(claim: Claim, quantity: Quantity) -> str:
    """The word of a state right after a figure of no unit, as its unit, else "".

    "We have counted 31 injured so far" counts the injured as "the number of injured
    rose to 41" does. Not "31 injured in the crash", where the word is a verb.
    """
    end = quantity.span.end - claim.span.start
    found = _STATE_AFTER.match(claim.text, max(0, end))
    return found.group(1).lower() if found else ""


def _counts_dead(claim: Claim, quantity: Quantity) -> bool:
    """True when a count of people is of people said to have died (see the docstring).

    Whatever noun counts them: "two patients have died" counts the dead as "three
    people have now died" does. Money, measures, shares and spans of time count no one.
    """
    if quantity.unit and not counts_things(quantity.unit):
        return False
    start, end = quantity.span.start - claim.span.start, quantity.span.end - claim.span.start
    if _DIED_AFTER.match(claim.text[max(0, end) :].casefold()):
        return True
    before = claim.text[: max(0, start)].casefold()
    return bool(_DIED_BEFORE.search(before) or _KILLED_BEFORE.search(before))


def _text_before(claim: Claim, start: int) -> str:
    offset = start - claim.span.start
    return claim.text[max(0, offset - _CONTEXT) : offset] if offset > 0 else ""


def on_game_clock(figure: Figure) -> bool:
    """True for a duration written as a clock reads ("7:41 left"): its words hold its unit."""
    return not clock_unit(figure.unit) and ":" in figure.written


def _text_after(claim: Claim, quantity: Quantity) -> str:
    """Up to a few words of the claim right after ``quantity``."""
    offset = quantity.span.end - claim.span.start
    return claim.text[max(0, offset) : max(0, offset) + _CONTEXT]


def _states_range(claim: Claim, first: Quantity, second: Quantity) -> bool:
    """True when ``first`` and ``second`` are a range's ends, written low to high.

    A descending pair is a score or a vote ("won 5-4", "voted 7 to 2"). "A to B" is a
    range only when A is a bare number within a factor of ten of B ("2 to 3 inches"):
    "fell 3.6 percent to $66.89" and "from 40 to 60" are changes, unless what goes
    "from" A "to" B is said to range or vary ("forecasts ranged from 16 cents a share
    to 27 cents").
    """
    if not first.value < second.value:
        return False
    between = claim.text[first.span.end - claim.span.start : second.span.start - claim.span.start]
    before = _text_before(claim, first.span.start).casefold()
    if _DASH_JOIN.fullmatch(between):
        return True
    within_span = second.value <= _RANGE_SPAN * first.value
    if _SPREAD_FROM.search(before) and _WORDS_THEN_TO.fullmatch(between):
        return within_span  # "vary from 3 to 4 million": ends of different scales
    if _TO_JOIN.fullmatch(between):
        # "fell 3.6 percent to $66.89", "up 19.96 to 9,092.91": a change, then a level
        bare = _BARE.fullmatch(first.text) is not None
        return bare and within_span and not _FROM.search(before)
    return bool(_AND_JOIN.fullmatch(between) and _BETWEEN.search(before))


def _rescaled(a: float, b: float) -> bool:
    if a == 0 or b == 0:
        return False
    big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
    return any(math.isclose(big, small * scale, rel_tol=1e-9) for scale in _SCALES)


def _rounds_to(whole: Figure, precise: Figure) -> bool:
    """True when ``precise`` (with decimals) rounds to the exact whole number ``whole``.

    Only a close rounding counts: less than half a step away and within a tenth of the
    whole number ("3%" fits 2.7%; "$3 million" does not fit $2.5 million).
    """
    gap = abs(precise.value - whole.value)
    return (
        whole.rounding > 0
        and precise.decimals > 0
        and gap < whole.rounding
        and gap <= _APPROXIMATE * abs(whole.value) * (1 + 1e-9)
    )


def is_money(unit: str) -> bool:
    """True for a unit of money: a currency code ("USD") or a currency word ("krone").

    A clock's zone ("UTC", "EST") is no currency code.
    """
    return unit in MONEY_UNITS or (len(unit) == 3 and unit.isupper() and not clock_unit(unit))


def unit_slip(a: Figure, b: Figure) -> bool:
    """True when two figures give one amount in two units that cannot both be right.

    "€610 million" against "$610 million", "rose 12%" against "rose 12 percentage
    points": the same digits in two currencies, or as a percent and as percentage
    points, are one report's slip of the unit. Different amounts in two currencies
    ("$4.2 billion", "€3.9 billion") or two share measures ("rose 6%", "0.3 percentage
    points") may both be right, and are not compared.
    """
    if a.unit == b.unit or a.change != b.change or a.earlier != b.earlier:
        return False
    money = is_money(a.unit) and is_money(b.unit) and "cent" not in (a.unit, b.unit)
    shares = {a.unit, b.unit} == {"%", "percentage point"}
    return (money or shares) and a.low <= b.high and b.low <= a.high


#: Currencies each worth between half and twice a US dollar: an amount given in two of
#: them is within a factor of four whatever the exchange rate of the day.
_NEAR_DOLLAR = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"})
#: How many times one amount must exceed the other, in two such currencies, to disagree.
_CURRENCY_GAP = 10.0


def currency_gap(a: Figure, b: Figure) -> bool:
    """True when two amounts in two near-dollar currencies are too far apart to be one.

    "£1.7m" and "more than $160 million" for one haul cannot both be right: no rate
    between the pound and the dollar brings them within ten times of each other, though
    "$4.2 billion" and "€3.9 billion" may well be one sum (:func:`unit_slip`).
    """
    if a.unit == b.unit or a.change != b.change or a.earlier != b.earlier:
        return False
    if a.unit not in _NEAR_DOLLAR or b.unit not in _NEAR_DOLLAR:
        return False
    small, large = (a, b) if a.high <= b.high else (b, a)
    return small.high > 0 and large.low > _CURRENCY_GAP * small.high


def _other_measure(a: Figure, b: Figure) -> bool:
    """True when the figures are two different measures of a share ("%" and "point")."""
    return a.unit != b.unit and {a.unit, b.unit} <= _SHARE_MEASURES


def figures_agree(a: Figure, b: Figure) -> bool:
    """True when the two figures can state the same amount.

    A percentage and a difference of percentages ("3%", "3 percentage points") never
    agree: they are different measures whatever their values. Physical measures of two
    units are compared in their dimension's base unit, and never agree across
    dimensions (see the module docstring); temperatures of two scales are compared
    in degrees Celsius, each within its last digit. Terms in years and in months are
    compared in months, exactly. A tally ("7-2") agrees only with the same tally. A
    clock time agrees only with a time of the same clock whose range it meets. Ages
    told of two years agree when they lie as far apart as the years, give or take one.
    """
    if _other_measure(a, b):
        return False
    if clock_unit(a.unit) or clock_unit(b.unit):
        return a.unit == b.unit and _clock_ranges_meet(a, b)
    if a.tally or b.tally:
        return a.tally == b.tally
    if a.year and b.year and a.year != b.year:  # ages of two years: "91 in 2005", "92 in 2006"
        return abs((a.value - b.value) - (a.year - b.year)) <= 1
    if a.unit != b.unit and a.unit in _MONTHS_IN and b.unit in _MONTHS_IN:
        size_a, size_b = _MONTHS_IN[a.unit], _MONTHS_IN[b.unit]
        return a.low * size_a <= b.high * size_b and b.low * size_b <= a.high * size_a
    scale_a, scale_b = temperature_scale(a.unit), temperature_scale(b.unit)
    if scale_a and scale_b and scale_a != scale_b:
        return _temperatures_agree(a, b)
    first, second = measure(a.unit), measure(b.unit)
    if first and second and a.unit.casefold() != b.unit.casefold():
        return first[0] == second[0] and _converted_agree(a, first[1], b, second[1])
    if a.low <= b.high and b.low <= a.high:
        return True
    return _rounds_to(a, b) or _rounds_to(b, a) or _rescaled(a.value, b.value)


def _base_range(figure: Figure, size: float) -> tuple[float, float]:
    """The range of a figure in its dimension's base unit, widened for conversion."""
    low, high = figure.low, figure.high
    if not figure.hedged:
        slack = abs(figure.value) * _CONVERTED
        low, high = low - slack, high + slack
    return low * size, high * size


def _converted_agree(a: Figure, size_a: float, b: Figure, size_b: float) -> bool:
    """True when two measures of one dimension in different units can be one amount.

    Either may be the other converted and rounded, so each in turn is widened by its
    rounding and must meet the other's own range.
    """
    a_low, a_high = a.low * size_a, a.high * size_a
    b_low, b_high = b.low * size_b, b.high * size_b
    wide_a, wide_b = _base_range(a, size_a), _base_range(b, size_b)
    return (wide_a[0] <= b_high and b_low <= wide_a[1]) or (
        wide_b[0] <= a_high and a_low <= wide_b[1]
    )


def _celsius_range(figure: Figure) -> tuple[float, float]:
    """The range of a temperature in degrees Celsius, a whole number within its last digit."""
    slack = 0.0 if figure.hedged else figure.rounding
    low = to_celsius(figure.low - slack, figure.unit)
    high = to_celsius(figure.high + slack, figure.unit)
    if low is None or high is None:
        raise ValueError(f"not a temperature scale: {figure.unit!r}")
    return low, high


def _temperatures_agree(a: Figure, b: Figure) -> bool:
    """True when temperatures of two scales can be one reading, one the other converted.

    Whoever converted rounded to their last digit, so each figure covers that digit's
    rounding; the ranges must meet in degrees Celsius.
    """
    a_low, a_high = _celsius_range(a)
    b_low, b_high = _celsius_range(b)
    return a_low <= b_high + _TOUCH and b_low <= a_high + _TOUCH

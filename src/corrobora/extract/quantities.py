"""Numbers in the text, normalized to a value and a unit.

Digits ("83", "1,200", "2.5") and number words ("two", "a dozen", "twenty-five",
"two hundred thousand") are found with their scale ("$2.5 billion" -> 2.5e9,
"$3bn" -> 3e9). The unit is, in order of preference:

- ``%`` for "40%", "40 percent", "40 per cent" (``percentage point`` for those);
  basis points ("50 basis points", "25bp", "25 bps") are hundredths of a percentage
  point, read as ``percentage point`` (0.5, 0.25), and a fraction spelled out is one
  ("a quarter of a percentage point" 0.25, "half a percent" 0.5%, "three quarters
  of a point" 0.75 point);
- ``second`` for a duration: a race time "2:04:31" (or "3:58" after "in", "of",
  "clocked"), the time left on a game clock ("with 7:41 left", "2:10 to play") and
  a spelled-out "2 hours, 4 minutes and 31 seconds" are one quantity
  in seconds; ``month`` for a term in years and months ("six years and eight months"
  is 80 months, "a year and a half" 18), one quantity rather than two counts;
- ``age`` for a person's age: "44-year-old", "44 years old", "aged 44", and with a
  parse a number set off by commas after a person's name ("Ana Ruiz, 44, said");
- a currency code for a currency sign or code before the number ("$", "US$", "£",
  "€", "EUR") or a currency word after it ("dollars", "euros", "krona"); an amount
  before a currency word is money even where the parser tags it as part of a name;
- a clock for a time of day, its value the minutes after midnight: ``UTC`` for "12:20
  UTC", "0920 GMT", "0920Z" (740, 560), a named zone for "11 a.m. EST" (``EST``), and
  ``local time`` for "14:20 local time", "2.20pm", "2:20 p.m." (860 each) and "at
  noon" (720); a 24-hour
  time is read only with its zone or "local time", so a bare "8:30" is none;
- the lemma of the noun the number counts: its ``nummod`` head ("83 people dead" ->
  ``people``, "five armed men" -> ``man``) or the object of "of" ("two of the
  victims" -> ``victim``); "members" after the noun of a group counts the group's
  people ("five crew members" -> ``crew``, "two family members" -> ``family``); a count
  of bullets, shots or rounds that hit someone counts the times he was hit ("seven
  bullets hit Venn", "Venn was hit by seven bullets" -> ``time``, as "hit Venn seven
  times"), while shots fired stay shots ("fired 11 shots" -> ``shot``). With
  plain text instead of a parse, the next lower-case word, crudely singularized, when
  it is not a stop word;
- with a parse, what a count counts when the number gives the count's level: "the
  number of people killed has risen to 15" -> ``people``, "the number of injured
  climbed to 40" -> ``injured``, and a toll counts the dead ("the death toll rose to
  83", "officials had given a toll of 12" -> ``dead``);
- a unit given once for two parallel figures: in "Marten had 249,300 votes and
  Rendahl had 246,050" or "X won 38 seats, while Y won 25" the second figure, bare,
  is the object of the same verb as the first in a coordinated clause of the same
  sentence, and takes its unit (``vote``, ``seat``); so does a bare count after a
  second participle coordinated with the first ("killing at least 12 people and
  injuring about 40": 40 ``people``), and so does a bare figure that something
  "has" at the end of its clause, in that sentence or the next ("finished with 2,290
  points. He now has 2,301": 2,301 ``point``);
- the scale a grade is on, for a figure after a word that names one ("a magnitude 5.4
  aftershock" -> ``magnitude``, "a Category 4 hurricane" -> ``category``): the figure
  measures the thing, it does not count it;
- with a parse, the state a verb of harm, arrest, rescue or evacuation leaves those it
  counts in, for one more of a kind counted before in the sentence by another verb
  ("killing two workers and wounding a third", "killed one man and wounded another":
  1 ``wounded``) and for "others" ("injuring two others": 2 ``injured``); a killing
  counts the dead. An ordinal that ranks or shares ("a third of the budget", "the third
  quarter", "for a third time", "third-largest") is none;
- else the empty string ("their number rose to 83").

A proportion written as a ratio ("nine in ten trains", "3 out of 10 voters", "one in
five", "one in every 500 users") is one share in ``%`` (90, 30, 20, 0.2), not two counts.

Not quantities: years and other parts of date expressions ("in 2024", "November
16", "3 days ago" is a date), bare clock readings ("at 3:30", "at 10:15:00"), ordinals ("21st",
"first"), telephone numbers ("0800 555 111", "+44 20 7946 0958", "call police on
555 0199") and emergency numbers named as the line called ("a 9-1-1 call", "dialled
112"), numbers glued to letters ("COVID-19", "G7"), version-like and slashed
numbers, numbers inside names of people, organizations, places, products, works
and laws, and a lone "one" that does not count a noun. With a parse, "a" counts one
person a toll counts ("a firefighter was injured", "a man died": 1 firefighter, 1 man).

Units of physical measures ("km", "mile", "inch", "kg", "litre") are known with their
dimension and size (:func:`measure`), so that figures in two units of one dimension
can be compared (``corrobora.reconcile.figures``) and matched (``corrobora.align``).
A height in feet and inches ("5-foot-8", "5-feet-8 inches") is one figure in ``inch``
(68), and "pounds" a clause weighs ("weighing 130 pounds", "5-foot-8, 135 pounds") are
``lb``, not money.

A temperature is read with its scale as the unit, ``°C`` or ``°F``, whether written
"41.2 degrees Celsius", "106 °F", "41.2°C" or, in wire style, glued to the number:
"41.2C", "104F", "-5C" (a sign or "minus" before it makes it negative). A glued letter
is a temperature only as a capital right after the digits and before a word boundary,
and not after a label that numbers rooms or seats ("Room 4F", "Seat 12C") nor beside
hexadecimal codes ("3A 4F 2C"); "F-16", "Vitamin C" or "Q4" hold no temperature.
Fahrenheit is an offset scale, so it has no size in a base unit: :func:`to_celsius`
converts it. A plain "degree" (an unknown scale, or an angle) is neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from ..model import AGE_UNIT, Article, DateMention, Quantity, Span
from ..text import plain_digits
from .dates import find_dates, is_year_count
from .nlp import check_doc

__all__ = [
    "CELSIUS",
    "FAHRENHEIT",
    "GRADE_SCALES",
    "LOCAL_CLOCK",
    "MONEY_UNITS",
    "PROJECTILES",
    "UTC_CLOCK",
    "clock_unit",
    "clock_written",
    "emergency_numbers",
    "find_quantities",
    "measure",
    "measure_dimension",
    "parse_number_words",
    "phone_numbers",
    "singular",
    "temperature_scale",
    "to_celsius",
    "vague_range",
    "written_figure",
]

_CURRENCY_SIGNS = {
    "US$": "USD",
    "$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
}
_CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB")
_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "sterling": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "ruble": "RUB",
    "rouble": "RUB",
    "krona": "krona",
    "kronor": "krona",
    "krone": "krone",
    "kroner": "krone",
    "franc": "franc",
    "crown": "crown",
}
#: The units of money read from currency words that are not currency codes ("kroner"
#: -> ``krone``, "25 cents" -> ``cent``); currency codes are three capitals ("USD").
MONEY_UNITS = frozenset(
    {u for u in _CURRENCY_WORDS.values() if not (len(u) == 3 and u.isupper())} | {"cent"}
)
#: Currency words as written after an amount ("1.2 million krona", "5m Swiss francs").
_MONEY_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?P<money>dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|"
    r"rupees?|roubles?|rubles?|kronor|krona|kroner|krone|francs?|crowns?)\b"
)


def _units(dimension: str, factor: float, *names: str) -> dict[str, tuple[str, float]]:
    return dict.fromkeys(names, (dimension, factor))


#: Units of physical measures as quantities name them (an abbreviation as written,
#: lower-cased, or a noun's lemma): unit -> (dimension, size in the dimension's base
#: unit: metre, kilogram, litre, metre per second, square metre). A "pound" is money
#: (``GBP``) unless its clause weighs (``lb``), and a "ton" may be short or metric, so it
#: is not converted.
_PHYSICAL: dict[str, tuple[str, float]] = {
    **_units("length", 0.001, "mm", "millimetre", "millimeter"),
    **_units("length", 0.01, "cm", "centimetre", "centimeter"),
    **_units("length", 1.0, "metre", "meter"),
    **_units("length", 1000.0, "km", "kilometre", "kilometer"),
    **_units("length", 0.0254, "inch"),
    **_units("length", 0.3048, "ft", "foot", "feet"),
    **_units("length", 0.9144, "yard", "yd"),
    **_units("length", 1609.344, "mile", "mi"),
    **_units("mass", 0.001, "g", "gram", "gramme"),
    **_units("mass", 1.0, "kg", "kilogram", "kilogramme", "kilo"),
    **_units("mass", 1000.0, "tonne", "metric ton"),
    **_units("mass", 0.45359237, "lb", "lbs"),
    **_units("mass", 0.028349523125, "ounce", "oz"),
    **_units("volume", 0.001, "ml", "millilitre", "milliliter"),
    **_units("volume", 1.0, "litre", "liter"),
    **_units("volume", 3.785411784, "gallon"),
    **_units("speed", 1 / 3.6, "kmh", "kph", "km/h"),
    **_units("speed", 0.44704, "mph"),
    **_units("speed", 0.514444, "knot"),
    **_units("area", 10000.0, "ha", "hectare"),
    **_units("area", 4046.8564224, "acre"),
    **_units("area", 1.0, "m²", "square metre", "square meter"),
    **_units("area", 1e6, "km²", "square kilometre", "square kilometer"),
    **_units("area", 2589988.110336, "square mile"),
}
#: Units of a physical measure that are not converted by a size: their dimension only.
#: A plain "degree" is none: its scale is unknown, or it is an angle.
_OTHER_PHYSICAL = {"ton": "mass", "sq": "area"}

#: The units of a temperature read with its scale (see the module docstring).
CELSIUS = "°C"
FAHRENHEIT = "°F"
#: Names of a temperature scale as a unit may give them -> the scale's unit.
#: A bare "c" or "f" is not one: a parse may read such a letter as a noun ("grade C").
_SCALE_NAMES = {
    "°c": CELSIUS,
    "celsius": CELSIUS,
    "centigrade": CELSIUS,
    "°f": FAHRENHEIT,
    "fahrenheit": FAHRENHEIT,
}
#: The scale a capital letter after a number names ("41.2C", "104 degrees F").
_SCALE_LETTERS = {"C": CELSIUS, "F": FAHRENHEIT}


def measure(unit: str) -> tuple[str, float] | None:
    """Return a physical unit's dimension and size in the dimension's base unit, else None.

    ``measure("mile")`` is ``("length", 1609.344)`` (metres); money, counts and shares
    have none.
    """
    return _PHYSICAL.get(unit.casefold())


def measure_dimension(unit: str) -> str | None:
    """Return the dimension a unit measures ("length", "mass", "temperature"...), else None."""
    known = measure(unit)
    if known:
        return known[0]
    if temperature_scale(unit):
        return "temperature"
    return _OTHER_PHYSICAL.get(unit.casefold())


def temperature_scale(unit: str) -> str | None:
    """Return ``°C`` or ``°F`` when a unit names that temperature scale, else None.

    "celsius" and "centigrade" are ``°C``; a plain "degree" names no scale.
    """
    return _SCALE_NAMES.get(unit.casefold().strip())


def to_celsius(value: float, unit: str) -> float | None:
    """Return a temperature in degrees Celsius, or None when ``unit`` is no scale.

    Fahrenheit converts with an offset (C = (F - 32) * 5/9), which a size in a base
    unit, as :func:`measure` gives, cannot express.
    """
    scale = temperature_scale(unit)
    if scale == CELSIUS:
        return value
    if scale == FAHRENHEIT:
        return (value - 32.0) * 5.0 / 9.0
    return None


_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_MEASURES = "km|kg|cm|mm|mi|mph|kmh|ft|lb|lbs|kw|kwh|mw|gw|ha|sq"
_NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_UNITS_WORDS = {w: i for i, w in enumerate(_NUMBER_NAMES.split())}
_TENS_WORDS = {
    w: 10 * i
    for i, w in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2
    )
}
_NUMBER_WORD = "|".join(
    sorted(
        [
            *_UNITS_WORDS,
            *_TENS_WORDS,
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "dozen",
        ],
        key=len,
        reverse=True,
    )
)
_PERCENT = (
    r"(?P<pct>\s*%|\s+(?:percent|per\s+cent|percentage\s+points?)\b"
    r"|(?:\s+|-)basis[\s-]+points?\b|\s*(?-i:bps?)\b)?"
)
#: Basis points after a number ("50 basis points", "25bp", "25 bps"): a basis point is
#: a hundredth of a percentage point, so they are read as percentage points.
_BASIS_POINTS = re.compile(r"[\s-]*(?:basis|bps?\b)", re.IGNORECASE)
#: A decimal comma ("1,2 million", "3,4 percent"), read only before a scale word or a
#: percentage, where a list ("rooms 1,2") cannot be meant; never right after a digit, a
#: point or a comma ("In 2019,20 percent"), nor after a month ("May 5,20 percent").
_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_DECIMAL_COMMA = (
    r"(?=\d{1,3},\d{1,2}\b)(?<![\d.,])"
    + "".join(f"(?<!{month} )(?<!{month}\\. )" for month in _MONTHS)
    + r"\d{1,3},\d{1,2}"
    r"(?=\s*%|\s+(?:percent|per\s+cent|percentage\s+points?|thousand|million|billion|"
    r"trillion|bn|mn|tn)\b)"
)
_SPACED_THOUSANDS = (
    r"(?<![\d.,] )(?<![\d.,])"
    + "".join(f"(?<!{month} )(?<!{month}\\. )" for month in _MONTHS)
    + r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![\d,])"
)
"""Thousands set off by spaces, as SI style writes them: "80 937 hectares", "1 200 000".
Not after a month ("May 5 200 people") or another number."""
_SPACED_COMMAS = (
    r"(?<!\d, )(?<!\d )(?<![\w.,-])(?<!foot )(?<!feet )(?<!ft )"
    + "".join(f"(?<!{month} )(?<!{month}\\. )" for month in _MONTHS)
    + r"\d{1,3}(?:, \d{3})+(?![\d.]|,\s*\d|\s+(?:and|or)\s+\d)"
)
"""Thousands commas each followed by a space, as tokenised copy writes them: "1, 300",
"20, 000". Not in a list ("1, 300 and 500"), after a month, after another number or
glued to one ("5-foot-8, 135 pounds"), nor after a height's foot ("5 foot 8, 135")."""
_SIGNS = "|".join(re.escape(s) for s in sorted(_CURRENCY_SIGNS, key=len, reverse=True))
_DIGITS = re.compile(
    r"(?P<cur>(?:" + _SIGNS + r")\s?|\b(?:" + "|".join(_CURRENCY_CODES) + r")\s?)?"
    r"(?P<num>"
    + _DECIMAL_COMMA
    + "|"
    + _SPACED_THOUSANDS
    + "|"
    + _SPACED_COMMAS
    + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"
    r"(?:(?P<attached>bn|mn|tn|m|k|" + _MEASURES + r")\b)?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion|bn|mn|tn)\b)?" + _PERCENT,
    re.IGNORECASE,
)
_AFTER_HUNDREDS = (
    "(?:"
    + "|".join(f"(?<={word})" for word in ("hundred", "thousand", "million", "billion", "trillion"))
    + ")"
)
"""Where "and" joins number words: "two hundred and five" is one number, "two and three"
two."""
_WORDS = re.compile(
    r"(?P<cur>(?:" + _SIGNS + r")\s?)?"
    r"\b(?P<num>(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:"
    + _NUMBER_WORD
    + r")(?:(?:"
    + _AFTER_HUNDREDS
    + r"\s+and\s+|\s+|-)(?:"
    + _NUMBER_WORD
    + r"))*)\b"
    + _PERCENT,
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})+\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.[ \t]?m\.|am\b|pm\b|o['’]clock)",
    re.IGNORECASE,
)
_DURATION_UNIT = "second"

#: The unit of a clock time given in UTC ("12:20 UTC", "0920 GMT", "0920Z").
UTC_CLOCK = "UTC"
#: The unit of a clock time of the place it happened: "14:20 local time", "2.20pm".
LOCAL_CLOCK = "local time"
#: Zone abbreviations a clock time may name; each is a clock of its own, since a
#: writer's "EST" may be daylight time and "CST" or "IST" name more than one zone.
_ZONES = frozenset(
    {"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "BST",
     "IST", "CET", "CEST", "EET", "EEST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "MSK"}
)  # fmt: skip
_UTC_NAMES = ("UTC", "GMT")
#: A zone after a clock time: "UTC", "GMT", "Z" glued or not, a named zone, "local time".
_CLOCK_ZONE = (
    r"(?:\s*(?P<zone>(?-i:"
    + "|".join(sorted((*_UTC_NAMES, *_ZONES), key=len, reverse=True))
    + r"|Z))\b|\s+(?P<local>local\s+time)\b)"
)
#: A clock time with "a.m." or "p.m.": "2:20 p.m.", "2.20pm", "5 PM", "11 a.m. EST", and
#: the spaced "3:33 a. m." some wires print.
_CLOCK_HALF = re.compile(
    r"(?<![\w.:/$£€,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<half>[ap])"
    r"(?:\.[ \t]?m\.|\.[ \t]?m\b|m\b)" + _CLOCK_ZONE + "?",
    re.IGNORECASE,
)
#: A 24-hour clock time with its zone: "14:20 UTC", "14.20 local time", "12:20:05 GMT".
_CLOCK_24 = re.compile(
    r"(?<![\w.:/$£€,])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?![\d:]|[.,]\d)" + _CLOCK_ZONE,
    re.IGNORECASE,
)
#: Four digits of a clock with a zone: "0920 GMT", "1515 local time", "0920Z".
_CLOCK_MILITARY = re.compile(
    r"(?<![\w.:/$£€,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)" + _CLOCK_ZONE, re.IGNORECASE
)
#: The first end of a range of clock times whose "a.m." or zone is written once: the
#: "9" of "9-11 a.m.", "from 9 to 11 a.m.", "between 9 and 11 a.m.".
_CLOCK_FIRST_END = re.compile(
    r"(?<![\w.:/$£€,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?(?P<join>\s*[-–]\s*|\s+(?:to|and)\s+)$"
)
#: Times of day named by a word, in minutes after midnight.
_CLOCK_WORDS = {"noon": 720.0, "midday": 720.0, "midnight": 0.0}
#: A time of day named by a word after a word that places an event in time: "at noon",
#: "shortly before midnight" (not "the midnight train").
_CLOCK_WORD = re.compile(
    r"\b(?:at|by|before|after|until|till|from|around|about|since)\s+(?:12\s+)?"
    r"(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)
_MINUTES_IN_HOUR = 60
_HALF_DAY = 12
_DEGREE_SIGN = "[°º˚]"
_SPACE = r"[ \t\u00a0\u202f]"
#: A temperature scale right after a number: glued ("41.2C", "41.2°C"), after a space
#: and a degree sign ("106 °F"), or after "degrees" ("104 degrees F", "41.2 degrees
#: Celsius"); a bare letter counts only as a capital and before a word boundary.
_TEMPERATURE = re.compile(
    r"(?:" + _SPACE + r"?" + _DEGREE_SIGN + _SPACE + r"?|" + _SPACE + r"+degrees?" + _SPACE + r"+)?"
    r"(?P<scale>(?-i:[CF])\b)"
    r"|(?:"
    + _SPACE
    + r"?"
    + _DEGREE_SIGN
    + _SPACE
    + r"?|"
    + _SPACE
    + r"+(?:degrees?"
    + _SPACE
    + r"+)?)(?P<name>celsius|fahrenheit|centigrade)\b",
    re.IGNORECASE,
)
#: A sign before a temperature: "-5C", "−5 °C", "minus 5 degrees Celsius"; not the dash
#: of a range ("30-35C").
_NEGATIVE = re.compile(r"(?:(?<![\w.,])[-−]|\bminus" + _SPACE + r"+)$", re.IGNORECASE)
#: Labels that number rooms, floors and seats: "Room 4F", "Seat 12C" are no temperature.
_LABELED = re.compile(
    r"\b(?:room|rm|floor|fl|flat|apt|apartment|suite|ste|unit|level|block|building|bldg|"
    r"gate|seat|row|no|number|platform|bay|office|door|box|lot|stand|ward|bed|cabin|deck|"
    r"class|form|grade|locker)\.?" + _SPACE + r"*$",
    re.IGNORECASE,
)
#: A token of hexadecimal digits beside a glued "4F": "3A 4F 2C" is a code.
_HEX_TOKEN = re.compile(r"(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{2,}")
_GLUED_TEMPERATURE = re.compile(r"\d+[CF]")
#: How far a run of codes is looked at either side of a glued "4F", in tokens.
_HEX_RUN = 4
#: Between the ends of a range of temperatures whose first end has no scale: "30-35C".
_RANGE_JOIN = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+to[ \t]+")
_CLOCK_DURATION = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)"
    r"|(?P<m>\d{1,2}):(?P<ms>[0-5]\d))(?P<frac>\.\d+)?(?![\d:]|\s*(?:[ap]\.?[ \t]?m\b|o['’]clock))",
    re.IGNORECASE,
)
"""A race time: "2:04:31" (hours, minutes, seconds), or minutes and seconds after "in",
"of", "clocked" ("finished in 3:43"); a time of day ("at 3:30", "5:45 p.m.") is none."""
_TIME_OF_DAY_CUE = re.compile(
    r"\b(?:at|from|until|till|since|before|after)\s+"
    r"(?:(?:about|around|approximately|roughly|exactly|precisely|nearly|almost|just)\s+)?$",
    re.I,
)
#: What marks a clock reading as a time of day after it: "14:32:10 local time", "GMT".
_TIME_OF_DAY_AFTER = re.compile(
    r"\s*(?:local\s+time|GMT|UTC|CET|EST|EDT|PST|[ap]\.?\s?m\b\.?|hours\b|o['’]clock)", re.I
)
_DURATION_CUE = re.compile(r"\b(?:in|of|clocked|timed|ran|runs?|finished|posted)\s+$", re.I)
#: What makes minutes and seconds the time left on a game clock: "with 7:41 left",
#: "7:42 remaining", "with 0:35 to play", "2:10 to go".
_TIME_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|to\s+go|to\s+play)\b", re.I)
_PART = r"(?:\d+(?:\.\d+)?|(?:" + _NUMBER_WORD + r")(?:-(?:" + _NUMBER_WORD + r"))?)"
_SPELLED_DURATION = re.compile(
    r"\b(?:(?P<h>" + _PART + r")\s+hours?(?:,?\s+and\s+|,\s+|\s+))?"
    r"(?P<m>" + _PART + r")\s+minutes?"
    r"(?:(?:,?\s+and\s+|,\s+)(?P<s>" + _PART + r")\s+seconds?)?\b",
    re.IGNORECASE,
)
"""A duration spelled out in parts: "2 hours, 4 minutes and 31 seconds", "three
minutes and 12 seconds"; one part alone ("4 minutes") is an ordinary count."""
_SECONDS_IN = (3600.0, 60.0, 1.0)
_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
)
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "feet": "foot"}

#: Nouns that name a count whose level a number may state ("the toll rose to 15").
_COUNTS = frozenset({"toll", "number", "count", "tally", "total", "crowd"})
#: How such a noun relates to the verb that gives its level.
_COUNT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_DEAD = "dead"
#: What a count named by a noun before it counts: a death toll counts the dead.
_COUNTED_BY = {"death": _DEAD, "fatality": _DEAD}
#: What a count noun alone counts: a toll the dead, a crowd ("put the crowd at
#: 20,000") people.
_COUNT_OF_NOUN = {"toll": _DEAD, "crowd": "people"}

_OLDEST = 120
_YEARS_OLD = re.compile(r"[ -]years?[ -]old\b", re.IGNORECASE)
#: "aged" before an age, or before a list of ages: "two women aged 27 and 35".
_AGED = re.compile(
    r"\b(?:aged?|at\s+the\s+age\s+of)\s+(?:\d{1,3}(?:,\s*|,?\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)


def _aged(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """True for a number "aged" gives as an age: "aged 44", "two women aged 27 and 35".

    A later number of a list is an age only when no noun follows it: in "a man aged 45
    and 3 children" the 3 counts children.
    """
    found = _AGED.search(text, max(0, start - 40), start)
    if found is None:
        return False
    if doc is None or not any(ch.isdigit() for ch in found.group()):
        return True
    token = _token_at(doc, start, end)
    following = doc[token.i + 1] if token is not None and token.i + 1 < len(doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN")


def parse_number_words(words: str) -> float | None:
    """Return the value of an English number phrase ("two hundred and five" -> 205.0)."""
    total = 0.0
    current = 0.0
    seen = False
    parts = re.split(r"[\s-]+", words.lower())
    for index, word in enumerate(parts):
        if word in ("a", "an"):
            following = parts[index + 1] if index + 1 < len(parts) else ""
            if index > 0 or (following not in _SCALES and following not in ("hundred", "dozen")):
                return None  # "a" counts as one only before a scale: "a dozen", "a million"
            current = 1.0
        elif word == "and":
            continue
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
            seen = True
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif word == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif word in _SCALES:
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _temperature(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Read a temperature scale after the number at ``start:end``, else None.

    Returns the span start (with a sign before it), the span end (after the scale) and
    the scale's unit. A number glued to letters or slashes before it is none ("F-16C",
    "Q4"), except after another temperature ("104F/40C").
    """
    found = _TEMPERATURE.match(text, end)
    if found is None:
        return None
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    if before.isalnum() or before in ":#_." or (before == "/" and before2 not in "CF"):
        return None
    if before in "-−" and before2.isalpha():
        return None  # "F-16C" is an aircraft
    letter = found.group("scale")
    glued = letter is not None and found.start("scale") == end
    if glued and not _glued_temperature_ok(text, start, found.end()):
        return None
    unit = _SCALE_LETTERS[letter] if letter else temperature_scale(found.group("name"))
    if unit is None:
        return None
    sign = _NEGATIVE.search(text, max(0, start - 8), start)
    return (sign.start() if sign else start), found.end(), unit


def _glued_temperature_ok(text: str, start: int, end: int) -> bool:
    """False for a glued "4F" that labels a room or seat, or sits among hex codes."""
    if _LABELED.search(text, max(0, start - 16), start):
        return False
    before = reversed(text[max(0, start - 64) : start].split()[-_HEX_RUN:])
    after = text[end : end + 64].split()[:_HEX_RUN]
    for words in (before, after):
        for word in words:
            if not _HEX_TOKEN.fullmatch(word):
                break  # the run of codes ends here
            if not _GLUED_TEMPERATURE.fullmatch(word):
                return False
    return True


def _range_scales(found: list[Quantity], text: str) -> list[Quantity]:
    """Give the first end of a range of temperatures its scale: the 30 of "30-35C"."""
    ordered = sorted(found, key=lambda q: q.span.start)
    for index, (first, second) in enumerate(pairwise(ordered)):
        between = text[first.span.end : second.span.start]
        if (
            not first.unit
            and temperature_scale(second.unit)
            and _RANGE_JOIN.fullmatch(between)
            and first.value <= second.value
        ):
            ordered[index] = replace(first, unit=second.unit)
    return ordered


#: The word right before a figure, past a hedge: "had 246,050", "won about 25".
_WORD_BEFORE = re.compile(
    r"([a-z]+)\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|over|under|"
    r"more\s+than|less\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
#: Words before a figure that name no verb of its own: a range, a change, a ratio.
_NO_VERB = frozenset(
    {"to", "of", "by", "from", "at", "in", "on", "and", "or", "than", "with", "for", "between"}
)
#: Between two parallel clauses of one sentence: a comma or a conjunction, no full stop.
_PARALLEL_JOIN = re.compile(r"^[^.;:!?]*(?:,|\b(?:and|while|whereas|but)\b)[^.;:!?]*$")
#: At most this many words from the first figure to the second.
_PARALLEL_WORDS = 10


def _verb_before(text: str, start: int) -> str:
    """The lower-cased word right before the figure at ``start``, past a hedge, else ""."""
    found = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    word = found.group(1).lower() if found else ""
    return "" if word in _NO_VERB else word


def _elided_units(found: list[Quantity], text: str) -> list[Quantity]:
    """Give a bare figure the unit of the parallel figure before it (see the docstring).

    "Marten had 249,300 votes and Rendahl had 246,050": the unit is written once for
    both counts. Only the next figure takes it, within one sentence, in a clause joined
    by a comma or a conjunction, after the same verb as the first figure, or after a
    participle coordinated with the first figure's (:func:`_coordinated_participles`).
    """
    ordered = sorted(found, key=lambda q: q.span.start)
    for index, (first, second) in enumerate(pairwise(ordered)):
        if second.unit or not first.unit:
            continue
        between = text[first.span.end : second.span.start]
        verb = _verb_before(text, first.span.start)
        other = _verb_before(text, second.span.start)
        parallel = (
            verb
            and (verb == other or _coordinated_participles(verb, other, between, first.unit))
            and _PARALLEL_JOIN.match(between)
            and len(between.split()) <= _PARALLEL_WORDS
        )
        if (
            parallel
            or _elided_subject(first, second, text, between)
            or _held_count(first, second, text, between)
        ):
            ordered[index + 1] = replace(second, unit=first.unit)
    return ordered


#: Verbs of holding before a bare figure whose noun is left out: "now has 2,301".
_HOLDING = frozenset({"has", "have", "had"})
#: What may follow a held figure with no noun: the end of its clause or a phrase of
#: time or extent ("has 2,302 for his career", "had 12 in all").
_HELD_AFTER = re.compile(
    r"[ \t]*(?:[.;!?]|$|,|(?:for|in|at|so|since|this|through|after|by|now|overall)\b)",
    re.IGNORECASE,
)
#: At most one sentence end between a figure and the held figure that takes its unit.
_HELD_SENTENCES = 1


def _held_count(first: Quantity, second: Quantity, text: str, between: str) -> bool:
    """True when a bare figure that something "has" counts the noun of the figure before.

    "... finished his career with 2,290 points. Hansbrough now has 2,301." and "finished
    with 20 points and now has 2,302 for his career": the noun is written once, in the
    same sentence or the one before, and the figure held leaves it out. Only a noun a
    figure counts is taken (not a measure, a duration or an age), and only when nothing
    but the end of the clause or a phrase of time follows the figure held.
    """
    unit = first.unit
    if not _counts_noun(unit):
        return False
    if _verb_before(text, second.span.start) not in _HOLDING:
        return False
    ends = len(re.findall(r"[.!?](?:\s|$)", between))
    return (
        ends <= _HELD_SENTENCES
        and ";" not in between
        and len(between.split()) <= _PARALLEL_WORDS
        and _HELD_AFTER.match(text, second.span.end) is not None
    )


#: A figure that is the subject of its clause: the verb comes right after its noun, or
#: right after it when the noun is left out ("41 were still missing").
_SUBJECT_VERB = re.compile(
    r"^\s+(?:(?:were|are|was|is|had|have|has|remain|remained|remains)\b|"
    r"(?:still|also)\s+(?:were|are|remain|remained)\b)",
    re.IGNORECASE,
)
#: Joins before the second of two parallel subjects: "..., and 41", "... while 22".
_SUBJECT_JOIN = re.compile(r"(?:,|\b(?:and|while|whereas|but))\s*$", re.IGNORECASE)


def _elided_subject(first: Quantity, second: Quantity, text: str, between: str) -> bool:
    """True when the second figure counts, as a subject, what the first figure's noun names.

    "Three people were confirmed dead and 41 were still missing": each figure is the
    subject of its clause, and the second leaves out the noun the first names.
    """
    unit = first.unit
    if not _counts_noun(unit):
        return False
    after_first = text[first.span.end :]
    noun = re.match(r"\s+[a-z]+", after_first)
    if noun is None or not _SUBJECT_VERB.match(after_first[noun.end() :]):
        return False
    return (
        "." not in between
        and ";" not in between
        and len(between.split()) <= _PARALLEL_WORDS
        and _SUBJECT_JOIN.search(between) is not None
        and _SUBJECT_VERB.match(text[second.span.end :]) is not None
    )


#: Endings of participles (and past forms) two coordinated verbs share: "killing ... and
#: injuring", "killed ... and injured".
_PARTICIPLE_ENDINGS = ("ing", "ed")
#: A conjunction that coordinates two verb phrases.
_COORDINATION = re.compile(r"\band\b")
#: Words that name a scale a figure after them grades: "a magnitude 5.4 aftershock", "a
#: Category 4 hurricane", "a level 3 alert", "force 9 winds". The figure measures the
#: thing the noun after it names; it does not count it.
GRADE_SCALES = frozenset({"magnitude", "category", "level", "grade", "force", "stage", "tier"})
#: Units that are no noun a figure counts.
_NOT_COUNTED = frozenset({_DURATION_UNIT, "month", "age", *GRADE_SCALES})


def _coordinated_participles(first: str, second: str, between: str, unit: str) -> bool:
    """True for two verbs of one form joined by "and", the first counting nouns.

    "killing at least 12 people and injuring about 40": the second count is of the
    people the first names, so it takes their unit; a sum of money or a measure ("raising
    $2 million and employing 300") names no one the second verb counts.
    """
    return (
        any(first.endswith(end) and second.endswith(end) for end in _PARTICIPLE_ENDINGS)
        and bool(_COORDINATION.search(between))
        and _counts_noun(unit)
    )


def _counts_noun(unit: str) -> bool:
    """True for the unit of a count of a noun ("worker"), not of a measure, span or age."""
    return unit.isalpha() and unit.islower() and unit not in _NOT_COUNTED and measure(unit) is None


#: A code of letters and digits joined by hyphens, right before a hyphen: the "MS08-" of
#: "MS08-078", the "CVE-2013-" of "CVE-2013-3893".
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[\w-]*[A-Za-z])(?=[\w-]*\d)\w+(?:-\w+)*-$")
#: How far back a code before a figure is looked for, in characters.
_CODE_REACH = 30


def _in_code(text: str, start: int) -> bool:
    """True for digits that continue a code of letters and digits after a hyphen.

    "MS08-078" and "CVE-2013-3893" name a bulletin and a flaw: their parts count
    nothing, so "MS08-078" and "MS08-067" are two codes, not a disagreement of 78 and
    67. A range of bare figures ("10-15") has no letter, and one glued to a word alone
    ("COVID-19") has no digit before its hyphen.
    """
    return _CODE_BEFORE.search(text, max(0, start - _CODE_REACH), start) is not None


def _boundaries_ok(text: str, start: int, end: int) -> bool:
    """False when the match is glued to letters, digits, slashes, colons or decimals."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    if before.isalnum() or before in "/:#_":
        return False
    if before == "-" and _in_code(text, start):
        return False
    if before == "-" and before2.isalpha() and text[start].isalnum():
        # "COVID-19"; a currency sign is not glued ("$10 billion-$15 billion"), nor is
        # a figure to the scale it is read on ("magnitude-5.4")
        return _grade_scale(text, start) != ""
    if before == "." and before2.isdigit():
        return False
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if after.isalnum() or after == "_":
        return False
    return not (after in "/:.," and after2.isdigit())


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _is_age_apposition(token: Token) -> bool:
    """True for a person's age set off by commas after the name ("Ana Ruiz, 44, said")."""
    doc = token.doc
    head = token.head
    named = head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and token.ent_type_ == "DATE")
    if token.dep_ != "appos" or not named or token.i == 0:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    listed = token.i + 2 < len(doc) and doc[token.i + 2].like_num  # "44, 45 and 46"
    return (
        doc[token.i - 1].text == ","
        and head.i == token.i - 2
        and (after is None or after.is_punct)
        and not listed
        and token.text.isdigit()
        and 0 < int(token.text) < _OLDEST
    )


def _noun_word(noun: Token) -> str:
    """The lemma of a counted noun; a capitalised plural tagged as a name made singular.

    "14 Hunting Rifles" counts rifles, as "14 hunting rifles" does.
    """
    word = _word(noun.lemma_)
    return singular(word) if noun.tag_ == "NNPS" else word


def _counted_noun(token: Token) -> str:
    """Return the lemma of the noun a number token counts, or ""."""
    while token.head.i != token.i and token.head.pos_ == "NUM" and token.dep_ != "nummod":
        token = token.head
    if token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i:
        head = token.head
        if head.pos_ in ("NOUN", "PROPN"):
            return (
                _hits_counted(head)
                or _member_group(head)
                or _others_state(head)
                or _noun_word(head)
            )
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ == "NOUN":
                    return _member_group(grandchild) or _word(grandchild.lemma_)
    count = _count_stated(token)
    if count is not None:
        return _count_unit(count, token)
    return _risen_subject(token)


#: The unit of a count of times: "shot 11 times", "twice", "seven bullets hit him".
_TIME = "time"
#: Nouns of what a gun fires: a count of them that hit someone counts the times he was hit.
PROJECTILES = frozenset({"bullet", "shot", "round", "gunshot"})
#: Lemmas of the verbs of a projectile finding its mark: "hit", "struck".
_HITTING = frozenset({"hit", "strike"})


def _hits_counted(noun: Token) -> str:
    """``time`` when a count of projectiles counts hits: "seven bullets hit Venn", else "".

    "Seven bullets hit Venn", "seven shots struck him" and "Venn was hit by seven
    bullets" say he was hit seven times, as "hit Venn seven times" does: the projectiles
    are the subject of a verb of hitting that has an object, or its agent in the passive.
    Shots fired ("the officers fired 11 shots", "11 shots were fired"), shots that hit
    nothing said ("two bullets struck from the front") and "rounds of" something count
    the projectiles.
    """
    if _word(noun.lemma_) not in PROJECTILES:
        return ""
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children):
        return ""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    elif noun.dep_ == "nsubj" and any(child.dep_ == "dobj" for child in noun.head.children):
        verb = noun.head
    else:
        return ""
    if verb.lemma_.lower() not in _HITTING or any(child.dep_ == "neg" for child in verb.children):
        return ""
    return _TIME


#: Nouns that count the people of a group named by the noun before them.
_MEMBERS = frozenset({"member"})


def _member_group(noun: Token) -> str:
    """The group whose people "members" counts: "crew" for "five crew members", else "".

    "crew members", "staff members", "family members" count the crew, the staff, the
    family: one unit with "six crew", not a count of members of anything.
    """
    if _word(noun.lemma_) not in _MEMBERS or noun.i == 0:
        return ""
    group = noun.doc[noun.i - 1]
    if group.dep_ == "compound" and group.head.i == noun.i and group.pos_ == "NOUN":
        return _word(group.lemma_)
    return ""


#: Verbs whose subject's level a figure after "to" states: "cases have risen to 58".
_LEVEL_VERBS = frozenset(
    {"rise", "climb", "increase", "grow", "jump", "reach", "fall", "drop", "decline", "soar"}
)


def _risen_subject(token: Token) -> str:
    """The plural noun whose new level a number states: "confirmed cases have risen to 58".

    Only a plural common noun counts ("cases", "arrests"); "prices rose to $4" names a
    price, which the figure's currency already gives.
    """
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "to" or head.head.lemma_.lower() not in _LEVEL_VERBS:
        return ""
    for child in head.head.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.tag_ == "NNS":
            return _word(child.lemma_)
    return ""


def _count_stated(token: Token) -> Token | None:
    """Return the count noun whose level a number token states, or None.

    "the death toll rose to 15", "officials put the toll at 40", "the toll is now 40",
    "a toll of 12", "the number of dead rose to 20, up from 12".
    """
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        anchor = head.head
        if head.lower_ == "of" and anchor.lemma_.lower() in _COUNTS:
            return anchor
        while anchor.dep_ == "advmod" and anchor.head.i != anchor.i:
            anchor = anchor.head  # "up from 12"
    elif token.dep_ in ("dobj", "attr"):
        anchor = head
    else:
        return None
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    for child in anchor.children:
        if child.dep_ in _COUNT_ROLES and child.lemma_.lower() in _COUNTS:
            return child
    return None


def _count_unit(count: Token, number: Token) -> str:
    """Return what a count noun counts: "the number of people" -> ``people``.

    A toll counts the dead ("the death toll", "the toll"), a crowd people; a number,
    count or tally without "of" or a noun before it ("their number") counts nothing
    said.
    """
    for child in count.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for counted in child.children:
                if counted.dep_ == "pobj" and counted.i != number.i and not counted.like_num:
                    word = counted.lemma_ if counted.pos_ == "NOUN" else counted.text
                    return _word(word)
    for child in count.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            word = _word(child.lemma_)
            return _COUNTED_BY.get(word, word)
    return _COUNT_OF_NOUN.get(count.lemma_.lower(), "")


def _word(lemma: str) -> str:
    """The lower-cased letters of a lemma; stray markup glued to a word is dropped."""
    return "".join(ch for ch in lemma.lower() if ch.isalpha() or ch == "-").strip("-")


def singular(word: str) -> str:
    """A plural noun's singular: "aftershocks" -> "aftershock", "women" -> "woman"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _next_word_unit(text: str, end: int) -> str:
    match = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 40])
    if match is None or match.group(1) in STOP_WORDS:
        return ""
    return singular(match.group(1))


#: A speed written after its figure: "95 km/h", "130 kph", "120 kilometres per hour",
#: "60 miles an hour" (the parse reads "km/h" as "km", a length).
_SPEED_AFTER = re.compile(
    r"\s*(?:(?P<kmh>km/h|km/hr|kmh|kph|(?:kilomet(?:re|er)s?|km)\s+(?:per|an)\s+hour)"
    r"|(?P<mph>mph|miles?\s+(?:per|an)\s+hour))\b",
    re.IGNORECASE,
)


#: An area written after its figure: "51 square kilometres", "51 sq km", "51 km²", "20
#: square miles", "300 m2" (the parse reads the noun, a length, or "square" alone).
_AREA_AFTER = re.compile(
    r"\s*(?:(?P<km>(?:square|sq\.?)\s+(?:kilomet(?:re|er)s?|km)|km(?:²|2|\^2)(?!\d))"
    r"|(?P<mile>(?:square|sq\.?)\s+(?:miles?|mi)\b)"
    r"|(?P<m>(?:square|sq\.?)\s+met(?:re|er)s?|m(?:²|2|\^2)(?!\d)))",
    re.IGNORECASE,
)


def _area_unit(text: str, end: int) -> str:
    """The unit of an area written right after a figure ending at ``end``, else ""."""
    area = _AREA_AFTER.match(text, end)
    if area is None:
        return ""
    return "km²" if area.group("km") else "square mile" if area.group("mile") else "m²"


_GRADE_BEFORE = re.compile(r"\b([A-Za-z]+)(?:[ \t]+|-)$")


def _grade_scale(text: str, start: int) -> str:
    """The scale named right before the figure at ``start`` ("magnitude"), else "".

    Written glued to the figure too ("magnitude-5.4"), as a hyphenated modifier is.
    """
    found = _GRADE_BEFORE.search(text, max(0, start - 20), start)
    word = found.group(1).lower() if found else ""
    return word if word in GRADE_SCALES else ""


def _unit(match: re.Match[str], text: str, doc: Doc | None) -> str:
    pct = match.group("pct")
    if pct:
        return "percentage point" if "point" in pct.lower() or _basis(match) else "%"
    currency = (match.group("cur") or "").strip()
    if currency:
        return _CURRENCY_SIGNS.get(currency, currency.upper())
    attached = (match.groupdict().get("attached") or "").lower()
    if attached and attached not in _SCALES:
        return attached
    money = _money_after(text, match.end())
    if money:
        return _MASS_POUND if _pounds_of_weight(text, match.start(), match.end()) else money
    start = match.start("num")
    if _YEARS_OLD.match(text, match.end()) or _aged(text, start, match.end(), doc):
        return AGE_UNIT
    speed = _SPEED_AFTER.match(text, match.end())
    if speed is not None:
        return "km/h" if speed.group("kmh") else "mph"
    area = _area_unit(text, match.end())
    if area:
        return area
    grade = _grade_scale(text, start)
    if grade:
        return grade
    noun = ""
    if doc is not None:
        token = _token_at(doc, start, match.end())
        if token is not None and _is_age_apposition(token):
            return AGE_UNIT
        noun = _counted_noun(token) if token is not None else ""
    else:
        noun = _next_word_unit(text, match.end())
    return _CURRENCY_WORDS.get(noun, noun)


#: The unit of a pound of weight (:data:`_PHYSICAL`).
_MASS_POUND = "lb"
#: A word of weight before a figure in its clause: "weighing 130 pounds", "weighed
#: about 200 pounds", "a weight of 90 pounds".
_WEIGHT_BEFORE = re.compile(r"\bweigh(?:s|ed|ing|t)?\b[^.;:!?]{0,30}$", re.IGNORECASE)
#: A person's height right before a figure: "5-foot-8, 135 pounds", "six feet tall and
#: 200 pounds".
_STATURE_BEFORE = re.compile(
    r"\b(?:foot|feet|ft|inch(?:es)?|tall)\b[\s-]*(?:\d{1,2}\b|[a-z]+\b)?[\s,]*(?:and\s+)?$",
    re.IGNORECASE,
)
_POUNDS = re.compile(r"\s+pounds?\b", re.IGNORECASE)


def _pounds_of_weight(text: str, start: int, end: int) -> bool:
    """True when "pounds" after a figure weigh, not pay: "weighing 130 pounds".

    A pound is money unless its clause says the figure weighs ("weighing", "a weight
    of") or a person's height comes right before it ("5-foot-8, 135 pounds").
    """
    if not _POUNDS.match(text, end):
        return False
    before = text[max(0, start - 40) : start]
    return bool(_WEIGHT_BEFORE.search(before) or _STATURE_BEFORE.search(before))


def _basis(match: re.Match[str]) -> bool:
    """True when the figure is in basis points ("50 basis points", "25bp")."""
    return _BASIS_POINTS.match(match.group("pct") or "") is not None


def _value(match: re.Match[str]) -> float | None:
    raw = match.group("num")
    if raw[0].isdigit() or raw[0] == ".":  # ".20 parts per million"
        value: float | None = float(plain_digits(raw.replace(", ", ",")))
        groups = match.groupdict()
        scale = (groups.get("scale") or groups.get("attached") or "").lower()
        if scale == "m" and not match.group("cur") and not _money_after(match.string, match.end()):
            scale = ""  # "5m" is five metres unless it is money ("€5m", "5m euros")
        if scale == "mm" and match.group("cur"):
            scale = "million"  # "$200MM" is money's shorthand for millions, not millimetres
        value = (value or 0.0) * _SCALES.get(scale, 1.0)
    else:
        value = parse_number_words(raw)
    if value is not None and _basis(match):
        return value / 100.0  # a hundredth of a percentage point each (exact for 25, 50)
    return value


def _part_value(raw: str | None) -> float | None:
    """The value of one part of a duration, digits or number words; 0 when absent."""
    if raw is None:
        return 0.0
    return float(raw) if raw[0].isdigit() else parse_number_words(raw)


#: Orders of magnitude a plural names: "hundreds" of something are 200 to 999 of it.
_ORDERS = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
#: An amount named by its order of magnitude: "hundreds of thousands of customers",
#: "tens of thousands of people", "dozens of homes".
_ORDER_WORDS = (
    r"\b(?:(?P<tens>tens)\s+of\s+)?(?P<first>dozens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?P<second>thousands|millions|billions))?"
)
_ORDER = re.compile(_ORDER_WORDS, re.IGNORECASE)
_VAGUE = re.compile(_ORDER_WORDS + r"(?=\s+of\s+[A-Za-z])", re.IGNORECASE)
#: A few of an order: "several hundred homes", "a few thousand people", "several
#: hundred thousand customers".
_SEVERAL = re.compile(
    r"\b(?:several|a\s+few)\s+(?P<first>dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?P<second>thousand|million|billion))?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def vague_range(text: str) -> tuple[float, float] | None:
    """The range an amount named by its order of magnitude covers, else None.

    "hundreds of thousands" is 200,000 to 999,999, "tens of thousands" 20,000 to
    99,999 and "dozens" 24 to 99: at least two of the order, fewer than the next;
    "several hundred" and "a few hundred" are read as "hundreds".
    """
    match = _ORDER.fullmatch(text.strip()) or _SEVERAL.fullmatch(text.strip())
    if match is None:
        return None
    first = match.group("first").lower().removesuffix("s") + "s"
    size = _ORDERS[first]
    if match.group("second"):
        size *= _ORDERS[match.group("second").lower().removesuffix("s") + "s"]
    if match.groupdict().get("tens"):
        size *= 10.0
    top = 100.0 if first == "dozens" else size * 10.0
    return 2.0 * size, top - 1.0


def _vague_amounts(text: str, doc: Doc | None) -> list[Quantity]:
    """Amounts named by their order of magnitude (see :func:`vague_range`), at their least.

    The unit is the noun counted after "of": "hundreds of thousands of Harwick
    customers" counts customers.
    """
    found = []
    for match in _VAGUE.finditer(text):
        span = Span(match.start(), match.end())
        low = vague_range(match.group(0))
        if low is None:
            continue
        found.append(Quantity(span, match.group(0), low[0], _vague_unit(text, match.end(), doc)))
    for match in _SEVERAL.finditer(text):
        low = vague_range(match.group(0))
        if low is not None:
            unit = _several_unit(text, match.end(), doc)
            found.append(Quantity(Span(match.start(), match.end()), match.group(0), low[0], unit))
    return found


def _several_unit(text: str, end: int, doc: Doc | None) -> str:
    """The noun "several hundred" ending at ``end`` counts: "several hundred homes"."""
    if doc is not None:
        token = _token_at(doc, end - 1, end)
        return _counted_noun(token) if token is not None else ""
    return _next_word_unit(text, end)


def _vague_unit(text: str, end: int, doc: Doc | None) -> str:
    """The noun an amount ending at ``end`` counts, after its "of"."""
    gap = re.match(r"\s+of\b", text[end:])
    if doc is not None and gap is not None:
        of = _token_at(doc, end + gap.end() - 2, end + gap.end())
        if of is not None and of.lower_ == "of":
            for noun in of.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    return _word(noun.lemma_)
            return ""
    word = re.match(r"\s+of\s+(?:[A-Z][\w'’-]*\s+){0,3}([a-z]+)\b", text[end : end + 60])
    return singular(word.group(1)) if word else ""


def _durations(text: str) -> list[Quantity]:
    """Race times and spelled-out durations, each one quantity in seconds."""
    found: list[Quantity] = []
    for match in _CLOCK_DURATION.finditer(text):
        if _TIME_OF_DAY_CUE.search(
            text, max(0, match.start() - 30), match.start()
        ) or _TIME_OF_DAY_AFTER.match(text, match.end()):
            continue  # "at about 10:15:00", "10:15:00 local time" are times of day
        if match.group("h") is not None:
            parts = (match.group("h"), match.group("hm"), match.group("hs"))
        elif _DURATION_CUE.search(
            text, max(0, match.start() - 12), match.start()
        ) or _TIME_LEFT_AFTER.match(text, match.end()):
            parts = ("0", match.group("m"), match.group("ms"))
        else:
            continue
        value = sum(int(p) * k for p, k in zip(parts, _SECONDS_IN, strict=True))
        value += float(match.group("frac") or 0.0)
        span = Span(match.start(), match.end())
        found.append(Quantity(span, match.group(0), value, _DURATION_UNIT))
    for match in _SPELLED_DURATION.finditer(text):
        if match.group("h") is None and match.group("s") is None:
            continue
        values = [_part_value(match.group(g)) for g in ("h", "m", "s")]
        if any(v is None for v in values):
            continue
        value = sum((v or 0.0) * k for v, k in zip(values, _SECONDS_IN, strict=True))
        span = Span(match.start(), match.end())
        if any(span.overlaps(q.span) for q in found):
            continue
        found.append(Quantity(span, match.group(0), value, _DURATION_UNIT))
    return found


def clock_written(quantity: Quantity, after: str) -> str:
    """A duration as its clock reads, with the words of time left: "7:41 left", else "".

    "with 7:41 left" is read as 461 seconds, so that "7:41" and "7:42" are weighed as
    durations; a reader looks for the clock as written, not for "461 second". ``after``
    is the text right after the figure. A duration spelled out or of another unit is "".
    """
    if quantity.unit != _DURATION_UNIT or ":" not in quantity.text:
        return ""
    left = _TIME_LEFT_AFTER.match(after)
    return quantity.text + (" " + " ".join(left.group().split()) if left else "")


def clock_unit(unit: str) -> bool:
    """True for the unit of a clock time: ``UTC``, ``local time`` or a named zone ("EST")."""
    return unit in (UTC_CLOCK, LOCAL_CLOCK) or unit in _ZONES


def _clock_zone(match: re.Match[str]) -> str:
    """The clock a time's zone names: ``UTC`` for UTC, GMT and Z, else the zone, else local."""
    zone = match.group("zone")
    if zone is None:
        return LOCAL_CLOCK
    zone = zone.upper()
    return UTC_CLOCK if zone in _UTC_NAMES or zone == "Z" else zone


def _minutes(hour: str, minute: str | None, second: str | None = None, half: str = "") -> float:
    """Minutes after midnight of a clock reading; ``half`` is "a" or "p" on a 12-hour clock."""
    hours = int(hour)
    if half:
        hours = hours % _HALF_DAY + (_HALF_DAY if half.lower() == "p" else 0)
    return hours * _MINUTES_IN_HOUR + int(minute or 0) + int(second or 0) / _MINUTES_IN_HOUR


def _clock_times(text: str) -> list[Quantity]:
    """Clock times, each a quantity of minutes after midnight in the unit of its clock.

    "12:20 UTC" is 740 ``UTC``, "2.20pm" and "14:20 local time" 860 ``local time``: a
    time is weighed only against times of its own clock. A 24-hour time needs its zone
    ("14:20 UTC", "0920 GMT", "14:20 local time"): a bare "8:30" may be a race time, a
    score or a ratio. The first end of a range written with one "a.m." ("9-11 a.m.") is
    a time too.
    """
    found: list[Quantity] = []

    def add(start: int, end: int, value: float, unit: str) -> None:
        span = Span(start, end)
        if not any(span.overlaps(q.span) for q in found):
            found.append(Quantity(span, text[start:end], value, unit))

    for match in _CLOCK_HALF.finditer(text):
        unit, half = _clock_zone(match), match.group("half")
        add(match.start(), match.end(), _minutes(match["h"], match["m"], half=half), unit)
        first = _CLOCK_FIRST_END.search(text, max(0, match.start() - 12), match.start())
        if first is not None:
            value = _minutes(first["h"], first["m"], half=half)
            add(first.start(), first.start("join"), value, unit)
    for pattern in (_CLOCK_MILITARY, _CLOCK_24):
        for match in pattern.finditer(text):
            if match.group("zone") or match.group("local"):
                value = _minutes(match["h"], match["m"], match.groupdict().get("s"))
                add(match.start(), match.end(), value, _clock_zone(match))
    for match in _CLOCK_WORD.finditer(text):
        word = match.group("word").lower()
        add(match.start("word"), match.end("word"), _CLOCK_WORDS[word], LOCAL_CLOCK)
    return found


#: A spelled-out duration in years and months: "six years and eight months", "2 years,
#: 6 months", "a year and a half", "two and a half years".
_CALENDAR_DURATION = re.compile(
    r"\b(?:(?P<y>" + _PART + r"|a|an)\s+years?(?:,?\s+and\s+|,\s+|\s+)(?P<m>" + _PART + r")"
    r"\s+months?"
    r"|(?P<yh>" + _PART + r"|a|an)\s+(?:years?\s+and\s+a\s+half|and\s+a\s+half\s+years?))\b",
    re.IGNORECASE,
)
#: Unit of a duration in years and months, counted in months.
_MONTH_UNIT = "month"
_MONTHS_IN_YEAR = 12.0

#: A fraction of a share spelled out: "a quarter of a percentage point", "half a
#: percentage point", "three quarters of a point", "half a percent", "a quarter-point",
#: "one and a half percentage points".
_FRACTION_SHARE = re.compile(
    r"\b(?:(?P<whole>" + _PART + r")\s+and\s+)?"
    r"(?:(?P<count>a|an|one|two|three)[\s-]+)?(?P<part>half|thirds?|quarters?)"
    r"(?P<join>\s+(?:of\s+)?(?:a|an|one)\s+|[\s-])"
    r"(?P<unit>percentage[\s-]+point|basis[\s-]+point|percent|per\s+cent|point)s?\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}


def _years(raw: str) -> float | None:
    """The value of a count of years: digits, number words, or "a"/"an" for one."""
    return 1.0 if raw.lower() in ("a", "an") else _part_value(raw)


def _calendar_durations(text: str) -> list[Quantity]:
    """Durations in years and months, each one quantity in months.

    "six years and eight months" is one term of 80 months, not 6 years and 8 months
    apart (which "80 months" elsewhere would contradict); "a year and a half" and "two
    and a half years" are 18 and 30 months.
    """
    found = []
    for match in _CALENDAR_DURATION.finditer(text):
        if match.group("yh") is not None:
            years = _years(match.group("yh"))
            value = None if years is None else (years + 0.5) * _MONTHS_IN_YEAR
        else:
            years, months = _years(match.group("y")), _part_value(match.group("m"))
            value = None if years is None or months is None else years * _MONTHS_IN_YEAR + months
        if value is not None:
            span = Span(match.start(), match.end())
            found.append(Quantity(span, match.group(0), value, _MONTH_UNIT))
    return found


#: A person's height in feet and inches: "5-foot-8", "5-feet-8 inches", "5 feet 8
#: inches", "six-foot-two", "5 ft 8 in".
_HEIGHT = re.compile(
    r"\b(?P<ft>"
    + _PART
    + r")[\s-]+(?:foot|feet|ft\.?)(?P<join>[\s-]+)(?:and\s+)?(?P<in>\d{1,2}|"
    + _PART
    + r")\b(?P<inch>[\s-]+(?:inch(?:es)?|in\.|in\b))?",
    re.IGNORECASE,
)
#: Unit of a height in feet and inches, counted in inches.
_INCH_UNIT = "inch"
_INCHES_IN_FOOT = 12.0
_MAX_INCHES = 11.0


def _heights(text: str) -> list[Quantity]:
    """Heights in feet and inches, each one quantity in inches.

    "5-foot-8" and "5-feet-8 inches tall" are one height of 68 inches, not a count of
    five and another of eight: two sources that give a height so are weighed on it.
    Without "inches" the parts are hyphened ("six-foot-two"): "10 feet 3 people" is none.
    """
    found = []
    for match in _HEIGHT.finditer(text):
        if not match.group("inch") and "-" not in match.group("join"):
            continue  # "10 feet 3 people": a height without "inches" is hyphened
        feet, inches = _part_value(match.group("ft")), _part_value(match.group("in"))
        if feet is None or inches is None or inches > _MAX_INCHES:
            continue
        span = Span(match.start(), match.end())
        value = feet * _INCHES_IN_FOOT + inches
        found.append(Quantity(span, match.group(0), value, _INCH_UNIT))
    return found


#: A fraction of a whole written in words: "about half of the planned operations", "a
#: third of the staff", "two thirds of them" (not "the second half of the year", "half
#: an hour", "the third quarter", nor "a quarter of a percentage point", a fraction of
#: a unit).
_FRACTION_OF = re.compile(
    r"(?<!\bfirst )(?<!\bsecond )(?<!\bthe )(?<!\ba )(?<!\bother )"
    r"\b(?P<frac>half|(?:a|one)\s+third|two\s+thirds|(?:a|one)\s+quarter|three\s+quarters)"
    r"(?=\s+(?:of|the)\b)(?!\s+of\s+(?:a|an|one)\b)",
    re.IGNORECASE,
)
_SHARE_OF = {"half": 50.0, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25.0, "quarters": 75.0}


def _fractions_of(text: str) -> list[Quantity]:
    """Fractions of a whole written in words, as percentages: "about half of" is 50%.

    One outlet's "about 40% of planned operations" and another's "about half" give
    the same measure in two ways, and must be weighed against each other.
    """
    found = []
    for match in _FRACTION_OF.finditer(text):
        value = _SHARE_OF[match.group("frac").split()[-1].lower()]
        found.append(Quantity(Span(match.start(), match.end()), match.group(0), value, "%"))
    return found


#: A number in a ratio: digits ("1,000", "2.5") or number words ("nine", "twenty-five").
_RATIO_TERM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:" + _NUMBER_WORD + r")(?:-(?:" + _NUMBER_WORD + r"))?)"
)
#: A proportion written as a ratio: "nine in ten trains", "one in five homes", "3 out of
#: 10 voters", "one in every 500 users"; not "12 in 2 attacks" (more than the whole) nor
#: "2 in 10 minutes" or "two in 3:30" (a time).
_RATIO = re.compile(
    r"(?<![\w.,])(?P<part>" + _RATIO_TERM + r")\s+(?:in|out\s+of)\s+(?:every\s+|each\s+)?"
    r"(?P<whole>" + _RATIO_TERM + r")"
    r"(?![\w]|[.,:]\d)(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)


def _ratios(text: str) -> list[Quantity]:
    """Proportions written as ratios, as percentages: "nine in ten trains" is 90%.

    The two numbers are a share of a whole, not counts: "nine in ten trains from the
    town were cancelled" says nothing of how many trains, so neither 9 nor 10 may be
    weighed against "1,850 trains".
    """
    found = []
    for match in _RATIO.finditer(text):
        part = _ratio_term(match.group("part"))
        whole = _ratio_term(match.group("whole"))
        if part is None or not whole or part > whole:
            continue
        value = 100.0 * part / whole
        found.append(Quantity(Span(match.start(), match.end()), match.group(0), value, "%"))
    return found


def _ratio_term(raw: str) -> float | None:
    """The value of one number of a ratio, digits or number words."""
    return float(plain_digits(raw)) if raw[0].isdigit() else parse_number_words(raw)


def _fraction_shares(text: str) -> list[Quantity]:
    """Fractions of a share spelled out, as quantities of the share's unit.

    "a quarter of a percentage point" is 0.25 percentage point, "half a percent" 0.5%,
    "three quarters of a point" 0.75 point: a rate change is written so as often as in
    digits, and must be weighed against "0.5 percentage points" or "25 basis points".
    """
    found = []
    for match in _FRACTION_SHARE.finditer(text):
        if match.group("count") is None and len(match.group("join")) == 1:
            continue  # "the third quarter percent change": no "a quarter point"
        count = (match.group("count") or "a").lower()
        if match.group("part").lower() == "half" and count not in ("a", "an", "one"):
            continue  # "two half points" is no fraction of one
        times = 1.0 if count in ("a", "an", "one") else float(_UNITS_WORDS[count])
        part = _FRACTIONS[match.group("part").lower().removesuffix("s")]
        unit_words = " ".join(re.split(r"[\s-]+", match.group("unit").lower()))
        whole = _part_value(match.group("whole"))  # "one and a half points": 1.5
        if whole is None:
            continue
        value = whole + times * part
        if unit_words == "basis point":
            unit, value = "percentage point", value / 100.0
        elif unit_words in ("percent", "per cent"):
            unit = "%"
        else:
            unit = unit_words
        found.append(Quantity(Span(match.start(), match.end()), match.group(0), value, unit))
    return found


#: Adverbs that count times: "married twice" is "married two times".
_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(r"(?<![\w'’-])(?:once|twice|thrice)(?![\w'’-])", re.IGNORECASE)
#: Words after "twice" or "thrice" that make it a multiplier or a vague count: "twice as
#: many", "twice the size", "twice that", "once or twice", "twice over".
_NO_TIMES_AFTER = re.compile(
    r"\s*(?:as|the|that|than|more|over|again|or|its|his|her|their|a\s+size)\b", re.IGNORECASE
)
#: What may follow a "once" that counts: the end of its clause or a word of when or how
#: often ("married once before", "once in his career", "once a week" is no such word:
#: "was once a star" tells a former time).
_ONCE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:before|in|during|since|each|every|per|this|last|so\s+far)\b)",
    re.IGNORECASE,
)
#: Words before an adverb of times that make it no count: "at once", "for once", "once
#: or twice", "more than once".
_NO_TIMES_BEFORE = re.compile(r"\b(?:at|for|or|than|just|only\s+just)\s*$", re.IGNORECASE)


def _times_counts(text: str) -> list[Quantity]:
    """Counts of times written as adverbs, in ``time``: "twice" 2, "thrice" 3, "once" 1.

    "Vane married twice" and "Vane was married three times" give two counts of one
    thing; a multiplier ("twice as many", "twice the size"), a vague count ("once or
    twice") and a "once" of a former time or a condition ("was once a star", "once the
    fire was out", "at once") count nothing.
    """
    found = []
    for match in _TIMES_WORD.finditer(text):
        word = match.group(0).lower()
        if _NO_TIMES_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _NO_TIMES_AFTER.match(text, match.end()):
            continue
        if word == "once" and not _ONCE_AFTER.match(text, match.end()):
            continue
        span = Span(match.start(), match.end())
        found.append(Quantity(span, match.group(0), _TIMES_WORDS[word], _TIME))
    return found


def _is_money(text: str, end: int) -> bool:
    """True when a currency word follows the amount ending at ``end``."""
    return bool(_money_after(text, end))


def _money_after(text: str, end: int) -> str:
    """The unit of the currency word right after the amount ending at ``end``, else "".

    A currency word names the unit as a sign before the amount does: "2m euros" is two
    million euros, as "€2m" is.
    """
    found = _MONEY_AFTER.match(text, end)
    if found is None:
        return ""
    word = found.group("money").lower()
    return _CURRENCY_WORDS.get(singular(word), _CURRENCY_WORDS.get(word, word))


def _in_name(doc: Doc, start: int, end: int) -> bool:
    """True when a number is part of a name ("Boeing 737", "Apollo 11").

    A decimal number that opens the name is the recognizer's slip, not part of it:
    "0.95 Halvard shares for each Pemberton share" states a ratio. So is a number in
    lower-case words, since a name capitalizes its words ("Ocean's Eleven"): "hitting
    Gray eleven times" counts the times, whatever name the recognizer reads there.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(t.ent_type_ in _NAME_LABELS for t in span):
        return False
    opens = span[0].ent_iob_ == "B" and "." in span.text
    return not opens and not _in_small_letters(span.text)


def _in_small_letters(number: str) -> bool:
    """True for a number written in lower-case words: "eleven", "twenty-one"."""
    return number.islower() and not any(ch.isdigit() for ch in number)


#: "No. 12", "Nos. 3", "Number 8", "#4": a number after these names one thing of a series.
_NUMBER_SIGN = re.compile(r"(?:\b(?:No|Nos|Nr|Number|number)\.?|#)[ \t\u00a0]*$")
#: Nouns whose number, written after them, names one of a series: "week 16", "game 3",
#: "flight 93", "room 101", "page 5" (a grade is a scale, :data:`GRADE_SCALES`).
_LABEL_NOUNS = frozenset(
    {
        "week", "game", "round", "match", "leg", "heat", "race", "flight", "route",
        "highway", "interstate", "chapter", "article", "section", "clause", "page",
        "room", "gate", "seat", "row", "platform", "ward", "bed", "cell", "floor",
        "apartment", "suite", "unit", "block", "building", "pier", "terminal", "lane",
        "track", "exhibit", "juror", "witness", "episode", "volume", "issue", "item",
        "question", "district", "precinct", "station", "bus", "train", "car", "lot",
    }
)  # fmt: skip
#: The word right before a figure, with nothing but blanks between.
_LABEL_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t\u00a0]+$")


def _is_label(match: re.Match[str], text: str, doc: Doc | None) -> bool:
    """True for a number that names one of a series rather than counts: "Week 16".

    A count comes before what it counts; a number written after a noun that it
    depends on ("Week 16", "Juror No. 12", "Game 3", "Room 101", "Flight 93") is a
    name, like an ordinal: "Juror No. 12" and "Juror No. 8" are two jurors, not two
    values of one count. Only bare digits are read so; a grade ("Category 4"), an
    amount with a sign or a percentage keep their figure.
    """
    num = match.group("num")
    if not num[0].isdigit() or match.group("cur") or match.group("pct"):
        return False
    start, end = match.start("num"), match.end("num")
    if _labels_at(text, start, end, doc):
        return True
    listed = _LIST_BEFORE.search(text, max(0, start - _LIST_REACH), start)
    if listed is None or _counts_after(text, start, end, doc):
        return False
    return _labels_at(text, listed.start(), listed.end("first"), doc)


#: What may follow a figure that counts nothing after it: its clause ends or a list goes on.
_BARE_AFTER = re.compile(r"[ \t]*(?:[,;:.)!?]|$|(?:and|or)\b)")


def _counts_after(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """True when the figure at ``start:end`` counts a noun written after it.

    "Flight 93, 40 passengers": the 40 counts passengers, whatever named the 93.
    """
    if doc is None:
        return _BARE_AFTER.match(text, end) is None
    token = _token_at(doc, start, end)
    return token is None or token.head.i > token.i


#: A list of bare figures before another one: the "5.01, 6, and " of "Internet Explorer
#: 5.01, 6, and 7", the "6 and " of "Week 6 and 7"; ``first`` is its first figure.
_LIST_BEFORE = re.compile(
    r"(?<![\w.,])(?P<first>\d+(?:\.\d+)?)(?:[ \t]*,[ \t]*\d+(?:\.\d+)?)*"
    r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|or)[ \t]+)$"
)
#: How far back such a list is looked for, in characters.
_LIST_REACH = 40


def _labels_at(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """True for the bare digits at ``start:end`` written after a noun that they name.

    A figure later in a list that opens so names one of the series too: in "Internet
    Explorer 5.01, 6, and 7" or "Games 3 and 4" every figure is a version or a game.
    """
    if _NUMBER_SIGN.search(text, max(0, start - 10), start):
        return True
    found = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    if found is None or found.group(1).lower() in GRADE_SCALES:
        return False
    word = found.group(1)
    if doc is None:
        return word.lower() in _LABEL_NOUNS
    token = _token_at(doc, start, end)
    noun = doc[token.i - 1] if token is not None and token.i > 0 else None
    if token is None or noun is None or noun.text != word or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.tag_ not in ("NN", "NNP") or word.lower() in _CURRENCY_WORDS or measure(word.lower()):
        return False  # "Colts 31, Jaguars 24" is a score, "Rs 500" an amount
    named = word[0].isupper() and not noun.is_sent_start and not word.endswith("s")
    return token.head.i == noun.i and (named or noun.lemma_.lower() in _LABEL_NOUNS)


def _lone_one(match: re.Match[str], doc: Doc | None) -> bool:
    if match.group("num").lower() != "one" or match.group("pct") or match.group("cur"):
        return False
    if doc is None:
        return True
    token = _token_at(doc, match.start("num"), match.end("num"))
    return token is None or token.dep_ != "nummod"


#: The word "minus" right before a figure: "minus 20", "minus 17 degrees".
_MINUS = re.compile(r"\bminus" + _SPACE + r"+$", re.IGNORECASE)
#: A margin either way, not a sign: "plus or minus 3 points", "+/- 3".
_MARGIN = re.compile(
    r"(?:\bplus|\+)" + _SPACE + r"*(?:or|/)" + _SPACE + r"*minus" + _SPACE + r"+$", re.I
)
#: What a bare figure after it gives the degrees of: "temperatures were minus 20".
_TEMPERATURE_BEFORE = re.compile(
    r"\btemperatures?\b(?:" + _SPACE + r"+[\w'’]+){0,3}" + _SPACE + r"+$", re.IGNORECASE
)


def _minus_before(text: str, start: int) -> int | None:
    """Where a "minus" that makes the figure at ``start`` negative begins, else None.

    "minus 20", "minus 17 degrees": the word is the sign of the figure, as "-20" would
    be; "plus or minus 3 points" gives a margin either way, no sign.
    """
    before = text[max(0, start - 24) : start]
    found = _MINUS.search(before)
    if found is None or _MARGIN.search(before):
        return None
    return start - len(before) + found.start()


def _temperature_unit(text: str, start: int) -> str:
    """``degree`` for a bare signed figure that gives a temperature ("temperatures were minus 20").

    A figure below zero with no unit after it is a reading of a scale; after the word
    "temperature" it is one in degrees, as "minus 17 degrees" is.
    """
    return "degree" if _TEMPERATURE_BEFORE.search(text, max(0, start - 48), start) else ""


def _temperature_quantity(match: re.Match[str], text: str) -> Quantity | None:
    """The temperature a number match states with its scale, else None.

    Not money ("$5C"), a percentage or a scaled amount; a temperature is read even
    where the parser takes it for a name ("104F") and in four digits ("1200C" of lava).
    """
    groups = match.groupdict()
    if match.group("cur") or match.group("pct") or groups.get("scale") or groups.get("attached"):
        return None
    read = _temperature(text, match.start("num"), match.end("num"))
    if read is None:
        return None
    value = _value(match)
    if value is None:
        return None
    start, end, unit = read
    if start < match.start("num"):
        value = -value
    return Quantity(Span(start, end), text[start:end], value, unit)


#: Zeros alone ("000" of a thousands group cut from its number): a value no writer means.
_ZEROS = re.compile(r"00+")

#: Between the digit groups of a telephone number: a blank, a dot or a hyphen.
_PHONE_GAP = r"[ \t\u00a0.\-–]"
#: Telephone numbers, which are identifiers and no quantities: a national number opening
#: with its trunk 0 ("0800 555 111", "0845 125 2222", "020 7946 0958"), an international
#: one ("+44 20 7946 0958") and a North American one ("(212) 555-0100", "1-800-555-0199").
_PHONE = re.compile(
    r"(?<![\w.,+])(?:"
    r"\+\d{1,3}(?:" + _PHONE_GAP + r"?\(?\d{1,5}\)?){2,}"
    r"|\(?0\d{2,4}\)?(?:" + _PHONE_GAP + r"\d{2,8})+"
    r"|(?:1" + _PHONE_GAP + r")?(?:\(\d{3}\)[ \t]?|\d{3}[.\-])\d{3}[.\-]\d{4}"
    r")(?![\w,.]\d|\w)"
)
#: Words that give a telephone number after them: "call police on", "the hotline,".
_PHONE_CUE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|telephone|tel|hotline|helpline|dial(?:l?ed)?|"
    r"ring|fax|text|contact(?:ed|ing)?(?:\s+[\w'’-]+){0,4}\s+(?:on|at))\b[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
#: Digit groups set apart by blanks or hyphens, seven digits or more in all: "555 0199".
_CUED_PHONE = re.compile(r"\d{2,5}(?:" + _PHONE_GAP + r"\d{2,8})+(?![\w,.]\d|\w)")
_PHONE_DIGITS = 7
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:[ \t\u00a0]\d{3})+")


#: An emergency number spelled digit by digit: "9-1-1", "1-1-2".
_SPELLED_EMERGENCY = re.compile(r"(?<![\w.,-])(?:9-1-1|1-1-2|9\.1\.1)(?![\w-]|\.\d)")
#: The emergency numbers a report may name as the line called.
_EMERGENCY = r"(?:911|999|112|000)"
#: An emergency number after a verb of calling: "dialled 112", "called 911", "rang 999";
#: not a count of times ("the hotline was called 112 times").
_EMERGENCY_CALLED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|phon(?:e|es|ed|ing)|r[ai]ng|ringing|"
    r"contact(?:s|ed|ing)?)[ \t]+(?:the[ \t]+)?(?P<number>" + _EMERGENCY + r")(?![\w,.]\d|\w)"
    r"(?![ \t]+times\b)",
    re.IGNORECASE,
)
#: "911" before the call, its caller, dispatcher, operator, line or centre: "a 911 call",
#: "two 911 calls", "the 911 dispatcher". A count of calls is never 911; "112 calls"
#: and "999 calls" may be counts, so those need an article before them ("a 999 call").
_EMERGENCY_LINE = re.compile(
    r"(?:(?<![\w.,])911|\b(?:a|an|the)[ \t]+(?P<other>999|112|000))[ \t-]+"
    r"(?:call(?:s|ers?)?|dispatch\w*|operators?|line|emergency|cent(?:er|re)s?|system|"
    r"services?|tapes?|recordings?)\b",
    re.IGNORECASE,
)


def emergency_numbers(text: str) -> list[Span]:
    """The spans of emergency numbers named as the line called: no counts.

    "A 9-1-1 call", "a 911 dispatcher" and "she dialled 112" name a telephone line; read
    as counts they would rival real figures ("1 call", "112" of nothing).
    """
    found = [Span(m.start(), m.end()) for m in _SPELLED_EMERGENCY.finditer(text)]
    for match in _EMERGENCY_CALLED.finditer(text):
        found.append(Span(match.start("number"), match.end("number")))
    for match in _EMERGENCY_LINE.finditer(text):
        group = "other" if match.group("other") else 0
        start = match.start(group)
        found.append(Span(start, start + 3))
    return found


def phone_numbers(text: str) -> list[Span]:
    """The spans of the telephone numbers of ``text``: identifiers, never counted.

    A number opening with a trunk 0 or a country code, or in the North American
    pattern, is one wherever it stands; any run of digit groups of seven digits or more
    is one after a word that gives a telephone number ("call police on 555 0199").
    """
    found = [Span(m.start(), m.end()) for m in _PHONE.finditer(text)]
    for match in _CUED_PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        span = Span(match.start(), match.end())
        if digits < _PHONE_DIGITS or any(span.overlaps(f) for f in found):
            continue
        if _THOUSANDS_GROUPS.fullmatch(match.group()):
            continue  # "1 200 000" sets off thousands
        if _PHONE_CUE.search(text, max(0, match.start() - 80), match.start()):
            found.append(span)
    return found


#: A half added to a whole number: "four and a half months", "three-and-a-half", "4½".
_AND_A_HALF = re.compile(r"(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b(?!-)")
#: Fractions printed as one sign after a whole number: "4½", "2 ¾".
_FRACTION_SIGNS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}
_FRACTION_SIGN = re.compile(r"[ \t\u00a0]?(?P<sign>[" + "".join(_FRACTION_SIGNS) + r"])")
#: A simple fraction after a whole number, past a blank or a hyphen: "2 1/2 years",
#: "a 2-1/2 year sentence", "5 3/4 inches"; not a date or a further slash ("1/2/2024").
_SLASHED_FRACTION = re.compile(
    r"(?:[ \t\u00a0]+|-)(?P<top>\d)/(?P<bottom>\d{1,2})(?![\d/]|[.,:]\d)"
)
#: The denominators of a fraction written after a whole number.
_PART_BOTTOMS = frozenset({2, 3, 4, 8, 16})


def _part_after(match: re.Match[str], text: str) -> tuple[int, float]:
    """Where a fraction added to a whole number ends, and its value; (0, 0.0) if none.

    "four and a half months" is 4.5 months and "2 1/2 years" 2.5 years, not four and two:
    read as the whole number, they would agree with "four months" and "2 years" and
    contradict "4.5 months". A share, a scaled or a decimal figure takes no fraction
    ("4.5 and a half" is no number), and only digits take one in digits.
    """
    num = match.group("num")
    groups = match.groupdict()
    if match.group("pct") or groups.get("scale") or groups.get("attached") or "." in num:
        return 0, 0.0
    end = match.end()
    half = _AND_A_HALF.match(text, end)
    if half is not None:
        return half.end(), 0.5
    sign = _FRACTION_SIGN.match(text, end)
    if sign is not None:
        return sign.end(), _FRACTION_SIGNS[sign.group("sign")]
    slashed = _SLASHED_FRACTION.match(text, end) if num[-1].isdigit() else None
    if slashed is None:
        return 0, 0.0
    top, bottom = int(slashed.group("top")), int(slashed.group("bottom"))
    if bottom not in _PART_BOTTOMS or not 0 < top < bottom:
        return 0, 0.0
    return slashed.end(), top / bottom


def find_quantities(
    doc_or_text: Doc | str,
    article: Article,
    dates: Sequence[DateMention] | None = None,
) -> tuple[Quantity, ...]:
    """Return the quantities of ``article.text`` in text order (see the module docstring).

    Args:
        doc_or_text: the parse of ``article.text`` (better units, names excluded) or the
            text itself.
        article: the article; its text is what spans point into.
        dates: the article's date mentions, when already found; numbers inside them are
            not quantities. Found here when None.
    """
    doc = doc_or_text if isinstance(doc_or_text, Doc) else None
    text = article.text
    if doc is not None:
        check_doc(doc, article)
    elif doc_or_text != text:
        raise ValueError(f"the text does not match the text of article {article.id}")
    if dates is None:
        dates = find_dates(doc_or_text, article)
    phones = phone_numbers(text) + emergency_numbers(text)
    blocked = [d.span for d in dates] + phones
    blocked.extend(Span(m.start(), m.end()) for m in _CLOCK.finditer(text))
    found: list[Quantity] = []
    held = [d.span for d in dates] + phones
    for q in (
        *_durations(text),
        *_calendar_durations(text),
        *_heights(text),
        *_fraction_shares(text),
        *_fractions_of(text),
        *_ratios(text),
        *_times_counts(text),
    ):
        # the first reading of a stretch of text holds it: "in 3:30 in 1,200" is a time
        if not any(q.span.overlaps(span) for span in held):
            found.append(q)
            held.append(q.span)
    clocks = [q for q in _clock_times(text) if not any(q.span.overlaps(f.span) for f in found)]
    found.extend(clocks)
    blocked.extend(q.span for q in clocks)
    found.extend(
        q for q in _vague_amounts(text, doc) if not any(q.span.overlaps(b) for b in blocked)
    )
    taken: list[Span] = [q.span for q in found]
    for pattern in (_DIGITS, _WORDS):
        for match in pattern.finditer(text):
            temperature = _temperature_quantity(match, text)
            if temperature is not None:
                if not any(temperature.span.overlaps(o) for o in blocked + taken):
                    taken.append(temperature.span)
                    found.append(temperature)
                continue
            half, part = _part_after(match, text)
            span = Span(match.start(), half or match.end())
            if any(span.overlaps(other) for other in blocked + taken):
                continue
            if not _boundaries_ok(text, match.start(), span.end):
                continue
            num = match.group("num")
            if (
                re.fullmatch(r"\d{4}", num)
                and not match.group("cur")
                and not is_year_count(text, match.start("num"), match.end("num"))
            ):
                continue
            if _lone_one(match, doc) or _is_label(match, text, doc) or _ZEROS.fullmatch(num):
                continue
            if (
                doc is not None
                and _in_name(doc, match.start("num"), match.end("num"))
                and not _is_money(text, match.end())
            ):
                continue
            value = _value(match)
            if value is None:
                continue
            unit = _unit(match, text, doc)
            if half:
                value += part
                unit = unit or _next_word_unit(text, half)
            minus = _minus_before(text, span.start)
            if minus is not None and not any(Span(minus, span.start).overlaps(t) for t in taken):
                span, value = Span(minus, span.end), -value
                unit = unit or _temperature_unit(text, minus)
            taken.append(span)
            found.append(Quantity(span, text[span.start : span.end], value, unit))
    if doc is not None:
        victims = _single_victims(doc) + _no_deaths(doc)
        found.extend(q for q in victims if not any(q.span.overlaps(t) for t in taken))
        found.extend(q for q in _one_more(doc, found) if not any(q.span.overlaps(t) for t in taken))
        found = _summed_parts(doc, found)
    return tuple(_elided_units(_range_scales(found, text), text))


#: Verbs whose passive subject is counted by a toll: "a firefighter was injured".
_HARMED = frozenset(
    {"kill", "injure", "hurt", "wound", "arrest", "detain", "rescue", "hospitalize", "hospitalise"}
)


def written_figure(quantity: Quantity) -> bool:
    """False for the "a" of "a firefighter was injured": a count, not a figure written.

    Such a count is weighed in conflicts but gives claims no figure to be aligned on.
    """
    written = quantity.text.casefold()
    return written not in _UNWRITTEN and _ONE_MORE_WRITTEN.fullmatch(written) is None


#: Words read as a count of a toll, not written as a figure: "a" man died, "no" deaths
#: (and one more: "another", "a third"; :data:`_ONE_MORE_WRITTEN`).
_UNWRITTEN = frozenset({"a", "an", "no", "nobody", "no one"})
#: Nouns of the dead ("no deaths were reported") and verbs of dying ("no one was killed").
_DEATHS = frozenset({"death", "fatality"})
_DYING = frozenset({"die", "kill"})


def _no_deaths(doc: Doc) -> list[Quantity]:
    """A toll of none: "no deaths have been reported", "no one was killed", "nobody died".

    Its figure is 0 of the dead, so a later "two people died" is weighed against it (a
    toll that rose) and "one person has died" against a later "no deaths have been
    caused by the fire" (a retraction). A denial of a single death ("a man did not die")
    is read by :func:`_single_victims`.
    """
    found = []
    for token in doc:
        lower = token.lower_
        if lower == "no" and token.dep_ == "det" and token.head.lemma_.lower() in _DEATHS:
            span = Span(token.idx, token.idx + len(token))
        elif lower in ("nobody", "one") and token.dep_ in ("nsubj", "nsubjpass"):
            start = token.i - 1 if lower == "one" else token.i
            if lower == "one" and (start < 0 or doc[start].lower_ != "no"):
                continue
            verb = token.head
            if verb.lemma_.lower() not in _DYING or any(c.dep_ == "neg" for c in verb.children):
                continue
            span = Span(doc[start].idx, token.idx + len(token))
        else:
            continue
        found.append(Quantity(span, doc.text[span.start : span.end], 0.0, "dead"))
    return found


def _single_victims(doc: Doc) -> list[Quantity]:
    """One person a toll counts, named with "a": "a firefighter was injured", "a man died".

    Its figure is 1, so "two firefighters were injured" elsewhere disagrees with it;
    only the subject of a verb of harm or arrest (passive) or of "die" counts, so "a
    spokesman said" is no figure. One who died counts the dead, whatever else the
    sentence says of them: "a worker injured in the blast has died" is one death, not
    a count of injured workers. One the sentence says was not harmed counts nobody: "a
    man found dead did not die because of the fire" is no death of the fire. One the
    sentence adds to others ("a court officer was also killed", "... and an off-duty
    officer the next day") is no toll at all (:func:`_one_of_more`).
    """
    found = []
    for token in doc:
        if token.dep_ != "det" or token.lower_ not in ("a", "an"):
            continue
        noun, verb = token.head, token.head.head
        if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(child.dep_ == "neg" for child in verb.children):
            continue
        harmed = noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _HARMED
        died = noun.dep_ == "nsubj" and verb.lemma_.lower() == "die"
        if (not harmed and not died) or _one_of_more(noun, verb) or _of_counted(noun):
            continue
        span = Span(token.idx, token.idx + len(token))
        found.append(Quantity(span, token.text, 1.0, "dead" if died else _word(noun.lemma_)))
    return found


def _of_counted(noun: Token) -> bool:
    """True for a noun of a count of others: "a total of 12 people", "a group of five hikers".

    The "a" of such a noun counts one total or group, not one victim.
    """
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in child.children
        )
        for child in noun.children
    )


#: Verbs whose coordinated subjects or objects add up to one toll: "two women and one
#: man died", "the blast killed three soldiers and a civilian".
_TOLL_VERBS = _HARMED | {"die"}
#: Roles of the counted parts to the verb of the toll.
_TOLL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Words that count a single part of a toll: "and a child", "and one man".
_SINGLE = frozenset({"a", "an", "one"})


def _part_count(noun: Token, found: Sequence[Quantity]) -> Quantity | None:
    """The count of one coordinated noun ("two women"), read or implied by "a", else None."""
    for child in noun.children:
        if child.i >= noun.i:
            break
        if child.dep_ == "nummod":
            counted = [q for q in found if q.span.start <= child.idx < q.span.end]
            return counted[0] if len(counted) == 1 else None
        if child.dep_ == "det" and child.lower_ in _SINGLE:
            span = Span(child.idx, child.idx + len(child))
            return Quantity(span, child.text, 1.0, _word(noun.lemma_))
    return None


def _coordinated_nouns(noun: Token) -> list[Token]:
    """The noun and the nouns "and" coordinates with it: "two women and one man".

    A noun the parser joins to the verb instead ("killing two guards and at least four
    other people", "people" a conjunct of "killing") is coordinated with an
    object after the verb too; after a subject it tells of another act ("a guard was
    killed at the gate and a deputy the following week").
    """
    nouns = [noun]
    after_verb = noun.i > noun.head.i
    misplaced = [c for c in noun.head.children if c.dep_ == "conj" and after_verb]
    for conj in sorted({*noun.conjuncts, *misplaced}, key=lambda t: t.i):
        if conj.i > noun.i and conj.pos_ == "NOUN":
            nouns.append(conj)
    joined = any(t.lower_ == "and" for t in noun.doc[noun.i : nouns[-1].i])
    return (
        nouns
        if joined and not any(t.lower_ == "or" for t in noun.doc[noun.i : nouns[-1].i])
        else [noun]
    )


#: Nouns of people in general: a list after one of them names who they were ("two
#: people, a man and his son"), not more of them.
_GENERAL_VICTIMS = frozenset({"people", "person", "victim", "casualty"})
#: Endings of the reflexive pronouns: "... a guard and themselves".
_REFLEXIVE = ("self", "selves")


def _listed_nouns(noun: Token) -> list[Token]:
    """The items of a list "A, B and C" whose second item the parser took for an apposition.

    spaCy often attaches "a guard" of "killed nine shoppers, a guard and a cashier" to
    "shoppers" as an apposition, and "a cashier" to "a guard": three parts of one toll.
    A reflexive item ("nine shoppers, a guard and themselves") is the subject, who is
    no part of the count of those it acted on: it is left out. When the words after the
    comma are no list joined by "and", only ``noun`` is returned.
    """
    appositions = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if len(appositions) != 1:
        return [noun]
    first = appositions[0]
    items = [first, *(c for c in first.conjuncts if c.i > first.i)]
    between = [t.lower_ for t in noun.doc[first.i : items[-1].i]]
    if len(items) < 2 or "and" not in between or "or" in between:
        return [noun]
    items = [t for t in items if not (t.pos_ == "PRON" and t.lower_.endswith(_REFLEXIVE))]
    return [noun] if any(t.pos_ != "NOUN" for t in items) else [noun, *items]


def _names_who(nouns: Sequence[Token], found: Sequence[Quantity]) -> bool:
    """True when the nouns after a comma name who the first noun's count were, adding no one.

    "Two people, a man and his son" (after a noun of people in general) and "three
    children, a girl and two boys" (whose counts add up to the first's) break one count
    down; "nine shoppers, a guard and a cashier" adds two to it.
    """
    first = nouns[0]
    if first.i + 1 >= len(first.doc) or first.doc[first.i + 1].text != ",":
        return False
    if _word(first.lemma_) in _GENERAL_VICTIMS:
        return True
    head = _part_count(first, found)
    counts = [_part_count(t, found) for t in nouns[1:]]
    return head is not None and all(counts) and sum(c.value for c in counts if c) == head.value


def _summed_parts(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """Add up the counts of parts of one toll joined by "and" (see :data:`_TOLL_VERBS`).

    "Two women and one man died" is three dead: each part alone is no toll, and read
    so it disagrees with "three people died". The sum replaces the parts' counts; its
    unit is the parts' noun when they share one, else ``people``. A list read as an
    apposition is summed too (:func:`_listed_nouns`); nouns that name who a count
    were are no parts of it (:func:`_names_who`).
    """
    for noun in doc:
        if noun.dep_ not in _TOLL_ROLES or noun.pos_ != "NOUN":
            continue
        if noun.head.lemma_.lower() not in _TOLL_VERBS:
            continue
        nouns = _coordinated_nouns(noun)
        if len(nouns) == 1:
            nouns = _listed_nouns(noun)
        if len(nouns) > 1 and _names_who(nouns, found):
            continue
        parts = [_part_count(n, found) for n in nouns]
        if len(nouns) < 2 or any(p is None for p in parts):
            continue
        counts = [p for p in parts if p is not None]
        start, end = counts[0].span.start, nouns[-1].idx + len(nouns[-1])
        units = {_word(n.lemma_) for n in nouns}
        unit = units.pop() if len(units) == 1 else "people"
        total = Quantity(Span(start, end), doc.text[start:end], sum(p.value for p in counts), unit)
        found = [q for q in found if not q.span.overlaps(total.span)] + [total]
    return sorted(found, key=lambda q: q.span.start)


#: Adverbs that add the one they bear on to others: "a guard was also killed".
_ADDITIVE = frozenset({"also", "too", "likewise", "additionally"})


def _one_of_more(noun: Token, verb: Token) -> bool:
    """True when one victim named with "a" is one of several, so no toll of one.

    "A court officer was also killed" adds a death to others told before; "a guard was
    killed and an officer the next day" names a second victim of the same verb. Either
    way "a" gives no total to weigh against "four people were killed".
    """
    if any(c.dep_ == "advmod" and c.lower_ in _ADDITIVE for c in verb.children):
        return True
    words = [t.lower_ for t in verb.sent]
    if any(pair == ("as", "well") for pair in pairwise(words)):
        return True  # "a guard was killed as well"
    others = [c for c in (*verb.children, *noun.children) if c.dep_ == "conj"]
    return any(c.pos_ in ("NOUN", "PROPN", "PRON") for c in others)


#: Ordinals that, after "a" and with no noun, count one more of a kind counted before
#: them: "killing two workers and wounding a third".
_NEXT_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
#: How one more is written: "another", "a third", "an eighth".
_ONE_MORE_WRITTEN = re.compile(r"another|an?\s+(?:" + "|".join(sorted(_NEXT_ORDINALS)) + ")")
#: Roles of one more, or of "others", to the verb that counts them: "wounding a third",
#: "a third was wounded", "injuring two others".
_ONE_MORE_ROLES = frozenset({"dobj", "nsubjpass"})
#: Verbs whose objects a count of their state counts: a toll's verbs and those of people
#: moved from their homes.
_STATE_VERBS = _HARMED | {"evacuate", "displace"}
#: The states of those verbs not written as their participle in "-ed".
_STATE_OF_VERB = {"kill": "dead", "hurt": "hurt"}


def _verb_state(verb: Token) -> str:
    """The state a verb of harm leaves those it counts in: "wounding" -> ``wounded``, else "".

    The dead for "kill", as a toll counts them; else the verb's participle ("injured",
    "arrested", "evacuated"), the word a count of the state is named by ("40 injured").
    """
    lemma = verb.lemma_.lower()
    if lemma not in _STATE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return ""
    return _STATE_OF_VERB.get(lemma) or lemma + ("d" if lemma.endswith("e") else "ed")


def _others_state(noun: Token) -> str:
    """The state a count of "others" is counted by: "wounding two others" -> ``wounded``.

    "Others" names no kind of its own: the verb of harm it is the object (or the passive
    subject) of tells which count it belongs to, as for a noun-less "a third".
    """
    if _word(noun.lemma_) != "other" or noun.dep_ not in _ONE_MORE_ROLES:
        return ""
    return _verb_state(noun.head)


def _one_more_start(token: Token) -> Token | None:
    """The first word of one more written with no noun ("a" of "a third", "another"), else None.

    An ordinal with a noun ("a third term", "for a third time"), of something ("a third
    of the budget"), after "the" ("the third quarter") or in a compound ("third-largest")
    is a rank or a share, not a count.
    """
    lower = token.lower_
    if lower != "another" and (lower not in _NEXT_ORDINALS or token.i == 0):
        return None
    if token.dep_ not in _ONE_MORE_ROLES or any(c.dep_ != "det" for c in token.children):
        return None
    if lower == "another":
        return token
    article = token.doc[token.i - 1]
    return article if article.lower_ in ("a", "an") and article.head.i == token.i else None


def _counted_before(token: Token, verb: Token, found: Sequence[Quantity]) -> bool:
    """True when the sentence counts a noun before ``token`` by a verb other than ``verb``.

    "Killing two workers and wounding a third": the third is one more of the workers,
    and the count it makes is of the wounded. When the count before is of the same verb
    ("shot two guards and then shot a third") one more adds to that count: none of its own.
    """
    start, end = token.sent.start_char, token.idx
    before = [q for q in found if start <= q.span.start and q.span.end <= end]
    verbs = set()
    for quantity in before:
        if not _counts_noun(quantity.unit):
            continue
        number = _token_at(token.doc, quantity.span.start, quantity.span.end)
        noun = number.head if number is not None and number.dep_ == "nummod" else number
        verbs.add(noun.head.lemma_.lower() if noun is not None else "")
    return bool(verbs) and verb.lemma_.lower() not in verbs


def _one_more(doc: Doc, found: Sequence[Quantity]) -> list[Quantity]:
    """One more of a kind counted before, as a count of one by its verb's state.

    "Killing two workers and critically wounding a third" and "one man was killed and
    another was wounded" each count one wounded; "wounding two others" counts two (see
    :func:`_others_state`). Only the object or passive subject of a verb of harm, arrest,
    rescue or evacuation (:data:`_STATE_VERBS`) counts so, after a count of a noun in the
    same sentence (:func:`_counted_before`).
    """
    more = []
    for token in doc:
        first = _one_more_start(token)
        if first is None:
            continue
        state = _verb_state(token.head)
        if not state or not _counted_before(first, token.head, found):
            continue
        span = Span(first.idx, token.idx + len(token))
        more.append(Quantity(span, doc.text[span.start : span.end], 1.0, state))
    return more

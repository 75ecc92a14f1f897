"""Date expressions normalized to inclusive intervals of calendar days.

Absolute dates ("November 16, 2025", "21 November 2025", "2025-11-16", "March
2024", "in 1991", "the 1990s") need no anchor. Everything else is resolved against
the article's publication day (the anchor), following news conventions:

- a day and month without a year ("Nov. 21", "21 November") and a bare month ("in
  March") take the occurrence nearest the anchor, where a day after the anchor counts
  twice as far as a day before it (news reports mostly look back); but a bare month
  in a forward-looking context ("will", "due to", "expected to", "scheduled for",
  "is to", "may", or "until"/"by"/"from" with a verb not in the past) is its next occurrence,
  the anchor's own month counting as this year's ("due to open in September"), and
  in a clause told in the past ("a quake hit the town in February") it is the latest
  one up to the anchor's own month: what has happened is not in the months ahead;
- a weekday ("Sunday", "on Tuesday") is the latest such day on or before the anchor, or,
  in the same forward-looking contexts as a bare month ("will be announced on
  Wednesday", "is expected on Wednesday", "we expect to finish on Wednesday", "may
  resume on Friday", "by Wednesday"), the next one on or after it; "was expected on
  Wednesday" looks back (unless a verb of speech reports it: "said its results were
  expected on Wednesday"), and so does a day that dates a measurement ("a premium to the
  closing price on Friday", "Friday's close": a price, close, level, figure, rate, value
  or reading is one already taken), whatever the verb; "will hold a vote on Friday"
  stays forward, the vote being the event; "last Tuesday" is strictly before, "next
  Tuesday" strictly after, "this Tuesday" in the anchor's week; the day a verb sets or
  moves something to ("set sentencing for Thursday", "adjourned the case to Monday")
  is ahead, whatever the verb's tense, and so is a weekday something is called or meant
  for ("called a strike for Friday", not "the figure for Friday") or one a "when"
  clause right after it puts ahead ("Friday, when parliament is due to vote"); a plan a
  speaker reports
  in the past tense ("said it expected to restore supply by Saturday") looks forward
  too; a weekday listed after another ("on Wednesday and Thursday", "from Monday to
  Friday") is the next such day on or after the one before it, a list naming days in
  their order;
- weeks run Monday to Sunday: "last week" is the week before the anchor's week; on a
  Sunday "this week" of an act ahead ("is expected to return this week") is the coming
  week, of a past act the week ending, else both (many count weeks from Sunday);
- "three days ago" is that day, but a count of weeks, months or years is rounded to
  its unit: "four years ago" is the year around the day four years back (six months
  either side), "two months ago" a month and "three weeks ago" a week, never past the
  anchor;
- "the week of <date>" is the seven days from that date;
- quarters and halves of a year ("the first quarter of 2027", "the 3rd quarter 2026",
  "Q1 2027", "Q3 of 2026", "the second half of 2027", "H1 2027", "the first half of
  next year") are their three or six months; after "fiscal" ("fiscal third quarter of
  2027", whose months are the company's) they are no date, and a fiscal one leaves its
  year alone; without a year ("in the third quarter", which may be a game's) they are no
  date either, except "the first quarter"/"the second half" after a time preposition
  ("in", "by", "during", ...) in a forward-looking context ("is expected to approve it
  in the first quarter"): that is the next such part of a year, the anchor's own
  counting ("the fourth quarter" written in November is this year's, "the first
  quarter" next year's);
- "the end of the year" (also "the beginning/start/middle of the year", "end of year")
  takes "the year" as the anchor's, like "the end of this year"; "by year-end" and
  "before the year's end" are the end of the anchor's year ("at year-end 2025" of
  2025); a bare "the year" ("the year's best") is no date;
- "early", "mid" and "late" (and "the beginning/start/middle/end of") keep the first,
  middle or last third of an interval, rounded up to whole days, so "late in the week
  of November 16" is November 20-22, "early November" is November 1-10 and "the end of
  the year" is September to December (where "later this year" runs from the anchor to
  December 31).

Without an anchor the relative expressions are still found, with ``start`` and
``end`` None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Token

from ..model import Article, DateMention, Span
from .cues import NOMINAL_CUES, REPORTING_VERBS
from .nlp import check_doc

__all__ = ["find_dates", "is_year_count", "named_weekday", "narrow"]


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of ``words`` (keeps long word lists readable)."""
    return frozenset(words.split())


Interval = tuple[date | None, date | None]
_NONE: Interval = (None, None)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: index
    for index, name in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
}
_NUMBER_NAMES = "zero one two three four five six seven eight nine ten eleven twelve"
_SMALL_NUMBERS = {word: value for value, word in enumerate(_NUMBER_NAMES.split())}
_SMALL_NUMBERS.update({"a": 1, "an": 1})

_FULL_MONTHS = [m for m in _MONTHS if len(m) > 4 or m in ("May", "June", "July")]
_SHORT_MONTHS = [m for m in _MONTHS if m not in _FULL_MONTHS]
_MONTH = (
    r"(?P<month>(?:"
    + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
    + r")\b|(?:"
    + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
    + r")\b\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_DAY2 = r"(?:\s*[-–]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)\b"
_BEFORE = r"(?<![\w$£€¥/.:-])"
_MONTH_CUES = _wordset(
    "in since until till by during through from before after early late mid of last next this for"
)
_YEAR_DETERMINERS = _wordset(
    "the this that its their his her our my your a an in since until till by during "
    "from before after of early late mid"
)
#: A past verb of saying right before a date: "said on Friday it will ...", "announced
#: Tuesday" date the saying, whatever the parse attaches the date to ("will be
#: announced on Friday" is no past saying).
_SAID_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:said|told\s+\w+|announced|stated|added|reported|confirmed|wrote)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
#: Modal auxiliaries that look forward unless a perfect follows ("may have opened").
_MAY = _wordset("may might")
#: Words whose complement is planned: "due to open", "scheduled for", "set to".
_PLANNED = _wordset("due expect schedule set slate plan intend aim")
#: Verbs of a plan or a forecast held now: "we expect a count on Monday", "plans a vote on
#: Friday" (present "set" or "schedule" may tell of a habit or of the past).
_PLANNING = _wordset("expect plan intend aim")
#: Verbs that fix the day something is to happen: "set sentencing for Thursday",
#: "scheduled a hearing for Friday". The day they name lies ahead of the fixing, whatever
#: the tense; a month after "for" may be a period measured ("set a record for March").
_SETTING = _wordset("set fix schedule reschedule slate")
#: Verbs that move it to another day: "adjourned the case to Monday", "postponed the vote
#: until Friday", "brought the hearing forward to Friday".
_MOVING = _wordset("reschedule move adjourn postpone defer delay push bring")
#: Particles of a setting or moving verb that keep its sense ("set up", "push back").
_SCHEDULING_PARTICLES = _wordset("up back forward")
_WORDS_BEFORE_DATE = r"(?:\s+(?!(?:on|in|at|by|since|after|before)\b)[\w'’-]+){0,4}?"
_SCHEDULED_TEXT = re.compile(
    r"(?:(?<!\bwas\s)(?<!\bwere\s)\b(?:set|fixed|(?:re)?scheduled|slated)"
    + _WORDS_BEFORE_DATE
    + r"\s+for|\b(?:moved|adjourned|postponed|deferred|delayed|(?:pushed|brought)"
    + _WORDS_BEFORE_DATE
    + r"\s+(?:back|forward))"
    + _WORDS_BEFORE_DATE
    + r"\s+(?:to|until|till))\s+$",
    re.IGNORECASE,
)
"""The same for plain text: a verb of setting, at most four words and "for" (a weekday
only), or a verb of moving, at most four words and "to", "until" or "till"."""
_DUE_VERBS = sorted(
    _wordset(
        """be open start begin close end take stand arrive launch resume reopen hold meet face
        appear return finish complete expire retire vote sign testify deliver release hear
        rule decide"""
    )
)
_FORWARD_TEXT = re.compile(
    r"(?:(?<!\bwas\s)(?<!\bwere\s)"
    r"\b(?:will|shall|due\s+(?:to\s+(?:" + "|".join(_DUE_VERBS) + r")|in|on|by|for)|"
    r"expect(?:s|ed|ing)?|scheduled|slated|set\s+to|plans?\s+to|planned|"
    r"planning|(?:is|are)\s+to|going\s+to|(?-i:may|might)(?!\s+have\b))\b|\w['’]ll\b)",
    re.IGNORECASE,
)
"""Forward-looking words for plain text: "due" only as "due to open" or "due in", never
"due to flooding"; none right after "was"/"were" ("was expected on Wednesday")."""
_IRREGULAR_PLURALS = _wordset(
    "people men women children feet teeth mice geese police personnel staff cattle"
)
_MAGNITUDES = r"(?:%|percent|per\s+cent|thousand|million|billion|trillion|bn|mn|m\b|k\b)"

_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?P<short>early|late|mid)(?:-|\s+(?:in\s+)?)"
    r"|\b(?:at\s+)?(?:the\s+)?(?P<long>beginning|start|middle|end)\s+of\s+)$",
    re.IGNORECASE,
)
_MODIFIER_PART = {
    "early": 0,
    "beginning": 0,
    "start": 0,
    "mid": 1,
    "middle": 1,
    "late": 2,
    "end": 2,
}

_Handler = Callable[[re.Match[str], str, date | None, Doc | None], Interval | None]


def narrow(start: date, end: date, part: int) -> tuple[date, date]:
    """Keep the first (0), middle (1) or last (2) third of ``[start, end]``, in days."""
    days = (end - start).days + 1
    size = -(-days // 3)
    offset = (0, (days - size) // 2, days - size)[part]
    first = start + timedelta(days=offset)
    return first, first + timedelta(days=size - 1)


def is_year_count(text: str, start: int, end: int) -> bool:
    """True when the four digits ``text[start:end]`` count things rather than name a year.

    They count when a magnitude or percent follows, a currency sign precedes, or a
    plural lower-case noun follows without a determiner or time preposition before
    ("killed 2000 people", but "the 2024 elections", "in 2024").
    """
    before = text[max(0, start - 20) : start]
    after = text[end : end + 30]
    if re.match(r"\s*" + _MAGNITUDES, after, re.IGNORECASE) or re.search(r"[$£€¥]\s*$", before):
        return True
    plural = re.match(r"\s+([a-z]+)", after)
    if plural is None:
        return False
    noun = plural.group(1)
    regular = noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    if not regular and noun not in _IRREGULAR_PLURALS:
        return False
    previous = re.search(r"([A-Za-z]+)\W*$", before)
    return previous is None or previous.group(1).lower() not in _YEAR_DETERMINERS


def _month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _nearest(candidates: list[tuple[date, date]], anchor: date) -> tuple[date, date]:
    def cost(interval: tuple[date, date]) -> int:
        first, last = interval
        if last < anchor:
            return (anchor - last).days
        if first > anchor:
            return 2 * (first - anchor).days
        return 0

    return min(candidates, key=cost)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(match: re.Match[str], anchor: date | None) -> Interval | None:
    month = _MONTHS[match.group("month").rstrip(".")]
    day = int(match.group("day"))
    groups = match.groupdict()
    day2 = int(groups["day2"]) if groups.get("day2") else day
    if not 1 <= day <= day2 <= 31:
        return None
    if match.group("year"):
        years = [int(match.group("year"))]
    elif anchor is None:
        return _NONE if _safe_date(2000, month, day2) else None
    else:
        years = [anchor.year - 1, anchor.year, anchor.year + 1]
    options: list[tuple[date, date]] = []
    for year in years:
        first, last = _safe_date(year, month, day), _safe_date(year, month, day2)
        if first is not None and last is not None:
            options.append((first, last))
    if not options:
        return None
    return options[0] if len(options) == 1 or anchor is None else _nearest(options, anchor)


def _on_month_day(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    return _day_month(m, a)


def _on_week_of(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    interval = _day_month(m, a)
    if interval is None or interval[0] is None:
        return interval
    return interval[0], interval[0] + timedelta(days=6)


def _on_iso(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    found = _safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
    return None if found is None else (found, found)


def _on_slash(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    first, second, year = int(m.group("m")), int(m.group("d")), int(m.group("year"))
    # Month first (US style) unless that is impossible.
    found = _safe_date(year, first, second) or _safe_date(year, second, first)
    return None if found is None else (found, found)


def _on_month_year(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval:
    return _month_interval(int(m.group("year")), _MONTHS[m.group("month").rstrip(".")])


def _on_bare_month(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    cue = (m.group("cue") or "").lower()
    if not cue:
        previous = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, m.start() - 20) : m.start()])
        if previous is None or previous.group(1).lower() not in _MONTH_CUES:
            return None
        if previous.group(1).lower() == "for" and m.group("month") == "May":
            return None  # "voted for May" names a person
    if a is None:
        return _NONE
    month = _MONTHS[m.group("month").rstrip(".")]
    options = [_month_interval(year, month) for year in (a.year - 1, a.year, a.year + 1)]
    current = date(a.year, a.month, 1)
    if cue == "last":
        return max(o for o in options if o[0] < current)
    if cue == "next":
        return min(o for o in options if o[0] > current)
    if cue == "this":
        return options[1]
    if _looks_forward(d, text, m.start("month")):
        return options[1] if month >= a.month else options[2]
    if _told_as_past(d, text, m.start("month")):
        return max(o for o in options if o[0] <= current)
    return _nearest(options, a)


def _governing_verbs(doc: Doc, start: int) -> list[Token]:
    """The verb or auxiliary governing the token at ``start`` and what it complements.

    "is due to open in September" gives open, due and is; "is expected to reopen"
    gives reopen and expected.
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    token = span[0]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    chain = [token]
    while token.dep_ in ("xcomp", "acomp") and token.head.i != token.i and len(chain) < 4:
        token = token.head
        chain.append(token)
    return chain


#: Nouns of a value observed at a time: "the closing price on Friday", "Friday's close".
_MEASUREMENTS = _wordset("price close level figure rate value reading high low valuation")
_MEASURED_ON_TEXT = re.compile(
    r"(?:\b(?:price|level|figure|rate|value|reading|valuation)s?"
    r"|(?:\b(?:the|its|their|a)|['’]s|\bclosing|\bopening)\s+close)\s+on\s+$",
    re.IGNORECASE,
)
_MEASURED_POSSESSIVE_TEXT = re.compile(
    r"['’]s\s+(?:(?:closing|opening|record)\s+)?"
    r"(?:price|close|level|figure|rate|value|reading|high|low|valuation)s?\b",
    re.IGNORECASE,
)


def _is_measurement(token: Token) -> bool:
    """True for a noun naming a measured value ("price", "close", "level")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _MEASUREMENTS


def _dates_a_measurement(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """True when the date at ``[start, end)`` dates a value already measured.

    "Brightwater's closing price on Friday" and "Friday's close" are read on a past
    day, whatever tense the clause has. The parse may attach "on Friday" to the verb,
    so the noun right before "on" counts too; with a parse it must be a noun ("the
    deal will close on Friday" has a verb).
    """
    if doc is None:
        return bool(
            _MEASURED_ON_TEXT.search(text[max(0, start - 40) : start])
            or _MEASURED_POSSESSIVE_TEXT.match(text, end)
        )
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    day = span.root
    if day.dep_ in ("poss", "compound", "nmod") and _is_measurement(day.head):
        return True
    if day.dep_ == "pobj" and _is_measurement(day.head.head):
        return True
    first = span[0].i
    return (
        first >= 2
        and doc[first - 1].lower_ == "on"
        and day.head.i == first - 1
        and _is_measurement(doc[first - 2])
    )


def _looks_forward(doc: Doc | None, text: str, start: int) -> bool:
    """True when a bare month or weekday at ``start`` is in a forward-looking context.

    With a parse: its verb has "will"/"shall"/"'ll", or, with no verb of the chain in a
    past or perfect tense ("was expected on Wednesday", "may have opened"), has "may",
    "might" or "could" (not "could not"), or is planned ("due to", "expected to",
    "scheduled for", "set to", "plans to", "is to", or a present "expect", "plan",
    "intend" or "aim": "we expect a count on Monday"), or the date follows "until", "by"
    or "from"; "would" under a verb of speech looks forward too (:func:`_reported`).
    Without a parse the clause before the date is searched for the same cues. A date
    right after a past verb of saying ("said on Friday") dates the saying and never
    looks forward, nor does one dating a measured value ("the closing price on
    Friday", see :func:`_dates_a_measurement`).
    """
    if _SAID_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    word = re.match(r"\w+", text[start:])
    if _dates_a_measurement(doc, text, start, start + (len(word.group()) if word else 1)):
        return False
    if doc is None:
        clause = re.split(r"[.;:!?,]", text[max(0, start - 80) : start])[-1]
        return (
            _FORWARD_TEXT.search(clause) is not None
            or _scheduled_text(clause, text, start)
            or _day_ahead_text(clause, text, start)
        )
    if _scheduled_for(doc, start) or _meant_for(doc, start) or _day_ahead_by_when(doc, start):
        return True
    chain = _governing_verbs(doc, start)
    if not chain:
        return False
    auxiliaries = [c for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "shall", "'ll", "wo") for c in auxiliaries):
        return True
    if _future_in_the_past(auxiliaries) and _reported(chain[-1]):
        return True
    if _planned_when_said(chain) or _expected_when_said(chain):
        return True
    if any(t.tag_ == "VBD" or _perfect(t) for t in chain + auxiliaries):
        return False
    if any(c.lower_ in _MAY for c in auxiliaries) or _could(auxiliaries, chain):
        return True
    if any(t.lemma_.lower() in _PLANNED for t in chain[1:]) or (
        chain[0].lemma_.lower() in _PLANNED and chain[0].tag_ == "VBN"
    ):
        return True
    if chain[0].lemma_.lower() in _PLANNING and chain[0].tag_ in ("VBP", "VBZ", "VBG"):
        return True  # "we expect results on Monday"
    if _scheduled_present(chain[0]):
        return True  # "the Saints face Seattle on Saturday"
    if len(chain) > 1 and chain[1].lemma_.lower() == "be" and chain[0].tag_ == "VB":
        return True  # "is to open in May"
    previous = re.search(r"([A-Za-z]+)\s*$", text[max(0, start - 12) : start])
    return (
        previous is not None
        and previous.group(1).lower() in ("until", "till", "by", "from")
        and chain[0].tag_ in ("VBZ", "VBP", "VB", "VBG", "VBN", "JJ")
    )


#: Verbs of an event that keeps a timetable (a game, a session, a trip), whose simple
#: present tells a fixture: "the Saints face Seattle on Saturday", "the court hears the
#: case on Monday" (not "is", whose present may tell a state of today).
_FIXTURE_VERBS = frozenset(_DUE_VERBS) - {"be", "stand", "take"} | _wordset(
    "play host visit travel kick tip depart leave"
)


def _scheduled_present(verb: Token) -> bool:
    """True for a fixture told in the simple present: "the Saints face Seattle Saturday".

    News tells what has happened in the past tense; a game, hearing or trip named in the
    present with a weekday is on the timetable, so the day lies ahead.
    """
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _FIXTURE_VERBS


def _scheduled_for(doc: Doc, start: int) -> bool:
    """True when the date at ``start`` is the day a verb sets or moves something to.

    "Judge Pellin set sentencing for Thursday", "scheduled a hearing for Friday" (the
    phrase may hang on the object), "adjourned the case to Monday": the day named is when
    the thing is to happen, ahead of the setting, though the verb is in the past. "For"
    takes a weekday only ("set a record for March" measures a month). A passive in
    "was"/"were" of a verb of setting ("was scheduled for Wednesday") may tell of a plan
    since overtaken and is left to the other cues.
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].dep_ != "pobj":
        return False
    date_word, preposition = span[0], span[0].head
    verb = preposition.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or not _schedules(verb):
        return False
    if preposition.lower_ == "for":
        return (
            lemma in _SETTING
            and date_word.text in _WEEKDAYS
            and not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
        )
    return preposition.lower_ in ("to", "until", "till") and lemma in _MOVING


def _weekday_token(doc: Doc, start: int) -> Token | None:
    """The token of the weekday at ``start``, else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].text not in _WEEKDAYS:
        return None
    return span[0]


def _meant_for(doc: Doc, start: int) -> bool:
    """True for a weekday after "for" that names the day something is meant for.

    "called a strike for Friday", "tickets for Sunday": what is called, booked or planned
    for a day happens on it, after the calling, so the day lies ahead whatever the verb's
    tense. Not a day whose value is measured ("the figure for Friday"), nor one after a
    passive in "was"/"were" ("was scheduled for Friday" may tell of a plan since
    overtaken, as in :func:`_scheduled_for`).
    """
    day = _weekday_token(doc, start)
    if day is None or day.dep_ != "pobj" or day.head.lower_ != "for":
        return False
    head = day.head.head
    return not _is_measurement(head) and not any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children
    )


def _day_ahead_by_when(doc: Doc, start: int) -> bool:
    """True for a weekday a "when" clause right after it describes as ahead.

    "for Friday, when parliament is due to vote": what is due, or will happen, on that
    day lies ahead, so the day does too, whatever the tense of the main clause (and
    whatever the parse attaches the clause to). A clause in the past or perfect ("when
    the union was due to strike") tells nothing.
    """
    day = _weekday_token(doc, start)
    if day is None:
        return False
    after = day.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].lower_ != "when":
        return False
    clause = doc[after].head
    if clause.i <= after or clause.tag_ == "VBD" or any(_perfect(c) for c in clause.children):
        return False
    return _FORWARD_TEXT.search(doc[after : clause.right_edge.i + 1].text) is not None


#: "for" right before a weekday, with the word before it, not after "was"/"were" and a
#: participle ("was scheduled for").
_FOR_TEXT = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\b(?P<before>\w+)\s+for\s+$", re.IGNORECASE)
#: A "when" clause right after a weekday, up to the end of its clause.
_WHEN_AFTER = re.compile(r",?\s+when\b[^.;:!?,]*", re.IGNORECASE)


def _day_ahead_text(clause: str, text: str, start: int) -> bool:
    """Plain-text form of :func:`_meant_for` and :func:`_day_ahead_by_when`."""
    word = re.match(r"\w+(?!['’])", text[start:])
    if word is None or word.group() not in _WEEKDAYS:
        return False
    meant = _FOR_TEXT.search(clause)
    if meant is not None and meant.group("before").lower().rstrip("s") not in _MEASUREMENTS:
        return True
    when = _WHEN_AFTER.match(text, start + word.end())
    return when is not None and _FORWARD_TEXT.search(when.group()) is not None


def _schedules(verb: Token) -> bool:
    """True for a verb of setting or moving a day, with no particle changing its sense.

    "set up a call for Friday" and "pushed the vote back to Monday" schedule; "set aside
    money for Friday" does not; "push" and "bring" schedule only with "back"/"forward".
    """
    lemma = verb.lemma_.lower()
    if lemma not in _SETTING | _MOVING:
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    moves = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in ("push", "bring"):
        return bool(moves & {"back", "forward"})
    return not particles - _SCHEDULING_PARTICLES


def _scheduled_text(clause: str, text: str, start: int) -> bool:
    """Plain-text form of :func:`_scheduled_for`: the clause ends in a scheduling phrase."""
    match = _SCHEDULED_TEXT.search(clause)
    if match is None:
        return False
    weekday = re.match(r"\w+", text[start:])
    return not match.group().rstrip().lower().endswith("for") or (
        weekday is not None and weekday.group() in _WEEKDAYS
    )


def _perfect(token: Token) -> bool:
    """True for "has", "have" or "had" as the auxiliary of a perfect ("may have opened").

    "have" as a main verb ("we expect to have a count on Monday") is no perfect.
    """
    return token.lower_ in ("has", "have", "had") and (
        token.dep_ in ("aux", "auxpass") or token.tag_ == "VBD"
    )


def _could(auxiliaries: list[Token], chain: list[Token]) -> bool:
    """True for "could" of a possibility ahead ("could reopen on Thursday").

    Not when negated: "could not attend on Monday" tells of a past inability.
    """
    return any(c.lower_ == "could" for c in auxiliaries) and not any(
        c.dep_ == "neg" for t in chain for c in t.children
    )


def _future_in_the_past(auxiliaries: list[Token]) -> bool:
    """True for "would" without a perfect ("would be declared", not "would have been")."""
    words = {c.lower_ for c in auxiliaries}
    return bool(words & {"would", "'d"}) and "have" not in words


def _planned_when_said(chain: list[Token]) -> bool:
    """True for a plan in the past tense of a saying: "said it expected to restore it".

    The expectation (or plan, aim, intention) is the speaker's when speaking, so what
    it is to bring about lies ahead of the saying, as with "would" (:func:`_reported`).
    """
    return (
        len(chain) > 1
        and chain[0].tag_ == "VB"
        and chain[1].tag_ == "VBD"
        and chain[1].lemma_.lower() in _PLANNED
        and _reported(chain[1])
    )


def _expected_when_said(chain: list[Token]) -> bool:
    """True for a plan in the passive past of a saying: "said results were expected on".

    "The agency said its results were expected on Wednesday": the past tense follows
    the saying's; when it was said, the results lay ahead (:func:`_reported`).
    """
    return any(
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _PLANNED
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
        and _reported(verb)
        for verb in chain
    )


def _reported(verb: Token) -> bool:
    """True when ``verb`` heads a clause a verb or noun of speech reports.

    There "would" is the future of the saying: "said the result would be declared on
    Tuesday" and "said in a statement that the result would be declared on Tuesday"
    look forward from when it was said.
    """
    head = verb.head.lemma_.lower()
    if verb.dep_ == "ccomp":
        return head in REPORTING_VERBS
    return verb.dep_ == "acl" and head in NOMINAL_CUES


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|FY)[\s-]*(?:year\s+)?$", re.IGNORECASE)


def _on_part_of_year(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """A quarter or half of a year: ``part`` (1-4 or 1-2) of ``unit`` in ``year``."""
    if _FISCAL_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return None
    groups = m.groupdict()
    if groups["year"]:
        year = int(groups["year"])
    elif a is None:
        return _NONE
    else:
        year = a.year + {"last": -1, "next": 1}.get(groups["rel"].lower(), 0)
    unit = (groups.get("unit") or groups["letter"]).lower()
    months = 3 if unit in ("quarter", "q") else 6
    raw = (groups.get("ord") or groups["n"]).lower()
    part = _ORDINALS[raw] if raw in _ORDINALS else int(raw)
    return _part_interval(year, part, months)


def _part_interval(year: int, part: int, months: int) -> Interval | None:
    """The days of quarter (``months`` 3) or half (6) number ``part`` of ``year``."""
    if months == 6 and part > 2:
        return None
    first = 1 + months * (part - 1)
    return date(year, first, 1), _month_interval(year, first + months - 1)[1]


#: Words before "the first quarter" that make it a time ("in", "by the first quarter").
_PART_CUES = _wordset(
    "in during by until till before after from through throughout over within since"
)
#: Words after "the first half" that make it something else ("the first half hour").
_PART_NOT_BEFORE = _wordset("of hour hours century mile miles inch point dozen time mark")


def _on_bare_part(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """A quarter or half without a year ("the first quarter"), when it looks forward.

    It is the next such part of a year, the anchor's own counting; elsewhere it may be
    a game's, and is no date.
    """
    after = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    if after is not None and after.group(1).lower() in _PART_NOT_BEFORE:
        return None
    before = text[max(0, m.start() - 30) : m.start()]
    modifier = _MODIFIER_BEFORE.search(before)
    start = m.start() if modifier is None else m.start() - len(before) + modifier.start()
    previous = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20) : start])
    cued = previous is not None and previous.group(1).lower() in _PART_CUES
    if not (cued or modifier) or not _looks_forward(d, text, start):
        return None
    if a is None:
        return _NONE
    months = 3 if m.group("unit").lower() == "quarter" else 6
    part = _ORDINALS[m.group("ord").lower()]
    year = a.year if part >= 1 + (a.month - 1) // months else a.year + 1
    return _part_interval(year, part, months)


def _on_the_year(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """The anchor's year as "the year" right after "the end of" (or beginning, middle)."""
    modifier = _MODIFIER_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    if modifier is None or modifier.group("long") is None:
        return None
    return _NONE if a is None else (date(a.year, 1, 1), date(a.year, 12, 31))


_YEAR_END_CUES = _wordset("by before at until till around near toward towards")


def _on_year_end(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """The end of the anchor's (or named) year: "by year-end", "before the year's end"."""
    previous = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 20) : m.start()])
    if previous is None or previous.group(1).lower() not in _YEAR_END_CUES:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif a is None:
        return _NONE
    else:
        year = a.year
    return narrow(date(year, 1, 1), date(year, 12, 31), _MODIFIER_PART["end"])


def _on_year(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    if is_year_count(text, m.start("year"), m.end("year")):
        return None
    year = int(m.group("year"))
    return date(year, 1, 1), date(year, 12, 31)


def _on_decade(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval:
    year = int(m.group("decade"))
    return date(year, 1, 1), date(year + 9, 12, 31)


#: A weekday, with "last", "next", "this" or "past" before it.
_WEEKDAY = r"\b(?:(?P<rel>(?i:last|next|this|past))\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
#: A weekday's name alone.
_WEEKDAY_NAME = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")


def named_weekday(mention: DateMention) -> int | None:
    """The weekday (0 for Monday) a date mention names in its words, else None.

    Without a publication date a weekday is no calendar day (``start`` is None), yet
    "early Saturday" and "on Friday night" still name two different days.
    """
    found = _WEEKDAY_NAME.search(mention.text)
    return None if found is None else _WEEKDAYS[found.group()]


#: A weekday listed right before another: "Wednesday and", "Monday to", "Tuesday, ".
_LISTED_BEFORE = re.compile(
    _WEEKDAY + r"(?:,?\s+(?:and|or|to|through|until|till|then)\s+|\s*[,–-]\s*)$"
)
#: How far before a weekday the one listed before it is looked for.
_LISTED_REACH = 30


def _listed_after(m: re.Match[str], text: str, a: date, d: Doc | None) -> date | None:
    """The day of the weekday listed right before the one of ``m``, else None.

    A list of weekdays ("on Wednesday and Thursday", "from Monday to Friday") names
    days in their order, so each follows the one before it: in a Wednesday article,
    "closed on Wednesday and Thursday" is today and tomorrow, not today and last week's
    Thursday.
    """
    start = m.start()
    listed = _LISTED_BEFORE.search(text, max(0, start - _LISTED_REACH), start)
    if listed is None:
        return None
    interval = _on_weekday(listed, text, a, d)
    return None if interval is None else interval[0]


#: A day and month written right after a weekday: "Saturday, Jan. 15", "Friday 13 March".
_DATE_AFTER_WEEKDAY = (
    re.compile(r",?\s+" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?!\s*%)"),
    re.compile(r",?\s+(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
)


def _written_date(m: re.Match[str], text: str, a: date | None) -> Interval | None:
    """The day and month written right after the weekday of ``m``, else None.

    "Saturday, Jan. 15" names its day twice: the written date is the surer, and it
    holds the weekday too when a clause ends between them.
    """
    for pattern in _DATE_AFTER_WEEKDAY:
        written = pattern.match(text, m.end())
        if written is not None:
            return _day_month(written, a)
    return None


def _on_weekday(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    written = _written_date(m, text, a)
    if written is not None:
        return written
    if a is None:
        return _NONE
    weekday = _WEEKDAYS[m.group("weekday")]
    back = (a.weekday() - weekday) % 7
    ahead = (weekday - a.weekday()) % 7
    relation = (m.group("rel") or "").lower()
    previous = None if relation else _listed_after(m, text, a, d)
    if previous is not None:
        found = previous + timedelta(days=(weekday - previous.weekday()) % 7)
    elif relation in ("last", "past"):
        found = a - timedelta(days=back or 7)
    elif relation == "next":
        found = a + timedelta(days=ahead or 7)
    elif relation == "this":
        found = a + timedelta(days=weekday - a.weekday())
    elif _looks_forward(d, text, m.start("weekday")):
        found = a + timedelta(days=ahead)
    else:
        found = a - timedelta(days=back)
    return found, found


def _on_day_word(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    if a is None:
        return _NONE
    word = " ".join(m.group(0).lower().split())
    if word == "last night":
        return a - timedelta(days=1), a
    found = a + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return found, found


def _calendar_period(anchor: date, unit: str, step: int) -> tuple[date, date]:
    """The calendar week (Monday-Sunday), month or year ``step`` units from the anchor's."""
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        shifted = date(anchor.year, anchor.month, 1) + relativedelta(months=step)
        return _month_interval(shifted.year, shifted.month)
    return date(anchor.year + step, 1, 1), date(anchor.year + step, 12, 31)


def _weekend(anchor: date, relation: str) -> tuple[date, date]:
    """A Saturday-Sunday pair; see :func:`_on_period` for which one."""
    monday = anchor - timedelta(days=anchor.weekday())
    if relation in ("last", "previous", "past"):
        saturday = monday - timedelta(days=2)
    elif relation == "this":
        saturday = monday + timedelta(days=5)
    elif relation in ("next", "coming"):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    else:  # "the weekend", "over the weekend": the latest one begun by the anchor
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return saturday, saturday + timedelta(days=1)


def _this_week_on_a_sunday(
    anchor: date, first_word: str, doc: Doc | None, text: str, start: int
) -> tuple[date, date]:
    """The week "this week" names when written on a Sunday, the last day of its week.

    Many writers count weeks from Sunday, so a Sunday's "this week" may be the week
    ending or the one beginning: "later this week" and an act ahead ("is expected to
    return this week") are the coming week, "earlier this week" and a past act ("shut
    the plant this week") the week ending; otherwise both, one reading being as good as
    the other.
    """
    ending = _calendar_period(anchor, "week", 0)
    coming = _calendar_period(anchor, "week", 1)
    if first_word == "earlier":
        return ending
    if first_word == "later" or _looks_forward(doc, text, start):
        return coming
    if _told_as_past(doc, text, start):
        return ending
    return ending[0], coming[1]


def _told_as_past(doc: Doc | None, text: str, start: int) -> bool:
    """True when the verb governing the date at ``start`` is in a past or perfect tense."""
    if doc is None:
        clause = re.split(r"[.;:!?,]", text[max(0, start - 80) : start])[-1]
        return _PAST_TEXT.search(clause) is not None
    chain = _governing_verbs(doc, start)
    auxiliaries = [c for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBD" or _perfect(t) for t in chain + auxiliaries)


#: A past verb in plain text: "was", "had", a word in "-ed".
_PAST_TEXT = re.compile(r"\b(?:was|were|had|did|\w{2,}ed)\b", re.IGNORECASE)


def _on_period(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """Weeks, months, years and weekends named relative to the anchor.

    "last/previous", "this" and "next/coming" name calendar periods; "past" (and "the
    past") is the rolling period that ends on the anchor; "earlier this" runs from the
    period's start to the anchor and "later this" from the anchor to its end.
    """
    relation = m.group("rel").lower().split()[-1]
    unit = m.group("unit").lower()
    if relation == "the" and unit != "weekend":
        return None
    if a is None:
        return _NONE
    if unit == "weekend":
        return _weekend(a, relation)
    if relation == "past":
        back = {"week": relativedelta(weeks=1), "month": relativedelta(months=1)}
        return a - back.get(unit, relativedelta(years=1)), a
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(relation, 0)
    start, end = _calendar_period(a, unit, step)
    first_word = m.group("rel").lower().split()[0]
    if unit == "week" and relation == "this" and a.weekday() == 6:
        start, end = _this_week_on_a_sunday(a, first_word, d, text, m.start("unit"))
    if first_word == "earlier":
        return start, max(start, a)
    if first_word == "later":
        return min(a, end), end
    return start, end


#: How far either side of the day "N weeks/months/years ago" counts back to its time
#: may lie: such a count is rounded to its unit ("four years ago" is about four years,
#: not the day four years before), so it names a stretch as long as its unit.
_AGO_SLACK = {
    "day": relativedelta(),
    "week": relativedelta(days=3),
    "month": relativedelta(days=15),
    "year": relativedelta(months=6),
}


def _on_ago(m: re.Match[str], text: str, a: date | None, d: Doc | None) -> Interval | None:
    """A count of days back is that day; of weeks, months or years, a stretch of one unit.

    "Made his debut four years ago" written on two days a day apart tells one time,
    so the years, months and weeks counted back are the unit around the day they
    reach, never after the anchor.
    """
    if a is None:
        return _NONE
    raw = m.group("n").lower()
    count = int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]
    unit = m.group("unit").lower()
    delta = {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
    }[unit]
    found = a - delta
    slack = _AGO_SLACK[unit]
    return found - slack, min(a, found + slack)


_NUMBER_WORDS = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (
        re.compile(
            r"\b(?:the\s+)?week\s+of\s+" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + ")?"
        ),
        _on_week_of,
    ),
    (
        re.compile(r"\b" + _MONTH + r"\s+" + _DAY + _DAY2 + r"(?:,?\s+" + _YEAR + r")?(?!\s*%)"),
        _on_month_day,
    ),
    (
        re.compile(_BEFORE + _DAY + _DAY2 + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
        _on_month_day,
    ),
    (
        re.compile(r"\b(?P<year>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        _on_iso,
    ),
    (
        re.compile(_BEFORE + r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<year>\d{4})\b"),
        _on_slash,
    ),
    (re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR), _on_month_year),
    (re.compile(r"\b(?:(?P<cue>(?i:last|next|this))\s+)?" + _MONTH + r"(?!\s*\d)"), _on_bare_month),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+"
            r"(?P<unit>(?i:quarter|half))\s+(?:of\s+)?(?:(?:the\s+)?(?:calendar\s+)?year\s+)?"
            r"(?:" + _YEAR + r"|(?P<rel>(?i:this|next|last))\s+year\b)"
        ),
        _on_part_of_year,
    ),
    (
        re.compile(
            r"\b(?P<letter>[QH])(?P<n>[1-4])(?:\s+of\s+|\s*[-/]?\s*)"
            r"(?:" + _YEAR + r"|(?P<rel>(?i:this|next|last))\s+year\b)"
        ),
        _on_part_of_year,
    ),
    (
        re.compile(
            r"\bthe\s+(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+"
            r"(?P<unit>(?i:quarter|half))\b(?![-'’])"
        ),
        _on_bare_part,
    ),
    (re.compile(r"\b(?:the\s+)?year\b(?![-'’]|\s+\d)"), _on_the_year),
    (
        re.compile(
            r"\b(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)\b(?!-)(?:\s+" + _YEAR + r")?",
            re.IGNORECASE,
        ),
        _on_year_end,
    ),
    (re.compile(_BEFORE + r"(?P<decade>1[89]\d0|20\d0)['’]?s\b"), _on_decade),
    (
        re.compile(r"(?<![\w$£€¥/.:])(?<![A-Za-z]-)" + _YEAR + r"(?![.,]\d|/\d|['’]?s\b)"),
        _on_year,
    ),
    (
        re.compile(_WEEKDAY),
        _on_weekday,
    ),
    (
        re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last\s+night)\b", re.IGNORECASE),
        _on_day_word,
    ),
    (
        re.compile(
            r"\b(?P<rel>earlier\s+this|later\s+this|(?:the\s+)?(?:past|previous|coming)"
            r"|last|next|this|over\s+the|the)\s+(?P<unit>week|month|year|weekend)\b",
            re.IGNORECASE,
        ),
        _on_period,
    ),
    (
        re.compile(
            r"\b(?P<n>\d{1,3}|" + _NUMBER_WORDS + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
        _on_ago,
    ),
)


def _with_modifier(text: str, start: int, interval: Interval) -> tuple[int, Interval]:
    """Extend a match leftwards over "early"/"late in"/"the end of" and narrow it."""
    match = _MODIFIER_BEFORE.search(text[max(0, start - 30) : start])
    if match is None:
        return start, interval
    word = (match.group("short") or match.group("long")).lower()
    new_start = start - (len(text[max(0, start - 30) : start]) - match.start())
    first, last = interval
    if first is None or last is None:
        return new_start, interval
    return new_start, narrow(first, last, _MODIFIER_PART[word])


def find_dates(doc_or_text: Doc | str, article: Article) -> tuple[DateMention, ...]:
    """Return the date expressions of ``article.text`` in text order, without overlaps.

    A parsed ``Doc`` (of the same text) tells a forward-looking month or weekday more
    surely than plain text (see :func:`_looks_forward`); the rest is the same.
    """
    doc = doc_or_text if isinstance(doc_or_text, Doc) else None
    text = article.text
    if doc is not None:
        check_doc(doc, article)
    elif doc_or_text != text:
        raise ValueError(f"the text does not match the text of article {article.id}")
    anchor = article.published.date() if article.published is not None else None
    if anchor is not None and not date.min.year < anchor.year < date.max.year:
        anchor = None  # no calendar room around it
    found: list[tuple[int, int, Interval]] = []
    for pattern, handler in _RULES:
        for match in pattern.finditer(text):
            interval = handler(match, text, anchor, doc)
            if interval is not None:
                found.append((match.start(), match.end(), interval))
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    chosen: list[tuple[int, int, Interval]] = []
    for start, end, interval in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, interval))
    mentions = []
    for start, end, interval in sorted(chosen, key=lambda item: item[0]):
        start, interval = _with_modifier(text, start, interval)
        mentions.append(DateMention(Span(start, end), text[start:end], interval[0], interval[1]))
    return tuple(mentions)

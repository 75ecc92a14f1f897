"""Attributions: statements an article credits to an upstream source.

A statement is credited through a cue (see :mod:`corrobora.extract.sources` for who a
cue credits): a reporting verb with a clausal complement ("X said that ...", "the
newspaper reported ..."), "according to X", or the frame of a direct quote. A
reporting relative clause or participle credits an outlet with the noun it describes
("the talks, first reported by X"), a figure measured, estimated or counted "by" someone
is that source's ("The quake, measured by the institute at 6.8, struck ..."), and a
closing wire trailer ("(X Press Agency)") credits the agency with the whole text before
it. This module also finds the frame
of each direct quote: the cue between its parts, the cue the parse links to it, the
cue right before or after it, a dash signature (never a wire trailer's), or the frame
of the quote it continues.

A cue whose complement is no proposition but the object of an act ("Caracas rejected
the offer", "agreed to leave") still gives an attribution, as PolNeAR annotates it,
marked ``statement=False``: the actor is no source of what the article reports. So
does a refusal to speak ("would not comment"), but not a cue negated until a time
("did not disclose the breach until September 2": it was disclosed then; see
:func:`waits_until`). Speech only owed, allowed or planned ("has until April 6 to make
an offer or say it will not bid", "must say whether", "will announce"; see
:func:`unperformed`) and a cue inside a clause of time ("shares jumped on Monday, when
a newspaper reported the talks", "after X said"; see :func:`time_clause`) are acts
too: the sentence around them is the article's own.

A closing "X said" whose clause the parser broke up credits that clause all the same:
in "The wildfire that has burned since Tuesday was started deliberately, police
said" the parser reads "since Tuesday was started" inside the relative clause and
makes "wildfire" a second subject of "said" (see :func:`broken_clause`); the clause
is credited to police, never to the words of its own subject.

Coordinated reports credit each speaker with their own words: in "The union said
210,000 people took part, and police said 48,000" the parser may hang "police said"
on the union's clause, but the union's words end before it (see
:func:`_contrasted_reports`).

Words that only name who speaks or who hears are never the content: the agent of a
passive credit ("The breach was first reported by the Calder Ledger on Wednesday"
credits the Ledger with "The breach", the subject, never with "by the Calder
Ledger"), and the addressee of "tell" ("Hackers took data from Harwick Mobile, a
security researcher told the Ledger" credits the clause before the comma, like "...,
X said"). A figure put on something ("police put the number at about 20,000", see
:func:`~corrobora.extract.cues.figure_cue`; also "police counted 18,000 marchers",
"the organisers claimed 60,000", a lone figure being content enough) is a statement,
as is ruling something out ("Holm ruled out withdrawing the reform"); an order ("the mayor
ordered the evacuation") is an act, ``statement=False``; and a participle of an
absolute construction ("with no serious incidents reported") credits no one.

A participle that draws the writer's conclusion from a fact ("shares closed up 24
percent, suggesting investors doubt the deal") credits no one, and neither does a
document of the article's own outlet ("according to a tally by" it); "conceded
defeat" is an act, "conceded that ..." a statement.

A headline line inside the body (a subhead, a "related" link, the headline repeated;
see :func:`~corrobora.extract.cues.headline_lines`) credits no one and frames no
quote: its grammar drops the words the parse needs to tell who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from ..model import Article, Attribution, Mention, Quote, SourceKind, Span
from ..text import canonical_key
from .borrowed_subjects import borrowed_subject, stranded_subject
from .cues import (
    DOCUMENT_NOUNS,
    ESTIMATE_VERBS,
    FRAME_ONLY_VERBS,
    NOMINAL_CUES,
    OUTLET_FINDINGS,
    PHRASAL_CUES,
    QUOTE_MARKS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TRAILER_CUE,
    ArticleIndex,
    Source,
    absolute_participle,
    cue_of,
    figure_cue,
    misparsed_verb,
    nominal_cue,
    wire_trailer,
)
from .inner_speakers import inner_cue, object_speaker
from .learned_cues import ATTRIBUTION_CUES
from .sources import (
    Frame,
    appositive_subject,
    frame_for_cue,
    hung_speaker,
    may_speak,
    own_report,
    source_of,
    unrecognized_name,
)

__all__ = [
    "broken_clause",
    "closing_cue",
    "find_attributions",
    "mark_after",
    "mark_before",
    "quote_cues",
    "quote_frame",
    "quote_frames",
    "refusal",
    "waits_until",
]

_KIND_ORDER = {kind: n for n, kind in enumerate(SourceKind)}
_ADDRESSING = frozenset({"tell", "ask", "inform"})
_VENUE_PREPS = frozenset({"on", "in", "to", "at", "with", "during", "for", "about"})
_NAME_PATH = frozenset({"compound", "poss", "appos", "nmod", "pobj", "dobj", "dative", "amod"})
_TAIL_WORDS = 4
"""Words a cue may lie from the end of the sentence that frames the next quote."""


# --------------------------------------------------------------------------------------
# The frame of a direct quote: the cue before, after or inside it, and its speaker.
# --------------------------------------------------------------------------------------

_AFTER_TRIGGERS = frozenset(",?!—–-…:;")
_SENTENCE_END = frozenset(".!?")
_CLAUSE_OPENERS = frozenset({"WRB", "WDT", "WP"})
_INLINE_SPACE = frozenset(" \t\u00a0")
_DASH = re.compile("[ \t\u00a0]*(?:[―—–]|(?:\n[ \t\u00a0]*){1,2}[―—–-])[ \t\u00a0]*")
_MAX_BEFORE = 12
_MAX_AFTER = 8
_LINK_STEPS = 6
_BLOCKING_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})


def mark_before(text: str, start: int) -> int:
    """Position of the quotation mark(s) opening a part that starts at ``start`` (or start).

    A run of marks counts as one (“‘ nested, or '' typed for a double mark).
    """
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] not in QUOTE_MARKS:
        return start
    while i > 0 and text[i - 1] in QUOTE_MARKS:
        i -= 1
    return i


def mark_after(text: str, end: int) -> int:
    """Position just after the quotation mark(s) closing a part that ends at ``end``."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] not in QUOTE_MARKS:
        return end
    while i < len(text) and text[i] in QUOTE_MARKS:
        i += 1
    return i


def _window(ix: ArticleIndex, quote_at: int, *, before: bool) -> list[tuple[int, int]]:
    """(distance in words, token index) of the tokens next to a quote, nearest first.

    The window stays in the quote's sentence and paragraph and stops at another quote.
    """
    text = ix.text
    step = -1 if before else 1
    i = quote_at - 1 if before else quote_at
    while 0 <= i < len(text) and text[i] in _INLINE_SPACE:
        i += step
    if before and i >= 0 and text[i] == "\n":
        j = i
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == ":":  # "He said:" closing the paragraph before
            i = j
    if not 0 <= i < len(text) or text[i] in "\n\r":
        return []
    if before and (text[i] in _SENTENCE_END or text[i] in QUOTE_MARKS):
        return []
    sent_start, sent_end = ix.sentence_bounds(i)
    found: list[tuple[int, int]] = []
    index = ix.token_at(i)
    if not before and ix.doc[index].idx < quote_at:
        index += 1
    words = 0
    while 0 <= index < len(ix.doc):
        token = ix.doc[index]
        if ix.in_quote[index] or not sent_start <= token.idx < sent_end or "\n" in token.text:
            break
        if not before and (token.pos_ == "SCONJ" or token.tag_ in _CLAUSE_OPENERS):
            break  # “…,” when Clinton blasted him: another clause, not the frame
        if index in ix.cues:
            found.append((words, index))
        if not token.is_punct and not token.is_space and token.text not in QUOTE_MARKS:
            words += 1
        index += step
    return found


def _blocks(ix: ArticleIndex, token: Token) -> bool:
    """A non-reporting verb with its own named or personal subject owns the quote."""
    if token.pos_ != "VERB" or token.i in ix.cues:
        return False
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.i in ix.mention_of or child.lower_ in _BLOCKING_PRONOUNS
        ):
            return True
    return False


def _linked(ix: ArticleIndex, cue: Token, inside: set[int]) -> bool:
    """True when the parse connects ``cue`` and the quoted tokens ``inside``."""
    doc = ix.doc
    for i in inside:
        head = doc[i].head
        if head.i in inside:
            continue
        for _ in range(_LINK_STEPS):
            if head.i == cue.i:
                return True
            if head.i in inside or _blocks(ix, head) or head.head is head:
                break
            head = head.head
    head = cue.head
    for _ in range(3):
        if head.i in inside:
            return True
        if head.head is head:
            break
        head = head.head
    return False


def _names_venue(cue: Token, inside: set[int]) -> bool:
    """True when the quoted words name where or to whom the cue speaks, not what.

    "told MSNBC's “Morning Joe”", "said on “Fox News Sunday”": the quote is the
    addressee of "tell" or the object of a preposition on the cue.
    """
    for i in inside:
        token = cue.doc[i]
        if token.head.i in inside:
            continue
        for _ in range(3):
            head = token.head
            if head.i == cue.i:
                if token.dep_ in ("dobj", "dative") and cue.lemma_ in _ADDRESSING:
                    return True
                return token.dep_ == "prep" and token.lower_ in _VENUE_PREPS
            if token.dep_ not in _NAME_PATH or head is token:
                break
            token = head
    return False


def quote_frame(ix: ArticleIndex, parts: Sequence[Span]) -> Frame | None:
    """The frame of the quote made of ``parts``: its cue and speaker, or None.

    The first of :func:`quote_cues` whose subject resolves to a source wins, or whose
    own subject names a body in words while the parse links it to the quote. Failing
    that, a body named by its own words ("Velstrand's board said it was “minded to
    recommend” the offer") speaks the quoted words its cue's clause holds, as it is
    credited with that clause (``generic`` in
    :func:`~corrobora.extract.sources.frame_for_cue`).
    """
    cues = quote_cues(ix, parts)
    inside = {i for part in parts for i in ix.token_range(part.start, part.end)}
    for i in cues:
        frame = _cue_frame(ix, ix.doc[i]) or _own_body_frame(ix, ix.doc[i], inside)
        if frame is not None:
            return _inner_frame(ix, ix.doc[i], inside) or frame
    for i in cues:
        if not _linked(ix, ix.doc[i], inside):
            continue
        frame = _cue_frame(ix, ix.doc[i], generic=True)
        if frame is not None and frame.speaker and frame.speaker.kind is SourceKind.ORGANIZATION:
            return frame
    return _dash_frame(ix, parts[-1]) if parts else None


def _inner_frame(ix: ArticleIndex, cue: Token, inside: set[int]) -> Frame | None:
    """The frame of a speaker inside ``cue``'s report, for a quote next to the inner cue.

    '“…,” Ann said her son screamed', 'Ann recalled her son yelling, “…”': the son
    speaks (:func:`inner_cue`).
    """
    inner = inner_cue(ix, cue, inside)
    return _cue_frame(ix, inner) if inner is not None else None


def _own_body_frame(ix: ArticleIndex, cue: Token, inside: set[int]) -> Frame | None:
    """The frame of a cue linked to the quote whose own subject names a body in words.

    "X announced changes, causing environmental groups to charge that the rules are
    “...”": the groups charge, in the clause nearer the quote; the subject of a cue
    further off ("announced") never speaks words that a nearer subject is said to.
    """
    own = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and c.pos_ == "NOUN"]
    if not own or not _linked(ix, cue, inside):
        return None
    frame = _cue_frame(ix, cue, generic=True)
    if frame is None or frame.speaker is None:
        return None
    return frame if frame.speaker.kind is SourceKind.ORGANIZATION else None


_SPOKEN = frozenset(
    {"say", "add", "insist", "argue", "claim", "warn", "explain", "note", "stress", "tell"}
)
"""Cues of words spoken by someone, never by a thing or an event."""


_MINDED = frozenset({"hope", "hop", "fear", "wish", "worry", "expect", "believe"})
"""Cues of a state of mind, only ever a person's or a body's ("hoping" may be read "hop")."""


def _cue_frame(
    ix: ArticleIndex, verb: Token, cue: str | None = None, *, generic: bool = False
) -> Frame | None:
    """The frame of the cue ``verb``; a participle on a mute object speaks for the subject.

    "A government official downplayed the unrest saying that ...": the parser hangs
    "saying" on "the unrest", which says nothing; the speaker is the subject of
    "downplayed", as with a comma before the participle (see :func:`_mute_object`).
    """
    main = _mute_object(ix, verb)
    told = object_speaker(ix, verb)
    if told is not None:
        return _frame_of_noun(ix, verb, cue, told)
    if main is None:
        frame = _without_relative(verb, frame_for_cue(ix, verb, cue, generic=generic))
        frame = _without_place_reports(ix, borrowed_subject(ix, verb, frame))
        frame = _stranded_frame(ix, verb, cue, frame)
        return _without_it(ix, verb, _speaking_subject(ix, verb, cue, frame))
    frame = frame_for_cue(
        ix, main, cue or ix.cues.get(verb.i) or verb.lemma_.lower(), generic=generic
    )
    if frame is None:
        return None
    return replace(frame, cue_index=verb.i, cue_start=verb.idx, cue_end=verb.idx + len(verb))


def _frame_of_noun(ix: ArticleIndex, verb: Token, cue: str | None, noun: Token) -> Frame | None:
    """The frame of the cue ``verb`` spoken by ``noun``; None when it names no source."""
    source, relays = source_of(ix, noun, verb.i)
    if source is None:
        return None
    name = cue or ix.cues.get(verb.i) or verb.lemma_.lower()
    return Frame(name, verb.i, verb.idx, verb.idx + len(verb), source, relays or (source,))


def _stranded_frame(
    ix: ArticleIndex, verb: Token, cue: str | None, frame: Frame | None
) -> Frame | None:
    """``frame`` credited to the subject the parser stranded before ``verb``, if any.

    See :func:`~corrobora.extract.borrowed_subjects.stranded_subject`; None when that
    subject names no source.
    """
    noun = stranded_subject(verb) if frame is not None else None
    if noun is None:
        return frame
    return _frame_of_noun(ix, verb, cue, noun)


def _mute_noun(ix: ArticleIndex, noun: Token) -> bool:
    """True for a common noun that can neither speak nor carry anyone's words.

    "Her latest stay at the clinic", "the original trainwreck": an event or a figure
    of speech, unlike people, bodies, documents, findings and nouns of speech.
    """
    return (
        noun.pos_ == "NOUN"
        and not may_speak(ix, noun)
        and not _speaks_for_someone(noun)
        and noun.lemma_.lower() not in _SPEECH_NOUNS
        and noun.lemma_.lower() not in ROLE_NOUNS
        and noun.ent_type_ == ""
    )


def _across_conjunct(verb: Token, clause: Token) -> bool:
    """True when ``verb`` reaches ``clause`` (its subject's verb) through a conjunct.

    "... comes after Quill rear-ended a truck, and then lied to police, telling them":
    the parser makes "lied" a conjunct of "comes", lending it the subject of another
    clause; a subject reached within one clause ("is trying to second-guess") is its own.
    """
    current = verb
    for _ in range(_LINK_STEPS):
        if current.i == clause.i or current.head.i == current.i:
            return False
        if current.dep_ == "conj":
            return True
        current = current.head
    return False


def _phrase_head(ix: ArticleIndex, source: Source) -> Token | None:
    """The token heading the words that name ``source``."""
    tokens = ix.token_range(source.start, source.end)
    inside = set(tokens)
    heads = [i for i in tokens if ix.doc[i].head.i not in inside or ix.doc[i].head.i == i]
    return ix.doc[heads[0]] if len(heads) == 1 else None


def _speaking_subject(
    ix: ArticleIndex, verb: Token, cue: str | None, frame: Frame | None
) -> Frame | None:
    """``frame`` with a speaker that can speak, None when its only subject cannot.

    A thing or an event says nothing: when the parser gives a cue a mute noun for
    subject, borrowed from another clause ("Her latest stay ... comes after Quill ...
    lied to police, telling them ...") or beside the real one ("The original trainwreck
    Mara Quill's publicist confirmed ..."), the noun is no source; a later subject of
    the cue that can speak does, else no one. A participle lent the mute subject of the
    verb it hangs on speaks for a nearer subject (:func:`_participle_speaker`). A
    mute-looking noun that is the cue's own only subject keeps it ("the panel found
    that ..."): it may name a body.
    """
    if frame is None or frame.speaker is None or len(frame.credited) != 1:
        return frame
    if frame.credited[0] != frame.speaker:
        return frame  # relayed through an outlet
    head = _phrase_head(ix, frame.speaker)
    if head is None or head.dep_ != "nsubj" or not _mute_noun(ix, head):
        return frame
    others = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.i > head.i and c.i < verb.i and may_speak(ix, c)
    ]
    if not others and _across_conjunct(verb, head.head):
        return None
    if not others and _participle_of(verb, head.head):
        others = _participle_speaker(ix, verb, head)
        if not others:
            return None
    if not others:
        return frame  # "the panel found"
    source, relays = source_of(ix, others[-1], verb.i)
    if source is None:
        return None
    name = cue or ix.cues.get(verb.i) or verb.lemma_.lower()
    return Frame(name, verb.i, verb.idx, verb.idx + len(verb), source, relays or (source,))


def _participle_of(verb: Token, clause: Token) -> bool:
    """True when ``verb`` is a participle without a subject hung on the verb ``clause``."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i == clause.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _participle_speaker(ix: ArticleIndex, verb: Token, mute: Token) -> list[Token]:
    """The subject the participle cue ``verb`` speaks for when ``mute`` cannot speak.

    "The other suspension came after she left a voice mail, complaining about ...":
    the parser hangs "complaining" on "came", whose subject is an event; the one who
    complains is the subject of the clause between them ("she"), the nearest that can
    speak. Empty when there is none: an event never complains.
    """
    clause = mute.head
    return [
        t
        for t in reversed(ix.doc[mute.i + 1 : verb.i])
        if t.dep_ == "nsubj" and clause.is_ancestor(t.head) and may_speak(ix, t)
    ][:1]


def _without_it(ix: ArticleIndex, verb: Token, frame: Frame | None) -> Frame | None:
    """``frame``, or None when its one source is an "it" that stands for no one.

    "It seems Quill has had enough", "it appears that ...": the "it" of an impersonal
    verb, or an expletive "it", is never a source. Nor is an "it" left unresolved
    unless it is the own subject of a verb of speech ("it said", "it added"): "it
    underscored the problems", "It shows her ..." is a thing or an event, no speaker.
    The same holds for an "it" resolved to a place that the cue gives a plain object
    only (see :func:`_place_it`).
    """
    if frame is None or len(frame.credited) != 1:
        return frame
    own = [c for c in verb.children if c.lower_ == "it" and c.dep_ == "nsubj"]
    if frame.credited[0].name.lower() != "it" and not _place_it(ix, verb, frame.credited[0]):
        return frame
    placeholder = any(
        c.lower_ == "it" and (c.dep_ == "expl" or verb.lemma_.lower() in _IMPERSONAL)
        for c in verb.children
    )
    speaks = bool(own) and verb.lemma_.lower() in _SPOKEN | _ANNOUNCING
    return frame if speaks and not placeholder else None


def _place_it(ix: ArticleIndex, verb: Token, source: Source) -> bool:
    """True when ``source`` is a place the own subject "it" of a cue with no clause stands for.

    "Kestria ranked third last year. And it underscored the problems ...": the place
    named as the subject before does nothing to the plain object; the "it" is a thing
    or an event. A country that states something does it through a clause ("It has
    shown it knows how") or a verb of speech, and keeps the credit.
    """
    own = any(
        c.lower_ == "it" and c.dep_ == "nsubj" and c.idx == source.start for c in verb.children
    )
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    return own and not clause and source.key in ix.places


_IMPERSONAL = frozenset({"seem", "appear"})
"""Verbs whose subject "it" is a placeholder ("it seems", "it appears")."""
_ANNOUNCING = frozenset({"report", "announce", "state", "confirm", "deny", "reply", "respond"})
"""Verbs of a body's words besides those of :data:`_SPOKEN`."""


_HEARSAY_NOUNS = frozenset({"report", "rumor", "rumour", "account"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "country", "district"}
)


def _without_place_reports(ix: ArticleIndex, frame: Frame | None) -> Frame | None:
    """``frame``, or None when its speaker is unnamed reports from a place.

    "..., said reports from Kestrin, the capital": the reports are unnamed, like a bare
    "reports said"; the place is where they come from, not who makes them.
    """
    if frame is None or frame.speaker is None:
        return frame
    head = _phrase_head(ix, frame.speaker)
    if head is None or head.lemma_.lower() not in _HEARSAY_NOUNS or head.tag_ != "NNS":
        return frame
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return frame  # "the ministry's reports", "these reports"
    places = [
        p
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj" and _place(p)
    ]
    return None if places else frame


def _place(noun: Token) -> bool:
    """True for a noun naming a place: a place name, or a name set off as one ("X, the capital")."""
    if noun.ent_type_ in _PLACES or noun.lemma_.lower() in _PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PLACE_NOUNS for c in noun.children)


def _without_relative(verb: Token, frame: Frame | None) -> Frame | None:
    """``frame`` less the noun a relative word misread as a second subject stands for.

    "a game that before the season I even thought the Herons would win": "that" is the
    object of "win", not a subject of "thought", which has its own ("I"); the game
    says nothing. The frame keeps the other subject's sources, or is none.
    """
    relative = _misread_relative(verb)
    if frame is None or relative is None:
        return frame
    low, high = verb.head.left_edge.idx, relative.idx + len(relative)
    kept = tuple(s for s in frame.credited if not (low <= s.start and s.end <= high))
    speaker = frame.speaker
    if speaker is not None and low <= speaker.start and speaker.end <= high:
        speaker = kept[0] if kept else None
    return replace(frame, speaker=speaker, credited=kept) if speaker is not None else None


def _misread_relative(verb: Token) -> Token | None:
    """The relative word parsed as a subject of ``verb`` beside a subject of its own."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    relatives = [c for c in subjects if _relative_word(c)]
    if not relatives or not any(c.i > relatives[0].i for c in subjects):
        return None
    return relatives[0]


def _mute_object(ix: ArticleIndex, verb: Token) -> Token | None:
    """The verb whose subject speaks through the participle ``verb`` hung on its object.

    A participle of speech ("saying", "adding") on the object of another verb, when
    that object can neither speak nor hold words ("downplayed the unrest saying"),
    belongs to that verb's subject, and so does one of the mind ("entered the process
    hoping ..."): a process hopes nothing. "quoted officials saying" and "issued a
    statement saying" keep their speaker: officials speak, a statement holds words.
    """
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or lemma not in _SPOKEN | _MINDED:
        return None
    noun = verb.head
    held = _held_object(noun)
    main = held.head
    if held.dep_ != "dobj" or noun.i > verb.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if may_speak(ix, noun) or noun.lemma_.lower() in _SPEECH_NOUNS:
        return None
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    return main if subjects and may_speak(ix, subjects[0]) else None


def _held_object(noun: Token) -> Token:
    """The object whose phrase holds ``noun``: "details" of "released details of the flaw".

    A participle hung on a noun inside the object's phrase ("released details of the
    loophole believing ...") belongs to the releasing verb's subject as much as one hung
    on the object itself.
    """
    token = noun
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        token = token.head.head
    return token


def _dash_frame(ix: ArticleIndex, last: Span) -> Frame | None:
    """A quote signed with a dash and a name: “…” ― Ana Ruiz, or on the next line.

    The name ends the line, or a comma follows it ("- Ana Ruiz, tweeting ...").
    """
    text = ix.text
    match = _DASH.match(text, mark_after(text, last.end))
    if match is None or _signs_wire(text, match.end()):
        return None
    start = match.end()
    first = ix.token_range(start, start + 1)
    if not first or ix.doc[first[0]].idx != start:
        return None
    mention = ix.mention_of.get(first[0])
    if mention is not None and mention.span.start == start:
        source = ix.entity_source(mention.key, mention.span.start, mention.span.end)
    elif ix.doc[first[0]].pos_ == "PROPN":
        end = first[0]
        while end + 1 < len(ix.doc) and ix.doc[end + 1].pos_ == "PROPN":
            end += 1
        found = unrecognized_name(ix, ix.doc[end], first[0])
        if found is None:
            return None
        source = found
    else:
        return None
    line_end = text.find("\n", source.end)
    rest = text[source.end : line_end if line_end >= 0 else len(text)]
    if rest.strip(" \t\u00a0.,;") and not rest.startswith(","):
        return None
    dash = match.group().strip()
    at = match.start() + match.group().index(dash)
    return Frame(dash, ix.token_at(at), at, at + 1, source, (source,))


def _signs_wire(text: str, at: int) -> bool:
    """True when the name at ``at`` is the article's closing wire trailer, no speaker."""
    trailer = wire_trailer(text)
    return trailer is not None and trailer.span.start <= at < trailer.span.end


def quote_cues(ix: ArticleIndex, parts: Sequence[Span]) -> list[int]:
    """Token indices of the reporting cues that may frame a quote, best first.

    Cues between the parts of a split quote come first, then cues the parse links to
    the quoted words (nearest first), then cues right before or after the quote.
    """
    if not parts:
        return []
    text = ix.text
    inside = {i for part in parts for i in ix.token_range(part.start, part.end)}
    ranked: list[tuple[int, int, int]] = []
    for left, right in pairwise(parts):
        for i in ix.token_range(left.end, right.start):
            if not ix.in_quote[i] and i in ix.cues:
                ranked.append((0, 0, i))
    last = parts[-1]
    close_end = mark_after(text, last.end)
    follow = text[close_end : close_end + 3].lstrip(" \t")[:1]
    open_at = mark_before(text, parts[0].start)
    windows = [(_window(ix, open_at, before=True), _MAX_BEFORE)]
    if text[last.end - 1] in _AFTER_TRIGGERS or follow in _AFTER_TRIGGERS or follow.islower():
        # a quote ending in a period is a sentence of its own: no frame after it
        windows.append((_window(ix, close_end, before=False), _MAX_AFTER))
    for window, limit in windows:
        for distance, i in window:
            token = ix.doc[i]
            if token.pos_ == "NOUN" and not misparsed_verb(token):
                continue  # a noun of speech only frames the quote it governs
            if _names_venue(token, inside):
                continue
            if _colon_cue(ix, token, open_at):
                ranked.append((0, 1, i))
            elif (distance <= limit or _quoted_as_saying(token)) and not _linked(ix, token, inside):
                ranked.append((2, distance, i))
    first, final = ix.token_at(open_at), ix.token_at(max(close_end - 1, 0))
    low = ix.token_range(*ix.sentence_bounds(open_at))[:1] or [first]
    high = ix.token_range(*ix.sentence_bounds(max(close_end - 1, 0)))[-1:] or [final]
    for i in range(low[0], high[0] + 1):
        token = ix.doc[i]
        if ix.in_quote[i] or i not in ix.cues or _names_venue(token, inside):
            continue
        if _opened_after(token, max(inside, default=i)):
            continue  # the quote is in the clause before the cue's own
        if _linked(ix, token, inside):
            ranked.append((1, min(abs(i - first), abs(i - final)), i))
    kept = [i for _, _, i in sorted(ranked) if not _aside_elsewhere(ix, ix.doc[i], open_at)]
    return list(dict.fromkeys(kept))


def _quoted_as_saying(cue: Token) -> bool:
    """True for the "saying" of "X quoted Y as saying": a cue that names its own speaker.

    The reporting verb's object is who speaks, so the quote next to the cue is Y's
    however many words the names of X and Y take, and no speaker carried over from
    an earlier quote speaks it.
    """
    reporter = cue.head.head
    return (
        cue.tag_ == "VBG"
        and cue.dep_ in ("pcomp", "pobj")
        and cue.head.lower_ == "as"
        and reporter.pos_ in ("VERB", "AUX")
        and reporter.i < cue.i
        and any(c.dep_ in ("dobj", "dative") and c.i < cue.i for c in reporter.children)
    )


_ASIDE_DASH = re.compile(r"[ \t\u00a0](?:[—–]|--)[ \t\u00a0]|(?<=\w)[—–](?=\w)")
_BRACKETS = re.compile(r"\([^()\n]*\)")


def _asides(ix: ArticleIndex, at: int) -> list[tuple[int, int]]:
    """The parentheticals of the sentence holding ``at``: between two dashes, in brackets.

    Dashes pair in order ("A — where X said B — C": "where X said B" is an aside).
    """
    start, end = ix.sentence_bounds(at)
    text = ix.text[start:end]
    dashes = [m.start() + start for m in _ASIDE_DASH.finditer(text)]
    found = [(low, high) for low, high in zip(dashes[::2], dashes[1::2], strict=False)]
    found.extend((m.start() + start, m.end() + start) for m in _BRACKETS.finditer(text))
    return found


def _aside_elsewhere(ix: ArticleIndex, cue: Token, quote_at: int) -> bool:
    """True when ``cue`` lies in a parenthetical that the quote at ``quote_at`` is outside.

    "Wade told The Post after the hearing — where Voss's lawyer Heller said she was
    “settled in” — “I hear she's on her way”": the aside's speaker speaks only inside it;
    the quote after it is the main clause's.
    """
    return any(
        low < cue.idx < high and not low < quote_at < high for low, high in _asides(ix, cue.idx)
    )


def _colon_cue(ix: ArticleIndex, cue: Token, open_at: int) -> bool:
    """True when only a colon parts the cue (and its particle) from the quote.

    "told the Times that Price was calling out: '...'": the verb the colon opens the
    quote for frames it, whatever verb the parse hangs the quoted words on.
    """
    end = cue.idx + len(cue)
    particles = [c for c in cue.rights if c.dep_ == "prt" and c.i == cue.i + 1]
    if particles:
        end = particles[0].idx + len(particles[0])
    return ix.text[end:open_at].strip() == ":"


def quote_frames(ix: ArticleIndex, quotes: Sequence[Sequence[Span]]) -> list[Frame | None]:
    """The frame of each quote (given by its parts, in text order), None when unknown.

    A quote without a cue of its own takes the frame of the quote it directly
    continues (“A,” he said. “B.”), else that of a sentence ending in a cue right
    before it in its paragraph (..., Schiff said. “B.”). A quote on a headline line
    has none (:func:`~corrobora.extract.cues.headline_lines`).
    """
    frames: list[Frame | None] = []
    previous: tuple[Sequence[Span], Frame] | None = None
    for parts in quotes:
        if parts and ix.in_headline_at(parts[0].start):
            frames.append(None)  # a headline's quoted words: no one's utterance here
            previous = None
            continue
        frame = quote_frame(ix, parts)
        if frame is None and parts and not quote_cues(ix, parts):
            if previous is not None and _continues(ix, previous[0], previous[1], parts):
                frame = previous[1]
            else:
                frame = _sentence_before(ix, parts[0])
        if frame is None and parts:
            frame = (
                _verb_after(ix, parts[-1]) or _announced(ix, parts[0]) or _name_colon(ix, parts[0])
            )
        frames.append(frame)
        previous = (parts, frame) if frame is not None else None
    return frames


def _verb_after(ix: ArticleIndex, last: Span) -> Frame | None:
    """“…,” Bennett shot back: a verb right after a quote that ends in , ? ! or a dash.

    Whatever the verb, its subject is the speaker when it follows such a quote within
    a few words, in the same sentence (the verb is then the cue).
    """
    text = ix.text
    if text[last.end - 1] not in _AFTER_TRIGGERS:
        return None
    for _, i in _verbs_near(ix, mark_after(text, last.end)):
        token = ix.doc[i]
        frame = frame_for_cue(ix, token, token.lemma_.lower())
        if frame is not None:
            return frame
    return None


def _verbs_near(ix: ArticleIndex, at: int) -> list[tuple[int, int]]:
    """(distance in words, index) of the verbs within a few words after ``at``.

    A conjunction opens another clause ("“highly prejudicial,” though the judge said
    ..."): its verb has words of its own, not the quote before, so the search stops.
    """
    found: list[tuple[int, int]] = []
    words = 0
    for i in ix.token_range(at, ix.sentence_bounds(at)[1]):
        token = ix.doc[i]
        if ix.in_quote[i] or "\n" in token.text or words > _TAIL_WORDS:
            break
        if token.pos_ in ("SCONJ", "CCONJ") or token.tag_ in _CLAUSE_OPENERS:
            break
        if token.pos_ == "VERB":
            found.append((words, i))
            break
        words += token.is_alpha
    return found


_ANNOUNCED_GAP_LINES = 1
"""Line breaks that may part a colon from the quote it announces (the next line)."""


def _announced(ix: ArticleIndex, first: Span) -> Frame | None:
    """“X sent out the following message on Twitter:” a colon after a message sent.

    A clause ending in a colon right before the quote, whose verb has a message, a
    statement or another written text for object, announces the quote as that text:
    its subject wrote it, whatever the verb ("sent", "posted", "issued"), and no name
    nearer the colon ("on Twitter") speaks.
    """
    text = ix.text
    colon = mark_before(text, first.start) - 1
    while colon >= 0 and text[colon].isspace():
        colon -= 1
    gap = text[colon + 1 : mark_before(text, first.start)].count("\n")
    if colon < 1 or text[colon] != ":" or gap > _ANNOUNCED_GAP_LINES:
        return None
    verb = ix.doc[ix.token_at(colon)].head
    if verb.pos_ not in ("VERB", "AUX") or ix.in_quote[verb.i]:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS for c in verb.children):
        return None
    frame = frame_for_cue(ix, verb, verb.lemma_.lower())
    return frame if frame is not None and frame.speaker is not None else None


def _name_colon(ix: ArticleIndex, first: Span) -> Frame | None:
    """A headline or transcript line "Trump: ‘I'm the worst thing ...’": name, colon, quote."""
    text = ix.text
    colon = mark_before(text, first.start) - 1
    while colon >= 0 and text[colon] in _INLINE_SPACE:
        colon -= 1
    if colon < 1 or text[colon] != ":":
        return None
    line = text.rfind("\n", 0, colon) + 1
    tokens = ix.token_range(line, colon)
    if not tokens or len(tokens) > _MAX_AFTER:
        return None
    head = ix.doc[tokens[-1]]
    mention = ix.mention_of.get(head.i)
    if mention is None or mention.span.end != head.idx + len(head):
        return None
    source = ix.entity_source(mention.key, mention.span.start, mention.span.end)
    return Frame(":", ix.token_at(colon), colon, colon + 1, source, (source,))


def _continues(ix: ArticleIndex, prev: Sequence[Span], frame: Frame, parts: Sequence[Span]) -> bool:
    """True when a quote directly follows the quote ``prev`` with nothing but its frame.

    Either in the same paragraph (“A,” he said. “B.”) or as the next paragraph, which
    then starts with the quote. The frame may describe its speaker or addressee at
    length (“A,” Ann Lee, the store's insurer, told France Info. “B.”): any word of
    the sentence holding the cue is part of it, but no word of another sentence is.
    """
    if frame.speaker is None or not prev:
        return False
    text = ix.text
    close_end = mark_after(text, prev[-1].end)
    open_at = mark_before(text, parts[0].start)
    if close_end == prev[-1].end or open_at < close_end:
        return False  # the previous quote was never closed
    gap = text[close_end:open_at]
    if gap.count("\n") > 1 or ("\n" in gap and gap.rstrip(" \t\u00a0")[-1:] != "\n"):
        return False
    low = min(frame.cue_start, frame.speaker.start)
    high = max(frame.cue_end, frame.speaker.end)
    start, end = ix.sentence_bounds(frame.cue_start)
    if start <= close_end:
        low, high = min(low, start), max(high, min(end, open_at))
    return all(
        not ix.doc[i].is_alpha or low <= ix.doc[i].idx < high
        for i in ix.token_range(close_end, open_at)
    )


def _sentence_before(ix: ArticleIndex, first: Span) -> Frame | None:
    """The frame of a cue ending the sentence right before a quote, in its paragraph."""
    text = ix.text
    i = mark_before(text, first.start) - 1
    while i >= 0 and text[i] in _INLINE_SPACE:
        i -= 1
    if i < 0 or text[i] not in _SENTENCE_END:
        return None
    start, _ = ix.sentence_bounds(i)
    words = 0
    for index in range(ix.token_at(i), ix.token_at(start) - 1, -1):
        token = ix.doc[index]
        if ix.in_quote[index] or "\n" in token.text or words > _TAIL_WORDS:
            break
        if index in ix.cues:
            return _cue_frame(ix, token)
        words += token.is_alpha
    return None


# --------------------------------------------------------------------------------------
# Attributions of an article.
# --------------------------------------------------------------------------------------

_CLAUSE_LEAD = frozenset({"that", "whether", "if"})
_PAST_OR_PRESENT = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_EDGE_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "--"})
_TRIM = " \t\n,;:—–-"


def _trimmed(ix: ArticleIndex, start: int, end: int) -> Span | None:
    """The characters of tokens ``[start, end)`` without a leading "that" or edge punctuation.

    One word is no content, unless it is a figure: "the organisers claimed 60,000".
    """
    doc = ix.doc
    while start < end and (
        doc[start].text in _EDGE_PUNCT or doc[start].is_space or doc[start].lower_ in _CLAUSE_LEAD
    ):
        start += 1
    inner = ix.text[doc[start].idx : doc[end - 1].idx] if end - 1 > start else ""
    opened = not QUOTE_MARKS.isdisjoint(inner)
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    while not opened and end > start and doc[end - 1].text in QUOTE_MARKS:
        end -= 1
    if end - start < 2 and not (end - start == 1 and doc[start].like_num):
        return None
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _complement(ix: ArticleIndex, verb: Token, quotes: Sequence[Span]) -> tuple[Span, bool] | None:
    """The reported statement of a reporting verb: its clausal complement, else its object.

    A cue of :data:`_CLAUSE_ONLY` without a clause states nothing but a speech object.

    The flag says whether the content is a proposition: a clause, an object with a
    participle of its own ("polls show Sanders surging"), or an object that names
    speech or writing ("issued a warning", "released a statement").
    """
    found = _clause(ix, verb)
    propositional = found is not None and not _listed_object(verb)
    if found is None and verb.pos_ != "NOUN" and verb.dep_ not in ("acl", "amod"):
        # a participle modifying a noun ("sources reporting in the Herald") credits nothing
        found = _object_content(ix, verb) or _passive_subject(ix, verb)
        propositional = any(_proposition_object(child) for child in verb.children)
        if not propositional and verb.lemma_.lower() in _CLAUSE_ONLY:
            return None
    if found is None:
        return None
    return _cover_quotes(ix.text, found, quotes), propositional


def _content_of(ix: ArticleIndex, verb: Token, quotes: Sequence[Span]) -> list[Span]:
    """The content of :func:`_complement`, if any, as a list of none or one span."""
    complement = _complement(ix, verb, quotes)
    return [] if complement is None else [complement[0]]


_SPEECH_NOUNS = NOMINAL_CUES | DOCUMENT_NOUNS
_CLAUSE_ONLY = frozenset({"add", "protest", "recall", "issue"})
"""Cues that report words only with a clause, a quote or an object naming speech or
writing: "she added that ...", "he protested that ...", "he recalled that ...", "the
firm issued a warning"; with a plain object or none they name an act ("the tax adds 14
cents to a litre", "a crowd protested outside parliament", "the maker recalled two
batches", "the firm issued a patch"), which credits nothing: an actor is no source of
the report of its act."""


def _listed_object(verb: Token) -> bool:
    """True when the cue's clause is a plain noun object and the list of what it names.

    "The assembly considers issues the appointment and dismissal of judges": the
    parser reads "issues the appointment" as a clause with no verb, like "considers
    him a threat", but a bare noun followed by a definite noun phrase with no
    adjective is the object and what it lists (a "such as" or a colon left out), so
    the cue names an act on it, no belief about anything.
    """
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "NOUN":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or any(subjects[0].children):
            continue
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in clause.lefts)
        if definite and not any(c.dep_ == "amod" for c in clause.lefts):
            return True
    return False


def _proposition_object(child: Token) -> bool:
    """Whether a cue's dependent is an object that states something (see ``_complement``)."""
    if child.dep_ != "dobj":
        return False
    if child.lemma_.lower() in _SPEECH_NOUNS:
        return True
    return any(_small_clause(c) for c in child.children)


def _small_clause(clause: Token) -> bool:
    """True for a participle stating something of the object ("show Sanders surging").

    One with a subject or a "that" of its own ("a patch ... that attackers have been
    exploiting") is a relative clause describing the object, which states nothing.
    """
    return (
        clause.dep_ == "acl"
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )


_SPEECH = REPORTING_VERBS | frozenset(PHRASAL_CUES.values()) | ESTIMATE_VERBS
_ACTS_ON_OBJECTS = frozenset({"dismiss", "conclude", "demand", "insist", "concede"})
"""Reporting verbs that name an act when followed by an object, not a clause
("dismissed both demands", "insisted on two conditions", "the call concluded without
progress", "conceded defeat")."""
_STRIKING = frozenset({"blast", "slam", "attack", "assail", "hammer", "hit", "pound", "rip"})
"""Verbs of criticism that also name a blow or a defeat ("blasted Indy with 352
rushing yards", "attacked the post with grenades")."""
_TAKING = frozenset({"claim"})
"""Cues that state a figure as their object ("the organisers claimed 40,000") but take
any other thing ("the blast claimed the life of a guard", "claimed the title")."""


def _strikes(cue: Token) -> bool:
    """True for a verb of :data:`_STRIKING` whose "with" names a thing, not words.

    "KC blasted Indy with 352 net rushing yards" is a win on the field, reported on
    the article's own word; "blasted the plan with harsh words" or "attacked him in a
    statement" is still criticism. A clause of its own ("blasted the plan, saying
    ...") is left to that clause.
    """
    if cue.lemma_.lower() not in _STRIKING or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    if not any(c.dep_ == "dobj" for c in cue.children):
        return False
    tools = [
        p
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return bool(tools) and not any(
        t.lemma_.lower() in _SPEECH_NOUNS or t.lemma_.lower() in _WORDS_OF_BLAME
        for tool in tools
        for t in tool.subtree
    )


_WORDS_OF_BLAME = frozenset(
    {"criticism", "insult", "rebuke", "barb", "jibe", "tirade", "attack", "accusation"}
)
"""Nouns of spoken blame a "with" of :data:`_STRIKING` may name ("with criticism")."""


def _takes(cue: Token) -> bool:
    """Whether ``cue`` takes its object rather than stating it (see :data:`_TAKING`)."""
    if cue.lemma_.lower() not in _TAKING:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        _figure(o) or _proposition_object(o) or _relative_word(o) for o in objects
    )


def _states(cue: str, propositional: bool) -> bool:
    """Whether a cue credits a statement (see :attr:`Attribution.statement`).

    A proposition always is one ("Trump believes that ...", "a map showed no aircraft
    flying"); the object of a verb of speech is one too ("confirmed the call", "vowed
    to repeal the law"), and so is a figure put on something ("put the number at
    20,000"); the object of any other verb is what the source acted on ("rejected the
    offer", "agreed to leave"). An order is an act, whatever its complement.
    """
    if cue in _ORDERS:
        return False
    return propositional or (cue in _SPEECH and cue not in _ACTS_ON_OBJECTS)


_ORDERS = frozenset({"order", "command", "instruct"})
"""Cues of a command, an act whatever follows ("the mayor ordered the evacuation")."""

_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable", "negligent"})
"""Words of a verdict: "found him guilty", "found the firm liable"."""
_SMALL_CLAUSES = frozenset({"ccomp", "oprd", "acomp", "xcomp"})


def _verdict(cue: Token) -> bool:
    """True for a cue whose complement is a verdict: "A jury found the mayor guilty".

    The verdict is the act of the jury or court, which the article reports on its own
    word: an actor is no source of the report of its act (unlike "the inquiry found
    that the company had ignored warnings", a finding stated as true).
    """
    return any(c.dep_ in _SMALL_CLAUSES and c.lemma_.lower() in _VERDICTS for c in cue.children)


_ASKING = frozenset({"ask", "request", "beg"})
"""Cues of a request, an act when an infinitive says what is asked for."""


def _requests(cue: Token) -> bool:
    """True for a request to do something: "asked not to be named", "asked the court to ...".

    What is asked for is not said to be so: "The people asked not to be named" states
    nothing of theirs (it says why the article does not name them), and "the lawyers
    asked the court to dismiss the case" is their act, which the article reports on its
    own word. A question ("asked whether ...") or a quote still credits the asker. So
    is asking a person for something (:func:`_asks_someone_for`).
    """
    if cue.lemma_.lower() not in _ASKING:
        return False
    children = list(cue.children)
    if _asks_someone_for(children):
        return True
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        for c in children
    )


def _asks_someone_for(children: Sequence[Token]) -> bool:
    """True for a cue's dependents that ask a person for something, with no clause.

    "Ortiz asked the man for some identification" is an act between two people; "the
    campaign asked the election board for a recount" is a public demand and stays one.
    """
    person = any(
        c.dep_ in ("dobj", "dative")
        and (c.pos_ == "PRON" or c.ent_type_ == "PERSON" or c.lemma_.lower() in ROLE_NOUNS)
        for c in children
    )
    asked_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    return person and asked_for and not any(c.dep_ == "ccomp" for c in children)


_CONTACTING = frozenset({"call", "phone", "telephone", "ring", "dial", "contact", "radio"})
"""Verbs of getting in touch: "called the station to report the shooting"."""


def _summoning(cue: Token) -> bool:
    """True for a cue that only says why someone got in touch: "called to report it".

    "A neighbour called police to report the shooting": the infinitive names the
    purpose of the call, an act the article reports on its own word; the caller states
    nothing unless a clause says what was reported ("called police to report that a
    man had a gun").
    """
    head = cue.head
    return (
        cue.dep_ in ("xcomp", "advcl")
        and head.i < cue.i
        and head.lemma_.lower() in _CONTACTING
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children)
        and not any(c.dep_ == "ccomp" for c in cue.children)
    )


_ANSWERED_THINGS = frozenset(
    {"door", "doorbell", "bell", "knock", "phone", "telephone", "intercom", "buzzer"}
)
"""What is answered by opening or picking up, not in words: "a woman answered the door"."""


def _answers_door(cue: Token) -> bool:
    """True for "answered the door" or "the phone": an act, which says nothing."""
    return cue.lemma_.lower() == "answer" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ANSWERED_THINGS for c in cue.children
    )


_CALLING = frozenset({"call"})
"""Naming cues that also name an act: "will call a second vote", "called an election",
"called the police" convene or summon; "called the plan a betrayal" and "called for an
inquiry" say something."""
_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})


def _calls_up(cue: Token) -> bool:
    """True for "call" with a bare object and nothing said of it: an act, no statement.

    "Vell will call a second vote next month" reports the prime minister's act (or plan),
    which the article states on its own word: an actor is no source of the report of its
    act. Naming needs a predicate of the object ("called the decision outrageous").
    """
    if cue.lemma_.lower() not in _CALLING:
        return False
    children = list(cue.children)
    return any(c.dep_ == "dobj" for c in children) and not any(
        c.dep_ in _PREDICATES for c in children
    )


_REFUSING = frozenset({"decline", "refuse", "fail"})
"""Verbs whose complement cue was not performed ("declined to comment")."""
_RESPONSE_CUES = frozenset(
    {
        "comment",
        "respond",
        "reply",
        "answer",
        "elaborate",
        "speculate",
        "disclose",
        "reveal",
        "confirm",
        "return",
    }
)
"""Cues that, negated, name a refusal to speak ("would not comment", "did not respond",
"have not confirmed the fee", "did not return calls seeking comment")."""


def refusal(cue: Token) -> bool:
    """Whether a cue names a refusal to speak, which states nothing.

    "declined to comment", "refused to say", "would not comment", "did not respond to
    requests for comment", and a negative subject: "Neither government would comment",
    "No official would comment": the source is credited with no statement. "did not
    disclose the breach until September 2" disclosed it then (:func:`waits_until`).
    """
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING:
        return True
    if cue.lemma_.lower() not in _RESPONSE_CUES:
        return False
    negated = any(child.dep_ == "neg" for child in cue.children) and not waits_until(cue)
    if negated or _no_one_speaks(cue) or _few_answered(cue):
        return True
    return cue.dep_ == "xcomp" and any(c.dep_ == "neg" for c in cue.head.children)


_QUESTIONS = frozenset({"question", "query", "inquiry", "enquiry", "request", "call"})
"""Nouns of what a response cue answers ("answered questions", "returned calls")."""
_FEW = frozenset({"few", "no", "little", "none", "nothing"})
"""Words that leave next to nothing answered: "few questions", "no questions"."""


def _few_answered(cue: Token) -> bool:
    """True when a response cue answers few or no questions: "could answer few questions".

    The object is what was asked ("questions about how the inmate escaped"), and almost
    none of it was answered: the source states nothing of it. "a few questions" is
    some answer, and stays one.
    """
    for obj in cue.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in _FEW:
            return True  # "answered none", "answered nothing"
        if obj.lemma_.lower() not in _QUESTIONS:
            continue
        words = {c.lower_ for c in obj.children if c.dep_ in ("det", "amod", "neg")}
        if words & _FEW and not words & {"a", "an"}:
            return True
    return False


_NO_ONE = frozenset({"nobody", "none", "neither", "no"})
"""Words that make a subject no one: "nobody", "neither government", "no official"."""


def _no_one_speaks(cue: Token) -> bool:
    """True when the cue's subject is no one: "Neither government would comment"."""
    for subject in cue.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ in _NO_ONE or any(
            c.dep_ in ("det", "neg", "preconj") and c.lower_ in _NO_ONE for c in subject.children
        ):
            return True
    return False


_BOUND_MODALS = frozenset({"must", "will", "'ll", "’ll", "shall", "should", "may", "might"})
"""Modals of an obligation, an option or a plan ("must say whether", "will announce")."""

_BINDING = frozenset(
    {
        "have",
        "need",
        "require",
        "oblige",
        "obligate",
        "force",
        "compel",
        "allow",
        "permit",
        "schedule",
        "due",
        "set",
        "prepare",
        "aim",
        "plan",
        "intend",
        "expect",
        "hope",
        "want",
        "seek",
        "deadline",
        "option",
        "obligation",
        "duty",
        "requirement",
        "intention",
        "right",
    }
)
"""Words whose infinitive is only owed, allowed or planned ("has until April 6 to say",
"is expected to announce", "a deadline to disclose"); not "went on to say" or "used
the speech to say", which say it."""


def _clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to (the root for a fragment)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _aside_report(ix: ArticleIndex, cue: Token) -> bool:
    """Whether ``cue`` reports in a relative clause set beside the sentence's own assertion.

    In "two were wounded by Lopez, who told police the shots were meant for a rival" or
    "the minister, who said the vote was lost, resigned", the relative clause adds what
    its noun said, while the sentence asserts something else on the writer's word; the
    noun is no origin of that sentence. A relative clause inside a report ("police said
    the man, who told them ..., fled") is left to the outer report.
    """
    if cue.dep_ != "relcl" or cue.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and _relative_word(c) for c in cue.children):
        return False
    verb = _clause_verb(cue.head)
    return verb.i not in ix.cues and not any(ancestor.i in ix.cues for ancestor in verb.ancestors)


def _first_conjunct(verb: Token) -> Token:
    """The first verb of the coordination ``verb`` belongs to ("make" of "make or say")."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def unperformed(cue: Token) -> bool:
    """Whether a cue is only an obligation, an option or a plan, which states nothing.

    "Oberlin has until April 6 to make a firm offer or say it will not bid", "the
    board must say whether it backs the bid", "the ministry will announce the result":
    no one has said anything yet; the sentence is the article's own. A cue is so with
    a modal of its own or of the verb it is coordinated with (:data:`_BOUND_MODALS`),
    or as the infinitive of a word of obligation, permission or plan
    (:data:`_BINDING`), that word a verb, an adjective ("is due to report") or a noun.
    """
    first = _first_conjunct(cue)
    for verb in {cue, first}:
        if any(c.dep_ == "aux" and c.lower_ in _BOUND_MODALS for c in verb.children):
            return True
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in first.children):
        return False
    head = first.head
    words = {head.lemma_.lower()}
    words.update(c.lemma_.lower() for c in head.children if c.dep_ in ("acomp", "oprd"))
    return head is not first and bool(words & _BINDING)


_WOULD = frozenset({"would", "'d", "’d", "could"})
"""Modals of a speech act only imagined: "any fan would say", "anyone could tell you"."""
_ANY_ONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})
"""Pronouns of whoever it may be."""
_ANY = frozenset({"any", "every", "each"})
"""Determiners of whichever one it may be: "any honest fan", "every parent"."""


def hypothetical(cue: Token) -> bool:
    """True for a cue only imagined of whoever it may be: "any honest fan would say that".

    No one said it: the words are the writer's own, put in a generic mouth. "A
    spokesman would say only that talks go on" is said by someone, and stays.
    """
    verb = _first_conjunct(cue)
    if not any(c.dep_ == "aux" and c.lower_ in _WOULD for c in (*cue.children, *verb.children)):
        return False
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in _ANY_ONE or any(d.dep_ == "det" and d.lower_ in _ANY for d in c.children))
        for c in verb.children
    )


_TIME_MARKS = frozenset({"when", "whenever", "after", "before", "since", "once", "until", "till"})
"""Words that open a clause of time ("when a newspaper reported", "after X said")."""


def time_clause(cue: Token) -> bool:
    """Whether a cue lies in a subordinate clause of time of another clause.

    "Velstrand shares jumped 17 percent on Monday, when a newspaper first reported the
    talks", "shares fell after the ministry said ...", "the minister resigned after
    saying ...": the cue dates the main clause, which the article states on its own
    word; the reporting it names is an event of that time, credited as an act.
    """
    clause = _first_conjunct(cue)
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in _TIME_MARKS
    if clause.dep_ not in ("advcl", "relcl"):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < clause.i
        for c in clause.children
    )


def while_clause(cue: Token) -> bool:
    """Whether a cue with an object of its own lies in an "as" clause of time.

    "..., as a second high tide threatened more streets": with an object (no speech
    noun, no figure) "as" means "while", and the clause tells what went on at the time
    of the main clause, no statement of its subject (see :func:`time_clause`). A
    figure put on something ("as police put the number at 20,000") is still stated.
    """
    clause = _first_conjunct(cue)
    if clause.dep_ not in ("advcl", "ccomp") or figure_cue(cue):
        return False
    opened = any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.lefts)
    return opened and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in _SPEECH_NOUNS and not _figure(c)
        for c in cue.children
    )


def _figure(token: Token) -> bool:
    """True for a figure or a noun counted by one: "40,000", "300 homes"."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


_UNTIL = frozenset({"until", "till", "til"})


def waits_until(verb: Token) -> bool:
    """True for a verb with an "until" or "till" phrase or clause of its own.

    Negated, such a verb says when its act took place, not that it did not: "did not
    disclose the breach until September 2" disclosed it on September 2, "will not
    reopen until Friday" reopens on Friday, "wasn't found till it was drained". Not
    "before": "did not arrive before Friday" says only that it was not earlier.
    """
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _UNTIL:
            return True
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _UNTIL for g in child.children
        ):
            return True
    return False


_RELATIVES = frozenset({"relcl", "acl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_AUXILIARIES = frozenset({"aux", "auxpass"})


def _finite(token: Token) -> bool:
    """True for a verb with a tense: its own ("started") or its auxiliary's ("was started")."""
    return token.tag_ in _FINITE_TAGS or any(
        c.dep_ in _AUXILIARIES and c.tag_ in _FINITE_TAGS for c in token.children
    )


def broken_clause(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the verb of the clause a closing ``verb`` reports, when misparsed.

    "The wildfire that has burned east of Lindenmoor since Tuesday was started
    deliberately, police said": the parser reads "since Tuesday was started" as a
    clause of the relative clause and makes "wildfire" a second subject of "said". A
    verb without a clausal complement whose first subject opens the sentence and ends
    at the comma right before its last subject ("police") reports that first
    subject's words; the reported verb is the last finite verb inside its relative
    clause ("was started"), as a relative clause alone states nothing. None otherwise.
    """
    if verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) < 2:
        return None
    stray, speaker = subjects[0], subjects[-1]
    comma = stray.right_edge.i + 1
    if (
        stray.left_edge.i != verb.sent.start
        or verb.doc[comma].text != ","
        or comma + 1 != speaker.left_edge.i
    ):
        return None
    verbs = [
        t
        for relative in stray.children
        if relative.dep_ in _RELATIVES
        for t in relative.subtree
        if t.i != relative.i
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ not in _AUXILIARIES
        and t.dep_ not in _RELATIVES
        and _finite(t)
    ]
    return (stray, max(verbs, key=lambda t: t.i)) if verbs else None


def _reporting_frame(ix: ArticleIndex, verb: Token, cue: str, frame: Frame | None) -> Frame | None:
    """``frame``, the frame of ``verb``, credited to the speaker after the comma if misparsed.

    When the parser made the subject of the reported clause the first subject of
    ``verb`` (:func:`broken_clause`), "The wildfire ..., police said" is credited to
    police, the subject right before the cue, and to none of the words of the clause.
    """
    if broken_clause(verb) is None:
        return frame
    speaker = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i][-1]
    source, relays = source_of(ix, speaker, verb.i)
    if source is None or (ix.own_outlet and source.key == ix.own_outlet):
        return None
    outside = tuple(r for r in relays if not (ix.own_outlet and r.key == ix.own_outlet))
    credited = outside or (source,)
    if frame is None:
        return Frame(cue, verb.i, verb.idx, verb.idx + len(verb), source, credited)
    return replace(frame, speaker=source, credited=credited)


def _clause(ix: ArticleIndex, verb: Token) -> Span | None:
    if verb.pos_ == "NOUN":  # a cue the parser missed: the rest of its sentence
        if misparsed_verb(verb):
            return _trimmed(ix, verb.i + 1, verb.sent.end)
        return _noun_clause(ix, verb)
    hung = hung_speaker(ix, verb)
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and not _conjoined_clause(child)
            and not _beyond_semicolon(child)
            and not _relative_clause(child)
            and not _opened_after(verb, child.right_edge.i)
            and not _spliced_report(ix, verb, child)
        ):
            end = max([child.right_edge.i, *_further_clauses(verb, child)]) + 1
            end = min([end, *_contrasted_reports(ix, child)])
            if _splits_word(ix.doc, end):
                end = max(end, verb.right_edge.i + 1)  # "has re-hired" parsed apart
            if hung is not None and child.i < hung.i < end:
                end = hung.left_edge.i  # "... in the Valley, the service said": not the service
            return _trimmed(ix, child.left_edge.i, end)
    if hung is not None:  # "..., which has burned 5,100 hectares, the service said"
        head = verb.head
        start = head.left_edge.i if head.i < verb.i else verb.sent.start
        return _trimmed(ix, min(start, hung.left_edge.i), hung.left_edge.i)
    broken = broken_clause(verb)
    if broken is not None:  # "The wildfire that ... was started deliberately, police said"
        return _trimmed(ix, broken[0].left_edge.i, broken[0].right_edge.i + 1)
    if _as_clause(ix, verb):
        return _around(ix, verb)
    inserted = _inserted_clause(ix, verb)
    if inserted is not None:  # "A, the service said, with 40 percent contained."
        return inserted
    head = verb.head
    left = verb.left_edge.i
    while left < verb.i and ix.doc[left].is_punct:
        left += 1  # the comma before an inserted "police said" may hang from the cue
    if (
        head is not verb
        and verb.i > head.i
        and (verb.dep_ in ("parataxis", "ccomp") or _closing_conjunct(verb))
        and _after_comma(ix.doc, left)
        and not _clause_of_its_own(verb)
    ):
        return _trimmed(ix, head.left_edge.i, left)
    told = _told_after(ix, verb)
    if told is not None:  # "Hackers took data from X, a security researcher told the Ledger"
        return _trimmed(ix, verb.head.left_edge.i, told)
    if (
        verb.dep_ == "acl"
        and verb.tag_ in _PAST_OR_PRESENT
        and head.i < verb.i
        and not any(c.dep_ in ("agent", "dobj", "auxpass") for c in verb.children)
    ):
        # "..., a regional newspaper reported on Wednesday." parsed as a relative
        left = head.left_edge.i
        if left > 0 and ix.doc[left - 1].text == ",":
            return _trimmed(ix, verb.sent.start, left)
    return None


def _spliced_report(ix: ArticleIndex, verb: Token, child: Token) -> bool:
    """True for a report of its own before ``verb`` that has a clause of its own after it.

    "Coach Lee said the knee needs rest, he also said that ...": the first report,
    with its own speaker and cue, is spliced on by a comma; the second cue reports
    only the clause after it.
    """
    return (
        child.i < verb.i
        and child.i in ix.cues
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _splits_word(doc: Doc, end: int) -> bool:
    """True when a clause ending before token ``end`` would cut a hyphenated word.

    The parser may take "re-hired" apart, hanging "-hired" and what follows on the
    cue; a clause ends between words, never inside one.
    """
    if not 0 < end < len(doc) - 1 or doc[end - 1].whitespace_:
        return False
    return doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha


def _noun_clause(ix: ArticleIndex, noun: Token) -> Span | None:
    """The "that" clause a noun of speech owned by its speaker states, or None.

    "Kelly's assertion that Price had pointed a revolver": what Kelly asserted, whatever
    the sentence says of the assertion; "the claim that he made" is a relative clause
    on the noun and states nothing of its own.
    """
    if not nominal_cue(noun):
        return None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i < child.i for c in child.children
        ):
            return _trimmed(ix, child.left_edge.i, child.right_edge.i + 1)
    return None


_LEADING_CLAUSES = frozenset({"ccomp", "advcl", "csubj"})
"""Dependencies of the clause a misparsed inserted cue reports (:func:`_inserted_clause`)."""


def _inserted_clause(ix: ArticleIndex, verb: Token) -> Span | None:
    """The whole sentence around a cue set off by commas inside it, when misparsed.

    In "The fire slowed as winds eased, the service said, with 40 percent of it
    contained" the parser makes the closing absolute ("with ... contained") the main
    clause, the reported clause its complement and the cue an aside hung on it. A cue
    between commas, hung on a verb after it whose clause opens the sentence before the
    cue, credits the sentence around it, as a "according to X" in the middle does.
    """
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i or _clause_of_its_own(verb):
        return None
    doc = ix.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    while left < verb.i and doc[left].is_punct:
        left += 1
    while right > verb.i and doc[right].is_punct:
        right -= 1
    if left == 0 or doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None
    start = verb.sent.start
    if not any(
        c.dep_ in _LEADING_CLAUSES and c.i < verb.i and c.left_edge.i == start
        for c in head.children
    ):
        return None
    return _trimmed(ix, start, head.right_edge.i + 1)


def _clause_of_its_own(verb: Token) -> bool:
    """True for a verb after a comma that makes a clause of its own, crediting nothing.

    "..., as a second high tide threatened more streets": a subordinator ("as", "when")
    opens it, or its own object follows; a closing "..., the service said" has neither
    (an addressee aside: "..., she told reporters").
    """
    return any(
        (c.dep_ == "mark" and c.i < verb.i)
        or (c.dep_ in ("dobj", "ccomp") and c.i > verb.i and not _addressee(verb, c))
        for c in verb.children
    )


_CONTRAST_MARKS = frozenset({"while", "whereas"})
"""Subordinators that set a parallel statement beside the one before: ", while X said"."""


def _contrasted_reports(ix: ArticleIndex, clause: Token) -> list[int]:
    """Where report clauses of their own inside ``clause`` begin: ", while prosecutors said".

    In "The lawyers argued that investors lost 95 million, while prosecutors said the
    losses came to 410 million" the parser hangs the "while" clause on the reported
    one, but a cue with a subject of its own, set off by a comma and opened by
    "while" or "whereas", is another speaker's statement set beside the first: the
    first cue's words end before it. So is a cue with a subject of its own that "and"
    or "but" conjoins to the reported clause (:func:`_coordinated_report`).
    """
    return [
        token.left_edge.i
        for token in clause.subtree
        if token.i != clause.i
        and token.i in ix.cues
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and (_contrasted_report(ix, token) or _coordinated_report(ix, token))
    ]


def _contrasted_report(ix: ArticleIndex, token: Token) -> bool:
    """True for a cue opened by "while" or "whereas" after a comma."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.lefts)
        and token.left_edge.i > 0
        and ix.doc[token.left_edge.i - 1].text == ","
    )


def _coordinated_report(ix: ArticleIndex, token: Token) -> bool:
    """True for a cue conjoined to a reported clause: "said 210,000 took part, and police said".

    The parser may hang the second "X said" on the first speaker's clause, but each
    speaker of coordinated reports is credited with their own words. A conjunct opened
    by "that" ("said ..., and that police had said ...") stays inside the first report.
    """
    left = token.left_edge.i
    return (
        token.dep_ == "conj"
        and left > 0
        and ix.doc[left - 1].dep_ == "cc"
        and ix.doc[left - 1].lower_ in ("and", "but")
        and not any(c.dep_ == "mark" for c in token.lefts)
    )


_REPORTED_MARKS = frozenset({"that", "whether"})
"""Words that open a clause of reported speech ("said ..., but that none ...")."""


def _further_clauses(verb: Token, clause: Token) -> list[int]:
    """Right edges of clauses conjoined to the cue ``verb`` that still report its speech.

    "The regulator said it had received 12 reports, but that none had been linked":
    the parser conjoins the "that" clause to "said", whose repetition is left out; it
    is the regulator's words as much as the first clause. A conjunct with a cue or a
    subject of its own and no "that" ("said ..., and police closed the road") is not.
    """
    return [
        conj.right_edge.i
        for conj in verb.rights
        if conj.dep_ == "conj"
        and conj.i > clause.i
        and any(c.dep_ == "mark" and c.lower_ in _REPORTED_MARKS for c in conj.lefts)
    ]


_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "acomp"})
"""Dependents that give a cue words of its own to credit."""


def closing_cue(verb: Token) -> bool:
    """True for a reporting verb conjoined after the clause it credits.

    "..., the regulator announced on Thursday.": the words name the source of the
    clause before them and state nothing of their own; nor does "..., Professor Ilona
    Varesh of the University of Tessmoor told the Ledger." (:func:`_closing_tell`).
    """
    left = verb.left_edge.i
    while left < verb.i and verb.doc[left].is_punct:
        left += 1
    if cue_of(verb) is None:
        return False
    if _closing_conjunct(verb) and _after_comma(verb.doc, left):
        return True
    return _closing_tell(verb)


def _after_comma(doc: Doc, i: int) -> bool:
    """True when token ``i`` follows a comma, or a comma and the quote mark it closes.

    '"...," the director said' sets the cue off as '..., the director said' does: the
    closing mark after the comma changes nothing.
    """
    before = i - 1
    if before > 0 and doc[before].text in QUOTE_MARKS:
        before -= 1
    return before >= 0 and doc[before].text == ","


def _closing_tell(verb: Token) -> bool:
    """True for a closing "X told the Ledger" whose speaker the parser hung on the clause.

    In "The benefit held for obese participants, Professor Ilona Varesh of the
    University of Tessmoor told the Ledger." the name is conjoined to "participants"
    and "told" to "held", with no subject: the speaker, set off by a comma and ending
    at the cue, and the addressee are all the conjunct holds, like "..., she said".
    So with any cue: in "... the wildfire, which has burned 5,100 hectares, the fire
    service said on Thursday." the service is parsed in apposition to the wildfire.
    """
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in _OWN_CONTENT and not _addressee(verb, c) for c in verb.children):
        return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    if not all(token.is_punct or token.is_space for token in rest):
        return False
    return any(_set_off_speaker(token, verb) for token in verb.doc[verb.sent.start : verb.i])


def _set_off_speaker(token: Token, verb: Token) -> bool:
    """True for a speaker's phrase set off by a comma that ends right before ``verb``."""
    doc = token.doc
    if token.right_edge.i != verb.i - 1 or token.head.i >= token.left_edge.i:
        return False
    named = token.dep_ == "conj" and token.ent_type_ == "PERSON"
    left = token.left_edge.i
    return (token.dep_ == "appos" or named) and left > 0 and doc[left - 1].text == ","


def _closing_conjunct(verb: Token) -> bool:
    """True for a cue the parser conjoined to the clause it credits.

    "..., the regulator announced on Thursday." is often parsed as a second clause
    conjoined to the first, where "..., the regulator said" is parsed as the main
    clause. A conjunct with a subject of its own, no object or clause of its own, and
    nothing but a time or place phrase up to the end of the sentence reports the
    clause before it, like "said" does.
    """
    if verb.dep_ != "conj" or verb.tag_ not in _PAST_OR_PRESENT:
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or not deps.isdisjoint(_OWN_CONTENT):
        return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(token.is_punct or token.is_space for token in rest)


_AS_OBJECTS = frozenset({"dobj", "xcomp", "attr", "oprd"})
"""Dependents that give an "as" clause its own object: "as she announced her exit"."""
_TOPIC_PREPS = frozenset({"about", "for", "of", "against", "over"})
"""Prepositions that give an "as" clause its own topic: "as she called for a recount"."""


def _as_clause(ix: ArticleIndex, verb: Token) -> bool:
    """True for a cue that credits the clause it modifies: "..., as the Herald reported".

    "as first reported by X", "as X said": a reporting verb with its own subject or
    agent, in an adverbial clause opened by "as", whose complement is left out. With
    an object or a topic ("as she announced her exit", "as he talked about jobs") "as"
    means "while", and without a speaker ("as expected") no one is credited; nor
    does "as the heatwave continued" (see :func:`_ongoing`).
    """
    if verb.i not in ix.cues or verb.dep_ != "advcl" or verb.head is verb or _ongoing(verb):
        return False
    children = list(verb.children)
    opened = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children)
    speaker = any(c.dep_ in ("nsubj", "agent") for c in children)
    topic = any(
        c.dep_ in _AS_OBJECTS or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS) for c in children
    )
    after = verb.right_edge.i + 1
    closed = after >= verb.sent.end or verb.doc[after].is_punct  # no complement parsed apart
    return opened and speaker and closed and not topic


_WHILE_MARKS = frozenset({"as", "while"})


def _ongoing(verb: Token) -> bool:
    """True for "continue" in a clause of time: "as the heatwave continued (to grip ...)".

    "continue" reports speech only beside a quote ("she continued:"); in an adverbial
    clause opened by "as" or "while" it says that something went on, and its subject
    is no source.
    """
    return (
        verb.lemma_.lower() in FRAME_ONLY_VERBS
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _WHILE_MARKS for c in verb.children)
    )


def _around(ix: ArticleIndex, verb: Token) -> Span | None:
    """The rest of the sentence around the clause of ``verb``: before it, after it, or both.

    As with "according to": a clause at the end credits the words before it, one at
    the start the words after it (up to the end of the clause it modifies), and one in
    the middle the whole sentence.
    """
    sent = verb.sent
    head = verb.head
    end = head.right_edge.i + 1 if head.i > verb.i else sent.end  # "If, as X said, A, B."
    before = _trimmed(ix, sent.start, verb.left_edge.i)
    after = _trimmed(ix, verb.right_edge.i + 1, end)
    if before is None or after is None:
        return before or after
    return Span(before.start, after.end)


_OBJECT_SKIP = frozenset(
    {"punct", "cc", "prt", "advmod", "npadvmod", "aux", "auxpass", "neg", "mark", "dep", "case"}
)
"""Right dependents of a cue that are not part of what it credits."""
_OBJECT_STOP = frozenset({"conj", "advcl", "parataxis", "relcl"})
"""Right dependents that start another clause: the credited words end before them."""


def _object_content(ix: ArticleIndex, verb: Token) -> Span | None:
    """What a cue without a clausal complement credits: the words right of it.

    "vowed to repeal the law", "polls show Sanders surging", "criticized Clinton for
    her emails": the cue's right dependents, up to a conjoined or adverbial clause.
    """
    start = end = -1
    for child in verb.rights:
        if child.dep_ in _OBJECT_STOP or child.i in ix.cues or _conjoined_clause(child):
            break
        if _not_content(verb, child) and start < 0:
            continue
        if child.dep_ == "agent" or _addressee(verb, child):
            break  # who credits or who hears: what follows is no object either
        if start < 0:
            start = child.left_edge.i
        end = child.right_edge.i + 1
    while end > start >= 0 and (
        ix.doc[end - 1].dep_ == "cc" or ix.doc[end - 1].is_punct or ix.doc[end - 1].is_space
    ):
        end -= 1  # "the evacuation of the districts, and" before a conjoined clause
    if start < 0:
        return None
    if end - start == 1 and _charge(verb, ix.doc[start]):
        return Span(ix.doc[start].idx, ix.doc[start].idx + len(ix.doc[start]))
    return _trimmed(ix, start, end)


_CHARGE_VERBS = frozenset({"deny", "admit", "acknowledge", "dispute"})
"""Cues whose bare noun object is a charge the speaker answers: "denies negligence"."""


def _charge(verb: Token, noun: Token) -> bool:
    """True for the one-word object of a denial or an admission: "denied wrongdoing".

    A bare common noun is the charge itself, a statement of its own ("Varnholt denies
    negligence"), where one word is otherwise no content (:func:`_trimmed`).
    """
    return (
        verb.lemma_.lower() in _CHARGE_VERBS
        and noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and noun.is_lower
    )


def _not_content(verb: Token, child: Token) -> bool:
    """True for a right dependent of a cue that starts no credited words.

    Punctuation and adverbs, a time ("on Monday"), the agent of a passive credit ("by
    the Calder Ledger") and the addressee of "tell" ("told the Ledger").
    """
    return (
        child.dep_ in _OBJECT_SKIP
        or _when(child)
        or child.dep_ == "agent"
        or _addressee(verb, child)
    )


_TOLD = frozenset({"tell", "inform"})
"""Cues whose object is who hears the words ("told the Ledger", "informed the court")."""


def _addressee(verb: Token, child: Token) -> bool:
    """True for the object of "tell" or "inform" that names who hears: "told the Ledger"."""
    return (
        verb.lemma_.lower() in _TOLD
        and child.dep_ in ("dobj", "dative")
        and child.lemma_.lower() not in _SPEECH_NOUNS
    )


def _beyond_semicolon(clause: Token) -> bool:
    """True for a clause the parser hung on a cue across a semicolon between them.

    "The fire service has said lightning is the likely cause; Vale Power has confirmed
    that one of its lines failed": a semicolon joins clauses of their own, so the
    clause before it is no complement of "confirmed" (the fire service said it).
    """
    verb = clause.head
    low, high = (
        (clause.right_edge.i + 1, verb.i) if clause.i < verb.i else (verb.i + 1, clause.left_edge.i)
    )
    return any(t.text == ";" for t in clause.doc[low:high])


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
"""Words that open a relative clause set off by a comma (", who finished with ...")."""


def _opened_after(cue: Token, index: int) -> bool:
    """True when a conjunction opens the clause of ``cue`` after the token ``index``.

    In 'Lawyers objected to the tape as "unfair," though Judge Orlov said the jury
    could hear it' the parser may hang the lawyers' clause (and its quote) on "said";
    but "though" opens the judge's clause after it: the clause before is no complement
    of "said", and the quote in it is not the judge's.
    """
    return any(
        c.dep_ == "mark" and index < c.i < cue.i and c.lower_ not in _CLAUSE_LEAD
        for c in cue.children
    )


def _relative_clause(child: Token) -> bool:
    """True for a clause the parser hung on a cue that is a relative clause of a noun.

    In "Hillis added 101 yards for the Chiefs (2-13), who finished with 352 yards" the
    clause after the comma opens with "who": it describes the Chiefs, it is not what
    Hillis added. An indirect question ("asked who finished first") has no comma.
    """
    if child.head.i > child.i:
        return False
    doc = child.doc
    left = child.left_edge.i
    return (
        left >= 1
        and doc[left].lower_ in _RELATIVE_PRONOUNS
        and doc[left - 1].text == ","
        and any(c.dep_ in ("dobj", "prep") and c.i < left for c in child.head.children)
    )


def _conjoined_clause(child: Token) -> bool:
    """True for a clause the parser hung on a cue that a comma and "and" join to it.

    "The mayor ordered the evacuation on Thursday, and more than 5,000 people have
    now left their homes": "left" is parsed as the complement of "ordered", but it is
    a second clause of the sentence, not what the mayor ordered or said.
    """
    if child.dep_ != "ccomp" or child.head.i > child.i:
        return False
    doc = child.doc
    left = child.left_edge.i
    return (
        left >= 2
        and doc[left - 1].dep_ == "cc"
        and doc[left - 2].text == ","
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    )


def _passive_subject(ix: ArticleIndex, verb: Token) -> Span | None:
    """What a passive credit without a clause or object credits: its subject.

    "The breach was first reported by the Calder Ledger on Wednesday": the breach,
    never the agent phrase.
    """
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    for child in verb.lefts:
        if child.dep_ == "nsubjpass":
            return _trimmed(ix, child.left_edge.i, child.right_edge.i + 1)
    return None


def _told_after(ix: ArticleIndex, verb: Token) -> int | None:
    """The token that ends the clause a closing "X told Y" credits, or None.

    "Hackers took data from Harwick Mobile, a security researcher told the Ledger.":
    a "tell" conjoined after a comma, with no words of its own but its addressee and
    a time, reports the clause before the comma, like "..., X said". Its speaker is
    its own subject or the appositive the parser hung on the clause before.
    """
    if verb.lemma_.lower() not in _TOLD or verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in _OWN_CONTENT and not _addressee(verb, c) for c in verb.children) or not all(
        t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    speaker = subjects or appositive_subject(ix, verb)
    if not speaker:
        return None
    for left in _set_off_starts(verb, speaker[0]):
        if left > verb.head.left_edge.i and _after_comma(ix.doc, left):
            return left
    return None


def _set_off_starts(verb: Token, speaker: Token) -> list[int]:
    """Where a closing cue with subject ``speaker`` may start, its first words first.

    The cue's own left edge comes first; then its speaker's, for a word of the clause
    before that the parser hung on the cue ('... and when," Hennig told reporters').
    """
    starts = []
    for left in (min(verb.left_edge.i, speaker.left_edge.i), speaker.left_edge.i):
        while left < verb.i and verb.doc[left].is_punct:
            left += 1
        starts.append(left)
    return starts


_WHEN_ENTITIES = frozenset({"DATE", "TIME"})


def _when(child: Token) -> bool:
    """True for a cue's adjunct of time ("on Monday", "last week"), which states nothing.

    "Keller did not concede on Monday": the time of an act is no reported content.
    """
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objects) and all(o.ent_type_ in _WHEN_ENTITIES for o in objects)
    return child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in _WHEN_ENTITIES


def _according_content(ix: ArticleIndex, according: Token, quotes: Sequence[Span]) -> Span | None:
    """What "according to X" credits: the rest of its sentence, else the sentence."""
    to = ix.doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    text = ix.text
    phrase_end = max(o.right_edge.idx + len(o.right_edge) for o in objects)
    sent_start, sent_end = ix.sentence_bounds(according.idx)
    lead = text[sent_start : according.idx].strip(" \t\n\"'“‘«([—–-,")
    tail = text[phrase_end:sent_end].strip(" \t\n.!?;,)\"'”’»")
    if len(lead.split()) <= 1:
        start, end = phrase_end, sent_end
    elif not tail or _closing_participle(ix, according, objects):
        start, end = sent_start, according.idx
    else:
        start, end = sent_start, sent_end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (
        text[end - 1] in _TRIM or (text[end - 1] in ".!?" and not text[end - 2 : end - 1].isupper())
    ):
        end -= 1
    return _cover_quotes(text, Span(start, end), quotes) if end > start else None


def _closing_participle(ix: ArticleIndex, according: Token, objects: Sequence[Token]) -> bool:
    """True when a participle clause of the writer's follows "according to X".

    "The Green Union won 29 seats, according to a tally, making it the likely partner
    for the Alliance, which finished first": the participle draws a consequence of the
    credited clause, on the article's own word; the credit ends before it.
    """
    after = max(o.right_edge.i for o in objects) + 1
    doc = ix.doc
    while after < len(doc) and doc[after].is_punct and doc[after].text not in _SENTENCE_END:
        after += 1
    if after >= len(doc):
        return False
    verb = doc[after]
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < according.i


def _own_document(ix: ArticleIndex, according: Token) -> bool:
    """True when "according to" credits a document the article's own outlet made.

    "The Green Union won 29 seats, according to a tally by the Northern Courier" in the
    Northern Courier: the outlet's own count, so its own report, never an upstream
    source (an outlet is no source of itself).
    """
    if not ix.own_outlet:
        return False
    to = ix.doc[according.i + 1]
    documents = [c for c in to.children if c.dep_ == "pobj" and c.i not in ix.mention_of]
    return any(
        source is not None and source.key == ix.own_outlet
        for document in documents
        for author in _authors(document)
        for source in [source_of(ix, author)[0]]
    )


def _authors(document: Token) -> list[Token]:
    """The words naming who made ``document``: "a tally by X", "X's count"."""
    found = [c for c in document.children if c.dep_ == "poss"]
    for link in document.children:
        if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ == "by"):
            found.extend(g for g in link.children if g.dep_ == "pobj")
    return found


def _cover_quotes(text: str, content: Span, quotes: Sequence[Span]) -> Span:
    """Extend ``content`` to the closing mark of a quote it opens but does not close."""
    end = content.end
    for quote in quotes:
        if content.start <= quote.start < end < mark_after(text, quote.end):
            end = mark_after(text, quote.end)
    return Span(content.start, end)


def _credit(
    article: Article, frame: Frame, content: Span, *, statement: bool = True
) -> list[Attribution]:
    """One attribution per credited source; a relay's span covers the relayed speaker."""
    found: list[Attribution] = []
    speaker = frame.speaker
    for source in frame.credited:
        start = min(frame.cue_start, source.start)
        end = max(frame.cue_end, source.end)
        if speaker is not None and speaker.start <= source.start < speaker.end:
            start, end = min(start, speaker.start), max(end, speaker.end)
        found.append(
            Attribution(
                article.id,
                Span(start, end),
                content,
                source.name,
                source.key,
                source.kind,
                frame.cue,
                statement,
            )
        )
    return found


_RELATIVE_CUES = frozenset({"report", "reveal", "disclose"})
"""Cues whose relative clause or participle credits the noun it describes."""


def _relative_credit(ix: ArticleIndex, article: Article, verb: Token) -> list[Attribution]:
    """What a relative clause or participle of ``verb`` credits to an outlet, if anything.

    "the talks, first reported by the Post", "talks that were reported by the Post",
    "a deal, which the Post reported": the outlet is credited with the noun phrase the
    clause describes. Only outlets are credited this way: "a bill reported by the
    committee" names a step of procedure, not a news report.
    """
    head = _credited_head(verb)
    if head is None:
        return []
    frame = frame_for_cue(ix, verb)
    if frame is None or any(s.kind is not SourceKind.OUTLET for s in frame.credited):
        return []
    content = _head_phrase(ix, head, verb)
    return _credit(article, frame, content) if content is not None else []


_MEASURING = frozenset({"measure", "estimate", "count", "calculate", "tally", "gauge"})
"""Verbs of a figure found by someone: a measure "by X" is X's ("measured by the institute")."""


def _measured_credit(ix: ArticleIndex, article: Article, verb: Token) -> list[Attribution]:
    """The credit of a figure measured, estimated or counted "by" someone, if any.

    "The quake, measured at magnitude 6.8 by the National Seismological Institute,
    struck at 04:17": the participle names who found the figure, so its sentence is on
    that source's word, as with "according to" in the middle of it; a passive clause
    ("the crowd was estimated by police at 5,000") is credited likewise. The article's
    own outlet is never credited.
    """
    if verb.lemma_.lower() not in _MEASURING or verb.tag_ != "VBN" or ix.in_quote[verb.i]:
        return []
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if len(agents) != 1:
        return []
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        content = _around(ix, verb)
    elif verb.i not in ix.cues and any(c.dep_ == "auxpass" for c in verb.children):
        content = _trimmed(ix, verb.left_edge.i, verb.right_edge.i + 1)
    else:
        return []  # a passive cue ("was estimated by police") is credited as a cue
    source, relays = source_of(ix, agents[0])
    if source is None or source.key == ix.own_outlet:
        return []
    credited = tuple(r for r in relays if r.key != ix.own_outlet) or (source,)
    end = verb.doc[agents[0].i]
    frame = Frame(verb.lemma_.lower(), verb.i, verb.idx, end.idx + len(end), source, credited)
    return _credit(article, frame, content) if content is not None else []


def _credited_head(verb: Token) -> Token | None:
    """The noun that the relative clause or participle ``verb`` says was reported, or None.

    The clause needs a reporter of its own (a subject or a "by" agent) other than the
    relative word, and no object or clause of its own: in "the man who reported the
    fire" the noun is the reporter, and the fire what was reported.
    """
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.lemma_.lower() not in _RELATIVE_CUES:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in children):
        return None
    if any(c.dep_ == "dobj" and not _relative_word(c) for c in children):
        return None
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if any(_relative_word(c) for c in subjects):
        return None
    return head if subjects or any(c.dep_ == "agent" for c in children) else None


def _authored(verb: Token) -> bool:
    """True for a cue whose object is the relative word of the noun it describes.

    "a letter that he is said to have written to the girl's mother", "the statement
    which she released": the clause says who made the text, an act; what the text
    says is credited through the text itself, never to the words after the verb.
    """
    return any(c.dep_ == "dobj" and _relative_word(c) and c.i < verb.i for c in verb.children)


def _relative_word(token: Token) -> bool:
    """True for a word opening a relative clause ("which", "that", "who")."""
    return token.tag_ in _CLAUSE_OPENERS or token.lower_ == "that"


def _head_phrase(ix: ArticleIndex, head: Token, verb: Token) -> Span | None:
    """The characters of the noun phrase of ``head`` before the clause of ``verb``."""
    doc = ix.doc
    start, end = head.left_edge.i, verb.left_edge.i
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if end <= start:
        return None
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _trailer_credit(ix: ArticleIndex, article: Article) -> list[Attribution]:
    """The credit of a closing wire trailer to its agency: the text before the trailer.

    "(Continental Press Agency)" at the end says the agency wrote the story, so the
    article carries all of it on the agency's word. A byline trailer credits no one,
    and the article's own outlet is never credited.
    """
    trailer = wire_trailer(ix.text)
    if trailer is None or trailer.agency is None:
        return []
    name = trailer.agency.slice(ix.text)
    key = canonical_key(name)
    body = ix.text[: trailer.span.start]
    start = len(body) - len(body.lstrip())
    end = len(body.rstrip())
    if not key or key == ix.own_outlet or end <= start:
        return []
    display = ix.display.get(key, name)
    content = Span(start, end)
    return [
        Attribution(
            article.id, trailer.agency, content, display, key, SourceKind.OUTLET, TRAILER_CUE
        )
    ]


def _learned(
    ix: ArticleIndex, article: Article, quotes: Sequence[Span], own: list[Span]
) -> list[Attribution]:
    """Attributions through the learned cues that do not report speech as such.

    "Polls show ...", "Clinton vowed to ...", "Trump believes ...": a verb of
    :data:`ATTRIBUTION_CUES` outside quotes, with a subject, credits its complement.
    A verb of :data:`FRAME_ONLY_VERBS` reports speech only beside a quote, where it is
    a cue of its own: anywhere else ("continued her studies") it reports nothing.
    The complement of such a cue of the article's own outlet ("the Sentinel has learned")
    is added to ``own`` (see :func:`_own_reporting`).
    """
    found: list[Attribution] = []
    doc = ix.doc
    for i in ix.learned:
        token = doc[i]
        if token.pos_ != "VERB" or i in ix.cues or ix.in_quote[i] or _ongoing(token):
            continue
        if token.lemma_.lower() in FRAME_ONLY_VERBS:
            continue  # "stayed to continue her studies": speech only beside a quote
        if absolute_participle(token) or _names_speaker(ix, token):
            continue  # "with no serious incidents reported"; "a worker who asked ..."
        if _inference(ix, token) or recording_shows(ix, token):
            own.extend(_content_of(ix, token, quotes))
            continue
        lemma = token.lemma_.lower()
        if f"{lemma}/VERB" not in ATTRIBUTION_CUES or _event_sees(ix, token) or _strikes(token):
            continue
        if hypothetical(token) or _finds_in_state(token) or _calls_name(token):
            continue
        complement = _complement(ix, token, quotes)
        if complement is None:
            continue
        content, propositional = complement
        frame = _reporting_frame(ix, token, lemma, _cue_frame(ix, token, lemma, generic=True))
        if frame is not None:
            states = (
                _states(lemma, propositional)
                and not refusal(token)
                and not _verdict(token)
                and not _summoning(token)
            )
            found.extend(_credit(article, frame, content, statement=states))
        elif _own_reporting(ix, token, lemma):
            own.append(content)
    return found


_SMALL_CLAUSE_TAGS = frozenset({"VB", "VBN", "VBG"})
"""Verb forms of a clause of acts with no tense of its own ("saw robbers flee", "saw a
necklace stolen")."""


def _event_sees(ix: ArticleIndex, cue: Token) -> bool:
    """True for "see" with a thing, an event or a time as subject and a clause of acts.

    "A raid on a Paris store saw four robbers make off with jewels": the raid is when
    the acts came about, no one's report of them; "analysts see growth slowing" stays
    a view of the analysts.
    """
    if cue.lemma_.lower() != "see" or not _acts_seen(cue):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if not subjects and cue.i > 0 and cue.nbor(-1).pos_ in ("NOUN", "PROPN", "PRON"):
        subjects = [cue.nbor(-1)]  # "a second theft saw ...", misparsed as a conjunct
    return bool(subjects) and not may_speak(ix, subjects[0])


def _acts_seen(cue: Token) -> bool:
    """True when ``cue`` takes a clause of acts: "saw robbers flee", "saw a ring stolen"."""
    for child in cue.children:
        clause = child.dep_ in ("ccomp", "xcomp") and child.tag_ in _SMALL_CLAUSE_TAGS
        if clause and not any(m.dep_ == "mark" for m in child.children):
            return True
        if child.dep_ == "dobj" and any(
            c.dep_ == "acl" and c.tag_ in _SMALL_CLAUSE_TAGS for c in child.rights
        ):
            return True
    return False


_INFERENCE_CUES = frozenset({"suggest", "indicate", "signal", "imply", "hint", "show"})
"""Cues that draw a conclusion from a fact as much as they report speech."""


def _inference(ix: ArticleIndex, cue: Token) -> bool:
    """True for a participle closing a clause with the writer's reading of its fact.

    "Tessaly shares closed up 24 percent, suggesting some investors doubt the deal":
    what suggests it is the rise the clause reports, not the shares nor the company; the
    reading is the article's own. A participle of :data:`_INFERENCE_CUES` with no
    subject of its own, hung on a verb before it that neither reports speech nor acts
    on a document ("released figures, showing ..."), credits no one. So does one set
    off before its verb: "But, showing why he is the best player on the team, Dunn ran
    86 yards": his run shows it; he says nothing.
    """
    head = cue.head
    if (
        cue.lemma_.lower() not in _INFERENCE_CUES
        or cue.tag_ != "VBG"
        or cue.dep_ != "advcl"
        or not (head.i < cue.i or _set_off_before(cue))
        or head.i in ix.cues
        or f"{head.lemma_.lower()}/VERB" in ATTRIBUTION_CUES
    ):
        return False
    return not any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i) for c in cue.children
    ) and not any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS for c in head.children)


def _set_off_before(cue: Token) -> bool:
    """True for a participle clause set off by a comma before the verb it modifies."""
    after = cue.right_edge.i + 1
    return cue.head.i > cue.i and after < cue.head.i and cue.doc[after].text == ","


_REFLEXIVES = re.compile(r"(?:self|selves)$")
_ADMITTED_INTO = frozenset({"to", "into"})
_OBJECT_PEOPLE = frozenset({"him", "her", "them", "me", "us"})


def _admits_someone(cue: Token) -> bool:
    """True for "admit" taking a person into a place: "admitted herself to the clinic".

    Letting someone in, or oneself, states nothing; "admitted it to reporters" or
    "admitted the error" still concede something.
    """
    if cue.lemma_.lower() != "admit" or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    people = [
        c
        for c in cue.children
        if c.dep_ == "dobj"
        and (
            _REFLEXIVES.search(c.lower_) is not None
            or c.lower_ in _OBJECT_PEOPLE
            or c.ent_type_ == "PERSON"
        )
    ]
    return bool(people) and any(
        c.dep_ == "prep" and c.lower_ in _ADMITTED_INTO for c in cue.children
    )


_ACCUSING = frozenset(
    {
        "accuse",
        "charge",
        "suspect",
        "convict",
        "indict",
        "blame",
        "allege",
        "arrest",
        "sue",
        "investigate",
        "fine",
        "sentence",
        "jail",
        "acquit",
        "clear",
        "fire",
        "sack",
        "punish",
    }
)
"""Verbs whose passive subject is the one blamed for the act named after them ("was
accused of attacking", "was fined for saying"): others make the claim about it."""


def _blamed_act(cue: Token) -> bool:
    """True for a cue naming what its subject was blamed for: "was accused of attacking".

    The subject of a passive accusation is no source: someone else says it did the
    act, and the sentence reports that charge, not a statement of the accused.
    """
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    verb = prep.head
    passive = verb.tag_ == "VBN" and (
        verb.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in verb.children)
    )
    return passive and verb.lemma_.lower() in _ACCUSING


def _infinitive(token: Token) -> bool:
    """True for a verb in the "to" infinitive ("to be", "to testify")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _hearsay(cue: Token) -> bool:
    """True for a passive cue that describes its subject: "X, said to be the richest".

    "She is said to be ...", "He was reported to have ...", "Vane, said to be ...":
    unnamed people say it of the subject, who is the topic and not the speaker. The
    parser reads a set-off "said to be" as an active verb, so "say" with a bare
    infinitive and a comma before it counts too.
    """
    children = list(cue.children)
    if not any(c.dep_ == "xcomp" and _infinitive(c) for c in children):
        return False
    if any(c.dep_ in ("ccomp", "dobj") for c in children):
        return False
    if cue.tag_ == "VBN" and (
        cue.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in children)
    ):
        return True
    before = cue.i - 1
    return cue.lemma_.lower() == "say" and before >= 0 and cue.doc[before].text == ","


_SUMMONING = frozenset(
    {"summon", "subpoena", "call", "ask", "invite", "schedule", "slate", "set", "expect"}
)
"""Verbs whose passive subject is only called on to speak ("was summoned to testify")."""


def _called_to_speak(cue: Token) -> bool:
    """True for an infinitive cue its subject was called on to perform: "summoned to testify".

    Being summoned, asked or scheduled to testify states nothing; the testimony, if
    any, is another sentence's.
    """
    verb = cue.head
    if verb.i == cue.i or cue.dep_ not in ("xcomp", "advcl") or not _infinitive(cue):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    )
    return passive and verb.lemma_.lower() in _SUMMONING


def _writes_work(cue: Token) -> bool:
    """True for "write" with a work as its object: "is writing the picture", "co-wrote a film".

    Writing a film, a book or a song is making a work, no report; "wrote that ...",
    "wrote a letter saying ..." or a quote still report what was written.
    """
    if cue.lemma_.lower() != "write" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        _relative_word(o) or any(c.dep_ == "acl" for c in o.children) for o in objects
    )


_GO_ON_SPEECH = frozenset(":,\"'“”‘’«»")


def _goes_on_without_words(ix: ArticleIndex, cue: Token) -> bool:
    """True for "go on" that does not go on speaking: "is going on", "went on to win".

    "Go on" credits only with words after it: "went on to say", "went on: '...'";
    "a battle is going on" or "went on to shatter records" report no one.
    """
    if ix.cues.get(cue.i) != "go on":
        return False
    particle = [c for c in cue.children if c.dep_ == "prt" and c.lower_ == "on"]
    at = (particle[0] if particle else cue).i + 1
    doc = cue.doc
    if at >= len(doc):
        return True
    after = doc[at]
    if after.text[0] in _GO_ON_SPEECH:
        return False
    if after.lower_ == "to" and at + 1 < len(doc):
        return doc[at + 1].lemma_.lower() not in _SPEECH
    return True


def _thing_infers(ix: ArticleIndex, cue: Token) -> bool:
    """True for "indicate", "suggest" and the like with a thing as subject.

    "The positive response indicates that ..." is the writer's reading of a fact; a
    response or a rise is no one's report. People, bodies, documents and studies
    stay sources ("the study suggests").
    """
    if cue.lemma_.lower() not in _INFERENCE_CUES:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not may_speak(ix, s) and not _speaks_for_someone(s) for s in subjects
    )


_RECORDINGS = frozenset(
    {"video", "footage", "clip", "recording", "film", "image", "photo", "photograph", "picture"}
)
"""Nouns of a recording: what one shows is a scene anyone watching it describes."""


def recording_shows(ix: ArticleIndex, cue: Token) -> bool:
    """True for "show" with a recording no one is named behind as its subject.

    "The video shows Horton falling": the writer describes what the recording shows,
    its own reporting, as with papers the outlet holds ("the emails show").
    """
    if cue.lemma_.lower() not in _SHOWING:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_unowned_recording(ix, s) for s in subjects)


_SHOWING = frozenset({"show", "capture", "depict"})


def _unowned_recording(ix: ArticleIndex, noun: Token) -> bool:
    """True for a recording no one is named as owner or maker of: "The video shows ...".

    What such a recording shows is the writer's own description of what it shows, as
    with papers an outlet holds; "a police video", "footage from the ministry" or
    "Smith's video" names who stands behind it and stays a source.
    """
    if noun.lemma_.lower() not in _RECORDINGS:
        return False
    return not any(
        c.dep_ == "poss"
        or (c.dep_ == "compound" and may_speak(ix, c))
        or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS)
        for c in noun.children
    )


_OWNER_PREPS = frozenset({"from", "by", "of"})


def _speaks_for_someone(noun: Token) -> bool:
    """True for a noun that is words or findings of someone: a document, data, or speech.

    A document or a finding speaks for its authors; a noun of speech only with an
    owner ("the ministry's response", "a reply from the board"): "the positive
    response to the film" is how it was received, no one's words.
    """
    lemma = noun.lemma_.lower()
    if lemma in DOCUMENT_NOUNS or lemma in _READINGS:
        return True
    if lemma not in NOMINAL_CUES:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS) for c in noun.children
    )


_READINGS = frozenset({"data", "figure", "number", "statistic", "evidence", "research", "test"})
"""Nouns of findings that speak for those who gathered them ("the data suggest")."""


def _reports_nothing(ix: ArticleIndex, cue: Token) -> bool:
    """True for a cue word used in a sense that reports nothing (the predicates above)."""
    return (
        _admits_someone(cue)
        or _blamed_act(cue)
        or _hearsay(cue)
        or _called_to_speak(cue)
        or _writes_work(cue)
        or _goes_on_without_words(ix, cue)
        or _finds_in_state(cue)
        or _calls_name(cue)
    )


_NAMES = frozenset({"name"})


def _calls_name(cue: Token) -> bool:
    """True for "call" whose object is a name: "calling her name", "called out his name".

    Calling a name summons or hails someone; it states nothing, and a subject that
    calls a name in a figure of speech ("Rehab has been calling her name") is no
    source.
    """
    return cue.lemma_.lower() in _CALLING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _NAMES for c in cue.children
    )


_STATE_TAGS = frozenset({"VBN"})
"""Tags of a bare participle saying what state something is found in (an adjective may
be a judgement: "finds the plan compelling")."""
_BODILY_STATES = frozenset(
    {
        "dead",
        "alive",
        "unconscious",
        "unresponsive",
        "asleep",
        "awake",
        "naked",
        "missing",
        "empty",
        "unharmed",
        "ajar",
        "lifeless",
        "motionless",
    }
)
"""Adjectives of a condition one comes upon, never a judgement: "found two women dead",
"found the flat empty"."""
_CLAUSE_WORDS = frozenset({"mark", "aux", "auxpass", "dobj"})
"""Words that make a participle the verb of a clause ("found the firm had ignored",
"found voters rated Democrats higher")."""


def _finds_in_state(cue: Token) -> bool:
    """True for "find" with an object and a bare participle or state after it.

    "She finds her loyalties tested", "found herself trapped", "police found two women
    dead": finding someone or something in a state is what the subject goes through or
    comes upon, no report of theirs. A clause of its own ("found that the pilot was
    tired", "found the pilot had been drinking") is a finding stated, an adjective other
    than one of :data:`_BODILY_STATES` may be a judgement ("finds the plan compelling"),
    and a verdict ("found him guilty") is the court's act (:func:`_verdict`).
    """
    if cue.lemma_.lower() != "find" or _verdict(cue):
        return False
    states = [c for c in cue.children if c.dep_ in _SMALL_CLAUSES]
    return bool(states) and all(
        (c.tag_ in _STATE_TAGS or c.lemma_.lower() in _BODILY_STATES)
        and c.i > cue.i
        and not any(g.dep_ in _CLAUSE_WORDS for g in c.children)
        for c in states
    )


_OWN_REPORTING = frozenset(
    {"report", "reveal", "disclose", "learn", "confirm", "understand", "establish", "find"}
)
"""Cues with which an outlet states what it found out ("the Sentinel reported", "has
learned", "can confirm"): said by the article's own outlet, the words are its own report."""


def _own_reporting(ix: ArticleIndex, cue: Token, lemma: str) -> bool:
    """True when ``cue`` is the article's own outlet reporting (:data:`_OWN_REPORTING`).

    "Vell has promised rebels a second vote, the Sentinel has learned" in the Capital
    Sentinel: the outlet's scoop, on its own word, not a statement of Vell's; no cue in
    its words credits anyone (:func:`_inside`), as "..., the Dunmere Herald reported"
    credits the whole sentence to the Herald rather than to Vell.
    """
    return lemma in _OWN_REPORTING and own_report(ix, cue, lemma)


_NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "appos", "compound", "amod"})
"""Dependencies that lead from a noun up the phrase it is part of ("a person familiar
with the matter": the matter, with, familiar, the person)."""


def _names_speaker(ix: ArticleIndex, cue: Token) -> bool:
    """True for a cue in a relative clause of a noun that speaks through another cue.

    "..., said a worker who asked not to be named because staff had been told not to
    speak to the press": the clause is part of the words naming the worker (why the
    name is withheld), no statement of its own; crediting it would count one anonymous
    worker three times for one quote.
    """
    clause = cue
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    noun = clause.head
    while noun.dep_ in _NOUN_PHRASE_DEPS and noun.head.i != noun.i:
        noun = noun.head  # "a worker at the plant, who asked ...", "a person familiar
        # with the matter who asked ...": the words naming the worker or the person
        if ix.cues.get(noun.i) == "according to":
            return True  # "according to a worker who asked not to be identified"
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i in (noun.i, cue.i):
        return False
    return verb.i in ix.cues or (
        verb.pos_ == "VERB" and f"{verb.lemma_.lower()}/VERB" in ATTRIBUTION_CUES
    )


_FINDING_WHO = r"(?P<who>[^,;:()\n]{2,80}?)[ \t]+(?P<cue>"
_FINDING_TAILS = {
    cue: re.compile(r",[ \t]*" + _FINDING_WHO + rx.pattern + r")$", re.IGNORECASE)
    for cue, rx in OUTLET_FINDINGS.items()
}
"""A finding cue closing its sentence: "..., the Herald has learned"."""
_FINDING_LEADS = {
    cue: re.compile(r"^" + _FINDING_WHO + rx.pattern + r")[ \t]+that\b", re.IGNORECASE)
    for cue, rx in OUTLET_FINDINGS.items()
}
"""A finding cue opening its sentence with "that": "The Herald understands that ..."."""
_FINDING_ASIDE = re.compile(
    r",[ \t]*(?P<who>[^,;:()\n]{2,80}?)[ \t]+(?P<cue>reports|reported|has[ \t]+reported),",
    re.IGNORECASE,
)
"""A report cue set off inside its sentence: "... late Thursday, TMZ reports, barely ..."."""
_OUTLET_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PUNCT", "VERB"})
"""Parts of speech of the words naming an outlet (the parser may take a name's word
for a verb or an adjective); any other word (a pronoun, an auxiliary) names no outlet."""
_MAX_OUTLET_WORDS = 6


def _outlet_findings(ix: ArticleIndex, article: Article) -> list[tuple[Attribution | None, Span]]:
    """The sentences an outlet presents as what it found out (:data:`OUTLET_FINDINGS`).

    "..., the Herald has learned" credits the sentence before its comma to the Herald,
    "The Herald understands that ..." the clause after "that", as "..., the Herald
    reported" does. The words are matched beside the outlet's name, because the parser
    misreads them ("understands" as a plural noun) or takes the outlet for the hearer
    ("..., the Herald has been told"). The article's own outlet is credited with nothing
    (its pair has no attribution), but its span is its own report all the same.
    """
    found: list[tuple[Attribution | None, Span]] = []
    text = ix.text
    for start, end in ix.sent_bounds:
        sentence = text[start:end].rstrip(" \t\n.!?\"'”’)")
        for cue, tail, lead in _finding_matches(sentence):
            match = tail or lead
            if match is None:
                continue
            who = Span(start + match.start("who"), start + match.end("who"))
            source = _finding_outlet(ix, who)
            if source is None:
                break
            if tail is not None:
                content = Span(start, start + match.start())
            else:
                content = Span(start + match.end(), start + len(sentence))
            content = _stripped(text, content)
            if content.end <= content.start:
                break
            if source.key == ix.own_outlet:
                found.append((None, content))
            else:
                span = _stripped(text, Span(who.start, start + match.end("cue")))
                credit = Attribution(
                    article.id, span, content, source.name, source.key, source.kind, cue
                )
                found.append((credit, content))
            break
    return found


def _finding_matches(
    sentence: str,
) -> Iterator[tuple[str, re.Match[str] | None, re.Match[str] | None]]:
    """Per finding cue, its closing and opening matches in ``sentence``.

    Last comes a report cue set off inside the sentence ("..., the Gazette reports,
    ..."), credited like a closing cue: the words before it.
    """
    for cue in OUTLET_FINDINGS:
        tail = _FINDING_TAILS[cue].search(sentence)
        yield cue, tail, None if tail else _FINDING_LEADS[cue].match(sentence)
    yield "report", _FINDING_ASIDE.search(sentence), None


def _stripped(text: str, span: Span) -> Span:
    """``span`` without white space and quotation marks at its ends."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS):
        end -= 1
    return Span(start, end)


def _finding_outlet(ix: ArticleIndex, who: Span) -> Source | None:
    """The outlet that the words ``who`` before a finding cue name, else None."""
    tokens = [i for i in ix.token_range(who.start, who.end) if not ix.doc[i].is_space]
    if not 0 < len(tokens) <= _MAX_OUTLET_WORDS or any(ix.in_quote[i] for i in tokens):
        return None
    if any(ix.doc[i].pos_ not in _OUTLET_WORDS for i in tokens):
        return None
    source, _ = source_of(ix, ix.doc[tokens[-1]])
    return source if source is not None and source.kind is SourceKind.OUTLET else None


def _inside(attribution: Attribution, reports: Sequence[Span]) -> bool:
    """True when the cue and source of ``attribution`` lie inside one of ``reports``."""
    span = attribution.span
    return any(r.start <= span.start and span.end <= r.end for r in reports)


def _outermost(
    candidates: Sequence[Attribution],
    others: Sequence[Attribution],
    *,
    inside_sources: bool = False,
) -> list[Attribution]:
    """``candidates`` whose cue does not lie inside the content of one of ``others``.

    In "Trump said Clinton wants to raise taxes" the statement is Trump's; "Clinton
    wants" is part of what he said, not a second statement of the article; but the
    words naming a credit may hold another's content ("The breach was first reported
    by the Calder Ledger, citing ...": the breach is what was reported). With
    ``inside_sources``, nor does a cue inside the words naming another source ("a
    source quoted by the newspaper said", "according to sources reporting in the Herald").
    """
    return [
        a
        for a in candidates
        if not any(
            (
                b.content.start <= a.span.start < b.content.end
                and not a.content.start <= b.span.start < a.content.end
                and not a.span.start <= b.content.start < b.content.end <= a.span.end
            )
            or (
                inside_sources
                and b.span != a.span
                and b.span.start <= a.span.start
                and a.span.end <= b.span.end
            )
            for b in others
            if b is not a
        )
    ]


_SPEAKING_KINDS = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION})


def _channel(credit: Attribution, others: Sequence[Attribution]) -> bool:
    """True for "according to" a document that only carries a named speaker's words.

    In '"I feel nothing," she said, according to the statement', the statement is how
    her words came out, not a second source of them: the person or body whose cue
    lies inside the credited words speaks, and the document credits no one else.
    """
    if credit.cue != "according to" or credit.kind is not SourceKind.DOCUMENT:
        return False
    return any(
        b.kind in _SPEAKING_KINDS and credit.content.start <= b.span.start < credit.content.end
        for b in others
        if b is not credit
    )


def _carried_frames(
    ix: ArticleIndex, quotes: Sequence[Quote], frames: Sequence[Frame | None]
) -> list[Frame | None]:
    """The frames of ``quotes``, with the frame of a speaker the quote search carried over.

    A quote with no cue of its own that :func:`~corrobora.extract.quotes.find_quotes`
    gives the speaker of the statement before it ("The director denied reports that
    ... “Contrary to what has been reported, ...”") is that speaker's: its words are
    credited through the speaker's latest cue before it.
    """
    carried = list(frames)
    for n, quote in enumerate(quotes):
        if carried[n] is None and quote.direct and quote.speaker is not None:
            carried[n] = _speaker_frame(ix, quote, carried[:n])
    return carried


def _speaker_frame(ix: ArticleIndex, quote: Quote, earlier: Sequence[Frame | None]) -> Frame | None:
    """The latest frame before ``quote`` with the cue and speaker it was given.

    An earlier quote's frame, or that of a cue in the sentence right before it.
    """
    opening = mark_before(ix.text, quote.parts[0].start)
    start, _ = ix.sentence_bounds(max(opening - 1, 0))
    near = [
        frame_for_cue(ix, ix.doc[i])
        for i in ix.token_range(start, opening)
        if i in ix.cues and not ix.in_quote[i]
    ]
    candidates = [
        f
        for f in [*earlier, *near]
        if f is not None and f.cue_start < opening and _frames_speaker(f, quote)
    ]
    return max(candidates, key=lambda f: f.cue_start, default=None)


def _frames_speaker(frame: Frame, quote: Quote) -> bool:
    """True when ``frame`` has the cue and the speaker ``quote`` was given."""
    speaker = frame.speaker
    if speaker is None or frame.cue != quote.cue:
        return False
    if quote.speaker_key is not None:
        return speaker.entity and speaker.key == quote.speaker_key
    return quote.speaker is not None and quote.speaker in speaker.name


def find_attributions(
    doc: Doc, article: Article, mentions: Sequence[Mention], quotes: Sequence[Quote]
) -> tuple[Attribution, ...]:
    """Return the statements ``article`` credits to upstream sources, in text order.

    Args:
        doc: the spaCy parse of ``article.text``.
        article: the article.
        mentions: its named-entity mentions (keys are used as source keys).
        quotes: its direct quotes; each quote with a speaker is credited too, with
            the quote as content.
    """
    ordered = sorted(quotes, key=lambda q: q.span.start)
    ix = ArticleIndex(doc, article, mentions, [p for q in ordered for p in q.parts])
    spans = [q.span for q in ordered]
    found: list[Attribution] = []
    quoted_by: dict[int, list[Span]] = {}
    frames = _carried_frames(ix, ordered, quote_frames(ix, [q.parts for q in ordered]))
    for quote, frame in zip(ordered, frames, strict=True):
        if frame is not None and quote.direct:
            quoted_by.setdefault(frame.cue_index, []).append(quote.span)
            found.extend(_credit(article, frame, quote.span))
    framed = found
    found = []
    clauses = [a for token in doc for a in _measured_credit(ix, article, token)]
    own: list[Span] = []  # what the article's own outlet reports on its own word
    for index, cue in sorted(ix.cues.items()):
        token = doc[index]
        if ix.in_quote[index]:
            continue
        relative = _relative_credit(ix, article, token)
        if relative:
            clauses.extend(relative)
            continue
        if _authored(token) or _strikes(token) or hypothetical(token) or _answers_door(token):
            continue
        if _names_speaker(ix, token) or _reports_nothing(ix, token):
            continue
        if _inference(ix, token) or _thing_infers(ix, token) or recording_shows(ix, token):
            # the article's own reading, crediting no one inside it
            own.extend(_content_of(ix, token, spans))
            continue
        propositional = True
        if cue == "according to":
            content = _according_content(ix, token, spans)
            if content is not None and _own_document(ix, token):
                own.append(content)  # "according to a tally by the Courier" in the Courier
                continue
        else:
            complement = _complement(ix, token, spans)
            content, propositional = complement if complement is not None else (None, False)
        if content is None or any(
            q.start - 3 <= content.start and content.end <= q.end + 3
            for q in quoted_by.get(token.i, ())
        ):
            continue
        frame = _reporting_frame(ix, token, cue, _cue_frame(ix, token, generic=True))
        if frame is not None:
            states = (
                _states(cue, propositional)
                and not refusal(token)
                and not _calls_up(token)
                and not _verdict(token)
                and not _requests(token)
                and not _summoning(token)
                and not unperformed(token)
                and not time_clause(token)
                and not while_clause(token)
                and not _aside_report(ix, token)
                and not (_takes(token) and not propositional)
            )
            found.extend(_credit(article, frame, content, statement=states))
        elif _own_reporting(ix, token, cue):
            own.append(content)
    learned = _learned(ix, article, spans, own)
    findings = _outlet_findings(ix, article)
    reports = [*own, *(content for _, content in findings)]
    credits = [
        credit
        for credit, _ in findings
        if credit is not None
        and not any(
            a.source_key == credit.source_key
            and a.span.start < credit.span.end
            and credit.span.start < a.span.end
            for a in [*found, *learned]
        )
    ]
    found = [a for a in found if not _inside(a, reports)]
    found = [a for a in found if not _channel(a, [*framed, *found])]
    learned = [a for a in learned if not _inside(a, reports)]
    pool = [*framed, *found, *learned, *credits]
    unique = {
        *framed,
        *_outermost(found, pool),
        *_outermost(learned, pool, inside_sources=True),
        *credits,
        *(a for a in clauses if not _inside(a, reports)),
        *_trailer_credit(ix, article),
    }
    unique = {a for a in unique if not ix.in_headline_at(a.span.start)}
    return tuple(sorted(unique, key=_text_order))


def _text_order(a: Attribution) -> tuple[int, int, int, str, int, int, str, bool]:
    """Where an attribution stands in the text, then every field that tells two apart.

    Two credits of one cue may differ only in where their content ends; the order of
    the result must not follow the order of a set, which changes from run to run.
    """
    return (
        a.span.start,
        a.content.start,
        _KIND_ORDER[a.kind],
        a.source_key,
        a.content.end,
        a.span.end,
        a.cue,
        a.statement,
    )

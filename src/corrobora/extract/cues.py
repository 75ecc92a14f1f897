"""Cues of quotation and attribution, and the cast of one article.

The lexicon holds general English resources only (no word here comes from a
particular article): the verbs that report speech, the nouns that name an anonymous
source, a document, a news outlet or a person's role, and the head words of
news-outlet names. Besides verbs of speech, a verb that puts a figure on something
("police put the number at about 20,000", "officials placed the toll at 45", "gave a
figure of 60,000", "police counted 18,000 marchers") is a cue: it states the figure
(:func:`figure_cue`); "put the plan on hold" is none. "ruled out" states its object
denied, like "denied" (:data:`PHRASAL_CUES`). A passive
participle in an absolute construction ("with no serious incidents reported") is no
cue: its subject is what was (not) reported, no speaker (:func:`absolute_participle`).

:class:`ArticleIndex` holds the look-ups of one parsed article: tokens, sentences,
quoted tokens, reporting cues, and its named entities with their source kind (person,
organization or outlet) and display name; it resolves pronouns and descriptions ("he",
"the president", "the newspaper") to those entities, a "he" or "she" only to a person
whose gender, as the article shows it (an honorific, a gendered role noun), agrees.
:func:`dateline_spans` and :func:`wire_trailer` find the lines that open and close
wire copy; :func:`headline_lines` finds the headline lines inside a body (a subhead, a
"related" link, the headline repeated), whose cues credit no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Article, EntityKind, Mention, SourceKind, Span
from ..text import canonical_key
from .learned_cues import ATTRIBUTION_CUES
from .nlp import check_doc, is_hard_wrapped

__all__ = [
    "ANONYMOUS_NOUNS",
    "ANONYMOUS_QUALIFIERS",
    "BUSINESS_KINDS",
    "COMPANY_HEADS",
    "DOCUMENT_NOUNS",
    "ESTIMATE_VERBS",
    "FIGURE_NOUNS",
    "FRAME_ONLY_VERBS",
    "FUNCTION_NOUNS",
    "KIND_NOUNS",
    "NOMINAL_CUES",
    "NON_OUTLET_HEADS",
    "ORGANIZATION_NOUNS",
    "OUTLET_CONTEXT_VERBS",
    "OUTLET_FINDINGS",
    "OUTLET_NOUNS",
    "PRODUCT_KINDS",
    "PUBLIC_BODY_HEADS",
    "QUOTE_MARKS",
    "REPORTING_VERBS",
    "RESEARCH_NOUNS",
    "ROLE_NOUNS",
    "STRONG_OUTLET_HEADS",
    "TRAILER_CUE",
    "WEAK_OUTLET_HEADS",
    "ArticleIndex",
    "Source",
    "Trailer",
    "absolute_participle",
    "cue_of",
    "dateline_spans",
    "figure_cue",
    "headline_lines",
    "initials_of",
    "is_age_description",
    "looks_like_outlet_name",
    "misparsed_verb",
    "nominal_cue",
    "participle_clause",
    "trailing_clause",
    "wire_trailer",
]


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


REPORTING_VERBS = _words(
    """
    say tell add ask warn declare announce insist claim confirm deny explain note write
    reply respond state report argue assert acknowledge admit allege answer comment
    conclude contend emphasize emphasise estimate indicate maintain mention observe
    predict promise remark repeat reveal stress suggest testify tweet vow threaten urge
    recall disclose affirm concede complain boast quip shout yell whisper exclaim joke
    muse reiterate underline underscore specify clarify assure inform caution pledge
    proclaim protest retort speculate wonder recount describe tout charge counter
    dismiss lament hint post read demand plead beg scream cry chant sing recite
    call label dub brand term characterize characterise liken accuse blast criticize
    criticise condemn denounce decry slam attack praise laud hail mock cite rate
    """
)
"""Lemmas of verbs that report what someone said or wrote, or how they called something."""

FRAME_ONLY_VERBS = _words("continue")
"""Verbs that report speech only right before or after the quote ("she continued:")."""

FRAME_ONLY_PHRASAL = {("call", "out"): "call out", ("cry", "out"): "cry out"}
"""Verb + particle pairs that report speech only right before a quote ("was calling
out: '...'"); elsewhere they name no speech ("called out the mayor over the delay")."""

NOMINAL_CUES = _words(
    """
    claim statement remark remarks comment comments assertion promise pledge warning vow
    accusation description words insistence boast threat suggestion argument allegation
    admission denial message question answer reply response words phrase slogan
    """
)
"""Nouns that report speech when a possessive names the speaker ("Trump's claim that")."""

PHRASAL_CUES = {("point", "out"): "point out", ("go", "on"): "go on", ("rule", "out"): "rule out"}
"""Verb + particle pairs that report speech ("pointed out", "went on") or a denial by
their subject ("police ruled out foul play", "ruled out withdrawing the reform")."""

ESTIMATE_VERBS = _words("put place peg give estimate measure count")
"""Verbs that state a figure with an object of :data:`FIGURE_NOUNS` and an "at" phrase
("put the number at about 20,000", "pegged the cost at $2 billion"), or an "of" phrase
of that object ("gave a figure of 60,000"); see :func:`figure_cue`."""

_MEASURING_VERBS = _words("estimate measure")
"""Estimating verbs that state a figure of any object ("measured the quake at 7.1")."""

_COUNTING_VERBS = _words("count")
"""Verbs whose counted object is the figure they state ("police counted 18,000 marchers")."""

FIGURE_NOUNS = _words(
    "number figure toll crowd total cost count turnout tally attendance damage loss value "
    "amount sum bill shortfall deficit magnitude"
)
"""Nouns whose value an estimating verb states ("the death toll", "the crowd", "put the
losses at 95 million")."""

ANONYMOUS_NOUNS = _words(
    """
    source official diplomat aide insider witness resident observer analyst expert
    staffer employee officer investigator negotiator authorities insiders
    lawmaker legislator adviser advisor
    """
)
"""Nouns naming an unnamed informant ("a senior official", "sources")."""

QUALIFIED_ANONYMOUS_NOUNS = _words("person people someone individual member")
"""Nouns that name an anonymous source only with a qualifier ("people close to ...")."""

ANONYMOUS_QUALIFIERS = _words(
    "familiar knowledge close briefed aware involved anonymity knowledgeable"
)
"""Words that make a person noun an anonymous source ("familiar with the talks")."""

DOCUMENT_NOUNS = _words(
    """
    report reports statement communique communiqué document documents memo memorandum
    letter filing release study survey analysis transcript readout ruling complaint
    indictment affidavit lawsuit email e-mail tweet message notice bulletin assessment
    poll cable decree resolution announcement declaration record records minutes
    article piece ad advertisement video clip spot book column editorial essay headline
    page blog footage script caption banner sign
    """
)
"""Nouns naming a written source ("the report says", "a statement from the ministry")."""

OUTLET_NOUNS = _words(
    """
    newspaper paper daily outlet broadcaster network channel magazine publication tabloid
    weekly website site station wire newswire
    """
)
"""Nouns that refer back to a news outlet ("the newspaper", "the daily")."""

OUTLET_FINDINGS = {
    "learn": re.compile(r"(?:has|have|had)\s+(?:learned|learnt)", re.IGNORECASE),
    "understand": re.compile(r"understands?", re.IGNORECASE),
    "reveal": re.compile(r"(?:can|could)\s+(?:now\s+)?reveal", re.IGNORECASE),
    "confirm": re.compile(r"(?:can|could)\s+(?:now\s+)?confirm", re.IGNORECASE),
    "tell": re.compile(
        r"(?:has|have|had|was|were)\s+been\s+told|(?:was|were)\s+told", re.IGNORECASE
    ),
    "establish": re.compile(r"(?:has|have|had)\s+established", re.IGNORECASE),
}
"""Cue words with which a news outlet presents what it found out as its report ("...,
the Herald has learned", "the Herald understands that ...", "the Herald can reveal",
"..., the Herald has been told"), each under the cue it gives. The parser often misreads
them ("understands" as a plural noun) or gives the outlet as the hearer ("has been
told"), so they are matched as words beside the outlet's name."""

ORGANIZATION_NOUNS = _words(
    """
    ministry government administration department office embassy police army military
    company firm council court committee commission party campaign federation union
    organization organisation agency bureau regime presidency palace kremlin cabinet
    authority service prefecture municipality city county district brigade hospital
    university school institute board regulator watchdog inspectorate operator utility
    airline association league tribunal parliament senate congress assembly legislature
    navy church bank corporation foundation charity team delegation club group
    maker carmaker automaker drugmaker chipmaker manufacturer retailer lender insurer
    supplier producer carrier guild chamber society alliance coalition confederation
    consortium syndicate cooperative co-operative secretariat directorate jury giant
    unit division subsidiary
    """
)
"""Nouns naming an unnamed organization as a speaker ("the ministry said")."""

KIND_NOUNS = _words(
    "company firm group corporation coalition club charity foundation airline carrier operator "
    "maker carmaker automaker drugmaker chipmaker manufacturer retailer lender insurer "
    "supplier producer giant"
)
"""Organization nouns that name a kind of organization, seldom a word of its name: "the
company" after "Brevant Pharma" is Brevant Pharma, and so is "the drugs giant"."""

_AIRLINE_ENDS = _words("air airways airlines airline")
_NAME_ENDS = {"airline": _AIRLINE_ENDS, "carrier": _AIRLINE_ENDS}
"""Kind nouns with the last words of the names of that kind: "the airline" is one named
"... Air", "... Airways" or "... Airlines"."""

PRODUCT_KINDS = _words("maker manufacturer producer supplier giant")
"""Kind nouns whose modifier names what a company makes or deals in ("the pump maker",
"the software giant"), no word of its name."""

FUNCTION_NOUNS = _words("regulator watchdog")
"""Organization nouns that name what a public body does, never a word of its name."""

PUBLIC_BODY_HEADS = _words(
    "authority agency commission administration board inspectorate bureau office directorate"
)
"""Last words of the names of public bodies that regulate or oversee ("... Safety Authority")."""

_STATE_HEADS = PUBLIC_BODY_HEADS | _words(
    "ministry department government police court council parliament senate congress "
    "assembly tribunal regulator watchdog"
)
"""Last words of the names of public bodies and state institutions, never a company's."""

BUSINESS_KINDS = KIND_NOUNS - _words("group coalition club charity foundation")
"""Kind nouns that name a business ("the company", "the carmaker"), never a public body."""

_OTHER_BODY_HEADS = _STATE_HEADS | _words(
    "union federation confederation association league party campaign committee society "
    "alliance coalition guild chamber church club charity foundation team delegation "
    "secretariat embassy army navy military brigade cabinet presidency"
)
"""Head nouns of bodies of some kind other than a business: a trade union, a party, a
ministry. "The Union of Locomotive Engineers ..., the operator said" names no union."""

ROLE_NOUNS = _words(
    """
    president minister premier chancellor spokesman spokeswoman spokesperson secretary
    senator governor mayor ambassador envoy leader dictator king queen prince princess
    pope general commander chief judge lawyer attorney prosecutor candidate congressman
    congresswoman representative politician businessman businesswoman billionaire
    executive ceo chairman chairwoman founder director manager coach player actor
    actress singer star author writer scientist researcher professor doctor economist
    man woman father mother victim suspect tycoon magnate republican democrat
    killer murderer gunman shooter convict
    rep publicist agent promoter editor host presenter anchor correspondent
    journalist columnist critic creator showrunner filmmaker screenwriter playwright
    novelist poet composer musician rapper comedian designer athlete teammate costar
    co-star boss
    """
)
"""Nouns naming one person by role ("the president", "the spokesman", "the killer"),
among them the people who speak for or work with a public figure ("her rep", "his
publicist", "the show's host")."""

_PERSON_OR_BODY_NOUNS = _words("producer operator")
"""Nouns naming a person by trade or a company alike ("film producer Matthew Olson",
"the oil producer"): before a person's name they are that person's title."""

_TITLE_NOUNS = ROLE_NOUNS | _PERSON_OR_BODY_NOUNS
"""Nouns that may stand as a person's title right before the name."""

_WORK_ROLES = _words("star costar co-star host presenter creator showrunner actor actress anchor")
"""Role nouns a work (a show, a film, a book) may describe a person by ("the Maradise
star"): the work is what the person is known for, not whom the person speaks for."""

_TITLE_RANKS = _words(
    "deputy assistant associate acting chief senior lead interim district state public "
    "special former"
)
"""Words that rank a role in a title before a name ("Deputy Prosecutor Ines Varga")."""

RESEARCH_NOUNS = _words("researcher scientist academic scholar epidemiologist")
"""Nouns whose plural names a study's team ("researchers at the University of X"): on
record for the institution or the lead researcher named with them."""

STRONG_OUTLET_HEADS = _words(
    """
    herald times journal tribune gazette telegraph chronicle news press broadcasting
    radio television tv daily magazine inquirer examiner dispatch courier newspaper
    wire newswire
    """
)
"""Last words that make a name an outlet even when tagged as a person ("Sport Wire")."""

WEAK_OUTLET_HEADS = _words(
    """
    post guardian observer mail mirror express independent standard star sun globe
    record review monitor register bulletin network channel today reporter
    sentinel weekly
    """
)
"""Last words that make an organization's name an outlet ("Washington Post")."""

COMPANY_HEADS = _words(
    """
    company corporation corp inc ltd llc plc co group holdings systems technologies
    industries motors energy pharmaceuticals pharma biotech therapeutics robotics labs
    laboratories partners capital enterprises solutions airlines airways air bank foods
    mobile telecom telecoms communications industrial chemical chemicals electric
    electronics financial petroleum semiconductor semiconductors logistics
    """
)
"""Last words of company names, never of a person's ("Harwick Mobile", "Corvenne Air"),
also the adjectives of a trade a company is named by ("Harnmark Industrial", "Dovell
Chemical"), which end no person's or place's name."""

NON_OUTLET_HEADS = COMPANY_HEADS | _words(
    """
    congress parliament senate court council committee commission ministry department
    assembly government administration nations union fund organization organisation
    party police army forces office agency authority board institute university
    foundation association federation club house guild chamber society alliance league
    coalition confederation consortium syndicate
    """
)
"""Last words of organization names that are not outlets ("told Congress")."""

_ORGANIZATION_WORDS = (
    ORGANIZATION_NOUNS | NON_OUTLET_HEADS | STRONG_OUTLET_HEADS | WEAK_OUTLET_HEADS
)
"""Words that make a name an organization's whatever the pronouns around it."""

OUTLET_CONTEXT_VERBS = _words(
    "report publish write appear quote cite tell speak talk interview broadcast air print"
)
"""Verbs whose "in X" / "by X" / "to X" names a news outlet ("published in X")."""

QUOTE_MARKS = frozenset("\"'“”„‟«»‘’‚‹›")
"""Every character that can open or close a quotation."""

_AGE = re.compile(r"^\d+-year-old$")


def cue_of(token: Token) -> str | None:
    """Return the cue string of ``token`` when it reports speech, else None.

    A reporting verb gives its lemma, a phrasal one "point out", and the "according"
    of "according to" gives "according to".
    """
    lower = token.lower_
    if lower == "according":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return "according to" if nxt is not None and nxt.lower_ == "to" else None
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma if nominal_cue(token) or misparsed_verb(token) else None
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if lemma in FRAME_ONLY_VERBS:
        after = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else "."
        return lemma if after in (",", ":", ".") or after in QUOTE_MARKS else None
    for child in token.children:
        if child.dep_ == "prt":
            phrasal = PHRASAL_CUES.get((lemma, child.lower_))
            if phrasal is not None:
                return phrasal
            framing = FRAME_ONLY_PHRASAL.get((lemma, child.lower_))
            if framing is not None and _before_quote(child):
                return framing
    if absolute_participle(token) or mere_sound(token) or idiom(token):
        return None
    if lemma in REPORTING_VERBS and token.pos_ != "AUX":
        return lemma
    if lemma in ESTIMATE_VERBS and figure_cue(token):
        return lemma
    return None


def idiom(token: Token) -> bool:
    """True for a verb of speech in a sense or set phrase that reports no one's words.

    "while posting a .919 OPS" (a result, not a post), "countered with a 9-2 run" (a
    play), "That's not to say ..." (the writer's own hedge), "rest assured that ..."
    (an imperative to the reader), "charged Dunn with murder" (an act, no claim).
    """
    return (
        _posts_result(token)
        or _plays_a_move(token)
        or _discourse_say(token)
        or _linking_misread(token)
        or _silent_reading(token)
        or _charges_act(token)
    )


_POSTED_RESULTS = _words("profit loss gain deficit surplus win victory score")
"""Results a team or a company "posts": a performance, never a message."""


_RESULT_DEPS = frozenset({"dobj", "npadvmod"})
"""Dependents a posted result hangs on: "posted a loss", "posting 20 points" (which
parsers often read as an adverbial noun)."""


def _posts_result(token: Token) -> bool:
    """True for "post" whose object is a figure or a result: "posted a .919 OPS"."""
    if token.lemma_.lower() != "post":
        return False
    objects = [c for c in token.children if c.dep_ in _RESULT_DEPS]
    return any(_numeric(c) or c.lemma_.lower() in _POSTED_RESULTS or _play(c) for c in objects)


_PLAYS = _words(
    """
    run spurt burst streak rally lead advantage edge cushion margin basket bucket layup
    dunk jumper pointer goal touchdown homer double
    """
)
"""Plays and standings of a game: what a side "answers with", "counters with" or
"maintains" on the field ("a 9-2 run", "a three-pointer", "the lead")."""
_SCORES = _words("point")
"""Plays that count only with a figure: "with 10 straight points" ("the point" is an
argument)."""
_KEEPING_VERBS = _words("maintain counter answer")
"""Reporting verbs whose plain object may be a play kept or met, not words: "maintained
the lead" (other verbs' objects are what is said: "predicted a rally")."""
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def _plays_a_move(token: Token) -> bool:
    """True for a verb of speech that names a move in a game: "Drake countered with a run".

    With no clause of words said and no quote or colon after it, a reporting verb whose
    object or "with" phrase is a play or a standing (:data:`_PLAYS`: "answered with a
    three-pointer"; for :data:`_KEEPING_VERBS` also "maintained the lead") reports the
    play on the writer's own word; the side that made it says nothing.
    """
    if _before_quote(token) or any(c.dep_ in _CLAUSE_DEPS for c in token.children):
        return False
    keeps = token.lemma_.lower() in _KEEPING_VERBS
    objects = [c for c in token.children if c.dep_ == "dobj" and keeps]
    moves = [*objects, *_prep_objects((token,), "with")]
    return any(_play(m) and not _quoted(m) for m in moves)


def _play(token: Token) -> bool:
    """True for a noun of a play or standing (:data:`_PLAYS`), or of a score with its figure."""
    lemma = token.lemma_.lower()
    return lemma in _PLAYS or (lemma in _SCORES and _numeric(token))


def _quoted(token: Token) -> bool:
    """True when a quotation mark stands among the words of ``token``'s phrase."""
    return any(t.text in QUOTE_MARKS for t in token.subtree)


_CHARGING = _words("charge")
"""Reporting verbs that report speech only with a clause ("prosecutors charged that
...") or beside a quote; "charged Dunn with murder", "charged a fee" are acts."""


def _charges_act(token: Token) -> bool:
    """True for "charge" naming an act: "police arrested and charged Dunn with murder".

    Without a clause of words said (:data:`_CLAUSE_DEPS`) and with no quote right
    before or after it, "charge" accuses someone formally, bills or loads: the
    charging body states nothing.
    """
    if token.lemma_.lower() not in _CHARGING or _before_quote(token) or _after_quote(token):
        return False
    return not any(c.dep_ in _CLAUSE_DEPS for c in token.children)


def _after_quote(token: Token) -> bool:
    """True when a quotation mark closes right before ``token``'s phrase ("...,' she said")."""
    at = token.left_edge.i - 1
    while at >= 0 and token.doc[at].text in (",", ":"):
        at -= 1
    return at >= 0 and token.doc[at].text in QUOTE_MARKS


_READ_ALOUD = NOMINAL_CUES | _words(
    "letter poem passage passages verse verses prayer verdict names list excerpt excerpts"
)
"""What one reads out to others ("read a statement", "read the names of the dead")."""
_READ_OUT = _words("aloud out")
_AUDIENCE_PREPS = _words("to from")


def _silent_reading(token: Token) -> bool:
    """True for "read" naming the taking in of a text: "after he read the transcripts".

    A reader of reports, books or transcripts says nothing: "read" reports words only
    when it frames them (a quote, a colon or a clause after it), reads out what is
    read aloud (:data:`_READ_ALOUD`), has an audience or a text read from ("read the
    letter to the court", "read from the letter") or says "aloud" or "out".
    """
    if token.lemma_.lower() != "read" or _before_quote(token):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects or any(c.lemma_.lower() in _READ_ALOUD for c in objects):
        return False
    for child in token.children:
        if child.dep_ in ("ccomp", "dative", "parataxis") or child.lower_ in _READ_OUT:
            return False
        if child.dep_ == "prep" and child.lower_ in _AUDIENCE_PREPS:
            return False
    return True


_DISCOURSE_SUBJECTS = _words("that this")
_DISCOURSE_HEADS = _words("needless suffice")


def _discourse_say(token: Token) -> bool:
    """True for "to say" in a phrase of the writer's own: "That's not to say", "needless to say".

    The infinitive complements "be" with "that"/"this" (the writer's previous point)
    for subject, or "needless"/"suffice": no one is reported saying anything.
    """
    if token.lemma_.lower() != "say" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    head = token.head
    if head.lower_ in _DISCOURSE_HEADS:
        return True
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in _DISCOURSE_SUBJECTS for c in head.children
    )


_LINKING_WORDS = _words("rest feel stay remain")
"""Verbs of state that take a participle for adjective ("rest assured")."""


def _linking_misread(token: Token) -> bool:
    """True for a participle the parser gave a linking verb for subject: "rest assured that".

    The bare word right before it, opening its clause, is an imperative verb of state,
    the participle its adjective: the reader is addressed, no one speaks.
    """
    if token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    opens = before.i in (0, token.sent.start) or before.nbor(-1).is_punct
    return (
        opens
        and before.lower_ in _LINKING_WORDS
        and before.head.i == token.i
        and before.dep_ == "nsubj"
        and not any(before.children)
    )


_SOUND_VERBS = _words("cry scream")
"""Reporting verbs that also name a sound made without words ("began to cry")."""
_SAID_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis"})
_SIDE_MARKS = _words("as while when")


def mere_sound(token: Token) -> bool:
    """True for a cry that frames no words: "as her family began to cry".

    A verb of :data:`_SOUND_VERBS` with nothing said as its object or clause and no
    quote or colon right after it, in an infinitive ("began to cry") or in a side
    clause ("as the crowd screamed"), reports weeping or noise, not what was said.
    """
    if token.lemma_.lower() not in _SOUND_VERBS or _before_quote(token):
        return False
    if any(c.dep_ in _SAID_DEPS for c in token.children):
        return False
    if token.dep_ == "xcomp":
        return True
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return token.dep_ == "advcl" and bool(marks & _SIDE_MARKS)


def _before_quote(token: Token) -> bool:
    """True when a colon or a quotation mark follows ``token`` ("calling out: '...'")."""
    after = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""
    return after == ":" or (bool(after) and after in QUOTE_MARKS)


def figure_cue(token: Token) -> bool:
    """True for a verb that puts a figure on something: "put the number at about 20,000".

    A verb of :data:`ESTIMATE_VERBS` with an object of :data:`FIGURE_NOUNS` and an "at"
    phrase naming the figure (on the verb or on the object), or such an object whose
    "of" phrase is the figure ("gave a figure of 60,000"); a counting verb whose object
    is counted ("police counted 18,000 marchers"). "put the plan on hold" states nothing.
    """
    lemma = token.lemma_.lower()
    if lemma not in ESTIMATE_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma in _COUNTING_VERBS:
        return any(map(_numeric, objects))
    named = [c for c in objects if c.lemma_.lower() in FIGURE_NOUNS]
    # "measured it at magnitude 7.1", "put it at 300": a figure of something named before
    other = [c for c in objects if c.pos_ == "PRON" or lemma in _MEASURING_VERBS]
    phrases = _prep_objects((token, *objects), "at")
    if any(map(_numeric, _prep_objects(named, "of"))):
        return True
    return bool(phrases) and (bool(named) or (bool(other) and any(map(_numeric, phrases))))


def _prep_objects(holders: Sequence[Token], preposition: str) -> list[Token]:
    """The objects of the ``preposition`` phrases hanging from ``holders``."""
    return [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _numeric(token: Token) -> bool:
    """True for a figure or a noun counted by one: "300", "magnitude 7.1"."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


_ABSOLUTE_PREPS = frozenset({"with", "without"})


def absolute_participle(token: Token) -> bool:
    """True for a past participle in an absolute construction: "with no incidents reported".

    Its subject is what was reported (or not), by no one named: no speaker, no cue.
    """
    return (
        token.tag_ == "VBN"
        and token.head.lower_ in _ABSOLUTE_PREPS
        and token.head.i < token.i
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


_UNDERGOING = _words("experience")
"""Learned cues whose subject goes through what their object names ("experienced an
outage"): no view of the subject's, whatever the object."""
_FINDING = _words("find")
"""Learned cues that name coming upon or getting something ("found alternate routes",
"find ways to pay") unless a study, a document or a court finds: then the object is
its finding ("a 2014 study found 31 cases")."""
_FINDERS = (
    DOCUMENT_NOUNS
    | RESEARCH_NOUNS
    | _words("court judge jury panel inquiry investigation probe audit review investigator")
)
"""Subjects whose finding of something is a report of it."""
_COMPLEMENT_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_NOUN_COMPLEMENTS = frozenset({"dobj", "nsubjpass"})


def _object_only(token: Token) -> bool:
    """True for a learned cue of an act or an experience whose complement is a noun phrase.

    Such a verb reports a view only through a clause after it ("ISPs found that the
    cable was cut"; a clause before it is a comment: "As gamers may have noticed,
    Veltracom is experiencing downtime"); with a direct object or a passive subject and
    no such clause it names what its subject went through (:data:`_UNDERGOING`:
    "Veltracom experienced an outage") or came upon (:data:`_FINDING`: "ISPs had found
    alternate routes", unless one of :data:`_FINDERS` finds), which credits nothing.
    """
    lemma = token.lemma_.lower()
    if lemma not in _UNDERGOING and lemma not in _FINDING:
        return False
    deps = {c.dep_ for c in token.children}
    clauses = {c.dep_ for c in token.rights}
    if deps.isdisjoint(_NOUN_COMPLEMENTS) or not clauses.isdisjoint(_COMPLEMENT_CLAUSES):
        return False
    return lemma in _UNDERGOING or not _finder(token)


def _finder(verb: Token) -> bool:
    """True when the subject of ``verb`` (or of the verb it is conjoined to) is a finder."""
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj" or verb.head is verb:
            return any(s.lemma_.lower() in _FINDERS for s in subjects)
        verb = verb.head


def nominal_cue(token: Token) -> bool:
    """True for a noun of speech owned by its speaker: "Trump's claim", "her remarks"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINAL_CUES:
        return False
    return any(c.dep_ == "poss" for c in token.children)


def misparsed_verb(token: Token) -> bool:
    """True for a reporting verb the tagger took for a noun after a plural subject.

    Small models often read "sources familiar with the talks claim Maduro ..." with
    "claim" as a noun; a singular noun form of a reporting verb between a plural noun
    and the start of a clause (a name, pronoun or determiner) is such a verb.
    """
    doc = token.doc
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not 0 < token.i < len(doc) - 1:
        return False
    if token.lemma_.lower() not in REPORTING_VERBS:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.tag_ in ("NNS", "NNPS") and after.pos_ in ("PROPN", "PRON", "DET")


def is_age_description(words: str) -> bool:
    """True for an age used as a name ("79-year-old")."""
    return bool(_AGE.match(words.replace(" ", "")))


def looks_like_outlet_name(name_key: str, *, person_tagged: bool) -> bool:
    """True when a name's words say it is a news outlet ("miami herald", "times of india").

    Args:
        name_key: the canonical key of the name (lower case, no leading "the").
        person_tagged: the recognizer labelled the name a person; then only the strong
            head words count ("Herald" yes, "Post" no: "John Post" is a person).
    """
    words = name_key.split()
    if not words:
        return False
    heads = STRONG_OUTLET_HEADS if person_tagged else STRONG_OUTLET_HEADS | WEAK_OUTLET_HEADS
    if words[-1] in heads:
        return True
    if "of" in words[1:]:
        before = words[: words.index("of", 1)]
        if before[-1] in heads:
            return True
    if words[-1] == "agency" and ("news" in words or "press" in words):
        return True
    return len(words) > 1 and words[0] in ("radio", "daily", "tv", "television")


# --------------------------------------------------------------------------------------
# The article's cast: who in this article can be a speaker or a source, and where.
# --------------------------------------------------------------------------------------

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECT_CLAUSES = frozenset({"relcl", "acl", "prep", "advcl"})
"""Parts of a subject phrase that name others than the subject ("Holm, who audited X")."""
_MALE_FEMALE = frozenset({"he", "she", "him", "her"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PERSONS = frozenset({SourceKind.PERSON})
"""The gender each personal pronoun of a person refers with."""
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
"""The gender a possessive pronoun refers with ("Tom Vale and his lawyer")."""
_HONORIFIC_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
"""The gender an honorific before a person's name gives ("Ms Arden", "Mr. Tolle")."""
_MALE_ROLES = _words(
    """
    spokesman chairman congressman businessman councilman alderman assemblyman
    policeman fireman sportsman statesman anchorman cameraman salesman
    man father husband son brother king prince boy
    widower stepfather grandfather uncle nephew fiance boyfriend grandson stepson
    """
)
_FEMALE_ROLES = _words(
    """
    spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman
    assemblywoman policewoman firewoman sportswoman stateswoman anchorwoman
    camerawoman saleswoman woman mother wife daughter sister queen princess girl
    actress widow stepmother grandmother aunt niece fiancee girlfriend granddaughter
    stepdaughter
    """
)
_KIN_WORDS = _words(
    """
    mother father sister brother son daughter wife husband aunt uncle cousin niece nephew
    grandmother grandfather grandson granddaughter stepmother stepfather stepson
    stepdaughter sibling parent widow widower fiancee fiance girlfriend boyfriend
    """
)
"""Nouns that describe a person by kinship to someone ("his sister", "the victim's son")."""
KIN_NOUNS = _KIN_WORDS
_ROLE_GENDER = {**dict.fromkeys(_MALE_ROLES, "m"), **dict.fromkeys(_FEMALE_ROLES, "f")}
"""The gender a role noun gives the person it names ("spokesman", "chairwoman")."""
_SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson")
_APPOSITION_CLIMB = frozenset({"appos", "pobj", "prep", "compound"})
"""Dependencies climbed from a name in apposition up to the subject phrase holding it."""
_CUE_LEMMAS = (
    REPORTING_VERBS
    | FRAME_ONLY_VERBS
    | NOMINAL_CUES
    | ESTIMATE_VERBS
    | {lemma for lemma, _ in PHRASAL_CUES}
    | {lemma for lemma, _ in FRAME_ONLY_PHRASAL}
    | {"according", "accord"}
)
_CUE_HASHES = numpy.array(sorted(map(StringStore().add, _CUE_LEMMAS)), dtype=numpy.uint64)
"""spaCy string-store hashes of the lemmas that may be cues (the same in every vocab)."""
_OUTLET_HEAD_HASHES = numpy.array(
    sorted(map(StringStore().add, STRONG_OUTLET_HEADS)), dtype=numpy.uint64
)
_LEARNED_HASHES = numpy.array(
    sorted(StringStore().add(key.split("/")[0]) for key in ATTRIBUTION_CUES), dtype=numpy.uint64
)
"""Hashes of the lemmas of :data:`~corrobora.extract.learned_cues.ATTRIBUTION_CUES`."""
_PROPN = POS_IDS["PROPN"]
_VERB = POS_IDS["VERB"]
_NEXT_OUTLET_SENTENCES = 2
_NAMED_BODIES = frozenset({SourceKind.ORGANIZATION, SourceKind.OUTLET})
"""Kinds of the names an organization noun may refer back to ("the agency", "the service")."""
_PRONOUN_WINDOW = 4
"""Sentences searched back for the antecedent of a pronoun or a role description."""
_ANSWERING = frozenset({"respond", "reply", "answer"})
"""Cues of an answer: their speaker is the one a question was put to, not the asker."""
_QUESTIONING = frozenset({"ask", "question", "press", "quiz", "interrogate"})
"""Verbs that put a question to the person who is their object."""
_GENDER_WORDS = {"m": _words("he him his himself"), "f": _words("she her hers herself")}
"""The pronouns that refer to a person of each gender."""
_KILLING = _words("kill murder slay assassinate execute")
"""Verbs whose object is killed: that person says nothing afterwards."""
_ASKED_DEPS = frozenset({"dobj", "dative"})
_CONTINUING = frozenset({"add", "continue"})
"""Cues that go on with what their speaker just said ("..., he added")."""
_REPORT_DEPS = frozenset({"ccomp", "parataxis", "dobj", "dative", "xcomp"})
"""Dependents of a cue that hold what is said or whom it is said to."""


def _closes_on(clause: Token, opening: int) -> bool:
    """True when ``clause`` ends right before token ``opening``, punctuation aside.

    "Nixon never called, he said": the words said come right before their speaker;
    a clause that ends further back, or on a "when" clause the speaking one goes on
    ("Lee got a roar when, at the end of the song, she added"), is the sentence's own.
    """
    between = clause.doc[clause.right_edge.i + 1 : opening]
    if not all(t.is_punct or t.is_space for t in between):
        return False
    return not any(
        t.tag_ == "WRB" and t.head.i > t.i and t.head.right_edge.i == clause.right_edge.i
        for t in clause.subtree
    )


@dataclass(frozen=True, slots=True)
class Source:
    """Who a statement or a quote is credited to, and the words that name it.

    ``entity`` is True when ``key`` is a named entity's key (a person, organization or
    outlet of the article); anonymous sources, documents and unnamed organizations
    get the canonical key of their phrase instead.
    """

    name: str
    key: str
    kind: SourceKind
    start: int
    end: int
    entity: bool


_PLACE_WORD = r"(?:[A-Z][A-Z'.-]+|[A-Z][a-z'.-]+)"
_CAPS_WORD = r"[A-Z][A-Z'.-]+"
_REGION = rf"(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)?"  # its region or country
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
_AGENCY = r"\([^()\n]{1,40}\)"
# a place, then a real dateline signal: the place in capitals ("CORVAST -"), a date
# ("Ostraven, March 9 -") or an agency ("Ostraven (Kestrel Wire) -"); never a name and
# an aside between dashes ("Mayor Ilse Coranth -- speaking on Monday -- said")
_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:"
    rf"{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}}{_REGION}"
    rf"(?:,?[ \t]+{_MONTH_DAY})?(?:[ \t]*{_AGENCY})?"
    rf"|{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}{_REGION}"
    rf"(?:,?[ \t]+{_MONTH_DAY}(?:[ \t]*{_AGENCY})?|[ \t]*{_AGENCY})"
    r")[ \t]+[-–—]+[ \t]+(?=\S)"
)


def dateline_spans(text: str) -> list[Span]:
    """Spans of the datelines in ``text``, through their dash ("CORVAST, April 23 (Wire) - ").

    A dateline opens the text or a paragraph: a place, an optional date, an optional
    agency in brackets, then a dash. It names where the story was filed, no source.
    """
    return [Span(m.start(), m.end()) for m in _DATELINE.finditer(text)]


HEADLINE_WORDS = 16
"""Most words of a headline line (:func:`headline_lines`)."""
_LINE = re.compile(r"[^\n]+")
_QUOTED_SENTENCE = re.compile(r"[.!?…][\"'”’»›]")
"""A sentence end closing a quotation: “We are not done yet.” ― Ana Ruiz is no headline."""


@lru_cache(maxsize=64)
def headline_lines(text: str) -> tuple[Span, ...]:
    """Spans of the headline lines in ``text``: a subhead, a "related" link, a headline.

    Read once per text: the analysis and the reconciliation both ask.

    A headline line is a paragraph of one line of at most :data:`HEADLINE_WORDS` words
    that opens with a capital or a digit (after any quotation mark) and ends in a letter
    or a digit: no sentence-final punctuation, no closing quotation mark, no colon or
    comma leading on; nor does it quote a sentence (“We are not done yet.” ― Ana Ruiz).
    The text's first line, with more text after it, is its title: a headline also
    when it ends in a question or an exclamation mark (:func:`_title_form`).
    In hard-wrapped text only a line between blank lines (or the text's edges) is a
    paragraph; a line a dateline opens stays a dateline, and a closing credit line a
    wire trailer (:func:`wire_trailer`). Headline grammar drops
    articles and auxiliaries, so the parser misreads it ("Redmarsh confirm Vireo
    signing" with "Vireo" as the one who confirms): it names no speaker and credits no one.
    """
    wrapped = is_hard_wrapped(text)
    datelines = dateline_spans(text)
    trailer = wire_trailer(text)
    if trailer is not None:
        datelines.append(trailer.span)  # a closing credit line ("Reporting by X")
    found: list[Span] = []
    first = len(text) - len(text.lstrip())
    for match in _LINE.finditer(text):
        line = match.group()
        start = match.start() + len(line) - len(line.lstrip())
        end = match.start() + len(line.rstrip())
        if end <= start:
            continue
        titled = start == first and _title_form(text[start:end]) and bool(text[end:].strip())
        if not titled and not _headline_form(text[start:end]):
            continue
        if wrapped and not (_blank_beside(text, start - 1, -1) and _blank_beside(text, end, 1)):
            continue
        if not any(d.start < end and start < d.end for d in datelines):
            found.append(Span(start, end))
    return tuple(found)


def _headline_form(line: str) -> bool:
    """True for a short line that opens like a title and ends without punctuation.

    It may end in a quoted fragment after title-case words (:func:`_quoted_tail`).
    """
    first = line.lstrip("".join(QUOTE_MARKS))[:1]
    return (
        (first.isupper() or first.isdigit())
        and (line[-1].isalnum() or _quoted_tail(line))
        and len(line.split()) <= HEADLINE_WORDS
        and _QUOTED_SENTENCE.search(line) is None
    )


_INNER_SENTENCE = re.compile(r"[.!?…][\"'”’»›]?\s")
"""A sentence end inside a line: a line of more than one sentence is prose."""


def _title_form(line: str) -> bool:
    """True for a short title that asks or exclaims: "Did Police Say The Driver Was Drunk?".

    The first line of a text, with more after it, is the title of a text without a
    header (see :mod:`corrobora.ingest.text`); a title may end in a question or an
    exclamation mark, which :func:`_headline_form` leaves to prose elsewhere in the
    body. A line that opens with a quotation mark is an utterance, not a title.
    """
    return (
        (line[0].isupper() or line[0].isdigit())
        and line[-1] in "?!"
        and len(line.split()) <= HEADLINE_WORDS
        and _INNER_SENTENCE.search(line) is None
    )


_TAIL_QUOTE = re.compile("\\s[\"'“‘«„‚‹]")
"""A quotation mark opening a fragment after a space."""
_WORD_PUNCT = "".join(QUOTE_MARKS) + ".,;:!?()[]…—–-"
_TITLE_WORD = 4
"""Letters from which title case capitalizes a word (shorter ones may be "of", "to")."""
_FRAGMENT_WORDS = 4
"""Most words of the quoted fragment ending a headline: a longer quote is an utterance
(`Brandt: 'He is exactly the player we wanted'`)."""


def _quoted_tail(line: str) -> bool:
    """True for title-case words ending in a quoted fragment: `Co-Worker Calls Shooter: "Kind"`.

    The fragment holds at most :data:`_FRAGMENT_WORDS` words and its closing mark
    follows a letter or a digit (a quoted sentence ends in punctuation); the words
    before its opening mark are in title case: every word of :data:`_TITLE_WORD`
    letters or more capitalized. A line that opens with the quote, or prose in
    sentence case (`He said: "Not yet"`), is no headline.
    """
    if line[-1] not in QUOTE_MARKS or not line[-2:-1].isalnum() or line[0] in QUOTE_MARKS:
        return False
    opening = [m.start() for m in _TAIL_QUOTE.finditer(line, 0, len(line) - 1)]
    if not opening or len(line[opening[-1] :].split()) > _FRAGMENT_WORDS:
        return False
    lead = [w.strip(_WORD_PUNCT) for w in line[: opening[-1]].split()]
    return all(w[:1].isupper() for w in lead if len(w) >= _TITLE_WORD and w[:1].isalpha())


def _blank_beside(text: str, at: int, step: int) -> bool:
    """True when two line breaks (or the text's edge) come before any word from ``at``."""
    breaks = 0
    while 0 <= at < len(text) and text[at].isspace():
        breaks += text[at] == "\n"
        at += step
    return breaks >= 2 or not 0 <= at < len(text)


TRAILER_CUE = "trailer"
"""The cue of an attribution to the agency named by a wire trailer."""

_TRAILER_BRACKETS = re.compile(r"\(([^()\n]{2,300})\)\s*\Z")
_TRAILER_DASH = re.compile(r"(?:\A|(?<=\n))[ \t]*([—–]|--)[ \t]*([^\n]{2,80}?)\s*\Z")
_TRAILER_LINE = re.compile(r"(?:\A|(?<=\n))[ \t]*([^\n]{2,300}?)[ \t]*\.?\s*\Z")
_BYLINE_PART = re.compile(
    r"(?P<extra>(?:with|additional)\s+(?:additional\s+)?)?"
    r"(?P<role>reporting|writing|written|editing|edited|compiled|compiling|research|"
    r"graphics|production|translation|fact-checking|photography)"
    r"(?:\s+and\s+[a-z-]+)?\s+(?:by|from)\s+(?P<names>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
_BYLINE_NAMES = re.compile(
    r"(?:the\s+)?[A-Z][\w'’.&-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’.&-]*|of|and|the|in|at|&))*"
)
"""Names as a credit line lists them: "Ana Lind in Ostraven and Piet Varo", "the X Agency"."""
_AUTHOR_ROLES = frozenset({"reporting", "writing", "written", "compiled", "compiling"})
"""Roles that make whom they name the author of the story, not a helper or an editor."""
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|of|and|the|&)")
_AFTER_SENTENCE = frozenset(".!?") | QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class Trailer:
    """The line that closes wire copy: an agency credit or a byline.

    ``span`` covers the whole trailer (brackets or dash included); ``agency`` the
    agency's name, None for a byline of people ("Reporting by ...; Editing by ...").
    """

    span: Span
    agency: Span | None


def wire_trailer(text: str) -> Trailer | None:
    """The wire trailer ending ``text``, or None.

    A trailer is a bracketed line or sentence at the very end ("(Continental Press
    Agency)", "(Reporting by ...; Editing by ...)"), a last line opened by a dash
    ("— Continental Press Agency"), or a last line that is a credit line and nothing
    else ("Reporting by Ana Lind; Editing by Tom Hale.", "Compiled by the X Agency.").
    It holds a byline, or a name whose words make it a news outlet or agency; anything
    else (an aside, a photo credit, a sentence about reporting) is no trailer. A byline
    whose author is an agency ("Reporting by the X Agency") credits the agency.
    """
    found = _TRAILER_BRACKETS.search(text)
    if found is not None and _trailer_opens(text, found.start()):
        return _trailer(Span(found.start(), found.end(1) + 1), found.start(1), found.group(1))
    found = _TRAILER_DASH.search(text)
    if found is not None:
        return _trailer(Span(found.start(1), found.end(2)), found.start(2), found.group(2))
    found = _TRAILER_LINE.search(text)
    if found is not None and _credit_line(found.group(1)):
        end = found.end(1) + (text[found.end(1) : found.end(1) + 1] == ".")
        return _trailer(Span(found.start(1), end), found.start(1), found.group(1))
    return None


def _trailer_opens(text: str, at: int) -> bool:
    """True when a bracket at ``at`` opens a line or follows the end of a sentence."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in _AFTER_SENTENCE


def _credit_line(line: str) -> bool:
    """True for a bare line of byline parts that list names only ("Reporting by Ana Lind").

    Without brackets or a dash, only names after each "by" tell a credit line from a
    sentence about reporting ("Reporting by journalists was banned").
    """
    parts = [_BYLINE_PART.fullmatch(part.strip()) for part in line.split(";")]
    return all(
        part is not None and _BYLINE_NAMES.fullmatch(part["names"].strip()) for part in parts
    )


def _trailer(span: Span, inner: int, words: str) -> Trailer | None:
    """The trailer ``span`` whose words ``words`` start at ``inner``, if they credit or sign."""
    name = words.strip()
    parts = [_BYLINE_PART.fullmatch(part.strip()) for part in name.split(";")]
    if all(parts):
        return Trailer(span, _byline_agency(words, inner))
    if not _agency_name(name):
        return None
    at = inner + words.index(name)
    return Trailer(span, Span(at, at + len(name)))


def _byline_agency(words: str, inner: int) -> Span | None:
    """The agency a byline ``words`` (at ``inner``) names as the story's author, if any.

    "Reporting by the X Agency; Editing by Tom Hale" says the agency wrote the story,
    as "(X Agency)" does; "Additional reporting by ..." or "With reporting from ..."
    names a helper, and an editor no author.
    """
    first = words.split(";")[0]
    lead = _BYLINE_PART.fullmatch(first.strip())
    if lead is None or lead["extra"] or lead["role"].lower() not in _AUTHOR_ROLES:
        return None
    start = inner + len(first) - len(first.lstrip()) + lead.start("names")
    names = lead["names"].rstrip(" \t\n.")
    if names[:4].lower() == "the ":
        start, names = start + 4, names[4:]
    if not _agency_name(names):
        return None
    return Span(start, start + len(names))


def _agency_name(name: str) -> bool:
    """True for a short capitalized name whose words make it a news outlet or agency."""
    words = name.split()
    if not 0 < len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return words[0][0].isupper() and looks_like_outlet_name(
        canonical_key(name), person_tagged=False
    )


_OUTLET_TAIL_WORDS = STRONG_OUTLET_HEADS | WEAK_OUTLET_HEADS | _words("agency media")
"""Words an outlet's short name leaves off its full one ("Nordvik" of "Nordvik Agency")."""


def _as_own_outlet(mention: Mention, own: str) -> Mention:
    """``mention`` keyed as the article's own outlet when it names it by its short name.

    "told Nordvik that ..." in the Nordvik Agency: the name is the outlet's without its
    trailing outlet words, and an organization's name, not a person's or a place's
    ("Halvenport" in the Halvenport Courier is the town).
    """
    if not own or mention.kind not in (EntityKind.ORGANIZATION, EntityKind.OTHER):
        return mention
    words, full = mention.key.split(), own.split()
    tail = full[len(words) :]
    if not words or full[: len(words)] != words or not tail:
        return mention
    if not all(word in _OUTLET_TAIL_WORDS for word in tail):
        return mention
    return replace(mention, key=own)


class ArticleIndex:
    """Token, sentence and mention look-ups of one parsed article, built once per call.

    It knows which tokens lie inside quotes, each entity key's kind (person,
    organization or outlet) and display name, and resolves pronouns and role
    descriptions ("he", "the president", "the newspaper") to the entity they refer to.
    """

    def __init__(
        self, doc: Doc, article: Article, mentions: Sequence[Mention], quoted: Sequence[Span]
    ) -> None:
        check_doc(doc, article)
        self.doc = doc
        self.text = article.text
        self.article = article
        # the key of the article's own outlet ("" when unknown)
        self.own_outlet = canonical_key(article.outlet) if article.outlet else ""
        columns = doc.to_array([IDX, LENGTH, SENT_START, LEMMA, LOWER, POS])
        self.starts: list[int] = columns[:, 0].tolist()
        ends = (columns[:, 0] + columns[:, 1]).tolist()
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        first = 0
        for i in numpy.flatnonzero(columns[:, 2] == 1).tolist():
            if i:
                self.sent_bounds.append((self.starts[first], ends[i - 1]))
                self.sent_of[first:i] = [len(self.sent_bounds) - 1] * (i - first)
                first = i
        if len(doc):
            self.sent_bounds.append((self.starts[first], ends[-1]))
            self.sent_of[first:] = [len(self.sent_bounds) - 1] * (len(doc) - first)
        # tokens of a headline line (:func:`headline_lines`): no cue there credits anyone
        self.in_headline = [False] * len(doc)
        for span in headline_lines(article.text):
            for i in self.token_range(span.start, span.end):
                self.in_headline[i] = True
        # the person key each resolved "he"/"she" refers to, by token (resolve_pronoun)
        self._pronoun_keys: dict[int, str | None] = {}
        self.cues: dict[int, str] = {}
        for i in numpy.flatnonzero(numpy.isin(columns[:, 3], _CUE_HASHES)).tolist():
            found = cue_of(doc[i]) if not self.in_headline[i] else None
            if found is not None:
                self.cues[i] = found
        learned = numpy.isin(columns[:, 3], _LEARNED_HASHES) & (columns[:, 5] == _VERB)
        # verbs whose lemma is a learned attribution cue (``learned_cues``), but none
        # that names an act or an experience by its object (:func:`_object_only`)
        self.learned: list[int] = [
            i
            for i in numpy.flatnonzero(learned).tolist()
            if not self.in_headline[i] and not idiom(doc[i]) and not _object_only(doc[i])
        ]
        self.in_quote = [False] * len(doc)
        for part in quoted:
            for i in self.token_range(part.start, part.end):
                self.in_quote[i] = True
        # tokens of a dateline ("CORVAST, April 23 (Kestrel Wire) - "): never a source
        self.in_dateline = [False] * len(doc)
        for span in dateline_spans(article.text):
            for i in self.token_range(span.start, span.end):
                self.in_dateline[i] = True
        self.mentions = sorted(
            (
                _as_own_outlet(m, self.own_outlet)
                for m in mentions
                if not any(self.in_dateline[i] for i in self.token_range(m.span.start, m.span.end))
                and not self._capitalized_noun(m)
            ),
            key=lambda m: m.span.start,
        )
        self.mention_starts = [m.span.start for m in self.mentions]
        self.mention_of: dict[int, Mention] = {}
        self.root_of: dict[int, Token] = {}
        for number, mention in enumerate(self.mentions):
            tokens = self.token_range(mention.span.start, mention.span.end)
            for i in tokens:
                self.mention_of.setdefault(i, mention)
            if tokens:
                root = doc[tokens[0]]
                for i in tokens:
                    if doc[i].head.i not in tokens or doc[i].head.i == i:
                        root = doc[i]
                        break
                self.root_of[number] = root
        self.display: dict[str, str] = {}
        spelled: dict[str, bool] = {}
        for mention in self.mentions:
            name = _clean_name(mention.text)
            exact = canonical_key(name) == mention.key
            current = self.display.get(mention.key)
            if current is None or (exact, len(name)) > (spelled[mention.key], len(current)):
                self.display[mention.key] = name
                spelled[mention.key] = exact
        # keys of the names that end in a company word ("harwick mobile")
        self.companies = {
            m.key for m in self.mentions if len(m.key.split()) > 1 and _company_word(m.key)
        }
        # keys named as places ("Singapore" beside "Singapore Airlines" is the country),
        # also where a body is based ("founded in Nordvik", "the Kessburg-listed group")
        self.places = {
            m.key
            for number, m in enumerate(self.mentions)
            if m.kind is EntityKind.PLACE
            or (number in self.root_of and _seat(self.root_of[number]))
        }
        # names a kind noun puts in apposition ("the charity Diabetes Action"): each
        # token of such a name maps to the name's token range
        self.body_name_at: dict[int, tuple[int, int]] = {}
        self.named_bodies: set[str] = set()
        for token in doc:
            bounds = self._apposed_name(token)
            if bounds is not None:
                self.named_bodies.add(self._name_key(*bounds))
                for i in range(*bounds):
                    self.body_name_at[i] = bounds
        self.kinds = self._vote_kinds()
        self.outlets = [
            (m.span.start, m.key) for m in self.mentions if self.kinds[m.key] is SourceKind.OUTLET
        ]
        heads = numpy.isin(columns[:, 4], _OUTLET_HEAD_HASHES) & (columns[:, 5] == _PROPN)
        for i in numpy.flatnonzero(heads).tolist():
            if i not in self.mention_of:
                self._add_unrecognized_outlet(i)
        self.outlets.sort()
        for number, mention in enumerate(self.mentions):
            if self._known_by_work(number, mention):
                for i in self.token_range(mention.span.start, mention.span.end):
                    if self.mention_of.get(i) is mention:
                        del self.mention_of[i]

    def _known_by_work(self, number: int, mention: Mention) -> bool:
        """True for the name of a work that describes a person: "the Maradise star".

        A show, film or book before "star", "host" or "creator" says what the person is
        known for; the words name that person, never the work. A news outlet before
        such a noun ("the Kestrel TV host") stays the outlet the person speaks on.
        """
        root = self.root_of.get(number)
        if root is None or root.dep_ != "compound" or root.head.i < root.i:
            return False
        if root.head.lemma_.lower() not in _WORK_ROLES or root.head.i in self.mention_of:
            return False
        return self.kinds.get(mention.key) is not SourceKind.OUTLET

    def _capitalized_noun(self, mention: Mention) -> bool:
        """True for a person "name" that is one common noun capitalized by its position.

        "Filmmaker and aviator Howard Hughes pursued her": the first word of a sentence
        is capitalized whatever it is; an occupation there names no one (the name
        apposed to it is the person's own mention). A word that is the last of a
        fuller name the article gives ("quarterback Drew Brees said ... Brees said") is
        that person's surname, whatever tag the parser gave it.
        """
        tokens = self.token_range(mention.span.start, mention.span.end)
        if mention.kind is not EntityKind.PERSON or len(tokens) != 1:
            return False
        token = self.doc[tokens[0]]
        words = mention.key.split()
        if len(words) > 1 and words[-1] == token.lower_:
            return False
        return token.pos_ == "NOUN" and bool(token.is_sent_start) and token.text[1:].islower()

    # -- tokens and sentences ---------------------------------------------------------

    def token_range(self, start: int, end: int) -> list[int]:
        """Indices of the tokens that start inside ``[start, end)`` or cover ``start``."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        if first < len(self.starts) and self.doc[first].idx + len(self.doc[first]) <= start:
            first += 1
        last = bisect_left(self.starts, end)
        return list(range(first, last))

    def token_at(self, char: int) -> int:
        """Index of the token covering or preceding character ``char``."""
        return max(bisect_right(self.starts, char) - 1, 0)

    def sentence_bounds(self, char: int) -> tuple[int, int]:
        """Character bounds of the sentence holding character ``char``."""
        return self.sent_bounds[self.sent_of[self.token_at(char)]] if self.sent_bounds else (0, 0)

    def in_headline_at(self, char: int) -> bool:
        """True when character ``char`` lies on a headline line (:func:`headline_lines`)."""
        return bool(self.doc) and self.in_headline[self.token_at(char)]

    # -- entities ---------------------------------------------------------------------

    def _vote_kinds(self) -> dict[str, SourceKind]:
        """One source kind per key: outlet by name or context, else person / organization."""
        kinds: dict[str, SourceKind] = {}
        own = self.own_outlet
        for number, mention in enumerate(self.mentions):
            key = mention.key
            person = mention.kind is EntityKind.PERSON and not self._company_named(key)
            person = person and key not in self.named_bodies
            outlet = looks_like_outlet_name(key, person_tagged=person) or key == own
            # "KBS" in the Keldor Broadcasting Service; two letters ("BT" in the Business
            # Times) may be a company's, an outlet only by context ("told FT")
            outlet = outlet or (not person and len(key) > 2 and initials_of(own, key))
            root = self.root_of.get(number)
            if not outlet and root is not None:
                # "daily Morgenvakt": an outlet whatever the recognizer took it for
                outlet = any(_outlet_title(c, root) for c in root.children)
            if not outlet and not person and root is not None:
                outlet = _outlet_context(root, key) and not self._leads_company(key)
            if outlet:
                kinds[key] = SourceKind.OUTLET
            elif key not in kinds:
                kinds[key] = SourceKind.PERSON if person else SourceKind.ORGANIZATION
        for number, mention in enumerate(self.mentions):
            root = self.root_of.get(number)
            if root is not None and kinds[mention.key] is SourceKind.ORGANIZATION:
                kinds[mention.key] = self._retyped(root, mention)
        return kinds

    def _apposed_name(self, noun: Token) -> tuple[int, int] | None:
        """Token range of the name right after a lower-case organization noun, or None.

        "the charity Diabetes Action", "the carmaker Volvex", "the regulator Ofcam": the
        kind noun says what the name is, an organization, whatever the recognizer made
        of the name (nothing, a person). A title before a person ("the police
        Commissioner Ana Ruiz") and a person the noun does not govern ("the team Dario
        Menck joined") are not such names; nor is a date ("the court Monday").
        """
        if (
            noun.pos_ != "NOUN"
            or not noun.is_lower
            or noun.lemma_.lower() not in ORGANIZATION_NOUNS
        ):
            return None
        doc = self.doc
        end = noun.i + 1
        last = None
        while end < len(doc) and not doc[end].is_sent_start:
            token = doc[end]
            if _name_word(token):
                last = end
            elif token.lower_ not in _NAME_LINKS or last is None:
                break
            end += 1
        if last is None:
            return None
        name = doc[noun.i + 1 : last + 1]
        if name[0].lower_ in ROLE_NOUNS or not any(t.pos_ == "PROPN" for t in name):
            return None
        if noun.lemma_.lower() in _PERSON_OR_BODY_NOUNS and self._person_named(name):
            return None  # "the producer Matthew Olson": the producer's title, a person
        if any(self._stray_person(t.i, noun) for t in name):
            return None
        return name.start, name.end

    def _person_named(self, name: SpacySpan) -> bool:
        """True when ``name`` is a person's name of two or more words the recognizer found."""
        mention = self.mention_of.get(name[0].i)
        return (
            mention is not None
            and mention.kind is EntityKind.PERSON
            and len(mention.key.split()) > 1
        )

    def _stray_person(self, i: int, noun: Token) -> bool:
        """True when token ``i`` is in a person's name that is not the noun's apposition.

        A person named after a title ("the police Commissioner Ana Ruiz") or as the
        subject or object of a clause of its own ("the team Dario Menck joined").
        """
        mention = self.mention_of.get(i)
        if mention is None or mention.kind is not EntityKind.PERSON:
            return False
        if self.mention_of.get(noun.i + 1) is not mention:
            return True
        root = self.doc[i]
        while root.head.i != root.i and self.mention_of.get(root.head.i) is mention:
            root = root.head
        return root.dep_ in _CLAUSE_ROLES and root.head.i != noun.i

    def _name_key(self, start: int, end: int) -> str:
        """The key of the name in tokens ``[start, end)``: its mention's, else its own."""
        mention = self.mention_of.get(start)
        whole = list(range(start, end))
        if mention is not None and self.token_range(mention.span.start, mention.span.end) == whole:
            return mention.key
        return canonical_key(self.doc[start:end].text)

    def _company_named(self, key: str) -> bool:
        """True when ``key`` names a company, whatever label the recognizer gave it.

        "Harwick Mobile did not respond" (a name ending in a company word) and "Harwick
        said" beside "Harwick Mobile" (its leading name): no person is named so.
        """
        return key in self.companies or self.company_led(key) is not None

    def company_led(self, key: str) -> str | None:
        """The one company key of the article that ``key`` is the leading name of, or None.

        "Harwick" of "Harwick Mobile"; None beside two ("Harwick Mobile", "Harwick
        Bank") or none.
        """
        found = {company for company in self.companies if company.startswith(key + " ")}
        return found.pop() if len(found) == 1 else None

    def _leads_company(self, key: str) -> bool:
        """True when ``key`` starts an organization's longer name that is no outlet's.

        "Brightwater reported a net profit" beside "Brightwater Sensors": the company's
        short name, reporting its own figures, not a news outlet.
        """
        return any(
            mention.kind is EntityKind.ORGANIZATION
            and mention.key.startswith(key + " ")
            and not looks_like_outlet_name(mention.key, person_tagged=False)
            for mention in self.mentions
        )

    def _retyped(self, root: Token, mention: Mention) -> SourceKind:
        """Person for an organization's key that :meth:`_mistyped_person` accepts."""
        person = self._mistyped_person(root, mention)
        return SourceKind.PERSON if person else SourceKind.ORGANIZATION

    def _mistyped_person(self, root: Token, mention: Mention) -> bool:
        """True for a speaker's name the recognizer typed as an organization or place.

        A name led by a person's title ("Deputy Prosecutor Ines Varga") is a person's
        (:func:`_titled_name`).

        "Solvay said she was confident"; "Ingrid Solvay said the count was fair. "...,"
        she said." (a name of two or more words followed by a speaking "he"/"she"); a
        name of two or more words the recognizer took for a work, a product or an event,
        none of which speaks ('"...," Tomas Vell said').
        """
        if _titled_name(self._with_title(mention)):
            return True
        if not self._names_speaker(root, mention.key):
            return False
        if self._speaks_of_self(root):
            return True
        if mention.kind is EntityKind.OTHER and len(mention.key.split()) > 1:
            return True  # '"...," Tomas Vell said' labelled a work: no work speaks
        return len(mention.key.split()) > 1 and self._pronoun_speaks_next(root)

    def _with_title(self, mention: Mention) -> str:
        """The words of ``mention`` with the title words before it: "prosecutor Ines Varga"."""
        tokens = self.token_range(mention.span.start, mention.span.end)
        if not tokens:
            return self.text[mention.span.start : mention.span.end]
        first = tokens[0]
        while first > 0 and self.doc[first - 1].lower_ in _TITLE_NOUNS | _TITLE_RANKS:
            first -= 1
        return self.text[self.doc[first].idx : mention.span.end]

    def _pronoun_speaks_next(self, root: Token) -> bool:
        """True when a "he"/"she" after ``root``'s cue can only mean ``root``.

        No person is named in between, and the pronoun speaks in this or the next
        sentence, or is any clause's subject after the cue in this one ("Varenne said of
        joining the club he supported as a boy").
        """
        last = self.sent_of[root.i] + 1
        for i in range(root.i + 1, len(self.doc)):
            if self.sent_of[i] > last:
                break
            mention = self.mention_of.get(i)
            if mention is not None and mention.kind is EntityKind.PERSON:
                return False
            token = self.doc[i]
            if token.lower_ in ("he", "she") and token.dep_ == "nsubj":
                return not self.in_quote[i] and (
                    token.head.i in self.cues or self._after_cue_in_sentence(root, i)
                )
        return False

    def _after_cue_in_sentence(self, root: Token, i: int) -> bool:
        """True when token ``i`` follows the cue ``root`` is subject of, in its sentence."""
        return i > root.head.i and self.sent_of[i] == self.sent_of[root.i]

    @staticmethod
    def _speaks_of_self(root: Token) -> bool:
        """True when the clause said by ``root`` has "he" or "she" as its subject.

        "Solvay said she was confident": an organization speaks of itself as "it" or
        "we", so the name is taken as a person's.
        """
        verb = root.head
        return any(
            grand.dep_ == "nsubj" and grand.lower_ in ("he", "she")
            for child in verb.children
            if child.dep_ == "ccomp"
            for grand in child.children
        )

    def _names_speaker(self, root: Token, key: str) -> bool:
        """True when ``root`` heads a name that may be a person's, subject of a cue.

        Every word is a singular proper noun, none is an organization's head word, and
        the name's last word never starts a longer name ("Harrowgate Rovers").
        """
        verb = root.head
        if root.dep_ != "nsubj" or verb.i not in self.cues or self.in_quote[verb.i]:
            return False
        words = key.split()
        if not words or set(words) & _ORGANIZATION_WORDS:
            return False
        name = [t for t in self.doc[root.left_edge.i : root.i + 1] if t.is_alpha]
        if any(t.tag_ != "NNP" for t in name):
            return False
        return not self.starts_longer_name(words[-1])

    def starts_longer_name(self, word: str) -> bool:
        """True when lower-case ``word`` is followed by a capitalized name word somewhere.

        "Harrowgate" of "Harrowgate Rovers": a club's or firm's short name, no surname.
        """
        return word in self._name_openers

    @cached_property
    def _name_openers(self) -> frozenset[str]:
        """The lower-cased words of the text that a capitalized name word follows."""
        doc = self.doc
        return frozenset(
            t.lower_ for t in doc[:-1] if doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title
        )

    def entity_source(self, key: str, start: int, end: int) -> Source:
        """The source of an entity key, named by the characters ``[start, end)``.

        An outlet named by the end of the article's own outlet name ("told the Courier"
        in the Halvenport Courier) or by its initials ("told KBS" in the Keldor
        Broadcasting Service) is that outlet, under the article's outlet key; a
        company's leading name ("Harwick" beside "Harwick Mobile") is the company, unless
        it names a place ("Singapore" beside "Singapore Airlines").
        """
        kind = self.kinds.get(key, SourceKind.ORGANIZATION)
        company = None
        if kind is SourceKind.ORGANIZATION and key not in self.places:
            company = self.company_led(key)
        if company is not None and self.kinds.get(company) is SourceKind.ORGANIZATION:
            key = company  # "Harwick said" beside "Harwick Mobile": the company
        name = self.display.get(key, key)
        own = self.own_outlet
        if kind is SourceKind.OUTLET and own != key and own.endswith(" " + key):
            key, name = own, _clean_name(self.article.outlet)
        elif _initials_source(kind, key) and initials_of(own, key):
            key, name, kind = own, _clean_name(self.article.outlet), SourceKind.OUTLET
        return Source(name, key, kind, start, end, True)

    def _recent(
        self,
        before: int,
        kinds: frozenset[SourceKind],
        *,
        subject: bool,
        window: int | None = _PRONOUN_WINDOW,
        skip: frozenset[str] = frozenset(),
    ) -> str | None:
        """Key of the last mention of ``kinds`` before ``before`` within ``window`` sentences."""
        found = self._recent_at(before, kinds, subject=subject, window=window, skip=skip)
        return found[0] if found is not None else None

    def _recent_at(
        self,
        before: int,
        kinds: frozenset[SourceKind],
        *,
        subject: bool,
        window: int | None = _PRONOUN_WINDOW,
        gender: str = "",
        known: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> tuple[str, int] | None:
        """Key and first character of the last mention ``_recent`` would find.

        With a ``gender``, a person the article shows is of the other gender is passed
        over (with ``known``, also one it shows no gender for), and a name in
        apposition to a cue's subject counts as a subject. Keys in ``skip`` are passed
        over.
        """
        sent_limit = self.sent_of[self.token_at(before)] - window if window is not None else -1
        for number in range(bisect_left(self.mention_starts, before) - 1, -1, -1):
            mention = self.mentions[number]
            root = self.root_of.get(number)
            if root is None or self.in_quote[root.i] or mention.key in skip:
                continue
            if self.sent_of[root.i] < sent_limit:
                break
            if self.kinds.get(mention.key) not in kinds:
                continue
            if gender and self.genders.get(mention.key, "" if known else gender) != gender:
                continue
            if subject and not (
                _is_subject(root) or (gender and self._apposed_speaker(root) is not None)
            ):
                continue
            return mention.key, mention.span.start
        return None

    def within_pronoun_reach(self, token: Token, i: int) -> bool:
        """True when token ``i`` is in the sentences searched for ``token``'s antecedent."""
        return self.sent_of[i] >= self.sent_of[token.i] - _PRONOUN_WINDOW

    def organization_subject(self, token: Token) -> tuple[str, int] | None:
        """Key and start of the organization or outlet "it"/"they" would name by entity."""
        kinds = frozenset({SourceKind.ORGANIZATION, SourceKind.OUTLET})
        return self._recent_at(token.idx, kinds, subject=True)

    def resolve_pronoun(self, token: Token) -> str | None:
        """Key of the person a subject "he" or "she" refers to, or None.

        Only a person whose gender, as the article shows it, agrees with the pronoun
        (:attr:`genders`): "he" never refers to "Ms Arden". The last such person that
        was a sentence subject (or named in apposition to the subject of a cue: "A
        spokesman for X, Jon Brask, said") in this or the previous few sentences, else
        the last one mentioned there, else the last one subject further back. An unnamed
        speaker of that gender who spoke later than that subject ("a spokesman for the
        office told reporters. He said") is the one referred to: the organization a
        spokesperson speaks for, else no one known (None). A speaking "it" or "they" is
        resolved by ``sources._organization_pronoun`` (see :meth:`organization_subject`).
        """
        if token.i not in self._pronoun_keys:
            self._pronoun_keys[token.i] = self._resolved_pronoun(token)
        return self._pronoun_keys[token.i]

    def _resolved_pronoun(self, token: Token) -> str | None:
        """Key of the person a subject "he" or "she" refers to (see :meth:`resolve_pronoun`)."""
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is None:
            return None
        skip = self.said_about(token)
        speaker = self._previous_speaker(token, gender)
        if speaker is not None and speaker not in skip:
            return speaker
        found = self._known_person(token.idx, gender, skip) or self._recent_person(
            token.idx, gender, subject=True, skip=skip
        )
        unnamed = self._unnamed_speaker(token, gender)
        if unnamed is not None and (found is None or unnamed.idx > found[1]):
            return self._spoken_for(unnamed)
        if found is None:
            found = self._recent_person(token.idx, gender, subject=False, skip=skip)
        if found is None:
            found = self._far_subject(token, gender, skip)
        if found is None or self._unlabelled_subject(found[1], token):
            return None
        return found[0]

    def _far_subject(
        self, pronoun: Token, gender: str, skip: frozenset[str]
    ) -> tuple[str, int] | None:
        """The last person subject before ``pronoun`` beyond its reach, or None.

        So far back, the subject is the pronoun's antecedent only when no other person
        the pronoun may fit is named after it: "Alder made his entrance and thanked
        Varga ... [sentences on] ... he camped out" leaves Varga as likely as Alder.
        """
        found = self._recent_person(pronoun.idx, gender, subject=True, window=None, skip=skip)
        if found is None:
            return None
        for number in range(bisect_left(self.mention_starts, found[1]), len(self.mentions)):
            mention = self.mentions[number]
            if mention.span.start >= pronoun.idx:
                break
            root = self.root_of.get(number)
            if root is None or self.in_quote[root.i] or mention.key == found[0]:
                continue
            if (
                self.kinds.get(mention.key) is SourceKind.PERSON
                and self.genders.get(mention.key, gender) == gender
            ):
                return None
        return found

    def _previous_speaker(self, pronoun: Token, gender: str) -> str | None:
        """The person who spoke in the sentence before a speaking ``pronoun``, or None.

        "Holm said Berg had agreed to repay. She said her office would ...": a speaker
        who goes on speaking is referred to by the pronoun, not a person named inside
        what that speaker said. The speaker is the one person subject of the outermost
        cues of the previous sentence, of a gender the pronoun fits, named or referred to
        by a pronoun of that gender ("..., he testified, Timmons fired. '...,' he said").
        An answer ("he responded", "she replied") after a question put to one person
        ("Lynch asked Coleman, '...?'") is that person's, not the asker's.
        """
        if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.i not in self.cues:
            return None
        sentence = self.sent_of[pronoun.i]
        earlier = [
            i
            for i in self.cues
            if i < pronoun.i and self.sent_of[i] == sentence and not self.in_quote[i]
        ]
        answers = _answers(pronoun.head)
        fronted = None if earlier or answers else self._fronted_subject(pronoun, gender)
        if fronted is not None:
            return fronted
        if earlier:
            spliced = self._spliced_speaker(pronoun, earlier, gender)
            if spliced is not None or not answers or sentence == 0:
                return spliced
        if sentence == 0:
            return None
        before = self._sentence_before_utterance(sentence)
        if answers:
            asked = self._questioned_in(before)
            if len(asked) == 1:
                return self._fitting(asked.pop(), pronoun, gender, before)
            if earlier:
                return None
        keys = self._speakers_of(before, gender)
        if len(keys) != 1:
            return None
        if pronoun.head.lemma_.lower() in _CONTINUING and not self._named_since(
            before, pronoun, gender
        ):
            return self._not_other_gender(keys.pop(), gender)
        return self._fitting(keys.pop(), pronoun, gender, before)

    def _fronted_subject(self, pronoun: Token, gender: str) -> str | None:
        """The person subject of a clause that opens the sentence of ``pronoun``, or None.

        "After Lina was hit, she cried, '...'": the one the opening clause is about is
        the one who speaks, not the speaker of the sentence before. Only a clause
        before the pronoun that reports no words, with one named person subject the
        pronoun may refer to.
        """
        keys: set[str] = set()
        for clause in pronoun.head.children:
            if clause.dep_ == "advcl" and clause.i < pronoun.i and clause.i not in self.cues:
                keys |= self._person_subjects(clause)
        if len(keys) != 1:
            return None
        return self._not_other_gender(keys.pop(), gender)

    def _speakers_of(self, sentence: int, gender: str) -> set[str]:
        """Keys of the people subject of the outermost cues of ``sentence``.

        With no cue outside quotes there, the subjects of its main verbs: "Ann Lee had
        reminded the judge that ... '...,' she said" goes on with Lee.
        """
        outer = [
            i
            for i in self.cues
            if self.sent_of[i] == sentence
            and not self.in_quote[i]
            and not any(a.i in self.cues for a in self.doc[i].ancestors)
        ]
        verbs = [participle_clause(self.doc[i]) for i in outer] or self._main_verbs(sentence)
        keys: set[str] = set()
        for verb in verbs:
            keys |= self._person_subjects(verb) or self._pronoun_subjects(verb, gender)
        return keys

    def _main_verbs(self, sentence: int) -> list[Token]:
        """The root verb of ``sentence`` and the verbs coordinated with it, outside quotes."""
        roots = [
            self.doc[i]
            for i in self.token_range(*self.sent_bounds[sentence])
            if self.doc[i].dep_ == "ROOT" and not self.in_quote[i]
        ]
        return [
            t
            for root in roots
            for t in (root, *root.conjuncts)
            if t.pos_ in ("VERB", "AUX") and not self.in_quote[t.i]
        ]

    def _questioned_in(self, sentence: int) -> set[str]:
        """Keys of the people a question is put to in ``sentence``, outside quotes.

        "Lynch then questioned Coleman about the gun. When asked ..., he answered":
        the one questioned answers, whether or not the question verb reports words.
        """
        keys: set[str] = set()
        for i in self.token_range(*self.sent_bounds[sentence]):
            if not self.in_quote[i]:
                keys |= self._asked_people(self.doc[i])
        return keys

    def _not_other_gender(self, key: str, gender: str) -> str | None:
        """``key`` unless the article shows that person is not of ``gender``.

        "'...,' Marin said. '...,' he added": adding goes on with the words just said,
        by their speaker, whoever else of that gender the article has named before.
        """
        shown = self.genders.get(key)
        return key if shown in (None, gender) else None

    def _named_since(self, sentence: int, pronoun: Token, gender: str) -> bool:
        """True when a person known to be of ``gender`` is named from ``sentence`` on.

        "... Stevie Wonder, who joked ... Ms. LaBelle got a roar when she added ...":
        a woman named after the last speaker is the one who adds.
        """
        known = self._known_person(pronoun.idx, gender, self.said_about(pronoun))
        return known is not None and known[1] >= self.sent_bounds[sentence][0]

    def said_about(self, subject: Token) -> frozenset[str]:
        """Keys of the people named in what the cue ``subject`` speaks says, or told.

        A speaker is not named by name in their own report: in "Nixon never called, he
        said" or "the prosecutor claimed that Venti was ...", the name is someone the
        words are about, and the subject who speaks is another person. The speaker of a
        report within it, with words of its own ("Coach Lee said ..., he also said"), is
        left out: that person speaks. Of words quoted, only the quote is what is said
        ('Sen. Ann Lee scolded him: "...," she said').
        """
        verb = subject.head
        if subject.dep_ not in _SUBJECT_DEPS or verb.i not in self.cues:
            return frozenset()
        opening = min(subject.left_edge.i, verb.i)
        tokens = [
            t
            for c in verb.children
            if c.dep_ in _REPORT_DEPS and (c.i > verb.i or _closes_on(c, opening))
            for t in c.subtree
            if self.in_quote[t.i] or not self.in_quote[c.i]
        ]
        if verb.dep_ == "parataxis":
            # "Nixon never called, he said" parsed with the cue hung on the words said
            tokens += [t for t in verb.head.subtree if t not in verb.subtree]
        speaking = {
            t.i
            for cue in tokens
            if cue.i in self.cues and any(c.dep_ == "ccomp" for c in cue.children)
            for s in cue.children
            if s.dep_ in _SUBJECT_DEPS
            for t in s.subtree
        }
        keys = {
            mention.key
            for t in tokens
            if t.i not in speaking
            and (mention := self.mention_of.get(t.i)) is not None
            and self.kinds.get(mention.key) is SourceKind.PERSON
        }
        return frozenset(keys)

    def _spliced_speaker(self, pronoun: Token, earlier: list[int], gender: str) -> str | None:
        """The speaker of a report spliced before a speaking ``pronoun`` in its sentence.

        "Coach Lee said the knee needs rest, he also said that ...": the report before
        the comma is inside the pronoun's clause, and its one named person subject goes
        on speaking, unless the article shows that person is of the other gender.
        """
        verb = pronoun.head
        spliced = [i for i in earlier if verb in self.doc[i].ancestors]
        if len(spliced) != len(earlier):
            return None
        asked = self._asked_in_clause(spliced)
        if asked is not None:
            return self._not_other_gender(asked, gender)
        keys: set[str] = set()
        for i in spliced:
            keys |= self._person_subjects(self.doc[i])
        if len(keys) != 1:
            return None
        key = keys.pop()
        shown = self.genders.get(key)
        return key if shown in (None, gender) else None

    def _asked_in_clause(self, spliced: list[int]) -> str | None:
        """The one person a question in a clause before the answer is put to, or None.

        "When I asked Alder if he kept the ball, he said he might": the one asked
        answers, not the asker nor anyone named earlier. Only a question cue heading a
        subordinate clause of the answer counts.
        """
        keys: set[str] = set()
        for i in spliced:
            if self.doc[i].dep_ == "advcl":
                keys |= self._asked_people(self.doc[i])
        return keys.pop() if len(keys) == 1 else None

    def _fitting(self, key: str, pronoun: Token, gender: str, sentence: int) -> str | None:
        """``key``, who spoke in ``sentence``, when the pronoun may refer to them, else None.

        Not when the article shows the person is of the other gender, nor when the
        person's gender is unknown and another person in reach is known to be of the
        pronoun's (:meth:`_known_person`) and is named or referred to in ``sentence`` or
        after it ("'...,' her agent, Tom Vale, said. '...,' she said"). One known only
        from earlier sentences leaves the pronoun to the nearer speaker: "Timmons said
        he wrote it. Rossi asked the media to ... '...,' he said" is Rossi's.
        """
        shown = self.genders.get(key)
        if shown == gender:
            return key
        if shown is not None:
            return None
        known = self._known_person(pronoun.idx, gender, self.said_about(pronoun))
        if known is None:
            return key
        start = self.sent_bounds[sentence][0]
        return None if known[1] >= start or self._refers_in(sentence, gender) else key

    def _refers_in(self, sentence: int, gender: str) -> bool:
        """True when a pronoun of ``gender`` outside quotes is in ``sentence``."""
        words = _GENDER_WORDS[gender]
        return any(
            self.doc[i].lower_ in words and not self.in_quote[i]
            for i in self.token_range(*self.sent_bounds[sentence])
        )

    def _all_quoted(self, sentence: int) -> bool:
        """True when every word of ``sentence`` (quote marks aside) is quoted."""
        words = [
            i
            for i in self.token_range(*self.sent_bounds[sentence])
            if not (self.doc[i].is_punct or self.doc[i].is_space)
        ]
        return bool(words) and all(self.in_quote[i] for i in words)

    def _sentence_before_utterance(self, sentence: int) -> int:
        """The sentence before ``sentence``, past the quoted sentences it closes.

        A quote of several sentences ends on '..., he said': the speaker it continues is
        in the sentence before the quote opened, not in its own quoted sentences, and
        no name inside the quoted words is an antecedent of the "he".
        """
        sentence -= 1
        while sentence > 0 and self._all_quoted(sentence):
            sentence -= 1
        return sentence

    def _asked_people(self, verb: Token) -> set[str]:
        """Keys of the people a question cue is put to ("Lynch asked Coleman, '...?'")."""
        if verb.lemma_.lower() not in _QUESTIONING:
            return set()
        keys: set[str] = set()
        for child in verb.children:
            mention = self.mention_of.get(child.i) if child.dep_ in _ASKED_DEPS else None
            if mention is not None and self.kinds.get(mention.key) is SourceKind.PERSON:
                keys.add(mention.key)
        return keys

    def _pronoun_subjects(self, verb: Token, gender: str) -> set[str]:
        """The person a subject pronoun of ``gender`` of ``verb`` refers to, as a key set.

        "..., he testified, Timmons pulled the trigger. '...,' he said": the speaker who
        goes on speaking is the earlier "he", not the person named in his words.
        """
        keys: set[str] = set()
        for subject in verb.children:
            if subject.dep_ in _SUBJECT_DEPS and _PRONOUN_GENDER.get(subject.lower_) == gender:
                key = self.resolve_pronoun(subject)
                if key is not None:
                    keys.add(key)
        return keys

    def _person_subjects(self, verb: Token) -> set[str]:
        """Keys of the people the subject of ``verb`` names (its clauses left out)."""
        keys: set[str] = set()
        for subject in verb.children:
            if subject.dep_ not in _SUBJECT_DEPS:
                continue
            stack = [subject]
            while stack:
                token = stack.pop()
                mention = self.mention_of.get(token.i)
                if mention is not None and self.kinds.get(mention.key) is SourceKind.PERSON:
                    keys.add(mention.key)
                stack.extend(c for c in token.children if c.dep_ not in _SUBJECT_CLAUSES)
        return keys

    def _unlabelled_subject(self, after: int, pronoun: Token) -> bool:
        """True when a name the recognizer missed is a subject between a person and "she".

        "Judge Annika Roos said ... Ilse Marrow, the union's general secretary, welcomed
        the decision. '...,' she said": "she" is Marrow, whom no mention names; the judge
        named before her is the wrong answer, so none is given here (the unlabelled
        name is found by :meth:`unlabelled_antecedent`).
        """
        start = self.token_at(after)
        return any(self._unlabelled_name(t) for t in self.doc[start + 1 : pronoun.i])

    def unlabelled_antecedent(self, pronoun: Token) -> Token | None:
        """The name a speaking "he"/"she" refers to that the recognizer missed, or None.

        "Ana Ruiz, the head of the agency, urged calm. '...,' she said": the nearest
        proper-noun subject before the pronoun, in its paragraph
        or the sentence before, that no mention covers (a person's name left
        unlabelled), with no person named between them. The caller checks that the
        words make a person's name.
        """
        if pronoun.lower_ not in _MALE_FEMALE or self.in_quote[pronoun.i]:
            return None
        paragraph = self.text.rfind("\n", 0, pronoun.idx) + 1
        first = self.sent_of[pronoun.i] - 1
        for i in range(pronoun.i - 1, -1, -1):
            token = self.doc[i]
            if token.idx < paragraph and self.sent_of[i] < first:
                return None
            mention = self.mention_of.get(i)
            if mention is not None and self.kinds.get(mention.key) is SourceKind.PERSON:
                return None  # a person named nearer: resolved by gender or not at all
            if self._unlabelled_name(token):
                return token
        return None

    def _unlabelled_name(self, token: Token) -> bool:
        """True for a proper-noun subject outside quotes that no mention covers."""
        return (
            token.dep_ in _SUBJECT_DEPS
            and token.pos_ == "PROPN"
            and token.i not in self.mention_of
            and not self.in_quote[token.i]
            and token.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP")
        )

    def _recent_person(
        self,
        before: int,
        gender: str,
        *,
        subject: bool,
        window: int | None = _PRONOUN_WINDOW,
        known: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> tuple[str, int] | None:
        """Key and start of the last person before ``before`` a pronoun of ``gender`` fits."""
        return self._recent_at(
            before, _PERSONS, subject=subject, window=window, gender=gender, known=known, skip=skip
        )

    def _known_person(
        self, before: int, gender: str, skip: frozenset[str] = frozenset()
    ) -> tuple[str, int] | None:
        """The last person in pronoun reach the article shows is of ``gender``, or None.

        "Ann Berg has died, her agent said. '...,' her agent, Tom Vale, said. '...,' she
        said": a person known to be of the pronoun's gender is a surer antecedent than
        a nearer one of unknown gender; a subject first, else any mention.
        """
        found = self._recent_person(before, gender, subject=True, known=True, skip=skip)
        return found or self._recent_person(before, gender, subject=False, known=True, skip=skip)

    def _apposed_speaker(self, root: Token) -> Token | None:
        """The subject of a cue that the name ``root`` is in apposition inside, or None.

        "A spokesman for the Chamber of Commerce, Jon Brask, said": the parser often
        hangs the name on the organization; the speaker is the named spokesman.
        """
        if root.dep_ != "appos":
            return None
        token = root
        for _ in range(6):
            if token.dep_ not in _APPOSITION_CLIMB or token.head is token:
                return None
            token = token.head
            if token.dep_ in _SUBJECT_DEPS:
                verb = token.head
                return token if verb.i in self.cues and not self.in_quote[verb.i] else None
        return None

    @cached_property
    def genders(self) -> dict[str, str]:
        """The gender ("m" or "f") of each person key the article shows one for.

        Evidence is the article's own: an honorific with the name ("Ms Arden"), a
        gendered role noun as its title or appositive ("spokeswoman Ana Ruiz", "Tom
        Rask, the chairman") or heading the subject it is apposed in ("A spokesman for
        X, Jon Brask, said"). A person with contradicting evidence has none.
        """
        seen: dict[str, set[str]] = {}
        for number, mention in enumerate(self.mentions):
            root = self.root_of.get(number)
            if root is None or self.kinds.get(mention.key) is not SourceKind.PERSON:
                continue
            found = seen.setdefault(mention.key, set())
            found.update(self._mention_genders(root, mention))
        for key, gender in self._pronoun_genders():
            seen.setdefault(key, set()).add(gender)
        for key, gender in self._possessive_genders():
            seen.setdefault(key, set()).add(gender)
        return {key: found.pop() for key, found in seen.items() if len(found) == 1}

    def _possessive_genders(self) -> Iterator[tuple[str, str]]:
        """Each person key with the gender of a possessive that can only be that person's.

        "Ann Berg has died, her agent said": in a sentence whose possessives outside
        quotes are all of one gender, one after the only person named before it there
        refers to that person, unless it is on the person's own title or appositive
        ("Tom Vale, her agent"): no one is his or her own agent. A possessor ("Berg's
        agent said his client") is no antecedent of the possessive on the thing owned.
        """
        for sentence, found in self._possessives_by_sentence().items():
            if len({_POSSESSIVE_GENDER[t.lower_] for t in found}) != 1:
                continue
            for token in found:
                key = self._possessor_named_before(token, sentence)
                if key is not None:
                    yield key, _POSSESSIVE_GENDER[token.lower_]

    def _possessives_by_sentence(self) -> dict[int, list[Token]]:
        """The possessive "his"/"her" tokens outside quotes, by sentence."""
        found: dict[int, list[Token]] = {}
        for token in self.doc:
            if token.lower_ not in _POSSESSIVE_GENDER or token.dep_ != "poss":
                continue
            if not self.in_quote[token.i] and not self.in_headline[token.i]:
                found.setdefault(self.sent_of[token.i], []).append(token)
        return found

    def _possessor_named_before(self, possessive: Token, sentence: int) -> str | None:
        """The key of the one person named before ``possessive`` in its sentence, or None."""
        keys: set[str] = set()
        roots: list[Token] = []
        for number, mention in enumerate(self.mentions):
            root = self.root_of.get(number)
            if root is None or root.i >= possessive.i or self.sent_of[root.i] != sentence:
                continue
            if self.in_quote[root.i] or self.kinds.get(mention.key) is not SourceKind.PERSON:
                continue
            keys.add(mention.key)
            roots.append(root)
        if len(keys) != 1 or any(_owned_by_name(possessive.head, r) for r in roots):
            return None
        return keys.pop()

    def _pronoun_genders(self) -> Iterator[tuple[str, str]]:
        """Each person key with the gender of a pronoun after the person's name.

        In a sentence that names one person only, outside quotes, a later subject "he"
        or "she" refers to that person ("Judge Tom Vale said he would rule"); an object
        or a possessive ("after him", "his letter") may be anyone's.
        """
        people: dict[int, set[str]] = {}
        first: dict[int, int] = {}
        for number, mention in enumerate(self.mentions):
            root = self.root_of.get(number)
            if root is None or self.in_quote[root.i]:
                continue
            if self.kinds.get(mention.key) is SourceKind.PERSON:
                sentence = self.sent_of[root.i]
                people.setdefault(sentence, set()).add(mention.key)
                first.setdefault(sentence, root.i)
        for token in self.doc:
            gender = _PRONOUN_GENDER.get(token.lower_)
            if gender is None or self.in_quote[token.i] or token.dep_ not in _SUBJECT_DEPS:
                continue
            keys = people.get(self.sent_of[token.i], set())
            if len(keys) != 1:
                keys = self._reporter_of(token)
            if len(keys) == 1 and first[self.sent_of[token.i]] < token.i:
                yield next(iter(keys)), gender

    def _reporter_of(self, pronoun: Token) -> set[str]:
        """The person whose cue reports the clause ``pronoun`` is the subject of.

        "Detective Tom Vale, testifying at Ann Berg's hearing, said he asked her ...":
        the subject of the clause a person reports is that person, however many others
        the sentence names. Empty unless the cue's subject names exactly one person.
        """
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.i not in self.cues:
            return set()
        keys = self._person_subjects(clause.head)
        return keys if len(keys) == 1 else set()

    def _mention_genders(self, root: Token, mention: Mention) -> set[str]:
        """The genders one person mention shows (see :attr:`genders`)."""
        words = mention.text.split()
        first = self.token_range(mention.span.start, mention.span.end)
        if first and first[0] > 0:
            words.append(self.doc[first[0] - 1].text)
        honorifics = [w.lower().rstrip(".") for w in words if w[:1].isupper()]
        found = {_HONORIFIC_GENDER[w] for w in honorifics if w in _HONORIFIC_GENDER}
        roles = _titles(root, mention)
        subject = self._apposed_speaker(root)
        if subject is not None:
            roles.add(subject.lemma_.lower())
        found.update(_ROLE_GENDER[w] for w in roles if w in _ROLE_GENDER)
        return found

    def _unnamed_speaker(self, token: Token, gender: str) -> Token | None:
        """The last unnamed, indefinite speaker of ``gender`` before ``token``, if any.

        The singular subject of a cue in this or the previous few sentences, a role
        noun of that gender with no name apposed ("a spokesman for the office told
        reporters"). A definite one ("the spokesman") refers back to someone named before.
        """
        for i in sorted(self.cues, reverse=True):
            if i >= token.i or self.in_quote[i]:
                continue
            if not self.within_pronoun_reach(token, i):
                break
            for subject in _controlled_subjects(self.doc[i]):
                if subject.dep_ not in _SUBJECT_DEPS or subject.tag_ != "NN":
                    continue
                if _ROLE_GENDER.get(subject.lemma_.lower()) != gender:
                    continue
                if subject.i in self.mention_of or self._named_in(subject):
                    continue
                if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
                    return subject
        return None

    def _named_in(self, subject: Token) -> bool:
        """True when a person's name is part of the subject phrase ``subject`` heads."""
        return any(
            self.kinds.get(self.mention_of[t.i].key) is SourceKind.PERSON
            for t in subject.subtree
            if t.i in self.mention_of
        )

    def _spoken_for(self, spokes: Token) -> str | None:
        """Key of the named organization a spokesperson ``spokes`` speaks for, or None.

        "a spokesman for the office" after "The Public Integrity Office": that office.
        """
        if spokes.lemma_.lower() not in _SPOKES_NOUNS:
            return None
        nouns = [c for c in spokes.children if c.dep_ == "compound"]
        nouns += [
            noun
            for prep in spokes.rights
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at")
            for noun in prep.children
            if noun.dep_ == "pobj"
        ]
        if len(nouns) != 1:
            return None
        noun = nouns[0]
        mention = self.mention_of.get(noun.i)
        if mention is not None:
            named = self.kinds.get(mention.key) in _NAMED_BODIES
            return mention.key if named else None
        if noun.lemma_.lower() in ORGANIZATION_NOUNS:
            return self.resolve_organization(noun)
        return None

    def resolve_role(self, head: Token, *, age: bool) -> str | None:
        """Key of the person a role description ("the president", "the 79-year-old") names.

        The last person whose title or appositive uses the role word, else the last
        person subject, else the last person mentioned, in the previous few sentences.
        """
        person = frozenset({SourceKind.PERSON})
        titled = None if age else self.titled_person(head)
        if titled is not None:
            return titled[0]
        if not age and _role_qualifiers(head) and self._holds_role(head):
            return None  # "the prime minister" after "Housing Minister Lena Moss": another
        if not age and _described_in_place(head):
            return None  # "the white woman, who was identified as a juror": described here
        skip = self.said_about(head) | self._named_in_role(head)
        found = self._recent(head.idx, person, subject=True, skip=skip)
        if found is None:
            found = self._recent(head.idx, person, subject=False, skip=skip)
        if found in self.kin and head.lemma_.lower() not in _KIN_WORDS and not age:
            return None  # "His sister Tamara Price said ... The manager said": another person
        if found is not None and not age and self._titled_otherwise(found, head):
            return None  # "Gov. Mara Quill's church ... The fire chief says": another person
        return found

    def _named_in_role(self, head: Token) -> frozenset[str]:
        """Keys of the people named inside the role phrase ``head`` heads.

        "The prosecutor in the Costello case", "the lawyer for Ann Lee": the person
        named in the role's own words is another than the one who holds it.
        """
        keys = {
            mention.key
            for t in head.subtree
            if t is not head and (mention := self.mention_of.get(t.i)) is not None
        }
        return frozenset(keys)

    def _titled_otherwise(self, key: str, head: Token) -> bool:
        """True when the person ``key`` holds an office other than the role ``head`` names.

        "Gov. Mara Quill" is no fire chief: a role noun that is an office of its own
        never names a person the article titles with another office.
        """
        role = _office(head.lemma_.lower())
        if role is None:
            return False
        offices = {
            office
            for number, mention in self._people_before(head)
            if mention.key == key
            for word in _titles(self.root_of[number], mention)
            if (office := _office(word)) is not None
        }
        return bool(offices) and role not in offices

    @cached_property
    def kin(self) -> frozenset[str]:
        """Keys of the people the article introduces by kinship ("his sister Ana Ruiz").

        Such a person is someone's relative; an occupation said of no one ("the
        manager") names another person, not her.
        """
        found = {
            mention.key
            for number, mention in enumerate(self.mentions)
            if number in self.root_of
            and self.kinds.get(mention.key) is SourceKind.PERSON
            and _titles(self.root_of[number], mention) & _KIN_WORDS
        }
        return frozenset(found)

    def titled_person(self, head: Token) -> tuple[str, int] | None:
        """Key and start of the last person before ``head`` titled by its role word.

        "Ana Ruiz, a researcher at ..." or "Researcher Ana Ruiz" for "the researcher".
        A qualified role ("the prime minister", "the finance minister") names only a
        person whose title has the qualifying words too: "Housing Minister Lena Moss" is
        not the prime minister.
        """
        qualifiers = _role_qualifiers(head) | {head.lemma_.lower()}
        dead: tuple[str, int] | None = None
        for number, mention in self._people_before(head):
            if qualifiers <= _titles(self.root_of[number], mention):
                if mention.key not in self.killed:
                    return mention.key, mention.span.start
                dead = dead or (mention.key, mention.span.start)
        return dead

    @cached_property
    def killed(self) -> frozenset[str]:
        """Keys of the people the article tells were killed or died.

        "shot and killed Judge Martin Elsby": a role named afterwards ("the judge
        offered advice") is another holder of it, when one is named, not the dead.
        """
        keys = {
            mention.key
            for number, mention in enumerate(self.mentions)
            if number in self.root_of
            and not self.in_quote[self.root_of[number].i]
            and self.kinds.get(mention.key) is SourceKind.PERSON
            and _killed(self.root_of[number])
        }
        return frozenset(keys)

    def _holds_role(self, head: Token) -> bool:
        """True when a person named before ``head`` has its role word in their title."""
        role = head.lemma_.lower()
        return any(
            role in _titles(self.root_of[number], mention)
            for number, mention in self._people_before(head)
        )

    def _people_before(self, head: Token) -> Iterator[tuple[int, Mention]]:
        """Numbers and mentions of the people named before ``head``, nearest first."""
        for number in range(bisect_left(self.mention_starts, head.idx) - 1, -1, -1):
            mention = self.mentions[number]
            if number in self.root_of and self.kinds.get(mention.key) is SourceKind.PERSON:
                yield number, mention

    def _add_unrecognized_outlet(self, head: int) -> None:
        """Record an outlet name the recognizer missed ("The Valley Tribune broke ...")."""
        doc = self.doc
        left = head
        while left > 0 and doc[left - 1].pos_ == "PROPN" and left - 1 not in self.mention_of:
            left -= 1
        if left == head and (left == 0 or doc[left - 1].lower_ != "the"):
            return  # a lone "Tribune" is too weak a hint
        name = doc[left : head + 1].text
        key = canonical_key(name)
        self.kinds.setdefault(key, SourceKind.OUTLET)
        self.display.setdefault(key, name)
        if self.kinds[key] is SourceKind.OUTLET:
            self.outlets.append((doc[left].idx, key))

    def resolve_outlet(self, before: int) -> str | None:
        """Key of the news outlet named last before character ``before``."""
        at = bisect_left(self.outlets, (before, ""))
        return self.outlets[at - 1][1] if at else None

    def next_outlet(self, after: int) -> str | None:
        """Key of the outlet named first after ``after`` in the next sentences, if any.

        News leads often say "a regional newspaper reported" and name it next. The
        article's own outlet ("told KBS" in the Keldor Broadcasting Service) is never
        that newspaper: an outlet does not call itself "a newspaper".
        """
        at = bisect_left(self.outlets, (after, ""))
        while at < len(self.outlets) and self._own_name(self.outlets[at][1]):
            at += 1
        if at == len(self.outlets):
            return None
        start, key = self.outlets[at]
        near = self.sent_of[self.token_at(start)] - self.sent_of[self.token_at(after)]
        return key if near <= _NEXT_OUTLET_SENTENCES else None

    def _own_name(self, key: str) -> bool:
        """True when ``key`` names the article's own outlet.

        Its key, the end of its name ("the Courier" in the Halvenport Courier) or its
        initials ("KBS" in the Keldor Broadcasting Service, :func:`initials_of`).
        """
        own = self.own_outlet
        return bool(own) and (key == own or own.endswith(" " + key) or initials_of(own, key))

    def resolve_organization(self, head: Token) -> str | None:
        """Key of the last organization whose name contains the noun ``head`` ("ministry").

        The name must also hold the words compounded with ``head``: "the fire service"
        may be the "Senna Regional Fire Service", not the "Valdmark Ambulance Service".
        A news agency is an outlet whose name holds the noun: "the agency" after "the
        Continental Press Agency" is that agency. An organization named only as a
        possibility ("the ruling could be appealed to the Court of Appeal", "the Court of
        Appeal is not expected to hear it") is passed over for an earlier one that
        matches, if any.
        """
        words = {head.lemma_.lower()}
        words.update(canonical_key(c.text) for c in head.children if c.dep_ == "compound")
        fallback: str | None = None
        named: list[str] = []
        for number in range(bisect_left(self.mention_starts, head.idx) - 1, -1, -1):
            key = self.mentions[number].key
            if self.kinds.get(key) in _NAMED_BODIES and words <= set(key.split()):
                root = self.root_of.get(number)
                if root is None or not _hypothetical(root):
                    named.append(key)
                else:
                    fallback = fallback or key
        if named:
            return _headed_choice(named, head.lemma_.lower())
        if (
            fallback is None
            and words == {head.lemma_.lower()}
            and head.lemma_.lower() in _NAME_ENDS
        ):
            return self._named_kind(head)
        if fallback is None and words == {head.lemma_.lower()} and words <= KIND_NOUNS:
            return self._recent_organization(head)
        if fallback is None and head.lemma_.lower() in KIND_NOUNS and len(words) > 1:
            return self._kind_of_named(head) or self._maker(head)
        if fallback is None and words == {head.lemma_.lower()} and words <= FUNCTION_NOUNS:
            return self._one_public_body(head)
        return fallback

    def _named_kind(self, head: Token) -> str | None:
        """The last body named before ``head`` whose name says it is of the kind ``head`` names.

        "the airline" is an organization whose name ends in a word of an airline
        ("Aurelian Air", "Nordline Airways"), never a place or an aircraft named nearer
        to it; with none such named, it is no known body (None).
        """
        ends = _NAME_ENDS[head.lemma_.lower()]
        for number in range(bisect_left(self.mention_starts, head.idx) - 1, -1, -1):
            key = self.mentions[number].key
            if self.kinds.get(key) is SourceKind.ORGANIZATION and key.split()[-1] in ends:
                return key
        return None

    def _kind_of_named(self, head: Token) -> str | None:
        """The body named before ``head`` whose name ends in the words compounded with it.

        In "the airport operator" the kind noun says what the body is and its modifier
        what kind of thing it runs: after "Veldmark International Airport" it is the
        airport's operator, named by the airport. A body whose name ends otherwise (an
        airline's "Corvane Air", a port's "Harbour Authority" for "the ferry operator")
        is some other kind of thing, and the description stays a body of its own (None).
        """
        modifiers = [canonical_key(c.text) for c in head.lefts if c.dep_ == "compound"]
        tail = " ".join(w for w in modifiers if w)
        if not tail or len(modifiers) != len(tail.split()):
            return None
        for number in range(bisect_left(self.mention_starts, head.idx) - 1, -1, -1):
            key = self.mentions[number].key
            if self.kinds.get(key) in _NAMED_BODIES and f" {key}".endswith(f" {tail}"):
                return key
        return None

    def _maker(self, head: Token) -> str | None:
        """The company "the pump maker" names: the company it refers to, as "the company".

        A maker's modifier names its product, which a company's name seldom holds:
        "Shares in Harnmark Industrial fell after the pump maker reported a loss" is
        Harnmark's report. An operator's names what it runs ("the airport operator"),
        never some other company (None).
        """
        if head.lemma_.lower() not in PRODUCT_KINDS:
            return None
        return self._recent_organization(head)

    def _one_public_body(self, head: Token) -> str | None:
        """The one public body named before ``head`` in the article, if exactly one.

        "the regulator" or "the watchdog" names what a body does, not a word of its
        name: after the "National Vehicle Safety Authority" and a carmaker it is the
        authority. With two bodies named before ("the Energy Agency", "the Competition
        Commission") it stays unresolved.
        """
        found = {
            mention.key
            for mention in self.mentions[: bisect_left(self.mention_starts, head.idx)]
            if self.kinds.get(mention.key) is SourceKind.ORGANIZATION
            and mention.key.split()[-1] in PUBLIC_BODY_HEADS
        }
        return found.pop() if len(found) == 1 else None

    def _recent_organization(self, head: Token) -> str | None:
        """The one organization named before ``head`` in its sentence, else in the one before.

        "The trial was funded by Brevant Pharma. The company said ...": "the company"
        names a kind, not a word of the name, so it is the organization just named.
        "Solgrid may impose blackouts, a company spokeswoman said": the organization of
        the spokeswoman's own sentence, whatever the sentence before named. In a
        company's own release, "the company" is the company itself.
        """
        sentence = self.sent_of[head.i]
        business = head.lemma_.lower() in BUSINESS_KINDS
        found: dict[int, set[str]] = {sentence: set(), sentence - 1: set()}
        for number in range(bisect_left(self.mention_starts, head.idx) - 1, -1, -1):
            root = self.root_of.get(number)
            if root is None or self.sent_of[root.i] < sentence - 1:
                break
            mention = self.mentions[number]
            if mention.key in self.places or _time_zone(self.text, mention):
                continue  # "southern Solvenia", "founded in Nordvik", "UTC": never the company
            if business and _other_body(mention.key):
                continue  # "the Data Protection Authority ..., the company said"
            own = mention.key == self.own_outlet  # a company's release: "the company" is it
            if own or self.kinds.get(mention.key) is SourceKind.ORGANIZATION:
                found.setdefault(self.sent_of[root.i], set()).add(mention.key)
        named = found[sentence] or found[sentence - 1]
        if len(named) > 1:
            named = self._companies_among(named)
        if not named and business:
            return self._one_company(head)
        return next(iter(named)) if len(named) == 1 else None

    def _one_company(self, head: Token) -> str | None:
        """The one company named before ``head`` in the article, if exactly one.

        "A cyberattack on Pellmont Telecom ... The regulator could open an inquiry ...
        The attack began on Sunday, the company said": with no business named in the
        sentence or the one before, "the company" is the story's one named company.
        """
        found = {
            mention.key
            for mention in self.mentions[: bisect_left(self.mention_starts, head.idx)]
            if self.kinds.get(mention.key) is SourceKind.ORGANIZATION
            and self._company_named(mention.key)
            and not _time_zone(self.text, mention)
        }
        return found.pop() if len(found) == 1 else None

    def _companies_among(self, keys: set[str]) -> set[str]:
        """The keys among ``keys`` that name a company, for "the company" to be.

        "Halcyra Pharmaceuticals is recalling 12 batches of its drug Normatel, the
        company said": a product the recognizer took for an organization is no company.
        The names that end in a company word are the candidates; failing any, a subject
        of its clause (the company acts, its product is acted on). ``keys`` when neither
        tells.
        """
        companies = {key for key in keys if self._company_named(key)}
        if companies:
            return companies
        subjects = {
            self.mentions[number].key
            for number, root in self.root_of.items()
            if self.mentions[number].key in keys and _is_subject(root)
        }
        return subjects if len(subjects) == 1 else keys


_INITIAL_SKIPS = frozenset({"the", "of", "and", "&", "for"})
"""Words an outlet's initials may leave out ("NYT" of "The New York Times")."""


def initials_of(name_key: str, key: str) -> bool:
    """True when ``key`` spells the initials of the outlet name ``name_key``.

    "kbs" (also written "K.B.S.") of "keldor broadcasting service", "nyt" of "new york
    times": an outlet of two or more words goes by its initials, a name no other source
    of the article shares. A one-word name has no initials.
    """
    words = name_key.split()
    parts = key.split()
    compact = "".join(parts)
    if len(words) < 2 or (len(parts) > 1 and any(len(part) > 1 for part in parts)):
        return False  # "k b s" is spelled out; "keldor post" is a name of its own
    if len(compact) < 2 or not compact.isalpha():
        return False
    full = "".join(word[0] for word in words)
    content = "".join(word[0] for word in words if word not in _INITIAL_SKIPS)
    return compact in (full, content)


def _initials_source(kind: SourceKind, key: str) -> bool:
    """True when ``key`` of ``kind`` may be an outlet's initials ("told KBS").

    No person; two letters only when the article reads them as an outlet: "BT" in the
    Business Times may be a company of its own.
    """
    return kind is SourceKind.OUTLET or (kind is not SourceKind.PERSON and len(key) > 2)


_MODALS = frozenset({"could", "may", "might", "would", "will", "can", "should", "'ll", "’ll"})
_PROSPECTIVE = frozenset({"expect", "plan", "hope", "intend", "want", "seek"})


_MIN_TITLED_NAME = 2
"""Words of a name after a title: "Prosecutor Ines Varga", not "General Mills"."""


def _titled_name(name: str) -> bool:
    """True for a name led by a person's title: "Deputy Prosecutor Ines Varga".

    Title words (ranks such as "deputy" and a role noun last), then a given name and a
    surname, capitalized, with no organization's head word among them ("Judge
    Business School" is a school).
    """
    words = name.split()
    keys = [canonical_key(w) for w in words]
    title = 0
    while title < len(keys) and keys[title] in _TITLE_NOUNS | _TITLE_RANKS:
        title += 1
    rest = words[title:]
    if not title or keys[title - 1] not in _TITLE_NOUNS or len(rest) < _MIN_TITLED_NAME:
        return False
    if not all(w[:1].isupper() for w in rest):
        return False
    return not any(k in _ORGANIZATION_WORDS for k in keys[title:])


_NAME_LINKS = frozenset({"of", "for", "on"})


def _name_head(key: str) -> str:
    """The word a body's name is headed by: "ministry" of "ministry of the interior"."""
    words = key.split()
    for n, word in enumerate(words[1:], start=1):
        if word in _NAME_LINKS:
            return words[n - 1]
    return words[-1]


def _headed_choice(keys: Sequence[str], noun: str) -> str | None:
    """The body a bare noun names among ``keys`` (bodies holding it, nearest first).

    The nearest body whose name is headed by the noun ("the authority" for "Tessary
    County Fire Authority"); else the one body holding it, if only one does. A noun
    that only modifies the names of two bodies ("the county" beside "Tessary County
    Fire Authority" and "Tessary County Sheriff's Office") names neither: the county
    is a body of its own, and which of the two is meant cannot be told.
    """
    headed = [key for key in keys if _name_head(key) == noun]
    if headed:
        return headed[0]
    return keys[0] if len(set(keys)) == 1 else None


def _hypothetical(root: Token) -> bool:
    """True when a mention belongs to a clause that is only possible, planned or denied.

    The clause's verb (reached through prepositions and noun phrases) has a modal or a
    negation ("could be appealed to X", "X will not hear"), or is raised by a verb of
    expectation ("X is expected to hear").
    """
    token = root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [token]
    if token.dep_ == "xcomp":
        verbs.append(token.head)
    for verb in verbs:
        if verb.lemma_.lower() in _PROSPECTIVE:
            return True
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
                return True
    return False


_SEATING = frozenset({"found", "base", "headquarter", "locate", "list", "register", "incorporate"})
"""Verbs whose place says where a body is seated ("founded in", "Kessburg-based")."""


def _seat(root: Token) -> bool:
    """True for a name that says where a body is seated, a place whatever its label.

    "Harnmark, founded in Nordvik in 1921", "the Kessburg-listed company", "the plant
    in Drellisk": the
    recognizer often takes such a town for an organization, but no town is the
    company that speaks.
    """
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in _SITES:
            return True  # "the chemical plant in Drellisk": where the plant stands
    elif root.dep_ != "npadvmod":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _SEATING


_SITES = frozenset(
    {"plant", "factory", "refinery", "mill", "mine", "smelter", "warehouse", "depot",
     "facility", "site", "works", "terminal", "headquarters", "branch", "store", "reactor"}
)  # fmt: skip
"""Nouns of a place a body works at, whose "in X" says where it stands: a town, no body."""


def _state_body(key: str) -> bool:
    """True when the name ``key`` ends in a word of a public body (:data:`_STATE_HEADS`)."""
    words = key.split()
    return bool(words) and words[-1] in _STATE_HEADS


_TIME_ZONES = _words(
    "utc gmt cet cest eet eest wet bst est edt cst cdt mst mdt pst pdt akst akdt hst "
    "aest aedt acst awst jst kst msk sast nzst nzdt"
)
"""Abbreviations of clock time zones, written in capitals ("08:06 UTC")."""

_ZONE_NAMED = re.compile(r"\btime\s*\(\s*$", re.IGNORECASE)
"""The end of a time zone's name before its abbreviation: "Coordinated Universal Time (" """


def _time_zone(text: str, mention: Mention) -> bool:
    """True for a time zone the recognizer took for a body ("UTC", "(EST)"): never a source.

    Its abbreviation in capitals, or initials in brackets after a name ending in "Time"
    ("Coordinated Universal Time (UTC)").
    """
    start = mention.span.start
    if mention.text.isupper() and mention.key in _TIME_ZONES:
        return True
    return _ZONE_NAMED.search(text, max(0, start - 40), start) is not None


def _other_body(key: str) -> bool:
    """True when the name ``key`` names a body of a kind other than a business.

    Its head noun tells: the last word ("Data Protection Authority"), or the word before
    "of" or "for" ("Union of Locomotive Engineers", "Party for Freedom").
    """
    words = key.split()
    for link in ("of", "for"):
        if link in words[1:]:
            words = words[: words.index(link, 1)]
    return bool(words) and words[-1] in _OTHER_BODY_HEADS


def _company_word(key: str) -> bool:
    """True when the last word of ``key`` is one of :data:`COMPANY_HEADS`."""
    words = key.split()
    return bool(words) and words[-1] in COMPANY_HEADS


def _clean_name(text: str) -> str:
    """Display form of a mention: no leading "the", no possessive "'s", one-line."""
    name = " ".join(text.split())
    name = re.sub(r"['\u2019]s?$", "", name)
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


_NAME_LINKS = frozenset({"of", "for", "and", "the", "&"})
"""Lower-case words inside an organization's name ("Save the Children", "Action for X")."""
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _name_word(token: Token) -> bool:
    """True for a capitalized word that may be part of a name ("Diabetes", "UK")."""
    if token.ent_type_ in _NOT_NAMES or token.pos_ not in _TITLE_POS:
        return False
    return token.is_title or (token.is_upper and len(token) > 1 and token.is_alpha)


def _is_subject(root: Token) -> bool:
    """True for a subject, one conjoined to it, or a name in apposition to it.

    "The Green Alliance candidate, Ingrid Marsh, said": the name is the subject.
    """
    if root.dep_ in _SUBJECT_DEPS:
        return True
    return root.dep_ in ("conj", "appos") and root.head.dep_ in _SUBJECT_DEPS


_UNQUALIFYING = frozenset(
    {"former", "new", "then", "current", "outgoing", "incoming", "late", "sitting", "same"}
)
"""Modifiers of a role that say when, not which office ("the former minister")."""


def _owned_by_name(owned: Token, root: Token) -> bool:
    """True when ``owned`` is the person ``root``'s title or appositive, or ``root`` owns.

    "Tom Vale, her agent" and "her agent Tom Vale": the possessive is another's; in
    "Berg's agent said his client" the possessor is not who "his" refers to.
    """
    if root.dep_ == "poss":
        return True
    linked = {root.head.i, *(c.i for c in root.children if c.dep_ in ("appos", "compound"))}
    return owned.i in linked


def _role_qualifiers(head: Token) -> set[str]:
    """Lower-case words that say which office a role noun names.

    "prime" of "the prime minister", "finance" of "the finance minister".
    """
    return {
        child.lower_
        for child in head.children
        if child.dep_ in ("amod", "compound")
        and child.i < head.i
        and child.is_alpha
        and child.lower_ not in _UNQUALIFYING
    }


_OFFICES: dict[str, str | None] = {
    **dict.fromkeys(
        _words(
            "governor senator mayor president judge sheriff detective sergeant coach "
            "clerk pastor chief superintendent inspector lieutenant captain commissioner "
            "spokesman spokeswoman spokesperson chairman chairwoman treasurer principal"
        )
    ),
    "gov": "governor",
    "sen": "senator",
    "det": "detective",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
    "lt": "lieutenant",
    "capt": "captain",
    "justice": "judge",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
}
"""Offices one person holds under one name, abbreviations and variants mapped to it:
a governor is no fire chief, and "Det. Ana Ruiz" is the detective."""


OFFICE_TITLES = frozenset(w for w in _OFFICES if _OFFICES[w] is None)
"""Offices written before a name as its title ("Detective Ana Ruiz", "Coach Tom Reed")."""


def _office(word: str) -> str | None:
    """The office a lower-case title word names ("gov." is "governor"), else None."""
    word = word.rstrip(".")
    if word not in _OFFICES:
        return None
    return _OFFICES[word] or word


_PERSON_KINDS = _words("man woman boy girl")
"""Role nouns that name a person only by sex: with a trait they describe, not refer."""
_DESCRIBING_DEPS = frozenset({"relcl", "appos"})


def _described_in_place(head: Token) -> bool:
    """True when a role noun describes someone where it stands rather than refer back.

    "the white woman, who was identified as Juror No. 12": a relative clause or an
    apposition says who the person is, and "the white woman" or "the elderly man"
    picks a person out by a trait; neither is the last person the article named.
    """
    if any(c.dep_ in _DESCRIBING_DEPS and c.i > head.i for c in head.children):
        return True
    if head.lemma_.lower() not in _PERSON_KINDS:
        return False
    return any(
        c.dep_ == "amod" and c.i < head.i and c.lower_ not in _UNQUALIFYING for c in head.children
    )


def _titles(root: Token, mention: Mention) -> set[str]:
    """Lower-case role words attached to a person mention (title, appositive)."""
    words = {w.lower() for w in mention.text.split()}
    doc = root.doc
    i = root.i
    while i > 0 and doc[i - 1].idx >= mention.span.start:
        i -= 1
    for j in range(i - 1, max(i - 4, -1), -1):
        token = doc[j]
        if token.pos_ not in _TITLE_POS:
            break
        words.add(token.lemma_.lower())
    for child in root.children:
        if child.dep_ == "appos":
            words.add(child.lemma_.lower())
    if root.dep_ == "appos":
        words.add(root.head.lemma_.lower())
    return words


def _outlet_context(root: Token, key: str) -> bool:
    """True when the words around an organization's mention show it is a news outlet."""
    head = root.head
    last = key.split()[-1] if key else ""
    if root.dep_ == "nsubj" and head.lemma_ == "report":
        return last not in NON_OUTLET_HEADS  # "Veltrane Systems reported a loss"
    if root.dep_ in ("dobj", "dative") and head.lemma_ in ("tell", "interview"):
        return last not in NON_OUTLET_HEADS
    if root.dep_ == "pobj" and head.lower_ in ("in", "by", "to", "with"):
        governor = head.head
        if governor.lemma_ in OUTLET_CONTEXT_VERBS or governor.lower_ == "interview":
            return last not in NON_OUTLET_HEADS
    if root.dep_ in ("appos", "compound") and head.lower_ in OUTLET_NOUNS:
        return True
    if any(_outlet_title(c, root) for c in root.children):
        return True  # "centre-left daily Eleftherotypia", "the newspaper Kathimerini"
    return any(c.dep_ == "appos" and c.lower_ in OUTLET_NOUNS for c in root.children)


def _outlet_title(child: Token, root: Token) -> bool:
    """True for a lower-case outlet noun set before a name as its kind ("daily X")."""
    return (
        child.i < root.i
        and child.dep_ in ("amod", "compound", "nmod")
        and child.is_lower
        and child.lower_ in OUTLET_NOUNS
    )


_TRAILING_MARKS = frozenset({"before", "after", "until", "till", "once", "as", "while", "when"})
"""Conjunctions of a time clause after its main clause ("spoke before the judge ruled")."""


def trailing_clause(verb: Token, clause: Token) -> bool:
    """True when the participle ``verb`` follows, after a comma, the time clause ``clause``.

    A time clause after its main verb, then a participle: the participle says more of
    the main clause's subject, not of the clause's ("Ortiz spoke before the judge
    ruled, reading ...").
    """
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i != clause.i:
        return False
    if clause.dep_ != "advcl" or clause.head.i > clause.i or verb.i == 0:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & _TRAILING_MARKS) and verb.doc[verb.i - 1].text == ","


def participle_clause(verb: Token) -> Token:
    """The clause whose subject a subjectless participle cue ``verb`` speaks for.

    "Ortiz spoke briefly before the judge ruled, reading from a letter": "reading"
    hangs from "ruled" but says more of Ortiz (see :func:`trailing_clause`). Any other
    cue is its own clause.
    """
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return verb
    clause = verb.head
    return clause.head if trailing_clause(verb, clause) else clause


def _killed(root: Token) -> bool:
    """True when the name ``root`` is the one killed by its verb, or its subject dies."""
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ in ("dobj", "nsubjpass") and lemma in _KILLING:
        return True
    return root.dep_ == "nsubj" and lemma == "die"


def _answers(verb: Token) -> bool:
    """True when the cue ``verb`` gives an answer to a question put to its subject.

    "he responded", "she replied", or any cue after a subjectless question clause
    ("When asked about the gun, he said ...").
    """
    if verb.lemma_.lower() in _ANSWERING:
        return True
    return any(
        child.dep_ == "advcl"
        and child.lemma_.lower() in _QUESTIONING
        and child.tag_ == "VBN"
        and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        for child in verb.children
    )


def _controlled_subjects(verb: Token) -> list[Token]:
    """The children of ``verb`` and, for a subjectless infinitive, of the verb it completes.

    "A spokesman ... declined to comment": the spokesman is who would comment.
    """
    own = list(verb.children)
    if verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT_DEPS for c in own):
        return [*own, *verb.head.children]
    return own

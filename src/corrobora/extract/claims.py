"""Claims: statement-sized units of an article, with what each one asserts.

A claim is normally a sentence. A sentence whose semicolons join clauses of their own
(each headed by verbs, one with a subject; not inside a quotation or brackets) is cut
there first: each clause states its own fact, whichever the parser made the root. A
sentence or clause is split, using its dependency parse, when it carries several facts
at its end:

- coordinated clauses ("X did A, and Y did B"; "X did A and did B") of the main
  clause or of a clause it reports, also when the parser made the second one a clause
  of the reporting verb of its own ("A, but B did not ..., X said");
- a contrastive or concessive clause with a subject of its own after a comma ("X won
  38 seats, while Y won 25"; "whereas", "although"): it states a fact of its own. A
  "while" of time ("was injured while he was travelling") qualifies the main event
  and stays;
- a participle with a count of its own coordinated with another ("..., killing at
  least 12 people and injuring about 40, officials said"): the dead and the injured
  are two counts, each a fact, also before a closing reporting clause;
- a relative or participial clause on a noun that gives its own count of an act
  ("... the raids on Tuesday in which 89 people were arrested"; "a storm which left 14
  people dead", "a blast killing 12"), also before a closing reporting clause: the
  count is a fact of its own, which another report may give in a main clause;
- coordinated complements that are phrases of their own, with a preposition or a verb
  in them ("demands: a global amnesty for ..., and the possibility of retaining ...");
- a trailing appositive or a comparison ("..., a formula similar to that applied in
  ...") of five words or more, unless the appositive describes the speaker ("said X,
  chief fire officer of ...", "according to X, chief ...").

A quotation is never split: a part that begins inside one stays with the sentence.
Only trailing parts are split off, so every claim's span is one contiguous run of
words; what is left of the sentence is a claim too when it has a verb or three words.
A reporting clause that closes the sentence ("A, but B, a spokesman said") lets a
clause with a subject of its own before it be split off too, and a second predicate
of one subject ("X was jailed for seven years and fined 540,000 euros, a spokesman
said"): the reporting clause stays with that last part, as it does when the parser
conjoins it to that part, and credits the parts before it as well.
A claim shows no half quotation at its edges: the closing mark that ends a sentence
inside a quotation of several sentences (or the opening mark that starts one) is left
out of its span.
A split-off part also carries the terms and entity keys of the subject and verb it
shares with the rest of the sentence.

Lines without a verb (headings, captions, bylines) are not claims, nor are sentences
about the reporting itself: one that announces a statement to follow ("The company
issued the following statement.") and one that says
why a source is not named ("The person asked not to be named because ...", "He spoke
on condition of anonymity"); nor is a refusal to comment ("did not respond to a
request for comment", "would not comment", "declined to elaborate"), which states
nothing, unlike other refusals ("did not respond to the attack"). A sentence that
states something and names its source on condition of anonymity is a claim. The words
of an "according to ..." phrase name the source, not the fact: they stay in the claim's
span but give it no terms and no entity keys (the attribution records the source).

Negation is grammatical negation ("not", "never", "n't", "no longer") of the claim's
predicate: its main verb (or its predicative complement), or the clause reported by a
reporting verb, inserted ("..., X added, ...") or not; a denial of a clause ("denied
that ...") negates it too, and two negations cancel ("did not deny that ..."); so
does ruling out an act: "ruled out withdrawing the reform", "refused to withdraw
it" and "rejected calls to withdraw it" negate "withdraw". A
negation until a time is none: "did not disclose the breach until September 2" (or
"wasn't found till", "will not reopen until Friday") says when it happened, and that
date is the claim's; "did not arrive before Friday" stays negated. A
negative subject or object of a verb that does not just report a clause negates it
too ("found no chlorine", "nobody was hurt", "there was no smoke"), but not a hedge on
a figure ("no fewer than 40"), an idiom ("no doubt") or an exception ("nothing but").
Modality, first match wins: REPORTED ("reportedly", "allegedly", "was said to", "reports
say", "according to reports"), POSSIBLE ("could", "may", "might", "can", "possibly",
"perhaps", "likely", a clause a source believes or suspects), FUTURE ("will", "shall",
"going to"), else ASSERTED.

A claim's dates are those in its span except the dates of a speech act: in "A happened
on Wednesday, X said on Thursday", Thursday dates the statement, not A. A wire
dateline ("BRANNOCK, June 2 (Wire) - ") dates and names nothing of the claim: the
claim's span starts after it.

A closing "X said" reports its clause even when the parser broke that clause up ("The
wildfire that has burned since Tuesday was started deliberately, police said on
Friday": "since Tuesday was started" read inside the relative clause, "wildfire" a
second subject of "said"): the claim's predicate is the clause's verb ("start"),
Friday dates the statement and Tuesday the relative clause, so neither is the
claim's; the attribution credits police.

A headline line inside the body (a subhead, a "related" link, the headline repeated;
see :func:`~corrobora.extract.cues.headline_lines`) states the article's own summary:
a claim on it has no attribution, whatever the parse of its headline grammar suggests.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import (
    Article,
    Attribution,
    Claim,
    DateMention,
    EntityKind,
    Mention,
    Modality,
    Quantity,
    Quote,
    Span,
)
from ..text import stable_id, strip_accents
from .attribution import broken_clause, closing_cue, refusal, waits_until
from .cues import TRAILER_CUE, dateline_spans, headline_lines, wire_trailer
from .entities import HONORIFICS
from .nlp import check_doc, doc_text, sentences

__all__ = ["claim_terms", "find_claims"]


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of ``words`` (keeps long word lists readable)."""
    return frozenset(words.split())


_VERBS = frozenset({"VERB", "AUX"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_TERM_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_LIGHT_LEMMAS = _wordset("""
    be have do get say tell also just very even still however moreover furthermore
    meanwhile therefore thus then there here now only really well so too already yet
    ever additionally instead rather seem become accord regard
    """)
"""Verbs and adverbs so common in news that they say nothing about the fact."""
_STOP_CHECKED = frozenset({"ADJ", "ADV"})
"""Parts of speech whose stop words ("many", "very") are dropped from terms; spaCy's
stop list also holds content nouns, verbs and numbers ("call", "show", "two")."""
_REPORTING = _wordset("""
    say tell report claim state add announce confirm warn insist deny dispute contest allege
    note explain argue suggest indicate reveal write declare acknowledge admit believe think
    learn show
    """)
_REPORTED_WORDS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
_REPORTED_PASSIVE = frozenset(
    {"say", "report", "believe", "allege", "think", "understand", "rumor", "rumour", "claim"}
)
_REPORT_NOUNS = frozenset({"report", "rumor", "rumour"})
_POSSIBLE_AUX = frozenset({"could", "may", "might", "can", "ca"})
_POSSIBLE_WORDS = frozenset({"possibly", "perhaps", "maybe", "potentially", "likely", "probably"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLANNING = frozenset({"expect", "set", "schedule", "due", "plan", "poise"})
"""Words of a plan or a forecast before a "to" clause: "is expected to be named"."""


def _planned(verb: Token) -> bool:
    """True for "is expected to", "is set to", "is due to", "is scheduled to" + a verb.

    What is expected has not happened: "is expected to be named" against "was named"
    differs in modality, as "will be named" does.
    """
    carriers = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    return any(
        word.lemma_.lower() in _PLANNING
        and any(c.dep_ == "xcomp" and c.pos_ in _VERBS for c in word.children)
        and (word is not verb or any(c.dep_ in ("auxpass", "aux") for c in verb.children))
        for word in carriers
    )


_NEGATED_ADVERBS = frozenset({"longer"})
"""Adverbs whose "no" negates the verb: "no longer"."""
_NEGATIVE_PRONOUNS = _wordset("none nothing nobody noone")
"""Pronouns that negate the predicate they are a subject or object of."""
_PERSON_OBJECTS = _wordset("him her")
"""Pronouns that stand for one person as what a verb acts on: "made him an offer"."""
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
"""How a subject or object hangs from its verb."""
_IDIOMATIC_NO = _wordset("doubt question secret surprise coincidence wonder exception stranger")
"""Nouns whose "no" makes an idiom, not a negation: "there is no doubt that ..."."""
_HEDGE_TAGS = frozenset({"JJR", "RBR", "CD"})
"""Tags of the word after a "no" that hedges a figure or names a number: "no fewer than
40", "no more than", "no later than", "No 10"."""
_DENIALS = _wordset("deny dispute contest")
_CLAIM_NOUNS = _wordset(
    "claim report suggestion allegation assertion accusation rumour rumor speculation"
)
"""Nouns of a statement whose clause a denial denies: "disputed a claim that X had"."""
_REFUSALS = _wordset("refuse decline reject")
"""Verbs that state the act they govern will not be done: "refused to withdraw the
reform", "rejected calls to withdraw it" (with "ruled out", :func:`_refuses`)."""
_ASKING_NOUNS = _wordset("call demand appeal request plea")
"""Nouns of asking whose clause names the act asked for: "calls to withdraw the reform"."""
_SMALL_CLAUSES = frozenset({"ccomp", "xcomp", "oprd"})
"""How an adjective heads the small clause of "found him not guilty"."""
T = TypeVar("T")
_MIN_APPOSITIVE = 5
_MIN_CONJUNCT = 4
_MIN_ADJUNCT = 8
_QUALIFYING_HEADS = frozenset(
    {"according", "as", "like", "unlike", "despite", "than", "compared", "versus", "vs",
     "above", "below"}
)  # fmt: skip
"""Heads of adjuncts that qualify the statement: an attribution, a comparison, the figure
it is measured against ("..., compared with €139 million a year earlier")."""
_ADJUNCTS = frozenset({"prep", "advcl"})
_CONTRASTIVE_MARKS = frozenset({"while", "whereas", "although", "though"})
"""Subordinators of a clause that states a fact of its own: "X won 38, while Y won 25"."""
_CLAUSE_HOSTS = frozenset({"ROOT", "ccomp"})
"""How the clause a split-off clause goes with hangs: the main clause or a reported one."""


@dataclass(slots=True)
class _Unit:
    """Tokens of one claim, what it shares with its sentence, and its predicate."""

    tokens: list[Token]
    shared: list[Token]
    predicate: Token | None
    split: bool
    scope: range
    """Token indices of the clause the unit lies in: its predicate reports no clause
    outside it."""
    describes: bool = False
    """An appositive split off its sentence: it says what its head is, not what the
    sentence's verb asserts."""
    chain: list[Token] = field(init=False)
    """The predicate and the clauses it reports or governs (:func:`_predicates`)."""

    def __post_init__(self) -> None:
        self.chain = _predicates(self.predicate, self.scope)


def _words(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


#: Conjunctions that set a second verb against the first: what modifies the first
#: (a modal, "never") does not carry over.
_CONTRASTING = frozenset({"but", "yet"})


def _contrasted(first: Token, conj: Token) -> bool:
    """True when "but" or "yet" joins ``conj`` to the verb ``first`` it is coordinated with."""
    between = first.doc[first.i + 1 : conj.i]
    return any(t.dep_ == "cc" and t.lower_ in _CONTRASTING for t in between)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the first verb it is coordinated with."""
    current: Token | None = verb
    while current is not None:
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                return child
        current = current.head if current.dep_ == "conj" and current.head.i != current.i else None
    return None


def _elaborated(tokens: Sequence[Token], minimum: int) -> bool:
    """True for a phrase of ``minimum`` words or more with a preposition or verb in it."""
    words = [t for t in _words(tokens) if t.dep_ not in ("cc", "preconj")]
    return len(words) >= minimum and any(t.pos_ in ("ADP", "VERB") for t in words)


def _conjunct_own(first: Token) -> list[Token]:
    """The words of a first conjunct without the conjuncts coordinated with it."""
    others: set[int] = set()
    for token in first.subtree:
        if token.dep_ == "conj" and _first_conjunct(token).i == first.i:
            others.update(t.i for t in token.subtree)
    return [t for t in first.subtree if t.i not in others]


def _contrasting_not(token: Token) -> bool:
    """True for a "not" set off by a comma that opposes two phrases: "A, not B".

    "it was a .32-caliber revolver, not a .45" and "in the kitchen, not in the garage"
    say what the statement is not about; they negate neither the verb nor the phrase
    before the comma, whichever word the parser hangs the "not" on.
    """
    if token.lower_ != "not" or token.dep_ != "neg" or token.i == 0:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        doc[token.i - 1].text == ","
        and token.head.pos_ not in _VERBS
        and following is not None
        and following.pos_ not in _VERBS
        and not following.is_punct
    )


def _opposed(token: Token) -> bool:
    """True for a phrase introduced by a contrasting "not" (:func:`_contrasting_not`).

    "A, not B" is one statement: B split off would read as a claim of its own, and the
    "not" left behind would seem to negate A.
    """
    start = token.left_edge.i
    return _contrasting_not(token.doc[start]) or (
        start > 0 and _contrasting_not(token.doc[start - 1])
    )


def _is_candidate(token: Token, own: Sequence[Token]) -> bool:
    """True when ``token`` heads a part of the sentence that states a fact of its own.

    ``own`` is the part's words without the parts already split off inside it.
    """
    if _opposed(token):
        return False
    if token.dep_ == "conj" and token.pos_ in _VERBS:
        if closing_cue(token):  # "..., the authority announced on Thursday"
            return False
        if _shares_object(token) or _inside_noun_phrase(token):
            return False
        if _counts_apart(token):
            return True
        first = _first_conjunct(token)
        if first.dep_ not in _CLAUSE_HOSTS:
            return False
        return _own_subject(token) or len(_words(own)) >= 3
    if token.dep_ == "ccomp":
        return _coordinated_report(token)
    if _contrastive(token) or _counts_of_its_own(token):
        return True
    if token.dep_ in _ADJUNCTS and token.head.pos_ in _VERBS:
        # "..., in reference to actions directed against drug networks": a long trailing
        # adjunct set off by a comma adds a statement of its own.
        # Attributions ("according to X"), comparisons ("as X demanded", "compared with
        # a year earlier") and clauses with a subordinator ("because ...") qualify the
        # statement instead.
        if token.lower_ in _QUALIFYING_HEADS or any(c.dep_ == "mark" for c in token.children):
            return False
        if _compares(token):
            return False
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        return before is not None and before.text == "," and len(_words(own)) >= _MIN_ADJUNCT
    if token.pos_ in _VERBS:
        return False
    if token.dep_ == "conj":
        first = _first_conjunct(token)
        if first.dep_ in _SUBJECTS or first.dep_ in ("compound", "poss"):
            return False
        return _elaborated(own, _MIN_CONJUNCT) and _elaborated(_conjunct_own(first), 3)
    if token.dep_ == "appos":
        return (
            not _describes_speaker(token)
            and not _holds_predicate(token)
            and _elaborated(own, _MIN_APPOSITIVE)
        )
    return False


def _holds_predicate(appositive: Token) -> bool:
    """True for an appositive on a verbless sentence's root: the sentence's verb is in it.

    In "Four armed robbers, two dressed as women, made off with $137 million" the parser
    may hang "made off" on the appositive and make the subject the root; split off, the
    subject would stand alone as a claim stating nothing and the act would lose its
    subject. The aside belongs to the statement then. An aside on a noun further down
    ("centres on the Harrow Bank, a fishing ground claimed by both") is not.
    """
    head = appositive.head
    return head.dep_ == "ROOT" and head.pos_ not in _VERBS


_OPEN_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
"""Words after which a noun may follow inside one noun phrase ("luxury", "the", "'s")."""


def _inside_noun_phrase(verb: Token) -> bool:
    """True for a conjunct "verb" that is a noun the parser misread: "and luxury watches".

    A verb coordinated with another is joined by a conjunction or a comma; one with no
    subject of its own that follows a word needing a noun (a determiner, an adjective, a
    noun modifier) without either, and with no auxiliary or adverb of its own, is the
    noun that word qualifies: "The men grabbed jewellery and luxury watches worth ..."
    tells one act, not "watches" as a second.
    """
    if verb.dep_ != "conj" or _own_subject(verb) or verb.left_edge.i != verb.i or verb.i == 0:
        return False  # an auxiliary or adverb of its own before it marks a verb
    before = verb.doc[verb.i - 1]
    return before.pos_ in _OPEN_NOUN_PHRASE and before.dep_ not in ("cc", "preconj")


_OWN_COMPLEMENTS = frozenset(
    {"dobj", "dative", "attr", "acomp", "ccomp", "xcomp", "prt", "auxpass", "nsubjpass"}
)
"""Dependents that complete a verb on its own: with one, it is no verb waiting for an object."""


def _shares_object(verb: Token) -> bool:
    """True for the second verb of one act told in two verbs of one object.

    In "officers shot and killed a teenager" the first verb's object is the second's:
    nothing but the conjunction stands between them, and the first has no object or
    complement of its own. Split apart, "officers shot" would state nothing.
    """
    first = verb.head
    if verb.dep_ != "conj" or _own_subject(verb) or first.pos_ != "VERB" or first.i > verb.i:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ in _OWN_COMPLEMENTS for c in first.children):
        return False
    between = verb.doc[first.i + 1 : verb.i]
    return len(between) > 0 and all(t.dep_ in ("cc", "preconj") for t in between)


def _compares(clause: Token) -> bool:
    """True for a clause that measures the statement against another: "more than X reported".

    "..., more than the ministry has reported for the whole country" sets the figure
    before it beside another source's; it states nothing of its own.
    """
    return any(
        child.dep_ in ("advmod", "amod") and any(c.lower_ == "than" for c in child.children)
        for child in clause.children
    )


def _counted_object(verb: Token) -> bool:
    """True for a verb whose object is a figure or counted by one: "injuring about 40"."""
    return any(c.dep_ == "dobj" and _counted(c) for c in verb.children)


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity types of a figure that dates or times an act rather than counting it."""


def _count(token: Token) -> bool:
    """True for a figure that counts, not one that dates or times: "89", not "1932"."""
    return token.like_num and token.ent_type_ not in _TIME_ENTITIES


def _counted(noun: Token) -> bool:
    """True for a figure or a noun counted by one: "40", "89 people"."""
    return _count(noun) or any(g.dep_ == "nummod" and _count(g) for g in noun.children)


_NOUN_CLAUSES = frozenset({"relcl", "acl"})
"""How a relative or participial clause hangs from the noun it tells of."""
_COUNTED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""How the figure of a clause's own count hangs from its verb: who did it or underwent it."""


def _counts_of_its_own(clause: Token) -> bool:
    """True for a relative or participial clause that gives its own count of an act.

    "the raids in which 89 people were arrested", "a storm which left 14 people dead",
    "raids that led to 37 arrests", "a blast killing 12": the count states a fact of
    its own, which another report may give in a main clause ("police arrested 76
    people"); left inside a claim about something else, the two counts never meet. The
    figure is the clause's subject or object, or counts the object of a preposition of
    its verb ("led to 37 arrests"; a bare year there, "built in 1932", dates the act).
    A clause without a relative word counts only when a participle heads it: "a plan to
    hire 300 workers" tells what is planned, not done. "The 89 people arrested" gives
    its count outside the clause.
    """
    if clause.dep_ not in _NOUN_CLAUSES or clause.pos_ != "VERB":
        return False
    if clause.dep_ == "acl" and clause.tag_ not in ("VBG", "VBN"):
        return False
    if _set_earlier(clause):
        return False
    for child in clause.children:
        if child.lower_ == "one":
            continue  # "a barge striking one of the piers" picks a thing out, counts nothing
        if child.dep_ in _COUNTED_ARGUMENTS and _counted(child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and any(n.dep_ == "nummod" and _count(n) for n in g.children)
            for g in child.children
        ):
            return True
    return False


#: Words of a date that set an event before the one reported: "last year's", "earlier".
_EARLIER_WORDS = frozenset({"last", "earlier", "previous", "past", "ago", "prior"})


def _set_earlier(clause: Token) -> bool:
    """True when the sentence dates what the clause tells of before the reported event.

    "Earlier this year, a man was charged in a shooting that left three dead", "remember
    last year's attack, when 900 operations were cancelled": the count belongs to an
    earlier event, which only the words outside the clause date; split off, it would
    read as a count of the story's own event.
    """
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return any(
        t.ent_type_ == "DATE" and t.lower_ in _EARLIER_WORDS and t.i not in inside
        for t in clause.sent
    )


def _counts_apart(verb: Token) -> bool:
    """True for a participle that gives a count of its own beside the one it is joined to.

    "..., killing at least 12 people and injuring about 40": the dead and the injured
    are two running counts, each a fact; the participles modify the main clause.
    """
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or not _counted_object(verb):
        return False
    first = _first_conjunct(verb)
    return (
        first.tag_ == "VBG"
        and first.dep_ == "advcl"
        and first.head.dep_ in _CLAUSE_HOSTS
        and _counted_object(first)
    )


def _own_subject(verb: Token) -> bool:
    """True when ``verb`` has a subject of its own, not one it shares."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _before_comma(token: Token) -> Token | None:
    """The word before the phrase of ``token``, skipping commas and dashes."""
    i = token.left_edge.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _coordinated_report(clause: Token) -> bool:
    """True for a second clause reported by one verb, coordinated with the first.

    In "A reached 41.2C, but it did not break the record, the office said" the parser
    can make both clauses complements of "said", the "but" a word of the first: the
    second states a fact of its own all the same, like a conjunct.
    """
    if clause.pos_ not in _VERBS or not _own_subject(clause):
        return False
    joint = _before_comma(clause)
    if joint is None or joint.dep_ != "cc":
        return False
    head = clause.head
    return any(
        c.dep_ == "ccomp" and c.i < clause.i and c.right_edge.i >= joint.i for c in head.children
    )


def _contrastive(clause: Token) -> bool:
    """True for a contrastive clause that states a parallel fact: ", while Y won 25".

    It has a subject of its own, follows a comma and goes with the main clause or a
    reported one. A "while" clause in the progressive ("while he was travelling")
    tells when the main event happened instead.
    """
    if clause.dep_ != "advcl" or clause.pos_ not in _VERBS or not _own_subject(clause):
        return False
    if clause.head.dep_ not in _CLAUSE_HOSTS or clause.head.pos_ not in _VERBS:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ not in _CONTRASTIVE_MARKS:
        return False
    if marks[0].lower_ == "while" and clause.tag_ == "VBG":
        return False
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def _stands_alone(token: Token) -> bool:
    """True for a clause that may be split off before a closing reporting clause.

    A clause with a subject of its own that begins after a conjunction ("..., but the
    board did not agree ...") or a contrastive one (:func:`_contrastive`), and a clause
    on a noun that gives its own count (:func:`_counts_of_its_own`: "... the raids in
    which 89 people were arrested, the agency reported"); a conjunct the parser began
    inside a word ("the port’s") is no clause of its own.
    """
    if _counts_apart(token) or _shared_subject_predicate(token) or _counts_of_its_own(token):
        return True
    if token.pos_ not in _VERBS or not _own_subject(token):
        return False
    if token.dep_ == "conj":
        joint = _before_comma(token)
        return (
            joint is not None
            and joint.dep_ == "cc"
            and not closing_cue(token)
            and _first_conjunct(token).dep_ in _CLAUSE_HOSTS
        )
    return _coordinated_report(token) if token.dep_ == "ccomp" else _contrastive(token)


def _shared_subject_predicate(token: Token) -> bool:
    """True for a second predicate of one subject before a closing reporting clause.

    "X was sentenced to seven years and fined 540,000 euros, our reporter said": the
    fine is a fact of its own, split off as it is without the closing clause ("X did A
    and did B"); the reporting clause goes with it and credits both parts.
    """
    if token.dep_ != "conj" or token.pos_ not in _VERBS or _own_subject(token):
        return False
    joint = _before_comma(token)
    first = _first_conjunct(token)
    return (
        joint is not None
        and joint.dep_ == "cc"
        and joint.head.i == first.i
        and not closing_cue(token)
        and first.dep_ in _CLAUSE_HOSTS
        and len(_words(token.subtree)) >= 3
    )


def _closing_report(sent: SpacySpan) -> list[Token]:
    """The reporting clause that closes ``sent`` (", a spokesman said on Monday."), if any.

    Its verb is the root of ``sent`` and reports the clauses before it; the words from
    the comma after them to the end of ``sent`` name the speaker and when it spoke.
    """
    root = sent.root
    if root.lemma_ not in _REPORTING or root.pos_ not in _VERBS:
        return []
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if not reported:
        return []
    start = max(c.right_edge.i for c in reported) + 1
    if start >= sent.end or sent.doc[start].text != ",":
        return []
    if not any(c.dep_ in _SUBJECTS and c.i > start for c in root.children):
        return []
    end = sent.end
    for clause in root.children:
        if clause.dep_ == "conj" and clause.i > root.i and _own_subject(clause):
            # "..., it said on Tuesday, and the cuts will be completed by June": the
            # clause joined after the report is a part of its own
            end = min(end, clause.left_edge.i)
    while end > start and sent.doc[end - 1].dep_ == "cc":
        end -= 1
    return list(sent.doc[start:end])


def _describes_speaker(appositive: Token) -> bool:
    """True for an appositive of who makes the statement, not a fact of its own.

    "..., said Alina Moreau, chief fire officer of the fire service" and "according to
    Alina Moreau, chief fire officer of ..." describe the source: the subject of a
    reporting verb, or the object of "according to".
    """
    head = appositive.head
    if head.dep_ in _SUBJECTS:
        return head.head.lemma_ in _REPORTING
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        return head.head.head.lower_ == "according"
    return False


_SPLIT_DEPS = frozenset({"conj", "appos", "ccomp", *_ADJUNCTS, *_NOUN_CLAUSES})
"""How the head of a part that may be split off hangs from the rest of the sentence."""


def _cuts(sent: SpacySpan) -> tuple[list[Token], list[Token]]:
    """Heads of the trailing parts split off ``sent``, right to left, and a reporting clause.

    The reporting clause closes ``sent`` and goes with the last part (empty when none
    does). ``sent`` is a sentence or one clause of it: a part reaching outside it is not split.
    Only a clause with a subject of its own, or a second predicate of one subject, is
    split off before a closing reporting clause (:func:`_closing_report`); once it is,
    the parts before it are trailing.
    """
    accepted: list[Token] = []
    covered: set[int] = set()
    closing = _closing_report(sent)
    closing_ids = {t.i for t in closing}
    attached: list[Token] = []
    for token in reversed(list(sent)):
        if token.dep_ not in _SPLIT_DEPS or token.i in closing_ids:
            continue
        if token.left_edge.i < sent.start or token.right_edge.i >= sent.end:
            continue
        after = [
            t
            for t in sent.doc[token.right_edge.i + 1 : sent.end]
            if not (t.is_punct or t.is_space or t.i in covered)
        ]
        before_report = bool(after) and not attached and all(t.i in closing_ids for t in after)
        if after and not (before_report and _stands_alone(token)):
            continue
        if (
            _unbalanced(sent.doc[sent.start : token.left_edge.i])[0]
            or _unbalanced(sent.doc[token.left_edge.i : sent.end])[1]
        ):
            continue  # inside a quotation: one speaker's words stay one claim
        if _crosses_brackets(sent, token) or _cuts_whole(sent, token) or _subject_cut(token):
            continue
        own = [t for t in token.subtree if t.i not in covered]
        if _is_candidate(token, own):
            accepted.append(token)
            covered.update(t.i for t in token.subtree)
            if before_report:
                attached = closing
                covered.update(closing_ids)
    return accepted, attached


def _subject_cut(head: Token) -> bool:
    """True when the parser read a participle after the subject as the verb ``head`` joins.

    In "Flour from lot 4471, packed in July, was recalled by the mill" it may take
    "packed" for the main verb and "was recalled" for a second one: a bare participle
    first, then a verb with its own auxiliary and no "and". Split there, the subject
    would part from what is said of it.
    """
    if head.dep_ != "conj" or head.pos_ not in _VERBS:
        return False
    first = _first_conjunct(head)
    return (
        first.tag_ == "VBN"
        and not any(c.dep_ in _AUXILIARIES for c in first.children)
        and any(c.dep_ in _AUXILIARIES for c in head.children)
        and not any(c.dep_ == "cc" for c in first.children if c.i < head.i)
    )


_AUXILIARIES = frozenset({"aux", "auxpass"})

_QUOTE_PAIRS = (("“", "”"), ("«", "»"))
_BRACKETS = (("(", ")"), ("[", "]"))


def _open_brackets(tokens: Iterable[Token]) -> int:
    """How many brackets ``tokens`` open and leave unclosed (negative: close unopened)."""
    texts = [t.text for t in tokens]
    return sum(texts.count(a) - texts.count(b) for a, b in _BRACKETS)


def _closes_bracket(tokens: Sequence[Token]) -> bool:
    """True when the last of ``tokens`` closes a bracket opened before it: "(£1.7m)"."""
    return _open_brackets(tokens[-1:]) < 0 and _open_brackets(tokens[:-1]) > 0


def _crosses_brackets(sent: SpacySpan, head: Token) -> bool:
    """True when the part headed by ``head`` begins or ends inside brackets.

    "(£1.7 million)" glosses the figure before it: a cut inside it would leave a claim
    with half a bracket, and the gloss without what it glosses.
    """
    doc = sent.doc
    before = _open_brackets(doc[sent.start : head.left_edge.i])
    return before > 0 or _open_brackets(doc[head.left_edge.i : head.right_edge.i + 1]) != 0


def _cuts_whole(sent: SpacySpan, head: Token) -> bool:
    """True when splitting off the part headed by ``head`` would cut a whole in two.

    A hyphenated word ("co-wrote", which the parser may read as two verbs), a quoted
    title ("'X-Men: First Class'", which it may cut at the colon) and a list of names
    ("Ana Lind, Jon Fell, and Ivo Hale are signed", read as a clause after "and") each
    belong to one claim.
    """
    text = doc_text(sent.doc)
    start = head.left_edge.idx
    end = head.right_edge.idx + len(head.right_edge.text)
    return (
        _glued(text, start)
        or _glued(text, end)
        or any(q_start < at < q_end for at in (start, end) for q_start, q_end in _titles(sent))
        or _ends_name_list(head.left_edge)
    )


_WORD_CHARS = re.compile(r"[\w‐‑-]")
"""A character of a word, a hyphen included: a cut between two of them splits a word."""


def _glued(text: str, at: int) -> bool:
    """True when ``at`` falls between two characters of one word ("co|-wrote", "co-|wrote")."""
    return 0 < at < len(text) and all(_WORD_CHARS.match(c) for c in text[at - 1 : at + 1])


#: Words in single quotes, a title: "'X-Men: First Class'", "‘Ember Road’". The
#: opening mark follows no letter and the closing one is followed by none, so an
#: apostrophe ("Lawrence’s") is no closing mark.
_SINGLE_QUOTED = re.compile(r"(?<![\w‘’'])[‘'](?=\w)[^‘’'\n]{1,80}?(?<=[\w.!?,])[’'](?![\w])")


def _titles(sent: SpacySpan) -> list[tuple[int, int]]:
    """Character spans of the words in single quotes in ``sent`` (:data:`_SINGLE_QUOTED`)."""
    offset = sent.start_char
    return [(offset + m.start(), offset + m.end()) for m in _SINGLE_QUOTED.finditer(sent.text)]


def _ends_name_list(first: Token) -> bool:
    """True when ``first`` begins the last name of a list of names ("A, B, and C").

    A name after "and" or "or" that follows two names set apart by a comma closes
    that list: the parser may make it the subject of a clause of its own.
    """
    doc = first.doc
    i = first.i - 1
    if first.pos_ != "PROPN" or i < 0 or doc[i].lower_ not in ("and", "or"):
        return False
    names = 0
    i -= 1
    while i >= 0 and names < 2:
        if doc[i].text == ",":
            i -= 1
        if i < 0 or doc[i].pos_ != "PROPN":
            return False
        while i >= 0 and doc[i].pos_ == "PROPN":
            i -= 1
        names += 1
        if names < 2 and (i < 0 or doc[i].text != ","):
            return False
    return names == 2


def _unbalanced(tokens: Iterable[Token]) -> tuple[bool, bool]:
    """Whether ``tokens`` open a quote they do not close, and close one they do not open."""
    texts = [t.text for t in tokens]
    opens = any(texts.count(a) > texts.count(b) for a, b in _QUOTE_PAIRS)
    closes = any(texts.count(b) > texts.count(a) for a, b in _QUOTE_PAIRS)
    straight = texts.count('"') % 2 == 1
    return opens or straight, closes or straight


def _trim(tokens: list[Token], sent: SpacySpan) -> list[Token]:
    """``tokens`` without edge punctuation and conjunctions.

    The quote marks of ``sent`` that close (or open) a quotation inside stay, so a
    claim never shows half a quotation.
    """

    def edge(t: Token) -> bool:
        if _glued_unit(t):
            return False
        return t.is_punct or t.is_space or t.dep_ in ("cc", "preconj")

    start, end = 0, len(tokens)
    while start < end and edge(tokens[start]):
        start += 1
    while end > start and edge(tokens[end - 1]) and not _closes_bracket(tokens[start:end]):
        end -= 1
    kept = tokens[start:end]
    if not kept:
        return kept
    opens, closes = _unbalanced(kept)
    after = _up_to_quote_mark(sent.doc[kept[-1].i + 1 : sent.end]) if opens else []
    before = _up_to_quote_mark(reversed(sent.doc[sent.start : kept[0].i])) if closes else []
    return sorted(before, key=lambda t: t.i) + kept + after


_CLAUSE_MARKS = frozenset(",.;:!?…-–—/")
"""Punctuation that ends or joins clauses, never part of the figure before it."""


def _glued_unit(token: Token) -> bool:
    """Whether ``token`` is a unit sign written onto the number before it ("14%", "3‰").

    Such a sign is tokenized as punctuation, but trimming it off a claim's edge would
    leave a bare "fell 14": the span must keep the figure's unit.
    """
    if token.i == 0 or not token.is_punct or token.is_quote or token.is_bracket:
        return False
    before = token.doc[token.i - 1]
    return (
        not before.whitespace_
        and before.like_num
        and not any(c in _CLAUSE_MARKS for c in token.text)
    )


def _no_stray_mark(span: Span, text: str) -> Span:
    """``span`` without a quote mark at its edge whose partner lies outside it.

    A sentence inside a quotation of several sentences ends with that quotation's
    closing mark, or begins with its opening one.
    """
    piece = span.slice(text)
    start, end = span.start, span.end
    for opener, closer in _QUOTE_PAIRS:
        if piece.endswith(closer) and piece.count(closer) > piece.count(opener):
            end -= len(closer)
        if piece.startswith(opener) and piece.count(opener) > piece.count(closer):
            start += len(opener)
    if piece.count('"') % 2 == 1 and piece.startswith('"') != piece.endswith('"'):
        if piece.endswith('"'):
            end -= 1
        else:
            start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else span


def _up_to_quote_mark(tokens: Iterable[Token]) -> list[Token]:
    """The punctuation of ``tokens`` up to the first quote mark, or none without one."""
    walked: list[Token] = []
    for token in tokens:
        if not (token.is_punct or token.is_space):
            return []
        walked.append(token)
        if token.is_quote:
            return walked
    return []


def _main_verb(sent: SpacySpan, tokens: Sequence[Token]) -> Token | None:
    if sent.root.pos_ in _VERBS and any(t.i == sent.root.i for t in tokens):
        return _narrating_verb(sent, tokens) or sent.root
    verbs = [t for t in tokens if t.pos_ in _VERBS]
    return min(verbs, key=lambda t: (len(list(t.ancestors)), t.i)) if verbs else None


#: Clauses that describe or frame another, never the sentence's own statement.
_FRAMING_DEPS = frozenset({"relcl", "acl", "advcl"})


def _quoted_ids(sent: SpacySpan) -> set[int]:
    """Indices of the tokens of ``sent`` inside quotation marks (the marks excluded)."""
    opening = {a: b for a, b in _QUOTE_PAIRS}
    closing = {b for _, b in _QUOTE_PAIRS}
    depth, straight, inside = 0, False, set()
    for token in sent:
        text = token.text
        if text == '"':
            straight = not straight
        elif text in opening:
            depth += 1
        elif text in closing:
            depth = max(0, depth - 1)
        elif depth or straight:
            inside.add(token.i)
    return inside


def _narrating_verb(sent: SpacySpan, tokens: Sequence[Token]) -> Token | None:
    """The verb outside a quotation that states the sentence, when the parse roots it inside.

    In "Rook was convicted of beating Vale and telling her, \"you're never going to
    leave me,\" according to court records" the parser may take the quoted "going" for
    the sentence's verb, or the quoted words for what a closing "the paper reported"
    reports; the sentence states the conviction, and the quoted words (their "never",
    their "going to") are what was said, not its negation nor its modality. A verb
    outside the quotation is taken only when it has a subject of its own, reports no
    speech ("\"We will never leave,\" the chief said" states the quoted words) and does
    not describe or frame another clause ("who founded the firm", "after police
    arrived").
    """
    quoted = _quoted_ids(sent)
    root = sent.root
    if root.i not in quoted and not (
        root.lemma_ in _REPORTING
        and any(v.i in quoted for v in _predicates(root, range(sent.start, sent.end)))
    ):
        return None
    narrating = [
        t
        for t in tokens
        if t.pos_ in _VERBS
        and t.i != root.i
        and t.i not in quoted
        and t.lemma_ not in _REPORTING
        and t.dep_ not in _FRAMING_DEPS
        and any(c.dep_ in _SUBJECTS for c in t.children)
        and not any(c.dep_ == "mark" for c in t.children)
    ]
    return min(narrating, key=lambda t: (len(list(t.ancestors)), t.i)) if narrating else None


def _governing_verb(token: Token, inside: set[int]) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in _VERBS and ancestor.i not in inside:
            return ancestor
    return None


def _name_tokens(token: Token) -> list[Token]:
    """``token`` with its compound, flat-name and possessive modifiers."""
    parts = [token]
    for child in token.children:
        if child.dep_ in ("compound", "poss", "flat", "amod"):
            parts.extend(child.subtree)
    return sorted(parts, key=lambda t: t.i)


def _is_clause(part: SpacySpan) -> bool:
    """True when ``part`` is a clause: headed by verbs, one of them with a subject.

    Its heads are the words attached outside it; there are several when the parser
    attached an inserted "X said" to another clause of the sentence.
    """
    heads = [t for t in _words(part) if t.head.i == t.i or not part.start <= t.head.i < part.end]
    return (
        bool(heads)
        and all(t.pos_ in _VERBS for t in heads)
        and any(c.dep_ in _SUBJECTS for t in heads for c in t.children)
    )


def _clauses(sent: SpacySpan) -> list[SpacySpan]:
    """``sent`` cut at its semicolons when every part is a clause of its own.

    "The bridge was not inspected in 2023, X added; its last inspection was in 2019"
    states two facts, whatever clause the parser makes the root of the sentence. A
    semicolon inside a quotation or brackets does not cut, nor do the semicolons of a
    list whose items are not all clauses.
    """
    doc = sent.doc
    marks = [
        t.i
        for t in sent
        if t.text == ";"
        and not _unbalanced(doc[sent.start : t.i])[0]
        and doc[sent.start : t.i].text.count("(") <= doc[sent.start : t.i].text.count(")")
    ]
    if not marks:
        return [sent]
    bounds = [sent.start - 1, *marks, sent.end]
    parts = [doc[a + 1 : b] for a, b in pairwise(bounds)]
    return parts if all(_is_clause(p) for p in parts) else [sent]


def _units(sent: SpacySpan) -> list[_Unit]:
    clauses = _clauses(sent)
    if len(clauses) == 1:
        return _clause_units(sent, split=False)
    return [unit for clause in clauses for unit in _clause_units(clause, split=True)]


def _clause_units(sent: SpacySpan, *, split: bool) -> list[_Unit]:
    """The units of ``sent``, a whole sentence or (``split``) one clause of it."""
    tokens = list(sent)
    scope = range(sent.start, sent.end)
    cuts, closing = _cuts(sent)
    if not cuts:
        if split:
            tokens = _trim(tokens, sent)
        return [_Unit(tokens, [], _main_verb(sent, tokens), split, scope)]
    cut_ids = {c.i for c in cuts}
    owner: dict[int, int] = {}
    for cut in sorted(cuts, key=lambda c: -len(list(c.subtree))):
        for t in cut.subtree:
            owner[t.i] = cut.i
    if closing:
        last = max(cuts, key=lambda c: c.right_edge.i)
        owner.update((t.i, last.i) for t in closing)
    units: list[_Unit] = []
    rest = _trim([t for t in tokens if t.i not in owner], sent)
    if rest and (any(t.pos_ in _VERBS for t in rest) or len(_words(rest)) >= 3):
        units.append(_Unit(rest, [], _main_verb(sent, rest), True, scope))
    for cut in sorted(cuts, key=lambda c: c.i):
        own = _trim([t for t in tokens if owner.get(t.i) == cut.i], sent)
        if _contrastive(cut):  # "while Y won 25": the subordinator states nothing
            own = [t for t in own if not (t.dep_ == "mark" and t.head.i == cut.i)]
        if len(_words(own)) < 2:
            continue
        inside = {t.i for t in own}
        shared: list[Token] = []
        if cut.pos_ in _VERBS:
            predicate: Token | None = cut
            if not any(c.dep_ in _SUBJECTS for c in cut.children):
                subject = _subject(cut)
                if subject is not None:
                    shared.extend(_name_tokens(subject))
                # "could begin and spread": the modal of the first verb covers both;
                # not across "but" ("couldn't say if ..., but said no one else was hurt")
                first = _first_conjunct(cut)
                if not _contrasted(first, cut):
                    shared.extend(
                        c for c in first.children if c.dep_ in ("aux", "advmod") and c.i < first.i
                    )
                shared.extend(_fronted_adjuncts(first))
            if cut.dep_ in _NOUN_CLAUSES:  # "in which 89 people were arrested": the raids
                shared.extend(_name_tokens(cut.head))
        else:
            predicate = _governing_verb(cut, inside)
            if predicate is not None:
                subject = _subject(predicate)
                if subject is not None:
                    shared.extend(_name_tokens(subject))
                shared.append(predicate)
            if cut.dep_ == "appos" and cut.head.i not in cut_ids:
                shared.extend(_name_tokens(cut.head))
        shared = [t for t in shared if t.i not in inside]
        units.append(_Unit(own, shared, predicate, True, scope, cut.dep_ == "appos"))
    return units


def _fronted_adjuncts(verb: Token) -> list[Token]:
    """The words of a time or place phrase that opens the sentence before ``verb``'s subject.

    "In 1959 he was convicted of trafficking and was sentenced to seven years": the
    year dates both verbs, so the second, split off, keeps it.
    """
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return []
    opening = subject.left_edge.i
    return [
        t
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod") and c.right_edge.i < opening
        for t in c.subtree
    ]


_REQUESTING = _wordset("""
    call urge ask demand press order force pressure encourage invite request advise
    persuade implore beg tell warn allow permit
    """)
"""Verbs whose "to" clause is what someone else is asked to do ("called on the minister
to resign", "urged workers to return"): the clause is not asserted."""


def _predicates(verb: Token | None, scope: range) -> list[Token]:
    """``verb`` and the clauses it reports or governs as "going to"/"said to" + verb.

    Only clauses inside ``scope`` are followed; not the "to" clause of a request
    ("urged workers to return"), which asserts the request. A reported clause the
    parser broke up is followed to its verb (:func:`broken_clause`: "The wildfire that
    has burned since Tuesday was started deliberately, police said" reports "started").
    """
    chain: list[Token] = []
    current = verb
    while current is not None and len(chain) < 4:
        chain.append(current)
        following: Token | None = None
        for child in current.children:
            reported = current.lemma_ in _REPORTING and child.dep_ == "ccomp"
            wanted = child.dep_ == "xcomp" and current.lemma_ not in _REQUESTING
            if (reported or wanted) and child.pos_ in _VERBS and child.i in scope:
                following = child
                break
        if following is None and _refuses(current):
            following = _asked_act(current, scope)
        if following is None and (current.lemma_ in _DENIALS or _refuses(current)):
            following = _denied_statement(current, scope)
        if following is None and current.lemma_ in _REPORTING:
            broken = broken_clause(current)
            if broken is not None and broken[1].i in scope:
                following = broken[1]
        current = following
    return chain


def _refuses(verb: Token) -> bool:
    """True for a verb that rules out the act it governs ("ruled out withdrawing it")."""
    if verb.lemma_.lower() in _REFUSALS:
        return True
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _denied_statement(verb: Token, scope: range) -> Token | None:
    """The verb of the statement a denial or a rejection takes as its object.

    "Disputed a claim that Calverholt had broken its record" denies "had broken", and
    "rejected reports that the water was unsafe" denies the water was unsafe.
    """
    return _object_clause(verb, _CLAIM_NOUNS, ("acl", "ccomp"), scope)


def _asked_act(verb: Token, scope: range) -> Token | None:
    """The act a refused request asks for: "withdraw" in "rejected calls to withdraw it"."""
    return _object_clause(verb, _ASKING_NOUNS, ("acl", "relcl"), scope)


def _object_clause(
    verb: Token, nouns: frozenset[str], deps: tuple[str, ...], scope: range
) -> Token | None:
    """The verb of the clause that the object of ``verb``, one of ``nouns``, holds."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns:
            continue
        for clause in noun.children:
            if clause.dep_ in deps and clause.pos_ in _VERBS and clause.i in scope:
                return clause
    return None


def _modality(unit: _Unit) -> Modality:
    chain = unit.chain
    words = unit.tokens + unit.shared + [c for v in chain for c in v.children]
    lowered = {t.lower_ for t in words}
    if lowered & _REPORTED_WORDS:
        return Modality.REPORTED
    for verb in chain:
        deps = {c.dep_ for c in verb.children}
        if verb.lemma_ in _REPORTED_PASSIVE and "auxpass" in deps and "xcomp" in deps:
            return Modality.REPORTED
        if verb.lemma_ in _REPORTING and any(
            c.dep_ in _SUBJECTS and c.lemma_.lower() in _REPORT_NOUNS for c in verb.children
        ):
            return Modality.REPORTED
    for token in words:
        if token.lower_ == "according":
            objects = [g for c in token.children for g in c.children if g.dep_ == "pobj"]
            if any(o.lemma_.lower() in _REPORT_NOUNS for o in objects):
                return Modality.REPORTED
    modifiers = [c for v in chain for c in v.children if not _announcing_can(v, c)] + unit.shared
    auxiliaries = {c.lower_ for c in modifiers if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & _POSSIBLE_AUX or any(
        t.lower_ in _POSSIBLE_WORDS and not _in_fronted_adjunct(t, chain) for t in words
    ):
        return Modality.POSSIBLE
    if any(_believed(v) or _seeming(v) for v in chain):
        return Modality.POSSIBLE
    going_to = any(
        v.lower_ == "going" and any(c.dep_ == "xcomp" for c in v.children) for v in chain
    )
    if auxiliaries & _FUTURE_AUX or going_to or any(_planned(v) for v in chain):
        return Modality.FUTURE
    return Modality.ASSERTED


#: How an adjunct set before the verb hangs from it: "On spotting the patrol boat, ...".
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod"})


def _in_fronted_adjunct(token: Token, chain: Sequence[Token]) -> bool:
    """True when ``token`` lies in an adjunct set before the claim's verbs.

    "On spotting the patrol boat and probably wary of its crew, the smugglers turned and
    tried to escape": "probably" hedges why they fled, not that they did, in the claim
    of either verb.
    """
    if not chain:
        return False
    verbs = {v.i for v in chain}
    hosts = verbs | {_first_conjunct(v).i for v in chain}  # a split-off verb's adjuncts
    first = min(verbs)
    for ancestor in token.ancestors:
        if ancestor.i in verbs:
            return False
        if ancestor.dep_ in _ADJUNCTS and ancestor.i < first and ancestor.head.i in hosts:
            return True
    return False


#: Verbs of a belief, not a finding: "investigators believe the fire was caused by".
_BELIEFS = frozenset({"believe", "suspect", "think", "suppose", "presume"})


def _believed(verb: Token) -> bool:
    """True for the clause of a belief: "Investigators believe the fire was caused by ...".

    What a source believes or suspects it holds likely, not established, so the claim
    is hedged against a report that states it flatly ("The fire was started by
    lightning"). A denied belief ("do not believe") is a denial, left to negation.
    """
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i != verb.i
        and head.lemma_.lower() in _BELIEFS
        and not any(c.dep_ == "neg" for c in head.children)
    )


#: Verbs that hedge the clause they take: "the fire appears to have started".
_SEEMING = frozenset({"appear", "seem"})


def _seeming(verb: Token) -> bool:
    """True for "appears to" or "seems to" before a clause: a likelihood, not a finding.

    "The fire appears to have started in the left engine" holds it likely, as "is
    thought to" does; "appeared in court" takes no clause and states a fact.
    """
    return verb.lemma_.lower() in _SEEMING and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


#: Verbs with which an official "can" announces: "The club can confirm that ...".
_ANNOUNCING = frozenset({"confirm", "reveal", "announce", "report", "disclose", "say", "tell"})


def _announcing_can(verb: Token, child: Token) -> bool:
    """True for the "can" of "can confirm": a formula of announcement, not a possibility."""
    return child.dep_ == "aux" and child.lower_ == "can" and verb.lemma_ in _ANNOUNCING


def _negates(verb: Token) -> bool:
    """True when ``verb`` carries a negation.

    The negation is on the verb itself, on its predicative complement ("was not closed"
    read as "was" + adjective; "found him not guilty", "declared it not valid"), or is
    "no longer". A negation until a time is none (:func:`_delayed`), nor is the "not"
    of "was A, not B" (:func:`_contrasting_not`).
    """
    for child in verb.children:
        if child.dep_ == "neg":
            return not _delayed(verb)
        carrier = (
            child.dep_ in ("acomp", "attr")
            or (child.dep_ == "advmod" and child.lower_ in _NEGATED_ADVERBS)
            or (child.dep_ in _SMALL_CLAUSES and child.pos_ == "ADJ")
        )
        if carrier and any(g.dep_ == "neg" and not _contrasting_not(g) for g in child.children):
            return not (_delayed(verb) or waits_until(child))
    return False


def _delayed(verb: Token) -> bool:
    """True when ``verb`` or its predicative complement has an "until" phrase or clause.

    "did not disclose the breach until September 2", "will not reopen until Friday",
    "was not open until Friday": the act takes place then, the claim is not negated
    (see :func:`~corrobora.extract.attribution.waits_until`; "before" is left alone).
    """
    return waits_until(verb) or any(
        waits_until(c) for c in verb.children if c.dep_ in ("acomp", "attr", *_SMALL_CLAUSES)
    )


def _negative_no(token: Token) -> bool:
    """True for a "no" that negates the phrase it modifies, not one that hedges a figure."""
    if token.lower_ != "no" or token.dep_ not in ("det", "neg"):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or following.tag_ not in _HEDGE_TAGS


def _negative_argument(token: Token) -> bool:
    """True for a negative subject or object: "no chlorine", "no one", "nothing".

    An exception ("nothing but debris", "no one else but the mayor") states the
    opposite, and "no doubt" makes an idiom, so neither negates.
    """
    if any(c.lower_ == "but" for c in token.children):
        return False
    if token.lower_ in _NEGATIVE_PRONOUNS:
        return True
    if token.lemma_.lower() in _IDIOMATIC_NO:
        return False
    return any(_negative_no(c) for c in token.children)


def _negative_arguments(verb: Token) -> bool:
    """True when a subject or object of ``verb`` is negative ("found no chlorine").

    The noun after an existential "there is" counts as its subject.
    """
    existential = any(c.dep_ == "expl" for c in verb.children)
    return any(
        (c.dep_ in _ARGUMENTS or (existential and c.dep_ == "attr")) and _negative_argument(c)
        for c in verb.children
    )


def _reports(verb: Token, chain: Sequence[Token]) -> bool:
    """True for a verb of ``chain`` that only reports the next one ("X said ...").

    Who reports a clause ("nobody said ...") does not negate the clause; a denial
    does, so "no one denied that ..." cancels out.
    """
    return verb.i != chain[-1].i and verb.lemma_ in _REPORTING and verb.lemma_ not in _DENIALS


def _negated(unit: _Unit) -> bool:
    """True when the claim's predicate is negated an odd number of times.

    Each verb of the predicate chain that carries a negation counts, or whose subject
    or object is negative ("found no chlorine", "nobody was hurt") unless it only
    reports the next verb; so does a denial that reports a clause ("denied that the
    bridge was inspected": "did not deny that ..." negates nothing) and a refusal of the
    act it governs ("ruled out withdrawing the reform", "refused to withdraw it",
    "rejected calls to withdraw it" state that the reform is not withdrawn).
    """
    chain = unit.chain
    flips = sum(_negates(v) or (not _reports(v, chain) and _negative_arguments(v)) for v in chain)
    flips += sum(v.lemma_ in _DENIALS or _refuses(v) for v in chain[:-1])
    flips += _counterfactual(unit)
    return flips % 2 == 1


#: Modals of a consequence that did not come about: "would have told", "could have won".
_UNREAL_MODALS = _wordset("would could might should")


def _counterfactual(unit: _Unit) -> bool:
    """True when the claim is an unreal conditional: "if X had done A, Y would have done B".

    Such a sentence tells that A was not done (nor B): "If the president had approved
    the plan, Mitchell would have told him" denies the approval another source claims.
    Both the past perfect "if" clause and the "would have" consequence must stand in it.
    """
    tokens = [*unit.tokens, *unit.shared]
    return any(_unreal_condition(t) for t in tokens) and any(_unreal_result(t) for t in tokens)


def _unreal_condition(verb: Token) -> bool:
    """True for the verb of an "if" clause in the past perfect ("if he had approved it")."""
    if verb.pos_ not in _VERBS or verb.dep_ != "advcl":
        return False
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children
    )


def _unreal_result(verb: Token) -> bool:
    """True for a verb in "would have" (or "could have") done: a consequence not come about."""
    if verb.pos_ not in _VERBS:
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(set(auxiliaries) & _UNREAL_MODALS) and "have" in auxiliaries


def _predicate_lemma(unit: _Unit) -> str:
    """The lemma of what ``unit`` asserts: the last verb of its predicate chain.

    A copula gives way to its complement ("is due" -> "due"), a phrasal verb keeps its
    particle ("put out"). A part split off a sentence ("... in the air and in the
    river") asserts the verb it shares; an appositive has no predicate of its own.
    """
    if unit.predicate is None or unit.describes:
        return ""
    verb = _held_likely(unit.chain[-1])
    if verb.lemma_ == "be":
        verb = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return strip_accents(" ".join([_prefixed_lemma(verb), *particles]))


_VERB_PREFIXES = _wordset("re pre co un over under out mis")
"""Prefixes the tokenizer may split off a verb at its hyphen ("re-signed": "re", "-")."""


def _prefixed_lemma(verb: Token) -> str:
    """The lemma of ``verb``, joined to the verb after its hyphen when it is a prefix.

    The tokenizer splits "re-signed" into "re", "-" and "signed", and the parser may
    take the prefix for the verb: the act is "re-sign", not "re".
    """
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if lemma not in _VERB_PREFIXES or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "-":
        return lemma
    after = doc[verb.i + 2]
    if verb.whitespace_ or doc[verb.i + 1].whitespace_ or not after.is_alpha:
        return lemma
    return f"{lemma}-{after.lemma_.lower()}"


_LIKELIHOODS = _wordset("likely unlikely probable improbable possible")
"""Adjectives that hold what they are said of likely or not, stating no act of their own."""
_HOLDING_VERBS = _wordset("be seem appear look")
"""Verbs that say what their subject or clause is held to be: "seems likely"."""


def _held_likely(verb: Token) -> Token:
    """The act ``verb`` holds likely, or ``verb`` itself.

    "it seems likely he will be signed on" holds a signing likely, "a change in director
    could be likely" a change: the likelihood is the claim's modality (:func:`_modality`),
    and what is predicted, the clause's verb or the subject noun, is its act. Two
    predictions of two acts are two statements, however many words they share.
    """
    if verb.lemma_.lower() not in _HOLDING_VERBS:
        return verb
    likelihood = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _LIKELIHOODS
        ),
        None,
    )
    if likelihood is None:
        return verb
    for child in [*likelihood.children, *verb.children]:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in _VERBS:
            return child
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else verb


def _speech_act(verb: Token) -> bool:
    """True for a reporting verb that introduces a clause ("said", "confirmed that").

    Also when the parser broke up the clause it reports (:func:`broken_clause`).
    """
    return verb.lemma_ in _REPORTING and (
        any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in _VERBS for c in verb.children)
        or broken_clause(verb) is not None
    )


def _broken_subject(chain: Sequence[Token]) -> range:
    """Token indices of the subject of a misparsed reported clause of ``chain``, if any.

    In "The wildfire that has burned since Tuesday was started deliberately, police
    said" (:func:`broken_clause`) the words before "was started" are its subject and
    relative clause: a date among them ("since Tuesday") dates another event.
    """
    for verb in chain:
        broken = broken_clause(verb)
        if broken is not None and any(v.i == broken[1].i for v in chain):
            subject, predicate = broken
            lead = [c.i for c in predicate.children if c.dep_ in _LEADING and c.i < predicate.i]
            return range(subject.left_edge.i, min([predicate.i, *lead]))
    return range(0)


_LEADING = frozenset({"aux", "auxpass", "neg"})
"""Words of a verb phrase before its verb ("was not started")."""


def _claim_dates(
    doc: Doc,
    span: Span,
    dates: _SpanIndex[DateMention],
    datelines: Sequence[Span],
    chain: Sequence[Token] | None,
) -> tuple[DateMention, ...]:
    """The dates inside ``span`` that date its predicate, the verbs of ``chain``.

    With ``chain`` None (a claim that describes what it names) every date is kept.

    Left out: the date of a speech act ("2,000 residents were evacuated on Wednesday,
    the prefecture said on Thursday": Thursday dates the statement), of a clause that
    tells of another event ("signed on Wednesday after passing a medical last
    Thursday", "the fire, which broke out on Monday, ..."), also when the parser
    broke up the clause the subject's relative clause is in (:func:`_broken_subject`),
    and of a dateline ("BRANNOCK, June 2 (Wire) - ...": when the story was filed).
    """
    asserted = {verb.i for verb in chain or ()}
    subject = _broken_subject(chain or ())
    kept: list[DateMention] = []
    for _, date in dates.inside(span):
        if any(line.contains(date.span) for line in datelines):
            continue
        words = doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
        if words is not None and words.start in subject:
            continue
        verb = None
        if words is not None and len(words):
            verb = next((a for a in words.root.ancestors if a.pos_ in _VERBS), None)
        if verb is None or (
            not _speech_act(verb) and (chain is None or not _other_event(verb, asserted))
        ):
            kept.append(date)
    return tuple(kept)


def _shared_dates(
    shared: Sequence[Span], span: Span, dates: _SpanIndex[DateMention]
) -> tuple[DateMention, ...]:
    """The dates the words a split-off claim shares with its sentence write, outside it."""
    found: dict[Span, DateMention] = {}
    for part in shared:
        for _, date in dates.overlapping(part):
            if not span.contains(date.span):
                found.setdefault(date.span, date)
    return tuple(found.values())


_SUBORDINATE = frozenset({"advcl", "relcl", "pcomp"})
"""How a clause that tells of an event of its own hangs from the sentence."""


def _other_event(verb: Token, asserted: set[int]) -> bool:
    """True when ``verb`` heads a subordinate clause, not the claim's predicate."""
    return verb.i not in asserted and verb.dep_ in _SUBORDINATE


def _speech_cue(token: Token) -> bool:
    """True for the verb that introduces reported speech ("warned that ...", "said ...").

    The cue tells how a statement was made, not what it states, so it is left out of
    the terms claims are aligned on: "X warned that A" and "X announced that A" state A.
    Verbs that take a stance on the content ("confirmed", "denied") are kept.
    """
    if token.lemma_ not in _REPORTING or token.lemma_ in _STANCE_CUES:
        return False
    return any(c.dep_ == "ccomp" for c in token.children)


_STANCE_CUES = frozenset({"confirm", "deny", "admit", "acknowledge", "reject", "dispute"})


def claim_terms(tokens: Iterable[Token]) -> tuple[str, ...]:
    """Lower-cased, accent-folded lemmas of the content words among ``tokens``, in order."""
    terms: list[str] = []
    for token in tokens:
        if token.pos_ not in _TERM_POS or token.is_punct or token.is_space:
            continue
        if token.pos_ in _STOP_CHECKED and token.is_stop:
            continue
        lemma = strip_accents(token.lemma_.lower()).rstrip(".")
        if lemma in _LIGHT_LEMMAS or lemma in HONORIFICS or not any(c.isalnum() for c in lemma):
            continue
        if lemma not in terms:
            terms.append(lemma)
    return tuple(terms)


def _char_span(tokens: Sequence[Token]) -> Span:
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


class _SpanIndex(Generic[T]):
    """Items located by spans, for fast "inside" and "overlapping" queries by position."""

    def __init__(self, items: Iterable[tuple[Span, T]]) -> None:
        self._pairs = sorted(items, key=lambda pair: (pair[0].start, pair[0].end))
        self._starts = [span.start for span, _ in self._pairs]
        self._longest = max((span.end - span.start for span, _ in self._pairs), default=0)

    def inside(self, span: Span) -> list[tuple[Span, T]]:
        """The items whose span lies inside ``span``, in text order."""
        low = bisect_left(self._starts, span.start)
        high = bisect_left(self._starts, span.end)
        return [pair for pair in self._pairs[low:high] if span.contains(pair[0])]

    def overlapping(self, span: Span) -> list[tuple[Span, T]]:
        """The items whose span shares a character with ``span``, in text order."""
        low = bisect_left(self._starts, span.start - self._longest)
        high = bisect_left(self._starts, span.end)
        return [pair for pair in self._pairs[low:high] if span.overlaps(pair[0])]


def _best_attribution(
    span: Span, index: _SpanIndex[Attribution], cues: _SpanIndex[Attribution]
) -> Attribution | None:
    """The attribution whose content overlaps ``span`` most; the earliest on a tie.

    Without one, the attribution whose source and cue lie inside ``span``: a clause
    split off before a closing "X said" carries it, even when the attribution's
    content stops at the first clause ("A, but B, X said").
    """
    best: Attribution | None = None
    best_overlap = 0
    candidates = [a for _, a in index.overlapping(span)]
    if not candidates:
        return next((a for _, a in cues.inside(span)), None)
    for attribution in sorted(candidates, key=lambda a: (a.content.start, a.span.start)):
        content = attribution.content
        overlap = min(span.end, content.end) - max(span.start, content.start)
        if overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best


def _credited(
    span: Span,
    headlines: Sequence[Span],
    index: _SpanIndex[Attribution],
    cues: _SpanIndex[Attribution],
) -> Attribution | None:
    """The attribution of the claim ``span`` (:func:`_best_attribution`), None on a headline line.

    A headline line is the article's own summary; its clipped grammar names no source.
    """
    if any(line.contains(span) for line in headlines):
        return None
    return _best_attribution(span, index, cues)


def _quoted(span: Span, text: str, parts: _SpanIndex[None]) -> bool:
    """True when at least half of the claim's non-space characters are inside quotes."""
    inside = [False] * (span.end - span.start)
    for part, _ in parts.overlapping(span):
        for i in range(max(part.start, span.start), min(part.end, span.end)):
            inside[i - span.start] = True
    chars = [i for i in range(span.start, span.end) if not text[i].isspace()]
    return bool(chars) and 2 * sum(inside[i - span.start] for i in chars) >= len(chars)


def _entity_keys(
    span: Span, shared: Sequence[Span], skip: Sequence[Span], mentions: _SpanIndex[Mention]
) -> list[str]:
    found = {id(m): m for _, m in mentions.inside(span)}
    for part in shared:
        found.update((id(m), m) for _, m in mentions.overlapping(part))
    keys: list[str] = []
    for mention in sorted(found.values(), key=lambda m: (m.span.start, m.span.end)):
        if mention.key not in keys and not any(s.contains(mention.span) for s in skip):
            keys.append(mention.key)
    return keys


def _object_antecedent(unit: _Unit, sent: SpacySpan, mentions: _SpanIndex[Mention]) -> list[Token]:
    """The name of the person a split clause's object pronoun stands for.

    "represents pitcher Kel Arno, who interests the club, but they have not made him an
    offer": the clause cut off its sentence offers nothing to whoever another article
    names; "him" is the person last named before it in the sentence, outside the
    clause. With no such person the pronoun is left unresolved.
    """
    if not unit.split:
        return []
    inside = {t.i for t in unit.tokens}
    for token in unit.tokens:
        if token.lower_ not in _PERSON_OBJECTS or token.dep_ == "poss":
            continue
        before = Span(sent.start_char, token.idx)
        people = [
            m
            for _, m in mentions.inside(before)
            if m.kind is EntityKind.PERSON
            and not any(t.i in inside for t in _mention_tokens(sent, m))
        ]
        if people:
            return _mention_tokens(sent, people[-1])
    return []


def _mention_tokens(sent: SpacySpan, mention: Mention) -> list[Token]:
    words = sent.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return list(words) if words is not None else []


def _after_dateline(span: Span, datelines: Sequence[Span], text: str) -> Span:
    """``span`` starting after the dateline it opens with, if any.

    "EDELFURT, May 11 (Wire) - Crews ..." states what the crews did; the dateline only
    says where and when the story was filed. A span that is all dateline is kept.
    """
    for line in datelines:
        if line.start <= span.start < line.end < span.end:
            start = line.end
            while start < span.end and text[start].isspace():
                start += 1
            return Span(start, span.end) if start < span.end else span
    return span


def _outside(tokens: Iterable[Token], datelines: Sequence[Span]) -> list[Token]:
    """The ``tokens`` outside every dateline: a dateline names no term of a fact."""
    return [t for t in tokens if not any(line.start <= t.idx < line.end for line in datelines)]


_FRAME_DEPENDENTS = frozenset({"dative", "dobj", "prep", "npadvmod", "advmod", "agent"})
"""How the words that say to whom, when, where and how a source spoke hang from its
verb: "told reporters", "on Tuesday", "at the scene", "later"."""


def _source_phrases(sent: SpacySpan) -> list[SpacySpan]:
    """The phrases of ``sent`` that say who states it, not what is stated.

    "according to ..." phrases, and the frame of each speech act: to whom, when, where
    and how the source spoke ("said on Tuesday evening", "told reporters at the
    scene"). Two outlets citing one source for two different statements share those
    words, not a statement. Who spoke stays: one source's statements are more alike
    than two sources'.
    """
    doc = sent.doc
    phrases = [
        doc[token.left_edge.i : token.right_edge.i + 1]
        for token in sent
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)
    ]
    for verb in sent:
        if not _speech_act(verb):
            continue
        for child in verb.children:
            if child.dep_ in _FRAME_DEPENDENTS:
                phrases.append(doc[child.left_edge.i : child.right_edge.i + 1])
    return phrases


#: A statement announced to follow: "issued the following statement".
_ANNOUNCES_STATEMENT = re.compile(
    r"\bthe\s+following\s+(?:statement|comment|remarks?|response)\b", re.IGNORECASE
)
#: Why a source is not named: "asked not to be named", "on condition of anonymity".
_ANONYMITY = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity)\b",
    re.IGNORECASE,
)
_ANONYMITY_VERBS = _wordset("ask request speak talk agree")


_COMMENT_WORDS = _wordset("comment question inquiry enquiry elaborate speculate")
"""Words of comment asked for: "did not respond to a request for comment", "would not
elaborate", "did not answer questions"."""
_ASKED_DEPS = frozenset({"dobj", "prep", "xcomp"})
"""How what was asked of a source hangs from the verb that refuses it."""


def _declines_comment(unit: _Unit) -> bool:
    """True for a claim that only refuses to comment, which states nothing.

    "The ministry did not respond to a request for comment", "would not comment",
    "declined to elaborate": a refusal to speak
    (:func:`~corrobora.extract.attribution.refusal`) of a comment asked for. Not any
    refusal: "did not respond to the attack" or "did not confirm the fee" say something.
    """
    if unit.predicate is None or unit.describes:
        return False
    verb = unit.chain[-1]
    if not refusal(verb):
        return False
    asked = [t for c in verb.children if c.dep_ in _ASKED_DEPS for t in c.subtree]
    return any(t.lemma_.lower() in _COMMENT_WORDS for t in [verb, *asked])


#: The most words after a cue that frame its speech act ("told reporters on Tuesday").
_FRAME_WORDS = 5


def _only_a_credit(
    tokens: Sequence[Token],
    span: Span,
    cue_index: _SpanIndex[Attribution],
    source_ids: set[int],
) -> tuple[list[Span], list[Token]] | None:
    """The contents credited and the speaker's words of a clause that only credits.

    "..., a senior security official told The Meridian Ledger" split from the clause it
    credits holds a source, its cue and the frame of the speech act (to whom, when: a
    few words after the cue, no verb), none of what was said: it states nothing of its
    own. None for any other clause.
    """
    credits = [a for _, a in cue_index.inside(span) if not a.content.overlaps(span)]
    if not credits:
        return None
    said = [
        t
        for t in tokens
        if not (t.is_punct or t.is_space or t.i in source_ids)
        and not any(a.span.start <= t.idx < a.span.end for a in credits)
    ]
    cue_end = min(a.span.end for a in credits)
    if len(said) > _FRAME_WORDS or any(t.idx < cue_end or t.pos_ in _VERBS for t in said):
        return None
    speaker = [
        t
        for t in tokens
        if any(a.span.start <= t.idx < a.span.end for a in credits) and not _speech_cue(t)
    ]
    return [a.content for a in credits], speaker


def _about_the_reporting(sent: SpacySpan) -> bool:
    """True for a sentence about the reporting, not the story (see the module docstring).

    It announces a statement that follows, or its main verb says why a source asked
    not to be named: "The person asked not to be named because the talks are private."
    """
    text = sent.text.strip()
    if _ANNOUNCES_STATEMENT.search(text) and not any(c.dep_ == "ccomp" for c in sent.root.children):
        return True
    return sent.root.lemma_.lower() in _ANONYMITY_VERBS and bool(_ANONYMITY.search(text))


def find_claims(
    doc: Doc,
    article: Article,
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    attributions: Sequence[Attribution],
    quotes: Sequence[Quote],
) -> tuple[Claim, ...]:
    """Return the claims of ``article`` in text order (see the module docstring)."""
    check_doc(doc, article)
    mention_index = _SpanIndex((m.span, m) for m in mentions)
    quantity_index = _SpanIndex((q.span, q) for q in quantities)
    date_index = _SpanIndex((d.span, d) for d in dates)
    # A wire trailer credits the whole article (its voice), not one claim.
    credited = [a for a in attributions if a.statement and a.cue != TRAILER_CUE]
    attribution_index = _SpanIndex((a.content, a) for a in credited)
    cue_index = _SpanIndex((a.span, a) for a in credited)
    part_index: _SpanIndex[None] = _SpanIndex(
        (part, None) for quote in quotes if quote.direct for part in quote.parts
    )
    datelines = dateline_spans(article.text)
    headlines = headline_lines(article.text)
    trailer = wire_trailer(article.text)
    body_end = len(article.text) if trailer is None else trailer.span.start
    claims: list[Claim] = []
    seen: set[Span] = set()
    credited_to: list[tuple[list[Span], list[Token], list[str]]] = []
    for index, (sentence_span, sent) in enumerate(sentences(doc, article.text)):
        if not any(t.pos_ in _VERBS for t in sent) or _about_the_reporting(sent):
            continue
        sources = _source_phrases(sent)
        source_ids = {t.i for phrase in sources for t in phrase}
        source_spans = [Span(p.start_char, p.end_char) for p in sources]
        for unit in _units(sent):
            if not unit.tokens or _declines_comment(unit):
                continue
            span = (
                _char_span(unit.tokens)
                if unit.split
                else _no_stray_mark(sentence_span, article.text)
            )
            span = _after_dateline(span, datelines, article.text)
            if span in seen or len(_words(unit.tokens)) < 2 or span.start >= body_end:
                continue
            speaker = _only_a_credit(unit.tokens, span, cue_index, source_ids)
            if speaker is not None:
                keys = _entity_keys(span, [], source_spans, mention_index)
                credited_to.append((*speaker, keys))
                continue
            seen.add(span)
            tokens = _outside(unit.tokens, datelines)
            shared = _outside(
                [*unit.shared, *_object_antecedent(unit, sent, mention_index)], datelines
            )
            shared_spans = [_char_span([t]) for t in shared]
            claims.append(
                Claim(
                    id=stable_id(article.id, str(span.start), str(span.end)),
                    article_id=article.id,
                    span=span,
                    text=span.slice(article.text),
                    sentence=index,
                    terms=claim_terms(
                        t
                        for t in [*shared, *tokens]
                        if t.i not in source_ids and not _speech_cue(t)
                    ),
                    entity_keys=tuple(
                        _entity_keys(span, shared_spans, source_spans, mention_index)
                    ),
                    quantities=tuple(q for _, q in quantity_index.inside(span)),
                    dates=_claim_dates(
                        doc,
                        span,
                        date_index,
                        datelines,
                        None if unit.describes else unit.chain,
                    )
                    + _shared_dates(shared_spans, span, date_index),
                    negated=_negated(unit),
                    modality=_modality(unit),
                    attribution=_credited(span, headlines, attribution_index, cue_index),
                    quoted=_quoted(span, article.text, part_index),
                    predicate=_predicate_lemma(unit),
                    shared_terms=claim_terms(
                        t for t in shared if t.i not in source_ids and not _speech_cue(t)
                    ),
                )
            )
    claims = _with_speakers(claims, credited_to)
    return tuple(sorted(claims, key=lambda c: (c.span.start, c.span.end)))


def _with_speakers(
    claims: Sequence[Claim], credited_to: Sequence[tuple[list[Span], list[Token], list[str]]]
) -> list[Claim]:
    """The claims, each with the words of a speaker whose split-off credit covers it.

    A sentence's claim keeps who spoke among its terms (one source's statements are more
    alike than two sources'); a credit split off as a clause of its own
    (:func:`_only_a_credit`) gives its speaker's words to the claims it credits.
    """
    found = []
    for claim in claims:
        covering = [c for c in credited_to if any(claim.span.overlaps(s) for s in c[0])]
        if covering:
            words = [t for _, tokens, _ in covering for t in tokens]
            keys = [k for _, _, names in covering for k in names]
            claim = replace(
                claim,
                terms=tuple(dict.fromkeys([*claim.terms, *claim_terms(words)])),
                entity_keys=tuple(dict.fromkeys([*claim.entity_keys, *keys])),
            )
        found.append(claim)
    return found

"""Subjects a cue verb has no claim to: the one acted on, or a noun of another clause.

A reporting verb's speaker is the subject it acts through. The parser often lends a
cue the subject of another verb or reads a passive as an active: "Gray was rushed to a
hospital but was declared dead" (Gray is the one declared dead, no declarer), "Jury
shown video" (the jury is shown it), "The trial is scheduled ..., with testimony from
a man who claims Lopez's brother threatened to kill him" (no trial threatens), "the
decrees which had celebrated the leader and vowed to ..." (no decree vows). Such a
subject is no source; the rules here tell when.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import ArticleIndex
from .sources import Frame, may_speak

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_PARTICIPLE_ENDS = ("en", "wn", "rn", "ne")
_COMMITTING = frozenset({"vow", "pledge", "promise", "swear", "hope", "wish", "fear", "worry"})
"""Cues of a commitment or a state of mind: only a person or a body does them."""
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _own_subject(verb: Token) -> bool:
    """True when ``verb`` has a subject of its own among its dependents."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def passive_cue(verb: Token) -> bool:
    """True for a cue in the passive with no agent: its subject is the one acted on.

    "was declared dead on arrival", "were told to leave": the subject is declared or
    told, and no one is named who declared or told it ("declared dead by doctors"
    names the doctors).
    """
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def bare_participle(verb: Token) -> bool:
    """True for a past participle with no auxiliary read as a past tense.

    A headline's "Jury shown video of ..." is a passive with its "was" left out: a
    form that is only ever a participle ("shown", "given", "sworn", "done") with no
    auxiliary cannot be a finite verb with a speaker for subject.
    """
    word = verb.lower_
    return (
        verb.tag_ == "VBD"
        and word != verb.lemma_.lower()
        and word.endswith(_PARTICIPLE_ENDS)
        and not any(c.dep_ in _AUXILIARIES for c in verb.children)
    )


def subjectless_finite_clause(verb: Token) -> bool:
    """True for a finite adverbial clause that has no subject of its own.

    Only a participle or an infinitive shares the subject of the verb it hangs on
    ("she left, saying ..."); a finite verb with no subject of its own ("..., with
    testimony from a man who claims Lopez's brother threatened to kill him") is a
    misparse, and the subject of the other clause says nothing through it.
    """
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in _FINITE
        and not _own_subject(verb)
        and not any(c.dep_ in _AUXILIARIES for c in verb.children)  # "Having told ..."
    )


def relative_conjunct(ix: ArticleIndex, verb: Token) -> bool:
    """True for a commitment lent a thing by a relative clause it is coordinated with.

    "Kolmen rolled back the decrees which had celebrated the leader and vowed to ...":
    the parser coordinates "vowed" with the relative clause, so its subject is read as
    the decrees; only people and bodies vow or hope ("the officials who met and vowed").
    """
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or _own_subject(verb):
        return False
    if verb.lemma_.lower() not in _COMMITTING:
        return False
    if not any(c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE_WORDS for c in head.children):
        return False
    return not may_speak(ix, head.head)


_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})
_STRANDED = frozenset({"conj", "dobj", "pobj", "attr", "appos", "npadvmod"})


def stranded_subject(verb: Token) -> Token | None:
    """The noun right before a coordinated ``verb`` the parser hung elsewhere, if any.

    "The county is 43 percent black, and numerous polls and surveys have found that
    ...": the parser coordinates "polls" with "black" and lends "found" the subject of
    "is"; the noun phrase right before the verb and its auxiliaries, attached to
    another word, is the verb's real subject.
    """
    if verb.dep_ != "conj" or _own_subject(verb) or verb.i == 0:
        return None
    i = verb.i - 1
    while i > verb.head.i and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in _BEFORE_VERB:
        i -= 1
    if i <= verb.head.i or verb.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = _phrase_top(verb.doc[i], verb.head.i)
    if noun.dep_ not in _STRANDED or noun.head.i == verb.i:
        return None
    return noun


_WITHIN_PHRASE = frozenset({"pobj", "prep", "compound", "amod", "nmod", "poss"})


def _phrase_top(token: Token, floor: int) -> Token:
    """The head of the noun phrase ending in ``token``, after index ``floor``.

    "Professor Ilona Varesh of the University of Tessmoor": Varesh, not Tessmoor;
    "numerous polls and surveys": polls, the first of nouns joined with no comma.
    """
    doc = token.doc
    while token.head.i > floor and token.head.i != token.i:
        head = token.head
        joined = token.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN")
        if joined and any(t.is_punct for t in doc[head.i + 1 : token.i]):
            break
        if token.dep_ not in _WITHIN_PHRASE and not joined:
            break
        token = head
    return token if token.pos_ in ("NOUN", "PROPN") else token.head


def borrowed_subject(ix: ArticleIndex, verb: Token, frame: Frame | None) -> Frame | None:
    """``frame``, or None when its speaker is a subject the cue ``verb`` has no claim to."""
    if frame is None:
        return None
    if passive_cue(verb) or bare_participle(verb) or subjectless_finite_clause(verb):
        return None
    return None if relative_conjunct(ix, verb) else frame

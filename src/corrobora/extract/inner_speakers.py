"""Speakers whose words another speaker reports: "Ann recalled her son yelling, “…”".

A reporting verb may hold a second verb of speech with a subject of its own: the
gerund of "recalled her daughter yelling" (its subject read as the object of
"recalled"), the clause of "Ann said her son screamed". Quoted words next to the inner
verb are what the inner subject said; the outer speaker only tells of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import ArticleIndex
from .sources import may_speak

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_GERUND_LINKS = frozenset({"advcl", "xcomp", "ccomp", "acl", "dep", "oprd"})
_INNER_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj"}) | _GERUND_LINKS
_OWN_WORDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
_RECOUNTING = frozenset(
    {"recall", "remember", "describe", "recount", "quote", "cite", "mention", "hear", "overhear"}
)
"""Verbs that tell of someone else's act, so that their object may be its doer."""
_SETTING_OFF = frozenset({",", ";", ":", "—", "–", "--", "(", "-"})


def _own_subject(verb: Token) -> Token | None:
    """The subject among ``verb``'s dependents, if any."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def object_speaker(ix: ArticleIndex, verb: Token) -> Token | None:
    """The noun right before the gerund cue ``verb`` that does its speaking, if any.

    "recalled her daughter yelling", "described the boy screaming": a gerund with no
    subject of its own, right after a person the governing reporting verb acts on (its
    object, or the noun the parser hangs the gerund on), has that person for subject
    when the governing verb recounts ("recalled", "described", "heard"); the subject of
    that verb only tells of it. A verb acting on its object ("blasted the mayor saying")
    leaves the gerund its own subject's.
    """
    if verb.tag_ != "VBG" or verb.dep_ not in _GERUND_LINKS or _own_subject(verb) is not None:
        return None
    head = verb.head
    if verb.dep_ == "acl":
        noun = head
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in _RECOUNTING:
            return None
    else:
        if head.lemma_.lower() not in _RECOUNTING or head.i > verb.i:
            return None
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if not objects:
            return None
        noun = objects[-1]
    if noun.right_edge.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun if may_speak(ix, noun) else None


def inner_cue(ix: ArticleIndex, cue: Token, inside: set[int]) -> Token | None:
    """A cue inside ``cue``'s report with a speaker of its own, next to the quote.

    '“…,” Ann said her son screamed', '“…,” Ann recalled her son yelling' and 'Ann
    recalled her son yelling, “…”': the quoted tokens ``inside``, before the reporting
    verb or right after the inner one, are what the inner verb's subject said, when
    that verb has no other words of its own ("said he told them that ..." has) and no
    subordinating word opens it ("said as protesters chanted").
    """
    if not inside or cue.i in inside:
        return None
    first, last = min(inside), max(inside)
    for child in cue.rights:
        if child.i not in ix.cues or child.dep_ not in _INNER_LINKS or child.i in inside:
            continue
        if last > cue.i and not _right_before(child, first):
            continue
        if _own_words(child, inside) or _set_off(cue, child):
            continue
        subject = _own_subject(child)
        if (subject is not None and may_speak(ix, subject)) or object_speaker(ix, child):
            return child
    return None


def _right_before(verb: Token, first: int) -> bool:
    """True when only punctuation and ``verb``'s particles part it from token ``first``."""
    between = verb.doc[verb.i + 1 : first]
    return all(t.is_punct or (t.dep_ == "prt" and t.head.i == verb.i) for t in between)


def _own_words(verb: Token, inside: set[int]) -> bool:
    """True when ``verb`` has words of its own besides the quote, or opens with "as"."""
    return any(
        c.dep_ == "mark" or (c.dep_ in _OWN_WORDS and c.i not in inside) for c in verb.children
    )


def _set_off(cue: Token, inner: Token) -> bool:
    """True when punctuation sets ``inner`` off from ``cue``: "said, adding" is one voice."""
    return any(t.text in _SETTING_OFF for t in cue.doc[cue.i + 1 : inner.i])

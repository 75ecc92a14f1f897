"""Two different acts of named subjects, however many names and words they share.

"The Dornland Data Protection Authority has fined Aurelis Airways over the breach" and
"The Dornland Data Protection Authority is investigating the breach" name one body, one
airline, one breach, and score as one statement; but a fine is no investigation, and a
report of the one is no support for the other (a false escalation must not read as
corroborated). Two claims are two acts when the same named subject stands before
each one's verb, the verbs are of different acts (:mod:`corrobora.reconcile.predicates`,
:mod:`corrobora.align.synonyms`), and neither verb is a word of the other claim.

So are two claims that name the same two rivals, each with the other as its subject,
in verbs of different acts: "Mayor Kjellvin held an early lead over Ravelo" and "Ravelo
narrowly won over Kjellvin" share every name, but a win of the one is no support for
an early lead of the other. A denial of one rival's act is no support for the other's
act either: "Ravelo moved narrowly ahead of Kjellvin" and "Kjellvin would not concede
defeat to Ravelo" are two facts.

And a forecast of an act is no support for another act reported done: "the campaign is
expected to ask for a recount" and "the campaign filed its request for a recount" are
two facts, whatever their names and words share (:func:`forecast_and_other_act`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..align.synonyms import synonym_term
from ..model import Claim, Modality
from .predicates import inflects, same_predicate_class

__all__ = [
    "different_acts",
    "different_acts_of_one_subject",
    "different_acts_of_two_subjects",
    "forecast_and_other_act",
    "subject_words",
]

_WORD = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=8192)
def _subject_words(predicate: str, text: str) -> str:
    """The words of ``text`` before the verb of ``predicate``, lower-cased ("" if none)."""
    verb = predicate.split(" ")[0]
    words = _WORD.findall(text.lower())
    for n, word in enumerate(words):
        if inflects(verb, word):
            return " ".join(words[:n])
    return ""


def subject_words(claim: Claim) -> str:
    """The words of a claim before its verb, lower-cased ("" if none).

    A verb whose form does not inflect its lemma ("won" of "win", "held" of "hold") is
    found among the claim's terms, which keep the order of its words.
    """
    found = _subject_words(claim.predicate, claim.text)
    if found or claim.predicate not in claim.terms:
        return found
    return " ".join(claim.terms[: claim.terms.index(claim.predicate)])


def _other_acts(first: Claim, second: Claim, *, denials: bool = False) -> bool:
    """True when both claims state acts, firmly worded apart: no class, word or verb shared.

    A negated act counts only with ``denials``: one subject's denial is weighed against
    that subject's other acts as a conflict, not kept apart from them.
    """
    if not first.predicate or not second.predicate:
        return False
    if not denials and (first.negated or second.negated):
        return False
    if same_predicate_class(first.predicate, second.predicate):
        return False
    if synonym_term(first.predicate) == synonym_term(second.predicate):
        return False
    return first.predicate not in second.terms and second.predicate not in first.terms


def different_acts_of_one_subject(first: Claim, second: Claim) -> bool:
    """True when both claims tell what one named subject did, in two acts (see the module)."""
    shared = set(first.entity_keys) & set(second.entity_keys)
    if not shared or not _other_acts(first, second):
        return False
    left, right = subject_words(first), subject_words(second)
    if not left or not right:
        return False
    return any(key in left and key in right for key in shared)


def different_acts_of_two_subjects(first: Claim, second: Claim) -> bool:
    """True when two claims name the same rivals, each as the other's subject, in two acts.

    The names before each verb are names the other claim gives too, and the two
    claims' subjects share none of them (see the module). A name either claim's
    entities hold counts for both when both write it: the recognizer may miss a name
    at the start of one sentence ("Ines Vallo held ...") that it finds in another.
    """
    texts = (first.text.lower(), second.text.lower())
    shared = {
        key
        for key in {*first.entity_keys, *second.entity_keys}
        if key and all(key in text for text in texts)
    }
    if len(shared) < 2 or not _other_acts(first, second, denials=True):
        return False
    left, right = subject_words(first), subject_words(second)
    doers = {key for key in shared if key in left}
    others = {key for key in shared if key in right}
    return bool(doers) and bool(others) and not doers & others


def forecast_and_other_act(first: Claim, second: Claim) -> bool:
    """True when one claim forecasts an act and the other reports another act, done.

    "Is expected to ask for a recount" (future: "will", "expected to", "plans to") and
    "filed its request for a recount" (asserted) are of two verbs: what was foreseen
    is no support for what was done, nor the other way round. A forecast in the verb
    of the act done ("will resign", "resigned") is left to the scores.
    """
    modalities = {first.modality, second.modality}
    if modalities != {Modality.FUTURE, Modality.ASSERTED}:
        return False
    return _other_acts(first, second)


def different_acts(first: Claim, second: Claim) -> bool:
    """True when two claims state different acts of one subject or of two rivals.

    Or when one forecasts an act and the other reports another act done.
    """
    return (
        different_acts_of_one_subject(first, second)
        or different_acts_of_two_subjects(first, second)
        or forecast_and_other_act(first, second)
    )

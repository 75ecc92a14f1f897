"""Whom two reports name in one office, and what part a name plays in the act told.

"returning officer Karin Falk" against "Maja Osterlund": two holders of one office.

An office one person holds at a time (a city's mayor, a region's returning officer, a
company's chief executive) is named with "the", a possessive or no article, never with
"a": "a spokesman" is one of several. Two reports of one fact that credit it to two
different people in the same such office name a different holder of it, and one of
them is wrong.

Two names are rival answers only when they play one part in the act a claim tells
(:func:`act_role`): "the city council approved the extension of Line 4" names who
approved (the subject) and what was approved (after "of"), never two approvers.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..extract.entities import one_given_name
from ..model import Claim, Conflict, ConflictKind, Evidence, SourceKind
from .predicates import inflects

__all__ = [
    "IRREGULAR_FORMS",
    "act_role",
    "kin_conflict",
    "office_holders",
    "rival_parts",
    "role_conflict",
    "speaker_role",
]

_SOLE_HEADS = (
    r"mayor|governor|president|premier|chancellor|coroner|sheriff|ombuds(?:man|woman|person)|"
    r"registrar|superintendent|commissioner|chair(?:man|woman|person)?|ceo|"
    r"(?:returning|chief\s+\w+)\s+officer|"
    r"chief(?:\s+of\s+(?:the\s+)?[a-z-]+|\s+[a-z-]+)?|"
    r"prime\s+minister"
)
"""Offices one person holds at a time. "chief" and a noun after it is one person's post
("chief investigator", "chief inspector", "chief of staff"), as is a chief of a body
("police chief"). "minister" and "secretary" are one only with a portfolio before
them ("the finance minister"), and "officer" only as the returning officer or a chief
officer: "police officer Ana Lind" is one of many."""
_PORTFOLIO_HEADS = r"minister|secretary|director"
"""Offices that are one person's only with a word naming what they hold before them."""

_NOT_NARROWING = r"a|an|one|another|some|any|the|former|ex|deputy|assistant|vice|associate"
_MODIFIER = rf"(?:(?!(?:{_NOT_NARROWING})\b)[a-z-]+\s+)"
"""A word that narrows an office; never an article, nor a word of a post held by several
("a deputy mayor", "former mayor") or by another than its holder now."""
_OPENING = r"(?:^|[,;:(]\s*|\b(?:said|says|told|according\s+to|by|with|under)\s+)"
"""What comes right before an office: the start, a comma, a verb of saying, or a
preposition that names an agent ("led by chief investigator Mara Quist")."""
_HOLDER = r"(?:the\s+|(?:the\s+)?[A-Za-z-]+['’]s\s+|its\s+|their\s+)?"
_OFFICE = (
    rf"(?P<office>{_MODIFIER}{{0,2}}(?:{_SOLE_HEADS})|{_MODIFIER}{{1,2}}(?:{_PORTFOLIO_HEADS}))"
)
#: An office right before a name: "returning officer Karin Falk", "the city's mayor X";
#: the last opening that leads to it counts (", led by chief investigator" is read from
#: "by").
_OFFICE_BEFORE = re.compile(
    rf"^(?:.*){_OPENING}(?P<holder>{_HOLDER}){_OFFICE}\s+$", re.IGNORECASE | re.DOTALL
)
#: An office set off after a name: "Karin Falk, the returning officer, said".
_OFFICE_AFTER = re.compile(rf"^\s*,\s*(?P<holder>{_HOLDER}){_OFFICE}\s*[,.;]", re.IGNORECASE)


def speaker_role(claim: Claim) -> str:
    """The office of the person ``claim`` is credited to, as the claim words it, else "".

    It is read beside the name in the claim's words: "returning officer" in "Turnout
    was 61.4 percent, returning officer Karin Falk said", "the city's mayor" in "the
    city's mayor Ana Lind". Only an office one person holds counts (:data:`_SOLE_HEADS`).
    """
    credit = claim.attribution
    if credit is None or credit.kind is not SourceKind.PERSON or not credit.source:
        return ""
    name = re.search(re.escape(credit.source), claim.text)
    return "" if name is None else _office_beside(claim.text, name)


def _office_beside(text: str, name: re.Match[str]) -> str:
    """The office one person holds named right before or after ``name`` in ``text``, else ""."""
    before, after = text[: name.start()], text[name.end() :]
    found = _OFFICE_BEFORE.search(before) or _OFFICE_AFTER.match(after)
    if found is None:
        return ""
    holder = found.group("holder").lower().removeprefix("the ").strip()
    return " ".join(f"{holder} {found.group('office').lower()}".split())


def office_holders(claim: Claim) -> dict[str, tuple[str, str]]:
    """The people ``claim`` names in an office one person holds: key -> (name, office).

    The person it is credited to (:func:`speaker_role`) and any person it names beside
    such an office, credited or not: "Investigators, led by chief investigator Mara
    Quist, began examining the recorder" names Mara Quist as chief investigator.
    """
    found: dict[str, tuple[str, str]] = {}
    credit = claim.attribution
    role = speaker_role(claim)
    if role and credit is not None:
        found[credit.source_key] = (credit.source, role)
    for key in claim.entity_keys:
        words = key.split()
        if key in found or not words:
            continue
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
        name = re.search(pattern, claim.text, re.IGNORECASE)
        office = "" if name is None else _office_beside(claim.text, name)
        if name is not None and office:
            found[key] = (name.group(), office)
    return found


def _one_person(first: str, second: str) -> bool:
    """True when two source keys can name one person ("falk" and "karin falk")."""
    one, other = set(first.split()), set(second.split())
    return one <= other or other <= one


def _named_in(key: str, article_keys: Collection[str]) -> bool:
    """True when an article names the person of source key ``key`` (in full or in part)."""
    return any(_one_person(key, other) for other in article_keys)


def role_conflict(
    a: Claim, b: Claim, article_keys: Mapping[str, Collection[str]]
) -> Conflict | None:
    """Return an ``entity`` conflict when the claims name two people in one office.

    "returning officer Karin Falk said" against "returning officer Maja Osterlund said"
    names two holders of the one office (:func:`office_holders`: the credited person or
    one named beside the office, "led by chief investigator Mara Quist"); a shorter name of the
    same person ("Falk") is no rival. Neither article may name the other's person
    (``article_keys``: each article's entity keys): a story that names both is of two
    offices of one title (two presidents at a summit, the chief executives of two
    merging companies), not of a holder named wrongly. Else two people credited as one
    kin of one surname are rivals too (:func:`kin_conflict`).
    """
    for first_key, (first, role) in office_holders(a).items():
        for second_key, (second, other) in office_holders(b).items():
            if role == other and _rival_holders(first_key, second_key, a, b, article_keys):
                return Conflict(
                    ConflictKind.ENTITY,
                    f"{role} named as {first} vs {second}",
                    (
                        Evidence(a.article_id, a.span, a.text),
                        Evidence(b.article_id, b.span, b.text),
                    ),
                )
    return kin_conflict(a, b, article_keys)


def _rival_holders(
    first: str, second: str, a: Claim, b: Claim, article_keys: Mapping[str, Collection[str]]
) -> bool:
    """True when two people named in one office are rival holders of it.

    They are not when the keys can name one person, or when either article names the
    other's person (see :func:`role_conflict`).
    """
    if _one_person(first, second):
        return False
    return not (
        _named_in(first, article_keys.get(b.article_id, ()))
        or _named_in(second, article_keys.get(a.article_id, ()))
    )


_KIN = (
    r"(?:great-)?grand(?:son|daughter|child|father|mother|nephew|niece)|"
    r"(?:son|daughter|brother|sister|father|mother)(?:-in-law)?|"
    r"wife|husband|widow|widower|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter"
)
"""Words that name a person by kin: "his grandson Rob Vale", "Vale's widow"."""
_KIN_OWNER = r"(?:his|her|their|[A-Z][\w-]*['’]s?)\s+(?:(?:eldest|oldest|youngest|late)\s+)?"
#: A kin word right before a credited name: "his grandson Rob Vale said".
_KIN_BEFORE = re.compile(rf"\b{_KIN_OWNER}(?P<kin>{_KIN})\s+$", re.IGNORECASE)
#: A kin word set off after a credited name: "Rob Vale, Weller's grandson, said".
_KIN_AFTER = re.compile(rf"^\s*,\s*{_KIN_OWNER}(?P<kin>{_KIN})\s*[,.;]", re.IGNORECASE)


def speaker_kin(claim: Claim) -> str:
    """The kin word that names the person ``claim`` is credited to, as written, else "".

    "his grandson Rob Vale said" and "Rob Vale, Weller's grandson, said" both credit
    the claim to a grandson.
    """
    credit = claim.attribution
    if credit is None or credit.kind is not SourceKind.PERSON or not credit.source:
        return ""
    name = re.search(re.escape(credit.source), claim.text)
    if name is None:
        return ""
    found = _KIN_BEFORE.search(claim.text[: name.start()]) or _KIN_AFTER.match(
        claim.text[name.end() :]
    )
    return "" if found is None else found.group("kin").lower()


def kin_conflict(
    a: Claim, b: Claim, article_keys: Mapping[str, Collection[str]]
) -> Conflict | None:
    """Return an ``entity`` conflict when two reports credit one fact to one kin, named apart.

    "his grandson Rob Vale said" against "his grandson Nick Vale said": one family's
    member, of one surname, told the fact; the given names differ, so one report names
    him wrongly, and the two are no independent confirmations. Kin of another surname
    may be another relative (a daughter's son), and a story that names both people
    tells of two relatives (see :func:`_rival_holders`).
    """
    kin = speaker_kin(a)
    if not kin or kin != speaker_kin(b):
        return None
    first, second = a.attribution, b.attribution
    if first is None or second is None:
        return None
    x, y = first.source_key.split(), second.source_key.split()
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1] or one_given_name(x[:-1], y[:-1]):
        return None
    if not _rival_holders(first.source_key, second.source_key, a, b, article_keys):
        return None
    return Conflict(
        ConflictKind.ENTITY,
        f"{kin} named as {first.source} vs {second.source}",
        (Evidence(a.article_id, a.span, a.text), Evidence(b.article_id, b.span, b.text)),
    )


SUBJECT = "subject"
OBJECT = "object"
_PREPOSITIONS = (
    r"of|for|to|from|with|without|against|before|after|by|at|in|on|into|onto|over|under|"
    r"about|between|among|near|behind|beside|toward|towards|through|during|since|until|"
    r"outside|inside|including|like|via|per"
)
#: The last preposition, and at most four words of its noun phrase, right before a name:
#: "before Judge", "of tram", "of Quillpay founder".
_GOVERNED = re.compile(
    rf"^.*\b(?P<prep>{_PREPOSITIONS})\s+(?:[\w'’.-]+\s+){{0,4}}$", re.IGNORECASE | re.DOTALL
)
#: A form of "be" or "get" right before a verb, an adverb between: a passive ("was
#: approved", "were quickly detained").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: What ends the clause a name is read in: punctuation, a quotation mark.
_BREAK = re.compile(r"[,;:()\"“”]")
_REACH = 8
"""How many words may lie between a verb and a name whose part it plays."""


def act_role(text: str, name: re.Match[str], predicate: str) -> str:
    """The part the name matched at ``name`` plays in the act of ``predicate`` in ``text``.

    "subject" for who acts (before an active verb, or after "by" of a passive one),
    "object" for what is acted on (right after an active verb, its words between, or
    before a passive one), or the preposition that governs it ("of" in "the extension of
    tram Line 4", "before" in "set for Thursday before Judge Pellin"). "" when it cannot
    be told: the verb is not written in the text as a form of ``predicate``, a clause
    break or many words lie between them, or the name is inside the verb's words.
    """
    verb = _verb(text, predicate)
    if verb is None:
        return ""
    passive = _PASSIVE_BEFORE.search(
        text[: verb.start()]
    ) is not None and not verb.group().lower().endswith("ing")
    if name.end() <= verb.start():
        between, governed = text[name.end() : verb.start()], _governing(text[: name.start()])
        if governed:
            return governed
        return "" if _far(between) else (OBJECT if passive else SUBJECT)
    if name.start() < verb.end():
        return ""
    between = text[verb.end() : name.start()]
    if _far(between):
        return ""
    governed = _governing(between)
    if governed == "by" and passive:
        return SUBJECT
    return governed or OBJECT


_IRREGULAR_TABLE = """
begin began begun; break broke broken; bring brought; build built; burst burst;
buy bought; catch caught; choose chose chosen; come came; do did done; draw drew drawn;
drive drove driven; fall fell fallen; feel felt; fight fought; find found;
fly flew flown; get got gotten; give gave given; go went gone; hear heard; hit hit;
hold held; keep kept; know knew known; lead led; leave left; lose lost; make made;
meet met; pay paid; rise rose risen; run ran; say said; see saw seen; seek sought;
sell sold; send sent; shoot shot; speak spoke spoken; spend spent; spread spread;
stand stood; steal stole stolen; strike struck; take took taken; teach taught;
tell told; think thought; throw threw thrown; uphold upheld; win won;
withdraw withdrew withdrawn; write wrote written
"""
IRREGULAR_FORMS = {
    forms[0]: frozenset(forms[1:])
    for forms in (entry.split() for entry in _IRREGULAR_TABLE.split(";"))
}
"""Irregular past forms of verbs news tells acts with, by lemma: "found" of "find"."""


def _verb(text: str, predicate: str) -> re.Match[str] | None:
    """The first word of ``text`` that is ``predicate``'s verb or a form of it."""
    lemma = predicate.split(" ")[0].lower()
    if not lemma:
        return None
    irregular = IRREGULAR_FORMS.get(lemma, frozenset())
    return next(
        (
            m
            for m in re.finditer(r"[A-Za-z]+", text)
            if inflects(lemma, m.group().lower()) or m.group().lower() in irregular
        ),
        None,
    )


def _governing(before: str) -> str:
    """The preposition whose noun phrase runs up to the end of ``before``, else ""."""
    found = _GOVERNED.match(_BREAK.split(before)[-1])
    return "" if found is None else found.group("prep").lower()


def _far(between: str) -> bool:
    """True when a clause break or more than :data:`_REACH` words lie in ``between``."""
    return _BREAK.search(between) is not None or len(between.split()) > _REACH


def rival_parts(first: str, second: str) -> bool:
    """True when names playing these parts of one act can be rival answers.

    One part, or a part not known ("") on either side: "the council approved" and
    "the extension of Line 4" name who approved and what.
    """
    return not first or not second or first == second

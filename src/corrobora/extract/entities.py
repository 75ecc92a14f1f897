"""Named-entity mentions with canonical keys resolved within one article.

spaCy's recognizer finds the mentions; this module gives each one a key that is
shared across articles: accents, case, a leading "the", a possessive "'s", leading
titles ("President", "Dr.") and middle initials are dropped from the key, and a short
form ("Maduro", "Herald", "FAA") takes the key of the fuller name it abbreviates in
the same article. The kind of each key is then voted over all its mentions, because
small models often mislabel a surname as an organization or a newspaper as a person.
A person's name taken together with the organization after it ("Ilona Sarvek of the
Federation of Public Workers") is two mentions: the person and the organization. A
figure the recognizer took in with a name ("Kjellvin 49.2 percent") is cut from it, and
a lone surname of a person named in the article is that person even where the
recognizer labelled it but it was dropped as a common noun ("Sahl said"), or took it
for a place or a nationality where it is a verb's subject or object or is listed with
people ("questioned Sahl", "Mitchell and Sahl"). A possessive "'s" is no part of a
person's name, nor a word hyphened onto a prefix ("post-Soviet", "pro-Kremlin") of the
name after it; a name that a word of an era describes ("post-Soviet Morvania") is a
place, even where the recognizer missed it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile, takewhile

from nicknames import NickNamer
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from wordfreq import zipf_frequency

from ..model import Article, EntityKind, Mention, Span
from ..text import canonical_key
from .cues import COMPANY_HEADS, REPORTING_VERBS, headline_lines
from .nlp import check_doc, doc_text

__all__ = [
    "PERSON_TITLES",
    "RANK_TITLES",
    "everyday_words_name",
    "find_mentions",
    "initialed_lead",
    "leads",
    "nicknamer",
    "one_given_name",
    "resolve_key",
    "same_body",
    "strip_titles",
]


def _wordset(words: str) -> frozenset[str]:
    """The white-space separated words of ``words`` (keeps long word lists readable)."""
    return frozenset(words.split())


_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANIZATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
    "EVENT": EntityKind.OTHER,
    "WORK_OF_ART": EntityKind.OTHER,
    "LAW": EntityKind.OTHER,
    "PRODUCT": EntityKind.OTHER,
    "LANGUAGE": EntityKind.OTHER,
}
"""spaCy (OntoNotes) labels kept as named entities; NORP and numeric labels are skipped."""

PERSON_TITLES = _wordset("""
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    president vice prime minister premier chancellor secretary senator sen rep
    representative congressman congresswoman governor gov mayor ambassador judge justice
    king queen prince princess emperor empress pope cardinal bishop archbishop rabbi imam
    sheikh general gen colonel col lieutenant lt major maj captain capt sergeant sgt
    admiral adm commander cmdr officer detective inspector chief ceo cto cfo coo cio
    chairman chairwoman
    chair spokesman spokeswoman spokesperson deputy attorney dictator leader former
    councillor councilor councilman councilwoman alderman alderwoman assemblyman
    assemblywoman det cpl corporal insp supt superintendent trooper constable dist atty
    asst commissioner
    """)
"""Words that precede a person's name as a title; dropped from keys, and a person cue."""

RANK_TITLES = _wordset("""
    lt lieutenant sgt sergeant capt captain det detective cpl corporal insp inspector
    supt superintendent trooper constable cmdr commander col colonel maj major officer
    """)
"""Ranks of a uniformed service before a name: "Lt. Gregg Hastings" is a member of the
body named with him ("of the State Police", "State Police Lt. ...")."""

_OFFICE_ABBREVIATIONS = _wordset("ada da dda ag ausa")
"""Offices written as capitals before a name ("ADA Brenner" is an assistant district
attorney); in any other case the word may be a given name ("Ada Brenner")."""

_RANK_MODIFIERS = _wordset("senior staff master first special acting assistant")
"""Words that grade a rank or role before it ("Senior Trooper", "Staff Sgt.")."""

_TITLE_CUES = PERSON_TITLES - _wordset("former leader chief chair deputy dictator officer general")
"""Titles that mark the following name as a person's ("former" precedes anything)."""

_NAME_TITLES = _TITLE_CUES - _wordset("""
    major maj captain capt justice vice father sister lord lady cardinal bishop king queen
    prince princess emperor empress
    """)
"""Titles that, heading a mention, make it a person's: no other common sense starts a
name with them ("Major League", "Captain America", "Justice Department")."""

_PERSON_ROLES = _TITLE_CUES | _wordset("""
    director treasurer secretary editor founder manager analyst lawyer economist official
    head member resident witness worker husband wife father mother son daughter brother
    student teacher doctor nurse owner employee executive coach player author writer
    researcher scientist expert adviser advisor aide negotiator diplomat envoy leader chief
    officer voter villager herder shepherd pensioner retiree widow widower grandmother
    grandfather housewife pupil schoolboy schoolgirl teenager
    """)
"""Nouns that, in apposition to a name, make it a person's ("Ana Ruiz, a lawyer")."""

_ROLE_WORDS = _PERSON_ROLES | _wordset("""
    striker midfielder defender forward winger goalkeeper keeper fullback skipper boss
    referee footballer cyclist sprinter swimmer boxer quarterback pitcher veteran rookie
    actor actress singer novelist comedian rapper chef photographer journalist
    firefighter pilot farmer shopkeeper campaigner activist candidate lawmaker
    """)
"""Common nouns that lead a person's name as a role ("Striker Dario Menck"); dropped from
keys, with the lower-case words between them ("Chief fire officer Alina Moreau")."""

_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ"})

HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame"})
"""Titles that only ever precede a person's name ("Mr. Smith" is never "smith" Inc.)."""

ORGANIZATION_HEADS = _wordset("""
    herald times post news journal tribune gazette press agency chronicle telegraph
    guardian observer independent standard mail express mirror sun star globe courier
    review monitor inquirer examiner bulletin dispatch register record reporter daily
    weekly magazine radio tv television broadcasting network channel media newspaper wire
    ministry department office bureau administration commission committee council
    agency authority board service services government parliament congress senate
    assembly court tribunal party union league federation association alliance
    coalition organization organisation institute institution foundation university
    college school academy hospital bank fund company corporation corp inc ltd llc plc
    co group holdings airlines airline airways army navy force forces police guard
    """)
"""Generic head words of organization names ("Miami Herald", "Defense Ministry")."""

_COMPANY_HEADS = COMPANY_HEADS
"""Last words of company names whose leading words alone name the company too
("Veltrane Systems" ... "Veltrane said", "Pellmont Telecom" ... "Pellmont said")."""

ALIASES = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations",
    "u n": "united nations",
    "eu": "european union",
    "e u": "european union",
    "uae": "united arab emirates",
    "ussr": "soviet union",
    "drc": "democratic republic of the congo",
}
"""Common short names of countries and unions, folded to one key across articles."""

_SKIP_ACRONYM_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


@dataclass(slots=True)
class _Raw:
    """A mention before resolution: its span, words and evidence about its kind."""

    start: int
    end: int
    text: str
    key: str
    label: EntityKind
    titled: bool
    plural: bool = False
    placed: bool = False
    maker: bool = False


def strip_titles(name: str, *, person: bool = True) -> str:
    """Return the canonical key of ``name`` without leading titles and middle initials.

    With ``person=False`` (a name not labelled as a person) only honorifics such as
    "Mr." are dropped, and only when a name of two or more words is left, so that
    "General Motors" keeps its first word.

    >>> strip_titles("President Donald J. Trump")
    'donald trump'
    """
    if person:
        name = _drop_leading_roles(_NICKNAME.sub(" ", name))
    words = canonical_key(name).split()
    if person:
        while len(words) > 1 and words[0] in PERSON_TITLES:
            words = words[1:]
        if len(words) >= 3:
            words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    else:
        while len(words) > 1 and words[0] in HONORIFICS:
            words = words[1:]
    key = " ".join(words)
    if key in _WORD_ALIASES and not _written_in_capitals(name):
        return key
    return ALIASES.get(key, key)


#: A quoted nickname between a person's names: ' "The Chin" ' of 'Vincent "The Chin" Venti'
#: (the person's key is the name without it).
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'][^\"“”‘’]{1,40}?[\"”’']\s+(?=\w)")


_WORD_ALIASES = frozenset({"us"})
"""Short names of :data:`ALIASES` that are also an English word: "US" is the country,
"Us" (the magazine, a title) is not."""


def _written_in_capitals(name: str) -> bool:
    """True when every letter of ``name`` is a capital ("US", "U.S.")."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _drop_leading_roles(name: str) -> str:
    """``name`` without a leading role phrase: "Chief fire officer Alina Moreau" -> the name.

    The phrase is a run of role words (:data:`_ROLE_WORDS`, titles) and lower-case words
    that ends in a role word; at least one capitalized word must follow it. A run that
    does not end in a role word ("de Gaulle") is part of the name.
    """
    words = name.split()
    cut = 0
    for index, word in enumerate(words):
        key = canonical_key(word)
        if key in _ROLE_WORDS or key in PERSON_TITLES or _office_abbreviation(word):
            cut = index + 1
        elif not word[:1].islower() and key not in _RANK_MODIFIERS:
            break
    rest = words[cut:]
    if not any(w[:1].isupper() and canonical_key(w) for w in rest):
        return name
    return " ".join(rest)


def _office_abbreviation(word: str) -> bool:
    """True for an office written in capitals before a name: "ADA", "DA", "AG"."""
    return word.isupper() and canonical_key(word) in _OFFICE_ABBREVIATIONS


def _has_title(words: Sequence[str]) -> bool:
    return bool(words) and words[0] in PERSON_TITLES


def _pieces(ent: SpacySpan) -> Iterable[tuple[int, int]]:
    """Yield the character ranges of ``ent`` between line breaks, trimmed of space."""
    text = ent.text
    offset = ent.start_char
    position = 0
    for line in text.split("\n"):
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            yield offset + position + left, offset + position + right
        position += len(line) + 1


def _preceded_by_title(doc: Doc, ent: SpacySpan) -> bool:
    index = ent.start - 1
    while index >= 0 and doc[index].is_punct and doc[index].text == ".":
        index -= 1
    if index < 0:
        return False
    title = canonical_key(doc[index].text)
    if title in _TITLE_CUES:
        return True
    if _role_before(doc[index]) and _led_name(doc[index], ent):
        return True
    return title in _LED_TITLES and index > 0 and _led_name(doc[index - 1], ent)


def _role_before(token: Token) -> bool:
    """True for a lower-case title or role noun written right before a name ("chair").

    "Board chair Helena Sarkis": the role's holder is a person, whatever the recognizer
    labelled the name; "former" precedes anything.
    """
    key = canonical_key(token.text)
    if not token.text.islower() or key == "former":
        return False
    return key in PERSON_TITLES or _role_noun(token)


_LED_TITLES = frozenset({"leader", "officer", "executive", "director"})
"""Titles that mark a person only after a modifier ("opposition leader", "returning officer",
"chief executive", "finance director")."""


def _led_name(modifier: Token, ent: SpacySpan) -> bool:
    """True for a person named after "<modifier> leader" ("Opposition leader X").

    The name is labelled a person, or is two or more capitalized proper nouns whose
    last is no organization's head word ("union leader Veltrane Systems" is not one).
    """
    if modifier.pos_ not in ("NOUN", "PROPN", "ADJ") and modifier.tag_ != "VBG":
        return False
    if ent.label_ == "PERSON":
        return True
    words = canonical_key(ent.text).split()
    return (
        len(ent) >= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
        and words[-1] not in ORGANIZATION_HEADS
        and words[-1] not in _COMPANY_HEADS
    )


def _titled_name(ent: SpacySpan) -> bool:
    """True for a title and a name mislabelled together ("Mayor Ilse Coranth" as a work).

    The first word is one of :data:`_NAME_TITLES`, or a run of capitalized roles leads
    a given name and surname ("Head Coach Dirk Valmont", :func:`_after_roles`); every
    word after the titles is a capitalized proper noun, and the last is no
    organization's head word ("President Grant Hospital").
    """
    tokens = [t for t in ent if canonical_key(t.text)]
    if len(tokens) < 2:
        return False
    if canonical_key(tokens[0].text) in _NAME_TITLES:
        name = list(dropwhile(lambda t: canonical_key(t.text) in PERSON_TITLES, tokens))
    else:
        name = _after_roles(tokens)
    return (
        bool(name)
        and canonical_key(name[-1].text) not in ORGANIZATION_HEADS
        and canonical_key(name[-1].text) not in _COMPANY_HEADS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)
    )


_LEADING_ROLES = _ROLE_WORDS - (_TITLE_CUES - _NAME_TITLES)
"""Roles that may head a person's name the recognizer took for something else: not the
titles that also open other names ("Major League", "Justice Department")."""


def _after_roles(tokens: Sequence[Token]) -> list[Token]:
    """The given name and surname after a capitalized role heading a mention, else none.

    "Head Coach Dirk Valmont" labelled as an organization is a coach: a run of role
    words (:data:`_LEADING_ROLES`) followed by two or three name words. A role and one word
    ("Coach Valmont") may be a brand or a team and is not read as a name.
    """
    roles = list(
        dropwhile(
            lambda t: t.text[:1].isupper() and canonical_key(t.text) in _LEADING_ROLES, tokens
        )
    )
    if len(roles) == len(tokens) or not 2 <= len(roles) <= _MAX_NAME_WORDS:
        return []
    return roles


_PERSONAL_RELATIVES = frozenset({"who", "whom"})


#: An age written before a name: "25-year-old Guzel" is a person.
_AGED = re.compile(r"\d+-years?-old\s+$", re.IGNORECASE)


def _personal_clause(clause: Token) -> bool:
    """True for a relative clause opened by "who" in the singular ("who herds camels").

    A team or a firm may take "who" with a plural verb ("Arsenal, who have won").
    """
    if clause.dep_ != "relcl" or not any(w.lower_ in _PERSONAL_RELATIVES for w in clause.lefts):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return (auxiliaries[0] if auxiliaries else clause).tag_ != "VBP"


def _in_person_apposition(ent: SpacySpan) -> bool:
    """True for "Ana Ruiz, a lawyer", "its treasurer, Jonas Hale" and "Osman-aga, who herds".

    A relative clause opened by "who" tells of a person (a body is "which"), so a name it
    hangs on is a person's whatever the recognizer labelled it.
    """
    root = ent.root
    if root.dep_ != "pobj" and any(_personal_clause(c) for c in root.children):
        return True  # "a volunteer in Corve, who asked ...": the clause may tell of the volunteer
    if _AGED.search(doc_text(ent.doc)[max(0, ent.start_char - 20) : ent.start_char]):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PERSON_ROLES:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES for c in root.children)


_PLACE_NOUNS = _wordset("""
    city town village hamlet county district municipality borough province region
    state island islands port capital suburb neighbourhood neighborhood
""")
"""Lower-case nouns that name a kind of place: "the city of X" names the place X."""


def _named_place(ent: SpacySpan) -> bool:
    """True for the name after "the city of", "the island of": a place, whatever its label.

    The recognizer tags some foreign place names as people ("the city of Bandar Abbas");
    the lower-case place noun the name completes says what it is. So does an
    era-prefixed word before it ("post-Soviet Morvania", :func:`_after_era_word`).
    """
    if _after_era_word(ent):
        return True
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i >= ent.start:
        return False
    noun = prep.head
    return noun.i < prep.i and noun.is_lower and noun.lemma_.lower() in _PLACE_NOUNS


_TEACHING_TITLES = _wordset("professor professorship lecturer lectureship instructor")
"""Academic titles whose "of" names the subject taught, never a body."""


def _field_of_study(ent: SpacySpan) -> bool:
    """True for the subject of an academic title: "Professor of Conservation Ecology".

    A chair is named after what its holder teaches; the body the holder serves follows
    "at" ("... at Duke University"), so the subject is no organization.
    """
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i >= ent.start:
        return False
    return prep.head.i < prep.i and prep.head.lemma_.lower() in _TEACHING_TITLES


def _common_word(ent: SpacySpan) -> bool:
    """True for a one-word "entity" tagged as a plural noun or a function word ("Cranes")."""
    if len(ent) != 1:
        return False
    token = ent[0]
    return token.pos_ != "PROPN" and (token.tag_ == "NNS" or token.pos_ in _NOT_NAME_POS)


def _uncased(ent: SpacySpan) -> bool:
    """True for an "entity" of lower-case words only: common nouns are no name.

    "the signing of undrafted rookie running back Joique Bell": "undrafted rookie" tells
    what the player is, no place; a name has a capital ("eBay") or a figure in it.
    """
    return not any(ch.isupper() or ch.isdigit() for ch in ent.text)


def _coordinated_adjective(ent: SpacySpan) -> bool:
    """True for a sentence's capitalized first word joined to a lower-case adjective.

    "Smart and ambitious as a teenager, she ...": the first word is capitalized only
    because it opens the sentence; "and" or "or" then a lower-case adjective make it an
    adjective too, where a name would be joined to another name ("Smart and Final").
    """
    if len(ent) != 1 or not _opens_sentence(ent[0]) or ent.end + 1 >= len(ent.doc):
        return False
    joiner, other = ent.doc[ent.end], ent.doc[ent.end + 1]
    return (
        joiner.lower_ in ("and", "or")
        and other.pos_ == "ADJ"
        and other.is_alpha
        and other.text.islower()
    )


def _opens_sentence(token: Token) -> bool:
    """True for the first word of a sentence, after any opening quotation marks."""
    words = [t for t in token.sent if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].i == token.i


def _lone_surname(ent: SpacySpan, surnames: frozenset[str]) -> bool:
    """True for a lone surname mislabelled as a place or organization ("Menck said").

    The word is the last word of a person's full name in the same article ("Dario
    Menck", one of ``surnames``) and stands where a person stands (:func:`_person_slot`),
    so it takes that person's key.
    """
    return len(ent) == 1 and ent[0].lower_ in surnames and _person_slot(ent[0])


_PERSON_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""Dependencies a lone name has as the subject or the object of a verb ("Menck said",
"she joined Menck"): not those of a place ("in Menck", "to Menck")."""


def _person_slot(token: Token) -> bool:
    """True for a word that is a verb's subject or object, or listed with a person.

    "Magruder, Mitchell and Mardian": a conjunct of a person's name names a person
    too, whatever the recognizer labelled it.
    """
    if token.dep_ in _PERSON_SLOTS:
        return True
    if token.dep_ != "conj":
        return False
    listed = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    return any(other.ent_type_ == "PERSON" for other in listed if other.i != token.i)


def _speaking_surnames(doc: Doc) -> dict[str, int]:
    """Lone capitalized names that are the subject of a verb of speech ("Marten said").

    Each maps (lower-cased) to the index of its last such use. A word with modifiers
    ("the Alliance said", "Green Marten said") or before a plural verb names no one person.
    """
    found: dict[str, int] = {}
    for token in doc:
        verb = token.head
        if token.dep_ != "nsubj" or not _name_word(token) or verb.i < token.i:
            continue
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.tag_ == "VBP":
            continue
        if any(c.dep_ in ("compound", "det", "poss", "amod", "nmod") for c in token.children):
            continue
        found[token.lower_] = token.i
    return found


def _name_word(token: Token) -> bool:
    """True for a capitalized proper noun that may be part of a person's name."""
    key = canonical_key(token.text)
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and key not in ORGANIZATION_HEADS
        and key not in _COMPANY_HEADS
        and key not in _ROLE_WORDS
        and key not in PERSON_TITLES
    )


def _spoken_name(doc: Doc, start: int, speaking: dict[str, int]) -> bool:
    """True for a two-word name at ``start`` whose surname later speaks alone.

    "Ilse Marten of the Green Alliance won ..." then "Marten said ...": two capitalized
    proper nouns, no more (no name word on either side, no "the" before: "the Green
    Alliance"), whose last word is later the subject of a verb of speech, name a
    person the recognizer missed or mistyped.
    """
    if not _bare_pair(doc, start):
        return False
    return speaking.get(doc[start + 1].lower_, -1) > start + 1


def _bare_pair(doc: Doc, start: int) -> bool:
    """True for two name words at ``start`` (:func:`_name_word`) that stand alone as a name.

    No proper noun or "the" before them ("the Green Alliance"), no capitalized proper
    noun after them.
    """
    if start < 0 or start + 2 > len(doc):
        return False
    first, last = doc[start], doc[start + 1]
    if not (_name_word(first) and _name_word(last)):
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[start + 2] if start + 2 < len(doc) else None
    if before is not None and (before.pos_ in ("PROPN", "DET") or before.lower_ == "the"):
        return False
    return after is None or not (after.pos_ == "PROPN" and after.text[:1].isupper())


def _missed_people(doc: Doc, speaking: dict[str, int]) -> list[SpacySpan]:
    """Two-word names of people the recognizer left out.

    Their surname later speaks alone (:func:`_spoken_name`), or a person's role stands
    in apposition to them (:func:`_appositive_name`).
    """
    found: list[SpacySpan] = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.ent_type_ or following.ent_type_:
            continue
        pair = doc[token.i : token.i + 2]
        if "\n" in pair.text:
            continue
        if _spoken_name(doc, token.i, speaking) or _appositive_name(doc, token.i):
            found.append(SpacySpan(doc, token.i, token.i + 2, label="PERSON"))
    return found


def _appositive_name(doc: Doc, start: int) -> bool:
    """True for a two-word name at ``start`` with a person's role in apposition to it.

    "Renata Osterhold, the founder of the company" and "its treasurer, Jonas Hale": a
    role that only a person holds (:data:`_PERSON_ROLES`) names the pair a person's,
    whether the recognizer left it out or not.
    """
    if not _bare_pair(doc, start):
        return False
    head = doc[start + 1]
    if doc[start].head.i != head.i:
        return False
    if head.dep_ == "appos" and head.head.lemma_.lower() in _PERSON_ROLES:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES for c in head.children)


def _person_surnames(people: Iterable[SpacySpan]) -> frozenset[str]:
    """Last words (lower-cased) of the names of two or more words in ``people``."""
    return frozenset(p[-1].lower_ for p in people if len(p) > 1)


def _plural_subject(ent: SpacySpan) -> bool:
    """True for a singular name that is the subject of a plural verb ("Real Castellan have").

    A team, band or firm takes a plural verb in British usage; one person never does.
    A name conjoined with another ("Lee and Ruiz have") or in apposition says nothing.
    """
    root = ent.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or verb.i < root.i:
        return False
    if any(c.dep_ in ("conj", "cc", "appos") for c in root.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ == "VBP" and finite.i > ent.end - 1


_SUBORDINATORS = frozenset({"that", "whether", "if", "because", "although", "though", "unless"})
"""Lower-case words that open a clause, which no name holds: "told Nordvik that ..."."""


def _splits_name(token: Token) -> bool:
    """True for a lower-case verb or clause opener, which ends any name before it."""
    if not token.text.islower():
        return False
    return token.pos_ in ("VERB", "AUX") or token.text in _SUBORDINATORS


def _split_at_verbs(ent: SpacySpan) -> list[SpacySpan]:
    """The names in ``ent`` on either side of a lower-case verb or clause opener in it.

    "The National Medicines Authority ordered Halcyra Pharmaceuticals", taken for one
    organization, is two: a name holds no lower-case verb, and the words around one
    are its subject and object. Nor does a name hold the "that" opening a clause:
    "told Ostvik Media that Berg had ..." names Ostvik Media, and Berg after it.
    """
    doc = ent.doc
    parts: list[SpacySpan] = []
    start = ent.start
    for token in ent:
        if _splits_name(token) and token.i > ent.start:
            if token.i > start:
                parts.append(SpacySpan(doc, start, token.i, label=ent.label_))
            start = token.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        parts.append(SpacySpan(doc, start, ent.end, label=ent.label_))
    return parts


def _split_at_commas(ent: SpacySpan) -> list[SpacySpan]:
    """The names in ``ent`` on either side of a comma between two unlinked phrases.

    "In her letter to Brandt, Dravik wrote", taken for one name, is two: the words
    before the comma end one phrase ("to Brandt") and those after it open another (the
    subject of "wrote"); no word of either part hangs on the other, as the parts of
    one name written with commas ("Farrow, Lund and Reyes") do.
    """
    doc = ent.doc
    parts: list[SpacySpan] = []
    start = ent.start
    for token in ent:
        if token.text != "," or token.i == ent.start or token.i == ent.end - 1:
            continue
        left, right = range(start, token.i), range(token.i + 1, ent.end)
        linked = any(doc[i].head.i in right for i in left) or any(
            doc[i].head.i in left for i in right
        )
        if not linked:
            parts.append(SpacySpan(doc, start, token.i, label=ent.label_))
            start = token.i + 1
    if start == ent.start:
        return [ent]
    parts.append(SpacySpan(doc, start, ent.end, label=ent.label_))
    return parts


_MAX_NAME_WORDS = 3
"""Words of a person's name before "of the <organization>" ("Ilona Sarvek")."""


def _split_affiliation(ent: SpacySpan) -> list[SpacySpan]:
    """A person's name and the organization taken with it: "Ilona Sarvek of the Federation".

    "Ilona Sarvek of the Federation of Public Workers", taken for one name, is a person
    and her organization: two or three capitalized name words (:func:`_name_word`, so
    no "Bank of the West"), not after "the", then "of the" and a name holding an
    organization's head word. The person is labelled a person, the rest an organization.
    """
    doc = ent.doc
    name = 0
    while name < min(len(ent), _MAX_NAME_WORDS + 1) and _name_word(ent[name]):
        name += 1
    rest = ent[name + 2 :]
    if not (
        2 <= name <= _MAX_NAME_WORDS
        and len(rest) > 0
        and ent[name].lower_ == "of"
        and ent[name + 1].lower_ == "the"
        and (ent.start == 0 or doc[ent.start - 1].lower_ != "the")
        and any(canonical_key(t.text) in ORGANIZATION_HEADS for t in rest)
    ):
        return [ent]
    return [
        SpacySpan(doc, ent.start, ent.start + name, label="PERSON"),
        SpacySpan(doc, rest.start, rest.end, label="ORG"),
    ]


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _capital_role(token: Token) -> bool:
    """True for a capitalized title or role word ("CTO", "Chief", "Spokesman")."""
    key = canonical_key(token.text)
    return token.text[:1].isupper() and (key in PERSON_TITLES or key in _ROLE_WORDS)


def _split_titled_body(ent: SpacySpan) -> list[SpacySpan]:
    """A body, a title and a person's name taken for one name: "Qualys CTO Ann Vell".

    The title (a run of title or role words and the capitalized words between them,
    "Chief Technology Officer") is no part of anyone's name: the name words after it
    (two or three, :func:`_name_word`) are the person, labelled a person; the
    capitalized words before it, naming no role, are the body the person works for,
    labelled an organization (or kept a place when the whole was one). Everyday words
    before a rank ("Homicide Detective", "Narcotics Sgt.") name the person's unit, part
    of the title: no body is labelled then (:func:`_unit_words`).
    """
    starts = [i for i, t in enumerate(ent) if _capital_role(t)]
    if not starts or starts[0] == 0:
        return [ent]
    first, last = starts[0], starts[-1]
    body, name = ent[:first], ent[last + 1 :]
    if not (
        2 <= len(name) <= _MAX_NAME_WORDS
        and all(_name_word(t) for t in name)
        and all(t.text[:1].isupper() or not t.is_alpha for t in body)
        and all(t.is_alpha and t.text[:1].isupper() for t in ent[first : last + 1])
    ):
        return [ent]
    doc = ent.doc
    person = SpacySpan(doc, name.start, name.end, label="PERSON")
    if canonical_key(ent[first].text) in RANK_TITLES and _unit_words(body):
        return [person]
    label = ent.label_ if ent.label_ in _PLACE_LABELS else "ORG"
    return [
        SpacySpan(doc, body.start, body.end, label=label),
        person,
    ]


def _unit_words(body: SpacySpan) -> bool:
    """True for everyday words naming a unit, not a body: "Homicide", "Narcotics".

    A body's name has a word of its own ("Qualys") or an organization's head word
    ("State Police").
    """
    return all(
        t.is_alpha and _common(t.lower_) and t.lower_ not in ORGANIZATION_HEADS for t in body
    )


def _figure(token: Token) -> bool:
    """True for a token written with a digit ("46,463", "49.2", "5%")."""
    return any(ch.isdigit() for ch in token.text)


def _quantity(ent: SpacySpan, index: int) -> bool:
    """True when the figure at ``index`` of ``ent`` counts or measures something.

    A figure with a thousands separator or a decimal point ("46,463", "49.2"), or with
    a lower-case word or a sign after it in the span ("49 percent", "49 %"), is a
    quantity; a bare number in a name ("Channel 4", "Route 66", "Channel 4 News") is
    part of that name.
    """
    token = ent[index]
    if any(ch in ",." for ch in token.text):
        return True
    return index < len(ent) - 1 and not ent[index + 1].text[:1].isupper()


def _without_figures(ent: SpacySpan) -> SpacySpan:
    """``ent`` without the figure the recognizer took in with a name.

    "Kjellvin 46,463" and "Kjellvin 49.2 percent" (a vote count and a share after a
    surname, labelled a person) are the name "Kjellvin": a person's name holds no
    figure, and an organization's or a place's holds no quantity (:func:`_quantity`).
    The figure and every word after it are cut; leading figures are cut likewise. A
    span with no name word left is kept as it is.
    """
    if _KINDS.get(ent.label_, EntityKind.OTHER) is EntityKind.OTHER:
        return ent
    person = ent.label_ == "PERSON"
    start, end = 0, len(ent)
    while start < end and _figure(ent[start]) and (person or _quantity(ent, start)):
        start += 1
    if start > 0:
        while start < end and ent[start].is_punct:
            start += 1
    for index in range(start, end):
        if _figure(ent[index]) and (person or _quantity(ent, index)):
            end = index
            while end > start and ent[end - 1].is_punct:
                end -= 1
            break
    if (start, end) == (0, len(ent)) or not any(t.is_alpha for t in ent[start:end]):
        return ent
    return SpacySpan(ent.doc, ent.start + start, ent.start + end, label=ent.label_)


def _without_trailing_rank(ent: SpacySpan) -> SpacySpan:
    """A body's name without the rank of the person named after it.

    "Oregon State Police Lt. Gregg Hastings": the recognizer may take "Lt" into the
    body's name; a rank (:data:`RANK_TITLES`) that ends a name of another kind than a
    person's and is followed by a capitalized word titles that word, not the body.
    """
    if ent.label_ == "PERSON" or len(ent) < 2:
        return ent
    end = len(ent)
    while end > 1 and (ent[end - 1].is_punct or canonical_key(ent[end - 1].text) in RANK_TITLES):
        end -= 1
    if end == len(ent) or canonical_key(ent[end].text) not in RANK_TITLES:
        return ent
    after = ent.doc[ent.end : ent.end + 2]
    if not any(t.text[:1].isupper() for t in after if not t.is_punct):
        return ent
    return SpacySpan(ent.doc, ent.start, ent.start + end, label=ent.label_)


#: Lower-case words that point at a name without being part of it ("this L.A. Times").
_POINTING_WORDS = _wordset("this that these those a an")


def _without_pointing_word(ent: SpacySpan) -> SpacySpan:
    """``ent`` without a lower-case demonstrative or article the recognizer took in before it.

    "According to this L.A. Times story": "this" points at the newspaper and is no word
    of its name, so the key is the newspaper's alone ("l a times"), as other articles
    write it. A span with no capitalized word after it is kept as it is.
    """
    start = 0
    while start < len(ent) - 1 and ent[start].text in _POINTING_WORDS:
        start += 1
    if start == 0 or not any(t.text[:1].isupper() for t in ent[start:]):
        return ent
    return SpacySpan(ent.doc, ent.start + start, ent.end, label=ent.label_)


_NUMBER_WORDS = _wordset("no nr number")
"""Capitalized words that open the number of a designation ("Juror No. 8")."""


def _with_designation_number(ent: SpacySpan) -> SpacySpan:
    """``ent`` with the number its closing "No." opens: "Juror No. 8", "Gate No. 3".

    The recognizer may stop a numbered designation at "No"; the number is part of the
    one designation, and without it "Juror No" would name every juror alike.
    """
    doc, last = ent.doc, ent[-1]
    if len(ent) < 2 or not last.is_title or last.lower_.rstrip(".") not in _NUMBER_WORDS:
        return ent
    end = ent.end
    if end < len(doc) and doc[end].text == "." and not last.whitespace_:
        end += 1
    if end < len(doc) and doc[end].text[:1].isdigit() and doc[end].like_num:
        return SpacySpan(doc, ent.start, end + 1, label=ent.label_)
    return ent


_HYPHENED_LABELS = frozenset({"ORG", "PERSON"})
_NAME_PARTICLES = _wordset("al el ul bin ibn bint ben abu de da di du la le van von der den")
"""Lower-case words that may be hyphened inside a name ("Hassan al-Rami")."""


def _before_hyphened_word(ent: SpacySpan) -> SpacySpan:
    """A person's name cut before a hyphen joined to a lower-case word: "Ann Vell-head".

    A dash written as a hyphen without spaces sets off an aside ("Ann Vell-head of
    products at Qualys-told"): the name ends before it, when lower-case words run on
    after it. A name particle ("al-") or a closing one ("Osman-aga,") goes with the
    name; a place may run on ("Stratford-upon-Avon").
    """
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    for index in range(1, len(ent) - 1):
        hyphen, word = ent[index], ent[index + 1]
        if (
            hyphen.text == "-"
            and not ent[index - 1].whitespace_
            and word.is_alpha
            and word.is_lower
            and word.lower_ not in _NAME_PARTICLES
            and word.i + 1 < len(doc)
            and doc[word.i + 1].is_lower
        ):
            return SpacySpan(ent.doc, ent.start, ent.start + index, label=ent.label_)
    return ent


def _with_hyphened_piece(ent: SpacySpan) -> SpacySpan:
    """``ent`` with the capitalized pieces hyphened onto its end: "KORA-TASS", not "KORA".

    The tokenizer splits a hyphenated name at its hyphens and the recognizer may keep
    only the first piece; a piece joined without spaces that no other entity claims
    is part of the same name.
    """
    doc, end = ent.doc, ent.end
    if ent.label_ not in _HYPHENED_LABELS:
        return ent
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        piece = doc[end + 1]
        if doc[end].whitespace_ or not piece.text[:1].isupper() or piece.ent_iob_ == "B":
            break
        end += 2
    return ent if end == ent.end else SpacySpan(doc, ent.start, end, label=ent.label_)


_BOUND_PREFIXES = _wordset("post pre ex pro anti non neo")
"""Prefixes a hyphen joins to a capitalized word to make a word that describes what
follows: "post-Soviet", "pro-Kremlin", "ex-Yugoslav", "anti-Western"."""
_ERA_PREFIXES = _wordset("post pre ex")
"""Those that set what they describe in a time: "post-Soviet Turkmenistan" is the
country after the Soviet era."""
_AGENT_LABELS = frozenset({"PERSON", "ORG"})
"""Labels of a name that an era-prefixed word before it does not make a place's."""


def _prefixed_word_end(doc: Doc, start: int) -> int:
    """End of a word made of a bound prefix, a hyphen and a capitalized word at ``start``.

    "post-Soviet", "pro-Kremlin", or "Ex-Soviet" opening a sentence: three tokens
    written without spaces, the prefix in lower case unless it opens the sentence (a
    name's own capital piece, "The Pro-Democracy Party", is no prefix). ``start`` when
    there is no such word.
    """
    if start + 3 > len(doc):
        return start
    prefix, hyphen, word = doc[start], doc[start + 1], doc[start + 2]
    if prefix.lower_ not in _BOUND_PREFIXES or hyphen.text != "-" or not word.text[:1].isupper():
        return start
    if prefix.whitespace_ or hyphen.whitespace_:
        return start
    return start + 3 if prefix.is_lower or _opens_sentence(prefix) else start


def _without_prefixed_word(ent: SpacySpan) -> SpacySpan | None:
    """``ent`` without the prefixed word that opens it: "post-Soviet Kaldonia" is Kaldonia.

    A word such as "post-Soviet" or "pro-Kremlin" (:func:`_prefixed_word_end`) describes
    the name after it and is no part of it, also where the recognizer took in only its
    capitalized half ("Brexit Britain" of "post-Brexit Britain"). The name left keeps
    the entity's label, but a proper noun labelled a nationality with the word before
    it ("Pro-Western Georgia") is a country. None when the prefixed word is the whole
    entity ("ex-Soviet"): it names nothing. A generic head left alone ("Party" of
    "Pro-Democracy Party" opening a sentence) keeps its name whole.
    """
    doc = ent.doc
    start = ent.start
    if start >= 2 and _prefixed_word_end(doc, start - 2) == start + 1:
        start -= 2
    end = _prefixed_word_end(doc, start)
    if end == start:
        return ent
    if end >= ent.end:
        return None if start == ent.start else ent
    rest = doc[end : ent.end]
    if len(rest) == 1 and canonical_key(rest.text) in ORGANIZATION_HEADS | _COMPANY_HEADS:
        return ent
    proper = all(t.tag_ == "NNP" for t in rest)
    label = "GPE" if ent.label_ == "NORP" and proper else ent.label_
    return SpacySpan(doc, end, ent.end, label=label)


def _after_era_word(ent: SpacySpan) -> bool:
    """True for a name that an era-prefixed word describes: "post-Soviet Turkmenistan".

    A prefix of time (:data:`_ERA_PREFIXES`) on a capitalized word ("post-Soviet",
    "ex-Yugoslav", "post-Franco") sets a country in an era: the name that word
    modifies, when no noun follows that it is compounded with ("the post-Soviet
    Ostravia party"), is a place, unless the recognizer took it for a person or a body.
    """
    doc = ent.doc
    start = ent.start - 3
    if start < 0 or doc[start].lower_ not in _ERA_PREFIXES or ent.label_ in _AGENT_LABELS:
        return False
    if _prefixed_word_end(doc, start) != ent.start or ent.root.dep_ == "compound":
        return False
    return ent.start <= doc[ent.start - 1].head.i < ent.end


def _era_places(doc: Doc) -> list[SpacySpan]:
    """Places the recognizer left out after an era-prefixed word (:func:`_after_era_word`).

    "in post-Soviet Turkmenistan's history": the prefixed word hides the name from the
    recognizer; the capitalized proper nouns right after it name the country it describes.
    """
    found: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in _ERA_PREFIXES:
            continue
        start = end = _prefixed_word_end(doc, token.i)
        while end < len(doc) and _bare_capital(doc[end]):
            end += 1
        if start == token.i or end == start:
            continue
        span = SpacySpan(doc, start, end, label="GPE")
        if _after_era_word(span):
            found.append(span)
    return found


def _entities(doc: Doc) -> list[SpacySpan]:
    """The recognizer's entities, cut at verbs, at figures and after a person's name."""
    return [
        _with_designation_number(_with_hyphened_piece(_with_surname(_with_given_name(piece))))
        for joined in _joined_bodies(doc)
        for bare in [_without_prefixed_word(joined)]
        if bare is not None
        for whole in [_without_leading_descriptor(_before_hyphened_word(bare))]
        if not _capitalized_common_noun(whole)
        for cut in _split_at_commas(
            _without_trailing_rank(_without_figures(_run_on(_without_pointing_word(whole))))
        )
        for part in _split_at_verbs(cut)
        for affiliated in _split_affiliation(part)
        for piece in _split_titled_body(affiliated)
    ]


_DESCRIBING_TAGS = frozenset({"ADJ", "VERB"})
"""Parts of speech of a word describing a person before the name ("Unemployed")."""


def _without_leading_descriptor(ent: SpacySpan) -> SpacySpan:
    """A name without the capitalized word describing its bearer that opens the sentence.

    "Unemployed John Jenkin, 23, was arrested" and "Pensioner Bayram-aga said": the
    first word is capitalized only because it opens the sentence; it tells what the
    person is (an adjective, or a role noun of :data:`_ROLE_WORDS`) and is no part of
    the name, so other reports' "John Jenkin" meets it. A known given name ("Hunter",
    tagged alike) is never cut, nor a word before nothing but a name word; a role noun
    makes the rest a person's name whatever the recognizer labelled it.
    """
    if len(ent) < 2 or ent.label_ not in _KINDS or not _opens_sentence(ent[0]):
        return ent
    first, rest = ent[0], ent[1:]
    if not (first.is_alpha and first.text[:1].isupper() and not first.text.isupper()):
        return ent
    if not _name_word(rest[0]) or _given_name(first.lower_):
        return ent
    if canonical_key(first.text) in _ROLE_WORDS - PERSON_TITLES:
        return SpacySpan(ent.doc, rest.start, rest.end, label="PERSON")
    describing = first.pos_ in _DESCRIBING_TAGS or _participle_or_lacking(first.lower_)
    if ent.label_ == "PERSON" and describing and _given_name(rest[0].lower_):
        return SpacySpan(ent.doc, rest.start, rest.end, label="PERSON")
    return ent


#: The fewest letters of the verb in a participle ("retire" of "retired").
_MIN_PARTICIPLE_STEM = 4
#: Zipf frequency above which a stem is a common English word.
_COMMON_ZIPF = 3.5


def _participle_or_lacking(word: str) -> bool:
    """True for an adjective made of a common word: "unemployed", "retired", "jobless".

    The tagger may take such a word opening a sentence for a proper noun; a word ending
    in "-ed" whose verb (after any "un-") or in "-less" whose noun is common English
    describes, where names such as "Mohammed" have no such stem.
    """
    stem = word[2:] if word.startswith("un") else word
    if stem.endswith("less"):
        return len(stem) > len("less") + 2 and _common(stem[: -len("less")])
    if not stem.endswith("ed"):
        return False
    return any(
        len(verb) >= _MIN_PARTICIPLE_STEM and _common(verb) for verb in (stem[:-1], stem[:-2])
    )


def _common(word: str) -> bool:
    """True for a word that general English uses often (``wordfreq``'s Zipf scale)."""
    return zipf_frequency(word, "en") >= _COMMON_ZIPF


def _given_name(word: str) -> bool:
    """True for an English given name of the ``nicknames`` table ("john", "tom")."""
    namer = nicknamer()
    return bool(namer.nicknames_of(word) or namer.canonicals_of(word))


#: Zipf frequency of a word that everyday English uses, above that of the surnames
#: (and syllables of names) that general English text carries ("Wang", "Chen").
_EVERYDAY_ZIPF = 4.0


def everyday_words_name(key: str) -> bool:
    """True for a name of two or more everyday English words, no given name among them.

    "Human Rights Watch", "Election Watch", "Global Witness": a person's name holds a
    given name, a name word rarer than everyday words, or opens with a title or role
    ("Judge Long", "Coach Young"); a name of everyday words alone names a body.
    """
    words = key.split()
    if len(words) < 2 or any(w in PERSON_TITLES or w in _ROLE_WORDS for w in words[:-1]):
        return False
    return all(zipf_frequency(w, "en") >= _EVERYDAY_ZIPF and not _given_name(w) for w in words)


_INDEFINITE = frozenset({"a", "an"})


def _capitalized_common_noun(ent: SpacySpan) -> bool:
    """True for one word in capitals after "a"/"an": "A MAN was quizzed" names nobody.

    A tabloid writes its opening words in capitals; a name is not counted with an
    indefinite article, and an acronym after one ("an FBI agent") only modifies a noun.
    """
    if len(ent) != 1 or not ent[0].is_upper or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in _INDEFINITE and ent[0].dep_ not in ("compound", "amod", "nmod")


_JOINING_WORDS = frozenset({"and", "&"})
_FIELD_PREPS = frozenset({"of", "for"})


def _joined_bodies(doc: Doc) -> list[SpacySpan]:
    """The recognizer's entities with a body's name split at "and" made whole again.

    "the Central Commission for Elections and Referenda" is one body: the recognizer
    may label the words on either side of "and" apart (:func:`_joins_body`). A place it
    took in after them ("Referenda of Ostrelia") stays a name of its own, so that the
    body's key is the same where the place is labelled apart.
    """
    ents = list(doc.ents)
    found: list[SpacySpan] = []
    index = 0
    while index < len(ents):
        ent = ents[index]
        if index + 1 < len(ents) and _joins_body(ent, ents[index + 1]):
            second = ents[index + 1]
            field = next((t.i for t in second if t.lower_ == "of"), second.end)
            found.append(SpacySpan(doc, ent.start, field, label="ORG"))
            if field + 1 < second.end:  # "... and Referenda of Ostrelia": the place apart
                found.append(SpacySpan(doc, field + 1, second.end, label=second.label_))
            index += 2
            continue
        found.append(ent)
        index += 1
    return found


def _joins_body(first: SpacySpan, second: SpacySpan) -> bool:
    """True when ``second`` completes the fields of the body ``first`` names.

    "Commission for Elections" then "and Referenda": a body's head word and "of"/"for"
    in the first, "and" alone between them, and capitalized words (no "the", no head
    word of a body of their own, not an acronym) in the second, which either follows a
    field named in the plural ("Foreign Affairs and Trade") or runs on with "of" and a
    name ("... and Referenda of Veldoria"): another body after "and" ("the Department of
    Justice and Google") has neither.
    """
    doc = first.doc
    if first.label_ != "ORG" or second.label_ not in ("ORG", "GPE"):
        return False
    if second.start != first.end + 1:
        return False
    if doc[first.end].lower_ not in _JOINING_WORDS:
        return False
    words = [canonical_key(t.text) for t in first]
    preps = [i for i, t in enumerate(first) if t.lower_ in _FIELD_PREPS]
    if not preps or not any(w in ORGANIZATION_HEADS for w in words[: preps[0]]):
        return False
    field = list(takewhile(lambda t: t.lower_ != "of", second))
    if not field or len(field) > _MAX_NAME_WORDS:
        return False
    if not all(t.is_alpha and t.is_title for t in field):
        return False
    if any(canonical_key(t.text) in ORGANIZATION_HEADS for t in field):
        return False
    after = doc[field[-1].i + 1 : field[-1].i + 3]
    runs_on = len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper()
    return first[-1].tag_ == "NNPS" or runs_on


def _run_on(ent: SpacySpan) -> SpacySpan:
    """``ent`` with the capitalized words of its name the recognizer left out after it.

    "The Hollywood Reporter says", with "Hollywood" alone labelled a place: the name
    runs on while its last word is compounded with a capitalized word right after it
    that is in no entity and no title ("Lagos Governor Okafor" is a place and a person).
    A name so ending in an organization's head word is an organization's.
    """
    doc = ent.doc
    if ent.label_ not in _KINDS:
        return ent
    whole = canonical_key(ent[-1].text) in ORGANIZATION_HEADS
    end = ent.end
    # "Johnson Foundation Trustee": a name whole at its head word runs on by no title
    while end < len(doc) and (
        _group_word_of_name(doc[end - 1], doc[end]) if whole else _runs_on(doc[end - 1], doc[end])
    ):
        end += 1
    if end == ent.end:
        return ent
    last = canonical_key(doc[end - 1].text)
    organization = last in ORGANIZATION_HEADS or last in _COMPANY_HEADS
    return SpacySpan(doc, ent.start, end, label="ORG" if organization else ent.label_)


def _runs_on(last: Token, word: Token) -> bool:
    """True when capitalized ``word`` goes on the name that ``last`` ends (see :func:`_run_on`)."""
    key = canonical_key(word.text)
    return (
        last.dep_ == "compound"
        and last.head.i == word.i
        and last.whitespace_ == " "
        and (not word.ent_type_ or _group_word_of_name(last, word))
        and not word.is_sent_start
        and word.is_alpha
        and word.text[:1].isupper()
        and word.pos_ in ("PROPN", "NOUN")
        and key not in PERSON_TITLES
        and key not in _ROLE_WORDS
    )


def _group_word_of_name(last: Token, word: Token) -> bool:
    """True when ``word``, taken alone for a group of people, goes on a body's name.

    "the Press Democrat newspaper reported", "the Press Democrat reported": one
    "Democrat" (no plural), compounded with "Press" (a body's name the recognizer cut
    short) or with the noun after it, is a word of the newspaper's name, not a party
    member.
    """
    return (
        word.ent_type_ == "NORP"
        and word.ent_iob_ == "B"
        and last.ent_type_ == "ORG"
        and (word.dep_ == "compound" or (last.dep_ == "compound" and last.head.i == word.i))
        and word.tag_ == "NNP"
        and (word.i + 1 >= len(word.doc) or word.doc[word.i + 1].ent_type_ != "NORP")
    )


def _with_given_name(ent: SpacySpan) -> SpacySpan:
    """A one-word person's name with the given name the recognizer left out before it.

    "By Monday night, Mira Holt said": after a time phrase the recognizer may label
    "Holt" alone; the unlabelled name word compounded with it right before it
    (:func:`_name_word`, so no title or organization word), itself after no other
    proper noun but a title, is the person's given name, and the key is the full name.
    """
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return ent
    doc = ent.doc
    given = doc[ent.start - 1]
    if given.ent_type_ or given.dep_ != "compound" or given.head.i != ent.start:
        return ent
    if not _name_word(given) or given.whitespace_ != " ":
        return ent
    before = doc[given.i - 1] if given.i > 0 else None
    titles = PERSON_TITLES | _ROLE_WORDS
    if before is not None and before.pos_ == "PROPN" and canonical_key(before.text) not in titles:
        return ent
    return SpacySpan(doc, given.i, ent.end, label="PERSON")


def _with_surname(ent: SpacySpan) -> SpacySpan:
    """A one-word person's name with the surname the recognizer left out after it.

    "Deputy mayor Helga Rask said": after a capitalized role the recognizer may label
    "Helga" alone; the unlabelled name word right after it (:func:`_name_word`) that
    the given name is compounded with, and no proper noun after that, is the surname,
    and the key is the full name.
    """
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.end >= len(doc):
        return ent
    surname = doc[ent.end]
    if surname.ent_type_ or ent[0].dep_ != "compound" or ent[0].head.i != surname.i:
        return ent
    if not _name_word(surname) or ent[0].whitespace_ != " ":
        return ent
    after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return ent
    return SpacySpan(doc, ent.start, surname.i + 1, label="PERSON")


_ROLE_SUFFIX = re.compile(r"..(?:er|or|ist|ian|man|woman|person)$")
"""Endings of a noun naming a person by occupation ("organiser", "activist")."""


def _role_noun(token: Token) -> bool:
    """True for a lower-case noun naming a person by role ("union organiser", "striker")."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and (lemma in _ROLE_WORDS or bool(_ROLE_SUFFIX.search(lemma)))
    )


def _role_led_name(doc: Doc, start: int) -> bool:
    """True for two capitalized words at ``start`` that a role noun before leads.

    "union organiser Per Halden told": a capitalized word after a lower-case role noun
    (:func:`_role_led`), then a capitalized surname (:func:`_surname_word`) and no
    proper noun after it, is a person's given name and surname, whatever the tagger
    took the first for (a preposition, a verb) or the recognizer the second (a place).
    """
    if start < 1 or start + 2 > len(doc) or not _role_led(doc, start):
        return False
    given, surname = doc[start], doc[start + 1]
    key = canonical_key(given.text)
    if not (given.is_alpha and given.text[:1].isupper() and given.text[1:].islower()):
        return False
    if key in ORGANIZATION_HEADS or key in _COMPANY_HEADS or key in _ROLE_WORDS:
        return False
    if key in PERSON_TITLES or not _surname_word(surname):
        return False
    if "\n" in doc[start - 1 : start + 2].text:
        return False
    after = doc[start + 2] if start + 2 < len(doc) else None
    return after is None or not (after.pos_ == "PROPN" and after.text[:1].isupper())


def _surname_word(token: Token) -> bool:
    """True for a name word (:func:`_name_word`) or a capitalized word labelled a person's.

    The tagger may take a rare surname for an adverb ("Per Ostlund") where the
    recognizer still reads a person in it.
    """
    if _name_word(token):
        return True
    return token.ent_type_ == "PERSON" and token.is_alpha and token.text[:1].isupper()


def _role_led(doc: Doc, start: int) -> bool:
    """True when a role noun or a title leads the words at ``start``.

    A title stands right before them ("Councillor Per Alming"), a role noun right before
    or set off by a comma ("union organiser Per Halden", "the farmer, Per Lindqvist,
    told"): the name in apposition (closed by a comma or the sentence's end) is the
    role's holder too. A name the recognizer labelled otherwise after the comma ("the
    farmer, New York") keeps its label.
    """
    if _role_noun(doc[start - 1]) or _title_word(doc[start - 1]):
        return True
    if start < 2 or doc[start - 1].text != "," or not _role_noun(doc[start - 2]):
        return False
    if doc[start].ent_type_ not in ("", "PERSON"):
        return False
    after = doc[start + 2] if start + 2 < len(doc) else None
    return after is None or after.text == "," or after.is_sent_start or after.is_punct


def _title_word(token: Token) -> bool:
    """True for a person's title written before a name ("Governor", "Councillor").

    "former" is left out: it precedes anything ("former Veltrane Systems").
    """
    key = canonical_key(token.text)
    capital = token.is_alpha and token.text[:1].isupper()
    return capital and key in PERSON_TITLES and key != "former"


def _role_led_people(doc: Doc, ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each role-led name (:func:`_role_led_name`) as one person's mention.

    An entity the recognizer made of either word (the surname as a place) gives way,
    unless it is the name labelled a person's. A capitalized title before a name it did
    not label so is part of the mention ("Councillor Per Alming"), as a name's own
    title; its key leaves it out (:func:`strip_titles`).
    """
    people = {(e.start, e.end) for e in ents if e.label_ == "PERSON"}
    named = [
        SpacySpan(doc, token.i - int(_title_word(doc[token.i - 1])), token.i + 2, label="PERSON")
        for token in doc[1:-1]
        if (token.i, token.i + 2) not in people and _role_led_name(doc, token.i)
    ]
    if not named:
        return list(ents)
    taken = {i for span in named for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return [*kept, *named]


def _company_run(doc: Doc, start: int) -> int:
    """End of a company's name at ``start`` the recognizer left out, or ``start`` if none.

    "the Varnholt Chemical plant": two or more capitalized proper nouns, none of them
    in an entity, the first a name word and the last a company word ("Chemical",
    "Mobile"), with no capitalized proper noun on either side, name a company, as a
    name ending so always does (:data:`COMPANY_HEADS`).
    """
    end = start + 1 if _nationality_word(doc[start]) else start
    while end < len(doc) and _bare_capital(doc[end]):
        end += 1
    if end - start < 2 or (start > 0 and _bare_capital(doc[start - 1])):
        return start
    if "\n" in doc[start:end].text:
        return start
    if not (_name_word(doc[start]) or _nationality_word(doc[start])):
        return start
    return end if canonical_key(doc[end - 1].text) in _COMPANY_HEADS else start


def _nationality_word(token: Token) -> bool:
    """True for a capitalized word the recognizer took for a nationality ("Aurelian").

    Before a company word ("Aurelian Air") it opens the company's name instead.
    """
    return token.ent_type_ == "NORP" and token.is_alpha and token.text[:1].isupper()


def _bare_capital(token: Token) -> bool:
    """True for a capitalized proper noun that the recognizer put in no entity."""
    capital = token.is_alpha and token.text[:1].isupper()
    return token.pos_ == "PROPN" and capital and not token.ent_type_


def _missed_companies(doc: Doc) -> list[SpacySpan]:
    """Company names the recognizer left out (:func:`_company_run`), as organizations."""
    found: list[SpacySpan] = []
    i = 0
    while i < len(doc):
        end = _company_run(doc, i)
        if end > i:
            found.append(SpacySpan(doc, i, end, label="ORG"))
        i = max(end, i + 1)
    return found


def _outside_headlines(text: str) -> str:
    """``text`` with its headline lines blanked: the prose that writes names in full."""
    for line in headline_lines(text):
        text = text[: line.start] + " " * (line.end - line.start) + text[line.end :]
    return text


def _written(words: SpacySpan, prose: str) -> bool:
    """True when ``prose`` writes ``words`` as whole words, in the same case."""
    return re.search(r"(?<![\w'’-])" + re.escape(words.text) + r"(?![\w'’-])", prose) is not None


def _headline_name(ent: SpacySpan, prose: str) -> list[SpacySpan]:
    """The names the prose writes within a name found on a headline line.

    Title case capitalizes a headline's verbs, and the recognizer runs a name over them
    ("Obama Reverses Bush on ..." as one person). A name the prose never writes whole
    is cut to the longest runs of its words the prose writes ("Obama", "Bush"); one
    whose first word the prose never writes is kept as found.
    """
    if len(ent) < 2 or _written(ent, prose):
        return [ent]
    doc = ent.doc
    parts: list[SpacySpan] = []
    start = ent.start
    while start < ent.end:
        end = next((e for e in range(ent.end, start, -1) if _written(doc[start:e], prose)), start)
        if end == start:
            if start == ent.start:
                return [ent]
            start += 1
            continue
        parts.append(SpacySpan(doc, start, end, label=ent.label_))
        start = end
    return parts


def _headline_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with the names on headline lines cut to what the prose writes of them."""
    text = doc_text(doc)
    lines = headline_lines(text)
    if not lines:
        return ents
    prose = _outside_headlines(text)
    found: list[SpacySpan] = []
    for ent in ents:
        start, end = ent.start_char, ent.end_char
        if any(line.start <= start and end <= line.end for line in lines):
            found.extend(_headline_name(ent, prose))
        else:
            found.append(ent)
    return found


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "``"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’", "''"})
#: The most words a quoted nickname holds: "The Chin", "Big Paulie".
_NICKNAME_WORDS = 3


def _nickname_end(doc: Doc, start: int) -> int | None:
    """The index after the closing quote of a nickname opening at ``start``, or None."""
    if doc[start].text not in _OPENING_QUOTES:
        return None
    for end in range(start + 2, min(start + _NICKNAME_WORDS + 2, len(doc))):
        if doc[end].text in _CLOSING_QUOTES:
            words = doc[start + 1 : end]
            return end + 1 if all(w.is_alpha and w.text[:1].isupper() for w in words) else None
        if doc[end].is_space or doc[end].is_punct:
            return None
    return None


def _nicknamed_person(doc: Doc, given: Token) -> SpacySpan | None:
    """The person's name 'Given "Nick" Surname' that starts at ``given``, or None.

    A given name, a quoted nickname and a surname are one person's name, whatever the
    recognizer made of its parts ('The Chin"' a title, "Venti" a person of its own),
    when it labelled either name a person's.
    """
    if not _nickname_part(given) or given.i + 1 >= len(doc) or given.whitespace_ != " ":
        return None
    end = _nickname_end(doc, given.i + 1)
    if end is None or end >= len(doc) or not _nickname_part(doc[end]):
        return None
    if given.pos_ != "PROPN" or "PERSON" not in (given.ent_type_, doc[end].ent_type_):
        return None
    if not doc[end - 1].whitespace_:
        return None
    last = end + 1
    while last < len(doc) and doc[last].ent_type_ == "PERSON" and doc[last].ent_iob_ == "I":
        last += 1
    return SpacySpan(doc, given.i, last, label="PERSON")


def _nickname_part(token: Token) -> bool:
    """True for a capitalized name word on either side of a quoted nickname.

    The tagger often reads the surname after the closing quote as a common noun: its
    capital, with no title, role or body word, makes it a name word all the same.
    """
    key = canonical_key(token.text)
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN")
        and key not in ORGANIZATION_HEADS
        and key not in _COMPANY_HEADS
        and key not in _ROLE_WORDS
        and key not in PERSON_TITLES
    )


def _with_nicknamed_people(doc: Doc, ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each 'Given "Nick" Surname' one person in place of the parts it covers."""
    people = [p for p in (_nicknamed_person(doc, token) for token in doc) if p is not None]
    if not people:
        return list(ents)
    kept = [e for e in ents if not any(e.start < p.end and p.start < e.end for p in people)]
    return [*kept, *people]


def _without_stray_quote(ent: SpacySpan) -> SpacySpan:
    """``ent`` without a quote mark at its edge that opens or closes nothing inside it.

    'The Chin"' of a nickname the recognizer cut from its opening quote is "The Chin".
    """
    start, end = ent.start, ent.end
    quotes = [t for t in ent if t.text in _OPENING_QUOTES | _CLOSING_QUOTES]
    if len(quotes) == 1 and len(ent) > 1:
        if ent[-1].text in _CLOSING_QUOTES:
            end -= 1
        elif ent[0].text in _OPENING_QUOTES:
            start += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return SpacySpan(ent.doc, start, end, label=ent.label_)


def _without_possessive(ent: SpacySpan) -> SpacySpan:
    """A person's name without the possessive ending the recognizer took in with it.

    "Richard Nixon's presidency" names Richard Nixon: the "'s" is no part of his name.
    A company's may be ("McDonald's"), so only a person's name is cut.
    """
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].tag_ != "POS":
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end - 1, label=ent.label_)


_PRODUCT_LABELS = frozenset({"PRODUCT"})
"""Labels of a made thing a body owns by name ("Veltrane's Quill app")."""


def _product_word(token: Token) -> bool:
    """True for a name word labelled a product, or a lone name word labelled a person.

    A one-word name owned by another name ("Mozilla's Firefox") is no person: people
    are named in full, not as the belongings of a name; small models take such a
    product for a person.
    """
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ in _PRODUCT_LABELS:
        return True
    lone = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.nbor().ent_iob_ != "I")
    return token.ent_type_ == "PERSON" and lone


def _owns_product(ent: SpacySpan) -> bool:
    """True for a name whose possessive owns a product: "Mozilla's Firefox (browser)".

    What a name owns by a product's name is made by it, so the owner is a body (a
    company or a project), whatever the recognizer labelled it elsewhere.
    """
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].tag_ != "POS" or ent.root.dep_ != "poss":
        return False
    owned = ent.root.head
    names = [owned] if owned.pos_ == "PROPN" else [c for c in owned.lefts if c.dep_ == "compound"]
    return any(_product_word(t) for t in names)


def _product_acronyms(doc: Doc) -> frozenset[str]:
    """Keys of short forms in brackets after a product's name: "Internet Explorer (IE)".

    The capitalized words before the bracket spell the short form; when the recognizer
    labelled none of them and the last is no word of a body's name, they name a thing,
    not a body, and the short form names that thing: it never speaks for a company.
    """
    found: set[str] = set()
    for token in doc[2:-1]:
        if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
            continue
        if not token.is_upper or not token.is_alpha:
            continue
        words = _spelt_name(doc, token.i - 1, len(token.text))
        if words and not _body_words(words):
            found.add(canonical_key(token.text))
    return frozenset(found)


def _spelt_name(doc: Doc, bracket: int, letters: int) -> list[Token]:
    """The capitalized words right before ``bracket`` whose initials spell as many letters."""
    start = bracket - letters
    if start < 0:
        return []
    words = list(doc[start:bracket])
    if not all(t.is_title and t.is_alpha for t in words):
        return []
    spelt = "".join(t.text[0] for t in words)
    return words if spelt == doc[bracket + 1].text else []


def _body_words(words: Sequence[Token]) -> bool:
    """True when ``words`` may name a body: labelled a name, or ending in a body's word."""
    head = words[-1].lower_
    labelled = any(t.ent_type_ and t.ent_type_ not in _PRODUCT_LABELS for t in words)
    return labelled or head in ORGANIZATION_HEADS or head in _COMPANY_HEADS


def _raw_mentions(doc: Doc, text: str) -> list[_Raw]:
    speaking = _speaking_surnames(doc)
    missed = [*_missed_people(doc, speaking), *_missed_companies(doc), *_era_places(doc)]
    found = [_without_possessive(_without_stray_quote(e)) for e in [*_entities(doc), *missed]]
    ents = sorted(
        _headline_names(doc, _role_led_people(doc, _with_nicknamed_people(doc, found))),
        key=lambda ent: ent.start,
    )
    mistyped = [e for e in ents if _mistyped_person(e, speaking) or _speaks_as_one(e)]
    people = [e for e in ents if e.label_ == "PERSON" or _titled_name(e)] + mistyped
    surnames = _person_surnames(people)
    raws: list[_Raw] = []
    for ent in ents:
        kind = EntityKind.PERSON if ent in mistyped else _KINDS.get(ent.label_)
        if kind is not EntityKind.PERSON and _lone_surname(ent, surnames):
            kind = EntityKind.PERSON  # "joined Menck": even a surname taken for a nationality
        if kind is None or _common_word(ent) or _coordinated_adjective(ent) or _uncased(ent):
            continue
        words = canonical_key(ent.text).split()
        titled = (
            _preceded_by_title(doc, ent)
            or (len(words) > 1 and words[0] in HONORIFICS)
            or (kind is EntityKind.PERSON and _has_title(words))
            or (kind is not EntityKind.PLACE and _titled_name(ent))
            or _in_person_apposition(ent)
        )
        plural = _plural_subject(ent)
        maker = _owns_product(ent)
        placed = _named_place(ent)
        if placed:
            kind = EntityKind.PLACE
        elif _field_of_study(ent):
            kind = EntityKind.OTHER
        for start, end in _pieces(ent):
            surface = text[start:end]
            person = kind is EntityKind.PERSON or titled
            key = strip_titles(surface, person=person)
            if not any(ch.isalpha() for ch in key):
                continue
            raws.append(_Raw(start, end, surface, key, kind, titled, plural, placed, maker))
    return raws


def _mistyped_person(ent: SpacySpan, speaking: dict[str, int]) -> bool:
    """True for a two-word person's name labelled neither a person nor an organization.

    The recognizer sometimes takes a name for a place or a work ("Ilse Marten" as a
    place); its surname speaking alone later makes it a person (:func:`_spoken_name`).
    An organization keeps its label: a firm or a team speaks by its short name too.
    """
    return (
        len(ent) == 2
        and ent.label_ not in ("PERSON", "ORG")
        and _spoken_name(ent.doc, ent.start, speaking)
    )


_FIRST_PERSON = _wordset("i me my mine myself")
"""Words by which one person speaks of themself; a body speaks as "we"."""
_SAID_CLAUSES = frozenset({"ccomp", "parataxis"})


def _speaks_as_one(ent: SpacySpan) -> bool:
    """True for a two-word name, labelled an organization, that speaks as "I".

    "“I had to go to class today,” Jahenns Manigat said": a bare pair of name words
    (:func:`_bare_pair`) that is the subject of a verb of speech whose said words
    speak in the first person singular names one person, not a body.
    """
    if ent.label_ != "ORG" or len(ent) != 2 or not _bare_pair(ent.doc, ent.start):
        return False
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(
        t.lower_ in _FIRST_PERSON and t.pos_ == "PRON"
        for clause in verb.children
        if clause.dep_ in _SAID_CLAUSES
        for t in clause.subtree
    )


def _acronym(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _SKIP_ACRONYM_WORDS)


def _abbreviates(short: str, full: str) -> bool:
    """True when key ``short`` is a trailing part or the acronym of key ``full``.

    A trailing part that names what the full name is named after is no short form:
    "Dravik" of "Radio Dravik" (a name led by its kind of body) or "Senna" of the "Gulf
    of Senna" is the place, not the outlet or the gulf.
    """
    short_words = short.split()
    full_words = full.split()
    if len(short_words) >= len(full_words):
        return False
    if full_words[-len(short_words) :] == short_words:
        head = full_words[: -len(short_words)]
        return head[0] not in ORGANIZATION_HEADS and "of" not in head
    return len(short_words) == 1 and (
        (len(short) >= 2 and short == _acronym(full_words)) or _led_initials(short, full_words)
    )


#: Generic last words a body's name may go without: "the U.S. Marshals Service" is
#: "the U.S. Marshals".
_GENERIC_BODY_TAILS = _wordset("service services department agency office bureau")


def same_body(first: str, second: str) -> bool:
    """True when two keys may name one body: one the acronym of the other, or one form.

    "AFC" is "American Football Conference" by its initials; "U. S. Marshal Service" and
    "U. S. Marshals" are one agency, a name in the singular or plural and without a
    generic last word (:data:`_GENERIC_BODY_TAILS`) being the same name; so are
    "Palmer Fire & Rescue" and "Palmer Fire and Rescue", "St" and "Mt" before a name
    being "Saint" and "Mount" (:data:`_SPELLED_OUT`); "Calif." is "California" clipped
    (:func:`_clipped`).
    """
    a, b = first.split(), second.split()
    if not a or not b or a == b:
        return False
    if _initials_of(a, b) or _initials_of(b, a) or initialed_lead(a, b) or initialed_lead(b, a):
        return True
    return _body_stem(a) == _body_stem(b) or _clipped(a, b) or _clipped(b, a)


#: The fewest letters of a name clipped to its start ("Ind." of "Indiana").
_MIN_CLIPPED = 3


def _clipped(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when one-word ``short`` is one-word ``full`` clipped to at most half its start.

    A state or province is written short with a stop, its name cut after a few letters
    ("Calif." of "California", "Mass." of "Massachusetts", "Penn." of "Pennsylvania").
    Half the name or less is cut off only so; a name that merely runs on a few letters
    past another ("Niger" and "Nigeria", "Rome" and "Romania") is another place.
    """
    if len(short) != 1 or len(full) != 1:
        return False
    cut, whole = short[0], full[0]
    return (
        len(cut) >= _MIN_CLIPPED
        and 2 * len(cut) <= len(whole)
        and whole.startswith(cut)
        and whole.isalpha()
    )


def initialed_lead(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when ``short`` is ``full`` with its leading words written as their initials.

    A place of two or more words that begins an outlet's or a body's name goes by its
    initials ("LA", "NY", "DC", "UK"): the "LA Times" is the "Los Angeles Times", the
    "NY Post" the "New York Post", the rest of the name being written alike; initials
    written with stops ("L.A. Times", key "l a times") are the same initials.
    """
    short = _joined_initials(short)
    if len(short) == 1 and (_initials_of(short, full) or _led_initials(short[0], full)):
        return True
    rest = len(short) - 1
    if rest < 1 or len(full) < len(short) + 1 or len(short[0]) < 2 or not short[0].isalpha():
        return False
    lead = full[: len(full) - rest]
    return list(full[-rest:]) == list(short[1:]) and short[0] == _acronym(lead)


def _joined_initials(words: Sequence[str]) -> list[str]:
    """``words`` with a leading run of single letters written as one word.

    A key spells initials with stops as letters apart ("L.A. Times" -> "l a times");
    "l a" is then the one word "la", as "LA Times" writes it.
    """
    letters = 0
    while letters < len(words) and len(words[letters]) == 1 and words[letters].isalpha():
        letters += 1
    if letters < 2:
        return list(words)
    return ["".join(words[:letters]), *words[letters:]]


#: The fewest letters of initials that take in a name's leading "The" ("THR").
_MIN_LED_INITIALS = 3


def _led_initials(short: str, full: Sequence[str]) -> bool:
    """True when ``short`` spells "The" and the initials of ``full`` ("thr", "hollywood reporter").

    A key leaves out the "The" a name opens with, which its initials may keep: "THR" is
    "The Hollywood Reporter".
    """
    return (
        len(short) >= _MIN_LED_INITIALS
        and len(full) >= 2
        and short.isalpha()
        and short == "t" + _acronym(full)
    )


def _initials_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when the one word ``short`` spells the initials of the words of ``full``."""
    return len(short) == 1 and len(full) > 1 and len(short[0]) >= 2 and short[0] == _acronym(full)


#: Words a name is written with in two forms: "&" is "and"; "St" before a name is "Saint"
#: ("St Mary's", not a street's "Bond St"), "Mt" is "Mount".
_SPELLED_OUT = {"&": "and", "st": "saint", "mt": "mount"}


def _spelled_out(words: Sequence[str]) -> list[str]:
    """The words of a name with "&", and "St" or "Mt" before another word, spelled out."""
    return [
        _SPELLED_OUT[w] if w in _SPELLED_OUT and (w == "&" or at < len(words) - 1) else w
        for at, w in enumerate(words)
    ]


def _body_stem(words: Sequence[str]) -> tuple[str, ...]:
    """A body's name in the singular, without a generic last word, its short words spelled out."""
    words = _spelled_out(words)
    if len(words) > 1 and words[-1] in _GENERIC_BODY_TAILS:
        words = words[:-1]
    return tuple(_singular(w) for w in words)


def _singular(word: str) -> str:
    """``word`` without a plural "s" ("marshals" -> "marshal"; "press" stays)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def leads(short: str, full: str) -> bool:
    """True when key ``short`` is the leading name of company key ``full``."""
    short_words = short.split()
    full_words = full.split()
    return (
        len(short_words) < len(full_words)
        and full_words[-1] in _COMPANY_HEADS
        and full_words[: len(short_words)] == short_words
        and not any(w in ORGANIZATION_HEADS for w in short_words)
    )


def _resolve(raws: list[_Raw], doc: Doc | None = None) -> list[str]:
    """Map each raw mention's key to the fullest key of the same name in the article.

    A bare surname two people named before share ("Dravik" after "Helena Dravik" and
    "Anton Dravik") goes to the one whose description its sentence repeats
    (:func:`_described`), else keeps its own key: which of them it is is not known.
    """
    keys = sorted({r.key for r in raws if r.label is not EntityKind.PLACE})
    people = {r.key for r in raws if r.label is EntityKind.PERSON or r.titled}
    works = _works(raws, doc)
    fuller: dict[str, list[str]] = {}
    for short in keys:
        matches = [full for full in keys if _abbreviates(short, full)]
        matches = _without_works_named_after(matches, works)
        if matches:
            fuller[short] = matches
    first_seen: dict[str, int] = {}
    for raw in raws:
        first_seen.setdefault(raw.key, raw.start)
    resolved: list[str] = []
    unsure: set[int] = set()
    for raw in raws:
        candidates = fuller.get(raw.key) if raw.label is not EntityKind.PLACE else None
        if not candidates and raw.label is not EntityKind.PLACE:
            # a company's leading name after its full name ("Veltrane Systems" ... "Veltrane");
            # a place keeps its own key ("Singapore Airlines" ... "Singapore said")
            leading = [k for k in keys if leads(raw.key, k) and first_seen[k] < raw.start]
            if len(leading) == 1:
                resolved.append(leading[0])
                continue
        given = _given_name_of(raw, people, first_seen) if not candidates else None
        if given is not None:
            resolved.append(given)
            continue
        if not candidates:
            resolved.append(raw.key)
            continue
        # Prefer the nearest full form mentioned before; else the first one after.
        before = [c for c in candidates if first_seen[c] < raw.start]
        namesakes = _namesakes(raw.key, [c for c in before if c in people], raws, doc)
        if doc is not None and len(namesakes) > 1:
            # two people of one surname: the one the sentence describes, else no guess
            described = _described(doc, raw, namesakes, raws, resolved)
            resolved.append(described or raw.key)
            if described is None:
                unsure.add(len(resolved) - 1)
            continue
        if before:
            resolved.append(max(before, key=lambda c: (first_seen[c], c)))
        else:
            resolved.append(min(candidates, key=lambda c: (first_seen[c], c)))
    # A full form that is itself a short form of a longer one ("Trump" -> ...) is chained.
    return [
        key if n in unsure else _final(key, fuller, first_seen) for n, key in enumerate(resolved)
    ]


_WORK_NOUNS = _wordset("""
    film movie biopic documentary docudrama book novel novella biography autobiography
    memoir play musical opera ballet song album show series miniseries sitcom episode
    poem painting exhibition
    """)
"""Nouns of works of art that name a title in apposition ("the 2005 film The Notorious ...")."""

_NAMING_VERBS = _wordset("called titled entitled")
"""Participles that put a title after the work noun they modify ("a book called ...")."""

_TITLE_MODIFIER_POS = frozenset({"NUM", "ADJ", "PROPN", "NOUN", "DET"})
"""Parts of speech of the words between a work noun and its title ("the 2006 HBO movie")."""

_TITLE_GAP = 3
"""Most modifier words between a work noun and its title, on either side."""


def _works(raws: Sequence[_Raw], doc: Doc | None) -> frozenset[str]:
    """Keys of works: names set beside a work noun as its title ("the film The Notorious ...").

    Such a name may end in a person's name without being that person. A name the
    recognizer labels a work without such a noun is not taken for one: its labels of
    headlines and captions are too loose.
    """
    found: set[str] = set()
    for raw in raws:
        span = doc.char_span(raw.start, raw.end, alignment_mode="expand") if doc else None
        if span is not None and (_work_before(span) or _work_after(span)):
            found.add(raw.key)
    return frozenset(found)


def _work_noun(token: Token) -> bool:
    """True for a lower-case noun of a work of art ("film", "book")."""
    return token.text.islower() and token.lemma_.lower() in _WORK_NOUNS


def _work_before(span: SpacySpan) -> bool:
    """True for a title after its work noun: "the 2005 film X", "the book, X", "a movie called X".

    Quotation marks and a comma may stand between them, as may a naming participle whose
    noun is a work's ("a biography by Ann Lee called X").
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_punct and "\n" not in doc[i].text:
        i -= 1
    if i >= 0 and doc[i].lower_ in _NAMING_VERBS:
        return _work_noun(doc[i].head) or (i > 0 and _work_noun(doc[i - 1]))
    for _ in range(_TITLE_GAP + 1):
        if i < 0 or "\n" in doc[i].text_with_ws:
            return False
        if _work_noun(doc[i]):
            return True
        if doc[i].pos_ not in ("NUM", "ADJ") and not doc[i].text[:1].isupper():
            return False
        i -= 1
    return False


def _work_after(span: SpacySpan) -> bool:
    """True for a title before a work noun set off by a comma: "X, a feature film"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct and doc[i].text != ",":
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    for _ in range(_TITLE_GAP + 1):
        if i >= len(doc) or doc[i].pos_ not in _TITLE_MODIFIER_POS:
            return False
        if _work_noun(doc[i]):
            following = doc[i + 1] if i + 1 < len(doc) else None
            return following is None or following.pos_ not in ("NOUN", "PART", "PROPN")
        i += 1
    return False


def _without_works_named_after(matches: Sequence[str], works: frozenset[str]) -> list[str]:
    """``matches`` without the works whose titles end in the short name.

    A film or book whose title ends in a name ("The Notorious Carla Vane", "A Nostalgic
    Look at Carla Vane") is another thing than the one it is named after, so the name
    ("Carla Vane", "Vane") keeps its own key.
    """
    return [m for m in matches if m not in works]


#: The fewest letters of a bare given name tied to a full name ("Al" names too many).
_MIN_GIVEN_NAME = 3


def _given_name_of(raw: _Raw, people: set[str], first_seen: dict[str, int]) -> str | None:
    """The one person named before whose given name the one-word mention ``raw`` is.

    "15-year-old Andreas Kostidis ... Andreas was among ..." names the person by first
    name once the full name is given; so does a short form of it ("Ben" after "Benjamin
    Dravik", :func:`may_shorten`). With two such people, which one is meant is not known.
    """
    if raw.label is not EntityKind.PERSON or " " in raw.key or len(raw.key) < _MIN_GIVEN_NAME:
        return None
    found = {
        key
        for key in people
        if len(key.split()) > 1
        and first_seen.get(key, raw.start) < raw.start
        and may_shorten([raw.key], key.split()[:1])
    }
    return found.pop() if len(found) == 1 else None


def _namesakes(
    surname: str, keys: Sequence[str], raws: Sequence[_Raw], doc: Doc | None
) -> list[str]:
    """The ``keys`` of distinct people named with ``surname``, if two or more.

    Each is a given name and the surname, the given name a proper noun of three letters
    or more as written ("Helena Dravik", not "M. Dravik", "Insp Dravik" or "Having
    Dravik"); names one of which may shorten the other ("Ben Dravik" and "Benjamin
    David Dravik") are one person.
    """
    if doc is None:
        return []
    found: list[list[str]] = []
    for key in keys:
        words = key.split()
        given = words[:-1]
        if words[-1] != surname or not given or not all(len(w) >= 3 for w in given):
            continue
        if any(w in PERSON_TITLES or w in HONORIFICS for w in given):
            continue
        if not _proper_given_name(key, raws, doc):
            continue
        if any(may_shorten(given, other) or may_shorten(other, given) for other in found):
            return []
        found.append(given)
    return [" ".join([*given, surname]) for given in found] if len(found) > 1 else []


def may_shorten(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when given names ``short`` may be a short form of ``full`` ("ben" of "benjamin")."""
    return all(any(f.startswith(w) for f in full) for w in short)


@lru_cache(maxsize=1)
def nicknamer() -> NickNamer:
    """The curated table of English given names and their short forms (read once)."""
    return NickNamer()


def _short_form(short: str, full: str) -> bool:
    """True when given name ``short`` is a common short form of ``full`` ("dave", "david").

    The forms come from the ``nicknames`` package's curated table, or are a pet form of
    the full name's stem (:func:`_pet_form`); "Ben" of "Benjamin" is also
    :func:`may_shorten`'s.
    """
    return full in nicknamer().canonicals_of(short) or _pet_form(short, full)


#: The ending of a pet form of a given name: "Andy", "Freddie", "Danny".
_PET_ENDING = re.compile(r"(?:y|ie)$")
#: The fewest letters of the stem a pet form keeps.
_PET_STEM = 3


def _pet_form(short: str, full: str) -> bool:
    """True when ``short`` is a pet form of ``full``: its stem and "-y"/"-ie" ("andy", "andreas").

    A doubled last letter of the stem is one ("danny" of "daniel").
    """
    stem = _PET_ENDING.sub("", short)
    if stem == short or len(stem) < _PET_STEM:
        return False
    if stem[-1] == stem[-2]:
        stem = stem[:-1]
    return len(stem) >= _PET_STEM and full != short and full.startswith(stem)


def one_given_name(first: Sequence[str], second: Sequence[str]) -> bool:
    """True when two people's given names may be one person's ("Ben"/"Benjamin", "Dave"/"David")."""
    if may_shorten(first, second) or may_shorten(second, first):
        return True
    if len(first) != len(second):
        return False
    return all(
        a == b or _short_form(a, b) or _short_form(b, a) or _respelled(a, b)
        for a, b in zip(first, second, strict=True)
    )


#: The shortest given name whose one-letter variant may be a respelling of it.
_MIN_RESPELLED = 5
#: The one pair of first letters that spell one sound ("Karolos", "Carolos"); other first
#: letters make other names ("Jason", "Mason").
_ONE_SOUND = frozenset("ck")


def _respelled(first: str, second: str) -> bool:
    """True when two given names are one spelt two ways: "Karolos" and "Carolos".

    Transliterations differ in one letter (one changed, added or dropped) of a name of
    at least :data:`_MIN_RESPELLED` letters. A difference in the last letter is left
    out: "Mario" and "Maria", "Daniel" and "Daniela" are different people; so is one in
    the first, save "c" for "k".
    """
    if min(len(first), len(second)) < _MIN_RESPELLED or abs(len(first) - len(second)) > 1:
        return False
    head = 0
    while head < min(len(first), len(second)) and first[head] == second[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(first), len(second)) - head
        and first[len(first) - 1 - tail] == second[len(second) - 1 - tail]
    ):
        tail += 1
    if tail == 0 or (head == 0 and {first[0], second[0]} != _ONE_SOUND):
        return False
    return (
        max(len(first), len(second)) - head - tail == 1
        and min(len(first), len(second)) - head - tail <= 1
    )


def _proper_given_name(key: str, raws: Sequence[_Raw], doc: Doc) -> bool:
    """True when the first word of a mention keyed ``key`` is a proper noun in the parse."""
    for raw in raws:
        if raw.key == key:
            span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
            return span is not None and span[0].pos_ == "PROPN"
    return False


_DESCRIBING_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _described(
    doc: Doc, raw: _Raw, namesakes: Sequence[str], raws: Sequence[_Raw], keys: Sequence[str]
) -> str | None:
    """The one of ``namesakes`` whose description the sentence of ``raw`` repeats, or None.

    "Opposition MP Anton Dravik ... former minister Helena Dravik ... the opposition MP
    Dravik said": the words titling or apposed to each full name ("opposition", "mp")
    found again in the sentence of the bare surname pick the person.
    """
    span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = {
        t.lemma_.lower() for t in span.sent if not span.start <= t.i < span.end and _describing(t)
    }
    scores: dict[str, int] = {}
    for other, key in zip(raws, keys, strict=False):
        if key in namesakes and other.key == key:
            scores[key] = max(scores.get(key, 0), len(_description(doc, other) & sentence))
    best = max(scores.values(), default=0)
    chosen = [key for key, score in scores.items() if score == best]
    return chosen[0] if best > 0 and len(chosen) == 1 else None


def _describing(token: Token) -> bool:
    """True for a content word that may describe a person ("minister", "opposition")."""
    return token.pos_ in _DESCRIBING_POS and token.is_alpha and not token.is_stop


def _description(doc: Doc, raw: _Raw) -> set[str]:
    """Words titling a person's full-name mention or apposed to it, lower-case lemmas."""
    span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if span is None:
        return set()
    words: set[str] = set()
    i = span.start - 1
    while i >= 0 and i >= span.start - 4 and _describing(doc[i]) and not doc[i].ent_type_:
        words.add(doc[i].lemma_.lower())
        i -= 1
    root = span.root
    apposed = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        apposed.append(root.head)
    for head in apposed:
        words.update(t.lemma_.lower() for t in head.subtree if _describing(t) and t not in span)
    return words


def _final(key: str, fuller: dict[str, list[str]], first_seen: dict[str, int]) -> str:
    seen = {key}
    while key in fuller:
        nxt = min(fuller[key], key=lambda c: (first_seen[c], c))
        if nxt in seen:
            break
        seen.add(nxt)
        key = nxt
    return key


def _vote_kind(key: str, members: Sequence[_Raw]) -> EntityKind:
    """Decide one kind per key from all of its mentions.

    A generic organization head word ("Herald", "Ministry") decides first, then a
    place noun the name completes ("the city of Bandar Abbas"), then a
    person title before any mention or a person role in apposition, then a plural
    verb after the name (a team or firm: "Real Castellan have"), then a two-word
    name labelled a person, then the majority label (ties: person, organization,
    place, other); a person so voted that owns a product by name ("Mozilla's
    Firefox") is an organization.
    """
    head = key.split()[-1]
    if head in ORGANIZATION_HEADS or head in _COMPANY_HEADS:
        return EntityKind.ORGANIZATION
    if any(m.placed for m in members):
        return EntityKind.PLACE
    if any(m.titled for m in members):
        return EntityKind.PERSON
    if any(m.plural for m in members):
        return EntityKind.ORGANIZATION
    if any(m.label is EntityKind.PERSON and len(m.key.split()) >= 2 for m in members):
        return EntityKind.PERSON
    votes = Counter(m.label for m in members)
    order = list(EntityKind)
    kind = max(votes, key=lambda kind: (votes[kind], -order.index(kind)))
    if kind is EntityKind.PERSON and any(m.maker for m in members):
        return EntityKind.ORGANIZATION  # "Mozilla's Firefox" ... "Mozilla said"
    return kind


def _known_forms(
    raws: Sequence[_Raw], keys: Sequence[str], kinds: dict[str, EntityKind]
) -> dict[tuple[str, ...], str]:
    """Word sequences that name a key of this article: keys, surfaces and unique surnames.

    A surname two people of the article share names neither, and is no form of its own:
    a bare surname the recognizer missed stays unnamed (counting it as a name of its own
    splits the people of one story across articles).
    """
    forms: dict[tuple[str, ...], str] = {}
    surnames: dict[str, set[str]] = {}
    for raw, key in zip(raws, keys, strict=True):
        forms.setdefault(tuple(key.split()), key)
        forms.setdefault(tuple(canonical_key(raw.text).split()), key)
        words = key.split()
        if kinds[key] is EntityKind.PERSON and len(words) >= 2 and len(words[-1]) >= 3:
            surnames.setdefault(words[-1], set()).add(key)
        if kinds[key] is EntityKind.ORGANIZATION and leads(" ".join(words[:-1]), key):
            surnames.setdefault(" ".join(words[:-1]), set()).add(key)
    for surname, owners in surnames.items():
        if len(owners) == 1:
            forms.setdefault(tuple(surname.split()), next(iter(owners)))
    return forms


_CAPITALIZED = re.compile(r"(?<![\w'’-])[^\W\d_](?:[^\W_]|-(?=\w)|['’](?=\w))*")


def _unlabelled(
    doc: Doc,
    text: str,
    raws: Sequence[_Raw],
    forms: dict[tuple[str, ...], str],
    people: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> list[_Raw]:
    """Mentions of the article's names that the recognizer missed ("Trump" in a headline).

    A form of one of the ``people`` keys that the recognizer took for a date or a figure
    is that person where it is a clause's subject (:func:`_mislabelled_subject`). A name
    other than one of the ``places`` that only opens a longer name ("Drellisk" of "The
    Drellisk Courier", :func:`_opens_name`) is no mention of it; a place opening one is
    kept, for the longer name to be read as what the place names.
    """
    found: list[_Raw] = []
    longest = max((len(form) for form in forms), default=0)
    first_words = {form[0] for form in forms if form}
    covered = {i for raw in raws for i in range(raw.start, raw.end)}
    resume = 0
    for match in _CAPITALIZED.finditer(text):
        word = match.group(0)
        if match.start() < resume or match.start() in covered or not word[0].isupper():
            continue
        if canonical_key(word) not in first_words:
            continue
        first = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if first is None or len(first) == 0 or first[0].idx != match.start():
            continue
        index = first[0].i
        for size in range(min(longest, len(doc) - index), 0, -1):
            window = doc[index : index + size]
            if any(t.is_space or t.idx in covered for t in window):
                continue
            start, end = window.start_char, window.end_char
            key = forms.get(tuple(canonical_key(text[start:end]).split()))
            if any(_labelled(t) for t in window) and not (
                key in people and _mislabelled_subject(window)
            ):
                continue
            if key is not None and key not in places and _opens_name(window):
                continue
            if key in people and _ends_other_name(window):
                continue
            if key is not None and window[-1].text[:1].isupper():
                found.append(_Raw(start, end, text[start:end], key, EntityKind.OTHER, False))
                resume = end
                break
    return found


def _opens_name(window: SpacySpan) -> bool:
    """True for words that open a longer name: "Drellisk" of "The Drellisk Courier".

    The last word is compounded with a capitalized proper noun right after it, so the
    known name is only a part of another (a newspaper, a club named after a town).
    """
    last = window[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.i == window.end
        and head.pos_ == "PROPN"
        and head.text[:1].isupper()
    )


def _ends_other_name(window: SpacySpan) -> bool:
    """True for a person's known name form that ends another full name ("Ilona Marrec").

    A name word (:func:`_name_word`) compounded with the form right before it is a
    given name the form's person does not bear: "Marrec" there is not "Pavel Marrec".
    """
    if window.start == 0:
        return False
    before = window.doc[window.start - 1]
    return (
        _name_word(before)
        and before.dep_ == "compound"
        and window.start <= before.head.i < window.end
        and before.whitespace_ == " "
    )


def _mislabelled_subject(window: SpacySpan) -> bool:
    """True for capitalized words, no figure, whose head is the subject of a clause.

    "Tarrow was sentenced", with "Tarrow" taken for a date: a known person's name that
    is what a verb tells of, written in letters alone, is that person, not a date.
    """
    return window.root.dep_ in ("nsubj", "nsubjpass") and all(
        t.is_alpha and t.text[:1].isupper() for t in window
    )


def _labelled(token: Token) -> bool:
    """True for a token the recognizer put in an entity that is no name ("Monday", "9").

    A name it labelled but :func:`_raw_mentions` dropped as a common word ("Sahl said",
    tagged a plural noun) may still be a known name of the article.
    """
    return bool(token.ent_type_) and token.ent_type_ not in _KINDS


def find_mentions(doc: Doc, article: Article) -> tuple[Mention, ...]:
    """Return the named-entity mentions of ``doc`` (the parse of ``article.text``).

    Spans are spaCy's entity spans (cut at line breaks), plus later or earlier uses of
    the same names that spaCy did not label; keys are resolved within the article and
    each key gets one kind, voted over its labelled mentions.
    """
    check_doc(doc, article)
    raws = _raw_mentions(doc, article.text)
    keys = _resolve(raws, doc)
    groups: dict[str, list[_Raw]] = {}
    for raw, key in zip(raws, keys, strict=True):
        groups.setdefault(key, []).append(raw)
    kinds = {key: _vote_kind(key, members) for key, members in groups.items()}
    for key in _product_acronyms(doc) & kinds.keys():
        kinds[key] = EntityKind.OTHER  # "Internet Explorer (IE)": a product, no body
    people = frozenset(key for key, kind in kinds.items() if kind is EntityKind.PERSON)
    places = frozenset(key for key, kind in kinds.items() if kind is EntityKind.PLACE)
    forms = _known_forms(raws, keys, kinds)
    for key in forms.values():
        kinds.setdefault(key, EntityKind.PERSON)  # a surname two people share
    extra = _unlabelled(doc, article.text, raws, forms, people, places)
    pairs = [*zip(raws, keys, strict=True), *((raw, raw.key) for raw in extra)]
    pairs.sort(key=lambda pair: pair[0].start)
    return tuple(Mention(Span(raw.start, raw.end), raw.text, key, kinds[key]) for raw, key in pairs)


def resolve_key(name: str, mentions: Sequence[Mention]) -> str:
    """Return the key among ``mentions`` that ``name`` refers to, else ``name``'s own key.

    ``name`` matches a key exactly, as its trailing words ("the Herald" ->
    "miami herald"), as its acronym, or as a longer form of it ("Nicolás Maduro Moros"
    -> "nicolas maduro"). Among several candidates the most mentioned wins, then the
    earliest mentioned.
    """
    plain = canonical_key(name)
    key = strip_titles(name)
    if not key:
        return plain
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in mentions:
        counts[mention.key] += 1
        first.setdefault(mention.key, mention.span.start)
    for variant in (plain, strip_titles(name, person=False), key):
        if variant in counts:
            return variant
    words = key.split()
    candidates = [
        k
        for k in counts
        if _abbreviates(key, k)
        or (len(k.split()) >= 2 and _is_subsequence(k.split(), words) and k.split()[-1] in words)
    ]
    if not candidates:
        candidates = [k for k in counts if leads(key, k)]
    if not candidates:
        return key
    return min(candidates, key=lambda k: (-counts[k], first[k], k))


def _is_subsequence(part: Sequence[str], whole: Sequence[str]) -> bool:
    iterator = iter(whole)
    return all(word in iterator for word in part)

"""Who a reporting cue credits: the speaker of a verb, and the source a noun names.

A source is a named entity (person, organization, outlet), a pronoun or description
resolved to one ("he", "the president", "the newspaper"), an anonymous informant
("sources familiar with the talks"), a document ("a statement from the ministry") or
an unnamed organization ("the ministry").

Relayed sources: when an anonymous source or a document is relayed by a named outlet
("a source quoted by the newspaper", "sources reporting in the Miami Herald"), the
statement is credited to the outlet(s) only, because the outlet is the nearest source
a reader can identify and check; the anonymous phrase stays the speaker. The same
holds for an anonymous source speaking to an outlet ("two officials told the Herald").
When the outlet cannot be identified the anonymous source is credited. A named person
speaking to an outlet ("Smith told the Herald") credits the person only: the outlet is
who heard the words, not their source.

The article's own outlet is never credited: "the Herald has not confirmed" in the
Herald states nothing on another's word, and "officials told the Herald" in the Herald
credits the officials.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..model import EntityKind, Mention, SourceKind
from ..text import canonical_key
from .cues import (
    ANONYMOUS_NOUNS,
    ANONYMOUS_QUALIFIERS,
    BUSINESS_KINDS,
    DOCUMENT_NOUNS,
    FIGURE_NOUNS,
    KIN_NOUNS,
    NON_OUTLET_HEADS,
    ORGANIZATION_NOUNS,
    OUTLET_NOUNS,
    QUALIFIED_ANONYMOUS_NOUNS,
    RESEARCH_NOUNS,
    ROLE_NOUNS,
    ArticleIndex,
    Source,
    is_age_description,
    looks_like_outlet_name,
    trailing_clause,
)
from .entities import PERSON_TITLES, everyday_words_name, resolve_key, strip_titles

__all__ = [
    "Frame",
    "appositive_subject",
    "frame_for_cue",
    "hung_speaker",
    "may_speak",
    "own_report",
    "source_of",
    "unrecognized_name",
]

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
_PHRASE_RIGHT_DEPS = frozenset({"prep", "amod", "acl", "compound", "nummod", "pobj", "nmod"})
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "conj", "advcl", "prep"})
_MAX_CLIMB = 4
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
_UNNAMED = frozenset({SourceKind.ANONYMOUS, SourceKind.DOCUMENT})
_NO_ONE = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})
"""Entity types that never speak, even as the subject of a cue ("Monday saw ...")."""
_IMPERSONAL_VERBS = frozenset({"seem", "appear"})
"""Verbs whose subject "it" is a placeholder, never an antecedent's pronoun."""
_NAME_DEPS = frozenset({"compound", "flat"})
STORY_BODIES = frozenset(
    {"organizer", "organiser", "prosecutor", "prosecution", "defence", "defense"}
)
"""Groups a news story names bare or with "the" ("organizers said", "prosecutors told the
court", "the defence argued"): the event's one organizing group, prosecution or defence
(the sides of a trial speak as bodies), one origin whichever outlet quotes it."""
_BODY_NAMES = {"prosecutor": "prosecution", "defense": "defence"}
"""The key word of a body named by its members or spelt otherwise: "prosecutors" are the
prosecution, "the defense" the defence."""
_BARE_ORGANIZATIONS = frozenset({"police"})
"""Organization nouns news names without "the" ("police said"): the event's one force."""
_NOT_DESCRIBING = frozenset(
    {"many", "several", "few", "other", "some", "various", "numerous", "more", "most", "two"}
)
"""Modifiers that pick some members of a body ("several prosecutors"), not the body."""
_PERSON_SUFFIX = re.compile(r"..(?:er|or|ist|ian|man|woman|person)$")
_PERSON_WORDS = frozenset(
    {"nurse", "medic", "paramedic", "surgeon", "patient", "passenger", "student", "pupil",
     "neighbour", "relative", "colleague", "friend", "guard", "soldier", "pilot", "parent",
     "wife", "husband", "son", "daughter", "brother", "sister", "cousin", "survivor",
     "bystander", "tenant", "shopkeeper", "villager", "commuter", "fan", "mourner", "guest",
     "delegate", "activist", "protester", "protestor", "midwife", "cleric", "monk",
     "staff", "personnel", "crew", "family", "clerk", "juror", "bailiff", "usher",
     "defendant", "plaintiff", "claimant", "registrar", "magistrate", "detective",
     "sheriff", "coach", "pastor", "priest", "captain", "lieutenant",
     "sergeant", "constable", "marshal", "chef", "principal", "dean", "nominee",
     "trustee", "spouse", "widow", "widower", "nephew", "niece", "uncle", "aunt"}
)  # fmt: skip
"""Nouns naming a person by occupation or tie that lack a person's ending ("-er", "-man":
"the jury foreman"), such as the people of a court ("a court clerk", "a juror")."""
_NOTICES = frozenset({"correction", "clarification", "erratum", "retraction"})
"""Heads of an outlet's notice about its own text ("Correction: ..."): never a source."""
_FORMER = frozenset(
    {"early", "earlier", "previous", "original", "prior", "old", "initial", "first"}
)
"""Words that make "version" or "edition" an earlier state of the article itself."""
_INFORMANT_NOUNS = ANONYMOUS_NOUNS | QUALIFIED_ANONYMOUS_NOUNS
"""Head nouns of an unnamed informant that "the" may refer back to ("the person")."""
_NOT_SOURCES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
)


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue and who it credits: ``speaker`` says the words, ``credited`` get the credit.

    ``credited`` is the speaker, or the outlets relaying an unnamed speaker (quoted by
    them or talking to them).
    """

    cue: str
    cue_index: int
    cue_start: int
    cue_end: int
    speaker: Source | None
    credited: tuple[Source, ...]


def _phrase(token: Token, limit: int | None = None) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``token``, before ``limit``."""
    first = token.doc[_hyphen_start(token)]
    start = min(token.left_edge.i, first.left_edge.i)  # "a co-worker": the whole word
    end = token.i + 1
    for child in token.rights:
        # "a memo first reported by X": a modifier's own adverb may open its words
        if child.dep_ not in _PHRASE_RIGHT_DEPS or child.left_edge.i != end:
            break
        end = child.right_edge.i + 1
    second = _described_twice(token)
    if second is not None and second.i >= end:
        end = second.i + 1  # "a local blogger and journalist"
    if limit is not None and token.i < limit:
        end = min(end, limit)
    while end - 1 > token.i and token.doc[end - 1].is_punct:
        end -= 1
    return start, end


def _described_twice(noun: Token) -> Token | None:
    """The second noun of one person described twice under one article, or None.

    "a local blogger and journalist": a single "a" before two singular common nouns
    joined by "and" makes one person, both of them; "a blogger and a journalist" are two.
    """
    if noun.tag_ != "NN" or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return None
    conjoined = [c for c in noun.children if c.dep_ == "conj"]
    joined = [c for c in noun.children if c.dep_ == "cc"]
    if len(conjoined) != 1 or len(joined) != 1 or joined[0].lower_ != "and":
        return None
    second = conjoined[0]
    if second.tag_ != "NN" or any(c.dep_ in ("det", "conj") for c in second.children):
        return None
    return second


def _phrase_source(
    token: Token, bounds: tuple[int, int], kind: SourceKind, key: str | None = None
) -> Source:
    """A source named by the phrase of ``token`` itself (anonymous, document, generic)."""
    doc = token.doc
    start, end = bounds
    whole = doc[start:end]
    if doc[start].lower_ in _DEFINITE or doc[start].lower_ in ("a", "an"):
        start = min(start + 1, token.i)
    if kind is SourceKind.DOCUMENT:
        end = _name_end(token, start, end)
    name = doc[start:end].text
    if _lowered(doc[start]) and name[:1].isupper() and not name[1:2].isupper():
        name = name[0].lower() + name[1:]
    key = key or canonical_key(name)
    return Source(name, key, kind, whole.start_char, whole.end_char, False)


def _lowered(word: Token) -> bool:
    """True for a first word whose capital is the sentence's, not a name's ("Officials").

    A proper noun or a word of a named entity ("Egyptian") keeps its capital.
    """
    return word.pos_ != "PROPN" and not word.ent_type_


def _name_end(token: Token, start: int, end: int) -> int:
    """Where the name of the document headed by ``token`` ends, before its description.

    "a Metro 8 News exit poll of voters leaving 40 polling places on Tuesday" is the
    Metro 8 News exit poll: an "of" with lower-case words, a participle clause or a
    time after a named document describe it, and are no part of its name ("of the
    Ombudsman" names whose it is). A document named by no name of its own keeps its
    description, the only words telling it apart.
    """
    if not any(_name_word(t) for t in token.doc[start : token.i]):
        return end
    for child in token.rights:
        if child.i >= end:
            break
        if _describes_document(child):
            return child.left_edge.i
    return end


def _name_word(token: Token) -> bool:
    """True for a word of a name: a proper noun, or a capital not opening the sentence."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)


def _describes_document(child: Token) -> bool:
    """True for a right modifier that describes a document rather than naming it."""
    if child.dep_ in ("acl", "relcl") and child.tag_ in ("VBG", "VBN"):
        return True  # "a poll conducted by ...", "a survey released on Monday"
    if child.dep_ != "prep":
        return False
    objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    if any(o.ent_type_ in ("DATE", "TIME") for o in objects):
        return True  # "a poll on Tuesday"
    # "of voters leaving ...", not "of the Ombudsman"
    return child.lower_ == "of" and bool(objects) and all(o.pos_ != "PROPN" for o in objects)


def _outlets_within(ix: ArticleIndex, start: int, end: int, head: Token) -> list[Source]:
    """Outlets named inside tokens ``[start, end)``, other than by ``head`` itself."""
    found: list[Source] = []
    seen: set[str] = set()
    for i in range(start, end):
        if i == head.i:
            continue
        token = ix.doc[i]
        mention = ix.mention_of.get(i)
        source: Source | None = None
        if mention is not None and ix.kinds.get(mention.key) is SourceKind.OUTLET:
            source = ix.entity_source(mention.key, mention.span.start, mention.span.end)
        elif mention is None and _unlabelled_outlet(ix, token) is not None:
            source = _unlabelled_outlet(ix, token)
        elif mention is None and token.lower_ in OUTLET_NOUNS and _definite(token):
            key = ix.resolve_outlet(token.idx)
            if key is not None:
                phrase = ix.doc[token.left_edge.i : token.i + 1]
                source = ix.entity_source(key, phrase.start_char, phrase.end_char)
        if source is not None and source.key not in seen:
            seen.add(source.key)
            found.append(source)
    return found


def _unlabelled_outlet(ix: ArticleIndex, token: Token) -> Source | None:
    """The outlet whose name the recognizer missed that starts at ``token``, or None.

    "first reported by The Drellisk Courier": the name the index recorded by its
    newspaper word (:meth:`ArticleIndex.outlets`), credited as the outlet it is.
    """
    at = bisect_left(ix.outlets, (token.idx, ""))
    if at == len(ix.outlets) or ix.outlets[at][0] != token.idx:
        return None
    key = ix.outlets[at][1]
    if ix.kinds.get(key) is not SourceKind.OUTLET:
        return None
    name = ix.display.get(key, token.text)
    return ix.entity_source(key, token.idx, token.idx + len(name))


def _body_name(ix: ArticleIndex, token: Token) -> str | None:
    """The key of the one body a story names by ``token`` ("river police"), or None.

    "police", "river police", "federal prosecutors", "the organisers": a body noun
    with no modifier but "the" and lower-case words that say which body it is, is the
    story's one such body, whichever outlet quotes it. A number, a possessive, a name
    or a modifier that picks some of its members ("two officers", "several
    prosecutors") makes it no body of the story (None).
    """
    words: list[str] = []
    for child in token.lefts:
        if child.dep_ == "det" and child.lower_ == "the":
            continue
        describes = child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ")
        if not describes or child.i in ix.mention_of or child.lower_ in _NOT_DESCRIBING:
            return None
        if any(True for _ in child.children):
            return None
        words.append(child.lower_)
    lemma = token.lemma_.lower()
    return canonical_key(" ".join([*words, _BODY_NAMES.get(lemma, lemma)])) or None


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def _organization_noun(token: Token) -> bool:
    """True for a common noun naming an organization ("service", "ministry")."""
    return (token.pos_ == "NOUN" and token.lemma_.lower() in ORGANIZATION_NOUNS) or (
        _common_body_noun(token)
    )


def _names_body(ix: ArticleIndex, mention: Mention, head: Token) -> bool:
    """True when the name ``mention`` says which body the noun ``head`` is.

    A name before a body's common nouns ("the Carrowmere fire brigade") names the body,
    as a place does, even when the recognizer took it for a person's: no person's name
    leads a fire brigade's. Right before the noun ("the Trump administration") it may
    be the person's.
    """
    tokens = ix.token_range(mention.span.start, mention.span.end)
    if not tokens or tokens[-1] >= head.i:
        return False
    return any(t.pos_ == "NOUN" for t in ix.doc[tokens[-1] + 1 : head.i])


_EMPLOYED = frozenset({"staff", "personnel", "crew", "worker", "employee", "staffer"})
"""Nouns naming some of an organization's people, who are not the organization."""
_ON_RECORD_MEMBERS = RESEARCH_NOUNS | frozenset({"analyst"})
"""Members whose words their body publishes ("Tessmoor University researchers said")."""


def _employed_people(token: Token) -> bool:
    """True for a noun naming unnamed people of a body ("officials", "employees", "staff").

    "Two Tarrow Shipping employees said", "Tarrow Shipping officials said": the name
    before the noun says whose people speak, not that the body speaks on record, as
    with "employees of Tarrow Shipping"; researchers and analysts are the exception,
    whose findings and notes their body publishes.
    """
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in _ON_RECORD_MEMBERS:
        return False
    return lemma in ANONYMOUS_NOUNS or lemma in _EMPLOYED or token.lower_ in _EMPLOYED


def _area_body(ix: ArticleIndex, mention: Mention) -> Source | None:
    """The body a name and a lower-case body noun after it name: "Kessel police".

    "Kessel police" is the force spelled "Kessel Police" elsewhere: one body, keyed by
    both words, never the place (or a person the recognizer took the place for).
    """
    tokens = ix.token_range(mention.span.start, mention.span.end)
    if not tokens or tokens[-1] + 1 >= len(ix.doc):
        return None
    noun = ix.doc[tokens[-1] + 1]
    if noun.i in ix.mention_of or not noun.text.islower():
        return None
    if noun.lemma_.lower() not in _BARE_ORGANIZATIONS or noun.dep_ == "compound":
        return None
    start, end = ix.doc[tokens[0]].idx, noun.idx + len(noun)
    key = canonical_key(ix.article.text[start:end])
    return Source(ix.article.text[start:end], key, SourceKind.ORGANIZATION, start, end, True)


def _earlier_area_body(ix: ArticleIndex, token: Token) -> Source | None:
    """The force a bare "police" refers back to: the last one the article named.

    "A statement from Kessel police said ... Police claim ...": the same force, not
    some other body of the story.
    """
    lemma = token.lemma_.lower()
    for i in range(token.i - 1, 0, -1):
        word = ix.doc[i]
        if word.lemma_.lower() != lemma:
            continue
        mention = ix.mention_of.get(i)
        if mention is not None and mention.key.endswith(" " + lemma):
            return ix.entity_source(mention.key, mention.span.start, mention.span.end)
        named = unrecognized_name(ix, word) if word.pos_ == "PROPN" else None
        if mention is None and named is not None and named.key.endswith(" " + lemma):
            return named
        before = ix.mention_of.get(i - 1)
        area = _area_body(ix, before) if before is not None else None
        if area is not None:
            return area
    return None


def _named_compound(ix: ArticleIndex, token: Token) -> bool:
    """True when a name is compounded with ``token``: "Brennmoor police", "Senate panel"."""
    return any(c.dep_ == "compound" and c.i in ix.mention_of for c in token.children)


def source_of(
    ix: ArticleIndex, token: Token, limit: int | None = None
) -> tuple[Source | None, tuple[Source, ...]]:
    """Resolve the noun (or pronoun) ``token`` naming a source: (source, relaying outlets).

    ``limit`` is the index of the cue when the phrase precedes it: the phrase stops
    there. Returns ``(None, ())`` when the words name nothing that can be a source.
    """
    if _notice(token):
        return None, ()
    abbreviated = _abbreviated_title(ix, token)
    if abbreviated is not None:
        # "said Dist. Atty. Steve Cooley": the parser's subject is the title
        return abbreviated, ()
    mention = ix.mention_of.get(token.i)
    placed = _place_authority(ix, token, limit) if mention is None else None
    if placed is not None:
        return placed, ()
    if mention is None:
        named = [
            ix.mention_of[c.i]
            for c in sorted(token.children, key=_apposed_first)
            if c.dep_ in ("appos", "compound", "flat") and c.i in ix.mention_of
        ]
        if _employed_people(token) or _described_twice(token) is not None:
            # "two Tarrow Shipping employees", "a Corvel blogger and journalist": the
            # company's people, or one person it describes, not the company
            compounds = [c.i for c in token.lefts if c.dep_ == "compound"]
            named = [m for m in named if all(ix.mention_of.get(i) != m for i in compounds)]
        named = named or _titled_next(ix, token) or _closing_apposition(ix, token)
        # "former Massachusetts congressman Barney Frank": the person, not the place
        people = [m for m in named if ix.kinds.get(m.key) is SourceKind.PERSON]
        if _organization_noun(token):
            # "the Carrowmere fire brigade": the brigade, whatever label the town got
            people = [m for m in people if not _names_body(ix, m, token)]
            named = [
                m for m in named if m in people or ix.kinds.get(m.key) is not SourceKind.PERSON
            ]
        if not people and _organization_noun(token):
            # "the Dresden fire brigade": the brigade, not the town; but "the Kremlin
            # press service" is the Kremlin's
            named = [m for m in named if m.kind is not EntityKind.PLACE]
        if named and token.pos_ == "PROPN":
            longer = _longer_name(ix, token, named, person=bool(people))
            if longer is not None:
                return longer, ()
        mention = people[0] if people else named[0] if named else None
    described = _described_name(token, mention)
    if described is not None:
        return described, ()
    area = _area_body(ix, mention) if mention is not None else None
    if area is not None and area.end == token.idx + len(token):
        # "Kessel police said": the force, as "Kessel Police" is
        return area, ()
    if mention is not None:
        namesake = _later_namesake(ix, mention)
        if namesake is not None:
            return namesake, ()
        source = ix.entity_source(mention.key, mention.span.start, mention.span.end)
        return _numbered(ix, source), ()
    role_holder = _capital_role_holder(ix, token)
    if role_holder is not None:
        # "the District Attorney said" after "District Attorney Steve Cooley": him
        return role_holder, ()
    if token.pos_ == "PROPN" and not _common_body_noun(token) and not _uncapitalized(token):
        if token.ent_type_ in _NOT_SOURCES and not _known_person(ix, token):
            return None, ()
        return unrecognized_name(ix, token), ()
    the_name = _the_name(ix, token)
    if the_name is not None:
        # "according to The Playlist", "..., The Reporter said": a name, not a role
        return the_name, ()
    if token.pos_ == "PRON":
        if token.lower_ in ("it", "they"):
            return _organization_pronoun(ix, token), ()
        unnamed = _unnamed_last_speaker(ix, token)
        if unnamed is not None:
            return unnamed
        reported = _reported_subject(ix, token)
        if reported is not None:  # a named person, also one the recognizer missed
            return replace(reported, start=token.idx, end=token.idx + len(token)), ()
        key = ix.resolve_pronoun(token)
        if key is None:
            return _unlabelled_person(ix, token), ()
        return ix.entity_source(key, token.idx, token.idx + len(token)), ()
    lemma = token.lemma_.lower()
    lower = token.lower_
    start, end = _phrase(token, limit)
    phrase = ix.doc[start:end]
    words = {t.lower_ for t in phrase}
    title = _titled_after(ix, token) if token.pos_ == "NOUN" else None
    if title is not None:
        # "Indiewire's blog The Playlist reported": the blog, by its name
        return title, ()
    if lower in OUTLET_NOUNS or lemma in OUTLET_NOUNS:
        key = ix.resolve_outlet(token.idx) if _definite(token) else ix.next_outlet(token.idx)
        if key is None:
            return None, ()
        return ix.entity_source(key, phrase.start_char, token.idx + len(token)), ()
    author = _tally_author(ix, token) if token.pos_ == "NOUN" else None
    if author is not None:
        # "a tally by the Northern Courier", "the ministry's estimate": its maker's figure
        return _renamed(author, phrase.start_char, phrase.end_char), ()
    if lemma in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS:
        found = _outlets_within(ix, start, end, token)
        relays = tuple(r for r in found if not _own(ix, r))
        owner = _document_owner(ix, token, (start, end))
        publisher = _publisher(ix, token) if owner is None else None
        maker = _unlabelled_maker(ix, token, _MAKER_PREPS) if owner is None else None
        publisher = publisher or maker
        area = _area_body(ix, owner) if owner is not None else None
        key = area.key if area else owner.key if owner else publisher.key if publisher else None
        if key is None and _definite(token):
            referent = _earlier_document(ix, token, lemma)
            if referent is not None:
                # "a filing by Vale Power ... The filing to the board says": that filing
                source, relays = referent
                return _renamed(source, phrase.start_char, phrase.end_char), relays
        if not relays and key is None and (len(found) > len(relays) or _bare_plural(token)):
            # "according to reports", "documents seen by the Herald" in the Herald: no
            # document anyone could look up; unnamed sources.
            return _phrase_source(token, (start, end), SourceKind.ANONYMOUS), ()
        return _phrase_source(token, (start, end), SourceKind.DOCUMENT, key), relays
    if (lemma in _INFORMANT_NOUNS or lemma in ROLE_NOUNS) and _bare_definite(token):
        referred = _earlier_anonymous(ix, token, lemma)
        if referred is not None:
            source, relays = referred
            return _renamed(source, phrase.start_char, phrase.end_char), relays
    if lemma in STORY_BODIES and (lemma not in ROLE_NOUNS or token.tag_ == "NNS"):
        # "prosecutors told the court", "the organizers said": the story's one body
        # (a prosecutor is one person, by role)
        body = _body_name(ix, token)
        if body is not None:
            return _phrase_source(token, (start, end), SourceKind.ORGANIZATION, body), ()
    office = _office_holder(ix, token, (start, end)) if lemma in ANONYMOUS_NOUNS else None
    if office is not None:
        # "the returning officer said": one official on record, named by the office
        return office
    anonymous = lemma in ANONYMOUS_NOUNS or lower in ANONYMOUS_NOUNS
    if not anonymous and lemma in QUALIFIED_ANONYMOUS_NOUNS:
        anonymous = bool(words & ANONYMOUS_QUALIFIERS)
    if anonymous:
        outlets = _outlets_within(ix, start, end, token)
        return _phrase_source(token, (start, end), SourceKind.ANONYMOUS), tuple(outlets)
    team = _research_team(ix, token)
    if team is not None:
        # "researchers at the University of Tessmoor": the university, on record
        return _renamed(team, phrase.start_char, phrase.end_char), ()
    age = is_age_description(ix.doc[token.left_edge.i : token.i + 1].text.split(" ")[-1])
    if lemma in ROLE_NOUNS or age:
        return _role_source(ix, token, lemma, start, end, age=age), ()
    apposed = _apposed_body(ix, token)
    if apposed is not None:
        # "according to the charity Diabetes Action": the name, not an earlier body
        return apposed, ()
    holder = _personal_office(ix, token) if lemma in _PERSONAL_OFFICES else None
    if holder is not None:
        # "her office said", "Vance's office said": the governor's own voice
        return ix.entity_source(holder, phrase.start_char, phrase.end_char), ()
    if lemma in ORGANIZATION_NOUNS:
        if not _definite(token) and not _named_compound(ix, token):
            body = _body_name(ix, token) if lemma in _BARE_ORGANIZATIONS else None
            earlier = _earlier_area_body(ix, token) if body == lemma else None
            if earlier is not None:
                # "Kessel police said ... Police claim": that force again
                return _renamed(earlier, phrase.start_char, phrase.end_char), ()
            if body is not None:
                # "police said", "river police said": the story's one force, as "the
                # river police" is (officials, by contrast, are anyone's)
                return _phrase_source(token, (start, end), SourceKind.ORGANIZATION, body), ()
            return None, ()
        key = ix.resolve_organization(token)
        if key is not None and _made_thing(ix, key):
            # "Internet Explorer (IE) ... the software giant said": the maker, not the product
            key = _earlier_body(ix, token)
        if key is not None and lemma in BUSINESS_KINDS and _market_name(ix, key):
            # "Shares in Kelvar fell in Ostervik trading. The company said": not the market
            key = _listed_company(ix, token)
        if key is not None:
            return ix.entity_source(key, phrase.start_char, phrase.end_char), ()
        earlier = _bare_reference(ix, token)
        if earlier is not None:
            return _renamed(earlier, phrase.start_char, phrase.end_char), ()
        return _phrase_source(token, (start, end), SourceKind.ORGANIZATION), ()
    publisher = _publisher(ix, token) if token.pos_ == "NOUN" else None
    if publisher is not None:
        # "preliminary results published by the electoral commission": its document
        return _phrase_source(token, (start, end), SourceKind.DOCUMENT, publisher.key), ()
    if token.pos_ == "NOUN" and (_PERSON_SUFFIX.search(lemma) or lemma in _PERSON_WORDS):
        titled = _titled_earlier(ix, token)
        if titled is not None:
            # "City council member Ivar Selmer ... The council member said": that person
            return ix.entity_source(titled, phrase.start_char, token.idx + len(token)), ()
        # an unnamed person by occupation or role: "the narrator", "one questioner"
        return _phrase_source(token, (start, end), SourceKind.ANONYMOUS), ()
    return None, ()


_AUTHORITY_NOUNS = frozenset({"authority", "authorities", "official", "prosecutor"})
"""Plural nouns that, led by a place, name that place's authority ("Texas authorities")."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _names_place(ix: ArticleIndex, word: Token) -> bool:
    """True for a capitalized place name or place adjective ("Texas", "Greek")."""
    if not word.is_title and not word.is_upper:
        return False
    mention = ix.mention_of.get(word.i)
    if mention is not None and (mention.kind is EntityKind.PLACE or mention.key in ix.places):
        return True
    return word.ent_type_ in _PLACE_LABELS


def _place_authority(ix: ArticleIndex, token: Token, limit: int | None) -> Source | None:
    """The authority of a place a plural authority noun names ("Texas authorities"), or None.

    "According to Texas authorities", "Georgia prosecutors say": the place's own
    authorities (prosecution), one body on record whichever outlet quotes it, not the
    place itself and no unnamed informant.
    """
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or lemma not in _AUTHORITY_NOUNS:
        return None
    places = [
        c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and _names_place(ix, c)
    ]
    if not places:
        return None
    start, end = _phrase(token, limit)
    first = places[0].left_edge.i
    words = [t.text for t in ix.doc[first : token.i]] + [_BODY_NAMES.get(lemma, token.lower_)]
    key = canonical_key(" ".join(words))
    return _phrase_source(token, (start, end), SourceKind.ORGANIZATION, key)


_NUMBER_WORDS = frozenset({"no", "nos", "number", "num"})
_NUMBER_AFTER = re.compile(r"\.?[ \t]*#?\d+\b")


def _numbered(ix: ArticleIndex, source: Source) -> Source:
    """``source`` with the number its name ends on ("Juror No. 8"), not cut before it.

    A name that ends in the word "No." or "Number" is only whole with the number
    after it: "Juror No" alone would make every numbered juror one source.
    """
    words = source.name.split()
    if not words or words[-1].lower().rstrip(".") not in _NUMBER_WORDS:
        return source
    found = _NUMBER_AFTER.match(ix.text, source.end)
    if found is None:
        return source
    name = ix.text[source.start : found.end()]
    return Source(name, canonical_key(name), source.kind, source.start, found.end(), source.entity)


def _bare_surname(ix: ArticleIndex, mention: Mention) -> str | None:
    """The surname ``mention`` names a person by alone ("Wilhelm" for David Wilhelm), or None."""
    words = mention.key.split()
    if ix.kinds.get(mention.key) is not SourceKind.PERSON or len(words) < 2:
        return None
    return words[-1] if canonical_key(mention.text) == words[-1] else None


def _relative_name(ix: ArticleIndex, kin: Token, surname: str) -> tuple[str, int] | None:
    """The full name of a relative introduced by given name, and where, or None.

    "Wilhelm's widow, Candee" (or "his widow, Candee" of a Wilhelm) introduces Candee
    Wilhelm: a kin noun whose possessor bears ``surname``, with a given name in
    apposition. The relative shares the surname the article goes on using.
    """
    owners = [c for c in kin.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.pos_ == "PRON":
        key = ix.resolve_pronoun(owner) if owner.lower_ in _POSSESSIVE_PRONOUNS else None
    else:
        mention = ix.mention_of.get(owner.i)
        key = mention.key if mention is not None else None
    if key is None or key.split()[-1] != surname:
        return None
    for given in kin.rights:
        if given.dep_ != "appos" or given.pos_ != "PROPN" or not given.is_title:
            continue
        words = [t for t in given.subtree if t.pos_ == "PROPN"]
        name = " ".join(t.text for t in words)
        if canonical_key(name).split()[-1] != surname:
            name = f"{name} {surname.title()}"
        return name, given.idx
    return None


def _later_namesake(ix: ArticleIndex, mention: Mention) -> Source | None:
    """The relative a bare surname names when introduced after its first bearer, or None.

    "Nichols killed agent David Wilhelm. Wilhelm's widow, Candee, spoke. 'It was
    evil,' said Wilhelm": the bare surname is the most recently introduced bearer of
    it, the widow, not the man named in full before her.
    """
    surname = _bare_surname(ix, mention)
    if surname is None:
        return None
    full = [
        m.span.start
        for m in ix.mentions
        if m.key == mention.key and m.span.start < mention.span.start and m.text != mention.text
    ]
    after = max(full, default=0)
    found: tuple[str, int] | None = None
    for token in ix.doc[ix.token_at(after) : ix.token_at(mention.span.start)]:
        if token.lemma_.lower() in KIN_NOUNS and not ix.in_quote[token.i]:
            relative = _relative_name(ix, token, surname)
            if relative is not None and relative[1] > after:
                found = relative
    if found is None:
        return None
    name = found[0]
    key = canonical_key(name)
    return Source(name, key, SourceKind.PERSON, mention.span.start, mention.span.end, True)


def _titled_earlier(ix: ArticleIndex, token: Token) -> str | None:
    """The person a definite role description names by a title given before, if any.

    "the council member" after "City council member Ivar Selmer" is Ivar Selmer: the
    article introduced that person with the same role words (see
    :meth:`ArticleIndex.titled_person`). A possessed role ("his council member"), an
    indefinite one ("a council member") or a plural one ("the two jurors": several
    people) names nobody introduced before.
    """
    if not _definite(token) or any(c.dep_ == "poss" for c in token.children):
        return None
    if token.tag_ in _PLURAL_TAGS:
        return None
    titled = ix.titled_person(token)
    return titled[0] if titled is not None else None


_TITLE_ABBREVIATIONS = PERSON_TITLES | frozenset(
    {"atty", "dist", "asst", "dep", "assoc", "supt", "sgt", "det", "gov", "lt", "sen"}
)
"""Words shortened with a full stop before a name ("Dist. Atty.", "Lt. Gov.", "Sgt.")."""


def _title_abbreviation(token: Token) -> bool:
    """True for a title shortened with a full stop ("Atty.", "Gov.")."""
    return token.text.endswith(".") and token.lower_.rstrip(".") in _TITLE_ABBREVIATIONS


def _abbreviated_title(ix: ArticleIndex, token: Token) -> Source | None:
    """The person named after the abbreviated titles ``token`` ends, or None.

    "Dist. Atty. Steve Cooley": the titles are no part of the name, and the person is
    the one they introduce, whichever word the parser took for the subject.
    """
    if not _title_abbreviation(token):
        return None
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and _title_abbreviation(doc[after]):
        after += 1
    mention = ix.mention_of.get(after)
    if mention is None or ix.kinds.get(mention.key) is not SourceKind.PERSON:
        return None
    first = token.i
    while first > 0 and _title_abbreviation(doc[first - 1]):
        first -= 1
    return ix.entity_source(mention.key, doc[first].idx, mention.span.end)


def _capital_role_holder(ix: ArticleIndex, token: Token) -> Source | None:
    """The person a capitalized definite title names ("the District Attorney"), if any.

    The parser takes "the District Attorney" for a name; it is the person the article
    introduced with that title ("District Attorney Steve Cooley"), see
    :func:`_titled_earlier`.
    """
    if token.pos_ != "PROPN" or token.lemma_.lower() not in ROLE_NOUNS:
        return None
    titled = _titled_earlier(ix, token)
    if titled is None:
        return None
    start = token.left_edge.idx if _definite(token) else token.idx
    return ix.entity_source(titled, start, token.idx + len(token))


_TALLY_NOUNS = frozenset(
    {"tally", "count", "estimate", "total", "toll", "figure", "number", "calculation",
     "projection", "reckoning", "result", "return"}
)  # fmt: skip
"""Nouns of a figure someone made ("a tally", "an estimate", "results"): the maker's word."""
_MAKER_PREPS = frozenset({"by", "from"})
"""Prepositions naming who made a figure: "a tally by X", "results from X"."""
_AUTHORS = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.OUTLET})


def _tally_author(ix: ArticleIndex, token: Token) -> Source | None:
    """Who made the figure ``token`` names ("a tally by X", "results from X", "X's count").

    A count, tally or estimate is its maker's statement of the figure: another outlet's
    tally is that outlet's word, as "the outlet reported" would be. Only a named or
    resolved person, organization or outlet makes one; the article's own outlet is
    left to the caller (its own tally is its own reporting).
    """
    if token.lemma_.lower() not in _TALLY_NOUNS:
        return None
    makers = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    for link in token.children:
        if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ in _MAKER_PREPS):
            makers.extend(c for c in link.children if c.dep_ == "pobj")
    for maker in makers:
        source, _ = source_of(ix, maker)
        if source is not None and source.kind in _AUTHORS and source.key != ix.own_outlet:
            return source
    return None


_PERSONAL_OFFICES = frozenset({"office"})
"""Bodies that serve one person and speak for them ("her office", "Vance's office")."""
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})


def _personal_office(ix: ArticleIndex, token: Token) -> str | None:
    """Key of the person whose office ``token`` is, or None.

    "Governor Petra Vance declared ..., her office said": an office that serves one
    person states what that person does and says, so it is that person's voice: "her"
    as a subject "she" would be resolved, a possessor named ("Vance's office"), or a
    role titling a person named before ("the governor's office").
    """
    owners = [c for c in token.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.lower_ in _POSSESSIVE_PRONOUNS:
        return ix.resolve_pronoun(owner)
    mention = ix.mention_of.get(owner.i)
    if mention is not None:
        return mention.key if ix.kinds.get(mention.key) is SourceKind.PERSON else None
    if owner.pos_ == "NOUN" and _definite(owner):
        titled = ix.titled_person(owner)
        return titled[0] if titled is not None else None
    return None


_RANKS = _NOT_DESCRIBING | frozenset(
    {"senior", "top", "junior", "high-ranking", "ranking", "former", "veteran", "mid-level",
     "low-level", "local", "another", "one", "unnamed", "anonymous", "second", "third"}
)  # fmt: skip
"""Modifiers that rank or count unnamed members ("the senior official"), naming no office."""
_OFFICE_MODIFIERS = frozenset({"amod", "compound"})


def _office_holder(
    ix: ArticleIndex, token: Token, bounds: tuple[int, int]
) -> tuple[Source, tuple[Source, ...]] | None:
    """The one official a definite description of an office names, or None.

    "the returning officer", "the chief negotiator", "the lead investigator": "the",
    words that say which office, and a singular informant noun name the one holder
    of that office in the story, on record by title as "the mayor" or "police" are,
    so the same official is one origin whichever outlet quotes them. Words that rank
    or count unnamed members ("the senior official"), a qualifier of anonymity ("the
    officer familiar with ..."), or a bare noun ("the official") name no office; the
    description of an unnamed speaker just before ("a police officer said ... the
    police officer added") refers back to that speaker.
    """
    owner = _place_owner(token)
    if token.tag_ != "NN" or not (
        owner is not None or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return None
    modifiers = [c for c in token.lefts if c.dep_ != "det" and c != owner]
    if not modifiers or any(
        c.dep_ not in _OFFICE_MODIFIERS or c.lower_ in _RANKS or any(True for _ in c.children)
        for c in modifiers
    ):
        return None
    start, end = bounds
    if {t.lower_ for t in ix.doc[start:end]} & ANONYMOUS_QUALIFIERS or any(
        c.dep_ in ("relcl", "acl") for c in token.rights
    ):
        return None
    referred = _earlier_anonymous(ix, token, token.lemma_.lower())
    if referred is not None:
        words = set(referred[0].name.lower().split())
        if all(c.lower_ in words for c in modifiers):
            source, relays = referred
            whole = ix.doc[start:end]
            return _renamed(source, whole.start_char, whole.end_char), relays
    return _phrase_source(token, bounds, SourceKind.PERSON), ()


def _place_owner(token: Token) -> Token | None:
    """The definite common noun owning an office: "district" of "the district's officer".

    "the district's returning officer" is "the returning officer of the district":
    one office, as definite as "the returning officer".
    """
    owners = [c for c in token.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    extra = [c for c in owner.children if c.dep_ not in ("det", "case")]
    return owner if owner.pos_ == "NOUN" and _definite(owner) and not extra else None


def _document_owner(ix: ArticleIndex, token: Token, bounds: tuple[int, int]) -> Mention | None:
    """The named body or person whose document ``token`` names, or None.

    The first name in the document's phrase ("a filing by Vale Power", "the ministry's
    report"), but not an outlet that saw or relays it ("seen by the Post"), nor who
    received it ("the filing to the Energy Board", "a letter to the mayor"): a
    recipient vouches for nothing the document says.
    """
    for i in range(*bounds):
        mention = ix.mention_of.get(i)
        if mention is None or i == token.i or ix.kinds.get(mention.key) is SourceKind.OUTLET:
            continue
        if not _received(ix.doc[i], token):
            return mention
    return None


def _unlabelled_maker(ix: ArticleIndex, noun: Token, preps: frozenset[str]) -> Source | None:
    """The name the recognizer missed after one of ``preps`` of ``noun``, or None.

    "A statement from Harlow Foods", "a spokesman for Harlow Foods": the body whose
    words they are, keyed as the name is wherever it is recognized. A name known as a
    person's or an outlet's is no such body.
    """
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for name in prep.children:
            if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.i in ix.mention_of:
                continue
            source = unrecognized_name(ix, name)
            if source is not None and ix.kinds.get(source.key) in (None, SourceKind.ORGANIZATION):
                return replace(source, kind=SourceKind.ORGANIZATION)
    return None


def _received(name: Token, document: Token) -> bool:
    """True when ``name`` is the object of a "to" on the way up to ``document``."""
    current = name
    while current.i != document.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ == "to":
            return True
        current = current.head
    return False


def _earlier_document(
    ix: ArticleIndex, token: Token, lemma: str
) -> tuple[Source, tuple[Source, ...]] | None:
    """The document a definite "the filing" refers back to, or None.

    The last document credited through a cue before ``token``, within pronoun reach,
    whose head noun is ``lemma``: "according to a filing by Vale Power ... The filing
    says ..." is one filing, Vale Power's.
    """
    for verb, subject in _earlier_speakers(ix, token):
        if subject.i >= token.i or subject.lemma_.lower() != lemma:
            continue
        source, relays = source_of(ix, subject, verb.i if subject.i < verb.i else None)
        if source is not None and source.kind is SourceKind.DOCUMENT and source.key:
            return source, relays
    return None


def _bare_definite(token: Token) -> bool:
    """True for a noun with "the" and no other modifier before it ("the person")."""
    lefts = list(token.lefts)
    return bool(lefts) and all(c.dep_ == "det" and c.lower_ == "the" for c in lefts)


def _earlier_anonymous(
    ix: ArticleIndex, token: Token, lemma: str
) -> tuple[Source, tuple[Source, ...]] | None:
    """The anonymous source a bare "the person" or "the researcher" refers back to, or None.

    The last anonymous speaker of a cue before ``token``, in its sentence or the few
    before, whose head noun is ``lemma``: "a person familiar with the matter said ...
    The person, who asked not to be named, said ..." is one unnamed source, with the
    outlets that relay it; so is "a security researcher told the Ledger ... The
    researcher said". A person titled by the noun after that speaker ("Ana Ruiz, a
    researcher at ...") is referred to instead (None here).
    """
    for verb, subject in _earlier_speakers(ix, token):
        if subject.i >= token.i or subject.lemma_.lower() != lemma:
            continue
        source, relays = source_of(ix, subject, verb.i if subject.i < verb.i else None)
        if source is None or source.kind is not SourceKind.ANONYMOUS:
            continue
        titled = ix.titled_person(token)
        if titled is not None and titled[1] > source.start:
            return None
        return source, relays
    return None


def _titled_next(ix: ArticleIndex, token: Token) -> list[Mention]:
    """The person named right after the role noun ``token`` and hung under it, if any.

    "union organiser Per Halden told reporters": where the parser made the role the
    subject and hung the name under it (a given name taken for a preposition), the role
    titles the person named next, who is the speaker; so does a capitalized title
    ("Councillor Per Alming, who voted against, called").
    """
    doc = ix.doc
    at = token.i + 1
    if at >= len(doc) or not (_lower_role(token) or _capital_title(token)):
        return []
    mention = ix.mention_of.get(at)
    if mention is None or ix.kinds.get(mention.key) is not SourceKind.PERSON:
        return []
    if doc[at].idx != mention.span.start or not token.is_ancestor(doc[at]):
        return []
    return [mention]


def _lower_role(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.text.islower()


def _capital_title(token: Token) -> bool:
    """True for a capitalized person's title ("Councillor"), never "Former"."""
    key = canonical_key(token.text)
    return token.is_title and key in PERSON_TITLES and key != "former"


def _closing_apposition(ix: ArticleIndex, token: Token) -> list[Mention]:
    """The person named after a comma in apposition to a role noun, if any.

    "according to its regional coordinator, Mirek Sallo.": the name closing the
    sentence is in apposition to the role even where the parse hung it elsewhere; so
    is a name set off by commas that the parse hung under the role ("the farmer, Per
    Lindqvist, told", the given name taken for a preposition). The role names that
    person.
    """
    doc = ix.doc
    at = token.i + 2
    if token.pos_ != "NOUN" or at >= len(doc) or doc[token.i + 1].text != ",":
        return []
    mention = ix.mention_of.get(at)
    if mention is None or ix.kinds.get(mention.key) is not SourceKind.PERSON:
        return []
    end = ix.token_range(mention.span.start, mention.span.end)[-1] + 1
    closes = end == len(doc) or doc[end].is_sent_end or doc[end].text in (".", "!", "?")
    set_off = end + 1 < len(doc) and doc[end].text == "," and _apposed(token, doc[at], end + 1)
    return [mention] if (closes or set_off) and doc[end - 1].sent == token.sent else []


def _apposed(role: Token, name: Token, after: int) -> bool:
    """True when ``name`` is set off in apposition to ``role`` as the parse allows.

    Hung under the role, or between the role and the verb the role is the subject of
    ("the farmer, Per Lindqvist, told"), whatever the parse made of the name itself.
    """
    return role.is_ancestor(name) or (role.dep_ == "nsubj" and role.head.i == after)


def _unnamed_last_speaker(
    ix: ArticleIndex, token: Token
) -> tuple[Source, tuple[Source, ...]] | None:
    """The unnamed person a speaking "he" or "she" refers to, or None.

    "He said" goes to the person who spoke last, named or not: after "A rescuer, who
    did not want to be named, said ..." a following "he said" is that rescuer, not a
    minister named a paragraph before; after "a Nordatel spokeswoman said" it is the
    body she speaks for. Only one unnamed speaker (a singular noun) with
    no person named between it and the pronoun qualifies; so does "according to a
    relative, ... '...,' she said". A person named inside a quote is what is said, and
    one the article shows is of the other gender is no antecedent (:func:`_in_reach`).
    """
    for verb, subject in _earlier_speakers(ix, token):
        if subject.i >= token.i or subject.lower_ == token.lower_:
            continue  # an earlier "he said" refers as this one does
        if _unspoken(verb):
            continue  # "the current offer would add ...": no one spoke
        if _told_by_another(ix, verb):
            continue  # "according to a neighbour, the couple argued": the neighbour spoke
        if _inside_report(ix, verb, subject):
            continue  # "he said, an officer arrested him after the officer said ...": he spoke
        if subject.tag_ != "NN" or subject.i in ix.mention_of:
            return None
        source, relays = source_of(ix, subject, verb.i if subject.i < verb.i else None)
        if source is None or not (
            source.kind is SourceKind.ANONYMOUS or _speaks_for_body(subject, source)
        ):
            return None
        between = ix.mentions[bisect_left(ix.mention_starts, source.start) :]
        if any(m.span.start < token.idx and _in_reach(ix, m, token) for m in between):
            return None
        return _renamed(source, token.idx, token.idx + len(token)), relays
    return None


def _speaks_for_body(subject: Token, source: Source) -> bool:
    """True for an unnamed person credited as the body they speak for.

    "a Nordatel spokeswoman who asked not to be named said": the spokeswoman is
    Nordatel's voice, and so is the "she" who goes on speaking after her.
    """
    return (
        source.kind is SourceKind.ORGANIZATION
        and _names_people(subject)
        and not _organization_noun(subject)
    )


_PRONOUN_GENDERS = {"he": "m", "she": "f"}
_GENDERED_WORDS = {
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}
_ANSWERING = frozenset({"respond", "reply", "answer"})
_THING_KINDS = frozenset({SourceKind.ORGANIZATION, SourceKind.OUTLET, SourceKind.DOCUMENT})


def _reported_subject(ix: ArticleIndex, token: Token) -> Source | None:
    """The named person whose report a speaking "he"/"she" follows, or None.

    The person subject of the nearest earlier report outside quotes and outside any
    other report, in the sentences before the pronoun's: "The pastor, Owen Lark,
    declined to say ... '...,' he said" is Lark's, however surely an earlier speaker is
    known to be a man. Reports whose subject is no person pass over to the one
    before: "according to Dan Ruiz ... His company's sensors reported ... '...,' he
    said" is Ruiz's. None (the usual resolution applies) when a pronoun or an unnamed
    person spoke there, when the pronoun answers or follows a clause of its own, or
    when that person may not be the one referred to (:func:`_fits_pronoun`).
    """
    gender = _PRONOUN_GENDERS.get(token.lower_)
    verb = token.head
    if (
        gender is None
        or token.dep_ != "nsubj"
        or verb.i not in ix.cues
        or _answers_or_follows(verb, token)
    ):
        return None
    sentence = ix.sent_of[token.i]
    seen: set[int] = set()
    for cue, subject in _earlier_speakers(ix, token):
        if ix.sent_of[cue.i] == sentence:
            return None
        if cue.i in seen or any(a.i in ix.cues for a in cue.ancestors):
            continue  # the words of another report, or a subject already weighed
        seen.add(cue.i)
        if subject.pos_ == "PRON" or len(_subjects(ix, cue, ix.cues[cue.i])) != 1:
            return None
        source, _ = source_of(ix, subject, cue.i if subject.i < cue.i else None)
        if source is None or _thing_speaker(subject, source):
            continue
        if source.kind is not SourceKind.PERSON or not source.key:
            return None
        return source if _fits_pronoun(ix, source, token, gender) else None
    return None


def _answers_or_follows(verb: Token, pronoun: Token) -> bool:
    """True for an answer ("he replied") or a cue after a clause of its own ("When ...")."""
    if verb.lemma_.lower() in _ANSWERING:
        return True
    return any(c.dep_ == "advcl" and c.i < pronoun.i for c in verb.children)


def _thing_speaker(subject: Token, source: Source) -> bool:
    """True for a report's subject that no "he" or "she" refers to.

    A body or a document ("the agency said", "the filing says"), or something owned
    that names no person ("his company's sensors reported"): its owner, not the thing,
    is the one a later pronoun may mean.
    """
    if source.kind in _THING_KINDS:
        return True
    if source.kind is not SourceKind.ANONYMOUS or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    owned = any(c.dep_ == "poss" for c in subject.children)
    return (
        owned
        and lemma not in _INFORMANT_NOUNS
        and lemma not in ROLE_NOUNS
        and lemma not in _PERSON_WORDS
    )


def _fits_pronoun(ix: ArticleIndex, source: Source, pronoun: Token, gender: str) -> bool:
    """True when the pronoun may refer to the person ``source`` whose report it follows.

    Not when the article shows that person is of the other gender, nor when that
    person is named in the pronoun's own words, nor when another person the pronoun
    may refer to is named after that person ("... Lark said. Mr Brandt arrived. '...,'
    he said"), nor when a person known to be of that gender is named from that
    person's sentence on, nor when a pronoun of that gender outside quotes comes before
    the name in that sentence ("..., her agent, Tom Vale, said").
    """
    shown = ix.genders.get(source.key)
    if shown not in (None, gender) or source.key in ix.said_about(pronoun):
        return False
    start, _ = ix.sent_bounds[ix.sent_of[ix.token_at(source.start)]]
    words = _GENDERED_WORDS[gender]
    for i in ix.token_range(start, pronoun.idx):
        word = ix.doc[i]
        if ix.in_quote[i]:
            continue
        if word.lower_ in words and word.idx < source.end:
            return False
        mention = ix.mention_of.get(i)
        if mention is None or mention.key == source.key or not _in_reach(ix, mention, pronoun):
            continue
        if mention.span.start > source.end or ix.genders.get(mention.key) == gender:
            return False
    return True


_REPORT_DEPTH = 6
"""How many heads up a speech verb may sit inside another speaker's report."""


def _inside_report(ix: ArticleIndex, verb: Token, subject: Token) -> bool:
    """True when ``verb`` lies in what another speaker reports.

    "Two years before, he said, an officer stopped him after the officer said his
    papers had expired": the officer's words are told by "he", who spoke to the
    writer; a later "he said" continues "he", not the officer quoted in his account.
    The report's cue is an ancestor of ``verb`` or an aside hung on one; a credit hung
    on a clause ("according to a neighbour, the couple argued") tells that clause.
    """
    if verb.dep_ in ("prep", "agent") or ix.cues.get(verb.i) == "according to":
        return False
    head = verb
    for _ in range(_REPORT_DEPTH):
        if head.head is head:
            return False
        head = head.head
        cues = [head] if head.i in ix.cues else []
        cues.extend(c for c in head.children if c.dep_ == "parataxis" and c.i in ix.cues)
        for cue in cues:
            if ix.in_quote[cue.i] or cue.i == verb.i:
                continue
            speakers = _subjects(ix, cue, ix.cues[cue.i])
            if speakers and subject not in speakers:
                return True
    return False


def _told_by_another(ix: ArticleIndex, verb: Token) -> bool:
    """True for a cue whose clause is credited by an "according to" hung on it.

    "According to a neighbour, the couple had argued for weeks": the couple's arguing
    is what the neighbour told; the one who spoke is the neighbour.
    """
    return any(ix.cues.get(c.i) == "according to" for c in verb.children)


def _in_reach(ix: ArticleIndex, mention: Mention, pronoun: Token) -> bool:
    """True for a person named outside quotes whom ``pronoun`` may refer to.

    "Tom Harlow was arrested. According to a relative, ... 'Tom begged for help,' she
    said": Tom is quoted, and a man besides, so "she" still refers to the relative.
    """
    if ix.kinds.get(mention.key) is not SourceKind.PERSON:
        return False
    first = ix.token_at(mention.span.start)
    if ix.in_quote[first]:
        return False
    shown = ix.genders.get(mention.key)
    gender = _PRONOUN_GENDERS.get(pronoun.lower_)
    return shown is None or gender is None or shown == gender


_UNSPOKEN_MODALS = frozenset({"would", "could", "might", "may", "will", "'ll", "’ll", "should"})


def _unspoken(verb: Token) -> bool:
    """True for a cue under a modal: "the offer would add 410 million" tells of no speech.

    Its subject is no one who spoke, so no "he" or "she" after it refers to it.
    """
    return any(c.dep_ == "aux" and c.lower_ in _UNSPOKEN_MODALS for c in verb.children)


def _unlabelled_person(ix: ArticleIndex, token: Token) -> Source | None:
    """The person a "he"/"she" refers to whose name the recognizer missed, or None.

    "Ana Ruiz, the head of the agency, urged calm. '...,' she said": Ruiz, keyed as
    her own credit is (:func:`unrecognized_name`), named by the pronoun. Only a name
    of two words or more that makes a person's name counts: a company's short name
    ("Harwick said") is no antecedent of "she".
    """
    antecedent = ix.unlabelled_antecedent(token)
    if antecedent is None:
        return None
    found = unrecognized_name(ix, antecedent)
    if found is None or found.kind is not SourceKind.PERSON or len(found.key.split()) < 2:
        return None
    return _renamed(found, token.idx, token.idx + len(token))


def _earlier_speakers(ix: ArticleIndex, token: Token) -> Iterator[tuple[Token, Token]]:
    """``(cue, subject)`` of each cue before ``token`` within pronoun reach, nearest first.

    Cues inside quotes are left out: a quoted "he said" is the speaker's, not the text's.
    """
    earlier = [i for i in ix.cues if i < token.i and ix.within_pronoun_reach(token, i)]
    for i in sorted(earlier, reverse=True):
        if ix.in_quote[i]:
            continue
        verb = ix.doc[i]
        for subject in _subjects(ix, verb, ix.cues[i]):
            yield verb, subject


def _organization_pronoun(ix: ArticleIndex, token: Token) -> Source | None:
    """The organization or outlet a speaking "it" or "they" refers to, or None.

    The later of two candidates in the previous few sentences: the last organization
    or outlet named as a subject, and the last organization that spoke, even unnamed
    ("..., the port authority said. It added ..."), which no entity mention records.
    """
    if token.lower_ == "it" and (token.dep_ == "expl" or token.head.lemma_ in _IMPERSONAL_VERBS):
        return None  # "it seems", "it appears": no one speaks
    named = ix.organization_subject(token)
    spoke = _last_speaking_organization(ix, token)
    if spoke is not None and (named is None or spoke[1] > named[1]):
        return _renamed(spoke[0], token.idx, token.idx + len(token))
    if named is None:
        return None
    return ix.entity_source(named[0], token.idx, token.idx + len(token))


def _bare_reference(ix: ArticleIndex, token: Token) -> Source | None:
    """The organization a bare "the prefecture" refers back to, or None.

    The last organization that spoke before it, unnamed, with the same head noun ("the
    regional prefecture said ... the prefecture said").
    """
    if any(c.dep_ != "det" for c in token.lefts) or not _definite(token):
        return None
    found = _last_speaking_organization(ix, token, token.lemma_.lower())
    return found[0] if found is not None else None


_MARKETS = frozenset({"trading", "exchange", "bourse", "market", "markets"})
"""Nouns of where shares trade, whose name ("in Ostervik trading") is no company's."""


def _market_name(ix: ArticleIndex, key: str) -> bool:
    """True when the article names ``key`` only as where shares trade.

    "in Ostervik trading", "on the Ostervik exchange", "the Ostervik Stock Exchange":
    the recognizer often takes such a city for an organization, yet a market is never
    "the company" whose shares it trades.
    """
    roots = [root for number, root in ix.root_of.items() if ix.mentions[number].key == key]
    return bool(roots) and all(_market_words(root) for root in roots)


def _market_words(root: Token) -> bool:
    """True for a name's root that names a market or modifies a market's noun."""
    if root.lemma_.lower() in _MARKETS:
        return True
    return root.dep_ == "compound" and root.head.lemma_.lower() in _MARKETS


def _listed_company(ix: ArticleIndex, token: Token) -> str | None:
    """The one company named by a company word before ``token`` ("Kelvar Pharmaceuticals")."""
    found = {
        mention.key
        for mention in ix.mentions[: bisect_left(ix.mention_starts, token.idx)]
        if mention.key in ix.companies and not _market_name(ix, mention.key)
    }
    return found.pop() if len(found) == 1 else None


def _renamed(source: Source, start: int, end: int) -> Source:
    """``source`` named by the characters ``[start, end)``."""
    return Source(source.name, source.key, source.kind, start, end, source.entity)


def _last_speaking_organization(
    ix: ArticleIndex, token: Token, head: str | None = None
) -> tuple[Source, int] | None:
    """The last unnamed organization that is the subject of a cue before ``token``.

    With ``head``, only an organization named by that noun ("prefecture").
    """
    for verb, subject in _earlier_speakers(ix, token):
        lemma = subject.lemma_.lower()
        if subject.pos_ != "NOUN" or lemma not in ORGANIZATION_NOUNS:
            continue
        if subject.i >= token.i or (head is not None and lemma != head):
            continue
        limit = verb.i if subject.i < verb.i else None
        source, _ = source_of(ix, subject, limit)
        if source is None:
            start, end = _phrase(subject, limit)
            source = _phrase_source(subject, (start, end), SourceKind.ORGANIZATION)
        if source.kind is SourceKind.ORGANIZATION:
            return source, source.start
    return None


def _known_person(ix: ArticleIndex, token: Token) -> bool:
    """True for a name the recognizer mislabelled that is a person's of the article.

    '"...," Orrin wrote' after "Nadia Orrin" is her, whatever label "Orrin" got
    (a nationality, a date).
    """
    key = resolve_key(token.text, ix.mentions)
    return key != canonical_key(token.text) and ix.kinds.get(key) is SourceKind.PERSON


def unrecognized_name(ix: ArticleIndex, token: Token, left: int | None = None) -> Source | None:
    """A proper name the recognizer missed ("the Evening Post"), keyed like a mention.

    None when the words hold no letter to make a name of.
    """
    doc = token.doc
    end = token.i + 1
    if token.i in ix.body_name_at:
        left, end = ix.body_name_at[token.i]
    if left is None:
        left = token.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].dep_ in _NAME_DEPS:
            left -= 1
        left = _linked_name_start(token, left)
        left = _hyphened_name_start(doc[left])
    owned = _owner_name_start(ix, token, left)
    name = doc[owned:end].text
    if not canonical_key(name):
        return None
    if owned < left:
        # "the Bristol County District Attorney's Office": the office, not the place
        left, key = owned, strip_titles(name, person=False)
    else:
        key = resolve_key(name, ix.mentions)
    kind = ix.kinds.get(key)
    if kind is None and key in ix.named_bodies:
        kind = SourceKind.ORGANIZATION  # "Diabetes Action says" after "the charity Diabetes Action"
    if kind is None:
        key = _led_organization(ix, key)
        kind = ix.kinds.get(key)
    if kind is None:
        if looks_like_outlet_name(key, person_tagged=False):
            kind = SourceKind.OUTLET
        elif _body_name_words(key) or ix.starts_longer_name(key) or _acronym_name(name):
            kind = SourceKind.ORGANIZATION
        elif everyday_words_name(key):
            kind = SourceKind.ORGANIZATION  # "Human Rights Watch said": no person's name
        else:
            kind = SourceKind.PERSON
    last = doc[end - 1]
    return Source(ix.display.get(key, name), key, kind, doc[left].idx, last.idx + len(last), True)


def _hyphened_name_start(token: Token) -> int:
    """The first piece of a name hyphenated from capitalized pieces ("ITAR-TASS").

    The tokenizer splits the name at its hyphens; each piece before ``token`` that
    starts with a capital belongs to the one name, which is never cut to its last piece.
    """
    start = _hyphen_start(token)
    while start < token.i and not token.doc[start].text[:1].isupper():
        start += 2
    return start


_ACRONYM_WORD = re.compile(r"[A-Z]{2,}")


def _acronym_name(name: str) -> bool:
    """True for a name made of capital-letter acronyms only ("ITAR-TASS", "NATO").

    People's names are not written as strings of capitals inside a text; bodies'
    short names are.
    """
    words = re.findall(r"[^\W\d_]+", name)
    return bool(words) and all(_ACRONYM_WORD.fullmatch(w) for w in words)


def _owner_name_start(ix: ArticleIndex, token: Token, left: int) -> int:
    """The first word of a body's name that holds its owner's: "District Attorney's Office".

    A capitalized body noun whose capitalized possessor sits right before it ("the
    Bristol County District Attorney's Office", "the Governor's Office") names one
    body with it: the owner's words, possessive and all, are part of the name, never
    the bare "Office". A person's own name as the owner ("Vance's Office") is left to
    the person's office.
    """
    doc = token.doc
    if left < 2 or not token.is_title or token.lemma_.lower() not in ORGANIZATION_NOUNS:
        return left
    owner, mark = doc[left - 2], doc[left - 1]
    if owner.head.i != token.i or owner.dep_ != "poss" or mark.tag_ != "POS":
        return left
    if not owner.is_title or owner.pos_ != "PROPN" or _person_named(ix, owner):
        return left
    start = owner.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in _NAME_DEPS:
        start -= 1
    if any(_person_named(ix, t) for t in doc[start : owner.i]):
        return left
    return _linked_name_start(owner, start)


def _capital_the(token: Token) -> bool:
    """True for a capital "The" inside a sentence, which opens a title ("The Playlist")."""
    return token.text == "The" and token.i != token.sent.start


def _the_name(ix: ArticleIndex, token: Token) -> Source | None:
    """The source named by "The" and a capitalised word inside a sentence, else None.

    "according to The Playlist", "..., The Reporter said": the capital article makes
    the words a title, the name of an outlet or a body, not an unnamed reporter.
    """
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper():
        return None
    if token.i == token.sent.start:
        return None
    if not any(_capital_the(c) for c in token.lefts) and not _title_seen(ix, token):
        return None
    return _titled_source(ix, token)


def _title_seen(ix: ArticleIndex, token: Token) -> bool:
    """True for "The X" opening a sentence after the article named "The X" mid-sentence.

    "..., The Reporter said. The Reporter said ...": the same title, now at the start
    where any "The" is capitalised.
    """
    first = token.sent.start
    det = token.doc[first]
    if det.text != "The" or token.i != first + 1:
        return False
    title = re.escape(f"The {token.text}")
    return re.search(r"[a-z,;:(][ \t]+" + title + r"\b", ix.text[: det.idx]) is not None


def _titled_source(ix: ArticleIndex, token: Token) -> Source | None:
    """The source of the title ending at ``token`` ("The Playlist"), an outlet unless known."""
    left = token.i
    doc = token.doc
    while left > 0 and not _capital_the(doc[left]) and doc[left - 1].text[:1].isupper():
        left -= 1
    name = doc[left : token.i + 1].text
    key = canonical_key(name)
    if not key:
        return None
    key = resolve_key(name, ix.mentions)
    kind = ix.kinds.get(key, SourceKind.OUTLET)
    start = doc[left].idx
    return Source(ix.display.get(key, name), key, kind, start, token.idx + len(token), True)


def _titled_after(ix: ArticleIndex, token: Token) -> Source | None:
    """The title right after a common noun: "blog The Playlist", "the paper The Sentinel".

    The title names the thing the noun describes; the owner before the noun
    ("Indiewire's") only says whose it is.
    """
    doc = token.doc
    at = token.i + 1
    if at + 1 >= len(doc) or not _capital_the(doc[at]):
        return None
    end = at + 1
    while end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 1
    if not doc[end].text[:1].isupper() or doc[end].head.i not in (token.i, token.head.i):
        return None
    return _titled_source(ix, doc[end])


def _longer_name(
    ix: ArticleIndex, token: Token, named: list[Mention], *, person: bool
) -> Source | None:
    """The whole name that ``named`` opens ("the Lisker Record reported"), or None.

    A capitalized word the recognizer left unlabelled after a name, compounded with
    it, may end a longer name: a newspaper, a council, a club of a place the article
    names alone elsewhere. The longer name is the source when its words make it an
    outlet (only strong outlet words after a person's name), when it reports, or when
    what it opens is a place, which never speaks itself. Its kind is the article's for
    that name, else an outlet's when its words or its reporting say so, else an
    organization's.
    """
    doc = token.doc
    left = token.i
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].dep_ in _NAME_DEPS:
        left -= 1
    inside = {i for m in named for i in ix.token_range(m.span.start, m.span.end)}
    if not inside or min(inside) < left or max(inside) >= token.i or not token.is_title:
        return None
    name = doc[left : token.i + 1].text
    key = canonical_key(name)
    if not key:
        return None
    outlet = key == ix.own_outlet or looks_like_outlet_name(key, person_tagged=person)
    reports = token.dep_ == "nsubj" and token.head.lemma_.lower() in _PUBLISHING
    reports = reports and key.split()[-1] not in NON_OUTLET_HEADS
    places = all(m.kind is EntityKind.PLACE or m.key in ix.places for m in named)
    if not outlet and (person or not (reports or places)):
        return None
    kind = ix.kinds.get(key)
    if kind is None:
        kind = SourceKind.OUTLET if outlet or reports else SourceKind.ORGANIZATION
    return Source(ix.display.get(key, name), key, kind, doc[left].idx, token.idx + len(token), True)


_NAME_LINK_WORDS = frozenset({"and", "of", "for", "&"})
"""Lower-case words that join the capitalized words of one name ("Fire and Rescue")."""


def _linked_name_start(token: Token, left: int) -> int:
    """The first word of a name whose words a link joins: "Eastmarch Fire and Rescue Service".

    The parser hangs the words before "and" or "of" on the name as modifiers, not
    compounds; the name's own words before ``left`` (capitalized words and links
    between them, up to the phrase's left edge) belong to it all the same.
    """
    doc = token.doc
    start = token.left_edge.i
    while start < left and (doc[start].dep_ in ("det", "poss") or doc[start].is_punct):
        start += 1
    words = doc[start:left]
    if not len(words) or not doc[start].is_title or doc[start].pos_ != "PROPN":
        return left
    if all((t.is_title and t.pos_ == "PROPN") or t.lower_ in _NAME_LINK_WORDS for t in words):
        return start
    return left


def _body_name_words(key: str) -> bool:
    """True for a name of several words ending in a word of an organization's name.

    "Eastmarch Fire and Rescue Service", "Velmora City Council": no person's name ends
    in "service" or "council".
    """
    words = key.split()
    return bool(words) and (
        words[-1] in NON_OUTLET_HEADS or (len(words) > 1 and words[-1] in ORGANIZATION_NOUNS)
    )


_TRADE_SUFFIX = re.compile(r"..(?:maker|producer|manufacturer|retailer|miner|builder)$")
"""Ends of nouns of a trade a company plies: "steelmaker", "shipbuilder"."""


def _kind_of_body(token: Token) -> bool:
    """True for a noun that says what kind of organization a name is ("the steelmaker")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in ORGANIZATION_NOUNS or bool(_TRADE_SUFFIX.search(lemma))
    )


def _owned(noun: Token) -> bool:
    """True for a noun with a possessor ("the store's insurer", "its supplier").

    Such a noun names a relation to its owner, a role a person may hold as well as a
    body, so it does not say what kind of thing the name it describes is.
    """
    return any(c.dep_ == "poss" for c in noun.children)


def _described_name(token: Token, mention: Mention | None) -> Source | None:
    """An organization named and then described by its kind, whatever the recognizer said.

    "Nordstahl, the steelmaker, said": a capitalized word with an apposition that says
    what kind of body it is names that body, on record, not an unnamed source nor a
    person.
    """
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper():
        return None
    kinds = [c for c in token.rights if c.dep_ == "appos" and _kind_of_body(c)]
    if not kinds:
        return None
    if mention is not None and mention.kind is EntityKind.PERSON and all(map(_owned, kinds)):
        return None  # "Ann Lee, the store's insurer": a role one person can fill
    if mention is not None:
        start, end = mention.span.start, mention.span.end
        return Source(mention.text, mention.key, SourceKind.ORGANIZATION, start, end, True)
    parts = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.text[:1].isupper()]
    first = parts[0] if parts else token
    if any(not t.text[:1].isupper() for t in token.doc[first.i : token.i + 1]):
        first = token
    span = token.doc[first.i : token.i + 1]
    return Source(
        span.text,
        canonical_key(span.text),
        SourceKind.ORGANIZATION,
        span.start_char,
        span.end_char,
        True,
    )


def _apposed_body(ix: ArticleIndex, noun: Token) -> Source | None:
    """The organization a kind noun names in apposition ("the carmaker Volvex"), or None.

    The name after the noun is the body itself, an organization, not the one named
    before that "the carmaker" alone would refer back to.
    """
    bounds = ix.body_name_at.get(noun.i + 1)
    if bounds is None or bounds[0] != noun.i + 1:
        return None
    found = unrecognized_name(ix, noun.doc[bounds[1] - 1], bounds[0])
    if found is None or found.kind is SourceKind.OUTLET:
        return found
    return Source(found.name, found.key, SourceKind.ORGANIZATION, found.start, found.end, True)


def _led_organization(ix: ArticleIndex, key: str) -> str:
    """The one organization key that ``key`` starts ("Harrowgate" of "Harrowgate Rovers").

    A club or firm is often named by its first word alone; ``key`` itself when no
    organization, or several, start with it.
    """
    leading = [
        k
        for k, kind in ix.kinds.items()
        if kind is SourceKind.ORGANIZATION and k.startswith(key + " ")
    ]
    return leading[0] if len(leading) == 1 else key


def _role_source(
    ix: ArticleIndex, token: Token, lemma: str, start: int, end: int, *, age: bool
) -> Source:
    """A person named by role ("the president"), or the organization of a spokesman.

    A role that names nobody of the article ("Trump's lawyer", "a doctor") is an
    unnamed person: an anonymous source with the role's words as its name.
    """
    phrase = ix.doc[start:end]
    counsel = _counsel(ix, token, lemma, phrase.start_char, phrase.end_char)
    if counsel is not None:
        return counsel
    if token.tag_ in _PLURAL_TAGS and not age:
        # "the attorneys" after "Orozco's attorneys": that group, never one person
        return _earlier_group(ix, token, lemma, (start, end))
    if lemma in _SPOKES:
        spoken_for = _spoken_for(ix, token)
        for i in range(start, end):
            mention = ix.mention_of.get(i)
            if mention is None or ix.kinds.get(mention.key) is SourceKind.PERSON:
                continue
            if spoken_for is None or not _placed(ix.doc[i]):
                return ix.entity_source(mention.key, phrase.start_char, phrase.end_char)
        if spoken_for is None:
            spoken_for = _unlabelled_maker(ix, token, _TEAM_PREPS)
        if spoken_for is not None:
            return _renamed(spoken_for, phrase.start_char, phrase.end_char)
    owned = any(c.dep_ == "poss" and c.lower_ not in _DEFINITE for c in token.children)
    key = ix.resolve_role(token, age=age) if (age or _definite(token)) and not owned else None
    if key is None:
        return _phrase_source(token, (start, end), SourceKind.ANONYMOUS)
    return ix.entity_source(key, phrase.start_char, token.idx + len(token))


_PLACING_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around"})


def _placed(token: Token) -> bool:
    """True when ``token`` is a word of a name that says where someone is ("in Kessel").

    "a police spokesman in Kessel" speaks for the police of the town, not for the town.
    """
    while token.dep_ in _NAME_DEPS and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _PLACING_PREPS


_COUNSEL = frozenset({"lawyer", "attorney"})
"""Roles of whoever acts for a named client ("Renwick's lawyers"), on record as such."""


def _counsel(ix: ArticleIndex, token: Token, lemma: str, start: int, end: int) -> Source | None:
    """The lawyer or lawyers of a named client ("Renwick's lawyers say ..."), or None.

    The client's lawyers are a party on record, the defence, not an unnamed informant:
    the lawyer the article names by that role ("Renwick's lawyer, Helena Varga") if
    any, else the client's counsel as such, one source whichever words name it.
    """
    if lemma not in _COUNSEL:
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.i in ix.mention_of]
    if len(owners) != 1:
        return None
    client = ix.mention_of[owners[0].i]
    titled = ix.titled_person(token)
    if titled is not None and titled[0] != client.key:
        return ix.entity_source(titled[0], start, end)
    name = " ".join(ix.text[client.span.start : token.idx + len(token)].split())
    key = canonical_key(f"{client.key} s {lemma}")
    return Source(name, key, SourceKind.PERSON, start, end, False)


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _earlier_group(ix: ArticleIndex, token: Token, lemma: str, bounds: tuple[int, int]) -> Source:
    """The group a plural role noun ("the attorneys") names: the same role owned before.

    "Orozco's attorneys made a motion ... The attorneys also argued": the client's
    counsel, as :func:`_counsel` names it; a plural role names several people, so
    without such an owner it is an unnamed group, never the last person named.
    """
    phrase = ix.doc[bounds[0] : bounds[1]]
    if _definite(token) and not any(c.dep_ == "poss" for c in token.children):
        for earlier in reversed(ix.doc[: token.i]):
            if earlier.lemma_.lower() != lemma or ix.in_quote[earlier.i]:
                continue
            counsel = _counsel(ix, earlier, lemma, earlier.left_edge.idx, earlier.idx)
            if counsel is not None:
                return _renamed(counsel, phrase.start_char, phrase.end_char)
    return _phrase_source(token, bounds, SourceKind.ANONYMOUS)


_PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "compile", "produce", "post"})
"""Participles whose agent made the words of the noun they describe ("figures released by")."""
_PUBLISHERS = frozenset({SourceKind.ORGANIZATION, SourceKind.OUTLET, SourceKind.PERSON})


def _publisher(ix: ArticleIndex, token: Token) -> Source | None:
    """Who published what ``token`` names, when a participle says so, or None.

    "preliminary results published by the regional electoral commission", "figures
    released by the ministry": the agent of the participle, when it names an
    organization, an outlet or a person.
    """
    for verb in token.rights:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        if verb.lemma_.lower() not in _PUBLISHING_VERBS:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            for noun in agent.children:
                if noun.dep_ != "pobj":
                    continue
                source, _ = source_of(ix, noun)
                if source is not None and source.kind in _PUBLISHERS:
                    return source
    return None


_FOR_PREPS = frozenset({"for", "of", "at"})
_TEAM_PREPS = _FOR_PREPS | frozenset({"from"})


def _research_team(ix: ArticleIndex, noun: Token) -> Source | None:
    """Who a study's team speaks for: its named leader, else its named institution, or None.

    "researchers led by Professor Ilona Varesh" are the professor's team, "researchers
    at the University of Tessmoor" the university's: a named source on record, as "a
    spokeswoman for the university" is. One unnamed researcher ("a researcher familiar
    with the matter") and a team of no named body stay unnamed.
    """
    if noun.lemma_.lower() not in RESEARCH_NOUNS or noun.tag_ != "NNS":
        return None
    for child in noun.rights:
        if child.dep_ == "acl" and child.lemma_ == "lead":
            leaders = [n for a in child.children if a.dep_ == "agent" for n in a.children]
            found = _named_member(ix, leaders, {SourceKind.PERSON, SourceKind.ORGANIZATION})
            if found is not None:
                return found
    bodies = [
        n
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ in _TEAM_PREPS
        for n in prep.children
        if n.dep_ == "pobj"
    ]
    return _named_member(ix, bodies, {SourceKind.ORGANIZATION})


def _named_member(ix: ArticleIndex, nouns: list[Token], kinds: set[SourceKind]) -> Source | None:
    """The named source of the first of ``nouns`` that names one of ``kinds``, or None."""
    for noun in nouns:
        mention = ix.mention_of.get(noun.i)
        if mention is not None and ix.kinds.get(mention.key) in kinds:
            return ix.entity_source(mention.key, mention.span.start, mention.span.end)
    return None


def _spoken_for(ix: ArticleIndex, spokes: Token) -> Source | None:
    """The unnamed organization a spokesperson speaks for, or None.

    "a company spokeswoman", "a spokeswoman for the operator": the organization noun
    compounded with the spokesperson, or after "for" with "the", is resolved as "the
    company" or "the operator" would be (the organization it refers to, else the
    unnamed organization itself). "a spokeswoman for a local firm" names none.
    """
    nouns = [c for c in spokes.children if c.dep_ == "compound" and _organization_noun(c)]
    nouns += [
        noun
        for prep in spokes.rights
        if prep.dep_ == "prep" and prep.lower_ in _FOR_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj" and _organization_noun(noun) and _definite(noun)
    ]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    key = ix.resolve_organization(noun)
    start, end = _phrase(noun, spokes.i if noun.i < spokes.i else None)
    if key is not None:
        return ix.entity_source(key, noun.idx, noun.idx + len(noun))
    return _phrase_source(noun, (start, end), SourceKind.ORGANIZATION)


def _subjects(ix: ArticleIndex, verb: Token, cue: str) -> list[Token]:
    """The tokens naming who speaks through ``verb`` (several when conjoined)."""
    if cue == "according to":
        to = verb.doc[verb.i + 1]
        heads = [c for c in to.children if c.dep_ == "pobj"]
        return [*heads, *(c for h in heads for c in h.children if c.dep_ == "conj")]
    if verb.pos_ == "NOUN":
        owners = [c for c in verb.children if c.dep_ == "poss"]
        return owners[:1] if owners else _surface_subject(verb)
    quoted = _quoted_as_saying(ix, verb)
    if quoted:
        return quoted
    current = verb
    hung = hung_speaker(ix, verb)
    for _ in range(_MAX_CLIMB):
        deps = ("nsubj",) if current is verb else ("nsubj", "nsubjpass")
        found = [c for c in current.children if c.dep_ in deps and not ix.in_quote[c.i]]
        if not found and current is verb:
            found = _apposed_to_quoted(ix, verb)
        if current is verb and hung is not None:
            found = [hung]  # "... in the Brannock Valley, the fire service said"
        if not found and current.dep_ == "xcomp":
            found = _controlling_object(ix, current)
        if found and current is not verb and verb.tag_ == "VBG":
            found = _crediting_agent(ix, current) or found
        if found and trailing_clause(verb, current):
            found = []  # "Ortiz spoke before the judge ruled, reading ...": Ortiz reads
        if not found and current is verb:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            found = [p for a in agents for p in a.children if p.dep_ == "pobj"]
        if not found and current is verb:
            found = appositive_subject(ix, verb)
        if not found and current is verb and (verb.lemma_ == "say" or _closes_quote(ix, verb)):
            found = [
                c
                for c in verb.rights
                if c.dep_ in ("dobj", "attr", "npadvmod")
                and c.pos_ == "PROPN"
                and c.i <= verb.i + 3
            ]
        if not found and current is verb:
            found = _adjacent_subject(ix, verb)
        if not found and current is verb:
            found = _coordinated_subject(ix, verb)
        found = _whole_words(found)
        if found:
            head = _named_role(ix, _closing_subject(found, verb))
            if ix.in_dateline[head.i]:
                real = _after_dateline(ix, verb)
                if real is None:
                    return []
                head = real
            if head.tag_ in ("WP", "WDT") or (head.lower_ == "that" and current.dep_ == "relcl"):
                relative = head
                head = current.head  # "the letter that says", "Smith, who said"
                if relative.lower_ == "who":
                    head = _described_person(ix, _person_antecedent(head))
                elif verb.lemma_.lower() in _TEXT_CUES:
                    head = _text_antecedent(head)
            conjoined = [c for c in head.children if c.dep_ == "conj"]
            if _title_of_conjoined(ix, head, conjoined):
                return conjoined  # "said Anchorage businessman and blogger Ana Ruiz"
            if _described_twice(head) is not None:
                return [head]  # "said a local blogger and journalist": one person
            return [head, *conjoined]
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            # "footage of Smith saying"; but the noun of a passive participle is who
            # the act was done to: "the teen accused of killing" is no accuser
            return [] if _participle(current) else [current.head]
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            break
        current = current.head
        if ix.in_quote[current.i]:
            break
    return []


def _reporter_of(verb: Token) -> Token | None:
    """The verb of "quoted Y as saying" when ``verb`` is its "saying", else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.lower_ != "as":
        return None
    reporter = verb.head.head
    return reporter if reporter.pos_ in ("VERB", "AUX") and reporter.i < verb.i else None


def _quoted_as_saying(ix: ArticleIndex, verb: Token) -> list[Token]:
    """The object of "quoted Y as saying": Y speaks, the subject only reports it.

    "The Daily News quoted witness Ana Ruiz as saying", "cited an aide as saying":
    the speech verb hangs on "as" with no subject of its own; the reporting verb's
    object is who says, its subject the one who relays the words.
    """
    reporter = _reporter_of(verb)
    if reporter is None:
        return []
    return [
        c
        for c in reporter.children
        if c.dep_ in ("dobj", "dative") and c.i < verb.i and not ix.in_quote[c.i]
    ]


def _as_saying(ix: ArticleIndex, verb: Token) -> Token | None:
    """The speech verb of "``verb`` Y as saying" whose speaker is the object Y, if any."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for saying in prep.children:
            if saying.i in ix.cues and _quoted_as_saying(ix, saying):
                return saying
    return None


def _quoting_outlets(ix: ArticleIndex, verb: Token) -> list[Source]:
    """The outlet that quotes the speaker of "``verb``" in "X quoted Y as saying", if any."""
    reporter = _reporter_of(verb)
    if reporter is None:
        return []
    found: list[Source] = []
    for subject in (c for c in reporter.children if c.dep_ == "nsubj"):
        source, _ = source_of(ix, subject, reporter.i)
        if source is not None and source.kind is SourceKind.OUTLET:
            found.append(source)
    return found


def _closes_quote(ix: ArticleIndex, verb: Token) -> bool:
    """True when ``verb`` comes right after a closing quote mark ('"...," added Ng').

    A cue that follows the quote it closes opens an inverted clause: the name right
    after it is who speaks, whatever relation the parser gave it.
    """
    if verb.lemma_.lower() in _HEARER_VERBS:
        return False
    before = verb.i - 1
    if before >= 0 and verb.doc[before].text == ",":
        before -= 1
    return before >= 1 and verb.doc[before].is_quote and ix.in_quote[before - 1]


def _title_of_conjoined(ix: ArticleIndex, head: Token, conjoined: list[Token]) -> bool:
    """True when ``head`` is a bare role noun that, with its conjuncts, titles one person.

    "said Anchorage businessman and blogger Ana Ruiz": a singular common noun with no
    article cannot name anyone of its own; with the person's name conjoined it is a
    description of that person, and a place compounded with it says where she works.
    "the mayor and Ana Ruiz" are two people.
    """
    if head.tag_ != "NN" or head.i in ix.mention_of or len(conjoined) != 1:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    return _person_named(ix, conjoined[0]) and conjoined[0].i > head.i


def _hyphen_joined(token: Token) -> bool:
    """True for a piece of a hyphenated word left of its last piece ("co" in "co-worker")."""
    doc = token.doc
    if token.whitespace_ or token.i + 1 >= len(doc):
        return False
    if token.text == "-":
        return True
    after = doc[token.i + 1]
    return after.text == "-" and not after.whitespace_ and token.i + 2 < len(doc)


def _whole_words(found: list[Token]) -> list[Token]:
    """The subjects ``found`` with each hyphenated word taken once, as its last piece.

    The tokenizer splits "co-worker", "ex-wife", "vice-president" at the hyphen and the
    parser may make every piece a subject; the word is one noun, headed by its last
    piece ("worker"), whose phrase takes back the pieces before it.
    """
    whole = [t for t in found if not _hyphen_joined(t)]
    return whole if whole else found


def _hyphen_start(token: Token) -> int:
    """Index of the first piece of the hyphenated word ending at ``token``."""
    doc = token.doc
    i = token.i
    while i >= 2 and doc[i - 1].text == "-" and _hyphen_joined(doc[i - 2]):
        i -= 2
    return i


def _participle(verb: Token) -> bool:
    """True for a past participle modifying a noun, even one tagged as a past tense.

    "a parolee wanted on suspicion of murder": a verb hanging from a noun with no
    subject or auxiliary of its own is a reduced relative, so the noun is who the
    act was done to.
    """
    if verb.tag_ == "VBN":
        return True
    own = ("nsubj", "nsubjpass", "aux", "auxpass")
    return verb.tag_ == "VBD" and not any(c.dep_ in own for c in verb.children)


_TEXT_CUES = frozenset({"read"})
"""Cues said of a written text ("the sign reads"), never of the people it names."""
_TEXT_ANTECEDENT_DEPS = frozenset({"pobj", "prep", "xcomp", "relcl", "acl", "dobj", "dative"})


def _text_antecedent(noun: Token) -> Token:
    """The text a "that reads" after ``noun`` refers to: ``noun``, or the document above it.

    "a letter of apology that he wrote to the girl's mother that reads, '...'": the
    letter reads so, not its recipient; a noun that is no document is passed over for
    the first document noun above it, through the words that describe it.
    """
    current = noun
    while not _document_noun(current) and current.head.i != current.i:
        if current.dep_ not in _TEXT_ANTECEDENT_DEPS:
            return noun
        current = current.head
    return current if _document_noun(current) else noun


def _document_noun(token: Token) -> bool:
    """True for a common noun naming a document ("letter", "sign", "statement")."""
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in DOCUMENT_NOUNS or token.lower_ in DOCUMENT_NOUNS
    )


def _controlling_object(ix: ArticleIndex, infinitive: Token) -> list[Token]:
    """The object of the verb a subjectless infinitive completes, who does what it says.

    "..., prompting opposition lawmakers to accuse the government": the lawmakers
    accuse, not the subject of the sentence; likewise "urged X to say", "asked X to
    confirm".
    """
    if infinitive.tag_ != "VB" or infinitive.i == infinitive.head.i:
        return []
    return [
        c
        for c in infinitive.head.children
        if c.dep_ == "dobj" and c.i < infinitive.i and not ix.in_quote[c.i] and _agent_like(ix, c)
    ]


def _agent_like(ix: ArticleIndex, token: Token) -> bool:
    """True for words that may name someone who speaks: a name, a pronoun, people."""
    if token.i in ix.mention_of or token.pos_ in ("PROPN", "PRON"):
        return True
    return token.pos_ == "NOUN" and _names_people(token)


_PEOPLE_NOUNS = _INFORMANT_NOUNS | ROLE_NOUNS | ORGANIZATION_NOUNS | STORY_BODIES
"""Common nouns "who" may refer to: people, and bodies of them."""
_ANTECEDENT_DEPS = frozenset({"pobj", "prep", "amod", "acl"})


def _person_antecedent(noun: Token) -> Token:
    """The noun a "who" after ``noun`` refers to: ``noun``, or the person it describes.

    "an official familiar with the discussions who asked not to be named": "who" is
    the official, not the discussions. A common noun that names no one is passed over
    for the first noun above it, through the phrase that describes it, that does.
    """
    if noun.pos_ != "NOUN" or _names_people(noun):
        return noun
    current = noun
    while current.dep_ in _ANTECEDENT_DEPS and current.head.i != current.i:
        current = current.head
        if current.pos_ == "PROPN" or (current.pos_ == "NOUN" and _names_people(current)):
            return current
    return noun


def _described_person(ix: ArticleIndex, noun: Token) -> Token:
    """The named person a "who" after ``noun`` refers to, else ``noun``.

    "... by Dana Viklund, a security researcher at Redgate Labs, who said ...": "who"
    follows the description of the named person, who speaks; neither the description
    (an unnamed researcher) nor the organization at its end is the speaker.
    """
    prep = noun.head
    if (
        noun.i in ix.mention_of
        and not _person_named(ix, noun)
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and _names_people(prep.head)
    ):
        noun = prep.head  # "a researcher at Redgate Labs, who": the researcher
    name = noun.head
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and _person_named(ix, name):
        return name
    return noun


def _person_named(ix: ArticleIndex, token: Token) -> bool:
    """True when ``token`` is part of a person's name (an entity mention of a person)."""
    mention = ix.mention_of.get(token.i)
    return mention is not None and ix.kinds.get(mention.key) is SourceKind.PERSON


def _made_thing(ix: ArticleIndex, key: str) -> bool:
    """True for a key every mention of which names a thing (a product, a work, a law).

    Such a name never is the body a description ("the company", "the software giant")
    refers back to, whatever source kind a speaking mention of it would get.
    """
    kinds = {m.kind for m in ix.mentions if m.key == key}
    return kinds == {EntityKind.OTHER}


def _earlier_body(ix: ArticleIndex, token: Token) -> str | None:
    """The key of the last organization named before ``token`` (a body by its mentions)."""
    for number in range(bisect_left(ix.mention_starts, token.idx) - 1, -1, -1):
        mention = ix.mentions[number]
        body = ix.kinds.get(mention.key) is SourceKind.ORGANIZATION
        if body and mention.kind is EntityKind.ORGANIZATION:
            return mention.key
    return None


def _uncapitalized(token: Token) -> bool:
    """True for a word the tagger took for a name that has no capital letter ("exe").

    A name is written with a capital; a lower-case word read as one, such as the tail
    of a file name split at its dot ("iexplore. exe"), names no one. A word the
    recognizer put in a name ("the coast guard"), a body's noun or a word heading
    other name words ("the regional electoral commission") is left to that name.
    """
    if not token.is_alpha or not token.is_lower or token.ent_type_:
        return False
    if token.lemma_.lower() in ORGANIZATION_NOUNS:
        return False
    return not any(c.dep_ in _NAME_DEPS for c in token.lefts)


def _common_body_noun(token: Token) -> bool:
    """True for a body's common noun in lower case the tagger took for a name.

    "The Egyptian communications ministry said": "ministry" alone among common words is
    no name of its own but the head of a description, whose words all name the body.
    When its lower-case modifiers are tagged as a name too ("the regional electoral
    commission"), the tagger read the words as one name, and they are kept as such.
    """
    if not token.text.islower() or token.lemma_.lower() not in ORGANIZATION_NOUNS:
        return False
    return not any(c.pos_ == "PROPN" and c.text.islower() for c in token.lefts)


def _apposed_first(child: Token) -> bool:
    """Sort key putting a noun's appositive before its modifiers.

    "Subsea cable operator, Seacom, announced": the appositive names the speaker
    itself, a modifier ("Subsea") only what kind of thing it deals in.
    """
    return child.dep_ != "appos"


def may_speak(ix: ArticleIndex, subject: Token) -> bool:
    """True for a subject that can make a report: a pronoun, a name, people or a body.

    A date ("Monday saw ...") or a thing or an event ("the raid", "a second theft")
    states nothing.
    """
    if subject.ent_type_ in _WHEN_NAMES:
        return False
    if subject.tag_ == "WDT" and subject.head.dep_ == "relcl":
        # "the incident, which saw ...": what the relative clause is about
        return may_speak(ix, subject.head.head)
    return subject.pos_ in ("PRON", "PROPN") or subject.i in ix.mention_of or _names_people(subject)


_WHEN_NAMES = frozenset({"DATE", "TIME"})


def _names_people(noun: Token) -> bool:
    """True for a common noun that names a person or a body of people ("official")."""
    lemma = noun.lemma_.lower()
    return lemma in _PEOPLE_NOUNS or lemma in _PERSON_WORDS or bool(_PERSON_SUFFIX.search(lemma))


def _closing_subject(found: list[Token], verb: Token) -> list[Token]:
    """The subject phrase right before the cue ``verb`` when a comma sets it off from others.

    "Seven people were injured, two of them seriously, a spokeswoman for the hospital
    said": the parser makes both "two" and "spokeswoman" subjects of "said". Two
    subjects of one verb are no sentence's own; the aside before the comma belongs to
    the reported clause, and the noun phrase that ends right at the cue speaks. In
    "..., said Graham Cluley" the subject after the cue speaks: what precedes the comma is
    the reported clause.
    """
    if len(found) < 2:
        return found
    last, before = found[-1], found[-2]
    doc = verb.doc
    if before.i < verb.i < last.i and doc[verb.i - 1].text == ",":
        return [last]  # "... a file called iexplore. exe, said Graham Cluley": Cluley speaks
    closing = last.pos_ in ("NOUN", "PROPN") and last.right_edge.i == verb.i - 1
    set_off = any(t.text == "," for t in doc[before.right_edge.i + 1 : last.left_edge.i])
    return [last] if closing and set_off and before.i < last.i else found


def _named_role(ix: ArticleIndex, found: list[Token]) -> Token:
    """The first of the subjects ``found``, or the person a first role noun names.

    In "..., his lawyer Mira Oldfield said" the parser may make both the role and the
    name subjects of the cue: the role describes the name right after it, and the
    named person speaks.
    """
    head = found[0]
    if len(found) < 2 or head.lemma_.lower() not in ROLE_NOUNS | ANONYMOUS_NOUNS:
        return head
    name = found[1]
    mention = ix.mention_of.get(name.i)
    if mention is None or ix.kinds.get(mention.key) is not SourceKind.PERSON:
        return head
    first = ix.token_range(mention.span.start, mention.span.end)[0]
    between = ix.doc[head.i + 1 : first]
    return name if first > head.i and all(t.text == "," for t in between) else head


def _crediting_agent(ix: ArticleIndex, credit: Token) -> list[Token]:
    """The agents of a passive cue a participle hangs from, who speak through it.

    "The breach was first reported by the Calder Ledger, citing a security
    researcher": the outlet credited by "reported by" cites, not the breach.
    """
    if credit.i not in ix.cues or not any(c.dep_ == "nsubjpass" for c in credit.children):
        return []
    agents = [c for c in credit.children if c.dep_ == "agent"]
    return [p for a in agents for p in a.children if p.dep_ == "pobj" and not ix.in_quote[p.i]]


def _passive_credit(ix: ArticleIndex, verb: Token, subject: Token) -> Token | None:
    """The passive cue whose agent ``subject`` speaks through the participle ``verb``.

    See :func:`_crediting_agent`; None when ``subject`` is no such agent.
    """
    agent = subject.head
    credit = agent.head
    if verb.tag_ != "VBG" or agent.dep_ != "agent" or credit is verb:
        return None
    return credit if credit.i in ix.cues and credit.i < verb.i else None


def appositive_subject(ix: ArticleIndex, verb: Token) -> list[Token]:
    """The appositive right before a conjoined cue the parser left without subject.

    "Hackers took data from Harwick Mobile, a security researcher told the Ledger":
    the parser hangs "a security researcher" on the company and conjoins "told" to
    "took"; the appositive, set off by a comma and ending at the cue, speaks. So does
    a person's name the parser conjoined to a noun before ("The benefit held for obese
    participants, Professor Ilona Varesh of the University of Tessmoor told the Post").
    """
    if verb.dep_ != "conj" or verb.i == 0:
        return []
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        if token.right_edge.i != verb.i - 1 or ix.in_quote[token.i]:
            continue
        if token.dep_ != "appos" and not (token.dep_ == "conj" and _person_named(ix, token)):
            continue
        left = token.left_edge.i
        if token.head.i < left and left > 0 and doc[left - 1].text == ",":
            return [token]
    return []


_OWN_WORDS_AFTER = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "acomp"})
"""Dependents after a cue that give it words of its own: then it closes no clause."""


def hung_speaker(ix: ArticleIndex, verb: Token) -> Token | None:
    """The speaker of a closing cue that the parser hung on a noun of the reported clause.

    "The fire destroyed 37 homes in the Brannock Valley, the Eastmarch Fire Service
    said": the parser reads the service as an appositive of the valley (or, after "as
    the fire burns,", as a conjunct of "burns" joined by a bare comma) and leaves the
    cue without a subject of its own. A noun phrase set off by a comma (no "and" or
    "or"), ending right at a cue that has no words of its own after it, speaks; any
    subject the cue has is a word of the clause it hangs on. None otherwise.
    """
    if verb.i == 0 or any(c.dep_ in _OWN_WORDS_AFTER and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for token in doc[verb.sent.start : verb.i]:
        if token.right_edge.i != verb.i - 1 or ix.in_quote[token.i]:
            continue
        if token.dep_ not in ("appos", "conj") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        left = token.left_edge.i
        if not token.head.i < left or left == 0 or doc[left - 1].text != ",":
            continue
        if all(s.is_ancestor(token) for s in subjects):
            return token
    return None


_COORDINATORS = frozenset({"and", "or"})


def _coordinated_subject(ix: ArticleIndex, verb: Token) -> list[Token]:
    """The subject of the cue whose clause a conjoined cue without subject continues.

    "Shares in X closed lower after the pump maker reported a drop in profit and said
    it would shed jobs": the parser conjoins "said" to "closed", whose subject (the
    shares) says nothing; "and said" continues the clause of "reported" that ends right
    before the "and", and its subject speaks. A cue conjoined to a cue keeps climbing.
    """
    head = verb.head
    if verb.dep_ != "conj" or head.i in ix.cues or verb.i < 2:
        return []
    doc = verb.doc
    if doc[verb.i - 1].lower_ not in _COORDINATORS:
        return []
    end = verb.i - 3 if doc[verb.i - 2].text == "," else verb.i - 2
    for token in doc[head.i + 1 : end + 1]:
        if token.i not in ix.cues or token.right_edge.i != end or ix.in_quote[token.i]:
            continue
        if head.is_ancestor(token):
            return [c for c in token.children if c.dep_ == "nsubj" and not ix.in_quote[c.i]]
    return []


def _after_dateline(ix: ArticleIndex, verb: Token) -> Token | None:
    """The subject of ``verb`` that the parser took for a dateline before it.

    In "CORVAST, April 23 (Wire) - Veltrane Systems said" the place is parsed as the
    subject; the speaker is the phrase between the dateline and the verb (its head).
    """
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and not ix.in_dateline[start - 1]:
        start -= 1
    if start == verb.i or not ix.in_dateline[start - 1]:
        return None
    for token in doc[start : verb.i]:
        if token.pos_ in ("NOUN", "PROPN", "PRON") and not start <= token.head.i < verb.i:
            return token
    return None


def _adjacent_subject(ix: ArticleIndex, verb: Token) -> list[Token]:
    """A name or subject pronoun right next to a cue the parser left without subject.

    "Said Ellis:", "“…,” Rep. Ann Lee (D-Md.) said": the name just after the verb, or
    just before it (past a parenthesis), outside any quote.
    """
    doc = verb.doc
    after = verb.i + 1
    if verb.dep_ == "compound" and verb.head.i > verb.i:
        return [verb.head]
    if after < len(doc) and not ix.in_quote[after] and after in ix.mention_of:
        if _takes_object(verb):
            return []  # "police arrested and charged Mara Quillet", "a woman named Lena Voss"
        root = _mention_root(ix, after)
        if _said_of(verb, root):
            return []  # "..., saying Bush could sit out": Bush is who the words are about
        return [root]
    before = verb.i - 1
    if before >= 0 and doc[before].text == ")":
        while before >= 0 and doc[before].text != "(":
            before -= 1
        before -= 1
    if before < 0 or ix.in_quote[before]:
        return []
    if before in ix.mention_of or doc[before].lower_ in _SUBJECT_PRONOUNS:
        return [_mention_root(ix, before)]
    if doc[before].text == "," and before - 1 in ix.mention_of and not ix.in_quote[before - 1]:
        # "..., the company's chief executive, Ada Voss, said": the name set off in
        # apposition to a role right before the cue
        root = _mention_root(ix, before - 1)
        if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_NOUNS:
            return [root]
    return []


_SHARED_SUBJECT_DEPS = frozenset({"conj", "acl", "relcl"})
"""Dependencies of a verb whose subject is a word before it: the verb it joins, the
noun it describes."""


def _takes_object(verb: Token) -> bool:
    """True when the name right after ``verb`` is who the act is done to, not a speaker.

    A speaker follows its verb only by inversion ("..., said Ellis"), where the verb
    opens its own clause. A verb joined to another ("arrested and charged Mara Quillet")
    shares that verb's subject, a participle ("a woman named Lena Voss", "was charged")
    takes the person it names or acts on, never one who speaks. So does an infinitive
    ("went on to praise Vance"): it has no inverted subject, only an object.
    """
    return (
        verb.dep_ in _SHARED_SUBJECT_DEPS
        or verb.tag_ == "VBN"
        or _infinitive(verb)
        or verb.lemma_.lower() in _HEARER_VERBS
    )


_HEARER_VERBS = frozenset({"tell", "inform"})
"""Cues whose name right after them is who hears the words ("told Nixon in a letter")."""


def _apposed_to_quoted(ix: ArticleIndex, verb: Token) -> list[Token]:
    """A name set off after a quoted word the parser made the subject of ``verb``.

    In '"..., the ability ...," Ann Lee, a veteran, told the board' the parser may take
    a word of the quote for the subject and hang the name on it in apposition: the
    name outside the quote is who speaks.
    """
    return [
        child
        for subject in verb.children
        if subject.dep_ == "nsubj" and ix.in_quote[subject.i]
        for child in subject.children
        if child.dep_ == "appos" and not ix.in_quote[child.i] and child.i in ix.mention_of
    ]


def _said_of(verb: Token, name: Token) -> bool:
    """True when the name after ``verb`` opens what is said, not who says it.

    A name that is the subject of the cue's own clause ("..., saying Bush could sit
    out") is talked about in the words reported; an inverted speaker ("said Ellis")
    hangs from the cue itself.
    """
    clause = name.head
    return name.dep_ in ("nsubj", "nsubjpass") and clause.head.i == verb.i and clause.i != verb.i


def _infinitive(verb: Token) -> bool:
    """True for a "to"-infinitive ("to praise"), whose subject is never after it."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    )


def _mention_root(ix: ArticleIndex, i: int) -> Token:
    """The head token of the mention covering token ``i`` (the token itself if none)."""
    mention = ix.mention_of.get(i)
    if mention is None:
        return ix.doc[i]
    tokens = ix.token_range(mention.span.start, mention.span.end)
    for j in tokens:
        if ix.doc[j].head.i not in tokens or ix.doc[j].head.i == j:
            return ix.doc[j]
    return ix.doc[i]


def _surface_subject(verb: Token) -> list[Token]:
    """Subject of a cue the parser missed: the first noun run of its clause, by position."""
    doc = verb.doc
    begin = verb.sent.start
    for j in range(verb.i - 1, begin - 1, -1):
        if doc[j].text == ",":
            begin = j + 1
            break
    for j in range(begin, verb.i):
        if doc[j].pos_ in ("NOUN", "PROPN", "PRON"):
            while j + 1 < verb.i and doc[j + 1].pos_ in ("NOUN", "PROPN"):
                j += 1
            return [doc[j]]
    return []


_PUBLISHING = frozenset({"report", "publish", "write", "describe"})
"""Cues whose "in X" names where the words appeared ("reported in the Lancet")."""


def _recipients(ix: ArticleIndex, verb: Token) -> list[Source]:
    """Outlets the speaker talked to or published in.

    "told the Herald", "said in an interview with X", and for a report, "researchers
    reported in the Northbridge Medical Review": the journal carries the finding.
    """
    found: list[Source] = []
    for child in verb.children:
        targets: list[Token] = []
        if child.dep_ in ("dative", "dobj") and verb.lemma_ in ("tell", "interview"):
            targets.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            targets.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                if verb.lemma_ in _PUBLISHING:
                    targets.append(noun)
                elif noun.lemma_ == "interview":
                    targets.extend(
                        p for w in noun.children if w.lower_ == "with" for p in w.children
                    )
        for target in targets:
            source, _ = source_of(ix, target)
            if source is not None and source.kind is SourceKind.OUTLET:
                found.append(source)
    return found


_PERCEPTION_CUES = frozenset({"notice", "spot", "witness", "see"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _perceives(verb: Token, cue: str) -> bool:
    """True for a verb of perception with no stated clause: "an operator noticed smoke".

    Noticing, spotting or witnessing something (and having seen it) is part of the
    event, no report of anyone's: only a clause with its own subject ("noticed that
    the doors were open") carries words someone may state. "Analysts see growth
    slowing", in the present, is a view.
    """
    if cue not in _PERCEPTION_CUES or (cue == "see" and verb.tag_ not in _PAST_TAGS):
        return False
    return not any(c.dep_ == "ccomp" and _stated_clause(c) for c in verb.children)


def _stated_clause(clause: Token) -> bool:
    """True for a clause with "that" or a past or third-person tense.

    Not a clause of acts seen: "saw firefighters tackle the blaze".
    """
    if any(c.dep_ == "mark" for c in clause.children):
        return True
    # a plural subject's bare verb ("firefighters tackle") is tagged as a present
    tensed = clause.tag_ in ("VBD", "VBZ", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    return tensed and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def frame_for_cue(
    ix: ArticleIndex, verb: Token, cue: str | None = None, *, generic: bool = False
) -> Frame | None:
    """The frame of the cue ``verb``: its speaker and the sources it credits, or None.

    Args:
        ix: the article's look-ups.
        verb: the cue token.
        cue: the cue string when ``verb`` is not one of ``ix.cues`` (a learned
            attribution cue such as "show" or "vow").
        generic: credit a subject that names nothing resolvable ("21 percent",
            "some families", "we") as an anonymous source named by its words,
            instead of giving no frame.
    """
    cue = cue or ix.cues.get(verb.i)
    if cue is None or _perceives(verb, cue):
        return None
    saying = _as_saying(ix, verb)
    if saying is not None:
        # "the Daily News quoted Ana Ruiz as saying": Ruiz speaks; the cue is "quoted"
        inner = frame_for_cue(ix, saying, generic=generic)
        if inner is not None:
            end = verb.idx + len(verb)
            return Frame(cue, verb.i, verb.idx, end, inner.speaker, inner.credited)
    sources: list[Source] = []
    speaker: Source | None = None
    for subject in _subjects(ix, verb, cue):
        if _reported_figure(subject, verb):
            continue
        parties = [p for p in _joint_parties(ix, subject) if not _own(ix, p)]
        if parties:
            # "X and Y agreed ..., both sides said": the two named parties speak
            speaker = speaker or parties[0]
            sources.extend(parties)
            continue
        limit = verb.i if subject.i < verb.i and not _describes(subject, verb) else None
        source, relays = source_of(ix, subject, limit)
        if source is None and generic:
            source = _generic_source(subject, limit)
        if source is None or _own(ix, source):
            continue
        credit = _passive_credit(ix, verb, subject)
        if credit is not None:
            # the words naming who cites are the whole credit: "The breach was first
            # reported by the Calder Ledger, citing ..."
            source = _renamed(source, credit.left_edge.idx, source.end)
        speaker = speaker or source
        relays = tuple(r for r in relays if not _own(ix, r))
        sources.extend(relays if relays else (source,))
    if speaker is None:
        return None
    recipients = [r for r in _recipients(ix, verb) + _quoting_outlets(ix, verb) if not _own(ix, r)]
    if recipients and all(s.kind in _UNNAMED for s in sources):
        sources = recipients  # an unnamed source speaking to an outlet: the outlet relays
    last = verb.i + 1 if cue == "according to" else verb.i
    for child in verb.rights:
        if child.dep_ == "prt" and " " in cue:
            last = child.i
    cue_end = verb.doc[last]
    unique = {(s.key, s.kind): s for s in reversed(sources)}
    credited = tuple(s for s in sources if unique.get((s.key, s.kind)) is s)
    return Frame(cue, verb.i, verb.idx, cue_end.idx + len(cue_end), speaker, credited)


_OWN_WORDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "aux", "auxpass"})
"""Dependents that make a cue a clause of its own: an object, a clause, an auxiliary."""

_PARTY_NOUNS = frozenset({"side", "party"})
"""Plural nouns that name the two parties of a deal or a dispute ("both sides")."""
_PARTY_KINDS = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.OUTLET})


def _both(token: Token) -> bool:
    """True for "both sides", "both parties", "the two sides": the two of a pair."""
    if token.lemma_.lower() not in _PARTY_NOUNS or token.tag_ != "NNS":
        return False
    words = {c.lower_ for c in token.lefts}
    return "both" in words or {"the", "two"} <= words


def _joint_parties(ix: ArticleIndex, token: Token) -> list[Source]:
    """The two named parties "both sides" (``token``) refers to, or none.

    "the Seafarers' Union and Skerra Lines agreed ..., both sides said": the last two
    names joined by "and" (persons or organizations) before ``token``, in its sentence
    or the few before, are the sides that speak.
    """
    if not _both(token):
        return []
    text = ix.doc.text
    before = ix.mentions[: bisect_left(ix.mention_starts, token.idx)]
    for second, first in zip(reversed(before[1:]), reversed(before[:-1]), strict=True):
        at = ix.token_range(first.span.start, first.span.end)[0]
        if not ix.within_pronoun_reach(token, at):
            break
        joint = text[first.span.end : second.span.start].strip().lower()
        if joint not in ("and", "and the"):
            continue
        if first.key in ix.places or second.key in ix.places:
            continue
        start, end = _phrase(token)
        named = ix.doc[start:end]
        pair = [ix.entity_source(m.key, named.start_char, named.end_char) for m in (first, second)]
        if pair[0].key != pair[1].key and all(p.kind in _PARTY_KINDS for p in pair):
            return pair
    return []


def _reported_figure(subject: Token, verb: Token) -> bool:
    """True when the cue ``verb`` is a participle describing the figure ``subject``.

    "..., double the figure first reported": the parser makes "the figure" the subject
    of "reported", but a number or a toll is what is reported, never who reports. A
    bare past form right after such a noun, with no auxiliary, object or clause of its
    own, describes it ("the number initially announced") and credits no one.
    """
    if subject.lemma_.lower() not in FIGURE_NOUNS or subject.pos_ != "NOUN":
        return False
    if subject.i > verb.i or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in _OWN_WORDS for c in verb.children)


def own_report(ix: ArticleIndex, verb: Token, cue: str | None = None) -> bool:
    """True when a subject of the cue ``verb`` names the article's own outlet.

    "..., the Sentinel has learned", "the Sentinel reported" in the Capital Sentinel:
    the outlet presents what follows as its own reporting, which :func:`frame_for_cue`
    never credits (the outlet is no upstream source of itself).
    """
    cue = cue or ix.cues.get(verb.i)
    if cue is None or not ix.own_outlet:
        return False
    for subject in _subjects(ix, verb, cue):
        limit = verb.i if subject.i < verb.i and not _describes(subject, verb) else None
        source, _ = source_of(ix, subject, limit)
        if source is not None and _own(ix, source):
            return True
    return False


def _describes(subject: Token, verb: Token) -> bool:
    """True when the cue ``verb`` is in a relative clause inside the phrase of ``subject``.

    "an official familiar with the discussions who asked not to be named": the clause
    is part of the words naming the official, which do not stop at the cue.
    """
    clause = verb
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl" and clause.head.i != subject.i and subject.is_ancestor(clause)


def _own(ix: ArticleIndex, source: Source) -> bool:
    """True when ``source`` is the article's own outlet, which never credits itself."""
    return bool(ix.own_outlet) and source.key == ix.own_outlet


def _generic_source(token: Token, limit: int | None) -> Source | None:
    """An unresolved subject credited by its own words (None when it names no one).

    People, groups and shares of them ("some families", "21 percent", "we") are
    anonymous; a singular common noun ("the map shows") is a document. Expletives
    ("it seems"), relative words, dates and amounts name no one.
    """
    if token.dep_ == "expl" or token.tag_ in ("WP", "WDT", "EX") or token.ent_type_ in _NO_ONE:
        return None
    if _notice(token) or _securities(token) or _negated(token):
        return None
    if token.pos_ == "PROPN" and _uncapitalized(token):
        return None  # "iexplore. exe": a file name's tail, no one
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    found = _phrase_source(token, _phrase(token, limit), SourceKind.ANONYMOUS)
    if not found.key:
        return None
    singular = (token.pos_ == "NOUN" and token.tag_ == "NN") or _common_body_noun(token)
    if singular and not token.ent_type_ and not _person(token):
        # a singular thing ("a FlightRadar24 map showed"): a document, not a person;
        # an organization when the noun names one ("a fire service said")
        kind = SourceKind.ORGANIZATION if _organization_noun(token) else SourceKind.DOCUMENT
        return Source(found.name, found.key, kind, found.start, found.end, False)
    return found


_NOBODY = frozenset({"nobody", "none", "noone"})


def _negated(token: Token) -> bool:
    """True for a subject that names no one: "No group has claimed ...", "nobody said".

    A negative subject that names no known source denies that anyone did or said a
    thing: the outlet's own statement, never a source.
    """
    return token.lower_ in _NOBODY or any(
        c.dep_ in ("det", "neg") and c.lower_ == "no" for c in token.children
    )


_SECURITIES = frozenset({"share", "stock", "bond"})
"""What is traded and moves ("shares in Harnmark closed lower"): never one who speaks."""


def _securities(token: Token) -> bool:
    """True for traded securities ("shares", "stocks", "bonds"), which state nothing."""
    return token.tag_ == "NNS" and token.lemma_.lower() in _SECURITIES


def _person(token: Token) -> bool:
    """True for a noun that names a person ("the person", "a member"), never a document."""
    return token.lemma_.lower() in QUALIFIED_ANONYMOUS_NOUNS


def _notice(token: Token) -> bool:
    """True for words naming the article's own correction notice or an earlier version.

    "Correction: ...", "Clarification: ...", "an earlier version of this article said":
    the outlet correcting itself, which quotes no upstream source.
    """
    lemma = token.lemma_.lower()
    if lemma in _NOTICES or token.lower_ in _NOTICES:
        return True
    if lemma not in ("version", "edition"):
        return False
    return any(
        c.dep_ == "amod" and (c.lower_ in _FORMER or c.lemma_.lower() in _FORMER)
        for c in token.children
    )


def _bare_plural(token: Token) -> bool:
    """True for a plural noun with no determiner, possessor or modifier ("reports")."""
    return token.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "prep", "nummod") for c in token.children
    )

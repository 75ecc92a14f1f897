"""Where each statement comes from: the origin keys behind a claim.

An article's claim is traced to the upstream sources it credits (an outlet, an agency, a
document, a named person, an anonymous source); a claim it makes in its own voice is
traced to the article's outlet, or to the agency its wire trailer names ("(Continental
Press Agency)" closing the text), as is the report of a request ("X asked for a
recount"); a copy is traced through the article it copies. Origins are canonical keys,
so an outlet credited by another article ("according to the Miami Herald") and that
outlet's own report meet on one key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from ..chains import chain_end
from ..extract.cues import (
    ANONYMOUS_NOUNS,
    BUSINESS_KINDS,
    COMPANY_HEADS,
    DOCUMENT_NOUNS,
    FUNCTION_NOUNS,
    KIND_NOUNS,
    NON_OUTLET_HEADS,
    OFFICE_TITLES,
    ORGANIZATION_NOUNS,
    PRODUCT_KINDS,
    PUBLIC_BODY_HEADS,
    STRONG_OUTLET_HEADS,
    TRAILER_CUE,
    WEAK_OUTLET_HEADS,
    initials_of,
)
from ..extract.entities import (
    HONORIFICS,
    PERSON_TITLES,
    RANK_TITLES,
    initialed_lead,
    leads,
    one_given_name,
)
from ..extract.sources import STORY_BODIES
from ..model import (
    AnalyzedArticle,
    Attribution,
    Claim,
    CopyLink,
    EntityKind,
    Mention,
    SourceKind,
    Span,
)
from ..text import canonical_key
from ..unionfind import UnionFind
from .joined_names import joined_names
from .name_slips import named_together, slipped_name, usual_spelling
from .one_source import (
    ISSUE_WORDS,
    ISSUED,
    article_issuer,
    body_names,
    chain_ends,
    names_body,
    unowned_statement,
    with_body_names,
)


def _wordset(words: str) -> frozenset[str]:
    """The set of the whitespace-separated ``words``."""
    return frozenset(words.split())


_CONDUITS = (SourceKind.OUTLET, SourceKind.DOCUMENT, SourceKind.ORGANIZATION)


#: The words that make an organization's name the name of its own publishing desk:
#: "Veltrano Systems Newsroom" publishes for Veltrano Systems.
_OWN_DESK = re.compile(
    r"\s+(?:newsroom|news\s+room|press\s+room|press\s+office|press\s+centre|press\s+center|"
    r"media\s+centre|media\s+center|media\s+room|investor\s+relations)$",
    re.IGNORECASE,
)


#: "News" after the name of an organization that is no outlet: its own news pages.
_OWN_NEWS = re.compile(r"\s+news$", re.IGNORECASE)


def outlet_key(outlet: str) -> str:
    """Return the origin key of an outlet name.

    An organization's newsroom or press office is the organization: its release and
    "the company said" elsewhere are one origin. So are the news pages of a body that
    is no outlet, named by the body and "News" ("University of Tessmoor News", "Harwick
    Mobile News"): the noun the body's name is headed by is one no outlet's name is
    made of (:data:`~corrobora.extract.cues.NON_OUTLET_HEADS`), unlike "Valley News" or
    "Capital FM News" (a station, whatever its first word).
    """
    named = _OWN_DESK.sub("", outlet.strip()) or outlet
    body = _OWN_NEWS.sub("", named)
    words = canonical_key(body).split()
    if body != named and len(words) > 1 and _name_head(words) in NON_OUTLET_HEADS:
        named = body
    return canonical_key(named) or named.casefold()


def copy_roots(copies: Iterable[CopyLink]) -> dict[str, str]:
    """Map each copied article to the original at the root of its copy chain."""
    parent = {link.article_id: link.copy_of for link in copies}
    return {article_id: chain_end(parent, article_id) for article_id in parent}


def _speaker_names(attribution: Attribution, analysis: AnalyzedArticle) -> Iterator[Mention]:
    """The mentions of the attribution's source inside its span: where its name is written.

    A person's name the recognizer missed ("Ana Ruiz, the head of the agency,
    urged") is where the credit's own source words are written in its span.
    """
    found = False
    for name in analysis.mentions:
        if name.key == attribution.source_key and _overlap(name.span, attribution.span) > 0:
            found = True
            yield name
    if not found and attribution.kind is SourceKind.PERSON:
        yield from _written_name(attribution, analysis.article.text)


def _written_name(attribution: Attribution, text: str) -> Iterator[Mention]:
    """The credited person's name as written in the credit's span, if it is written there."""
    span = attribution.span
    start = text.find(attribution.source, span.start, span.end)
    if start >= 0 and canonical_key(attribution.source) == attribution.source_key:
        end = start + len(attribution.source)
        yield Mention(
            Span(start, end), attribution.source, attribution.source_key, EntityKind.PERSON
        )


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _frame(attribution: Attribution) -> Span:
    """The words that name the source and the cue, up to content that follows them.

    "Hana Welk said on Tuesday that the tank ...": the time phrase and the "that"
    between the cue and what was said belong to the saying, not to the statement.
    """
    span, content = attribution.span, attribution.content
    if span.end <= content.start:
        return Span(span.start, content.start)
    return span


def _coverage(claim: Span, attribution: Attribution, text: str) -> float:
    """Share of the claim, less the words naming the source, that the credited content covers.

    When the source is named after what it said ('"...," said Dr. Ana Ruiz of Kestrel
    Hospital, the study's lead author'), the rest of the claim after the content names
    and describes the source: none of it is the claim's own. When the source is named
    before what it said, the words before the name ("By Tuesday evening, Commander")
    belong to the saying, not to the claim. A report's credit set off after the
    sentence's subject ("The decision, first reported by X, was ...") credits the
    subject only: what the sentence goes on to say stays the claim's own
    (:func:`_set_off_report`). ``text`` is the claim's text.
    """
    frame = _frame(attribution)
    span = attribution.span
    if span.end <= attribution.content.start and claim.start <= span.start < claim.end:
        frame = Span(claim.start, frame.end)
    own = (claim.end - claim.start) - _overlap(claim, frame)
    content = attribution.content
    if content.end <= attribution.span.start < claim.end and not _set_off_report(
        claim, attribution, text
    ):
        own = min(own, content.end - claim.start)
    return _overlap(claim, content) / max(1, own)


#: A report's credit set off after its subject: ", first reported by" ("as" optional).
_SET_OFF_BEFORE = re.compile(r",\s*(?:as\s+)?(?:(?:first|originally)\s+)?$", re.IGNORECASE)
#: What closes the set-off credit before the sentence goes on: ", was the bank's ...".
_SET_OFF_AFTER = re.compile(r"[^,;:\"“”()]{0,40},\s+[a-z]")


def _set_off_report(claim: Span, attribution: Attribution, text: str) -> bool:
    """True for a report's credit set off inside a sentence about its subject noun.

    ``text`` is the claim's text, ``claim`` its span.

    "The decision, first reported by the Observer on Tuesday, was the bank's fourth
    increase": the Observer is credited with the decision (the credit's content), not
    with what the rest of the sentence says of it, which is the article's own.
    """
    span, content = attribution.span, attribution.content
    if attribution.cue not in _REPORT_CUES or not claim.start <= content.end <= span.end:
        return False
    # ``text`` is the claim's own: its offsets start at the claim's
    at = claim.start
    return (
        _SET_OFF_BEFORE.search(text, content.end - at, span.start - at) is not None
        and _SET_OFF_AFTER.match(text, span.end - at, claim.end - at) is not None
    )


def covering_attributions(claim: Claim, attributions: Sequence[Attribution]) -> list[Attribution]:
    """Return the attributions whose credited content covers most of the claim.

    The words that name the source and the cue ("The Courier reported") do not count
    as part of the claim here. An attribution of an act ("Caracas rejected the offer")
    credits no statement, so it covers nothing; nor does a wire trailer's credit, which
    gives the article's own voice (see :func:`wire_agency`), not one claim's source.

    When a statement is credited both to a conduit (an outlet, a document or an
    organization) and to the person it quotes, the conduit is what the article relies
    on: "according to the Herald, the minister said ..." traces to the Herald. Credits
    that hold one another make one chain, which gives one origin
    (:func:`~corrobora.reconcile.one_source.chain_ends`): "Nordatel said ...,
    according to Brightwire Inc." is Nordatel's, and "a statement" that "Velmar Foods
    issued" is Velmar Foods'.
    """
    span = claim.span
    covering = [
        a
        for a in attributions
        if a.statement
        and a.content.start < span.end
        and span.start < a.content.end  # no overlap, no coverage: most are tested here
        and a.cue != TRAILER_CUE
        and (_coverage(span, a, claim.text) >= 0.5 or _closing_report(claim, a))
    ]
    conduits = [a for a in covering if a.kind in _CONDUITS]
    return chain_ends(conduits or covering, _unnamed_credit)


def _unnamed_credit(attribution: Attribution) -> bool:
    """True for a credit that names no source of its own: "officials", "a statement"."""
    if attribution.kind is SourceKind.ANONYMOUS:
        return not _titled_role(attribution)
    return _unowned_document(attribution) or unowned_statement(attribution)


#: Cues of a report a source published: "first reported by", "revealed".
_REPORT_CUES = _wordset("report reveal disclose publish")
#: What may stand between the comma that closes a statement and the credit of its report:
#: nothing ("..., the Ledger first reported"), "as" or a noun phrase that takes the
#: statement up ("..., a demand first reported by the Ledger"), and "first".
_REPORT_TAKEN_UP = re.compile(
    r"\s*(?:as\s+|(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?)?(?:first\s+)?", re.IGNORECASE
)
#: What may follow such a credit to the claim's end: a time phrase, no other clause.
_REPORT_TAIL = re.compile(r"[^,;:\"“”]{0,40}")


def _closing_report(claim: Claim, attribution: Attribution) -> bool:
    """True for the report of a source credited in a clause that closes the claim.

    "The attackers demanded 45 bitcoin, a demand first reported by the Ledger" and
    "..., the Ledger first reported on Monday" credit the whole statement before the
    comma, whatever part of it the credit's content was read as ("a demand", "45
    bitcoin"): the statement is the Ledger's report.
    """
    span, credit = claim.span, attribution.span
    if attribution.cue not in _REPORT_CUES or not span.start < credit.start < credit.end:
        return False
    if credit.end > span.end:
        return False
    head = claim.text[: credit.start - span.start]
    comma = head.rfind(",")
    return (
        comma > 0
        and len(head[:comma].split()) >= 3
        and _REPORT_TAKEN_UP.fullmatch(head, comma + 1) is not None
        and _REPORT_TAIL.fullmatch(claim.text, credit.end - span.start) is not None
    )


def claim_origins(
    claim: Claim,
    analysis: AnalyzedArticle,
    own_outlet: str,
    former: Mapping[str, set[str]] | None = None,
) -> tuple[str, ...]:
    """Return the sorted origin keys of one claim of ``analysis``.

    ``own_outlet`` is the origin key of the article's own voice (for a copy, the
    original's outlet; for wire copy, the agency of its trailer). ``former`` maps a
    person to the bodies the story says he served before (:func:`former_members`):
    the story's other articles may tell that the man this one calls "an associate
    director at the FBI" had left it, or has died, and his words are then his own.
    """
    origins: set[str] = set()
    for attribution in covering_attributions(claim, stated_credits(analysis)):
        if _titled_role(attribution):
            # "a detective testified": one office holder, whom the story may name
            # elsewhere (:func:`fuller_keys`), not the outlet's unnamed informant
            origins.add(attribution.source_key)
        elif attribution.kind is SourceKind.ANONYMOUS or _unowned_document(attribution):
            # Unnamed sources speak through the outlet that cites them: an outlet's
            # scoop from "officials" and another outlet repeating it share one origin,
            # as do the outlet and the documents it has seen ("the emails show").
            origins.add(own_outlet)
        else:
            origins.add(
                told_by(attribution, analysis)
                or owned_role(attribution, analysis.article.text)
                or affiliation(attribution, analysis, former)
                or owned_body(attribution, analysis)
                or possessed_by_body(attribution, analysis)
                or taken_up_document(attribution, analysis)
                or place_described_body(attribution, analysis)
                or _statement_issuer(attribution, analysis)
                or attribution.source_key
                or canonical_key(attribution.source)
            )
    return tuple(sorted(origins or _quote_speakers(claim, analysis))) or (own_outlet,)


#: The least share of a claim's characters a direct quote must hold for the claim to be
#: traced to the quote's speaker when no credit covers it.
_QUOTED_SHARE = 0.5


def _quote_speakers(claim: Claim, analysis: AnalyzedArticle) -> set[str]:
    """The known speakers of the direct quotes that make up most of ``claim``.

    A quote framed by a sentence that credits no statement ("The judge had advice for
    the guards:" then the quote in its own lines) still has the speaker the quote
    finder found: the quoted sentences are that speaker's words, not the outlet's.
    """
    span = claim.span
    length = max(1, span.end - span.start)
    return {
        quote.speaker_key
        for quote in analysis.quotes
        if quote.direct
        and quote.speaker_key
        and sum(_overlap(span, part) for part in quote.parts) / length >= _QUOTED_SHARE
    }


def _article_bodies(analysis: AnalyzedArticle) -> set[str]:
    """The keys of the organizations an article names, as mentions or as credits."""
    return {m.key for m in analysis.mentions if m.kind is EntityKind.ORGANIZATION and m.key} | {
        a.source_key
        for a in analysis.attributions
        if a.kind is SourceKind.ORGANIZATION and a.source_key
    }


def _body_of_owner(analysis: AnalyzedArticle, owner: str, at: int) -> str | None:
    """The article's body an owner names: itself when named so, a kind noun's one company."""
    if owner in BUSINESS_KINDS:
        return _one_company(analysis, at, owner)
    return owner if owner in _article_bodies(analysis) else None


#: The last words of what a body owns and speaks through: its team, its office, its blog.
_OWNED_VOICES = (
    ORGANIZATION_NOUNS
    | DOCUMENT_NOUNS
    | _wordset(
        "spokesman spokeswoman spokesperson chief director president chair chairman "
        "chairwoman head official manager executive secretary officer representative"
    )
)


def possessed_by_body(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The body a credit names as the owner of its team, role or page, or None.

    "The head of Veltrano's security response team says" and "the company's security
    team said" speak for Veltrano (the article's one company for "the company"): a part
    of a body, or its officer unnamed, is the body's voice, one origin with it.
    """
    words = attribution.source_key.split()
    if attribution.kind is SourceKind.PERSON or "s" not in words[1:-1]:
        return None
    at = len(words) - 1 - words[::-1].index("s")
    if words[-1] not in _OWNED_VOICES:
        return None
    start = max((i + 1 for i, word in enumerate(words[:at]) if word == "of"), default=0)
    if start == 0 and at == len(words) - 2:
        return None  # "Lind's campaign": the owner's own body, a voice of its own
    owner = " ".join(words[start:at])
    return _body_of_owner(analysis, owner, attribution.span.start) if owner else None


#: A page a body is written as owning: "its security response blog", "Veltrano's blog".
_OWNED_PAGE = (
    r"(?<![\w'’-])(?P<owner>[Ii]ts|[Tt]heir|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}['’]s)\s+"
    r"(?:[a-z-]+\s+){0,3}?"
)


def taken_up_document(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The body whose page a bare document credit takes up ("the blog adds"), or None.

    "In a post on its security response blog, Veltrano urged users to update. The blog
    adds ...": "the blog" is the one the article has said a body owns, that body's voice.
    "its" is the one organization named in its sentence.
    """
    key = attribution.source_key
    if attribution.kind is not SourceKind.DOCUMENT or key not in DOCUMENT_NOUNS:
        return None
    text = analysis.article.text
    owned = re.compile(_OWNED_PAGE + re.escape(key) + r"\b")
    owners: set[str] = set()
    for match in owned.finditer(text, 0, attribution.span.start):
        written = match["owner"]
        if written.lower() in _OWNING_PRONOUNS:
            owners |= _sentence_organizations(analysis, match.start())
        else:
            owners.add(canonical_key(written))
    found = {_body_of_owner(analysis, owner, attribution.span.start) for owner in owners}
    return found.pop() if len(found) == 1 else None


def _sentence_organizations(analysis: AnalyzedArticle, at: int) -> set[str]:
    """The keys of the organizations named in the sentence that holds ``at``."""
    text = analysis.article.text
    start = _sentence_start(text, at)
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end is not None else len(text)
    return {
        m.key
        for m in analysis.mentions
        if m.kind is EntityKind.ORGANIZATION and m.key and start <= m.span.start < stop
    }


#: Lower-case words between a place's name and the verb of a credit: " software giant ".
_DESCRIPTOR_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){1,3}")


def place_described_body(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The body a descriptor led by a place's name stands for ("the US software giant").

    "The US software giant said" credits no country: the place's name only describes a
    company ("the British bank", "the German carmaker"), the article's one named
    organization. With none or two, the descriptor's own words are the key, never the
    place's.
    """
    if attribution.kind not in _PERSON_OR_BODY:
        return None
    text, span = analysis.article.text, attribution.span
    start = text.find(attribution.source, span.start, span.end)
    if start < 0 or not any(
        m.kind in (EntityKind.PLACE, EntityKind.OTHER) and m.span.start == start
        for m in analysis.mentions
    ):
        return None
    end = start + len(attribution.source)
    descriptor = _DESCRIPTOR_AFTER.match(text, end, span.end)
    if descriptor is None or descriptor.end() >= span.end:
        return None
    bodies = _article_bodies(analysis) - {attribution.source_key}
    return bodies.pop() if len(bodies) == 1 else canonical_key(descriptor.group())


def _titled_role(attribution: Attribution) -> bool:
    """True for an unnamed source named by an office that titles a name ("the sheriff").

    So is a role that speaks on the record for its owner ("her rep", "Lind's
    publicist", :func:`owned_speaking_role`): one person, not an unnamed informant.
    """
    words = attribution.source_key.split()
    return attribution.kind is SourceKind.ANONYMOUS and (
        (0 < len(words) <= _ROLE_WORDS and words[-1] in OFFICE_TITLES) or owned_speaking_role(words)
    )


def owned_speaking_role(words: Sequence[str]) -> bool:
    """True for a key's words naming a role its owner speaks through ("her rep", "lind s agent")."""
    return (
        len(words) >= 2
        and _SPEAKING_ROLE.fullmatch(words[-1]) is not None
        and (words[0] in _OWNING_PRONOUNS or "s" in words[1:-1])
    )


#: A role between an organization and the name it leads: "Torvik spokeswoman Lena
#: Hartvik", "the council's chief executive Ed Poe"; also the people of a body who
#: tell ("Orange officials told ...").
_ROLES_WORDS = (
    r"spokes(?:man|woman|person)|chief|director|president|chair(?:man|woman)?|head|"
    r"official|manager|executive|secretary|lawyer|minister|commissioner|officer|"
    r"coordinator|co-ordinator|representative|founder|leader"
)
#: What may stand between a teller's name and "told": "Hart has told".
_HAS = re.compile(r"\s+(?:(?:has|have|had)\s+)?")
_TELLER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
#: A form of "tell" right before the one told: "told Bloomberg".
_TOLD = re.compile(r"(?:told|tells?|telling)\s+", re.IGNORECASE)
#: The named owner of those who told, right before the verb: "Orange officials ",
#: "the Harwick Mobile spokesman ", "Orange's executives have ".
_TELLERS = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|&))*?)(?:['’]s)?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:" + _ROLES_WORDS + r")s?\s+(?:(?:have|has|had)\s+)?$"
)


def told_by(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The key of the one who told the credited source, or None.

    In "Orange officials told Bloomberg that ..." the outlet is the one told, not the
    source: the words are Orange's, whichever outlet heard them; so are "Lena Hart
    told Reuters" Hart's. The teller must be named right before the verb (officials no
    one names stay the outlet's scoop).
    """
    text, span = analysis.article.text, attribution.span
    told = _TOLD.match(text, span.start) if attribution.cue == "tell" else None
    if told is None or attribution.source not in text[told.end() : span.end]:
        return None
    before = text[_sentence_start(text, span.start) : span.start]
    for mention in analysis.mentions:
        if mention.kind in _TELLER_KINDS and _HAS.fullmatch(text[mention.span.end : span.start]):
            return mention.key
    teller = _TELLERS.search(before)
    if teller is not None and teller["owner"].lower() not in _OWNING_PRONOUNS:
        return canonical_key(teller["owner"]) or None
    return told_by_role(before)


#: Roles that speak on the record for the one who owns them: "her rep", "Lind's publicist".
_SPEAKING_ROLES = (
    r"spokes(?:man|woman|person)|reps?|representatives?|publicists?|agents?|managers?|"
    r"lawyers?|attorneys?|counsel"
)
_SPEAKING_ROLE = re.compile(_SPEAKING_ROLES)
#: Possessive pronouns that own a role ("her rep") and never name an owner themselves.
_OWNING_PRONOUNS = _wordset("his her their its")
#: A role owned by a name, a body or a pronoun, right before the verb: "Lind's rep ",
#: "the company's spokesman ", "her longtime publicist has ".
_ROLE_TELLER = re.compile(
    r"(?<![\w'’-])(?P<role>(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?:[Tt]he\s+)?[a-z-]+['’]s|"
    r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:" + _SPEAKING_ROLES + r"))\s+(?:(?:have|has|had)\s+)?$"
)


#: A possessive pronoun right before a credit: "her " of "her rep told".
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")


def owned_role(attribution: Attribution, text: str) -> str | None:
    """The key of a bare speaking role credited without the pronoun that owns it, or None.

    "her rep told Pulse" may be credited to "rep" alone: it is "her rep", as the same
    words credited whole are keyed, one source with "her rep says".
    """
    key = attribution.source_key
    if _SPEAKING_ROLE.fullmatch(key) is None:
        return None
    owner = _PRONOUN_BEFORE.search(text, max(0, attribution.span.start - 8), attribution.span.start)
    return None if owner is None else f"{owner['owner'].lower()} {key}"


def told_by_role(before: str) -> str | None:
    """The key of an owned role that told an outlet, as a credit of that role keys it.

    "Lind's rep told Us" and "her spokesman told People" carry the words of a source
    that speaks on the record for Lind, the same as "her rep said" does: the outlet told
    is no origin of them. ``before`` is the sentence up to the verb.
    """
    role = _ROLE_TELLER.search(before)
    return (canonical_key(role["role"]) or None) if role is not None else None


#: Possessives by which a body is a person's: "his campaign", "her office".
_PERSONAL_POSSESSIVES = _wordset("his her")
#: A possessive and up to two words before a noun: "Lind's mayoral campaign".
_OWNS = r"['’]s\s+(?:[a-z-]+\s+){0,2}?"
#: A name that modifies a noun, "the" before it and one word at most between them: "the
#: Lind campaign", "the Lind re-election campaign"; without "the" the words after a name
#: are as often its verb ("Lind urged police").
_OWNS_AFTER_THE = r"\s+(?:[a-z-]+\s+)?"


def owned_body(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The key of a person's body a credit names by or through its owner, or None.

    A candidate's campaign or an official's office is its owner's: "his campaign
    said" is the campaign of the person last named before it (:func:`_antecedent`),
    and "the campaign said" after "Mayor Ana Lind's campaign" in its sentence, or in
    an article whose one owner of a campaign is Lind (:func:`_one_owner`), is hers.
    Both are keyed "<owner> s <noun>" by the full name the article gives the owner,
    as "Lind's campaign" is, so that the three are one origin and another
    candidate's campaign stays another. A noun of a kind of business ("the company")
    names a named organization, not an owner's.
    """
    key = attribution.source_key
    if attribution.kind is not SourceKind.ORGANIZATION or not key:
        return None
    *owner_words, noun = key.split()
    if noun not in ORGANIZATION_NOUNS or noun in KIND_NOUNS:
        return None
    if not owner_words:
        owner = _one_owner(analysis, noun, attribution.span.start)
    elif len(owner_words) == 1 and owner_words[0] in _PERSONAL_POSSESSIVES:
        owner = _antecedent(analysis, attribution.span.start)
    elif len(owner_words) > 1 and owner_words[-1] == "s":
        owner = _person_named(analysis, owner_words[:-1])
    else:
        return None
    return None if owner is None else f"{owner} s {noun}"


def _person_named(analysis: AnalyzedArticle, words: list[str]) -> str | None:
    """The key of the article's person named by ``words`` (:func:`_full_name`), or None."""
    return _full_name(
        words, (m.key for m in analysis.mentions if m.kind is EntityKind.PERSON and m.key)
    )


def _full_name(words: list[str], people: Iterable[str]) -> str | None:
    """The one name of ``people`` that ``words`` ("Lind") are the whole or end of, or None.

    A given name and a surname make a full name: "Ana Lind" is preferred to "Lind" and
    to "Mayor Ana Lind" (a title the recognizer kept), the shortest of two words or more.
    """
    names = {key for key in people if key.split() == words or _ends_with(key.split(), words)}
    full = sorted((key for key in names if len(key.split()) > 1), key=len)
    if full:
        shortest = [key for key in full if len(key) == len(full[0])]
        return shortest[0] if len(shortest) == 1 else None
    return " ".join(words) if names else None


#: "the" right before a name: "the Velm mayoral race".
_AFTER_THE = re.compile(r"(?<![\w'’-])the\s+$", re.IGNORECASE)


def _antecedent(analysis: AnalyzedArticle, at: int) -> str | None:
    """The person "his" or "her" at ``at`` is of: the last named in its sentence or the one before.

    A name after "the" ("the Velm mayoral race") modifies a noun: no person's.
    """
    text = analysis.article.text
    start = _sentence_start(text, max(0, _sentence_start(text, at) - 1))
    named = [
        m
        for m in analysis.mentions
        if m.kind is EntityKind.PERSON
        and m.key
        and start <= m.span.start
        and m.span.end <= at
        and not _AFTER_THE.search(text, 0, m.span.start)
    ]
    last = max(named, key=lambda m: m.span.end, default=None)
    return None if last is None else _person_named(analysis, last.key.split())


def _one_owner(analysis: AnalyzedArticle, noun: str, at: int) -> str | None:
    """The person "the ``noun``" credited at ``at`` is of ("Mayor Ana Lind's campaign").

    The owner named last before the credit in its sentence ("Lind's campaign filed ...,
    the campaign said"), else the article's one owner of such a noun. None when the
    article names two owners elsewhere, or an organization whose name holds the noun
    ("the board" of the "County Board of Elections").
    """
    text = analysis.article.text
    owned = re.compile(_OWNS + noun + r"(?![\w'’-])", re.IGNORECASE)
    modified = re.compile(_OWNS_AFTER_THE + noun + r"(?![\w'’-])", re.IGNORECASE)
    start = _sentence_start(text, at)
    owners: dict[int, str] = {}
    for mention in analysis.mentions:
        if not mention.key:
            continue
        if mention.kind is EntityKind.ORGANIZATION and noun in mention.key.split():
            return None
        if mention.kind is EntityKind.PERSON and _owns(text, mention.span, owned, modified):
            owner = _person_named(analysis, mention.key.split()) or mention.key
            owners[mention.span.start] = owner
    near = [owners[i] for i in sorted(owners) if start <= i < at]
    if near:
        return near[-1]
    found = set(owners.values())
    return found.pop() if len(found) == 1 else None


def _owns(text: str, name: Span, owned: re.Pattern[str], modified: re.Pattern[str]) -> bool:
    """True when the person named at ``name`` owns the noun that follows it.

    By a possessive ("Lind's campaign"), or as the name that modifies it after "the"
    ("the Lind campaign"); "Lind urged police" or "Riot police" make no one's police.
    """
    if owned.match(text, name.end):
        return True
    return bool(modified.match(text, name.end)) and bool(_AFTER_THE.search(text, 0, name.start))


#: Cues that name a request when what follows them is "for" and what is asked for:
#: "asked for a recount", "called for an inquiry", "appealed for calm".
_REQUEST_CUES = _wordset("ask call appeal press push plead beg petition lobby clamour clamor")
#: What opens the object of a request, right after its cue.
_REQUESTED = re.compile(r"\s*for\s", re.IGNORECASE)


def requested(attribution: Attribution, text: str) -> bool:
    """True for a credit whose content is the object of a request: "asked for a recount".

    A request, like an order, is an act the article reports on its own word: "Mayor
    Ana Lind has asked for a recount of the election won by Per Tosk" states nothing of
    Lind's, so she is no source of the request, nor of the win it takes for granted.
    """
    span, content = attribution.span, attribution.content
    return (
        attribution.cue in _REQUEST_CUES
        and span.end <= content.start
        and not text[span.end : content.start].strip()
        and _REQUESTED.match(text, content.start) is not None
    )


def stated_credits(analysis: AnalyzedArticle) -> list[Attribution]:
    """The attributions of ``analysis`` less those of a request (see :func:`requested`)."""
    text = analysis.article.text
    return [a for a in analysis.attributions if not requested(a, text)]


#: Documents an outlet holds rather than quotes from their author: "the emails show".
_PAPERS = _wordset(
    "document memo memorandum email e-mail message letter record minutes transcript cable"
)
#: Words that say an outlet holds a document of any kind: "the leaked report".
_HELD = _wordset("leaked internal confidential secret private unpublished classified obtained")
#: Words that describe a document without naming whose it is: "the latest draft memo".
_UNOWNED_WORDS = _HELD | _wordset("draft these those such new latest original full")


def _unowned_document(attribution: Attribution) -> bool:
    """True for a document the credit names no author or owner of.

    "the emails show", "the leaked memo says": papers an outlet cites in its own
    article with no owner named are its own reporting, one origin with it. "a police
    report" or "the ministry's letter" names its author, an origin of its own; so, in
    effect, does a bare "the ruling" or "the report" (a court's, a body's), unless the
    outlet holds it ("the leaked report").
    """
    if attribution.kind is not SourceKind.DOCUMENT:
        return False
    key = canonical_key(attribution.source)
    if not key or attribution.source_key != key:
        return False  # the credit names an owner ("a filing by Vale Power")
    *words, noun = key.split()
    noun = noun if noun in DOCUMENT_NOUNS else noun.removesuffix("s")
    return (
        noun in DOCUMENT_NOUNS
        and set(words) <= _UNOWNED_WORDS
        and (noun in _PAPERS or bool(set(words) & _HELD))
    )


def anonymous_only(claim: Claim, analysis: AnalyzedArticle) -> bool:
    """True when every source ``analysis`` credits for ``claim`` is unnamed.

    "..., a person familiar with the matter said": the claim is traced to the outlet
    (:func:`claim_origins`), and its confidence says it rests on an unnamed source.
    """
    covering = covering_attributions(claim, stated_credits(analysis))
    kinds = {a.kind for a in covering if not narrator(a)}
    return kinds == {SourceKind.ANONYMOUS}


#: The writer's own first person: "I reported the sale to the airline on Sunday".
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def narrator(attribution: Attribution) -> bool:
    """True for a credit to the writer's own "I" or "we": the article's own voice.

    A blogger's "I reported the sale to the airline" is first-hand reporting, traced
    to the outlet like any statement of its own, neither an unnamed source nor a credit.
    """
    return attribution.kind is SourceKind.ANONYMOUS and attribution.source_key in _FIRST_PERSON


#: What lies between a person's name and the organization they speak for:
#: ", chief of the", ", a spokeswoman for", ", director at". A role must be named: a
#: bare ", of the Harvest Party," (or ", with the") tells which body the person
#: belongs to, and makes her no voice of it (nor does ", a member of the": see
#: :data:`_MEMBERSHIP`).
_AFFILIATION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){1,4}(?:of|for|at|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Words that make a person one of a body's members or backers, not its voice: "a
#: member of the", "a supporter of the", "a candidate for the".
_MEMBERSHIP = re.compile(
    r"\b(?:members?|supporters?|backers?|activists?|candidates?|volunteers?|voters?|"
    r"residents?|customers?|clients?|patients?|students?|critics?|opponents?)\s+"
    r"(?:of|for|at|with)\s",
    re.IGNORECASE,
)
#: A relative clause after a name: ", who represents the area of". It tells what the
#: person does or where, and names a role only in a role's own word (", who is a
#: spokeswoman for the").
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|that)\b", re.IGNORECASE)
#: How far after the name the organization may start.
_AFFILIATION_REACH = 80
_ROLES = "(?:" + _ROLES_WORDS + ")"
#: A person's titles between a role and the name: "spokesman Commander Aro Lind".
_TITLES = r"(?:(?i:" + "|".join(sorted(PERSON_TITLES, key=len, reverse=True)) + r")\.?\s+){0,2}"
_LEADING_ROLE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?" + _ROLES + r"\s+" + _TITLES)
#: An owner's role after its name, the owner set off after a person's name: ", the
#: port authority's spokesman" (the owner's name ends before "'s").
_OWNERS_ROLE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?" + _ROLES + r"\b")
#: What sets an owner apart from the name before it: ", the ", ", ".
_OWNER_APPOSED = re.compile(r",\s+(?:the\s+)?")
#: A business noun that says whose voice a speaking role is: "company" of "a company
#: spokesman" (the role of one such business, not an occupation like "a company
#: director").
_KIND_VOICE = (
    r"(?P<kind>"
    + "|".join(sorted(BUSINESS_KINDS, key=len, reverse=True))
    + r")\s+(?:spokes(?:man|woman|person)|representative|official|executive)"
)
#: An owner's role before a name: "its regional coordinator, ", "the agency's spokesman
#: ", "a company spokesman, ", "company spokeswoman ".
_OWNED_ROLE_BEFORE = re.compile(
    r"\b(?:(?:(?P<its>its|their)|(?P<noun>[a-z]+)['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    + _ROLES
    + r"|"
    + _KIND_VOICE
    + r"),?\s+$",
    re.IGNORECASE,
)
#: An owner's role in apposition after a name: ", its director", ", the charity's head",
#: ", a company spokesman".
_OWNED_ROLE_AFTER = re.compile(
    r",\s+(?:(?:(?P<its>its|their)|the\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)['’]s)\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    + _ROLES
    + r"|(?:(?:the|an?)\s+)?(?:[a-z-]+\s+)?"
    + _KIND_VOICE
    + r")\b",
    re.IGNORECASE,
)
#: A role for a body in apposition before a name: "A spokeswoman for the regional
#: office, ", "the head of the Brennmoor fire service, ".
_ROLE_FOR_BEFORE = re.compile(
    r"\b(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?"
    + _ROLES
    + r"\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<body>[\w'’&-]+(?:\s+[\w'’&-]+){0,5}?),\s+$",
    re.IGNORECASE,
)
#: A rank right before a name: "Lt. ", "Senior Trooper ", "Det. Sgt. ".
_RANK = (
    r"(?:(?:senior|staff|master|first|special|acting|assistant)\s+)?(?:"
    + "|".join(sorted(RANK_TITLES, key=len, reverse=True))
    + r")\.?"
)
_RANK_BEFORE = re.compile(r"(?<![\w'’-])(?i:" + _RANK + r")\s+(?:(?i:" + _RANK + r")\s+)?$")
#: A ranked member's body after the name: " of the ", " with the ".
_RANK_OF = re.compile(r"\s+(?:of|with|from)\s+(?:the\s+)?", re.IGNORECASE)
#: The rank between a body and the name of its member: " Lt. " of "State Police Lt. X".
_BODY_RANK = re.compile(r"(?:['’]s)?\s+(?i:" + _RANK + r")\s+(?:(?i:" + _RANK + r")\s+)?")
#: The end of a sentence inside a stretch of text.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z])")
#: How far before the name such an organization may end.
_LEADING_REACH = 40


def affiliation(
    attribution: Attribution,
    analysis: AnalyzedArticle,
    former: Mapping[str, set[str]] | None = None,
) -> str | None:
    """The organization a credited person speaks for, or None.

    The text must say so right after the name ("Jane Roe, a spokeswoman for the city
    council", "Ed Poe, chief of the fire service") or right before it ("Torvik
    spokeswoman Lena Hartvik"), by a role, or by the body's possessive ("Torvik's Lena
    Hartvik"): "Ana Lind, of the Harvest Party," or "a
    member of the Harvest Party" says she belongs to a party, not that she speaks for
    it, and her own words stay hers. A person speaking for an
    organization is that organization's voice: the service's own statement and its
    chief's are one origin, not two. A body named by its common noun ("ministry
    spokesman Aurel Vinn") is the article's one organization of that noun ("the
    Ministry of Health"). A body the article says the person served before ("former
    FBI official X") is none he speaks for, nor is one the story (``former``) says so
    of him, nor any body of a man the article or story says has died
    (:func:`former_members`).
    """
    if attribution.kind is not SourceKind.PERSON:
        return None
    found = _current_affiliation(attribution, analysis)
    if (
        found is None
        or _once_served(analysis, attribution.source_key, found)
        or _served_before(attribution.source_key, found, former or {})
    ):
        return None
    return found


def _current_affiliation(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The organization the words around a credited person's name say he speaks for."""
    text = analysis.article.text
    # the credit says a person speaks, whatever label the recognizer gave the name
    for name in _speaker_names(attribution, analysis):
        for org in analysis.mentions:
            if org.kind is not EntityKind.ORGANIZATION or not org.key:
                continue
            gap = org.span.start - name.span.end
            between = text[name.span.end : org.span.start]
            if (
                0 < gap <= _AFFILIATION_REACH
                and _AFFILIATION.fullmatch(between)
                and not _MEMBERSHIP.search(between)
                and not _relative_without_role(between)
                and not _cue_between(attribution, name.span, org.span)
            ):
                return org.key
            lead = name.span.start - org.span.end
            if 0 < lead <= _LEADING_REACH and _LEADING_ROLE.fullmatch(
                text[org.span.end : name.span.start]
            ):
                return org.key
            if 0 <= gap <= _AFFILIATION_REACH and _owners_role_after(text, name.span, org.span):
                return org.key
            if _POSSESSIVE_GAP.fullmatch(text, org.span.end, name.span.start) or (
                _POSSESSIVE_END.search(org.text) and text[org.span.end : name.span.start] == " "
            ):
                # "Veltrano's Dana Kell": the body's own man, as its spokesman is
                return _possessor(analysis, org.key)
            if _ranked_member(text, name.span, org.span):
                return org.key
        owner = (
            _role_owner(analysis, name)
            or _body_role_before(analysis, name)
            or _spoken_subject(attribution, analysis, name)
        )
        if owner is not None:
            return owner
        spelled = _spelled_body_after(text, name.span, attribution)
        if spelled is not None:
            return spelled
        named_body = _body_before(text[max(0, name.span.start - _LEADING_REACH) : name.span.start])
        if named_body is not None:
            found = {
                m.key
                for m in analysis.mentions
                if m.kind is EntityKind.ORGANIZATION and named_body in m.key.split()
            }
            if len(found) == 1:
                return found.pop()
    return None


#: A role for a body spelled out in capitals after a name, where the recognizer may find
#: no whole name: ", spokesman for the Bristol County District Attorney's Office".
_SPELLED_BODY_AFTER = re.compile(
    r",\s+(?:(?:the|an?)\s+)?(?:[a-z-]+\s+){0,2}?(?i:" + _ROLES_WORDS + r")\s+"
    r"(?:of|for|at|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&-]*(?:['’]s)?(?:\s+(?:of|and|&|[A-Z][\w&-]*(?:['’]s)?)){0,6})"
)


def _spelled_body_after(text: str, name: Span, attribution: Attribution) -> str | None:
    """The key of a body a person's role is for, spelled right after the name, or None.

    "Greg Roe, spokesman for the Bristol County District Attorney's Office, said": the
    capitalized words up to an organization's noun ("Office") name the body he speaks
    for, whatever parts of it the recognizer took for a place or missed.
    """
    match = _SPELLED_BODY_AFTER.match(text, name.end)
    if match is None or _cue_between(attribution, name, Span(match.start("body"), match.end())):
        return None
    words = canonical_key(match["body"]).split()
    while words and words[-1] not in ORGANIZATION_NOUNS:
        words.pop()
    return " ".join(words) if len(words) > 1 else None


#: A body's possessive right before a person's name: "'s " of "Veltrano's Dana Kell".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
#: A possessive the recognizer kept in a body's name: "Veltrano's".
_POSSESSIVE_END = re.compile(r"['’]s$")


def _possessor(analysis: AnalyzedArticle, key: str) -> str:
    """The body a possessive names: the one the article names with a plural "s" if any.

    "Velmar Food's Susan Brandt" beside "the Velmar Foods bakery" sets the apostrophe
    before the name's own "s": Velmar Foods' woman.
    """
    plural = f"{key}s"
    return plural if plural in _article_bodies(analysis) else key


def _ranked_member(text: str, name: Span, org: Span) -> bool:
    """True when a ranked name is written as a member of the body beside it.

    "Lt. Gregg Hastings of the Oregon State Police" and "Oregon State Police Lt. Gregg
    Hastings": a rank (a uniformed service's) before a name with the body named by "of"
    after it, or right before the rank, makes the officer the body's voice, as
    "spokesman X of Y" does.
    """
    if 0 < org.start - name.end <= _AFFILIATION_REACH:
        before = text[max(0, name.start - _LEADING_REACH) : name.start]
        return bool(_RANK_BEFORE.search(before)) and bool(
            _RANK_OF.fullmatch(text, name.end, org.start)
        )
    return 0 < name.start - org.end <= _LEADING_REACH and bool(
        _BODY_RANK.fullmatch(text, org.end, name.start)
    )


def _relative_without_role(between: str) -> bool:
    """True when the words after a name are a relative clause that names no role.

    "Councilman X, who represents the area of Flatbush": a place he serves, no body
    he speaks for; "X, who is a spokeswoman for the council" names the role.
    """
    return bool(_RELATIVE.match(between)) and not re.search(
        r"\b" + _ROLES + r"s?\b", between, re.IGNORECASE
    )


#: A spokesperson's role owned by no body, right before the name: ", spokeswoman ",
#: "a spokesman, Captain " (the slice starts where the sentence does).
_BARE_SPOKES = re.compile(
    r"(?:^|[,;:]\s*|(?<![\w'’-])(?:an?|the)\s+)spokes(?:man|woman|person),?\s+" + _TITLES + r"$",
    re.IGNORECASE,
)


def _spoken_subject(
    attribution: Attribution, analysis: AnalyzedArticle, name: Mention
) -> str | None:
    """The organization a spokesperson of no stated body speaks of as subject, or None.

    "The Maritime Competition Authority confirmed it would review the deal, spokeswoman
    Pia Lindqvist said": a spokesperson speaks for a body, and the body her words open
    with (the sentence's, or the reported content's, first words) is hers.
    """
    text = analysis.article.text
    start = _sentence_start(text, name.span.start)
    if not _BARE_SPOKES.search(text[start : name.span.start]):
        return None
    openings = {start, attribution.content.start}
    subjects = {
        m.key
        for m in analysis.mentions
        if m.kind is EntityKind.ORGANIZATION
        and m.key
        and any(
            o <= m.span.start and _BEFORE_SUBJECT.fullmatch(text, o, m.span.start) is not None
            for o in openings
        )
    }
    return subjects.pop() if len(subjects) == 1 else None


def _cue_between(attribution: Attribution, name: Span, org: Span) -> bool:
    """True when the credit's verb stands between the name and the organization.

    "Mara Keldsen, told reporters at Estenburg Central": the words after the name say
    where she spoke, not whose voice she is; a role holds no verb of saying.
    """
    return name.end < attribution.span.end <= org.start


def _owners_role_after(text: str, name: Span, owner: Span) -> bool:
    """True when ``owner`` is named right after the name as the owner of its role.

    "Commander Aro Lind, the port authority's spokesman": the authority's voice.
    """
    between = text[name.end : owner.start]
    return bool(_OWNER_APPOSED.fullmatch(between) and _OWNERS_ROLE.match(text, owner.end))


def _role_owner(analysis: AnalyzedArticle, name: Mention) -> str | None:
    """The organization a person's role is said to be of ("its coordinator, X"), or None.

    "according to its regional coordinator, Pavel Denek", "the agency's spokesman
    X" or "X, the charity's director" make X an officer of a body named just before:
    "its" (and a kind noun of no name of the article, "the charity's") is the last
    organization named in that sentence or the one before; a noun that is a word of
    one organization's name ("the ministry's") is that organization. A business's
    role, "the company's spokeswoman" as much as "X, a company spokesman" or "company
    spokeswoman X", is of the article's one company (:func:`_one_company`). A noun of
    what a public body does ("the regulator's") is of a body named as a public one, and
    a name that owns the body after it ("Varland's energy regulator") is no owner
    of the role (:func:`_owns_body`).
    """
    text = analysis.article.text
    reach = max(0, name.span.start - _LEADING_REACH)
    role = _OWNED_ROLE_BEFORE.search(text, reach, name.span.start) or _OWNED_ROLE_AFTER.match(
        text, name.span.end
    )
    if role is None:
        return None
    noun = (role["noun"] or role["kind"] or "").lower()
    bodies = [
        m
        for m in analysis.mentions
        if m.kind is EntityKind.ORGANIZATION and m.key and m.span.end <= role.start()
    ]
    if noun in BUSINESS_KINDS:
        return _one_company(analysis, role.start(), noun)
    if noun:
        if noun not in _DESCRIBING_NOUNS | KIND_NOUNS:
            return None
        named = _sentence_bodies(analysis, role.start(), noun)
        if named:
            # "At St Aldric's Hospital, ... the hospital's chief executive": that one
            return named.pop() if len(named) == 1 else None
        named = {m.key for m in bodies if noun in m.key.split()}
        if named:
            return named.pop() if len(named) == 1 else None
        if noun in _BODY_HEADS:
            # "the authority's spokeswoman" where no authority is named: an authority
            # (the one the story names: :func:`_story_body_of_noun`), never the gang or
            # the company named last
            return _unnamed_owner(analysis, text, role.start("noun"), noun)
        if noun in FUNCTION_NOUNS:
            # "the regulator's chief": a public body's, never a bridge's or a drug's
            bodies = [m for m in bodies if _name_head(m.key.split()) in PUBLIC_BODY_HEADS]
    last = max(bodies, key=lambda m: m.span.end, default=None)
    if last is None or len(_SENTENCE_END.findall(text, last.span.end, role.start())) > 1:
        return None
    return None if _owns_body(text, last) else last.key


#: The lower-case words that describe an owner's noun: "health" of "the health authority's".
_OWNER_MODIFIERS = re.compile(r"(?<![\w'’-])(?:(?!(?:the|an?|its|their)\s)[a-z-]+\s+){1,2}$")


def _unnamed_owner(analysis: AnalyzedArticle, text: str, at: int, noun: str) -> str | None:
    """The body a role is said to be of by a noun no name of the article holds, or None.

    "Ingrid Salo, the authority's spokeswoman" speaks for an authority the article only
    credits by noun ("the health authority has confirmed ..."): that credit's body
    when it is the article's one such (the story then names it: see
    :func:`story_affiliations`), else none the article tells.
    """
    modifiers = _OWNER_MODIFIERS.search(text, max(0, at - 30), at)
    phrase = canonical_key(f"{modifiers.group() if modifiers else ''}{noun}")
    words = set(phrase.split())
    credited = {
        a.source_key
        for a in analysis.attributions
        if a.kind is SourceKind.ORGANIZATION
        and a.source_key
        and _name_head(a.source_key.split()) == noun
        and words <= set(a.source_key.split())
    }
    return credited.pop() if len(credited) == 1 else None


#: A possessive and the body noun it owns: "'s energy regulator", "'s health ministry".
_OWNED_BODY = re.compile(r"['’]s?(?P<words>(?:\s+[a-z-]+){1,4})")


def _owns_body(text: str, name: Mention) -> bool:
    """True when ``name`` owns the body named right after it: "Varland's energy regulator".

    The body last named before "its chief" or "the regulator's chief" is then the
    regulator, which goes unnamed, not the country or group that owns it.
    """
    match = _OWNED_BODY.match(text, name.span.end)
    return match is not None and not ORGANIZATION_NOUNS.isdisjoint(match["words"].split())


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds ``at`` (or opens there) starts in ``text``.

    A sentence opening right at ``at`` starts there: the capital after a full stop is
    read past ``at`` to see that the stop ends a sentence.
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at + 1) if m.end() <= at]
    return max([*ends, text.rfind("\n", 0, at) + 1])


#: Words that may start a sentence before a body's name without being of it: "At" of
#: "At St Aldric's Hospital".
_NOT_OF_NAME = _wordset(
    "the a an at in on of from to for by with near outside inside across and but or as "
    "after before when while staff patients"
)


def _sentence_bodies(analysis: AnalyzedArticle, end: int, noun: str) -> set[str]:
    """The bodies of ``noun`` named in the sentence that reaches ``end``, by their keys.

    "At St Aldric's Hospital in Sundvik, ..., the hospital's chief executive": a name
    the text spells with the noun as its last word counts even where the recognizer
    found no name, or only part of one ("St Aldric's"); so does an organization
    mention with the noun among its words.
    """
    text = analysis.article.text
    start = _sentence_start(text, end)
    spelled = re.compile(
        r"(?<![\w'’-])(?:[A-Z][\w'’.&-]*\s+){1,4}" + noun.capitalize() + r"(?![\w'’-])"
    )
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    for match in spelled.finditer(text, start, end):
        words = match.group().split()
        while len(words) > 1 and words[0].lower() in _NOT_OF_NAME:
            words.pop(0)
        if len(words) > 1:
            found.add(canonical_key(" ".join(words)))
            spans.append(match.span())
    for mention in analysis.mentions:
        if mention.kind is not EntityKind.ORGANIZATION or not mention.key:
            continue
        if not (start <= mention.span.start and mention.span.end <= end):
            continue
        covered = any(a <= mention.span.start and mention.span.end <= b for a, b in spans)
        if noun in mention.key.split() and not covered:
            found.add(mention.key)
    return found


def _one_company(analysis: AnalyzedArticle, role: int, noun: str) -> str | None:
    """The article's one company "the company's spokeswoman" (at ``role``) is of, or None.

    Only a company by the evidence of its name or the text (:func:`story_companies`)
    counts, never a ship the recognizer took for an organization: the one named before
    the role, else the one of the whole article. With two, the role is of neither.
    """
    companies = _companies_of_kind(noun, story_companies([analysis]))
    names = [(key, end) for key, end in _company_names(analysis) if key in companies]
    named = {key for key, end in names if end <= role}
    if not named:
        named = {key for key, _ in names}
    return named.pop() if len(named) == 1 else None


def _company_names(analysis: AnalyzedArticle) -> Iterator[tuple[str, int]]:
    """(key, end) of each name the article gives a body, as a mention or as a credit.

    "Tarrow Rail Freight said ..." names a company even where the recognizer found no
    name there, or took it for a person's: the credit's source is written in its span.
    """
    text = analysis.article.text
    for mention in analysis.mentions:
        yield mention.key, mention.span.end
    for attribution in analysis.attributions:
        if attribution.kind in _PERSON_OR_BODY and attribution.source_key:
            span = attribution.span
            start = text.find(attribution.source, span.start, span.end)
            end = span.end if start < 0 else start + len(attribution.source)
            yield attribution.source_key, end


def _role_nouns(analysis: AnalyzedArticle, attribution: Attribution) -> Iterator[str]:
    """The nouns of the owners a credited person's roles are of, by the name's mentions.

    "company" of "the company's spokeswoman, X", "brigade" of "X, the fire brigade's
    spokeswoman" and of "Fire brigade spokeswoman X".
    """
    if attribution.kind is not SourceKind.PERSON:
        return
    text = analysis.article.text
    for name in _speaker_names(attribution, analysis):
        reach = max(0, name.span.start - _LEADING_REACH)
        role = _OWNED_ROLE_BEFORE.search(text, reach, name.span.start) or _OWNED_ROLE_AFTER.match(
            text, name.span.end
        )
        noun = (role["noun"] or role["kind"] or "").lower() if role is not None else ""
        noun = noun or _body_before(text[reach : name.span.start]) or ""
        if noun:
            yield noun


def _story_company(
    attribution: Attribution, analysis: AnalyzedArticle, companies: set[str]
) -> str | None:
    """The story's one company a person speaks for as "the company's spokeswoman", or None.

    The article that gives the role may name no company at all ("the company's
    spokeswoman, X" about a ship): the story's one company is hers.
    """
    for noun in _role_nouns(analysis, attribution):
        found = _companies_of_kind(noun, companies) if noun in BUSINESS_KINDS else set()
        if len(found) == 1:
            return found.pop()
    return None


def _body_role_before(analysis: AnalyzedArticle, name: Mention) -> str | None:
    """The body a role set before a name is for ("a spokeswoman for the office, X"), or None.

    The body is the organization named there, or the noun phrase that ends with an
    organization noun ("the regional office"): its key, for the story's one body of
    that kind (:func:`story_affiliations`). A person's role for a family or a client
    ("a lawyer for the family, X") names no organization.
    """
    text = analysis.article.text
    reach = max(0, name.span.start - _AFFILIATION_REACH)
    role = _ROLE_FOR_BEFORE.search(text, reach, name.span.start)
    if role is None:
        return None
    start, end = role.span("body")
    for mention in analysis.mentions:
        named = mention.kind is EntityKind.ORGANIZATION and bool(mention.key)
        if named and start <= mention.span.start and mention.span.end == end:
            return mention.key
    words = canonical_key(role["body"]).split()
    return " ".join(words) if words and words[-1] in ORGANIZATION_NOUNS else None


#: A body named by its common noun before a role and a name: "ministry spokesman Aurel
#: Vinn", "the agency's director Ana Ruiz", "a police spokesman, Captain Marek Oduya".
_BODY_ROLE = re.compile(
    r"\b(?P<body>[a-z]+)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?" + _ROLES + r",?\s+" + _TITLES + r"$",
    re.IGNORECASE,
)


def _story_body_of_noun(
    attribution: Attribution, analysis: AnalyzedArticle, bodies: Collection[str]
) -> str | None:
    """The story's one body of the noun a person's role is of, or None.

    "Fire brigade spokeswoman X" or "X, the fire brigade's spokeswoman" in an article
    that names no brigade speaks for the story's one body with "brigade" in its name
    ("the Eastmarch Fire Brigade"). A body credited by the bare noun ("The ministry has
    asked ...") is no second one beside the story's one named body of that noun.
    """
    for noun in _role_nouns(analysis, attribution):
        if noun in ORGANIZATION_NOUNS and noun not in BUSINESS_KINDS:
            found = {body for body in bodies if noun in body.split()}
            if len(found) > 1:
                found.discard(noun)
            if len(found) == 1:
                return found.pop()
    return None


def _body_before(text: str) -> str | None:
    """The organization noun of "ministry spokesman" right before a name, else None.

    The noun nearest the role counts: "Fire brigade spokeswoman" is the brigade's.
    """
    for word in reversed(list(re.finditer(r"\b[a-z]+", text, re.IGNORECASE))):
        match = _BODY_ROLE.match(text, word.start())
        if match is not None and match.group("body").lower() in ORGANIZATION_NOUNS:
            return match.group("body").lower()
    return None


#: The newsroom roles of an outlet's own staff: what they saw or wrote is the outlet's.
_STAFF_ROLES = (
    r"(?:photographers?|photojournalists?|reporters?|correspondents?|journalists?|"
    r"cameram[ae]n|camera\s+operators?|videographers?|editors?|stringers?|"
    r"columnists?|writers?|producers?)"
)
#: Words that may stand between an outlet's name and its staff role: "CPA staff
#: photographer", "the Observer's chief political correspondent".
_STAFF_MODIFIERS = r"(?:[a-z-]+\s+){0,3}?"
#: An outlet's name (or "our") before a staff role and a name: "CPA photographer ",
#: "the Courier's senior reporter ", "our correspondent, ".
_STAFF_BEFORE = re.compile(
    r"(?<![\w'’&-])(?:(?P<our>[Oo]ur)|(?P<owner>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}))"
    r"(?:['’]s)?\s+" + _STAFF_MODIFIERS + _STAFF_ROLES + r",?\s+" + _TITLES + r"$"
)
#: A staff role set off after a name: ", a CPA photographer", ", our correspondent",
#: ", a reporter for the Corvessa Observer".
_STAFF_AFTER = re.compile(
    r",\s+(?:(?:the|an?)\s+)?(?:(?P<our>our)\s+|(?P<owner>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
    r"(?:['’]s)?\s+)"
    + _STAFF_MODIFIERS
    + _STAFF_ROLES
    + r"\b"
    + r"|,\s+(?:the|an?)\s+"
    + _STAFF_MODIFIERS
    + _STAFF_ROLES
    + r"\s+(?:for|with|at)\s+(?:the\s+)?(?P<employer>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
)


def outlet_staff(
    attribution: Attribution, analysis: AnalyzedArticle, outlets: Collection[str]
) -> str | None:
    """The outlet of the story a credited person works for as its staff, or None.

    "CPA photographer Jonas Hale said he saw ..." in the Continental Press Agency's
    own report is the agency speaking through its photographer, as "Torvik
    spokeswoman X" is Torvik: one origin, not two. The outlet is named before the
    newsroom role (in full, by its last words or by its initials), or after the name
    (", a reporter for the Observer"); "our correspondent" is the article's own outlet.
    """
    if attribution.kind is not SourceKind.PERSON:
        return None
    own = article_voice(analysis)
    roles = _around_names(attribution, analysis, _STAFF_BEFORE, _STAFF_AFTER, _AFFILIATION_REACH)
    for role in roles:
        if role["our"]:
            return own
        written = role["owner"] or role.groupdict().get("employer") or ""
        found = _outlet_named(written, {*outlets, own})
        if found is not None:
            return found
    return None


#: A newsroom role set off after a name as the one who wrote the story the article
#: credits: ", the fine reporter who wrote the story", ", the writer who broke the report".
_WROTE_STORY = re.compile(
    r",\s+(?:the|an?)\s+"
    + _STAFF_MODIFIERS
    + _STAFF_ROLES
    + r"\s+(?:who|that)\s+(?:wrote|filed|broke)\s+(?:the|that|this)\s+"
    r"(?:story|report|article|piece|scoop)\b"
)


def story_writer(
    attribution: Attribution, analysis: AnalyzedArticle, credited: Collection[str]
) -> str | None:
    """The outlet whose story a credited person wrote, or None.

    "According to this L.A. Times story, ... Bill Roe, the reporter who wrote the
    story, says ...": the writer of the one outlet's story the article credits is that
    outlet's voice, one origin with it. The outlet goes by the one fuller key of the
    story's ``credited`` outlets and bodies it is written with initials of.
    """
    if attribution.kind is not SourceKind.PERSON:
        return None
    text = analysis.article.text
    names = _speaker_names(attribution, analysis)
    if not any(_WROTE_STORY.match(text, name.span.end) for name in names):
        return None
    outlets = {
        a.source_key for a in analysis.attributions if a.kind is SourceKind.OUTLET and a.source_key
    } - {article_voice(analysis)}
    if len(outlets) != 1:
        return None
    outlet = outlets.pop()
    fuller = [key for key in credited if key != outlet and _one_outlet(outlet, key)]
    return fuller[0] if len(fuller) == 1 else outlet


def _credited_keys(analyses: Iterable[AnalyzedArticle], kinds: frozenset[SourceKind]) -> set[str]:
    """The keys of the sources of ``kinds`` the story's articles credit."""
    return {
        a.source_key
        for analysis in analyses
        for a in analysis.attributions
        if a.kind in kinds and a.source_key
    }


def _around_names(
    attribution: Attribution,
    analysis: AnalyzedArticle,
    before: re.Pattern[str],
    after: re.Pattern[str],
    reach: int,
) -> Iterator[re.Match[str]]:
    """The matches of words around each name of the credited person, in text order.

    ``before`` is searched up to ``reach`` characters before a name and must end at it;
    ``after`` must start right after it ("CPA photographer X", "X, a reporter for ...").
    """
    text = analysis.article.text
    for name in _speaker_names(attribution, analysis):
        found = (
            before.search(text, max(0, name.span.start - reach), name.span.start),
            after.match(text, name.span.end),
        )
        yield from (match for match in found if match is not None)


def _outlet_named(written: str, outlets: Collection[str]) -> str | None:
    """The one outlet of ``outlets`` the capitalized words ``written`` end by naming.

    The name may be the outlet's in full, its last words or its initials; words before
    it that are no part of it ("On Tuesday CPA") are left out.
    """
    words = canonical_key(written).split()
    for start in range(len(words)):
        key = " ".join(words[start:])
        found = {
            o
            for o in outlets
            if o == key or _ends_with(o.split(), words[start:]) or initials_of(o, key)
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


#: A word that makes a role one held before: "former", "retired", "ex-".
_PAST = r"(?:former|formerly|retired|onetime|one-time|erstwhile|ex-)"
#: A past role right before a name, up to it: "former FBI official ", "ex-Navy pilot ".
_PAST_ROLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:" + _PAST + r")\s*(?:[\w'’.&-]+\s+){0,5}?$", re.IGNORECASE
)
#: A past role set off right after a name: ", a former associate director at the",
#: ", who was the No. 2 official at the", ", who had left the", ", who retired from".
_PAST_ROLE_AFTER = re.compile(
    r",\s+(?:(?:(?:the|an?)\s+)?" + _PAST + r"|who\s+(?:(?:was|had\s+been)\s+(?:once\s+)?"
    r"(?:the|an?|its|their)\s|(?:had\s+|once\s+)?(?:left|quit|retired|resigned|served)\b))",
    re.IGNORECASE,
)
#: Where the words of a past role end: a clause's comma or stop, before the body's name.
_ROLE_BREAK = re.compile(r"[,;:()]|" + _SENTENCE_END.pattern)


def _past_bodies(analysis: AnalyzedArticle, name: Mention) -> set[str]:
    """The organizations a person's name is written with as a role held before.

    "former FBI official Mark Felt", "Mark Felt, who was the No. 2 official at the FBI
    when ...", "Ana Lind, a retired officer of the Brennmoor police": the body named in
    the role's own words, up to the clause's end.
    """
    text = analysis.article.text
    spans: list[tuple[int, int]] = []
    before = _PAST_ROLE_BEFORE.search(
        text,
        max(_sentence_start(text, name.span.start), name.span.start - _LEADING_REACH),
        name.span.start,
    )
    if before is not None:
        spans.append((before.start(), name.span.start))
    after = _PAST_ROLE_AFTER.match(text, name.span.end)
    if after is not None:
        stop = _ROLE_BREAK.search(text, after.end(), after.end() + _AFFILIATION_REACH)
        spans.append((after.end(), stop.start() if stop else after.end() + _AFFILIATION_REACH))
    return {
        m.key
        for m in analysis.mentions
        if m.kind is EntityKind.ORGANIZATION
        and m.key
        and any(start <= m.span.start and m.span.end <= end for start, end in spans)
    }


#: The body mark of a person the story says has died: every body is one he served before.
_ANY_BODY = "*"
#: A death told right after a person's name, past a clause set off by commas: " died",
#: ", who leaked the papers, died", ", 95, has died", " was found dead".
_DIED_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?\"“”()]{1,120},)?\s+(?:(?:has|had)\s+)?(?:died|dies|(?:is|was)\s+"
    r"(?:found\s+)?dead)\b",
    re.IGNORECASE,
)
#: A death told right before a person's name: "the late ", "the late President ".
_LATE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the\s+late)\s+(?:[A-Z][\w.'’-]*\s+){0,2}$")


def _late(analysis: AnalyzedArticle, name: Mention) -> bool:
    """True when the article says the person of ``name`` has died.

    "W. Mark Felt, who leaked information to reporters, died Thursday", "the late X":
    a dead man speaks for no body any more; his words the story recalls are his own.
    """
    text = analysis.article.text
    before = text[max(0, name.span.start - _LEADING_REACH) : name.span.start]
    return bool(_DIED_AFTER.match(text, name.span.end) or _LATE_BEFORE.search(before))


def _former_bodies(analysis: AnalyzedArticle, name: Mention) -> set[str]:
    """The bodies a person's name is written as having served before (any, once dead)."""
    bodies = _past_bodies(analysis, name)
    return bodies | {_ANY_BODY} if _late(analysis, name) else bodies


def former_members(analyses: Iterable[AnalyzedArticle]) -> dict[str, set[str]]:
    """Map a person's key to the organizations the story says the person served before.

    A former or retired official ("former FBI official X", "X, who had left the
    agency") speaks for himself, not for the body he once served, whatever another
    sentence calls him ("X, an associate director at the FBI, said" of his years there);
    so does a man the story says has died, of every body (:data:`_ANY_BODY`).
    """
    found: dict[str, set[str]] = {}
    for analysis in analyses:
        for name in analysis.mentions:
            if name.kind is EntityKind.PERSON and name.key:
                bodies = _former_bodies(analysis, name)
                if bodies:
                    found.setdefault(name.key, set()).update(bodies)
    return found


def _served_before(key: str, organization: str, former: Mapping[str, set[str]]) -> bool:
    """True when the person of ``key`` (or of a fuller or shorter name) served it before."""
    return any(
        (organization in bodies or _ANY_BODY in bodies) and _same_person(key, person)
        for person, bodies in former.items()
    )


def _once_served(analysis: AnalyzedArticle, key: str, organization: str) -> bool:
    """True when the article writes the person of ``key`` with a past role at the body."""
    return any(
        name.kind is EntityKind.PERSON
        and _same_person(key, name.key)
        and not {organization, _ANY_BODY}.isdisjoint(_former_bodies(analysis, name))
        for name in analysis.mentions
    )


def _same_person(first: str, second: str) -> bool:
    """True when two keys name one person, one the other's shorter form ("felt")."""
    a, b = first.split(), second.split()
    return a == b or _ends_with(a, b) or _ends_with(b, a)


def story_affiliations(
    analyses: Iterable[AnalyzedArticle],
    described: Mapping[str, str] | None = None,
    former: Mapping[str, set[str]] | None = None,
) -> dict[str, str]:
    """Map a source key to the one organization the story says it speaks for.

    One article's "Alina Moreau, chief fire officer of the Brannock fire service" makes
    her words in the story's other articles, which name her without it, the service's
    voice as well, as do "Harnmark chief executive X" (the story's one company led by
    the name before the role, which itself then names the company) and "its director,
    X". An outlet's own staff ("CPA photographer X", "X, our correspondent") are the
    outlet (:func:`outlet_staff`). A person said to speak for two organizations keeps
    their own key.
    An unnamed organization ("the grid operator", "a company spokeswoman") is mapped
    to the organization it describes (``described``, else
    :func:`described_organizations` of the story). ``former`` is the story's
    :func:`former_members` (computed here when None). A body's name with a legal or
    department suffix ("Kestrel Operations") is the body the story names without it,
    and "Calder police" its one "Calder Police Department"
    (:func:`~corrobora.reconcile.one_source.body_names`).
    """
    analyses = list(analyses)
    outlets = {article_voice(a) for a in analyses} | {
        outlet_key(a.article.outlet) for a in analyses
    }
    bodies = _story_bodies(analyses)
    companies = story_companies(analyses)
    clubs = story_clubs(analyses)
    if described is None:
        described = described_organizations(analyses)
    nouns = _credited_nouns(analyses)
    credited = _credited_keys(analyses, _INITIALED_KINDS)
    if former is None:
        former = former_members(analyses)
    known = {m.key for analysis in analyses for m in analysis.mentions} | {
        a.source_key for analysis in analyses for a in analysis.attributions
    }
    found: dict[str, set[str]] = {}
    credited_names = _credited_keys(analyses, _PERSON_OR_BODY)
    leaders = _Leaders(bodies | companies | clubs, described, credited_names)
    for analysis in analyses:
        for attribution in analysis.attributions:
            organization = (
                outlet_staff(attribution, analysis, outlets)
                or story_writer(attribution, analysis, credited)
                or affiliation(attribution, analysis)
                or _office_body(attribution, analysis, bodies)
                or _led_by_name(attribution, analysis, leaders)
                or _story_company(attribution, analysis, companies)
                or _story_body_of_noun(attribution, analysis, bodies)
                or _titled_body(attribution, analysis, bodies | nouns)
                or _document_owner(attribution, bodies)
            )
            if organization is None or _served_before(attribution.source_key, organization, former):
                continue
            for noun in _titled_nouns(attribution, analysis, bodies | nouns):
                if noun in nouns and noun != organization:
                    # "Airport spokesman X" of the story's one airport: so is "the airport"
                    found.setdefault(noun, set()).add(organization)
            named = _company_led(organization, companies) or _body_named(
                organization, bodies, described
            )
            if named is not None:
                # "Dovell chief executive X": the story's Dovell Chemical, as X is;
                # "a spokeswoman for the regional office, X": its one regional office
                found.setdefault(organization, set()).add(named)
            elif _unnamed_body(
                organization, attribution, analysis.article.text, bodies | nouns | known
            ):
                # "The head of the team, Alireza Safa, estimated": the person
                found.setdefault(organization, set()).add(attribution.source_key)
                continue
            found.setdefault(attribution.source_key, set()).add(named or organization)
    people = {person: orgs.pop() for person, orgs in found.items() if len(orgs) == 1}
    spoken = dict(described) | issued_statements(analyses, described, companies) | people
    return with_body_names(spoken, body_names(analyses))


def _unnamed_body(
    organization: str, attribution: Attribution, text: str, known: Collection[str]
) -> bool:
    """True when a person's body is only a common noun the story names no body by.

    "The head of the team, Alireza Safa, estimated ...": no team of the story is named
    or credited, and the words are the named person's, not those of a body known by no
    name ("team", written in lower case); the noun stands for the person wherever it is
    the claim's origin.
    """
    words = organization.split()
    return (
        attribution.kind is SourceKind.PERSON
        and bool(words)
        and words[-1] in ORGANIZATION_NOUNS
        and organization not in known
        and re.search(r"(?<![\w'’-])" + r"\W+".join(map(re.escape, words)) + r"\b", text)
        is not None
    )


#: A document noun right after a credit: "the company said in a statement".
_IN_ISSUED = (
    r"in\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(ISSUED)) + r")\b"
)
_IN_ISSUED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?" + _IN_ISSUED)
#: How a document's issue may be told after its noun: " released on Friday".
_ISSUED_WHEN = r"(?:\s+(?:released|issued|published|posted|sent)(?:\s+[\w'’-]+){0,4})?"
#: A document noun that opens the credit's sentence: "In a statement, the company said",
#: "In a statement released on Friday, Nordatel said".
_IN_ISSUED_BEFORE = re.compile(
    r"(?:^|\W)" + _IN_ISSUED + _ISSUED_WHEN + r"\s*,\s*(?:[\w'’&.-]+\s+){0,4}$",
    re.IGNORECASE,
)


def issued_statements(
    analyses: Iterable[AnalyzedArticle],
    described: Mapping[str, str],
    companies: Collection[str],
) -> dict[str, str]:
    """Map each unowned statement the story credits to the one body that issued one.

    "..., a statement reads" and "the statement said" name no author, but a story
    whose one credited issuer of a statement is Dunmore Foods ("the company said in a
    statement", "a press release from Dunmore Foods") reads that body's statement: one
    origin, not two. "a company statement" is the story's one company (or the body
    the story describes as "the company"). With two issuers, or none, a statement
    keeps its own key. A bare "a statement" is the issuer's only where each article
    that credits it and tells no issuer itself (:func:`_statement_issuer`) names that
    body: one that never does may quote another body's statement.
    """
    analyses = list(analyses)
    issuers = {described.get(key, key) for key in _statement_issuers(analyses)}
    found: dict[str, str] = {}
    for key in _unowned_statements(analyses):
        *words, _ = key.split()
        nouns = [w for w in words if w in ORGANIZATION_NOUNS]
        candidates = set(issuers)
        if nouns:
            candidates = _issuers_of_kind(nouns[-1], issuers, described, companies)
        if len(candidates) != 1:
            continue
        issuer = candidates.pop()
        if nouns or all(names_body(a, issuer, described) for a in _untold(analyses, key)):
            found[key] = issuer
    return found


def _untold(analyses: Iterable[AnalyzedArticle], key: str) -> Iterator[AnalyzedArticle]:
    """The articles that credit the unowned statement ``key`` and tell no issuer of it."""
    for analysis in analyses:
        if any(
            a.source_key == key and unowned_statement(a) and _statement_issuer(a, analysis) is None
            for a in analysis.attributions
        ):
            yield analysis


def _statement_issuer(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The body an unowned statement is of, as its own article tells, or None.

    See :func:`~corrobora.reconcile.one_source.article_issuer`: the body credited in
    its sentence or the one before, else the one the article says spoke in a statement.
    """
    if not unowned_statement(attribution):
        return None
    text = analysis.article.text
    issuers = {
        a.source_key
        for a in analysis.attributions
        if a.kind in _PERSON_OR_BODY and a.source_key and _said_in_statement(a, text)
    }
    return article_issuer(attribution, analysis, issuers)


def _issuers_of_kind(
    noun: str, issuers: Collection[str], described: Mapping[str, str], companies: Collection[str]
) -> set[str]:
    """The body a statement titled by its kind (``noun``: "a company statement") is of.

    A business noun names the story's one company, else an issuer that may be one (no
    police, no ministry); another noun the issuer whose name holds it.
    """
    if noun in described:
        return {described[noun]}
    if noun in BUSINESS_KINDS:
        if len(companies) == 1:
            return set(companies)
        return set(issuers) & set(companies) or {
            key for key in issuers if key.split()[-1] not in _BODY_HEADS
        }
    return {key for key in issuers if noun in key.split()}


def _unowned_statements(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """Keys of the statements credited with no author: "a statement", "a company statement"."""
    found: set[str] = set()
    for analysis in analyses:
        for attribution in analysis.attributions:
            key = attribution.source_key
            if attribution.kind is not SourceKind.DOCUMENT or not key:
                continue
            if key != canonical_key(attribution.source):
                continue  # the credit names an owner ("a statement from Dunmore Foods")
            *words, noun = key.split()
            if noun in ISSUED and set(words) <= ISSUE_WORDS | ORGANIZATION_NOUNS:
                found.add(key)
    return found


def _statement_issuers(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """Keys of the bodies (or people) the story credits with a statement of their own.

    "Dunmore Foods said in a statement", "In a news release, the company said", "a
    press release from Dunmore Foods" and "Dunmore Foods' statement"; a person's
    ("the sheriff said in a statement") makes a second issuer as well.
    """
    found: set[str] = set()
    for analysis in analyses:
        text = analysis.article.text
        for attribution in analysis.attributions:
            key = attribution.source_key
            if not key:
                continue
            if attribution.kind in _PERSON_OR_BODY and _said_in_statement(attribution, text):
                found.add(key)
            elif attribution.kind is SourceKind.DOCUMENT:
                owner = _statement_owner(attribution)
                if owner is not None:
                    found.add(owner)
    return found


def _said_in_statement(attribution: Attribution, text: str) -> bool:
    """True when a body's credit says its words came in a statement it issued."""
    if _IN_ISSUED_AFTER.match(text, attribution.span.end) is not None:
        return True
    start = _sentence_start(text, attribution.span.start)
    return _IN_ISSUED_BEFORE.search(text, start, attribution.span.start) is not None


def _statement_owner(attribution: Attribution) -> str | None:
    """The owner a document credit names for its statement, or None.

    "a press release from Dunmore Foods" is keyed by its owner, "Dunmore Foods'
    statement" as "dunmore foods s statement".
    """
    key, written = attribution.source_key, canonical_key(attribution.source)
    if ISSUED.isdisjoint(written.split()):
        return None  # no statement: "a report from ..." or "the ruling"
    words = key.split()
    if len(words) >= 3 and words[-2] == "s" and words[-1] in ISSUED:
        return " ".join(words[:-2])
    named = key != written and ISSUED.isdisjoint(words)
    return key if named else None


def _credited_nouns(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The bare nouns the story credits as speaking bodies: "airport" of "the airport said"."""
    return {
        a.source_key
        for analysis in analyses
        for a in analysis.attributions
        if a.kind in (SourceKind.ORGANIZATION, SourceKind.DOCUMENT)
        and a.source_key
        and len(a.source_key.split()) == 1
    }


def _titled_body(
    attribution: Attribution, analysis: AnalyzedArticle, bodies: Collection[str]
) -> str | None:
    """The story's one body of the common noun that titles a person's role, or None.

    "Airport spokesman Jonas Ekblad" and "Board chair Helena Sarkis" speak for the
    story's one airport (one it credits as "the airport") and its one board ("the
    National Aviation Safety Board"). See :func:`_titled_nouns`.
    """
    for noun in _titled_nouns(attribution, analysis, bodies):
        found = {body for body in bodies if noun in body.split()}
        if len(found) > 1:
            found.discard(noun)
        if len(found) == 1:
            return found.pop()
    return None


def _titled_nouns(
    attribution: Attribution, analysis: AnalyzedArticle, bodies: Collection[str]
) -> Iterator[str]:
    """The common nouns that title a credited person's role right before the name.

    The noun must be written as a common noun (lower case, or capitalized only to
    open the sentence) and be an organization's noun or one of ``bodies`` itself (a
    bare noun the story credits: "the airport said");
    a name the recognizer took for an organization's is still a person's when a role
    stands right before it.
    """
    if attribution.kind not in _PERSON_OR_BODY:
        return
    text = analysis.article.text
    for name in _speaker_names(attribution, analysis):
        reach = max(0, name.span.start - _LEADING_REACH)
        for word in reversed(list(re.finditer(r"\b[A-Za-z]+", text[reach : name.span.start]))):
            at = reach + word.start()
            match = _BODY_ROLE.match(text, at, name.span.start)
            if match is None:
                continue
            written = match.group("body")
            noun = written.lower()
            common = written.islower() or _sentence_start(text, at) == at
            if common and (noun in ORGANIZATION_NOUNS or noun in bodies):
                yield noun
            break


def _document_owner(attribution: Attribution, bodies: Collection[str]) -> str | None:
    """The story's body a document credited by its owner is of: "the bank's statement".

    A body's statement, letter or report is the body's voice, one origin with the body
    itself: the owner named in full ("the Bank of Veskaria's statement"), or by its noun
    ("the central bank's statement"), is the story's one body of that name or noun.
    """
    if attribution.kind is not SourceKind.DOCUMENT or not attribution.source_key:
        return None
    words = attribution.source_key.split()
    noun = words[-1]
    if len(words) < 3 or words[-2] != "s" or DOCUMENT_NOUNS.isdisjoint({noun, noun[:-1]}):
        return None
    owner = words[:-2]
    if " ".join(owner) in bodies:
        return " ".join(owner)
    if owner[-1] not in ORGANIZATION_NOUNS:
        return None
    found = {body for body in bodies if set(owner) <= set(body.split())}
    if not found:
        found = {body for body in bodies if owner[-1] in body.split()}
    found.discard(owner[-1])
    return found.pop() if len(found) == 1 else None


def _body_named(key: str, bodies: Collection[str], described: Mapping[str, str]) -> str | None:
    """The story's one named body an unnamed one (``key``: "regional office") is, or None.

    The body the story describes so, else the one body whose name is headed by the
    same noun and holds its other words (:func:`_bodies_of_kind`). A body the story
    names itself ("Port authority spokesman X") is the one fuller name of the story
    that ends in its words ("the Vessby Port Authority"), else itself.
    """
    if key in described:
        return described[key]
    if key in bodies:
        words = key.split()
        fuller = {body for body in bodies if _ends_with(body.split(), words)}
        return fuller.pop() if len(fuller) == 1 else None
    candidates = _bodies_of_kind(key, bodies) if key.split()[-1] in _BODY_HEADS else set()
    return candidates.pop() if len(candidates) == 1 else None


#: A name right before a role and a person's name: "Harnmark chief executive ".
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
    + _LEADING_ROLE.pattern
    + r"$"
)


@dataclass(frozen=True)
class _Leaders:
    """What a name before a role may name: the story's organizations and credited names.

    ``described`` maps a short name the story credits ("Kelvar") to the one company it
    leads ("Kelvar Pharmaceuticals"); ``credited`` holds the keys the story credits as
    speakers, whatever kind the recognizer gave them ("Ashford Dairy said").
    """

    organizations: Collection[str]
    described: Mapping[str, str]
    credited: Collection[str]


#: A client's counsel by role: "Renwick lawyer X" speaks as counsel, not as Renwick.
_COUNSEL_ROLE = re.compile(r"\b(?:lawyer|attorney|counsel)\b", re.IGNORECASE)


def _led_by_name(
    attribution: Attribution, analysis: AnalyzedArticle, leaders: _Leaders
) -> str | None:
    """The story's organization a person's role is titled by ("Harnmark chief executive X").

    The recognizer often takes no name in "Harnmark chief executive Sigrun Talvik" (or
    reads "Harnmark" as an adjective): the capitalized words before the role still say
    whose officer she is, the story's one organization of that name, or the one company
    it is the leading name of ("Harnmark Industrial"). A short name the story credits
    on its own ("Kelvar said") beside the company it leads is that company, not a second
    candidate; a name the story credits as a speaker, though labelled a person's ("Ashford
    Dairy said"), is an organization when it titles a role. None for words that name
    no organization of the story ("Former chief executive X").
    """
    if attribution.kind is not SourceKind.PERSON:
        return None
    text = analysis.article.text
    for name in _speaker_names(attribution, analysis):
        before = _NAME_BEFORE_ROLE.search(
            text, max(0, name.span.start - _LEADING_REACH), name.span.start
        )
        if before is None:
            continue
        key = canonical_key(before["name"])
        found = {o for o in leaders.organizations if o == key or _leads(key, o)}
        if len(found) > 1:
            found = {leaders.described.get(o, o) for o in found}
        if not found and key in leaders.credited and not _COUNSEL_ROLE.search(before.group()):
            found = {key}
        if len(found) == 1:
            return found.pop()
    return None


def _company_led(key: str, companies: Iterable[str]) -> str | None:
    """The one company of ``companies`` that ``key`` is the leading name of, or None.

    "Torvik" of "Torvik Motors"; None beside two ("Torvik Motors", "Torvik Bank").
    """
    found = {company for company in companies if _leads(key, company)}
    return found.pop() if len(found) == 1 else None


#: A client's counsel named before a person ("Renwick's lawyer, ", "Renwick's defence
#: lawyer ", "Renwick lawyer ") or after ("Helena Varga, Renwick's lawyer"; "a lawyer
#: for Renwick").
_COUNSEL_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:(?:defen[cs]e|own|longtime|long-time)\s+)?(?P<role>lawyer|attorney)s?,?\s+$",
    re.IGNORECASE,
)
_COUNSEL_AFTER = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<client>[^,.;]{1,60}?)['’]s\s+"
    r"(?:(?:defen[cs]e|own|longtime|long-time)\s+)?(?P<role>lawyer|attorney)\b",
    re.IGNORECASE,
)


def named_counsel(analyses: Iterable[AnalyzedArticle]) -> dict[str, str]:
    """Map a client's counsel as a source ("tobias renwick s lawyer") to the named lawyer.

    One article's "Renwick's lawyer, Helena Varga, said ..." names the person another
    article's "Renwick's lawyers say ..." credits: one origin, the defence, not two. A
    client the story gives two lawyers keeps the counsel's own key. "The defence" is
    that counsel too where the story has one client's (:func:`_defence_counsel`), and an
    unnamed role ("her spokesman") the one person the story titles so
    (:func:`_titled_holders`).
    """
    analyses = list(analyses)
    found: dict[str, set[str]] = {}
    for analysis in analyses:
        text = analysis.article.text
        people = [m for m in analysis.mentions if m.kind is EntityKind.PERSON]
        ends = {m.span.end: m for m in analysis.mentions}
        for person in people:
            before = _COUNSEL_BEFORE.search(text, max(0, person.span.start - 40), person.span.start)
            if before is not None:
                client = ends.get(before.start())
                if client is not None and client.key != person.key:
                    key = canonical_key(f"{client.key} s {before['role'].lower()}")
                    found.setdefault(key, set()).add(person.key)
            after = _COUNSEL_AFTER.match(text[person.span.end : person.span.end + 80])
            if after is not None:
                client = ends.get(person.span.end + after.start("client") + len(after["client"]))
                if client is not None and client.key != person.key:
                    key = canonical_key(f"{client.key} s {after['role'].lower()}")
                    found.setdefault(key, set()).add(person.key)
    named = {key: lawyers.pop() for key, lawyers in found.items() if len(lawyers) == 1}
    credited = {a.source_key for analysis in analyses for a in analysis.attributions}
    named |= _counsel_by_surname(credited, named)
    return _titled_holders(analyses) | named | _defence_counsel(credited, named)


#: The word right before a person's name, a role it may title: "spokesman Harlan Bolt".
_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z]+)\s+$")


def _titled_holders(analyses: Sequence[AnalyzedArticle]) -> dict[str, str]:
    """Map an unnamed role ("her spokesman") to the one person the story titles so.

    "Lorre died, spokesman Harlan Bolt said" names the story's one spokesman: "her
    spokesman said" of the same or another article is him, one origin, not two. The
    recognizer leaves a role noun that is no title ("spokesman", "publicist") out of
    the credited name, so the word is read before each name of a person in the text.
    A role two people hold, or an informant noun ("an official") that stands for
    anonymity, stays as it is.
    """
    people = {m.key for a in analyses for m in a.mentions if m.kind is EntityKind.PERSON and m.key}
    holders: dict[str, set[str]] = {}
    for analysis in analyses:
        for role, person in _titled_people(analysis):
            holders.setdefault(role, set()).add(_full_name(person.split(), people) or person)
    kinds = _role_kinds(analyses)
    found: dict[str, str] = {}
    for key, kind in kinds.items():
        words = key.split()
        if not _unnamed_role(words, kind):
            continue
        named = holders.get(words[-1], set())
        if len(named) == 1 and words[-1] not in ANONYMOUS_NOUNS:
            found[key] = next(iter(named))
    return found


def _unnamed_role(words: Sequence[str], kinds: set[SourceKind]) -> bool:
    """True for the words of an unnamed source's key that may be a role a person holds.

    A role an owner speaks through ("Marl's rep") is one whatever kind the recognizer
    took it for (a body's, as "Marl's campaign" is); other roles are unnamed sources
    of a few words ("her spokesman").
    """
    if owned_speaking_role(words):
        return True
    return kinds == {SourceKind.ANONYMOUS} and 0 < len(words) <= _ROLE_WORDS


def _role_kinds(analyses: Iterable[AnalyzedArticle]) -> dict[str, set[SourceKind]]:
    """The kinds of the story's source keys, with the unnamed roles that told an outlet.

    "Lind's rep told Us" credits the magazine, but its words are the rep's
    (:func:`told_by`): the role is an unnamed source of the story as "her rep said" is.
    """
    kinds: dict[str, set[SourceKind]] = {}
    for analysis in analyses:
        for attribution in analysis.attributions:
            kinds.setdefault(attribution.source_key, set()).add(attribution.kind)
            role = _told_role(attribution, analysis) or owned_role(
                attribution, analysis.article.text
            )
            if role is not None:
                kinds.setdefault(role, set()).add(SourceKind.ANONYMOUS)
    return kinds


def _told_role(attribution: Attribution, analysis: AnalyzedArticle) -> str | None:
    """The key of the owned role that told the credited outlet (:func:`told_by_role`), or None."""
    text, span = analysis.article.text, attribution.span
    if attribution.cue != "tell" or _TOLD.match(text, span.start) is None:
        return None
    return told_by_role(text[_sentence_start(text, span.start) : span.start])


def _titled_people(analysis: AnalyzedArticle) -> Iterator[tuple[str, str]]:
    """Each word that may title a person's name in ``analysis``, with the name's key.

    The word right before the name ("spokesman Harlan Bolt") and the words the
    recognizer kept in the name before its key's words ("Spokesman Iver Quade").
    """
    text = analysis.article.text
    for mention in analysis.mentions:
        if mention.kind is not EntityKind.PERSON or not mention.key:
            continue
        start = mention.span.start
        before = _WORD_BEFORE_NAME.search(text, max(0, start - _LEADING_REACH), start)
        if before is not None:
            yield before["word"].lower(), mention.key
        name = set(mention.key.split())
        for word in text[start : mention.span.end].split():
            if canonical_key(word) in name:
                break
            yield word.strip(".,").lower(), mention.key


def _counsel_by_surname(credited: Iterable[str], named: Mapping[str, str]) -> dict[str, str]:
    """Map a credited counsel whose client is named otherwise to that client's named lawyer.

    "Renata Osterhold's lawyer" credited in one article and "Osterhold's lawyer, Conrad
    Mabry" in another are one client's counsel: the client's names end alike.
    """
    clients = [
        (m["client"], lawyer) for key, lawyer in named.items() if (m := _COUNSEL_KEY.match(key))
    ]
    found: dict[str, str] = {}
    for key in credited:
        match = _COUNSEL_KEY.match(key)
        if match is None or key in named:
            continue
        lawyers = {lawyer for client, lawyer in clients if _same_client(match["client"], client)}
        if len(lawyers) == 1:
            found[key] = lawyers.pop()
    return found


def _same_client(first: str, second: str) -> bool:
    """True when one client key is the other or ends with it ("renata osterhold", "osterhold")."""
    return first == second or first.endswith(f" {second}") or second.endswith(f" {first}")


#: The key of a trial's defence named as a side ("the defence argued"), and the last
#: words of a client's counsel's key ("renata osterhold s lawyer").
_DEFENCE = "defence"
_COUNSEL_KEY = re.compile(r"^(?P<client>.+) s (?:lawyer|attorney)$")


def _defence_counsel(credited: set[str], named: Mapping[str, str]) -> dict[str, str]:
    """Map "the defence" to the counsel of the one client the story credits a counsel for.

    One article's "The defence put the losses at 95 million" and another's "Osterhold's
    lawyers argued ..." are one side of one trial: the story's only client's counsel
    (or the lawyer named as such) is its defence. With counsel for two clients, or
    none, "the defence" keeps its own key.
    """
    if _DEFENCE not in credited:
        return {}
    matches = [m for m in map(_COUNSEL_KEY.match, credited) if m is not None]
    counsel = {m.group(0) for m in matches}
    if len({m["client"] for m in matches}) != 1:
        return {}
    lawyers = {named.get(key, key) for key in counsel}
    return {_DEFENCE: lawyers.pop()} if len(lawyers) == 1 else {}


#: An office-holder's title word and the noun of the body the office heads: an
#: "Interior Minister" heads the "Interior Ministry", a "Health Minister" the
#: "Ministry of Health", a "Defense Secretary" the "Defense Department".
_OFFICE_BODIES = {"minister": "ministry", "secretary": "department"}
#: A title of an office before a name: "Interior Minister", "Foreign Affairs Minister".
_TITLE_BEFORE = re.compile(
    r"\b(?P<field>[A-Za-z][\w-]*)\s+(?P<title>" + "|".join(_OFFICE_BODIES) + r")\s+$",
    re.IGNORECASE,
)
#: A title of an office in apposition after a name: ", the interior minister".
_TITLE_AFTER = re.compile(
    r",\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+)?(?P<field>(?!the\b)[A-Za-z][\w-]*)\s+(?P<title>"
    + "|".join(_OFFICE_BODIES)
    + r")\b",
    re.IGNORECASE,
)


def _story_bodies(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The keys of the organizations the story's articles name or credit."""
    found: set[str] = set()
    for analysis in analyses:
        found.update(
            m.key for m in analysis.mentions if m.kind is EntityKind.ORGANIZATION and m.key
        )
        found.update(
            a.source_key
            for a in analysis.attributions
            if a.kind is SourceKind.ORGANIZATION and a.source_key
        )
    return found


def _office_body(
    attribution: Attribution, analysis: AnalyzedArticle, bodies: Iterable[str]
) -> str | None:
    """The body of the story a credited person heads by title ("Interior Minister X").

    A minister titled by a portfolio speaks for the ministry of that portfolio: the
    title's field word ("interior", "health") and the body noun of the title word
    ("ministry") must both be words of the one such body the story names ("Interior
    Ministry", "Ministry of Health"). With none, or two, the person keeps their key.
    """
    if attribution.kind is not SourceKind.PERSON:
        return None
    titles = _around_names(attribution, analysis, _TITLE_BEFORE, _TITLE_AFTER, _LEADING_REACH)
    for title in titles:
        words = {canonical_key(title["field"]), _OFFICE_BODIES[title["title"].lower()]}
        found = {key for key in bodies if words <= set(key.split())}
        if len(found) == 1:
            return found.pop()
    return None


#: An organization's description in apposition after its name: ", the national grid
#: operator," (up to five words before a comma, a full stop or a bracket).
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|an?)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*[,.;:)]")
#: Lower-case words right before a name: "grid operator Solgrid".
_DESCRIBED_BEFORE = re.compile(r"(?<![\w'’-])((?:[a-z][\w'’-]*\s+){1,4})$")
#: A description the name is in apposition to: "The organisers, the Fair Rent Coalition".
_DESCRIBED_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*),\s+(?:the\s+)?$"
)
#: Nouns a description of an organization ends with: an organization's ("operator")
#: or a group's a story names by what it does ("the organisers").
_DESCRIBING_NOUNS = ORGANIZATION_NOUNS | STORY_BODIES
#: How far before a name its description is looked for.
_DESCRIBED_REACH = 60


def _descriptions(analysis: AnalyzedArticle) -> Iterable[tuple[str, list[str]]]:
    """(organization key, description words) of each organization the article describes.

    "Solgrid, the national grid operator", "grid operator Solgrid" and "the organisers,
    the Fair Rent Coalition," describe an organization as a "national grid operator", a
    "grid operator" and the "organiser": the description ends with a noun that names an
    organization (a plural one by its singular).
    """
    text = analysis.article.text
    for mention in analysis.mentions:
        if mention.kind is not EntityKind.ORGANIZATION or not mention.key:
            continue
        after = _DESCRIBED_AFTER.match(text, mention.span.end)
        start = mention.span.start
        reach = max(0, start - _DESCRIBED_REACH)
        before = _DESCRIBED_BEFORE.search(text, reach, start)
        apposed = _DESCRIBED_APPOSED.search(text, reach, start)
        for found in (after, before, apposed):
            words = canonical_key(found.group(1)).split() if found is not None else []
            if words and words[-1] not in _DESCRIBING_NOUNS:
                words[-1] = words[-1][:-1]  # "organisers" describes an "organiser"
            if words and words[-1] in _DESCRIBING_NOUNS:
                yield mention.key, words


def _unnamed_organizations(analyses: Sequence[AnalyzedArticle]) -> dict[str, list[str]]:
    """Keys of the organizations credited by a noun only, with the words they credit.

    "the grid operator said", "a company spokeswoman said": an organization source
    whose key names no entity of its article, with the content of each of its credits.
    """
    found: dict[str, list[str]] = {}
    for analysis in analyses:
        names = {m.key for m in analysis.mentions}
        text = analysis.article.text
        for attribution in analysis.attributions:
            key = attribution.source_key
            if attribution.kind is SourceKind.ORGANIZATION and key and key not in names:
                found.setdefault(key, []).append(attribution.content.slice(text))
    return found


def _named_in(words: str, keys: Iterable[str]) -> set[str]:
    """The keys among ``keys`` whose words occur together in ``words``."""
    padded = f" {canonical_key(words)} "
    return {key for key in keys if f" {key} " in padded}


#: Last words of the names of companies in trades :data:`COMPANY_HEADS` leaves out:
#: "Tessfjord Line", "Hallam Shipping", and of utilities: "Brackwell Power", "Ansted Water".
_UTILITY_HEADS = _wordset("power water gas electricity hydro utilities")
_TRADE_HEADS = _wordset("line lines shipping ferries cruises freight rail") | _UTILITY_HEADS
#: Last words of the names of transport operators and airlines: "Norvale State Railways".
_TRANSPORT_HEADS = _wordset("railways railway railroad rail transit metro lines line ferries")
_AIRLINE_HEADS = _wordset("airlines airline airways air")
#: The last words of the names of organizations of a kind no business noun names: "the
#: utility" is a power, water or gas company ("Brackwell Power"), an energy one too;
#: "the operator" a railway, ferry or air company ("Norvale State Railways").
_KIND_HEADS = {
    "utility": _UTILITY_HEADS | _wordset("energy electric utility"),
    "operator": _TRANSPORT_HEADS | _AIRLINE_HEADS,
    "airline": _AIRLINE_HEADS,
    "carrier": _TRANSPORT_HEADS | _AIRLINE_HEADS,
}


def _leads(short: str, full: str) -> bool:
    """True when key ``short`` is the leading name of company key ``full``.

    As :func:`~corrobora.extract.entities.leads`, with the trades' names as well:
    "Brackwell" of "Brackwell Power".
    """
    short_words, full_words = short.split(), full.split()
    return (
        leads(short, full)
        or (
            len(short_words) < len(full_words)
            and full_words[-1] in _TRADE_HEADS
            and full_words[: len(short_words)] == short_words
            and not set(short_words) & (ORGANIZATION_NOUNS | NON_OUTLET_HEADS | _TRADE_HEADS)
        )
        or _club_short_name(short_words, full_words)
    )


#: Words that close a sports club's name and drop from its short name: "Castellane FC"
#: and "Dunmere Athletic" are "Castellane" and "Dunmere".
_CLUB_HEADS = _wordset(
    "fc afc cf sc athletic united city town rovers wanderers albion rangers hotspur"
)
#: Initials that open a club's name as well: "FC Castellane".
_CLUB_INITIALS = _wordset("fc afc cf sc ac")


def _club_short_name(short: list[str], full: list[str]) -> bool:
    """True when ``short`` is club name ``full`` without the word that marks it a club."""
    if not short or set(short) & (ORGANIZATION_NOUNS | NON_OUTLET_HEADS | _CLUB_HEADS):
        return False
    return (full[-1] in _CLUB_HEADS and full[:-1] == short) or (
        full[0] in _CLUB_INITIALS and full[1:] == short
    )


def story_clubs(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The keys of the sports clubs the story names, whatever label the recognizer gave them.

    A name closed by a club's word ("Dunmere Athletic confirmed", read as a person's)
    names a club, which its chairman speaks for ("Dunmere chairman Roland Pike").
    """
    found: set[str] = set()
    for analysis in analyses:
        places = {m.key for m in analysis.mentions if m.kind is EntityKind.PLACE}
        for key, _ in _company_names(analysis):
            words = key.split() if key and key not in places else []
            if len(words) > 1 and (words[-1] in _CLUB_HEADS or words[0] in _CLUB_INITIALS):
                found.add(key)
    return found


#: Nouns naming a craft: a name the text calls one ("the ferry Vega Dawn") is no company.
_CRAFT_NOUNS = r"(?:ferry|ferries|ship|vessel|boat|tanker|freighter|trawler|yacht|liner|barge|tug)"
#: A craft noun right before a name: "the ferry ", "the cargo ship ".
_CRAFT_BEFORE = re.compile(r"\b" + _CRAFT_NOUNS + r"\s+$", re.IGNORECASE)
#: A craft's apposition or act right after its name: ", a ferry", " capsized" (no
#: "sank": a company's shares sink too).
_CRAFT_AFTER = re.compile(
    r"(?:,\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?"
    + _CRAFT_NOUNS
    + r"\b|\s+(?:has\s+|had\s+)?(?:capsized|foundered|docked|ran\s+aground|run\s+aground|"
    r"keeled\s+over|set\s+sail)\b)",
    re.IGNORECASE,
)
#: A company's act right after its name: "Tessfjord Line operates the route".
_COMPANY_ACT = re.compile(
    r"\s+(?:operates|owns|employs|manufactures|makes|sells|acquired|bought|"
    r"reported\s+(?:an?\s+)?(?:annual\s+|quarterly\s+)?(?:profit|loss|revenue|sales))\b"
)
#: How far before a name a craft noun is looked for.
_CRAFT_REACH = 30


def _crafts(analysis: AnalyzedArticle) -> set[str]:
    """The keys of the names the article calls a ferry, a ship or a boat.

    "the ferry Vega Dawn", "the Vega Dawn capsized", "Vega Dawn, a ferry": the
    recognizer often takes a ship's name for an organization's, yet a craft is no
    company and speaks for none.
    """
    text = analysis.article.text
    found: set[str] = set()
    for mention in analysis.mentions:
        start, end = mention.span.start, mention.span.end
        if _CRAFT_BEFORE.search(text, max(0, start - _CRAFT_REACH), start) or _CRAFT_AFTER.match(
            text, end
        ):
            found.add(mention.key)
    return found


def story_companies(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The keys of the companies the story names.

    A name ending in a company word ("Pellmont Telecom", "Brevant Pharma") or a trade
    ("Tessfjord Line"), whatever label the recognizer gave it (such a word ends no
    person's name), an organization an article describes by a business noun ("Solgrid,
    the company") or names as doing what companies do ("Tessfjord Line operates the
    route"). A credit names one too ("Tarrow Rail Freight said"), though the recognizer
    found no name there (:func:`_company_names`). None that an article calls a craft
    (:func:`_crafts`).
    """
    found: set[str] = set()
    crafts: set[str] = set()
    for analysis in analyses:
        text = analysis.article.text
        heads = COMPANY_HEADS | _TRADE_HEADS
        found.update(
            key
            for key, _ in _company_names(analysis)
            if len(key.split()) > 1 and key.split()[-1] in heads
        )
        found.update(key for key, words in _descriptions(analysis) if words[-1] in BUSINESS_KINDS)
        found.update(
            m.key
            for m in analysis.mentions
            if m.kind is EntityKind.ORGANIZATION and m.key and _COMPANY_ACT.match(text, m.span.end)
        )
        crafts |= _crafts(analysis)
    return found - crafts


def _companies_of_kind(key: str, companies: set[str]) -> set[str]:
    """The companies an unnamed business ``key`` may be.

    Any for "the company"; for "the airport operator" only those whose names hold its
    modifier: an airline is no airport operator. A maker's modifier names its product
    ("the pump maker"), seldom a word of its name: any, failing a name that holds it.
    """
    *modifiers, head = key.split()
    found = {c for c in companies if set(modifiers) <= set(c.split())}
    return found if found or head not in PRODUCT_KINDS else set(companies)


#: Organization nouns that head the name of a body of one kind ("Eastmarch Fire and
#: Rescue Service", "Ministry of Health", "Corve General Hospital"), so that "the fire
#: service" or "the ministry" names the story's one such body.
_BODY_HEADS = _wordset(
    """
    ministry department office embassy police army navy council court committee
    commission agency bureau authority service prefecture municipality brigade hospital
    university institute board inspectorate tribunal parliament senate congress assembly
    legislature guild chamber society federation confederation association league union
    syndicate
    """
)


#: Nouns of a place that speaks as a body ("the city said", "a county spokesman"): its
#: voice is its own or a body's named by the noun ("City of Calverin"), never a company's.
_PLACE_BODIES = _wordset("city town village county district municipality borough province state")


def _name_head(words: list[str]) -> str:
    """The noun a body's name is headed by: the word before its first "of", else its last."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _bodies_of_kind(key: str, organizations: Iterable[str]) -> set[str]:
    """The named bodies an unnamed body ``key`` ("the fire service") may be.

    Those whose name is headed by the same noun and holds each of its modifiers:
    "Eastmarch Fire and Rescue Service" for "the fire service" or "the service", no
    "Police Federation" for "the police" (a federation) and no "Eastmarch Ambulance
    Service" for "the fire service".
    """
    *modifiers, head = key.split()
    found: set[str] = set()
    for name in organizations:
        words = name.split()
        if name != key and _name_head(words) == head and _modifies(set(modifiers), set(words)):
            found.add(name)
    return found


#: Words that tell the level a body works at, seldom a word of its name: "the regional
#: health authority" is the "Carrow Valley Health Authority".
_SCOPE_WORDS = _wordset(
    "regional local national federal provincial municipal metropolitan central state "
    "county district city"
)


def _modifies(modifiers: set[str], name: set[str]) -> bool:
    """True when a body noun's ``modifiers`` fit the words of a body's ``name``.

    Each modifier is a word of the name, but a word of scope ("regional") that the name
    leaves out, so long as it holds no other one: "the regional health authority" is
    no "National Health Authority".
    """
    missing = modifiers - name
    return missing <= _SCOPE_WORDS and not (missing and name & _SCOPE_WORDS - modifiers)


def described_organizations(analyses: Iterable[AnalyzedArticle]) -> dict[str, str]:
    """Map an unnamed organization's key to the one organization of the story it names.

    "the grid operator" is the organization that an article of the story describes as
    one ("Solgrid, the national grid operator", "grid operator Solgrid"). "the
    company" (a kind, seldom a word of a name) is also the organization that every
    statement credited to it names, as "Solgrid may impose blackouts, a company
    spokeswoman said" does; when they name none, a business ("the company", "the
    carmaker") is the story's one company (:func:`story_companies`), though the
    article that credits it never names it, and a body named by the noun its kind's
    names are headed by ("the fire service", "the ministry") is the story's one body
    of that kind (:func:`_bodies_of_kind`), and "the utility" the story's one company
    named as one ("Brackwell Power": :func:`_named_of_kind`), and "the regulator" the
    story's one public body (:func:`_public_bodies`). A credited short name of
    the story's one company ("Brackwell") is that company (:func:`_leading_names`), a
    short name of an outlet the story names the fuller outlet (:func:`_shortened_outlets`),
    and each part of a name the recognizer cut at its "and" the whole name
    (:func:`~corrobora.reconcile.joined_names.joined_names`).
    With two candidates, or none, the key stays
    as it is. A place is never a body a noun names (:func:`_story_places`), even where
    the recognizer took it for an organization: "the company" of a statement about
    "Brenholt" is no town.
    """
    analyses = list(analyses)
    companies = story_companies(analyses)
    places = _story_places(analyses, companies)
    described: dict[str, set[str]] = {}
    organizations: set[str] = set()
    for analysis in analyses:
        for key, words in _descriptions(analysis):
            organizations.add(key)
            for n in range(1, len(words) + 1):
                described.setdefault(" ".join(words[-n:]), set()).add(key)
        organizations.update(
            m.key for m in analysis.mentions if m.kind is EntityKind.ORGANIZATION and m.key
        )
    organizations -= places
    found: dict[str, str] = {}
    for key, contents in _unnamed_organizations(analyses).items():
        candidates = described.get(key, set()) - places
        if not candidates and key.split()[-1] in KIND_NOUNS:
            candidates = set.union(*(_named_in(words, organizations) for words in contents))
        if not candidates and key.split()[-1] in BUSINESS_KINDS:
            candidates = _companies_of_kind(key, companies)
        if not candidates and key.split()[-1] in _BODY_HEADS:
            candidates = _bodies_of_kind(key, organizations)
        if not candidates and key.split()[-1] in _KIND_HEADS:
            candidates = _named_of_kind(key, organizations)
        if not candidates and key.split()[-1] in FUNCTION_NOUNS:
            candidates = _public_bodies(organizations)
        if len(candidates) != 1:
            kinds = candidates
            candidates = _sentence_subjects(analyses, key, companies, places)
            if len(candidates) != 1 and len(kinds) > 1:
                candidates = _earlier_credits(analyses, key, kinds)
        if len(candidates) == 1:
            found[key] = next(iter(candidates))
    leading = _leading_names(analyses, organizations | story_clubs(analyses))
    return joined_names(analyses) | _shortened_outlets(analyses) | leading | found


def _earlier_credits(
    analyses: Sequence[AnalyzedArticle], key: str, candidates: Collection[str]
) -> set[str]:
    """The bodies last credited by name before each credit of a bare noun (``key``).

    "..., the Drossen District Fire Service confirmed. The fire had burned 5,100
    hectares, the service said. The Kellmark Weather Service confirmed ...": of the
    story's two services, "the service" goes on with the one its article credited
    last before it. Every credit of ``key`` must follow one such credit.
    """
    found: set[str] = set()
    for analysis in analyses:
        credits = [a for a in analysis.attributions if a.kind is SourceKind.ORGANIZATION]
        for attribution in credits:
            if attribution.source_key != key:
                continue
            earlier = [
                a
                for a in credits
                if a.source_key in candidates and a.span.end <= attribution.span.start
            ]
            if not earlier:
                return set()
            found.add(max(earlier, key=lambda a: a.span.end).source_key)
    return found


def _public_bodies(organizations: Iterable[str]) -> set[str]:
    """The named public bodies "the regulator" or "Varland's energy regulator" may be.

    Such a noun names what a body does, never a word of its name: the story's bodies
    whose name is headed by a public body's noun ("... Energy Authority").
    """
    return {name for name in organizations if _name_head(name.split()) in PUBLIC_BODY_HEADS}


def _named_of_kind(key: str, organizations: Iterable[str]) -> set[str]:
    """The named organizations an unnamed one of a kind (``key``: "the utility") may be.

    Those whose name ends with a word of the kind's names (:data:`_KIND_HEADS`) and holds
    each of the key's modifiers: "Brackwell Power" for "the utility", no "Brackwell
    Council" nor a bank.
    """
    *modifiers, head = key.split()
    return {
        name
        for name in organizations
        if name.split()[-1] in _KIND_HEADS[head] and set(modifiers) <= set(name.split())
    }


def _leading_names(
    analyses: Sequence[AnalyzedArticle], organizations: Collection[str]
) -> dict[str, str]:
    """Map a credited organization's short name to the one company of the story it leads.

    "Brackwell said" in one article and "Brackwell Power" named in another (credited
    there or not: "the utility said") are one company, one origin (:func:`_leads`). So
    is a one-word name the recognizer took for a surname, unless a person of the story
    is named more fully by it (see :func:`_mistaken_company`).
    """
    people = _people(analyses)
    found: dict[str, str] = {}
    for analysis in analyses:
        for attribution in analysis.attributions:
            key = attribution.source_key
            if not key or not (
                attribution.kind is SourceKind.ORGANIZATION
                or (attribution.kind is SourceKind.PERSON and _bare_name(key, people))
            ):
                continue
            fuller = {name for name in organizations if _leads(key, name)}
            if len(fuller) == 1:
                found[key] = fuller.pop()
    return found


#: What may come before a sentence's subject: quotation marks and "the".
_BEFORE_SUBJECT = re.compile(r"[\s\"“'‘]*(?:the\s+)?", re.IGNORECASE)


def _sentence_subjects(
    analyses: Sequence[AnalyzedArticle], key: str, companies: Collection[str], places: set[str]
) -> set[str]:
    """The organizations the sentences crediting a bare body noun (``key``) name as it.

    "Velmar Foods is not in talks with Orrin Group, the company said": the story names
    two companies, yet the sentence that credits "the company" names one of them as its
    subject, and the company speaks of itself. A credit's organization is the one of
    ``key``'s kind (:func:`_of_kind`) its sentence (or the content) opens with, else the
    one such organization its sentence names. Every credit of ``key`` in the story must
    name one, the same: the key's organizations, else none.
    """
    if len(key.split()) != 1 or key not in ORGANIZATION_NOUNS:
        return set()
    found: set[str] = set()
    for analysis in analyses:
        names = {m.key for m in analysis.mentions}
        text = analysis.article.text
        for attribution in analysis.attributions:
            if attribution.kind is not SourceKind.ORGANIZATION or attribution.source_key != key:
                continue
            if key in names:
                return set()
            span, content = attribution.span, attribution.content
            first, last = min(span.start, content.start), max(span.end, content.end)
            start = _sentence_start(text, first)
            bodies = [
                m
                for m in analysis.mentions
                if m.kind is EntityKind.ORGANIZATION
                and m.key
                and start <= m.span.start
                and m.span.end <= last
                and _of_kind(key, m.key, companies, places)
            ]
            subjects = {
                m.key
                for m in bodies
                for opening in {start, content.start}
                if opening <= m.span.start
                and _BEFORE_SUBJECT.fullmatch(text, opening, m.span.start) is not None
            }
            named = subjects or {m.key for m in bodies}
            if len(named) != 1:
                return set()
            found |= named
    return found


def _of_kind(noun: str, name: str, companies: Collection[str], places: set[str]) -> bool:
    """True when the organization ``name`` may be the one a bare ``noun`` names.

    "the ministry" is a body whose name is headed by "ministry"; "the company" (any
    business noun) a company of the story, or a bare name no organization noun heads
    ("Velmar"); any other noun ("the utility") a body no body noun heads: a ministry
    is no utility. A place is none, and a place speaking as a body ("the city") is
    none but a body its noun heads ("City of Calverin"): never a company.
    """
    if name in places:
        return False
    head = _name_head(name.split())
    if noun in _BODY_HEADS | _PLACE_BODIES:
        return head == noun
    if noun in BUSINESS_KINDS:
        return name in companies or head not in ORGANIZATION_NOUNS | NON_OUTLET_HEADS
    return head not in _BODY_HEADS


#: Words that put a name as a place: "near Morvane", "outside Morvane", "the town of ".
_PLACED_BEFORE = re.compile(
    r"\b(?:near|outside|(?:town|village|city|port)\s+of)\s+$", re.IGNORECASE
)
#: What may follow a place's name so placed: no "'s" ("near Solgrid's plant" is a site).
_PLACED_AFTER = re.compile(r"(?!['’]s\b)\W")
#: How far before a name the words that place it are looked for.
_PLACED_REACH = 30
#: The words of a span a name bounds with another: "between Morvane and Tessel".
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")


def _places(analysis: AnalyzedArticle) -> set[str]:
    """The keys of the names the article gives as places, whatever the recognizer said.

    A name it tags as a place, or one the text sets near or outside ("near Morvane",
    "the village of Morvane"), or bounds a stretch with a place ("between Morvane and
    Tessel", either way round).
    """
    text = analysis.article.text
    found = {m.key for m in analysis.mentions if m.kind is EntityKind.PLACE and m.key}
    starts = {m.span.start: m for m in analysis.mentions}
    for mention in analysis.mentions:
        start, end = mention.span.start, mention.span.end
        if _PLACED_BEFORE.search(text, max(0, start - _PLACED_REACH), start) and (
            end == len(text) or _PLACED_AFTER.match(text, end)
        ):
            found.add(mention.key)
        joined = _AND.match(text, end)
        partner = starts.get(joined.end()) if joined is not None else None
        if partner is not None and _BETWEEN.search(text, max(0, start - 10), start):
            pair = {mention.key, partner.key}
            if pair & found:
                found |= pair
    return found


def _story_places(analyses: Iterable[AnalyzedArticle], companies: Collection[str]) -> set[str]:
    """The keys of the places the story names: those an article gives as places.

    The recognizer may take a town for an organization in one article ("Brenholt") and
    for a place in the others (:func:`_places`): it is a place all the same. A name
    headed by a body's noun ("Brenholt Council", "Harlow County") or a company's
    stays a body.
    """
    bodies = ORGANIZATION_NOUNS | NON_OUTLET_HEADS | _TRADE_HEADS
    return {
        key
        for analysis in analyses
        for key in _places(analysis)
        if key not in companies and _name_head(key.split()) not in bodies
    }


def _shortened_outlets(analyses: Sequence[AnalyzedArticle]) -> dict[str, str]:
    """Map a credited outlet's short name to the one outlet of the story it is short for.

    "according to the Herald" where "The Kessby Herald" is an outlet of the story, or
    "the Ledger" beside the "Anvik Falls Ledger": the newspaper's own words and the
    credit to it are one origin. So are "the Daily News" and "the News" where another
    article credits or names "the New York Daily News" (:func:`_named_outlets`): of
    names that end one another, the fullest. A short name that ends two outlets' names
    ("the Herald" of the "Kessby Herald" and the "Miami Herald") stays as it is.
    """
    own = {outlet_key(a.article.outlet) for a in analyses}
    outlets = own | _named_outlets(analyses)
    people = _people(analyses) - outlets  # "The Kessby Herald first reported" names no one
    found: dict[str, str] = {}
    for analysis in analyses:
        for attribution in analysis.attributions:
            key = attribution.source_key
            if not key or key in own or not _outlet_credit(attribution, people):
                continue
            words = key.split()
            fuller = {o for o in outlets if _ends_with(o.split(), words)}
            fuller |= {o for o in own if _one_outlet(o, key)}
            fullest = _outermost(fuller)
            if len(fullest) == 1:
                found[key] = fullest.pop()
    return found


#: Last words that make a name an outlet's ("the New York Daily News", "the Post").
_OUTLET_HEADS = STRONG_OUTLET_HEADS | WEAK_OUTLET_HEADS


def _named_outlets(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The keys of the outlets the story's articles credit or name, of two words or more.

    An outlet credited as one ("told the New York Daily News"), or an organization
    named with an outlet's last word ("the New York Post"): a newspaper that another
    article calls by the end of its name ("the Daily News", "the Post").
    """
    found: set[str] = set()
    for analysis in analyses:
        found.update(a.source_key for a in analysis.attributions if a.kind is SourceKind.OUTLET)
        found.update(
            m.key
            for m in analysis.mentions
            if m.kind is EntityKind.ORGANIZATION and m.key and m.key.split()[-1] in _OUTLET_HEADS
        )
    return {key for key in found if len(key.split()) > 1}


def _outermost(names: set[str]) -> set[str]:
    """The names that end no other of ``names``: "new york daily news" of "daily news"."""
    return {n for n in names if not any(_ends_with(o.split(), n.split()) for o in names)}


def _one_outlet(first: str, second: str) -> bool:
    """True when one key names the other with its leading place's initials ("la times")."""
    a, b = first.split(), second.split()
    return initialed_lead(a, b) or initialed_lead(b, a)


#: Kinds of the credits that may name an outlet by a shorter name ("the Ledger said").
_OUTLET_CREDITS = frozenset({SourceKind.OUTLET, SourceKind.ORGANIZATION})


def _outlet_credit(attribution: Attribution, people: Collection[str]) -> bool:
    """True for a credit that may name an outlet by a shorter name.

    An outlet's or an organization's, or a person's the recognizer made of a newspaper's
    last word ("The Ledger has learned"): a name no person of the story (``people``) is
    named more fully by, as "Nell Ledger" would be.
    """
    if attribution.kind in _OUTLET_CREDITS:
        return True
    words = attribution.source_key.split()
    return attribution.kind is SourceKind.PERSON and not any(
        _ends_with(person.split(), words) for person in people
    )


def _bare_name(key: str, people: Collection[str]) -> bool:
    """True for a one-word name (``key``) that ends no fuller name of ``people``."""
    words = key.split()
    return len(words) == 1 and not any(_ends_with(p.split(), words) for p in people)


def _people(analyses: Iterable[AnalyzedArticle]) -> set[str]:
    """The keys of the people the story's articles name or credit."""
    found: set[str] = set()
    for analysis in analyses:
        found.update(m.key for m in analysis.mentions if m.kind is EntityKind.PERSON and m.key)
        found.update(
            a.source_key
            for a in analysis.attributions
            if a.kind is SourceKind.PERSON and a.source_key
        )
    return found


_SHORTENED_KINDS = (SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.DOCUMENT)
_NAMED_KINDS = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.OUTLET})
"""Kinds of the fuller keys a short key may be taken for."""


def _ends_with(words: list[str], tail: list[str]) -> bool:
    """True when ``words`` are more than ``tail`` and end with it."""
    return len(words) > len(tail) and words[-len(tail) :] == tail


def _possessed(words: list[str], tail: list[str]) -> bool:
    """True when ``words`` are an owner's ``tail``: "assembly s clerk" of "clerk"."""
    return len(words) > len(tail) + 1 and _ends_with(words, tail) and words[-len(tail) - 1] == "s"


def _fuller_candidates(
    short: str, kind: SourceKind, split: Mapping[str, list[str]], named: Iterable[str]
) -> list[str]:
    """The keys ``short`` may be a shorter form of, by the words they share.

    A person or an organization is the end of a fuller name ("Coranth" of "Ilse
    Coranth"); an organization is also the leading name of a company ("Torvik" of
    "Torvik Motors"), and so is a person no fuller name ends with (see
    :func:`_mistaken_company`). Whatever else is credited ("the clerk", "the report") is
    shortened only from an owner's description of it ("the Assembly's clerk"): the
    owner says whose it is, and one story's "clerk" beside its one "Assembly's clerk"
    is that clerk.
    """
    words = split[short]
    if kind is SourceKind.DOCUMENT:
        return [key for key in split if _possessed(split[key], words)]
    found = [key for key in named if _ends_with(split[key], words)]
    if kind is SourceKind.ORGANIZATION or (kind is SourceKind.PERSON and not found):
        found += [key for key in named if key not in found and _leads(short, key)]
    if kind is SourceKind.ORGANIZATION:
        found += [key for key in named if key not in found and shortens_body(words, split[key])]
    return found


_ADJECTIVE_ENDINGS = ("ian", "an", "n", "ese", "ish", "i")
"""Endings that make a place's adjective of its name ("Egyptian", "Kenyan", "Japanese")."""


def adjective_of(adjective: str, name: str) -> bool:
    """True when ``adjective`` is the adjective of the place ``name``: "egyptian" of "egypt".

    The adjective is the name, a final vowel or "y" dropped ("Italy", "Italian"), with
    an ending of :data:`_ADJECTIVE_ENDINGS`, or a name in "-y" without it ("Germany",
    "German"): "Egypt's ministry" and "the Egyptian ministry" have one owner.
    """
    if len(name) < 4 or not adjective.isalpha() or not name.isalpha():
        return False
    stems = [name] + ([name[:-1]] if name[-1] in "aeiouy" else [])
    if name.endswith("y") and adjective == name[:-1]:
        return True
    return any(adjective == stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS)


def _one_word(a: str, b: str) -> bool:
    """True when two words of body names are one: equal, or a place's name and adjective."""
    return a == b or adjective_of(a, b) or adjective_of(b, a)


def _owned_words(words: Sequence[str]) -> list[str]:
    """The words of a body's key, its owner's possessive "s" dropped ("egypt s ministry")."""
    return [w for i, w in enumerate(words) if not (w == "s" and 0 < i < len(words) - 1)]


def _in_order(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when each word of ``short`` is one of ``full``'s, in order (:func:`_one_word`)."""
    at = 0
    for word in short:
        while at < len(full) and not _one_word(word, full[at]):
            at += 1
        if at == len(full):
            return False
        at += 1
    return True


def shortens_body(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when body key ``short`` is a shorter wording of ``full``, the same owner's.

    "the Egyptian ministry" is "Egypt's communications ministry" in fewer words: the
    same owner first (a place's name or its adjective, :func:`adjective_of`), the same
    head noun last, and its other words the fuller one's, in order. Words as many as
    the fuller one's shorten it only as the adjective of its possessive ("the Egyptian
    ministry" of "Egypt's ministry"), so that of two wordings one is the fuller.
    """
    a, b = _owned_words(short), _owned_words(full)
    if len(a) < 2 or len(a) > len(b) or a[-1] != b[-1] or a[-1] not in BODY_NOUNS:
        return False
    if not _one_word(a[0], b[0]) or not _in_order(a[1:-1], b[1:-1]):
        return False
    if len(a) < len(b):
        return True
    return a != b and any(adjective_of(x, y) for x, y in zip(a, b, strict=True))


BODY_NOUNS = ORGANIZATION_NOUNS | NON_OUTLET_HEADS
"""Head nouns of the bodies :func:`shortens_body` names in fewer words."""


_NAME_JOINERS = frozenset(
    {"of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "al", "da", "di", "del"}
    | {"von", "van", "der", "den", "on", "in", "at", "to", "by", "with", "without", "y", "&"}
)
"""Lower-case words that may join the capitalized words of a name ("Bank of Estria")."""


def _run_on(name: str) -> bool:
    """True for words that are no one name: a lower-case verb between two names.

    "National Medicines Authority ordered Halcyra Pharmaceuticals", read as one name,
    holds a lower-case word that joins no name ("ordered") between capitalized words:
    it is a regulator and a company, and can be the fuller name of neither.
    """
    words = name.split()
    capitals = [i for i, word in enumerate(words) if word[:1].isupper()]
    if len(capitals) < 2:
        return False
    between = words[capitals[0] + 1 : capitals[-1]]
    return any(w.isalpha() and w.islower() and w not in _NAME_JOINERS for w in between)


def fuller_keys(
    attributions: Iterable[Attribution], people: Collection[str] = ()
) -> dict[str, str]:
    """Map a source key to the one fuller key of the story it is a shorter form of.

    "the fire service" in one article and "the Brennmoor fire service" in another are
    one origin, as are "Coranth" and "Ilse Coranth", "Torvik" and "Torvik Motors", or
    "the clerk" and "the Assembly's clerk" (see :func:`_fuller_candidates`): the
    shorter key names the fuller one when exactly one key of the story's sources is a
    fuller form of it and it is of the same kind; a candidate that is itself a shorter
    form of another ("Lind's campaign" beside "Mayor Ana Lind's campaign" for
    "the campaign") is that other (:func:`_fullest`). With two candidates ("state police",
    "city police"), or one of another kind (a bare "agency" beside the "Keldonian
    Environment Agency" and the "Continental Press Agency", an outlet), the short key
    stays as it is, unless it is a bare surname the recognizer took for an
    organization's name (:func:`_mistaken_surname`), or a company's leading name it
    took for a surname (:func:`_mistaken_company`). A document credited under the name
    of the body it is from is that body (:func:`_as_body`). Words that are no one name (see
    :func:`_run_on`) are no fuller form of anything. A bare surname two of the story's
    ``people`` (the keys of its persons' names) share ("Dravik" beside Helena and Anton
    Dravik) names neither, though only one of them is credited. Two spellings of one
    person's name ("Dave Rossi", "David Rossi") are one key (:func:`person_variants`).
    """
    attributions = list(attributions)
    shared = _shared_surnames(people)
    kinds: dict[str, set[SourceKind]] = {}
    run_on: set[str] = set()
    for attribution in attributions:
        if attribution.source_key:
            kinds.setdefault(attribution.source_key, set()).add(attribution.kind)
            if _run_on(attribution.source):
                run_on.add(attribution.source_key)
    kinds = {key: _as_body(key, found) for key, found in kinds.items()}
    credited = [key for key, found in kinds.items() if found == {SourceKind.PERSON}]
    spelled = person_variants(
        [*people, *credited],
        Counter(a.source_key for a in attributions if a.source_key),
        _credited_by_article(attributions, credited),
    )
    split = {key: key.split() for key in kinds}
    named = [key for key, found in kinds.items() if found & _NAMED_KINDS and key not in run_on]
    fuller: dict[str, str] = {}
    for short, found in kinds.items():
        kind = next(iter(found))
        if len(found) != 1 or kind not in _SHORTENED_KINDS or short in shared:
            continue
        longer = _one_spelling(
            _fullest(_fuller_candidates(short, kind, split, named), split), spelled
        )
        if len(longer) == 1 and (
            kinds[longer[0]] == {kind}
            or _mistaken_surname(short, kind, longer[0], kinds)
            or _mistaken_company(short, kind, longer[0], kinds)
        ):
            fuller[short] = spelled.get(longer[0], longer[0])
    for initials, written_out in _initialed_keys(kinds, split, named).items():
        fuller.setdefault(initials, written_out)
    for key in credited:
        if key in spelled and key not in fuller:
            fuller[key] = spelled[key]
    for key, found in kinds.items():
        owned = _owner_named_fully(split[key], people, shared)
        if found == {SourceKind.ORGANIZATION} and owned is not None and owned != key:
            fuller.setdefault(key, owned)
    for role, person in _role_holders(attributions, kinds).items():
        fuller.setdefault(role, spelled.get(person, person))
    return fuller


def _credited_by_article(
    attributions: Iterable[Attribution], people: Collection[str]
) -> list[set[str]]:
    """The people each article credits, by article: those it names as two people."""
    by_article: dict[str, set[str]] = {}
    for attribution in attributions:
        if attribution.source_key in people:
            by_article.setdefault(attribution.article_id, set()).add(attribution.source_key)
    return list(by_article.values())


def _role_holders(
    attributions: Iterable[Attribution], kinds: Mapping[str, set[SourceKind]]
) -> dict[str, str]:
    """Map an unnamed role ("detective") to the one credited person the story titles so.

    "Detective Ana Ruiz said" in one article and "a detective testified" in another:
    the story names one detective, and the role noun is her, one origin. A role two
    people hold, or an informant noun ("an official", "a witness") that stands for
    anonymity, stays as it is.
    """
    holders: dict[str, set[str]] = {}
    for attribution in attributions:
        if kinds.get(attribution.source_key) != {SourceKind.PERSON}:
            continue
        for title in _source_titles(attribution):
            holders.setdefault(title, set()).add(attribution.source_key)
    found: dict[str, str] = {}
    for key, kind in kinds.items():
        words = key.split()
        if kind != {SourceKind.ANONYMOUS} or not words or len(words) > _ROLE_WORDS:
            continue
        people = holders.get(words[-1], set())
        if len(people) == 1 and words[-1] not in ANONYMOUS_NOUNS:
            found[key] = next(iter(people))
    return found


#: Most words of an unnamed role's key that may be a named person's title.
_ROLE_WORDS = 3


def _source_titles(attribution: Attribution) -> set[str]:
    """Lower-case words a person's credit sets before the name ("Detective" of "Detective X")."""
    name = set(attribution.source_key.split())
    words = [w.strip(".,").lower() for w in attribution.source.split()]
    titles: set[str] = set()
    for word in words:
        if word in name:
            break
        if word.isalpha():
            titles.add(word)
    return titles


def _initialed_keys(
    kinds: Mapping[str, set[SourceKind]], split: Mapping[str, list[str]], named: Iterable[str]
) -> dict[str, str]:
    """Map an outlet's or a body's key led by a place's initials to the one key in full.

    "according to the LA Times" and "according to the Los Angeles Times" credit one
    newspaper (:func:`~corrobora.extract.entities.initialed_lead`): a source named with
    the place's words written out. An outlet and a body are the kinds such names are of,
    and the recognizer tells them apart poorly ("THR is saying" read as a body's,
    "The Hollywood Reporter says" as an outlet's), so either may be written out as the
    other; a name credited only as a person's never is, and initials two sources spell
    name neither.
    """
    named = list(named)
    found: dict[str, str] = {}
    for short, own in kinds.items():
        if not own <= _INITIALED_KINDS:
            continue
        longer = [
            key
            for key in named
            if key != short
            and kinds[key] & _INITIALED_KINDS
            and initialed_lead(split[short], split[key])
        ]
        if len(longer) == 1:
            found[short] = longer[0]
    return found


_INITIALED_KINDS = frozenset({SourceKind.OUTLET, SourceKind.ORGANIZATION})
"""Kinds of the sources whose names may begin with a place's initials ("NY Post")."""


def _owner_named_fully(words: list[str], people: Collection[str], shared: set[str]) -> str | None:
    """A person's body ("selmer s campaign") keyed by the owner's full name in the story.

    "Selmer's campaign" of one article is "Hanna Selmer's campaign" where the story
    names one Selmer fully, as :func:`owned_body` keys "her campaign" of an article
    that does; a surname two people share names neither.
    """
    if len(words) < 3 or words[-2] != "s" or words[-3] in shared:
        return None
    owner = _full_name(words[:-2], people)
    return None if owner is None else f"{owner} s {words[-1]}"


def _one_spelling(candidates: list[str], spelled: Mapping[str, str]) -> list[str]:
    """The candidates, one person's spellings (:func:`person_variants`) counted once."""
    seen: dict[str, str] = {}
    for key in candidates:
        seen.setdefault(spelled.get(key, key), key)
    return list(seen.values())


def _shared_surnames(people: Iterable[str]) -> set[str]:
    """The surnames of two or more distinct people among ``people``'s full names.

    A given name of three letters or more, no title, makes a person ("Helena Dravik",
    not "M. Dravik" or "Insp Dravik"); names one of which may shorten the other ("Ben
    Dravik" and "Benjamin Dravik") are one person (:func:`may_shorten`).
    """
    given_names: dict[str, list[list[str]]] = {}
    for key in sorted(set(people)):
        *given, surname = key.split()
        if not given or any(len(w) < 3 or w in PERSON_TITLES or w in HONORIFICS for w in given):
            continue
        known = given_names.setdefault(surname, [])
        if not any(_one_given(given, other) for other in known):
            known.append(given)
    return {surname for surname, found in given_names.items() if len(found) > 1}


def _one_given(first: list[str], second: list[str]) -> bool:
    """True when two given names are one person's: a short form, a respelling or a slip."""
    return one_given_name(first, second) or slipped_name([*first, ""], [*second, ""])


def _same_spelling(first: list[str], second: list[str]) -> bool:
    """True when two names are one spelt with and without a space ("Del Giudice", "DelGiudice").

    The given name must be the same, and the rest the same letters.
    """
    return (
        first != second
        and len(first) > 1
        and len(second) > 1
        and first[0] == second[0]
        and "".join(first[1:]) == "".join(second[1:])
    )


def _doubled_letter(first: list[str], second: list[str]) -> bool:
    """True when two full names differ only by a letter written once and twice.

    "Greg Milo" and "Greg Millo", "Ana Miliote" and "Ana Milliote": one person's name
    misspelt by one outlet, the commonest slip in a name; a letter doubled is no other
    name's mark, as another letter in its place may be ("Jon", "Jan").
    """
    if len(first) < 2 or len(first) != len(second):
        return False
    apart = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    if len(apart) != 1:
        return False
    short, long = sorted(apart[0], key=len)
    return (
        len(short) >= 3
        and len(long) == len(short) + 1
        and any(
            long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short
            for i in range(len(long) - 1)
        )
    )


def person_variants(
    people: Iterable[str],
    uses: Mapping[str, int] | None = None,
    together: Iterable[Collection[str]] = (),
) -> dict[str, str]:
    """Map a person's key to the one key the story's other spelling of that person has.

    "Vincent DelGiudice" and "Vincent Del Giudice" are one judge, as are "Dave Rossi"
    and "David Rossi" when no other person of the story shares the surname
    (:func:`_shared_surnames`): a short form of a given name may be another
    person's full one only beside a namesake. Each name is mapped to the fullest of
    its spellings (the longest key, then the first in order); a name of no other
    spelling is left out. A surname with a letter doubled or not ("Milo", "Millo",
    :func:`_doubled_letter`) is one spelling of one name, as is a given name typed with
    a slip ("Jerymayne", "Jermayne": :func:`~.name_slips.slipped_name`); of two such
    spellings the one more ``uses`` give is kept (:func:`~.name_slips.usual_spelling`).
    Two names ``together`` holds (the keys one article names) are two people there, so
    two people anywhere, unless they are one name spelt with and without a space.
    """
    keys = sorted({key for key in people if key})
    split = {key: key.split() for key in keys}
    shared = _shared_surnames(keys)
    apart = named_together(together)
    spellings: UnionFind[str] = UnionFind()
    for first, second in combinations(keys, 2):
        a, b = split[first], split[second]
        if frozenset((first, second)) in apart and not _same_spelling(a, b):
            continue
        nicknamed = (
            len(a) > 1
            and len(b) > 1
            and a[-1] == b[-1]
            and a[-1] not in shared
            and one_given_name(a[:-1], b[:-1])
            and not any(w in PERSON_TITLES or w in HONORIFICS for w in (*a[:-1], *b[:-1]))
        )
        if nicknamed or _same_spelling(a, b) or _doubled_letter(a, b) or slipped_name(a, b):
            spellings.union(first, second)
    members: dict[str, list[str]] = {}
    for key in keys:
        members.setdefault(spellings.find(key), []).append(key)
    found: dict[str, str] = {}
    for names in members.values():
        if len(names) > 1:
            fullest = usual_spelling(names, min(names, key=lambda k: (-len(k), k)), uses or {})
            found.update((name, fullest) for name in names if name != fullest)
    return found


def _fullest(candidates: list[str], split: Mapping[str, list[str]]) -> list[str]:
    """The candidates that are no shorter form of another candidate.

    "the campaign" beside "Lind's campaign" and "Mayor Ana Lind's campaign" has
    two fuller keys, but the first is itself the second named shorter: one campaign.
    """
    return [
        key
        for key in candidates
        if not any(
            _ends_with(split[other], split[key])
            or (other != key and shortens_body(split[key], split[other]))
            for other in candidates
        )
    ]


def _as_body(key: str, kinds: set[SourceKind]) -> set[SourceKind]:
    """The kinds of a source key, a document keyed by the body it is from an organization.

    "a new study from the University of Tessmoor" is credited as a document under the
    university's name: "a Tessmoor study" in another article is the same body's.
    """
    words = key.split()
    if (
        kinds == {SourceKind.DOCUMENT}
        and len(words) > 1
        and "s" not in words  # "the Assembly's clerk" is the clerk, not the Assembly
        and {words[0], words[-1]} & NON_OUTLET_HEADS
    ):
        return {SourceKind.ORGANIZATION}
    return kinds


def _mistaken_surname(
    short: str, kind: SourceKind, longer: str, kinds: Mapping[str, set[SourceKind]]
) -> bool:
    """True when a one-word organization is the surname of the story's one such person.

    "Marrow said" where another article quotes "Chief Executive Ines Marrow": the
    recognizer took the bare surname for an organization's name.
    """
    return (
        kind is SourceKind.ORGANIZATION
        and len(short.split()) == 1
        and kinds[longer] == {SourceKind.PERSON}
        and longer.split()[-1] == short
    )


def _mistaken_company(
    short: str, kind: SourceKind, longer: str, kinds: Mapping[str, set[SourceKind]]
) -> bool:
    """True when a one-word person is the leading name of the story's one such company.

    "Corvane said in a statement" where another article quotes "Corvane Telecom": the
    recognizer took the company's short name for a surname.
    """
    return (
        kind is SourceKind.PERSON
        and len(short.split()) == 1
        and kinds[longer] == {SourceKind.ORGANIZATION}
        and _leads(short, longer)
    )


def credits_named_fully(
    attributions: Iterable[Attribution], fuller: Mapping[str, str]
) -> tuple[Attribution, ...]:
    """The attributions, each crediting the fuller source its short key names, as that kind.

    ``fuller`` is :func:`fuller_keys` of the story: "Brandt said" where another
    article quotes "manager Ilse Brandt" credits that person, even when the recognizer
    took the bare surname for an organization. Who cites whom then names one source
    once, as the origins of the facts do. A name the articles credit as a person and
    as an organization is what most of them say, an organization on a tie: one
    article's "the charity Diabetes Action" tells what another's bare "Diabetes Action
    says" is (:func:`_story_kinds`). A fuller source no article credits by its own name
    is of the kind its short names' credits give: "Brackwell said" (read as a surname)
    and "the utility said" credit the company "Brackwell Water".
    """
    attributions = list(attributions)
    renamed = (
        replace(a, source_key=fuller[a.source_key]) for a in attributions if a.source_key in fuller
    )
    kind_of = _story_kinds(renamed) | _story_kinds(
        a for a in attributions if a.source_key not in fuller
    )
    return tuple(
        replace(a, source_key=key, kind=kind_of.get(key, a.kind))
        for a in attributions
        for key in (fuller.get(a.source_key, a.source_key),)
    )


_PERSON_OR_BODY = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION})


def _story_kinds(attributions: Iterable[Attribution]) -> dict[str, SourceKind]:
    """The kind of each source key: the one its credits give, else the most given.

    A tie of a person and an organization goes to the organization: a name the
    analysis did not know defaults to a person.
    """
    counts: dict[str, Counter[SourceKind]] = {}
    for attribution in attributions:
        counts.setdefault(attribution.source_key, Counter())[attribution.kind] += 1
    kinds: dict[str, SourceKind] = {}
    for key, counted in counts.items():
        if set(counted) == _PERSON_OR_BODY:
            person, body = counted[SourceKind.PERSON], counted[SourceKind.ORGANIZATION]
            kinds[key] = SourceKind.PERSON if person > body else SourceKind.ORGANIZATION
        else:
            kinds[key] = counted.most_common(1)[0][0]
    return kinds


def wire_agency(analysis: AnalyzedArticle) -> str | None:
    """The origin key of the agency a wire trailer credits the article to, or None.

    An article closed by "(Continental Press Agency)" speaks with the agency's voice:
    what it states unattributed, or on unnamed sources, comes from the agency.
    """
    for attribution in analysis.attributions:
        if attribution.cue == TRAILER_CUE and attribution.statement:
            return attribution.source_key
    return None


def article_voice(analysis: AnalyzedArticle) -> str:
    """The origin key of an article's own voice: its wire trailer's agency, or its outlet."""
    return wire_agency(analysis) or outlet_key(analysis.article.outlet)


def copier_voice(analysis: AnalyzedArticle, copied: str) -> str:
    """The origin key of the words a copy adds to its original (whose voice is ``copied``).

    A sentence a copy adds is the copier's own report: a wire trailer ("Reporting by
    X") closing X's wire run word for word credits X with the copied text, not with
    what X's article does not say. A trailer crediting another agency still speaks
    for the addition.
    """
    agency = wire_agency(analysis)
    return outlet_key(analysis.article.outlet) if agency in (None, copied) else agency


def own_outlets(analyses: Sequence[AnalyzedArticle], copies: Iterable[CopyLink]) -> dict[str, str]:
    """Map each article id to the origin key of its own voice (through copy chains).

    That voice is the article's outlet's, or the agency's its wire trailer credits.
    """
    outlets = {a.article.id: article_voice(a) for a in analyses}
    roots = copy_roots(copies)
    return {
        article_id: outlets.get(roots.get(article_id, article_id), key)
        for article_id, key in outlets.items()
    }


def merge_article_origins(origins: Mapping[str, Iterable[str]], own: str) -> set[str]:
    """Collapse the origins one article gives for one fact.

    When an article credits a named source for a fact, its own-voice restatements and its
    unnamed sources for that same fact are taken to come through that named source.
    """
    keys = {key for claim_keys in origins.values() for key in claim_keys}
    named = {k for k in keys if k != own}
    return named or keys


#: The most outlets a credit is followed through (each further step is rarer than
#: the last, and the paths through outlets crediting each other multiply).
_LONGEST_CHAIN = 4


def follow_credits(
    article_origins: Mapping[str, set[str]], own_outlets: Mapping[str, str]
) -> set[str]:
    """The origins of one fact, with credits to an outlet followed to that outlet's sources.

    ``article_origins`` are each independent article's origins for the fact. When one
    article credits an outlet whose own article in the story states the fact on
    others' word ("the Herald reported" where the Herald credits the ambulance
    service), the fact comes from those others. An outlet that states the fact in its
    own voice stays the origin: ten outlets repeating its scoop still count once.
    """
    by_outlet: dict[str, set[str]] = {}
    for article_id, keys in article_origins.items():
        by_outlet.setdefault(own_outlets[article_id], set()).update(keys)

    def resolve(key: str, path: frozenset[str]) -> set[str]:
        credited = by_outlet.get(key)
        if credited is None or key in credited or key in path or len(path) >= _LONGEST_CHAIN:
            return {key}  # not an outlet of the story, its own voice, a loop, or far enough
        found: set[str] = set()
        for other in sorted(credited):
            found |= resolve(other, path | {key})
        return found

    return {
        origin
        for keys in article_origins.values()
        for key in sorted(keys)
        for origin in resolve(key, frozenset())
    }

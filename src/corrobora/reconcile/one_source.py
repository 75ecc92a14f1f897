"""When two credits name one source: a chain of credits, a statement's issuer, a body's names.

A credit written inside what another credits ("Nordatel said ..., according to
Brightwire Inc.") makes one chain with it: the claim comes from the innermost named
source, reached through the outer one, and an unnamed source inside a named one ("a
statement" that "Velmar Foods issued") is the named one's voice. An unowned "a
statement" is the body its own article credits beside it. A body's name with a legal
or department suffix ("Kestrel Operations", "Brightwire Inc.") names the body the
story also names without it, and "Calder police" the story's one "Calder Police
Department".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from ..model import AnalyzedArticle, Attribution, EntityKind, SourceKind, Span
from ..text import canonical_key


def _wordset(words: str) -> frozenset[str]:
    """The set of the whitespace-separated ``words``."""
    return frozenset(words.split())


#: Documents a body issues in its own name: "a statement reads", "the press release".
ISSUED = _wordset("statement statements release communique communiqué announcement letter")
#: Words that describe such a document without naming whose it is: "a news release".
ISSUE_WORDS = _wordset("press news joint written official brief short new latest earlier")


def holds(outer: Attribution, inner: Attribution) -> bool:
    """True when ``inner`` is credited inside what ``outer`` credits.

    The words of the inner credit and the start of its own content lie in the outer
    content: "according to Brightwire Inc." credits "Nordatel said it plans ...", and
    "Nordatel said" credits what follows it, not Brightwire's credit at its end.
    """
    content = outer.content
    return (
        outer is not inner
        and content.start <= inner.span.start
        and inner.span.end <= content.end
        and content.start <= inner.content.start < content.end
    )


def chain_ends(
    covering: Sequence[Attribution], unnamed: Callable[[Attribution], bool]
) -> list[Attribution]:
    """The credits of a claim that give its origins, one for each chain of credits.

    A credit whose content holds a named credit is passed through (the claim is the
    inner source's, reached through it); an ``unnamed`` credit held by another ("a
    statement", "officials") is the holder's own. Credits in no chain are all kept.
    """
    kept = [
        a
        for a in covering
        if not any(holds(a, b) and not unnamed(b) for b in covering)
        and not (unnamed(a) and any(holds(b, a) for b in covering))
    ]
    return kept or list(covering)


def unowned_statement(attribution: Attribution) -> bool:
    """True for a statement credited with no owner and no kind: "a statement", "the release".

    "a company statement" names the kind of its owner, and "a statement from Dunmore
    Foods" the owner itself: neither is unowned here.
    """
    key = attribution.source_key
    if attribution.kind is not SourceKind.DOCUMENT or not key:
        return False
    if key != canonical_key(attribution.source):
        return False
    *words, noun = key.split()
    return noun in ISSUED and set(words) <= ISSUE_WORDS


def _sentence_of(sentences: Sequence[Span], at: int) -> int:
    """The index of the sentence of ``sentences`` that holds offset ``at``."""
    return max(0, bisect_right([s.start for s in sentences], at) - 1)


def _credited_bodies(analysis: AnalyzedArticle, sentence: int, credit: Attribution) -> set[str]:
    """The keys of the organizations other than ``credit`` credited in one sentence."""
    sentences = analysis.sentences
    return {
        a.source_key
        for a in analysis.attributions
        if a is not credit
        and a.statement
        and a.kind is SourceKind.ORGANIZATION
        and a.source_key
        and _sentence_of(sentences, a.span.start) == sentence
    }


def article_issuer(
    attribution: Attribution, analysis: AnalyzedArticle, issuers: Collection[str]
) -> str | None:
    """The body an unowned statement of ``analysis`` is of, by what its article says.

    The body the article credits in the statement's sentence ("Velmar Foods issued a
    statement ..., saying"), else in the sentence before it ("..., Nordatel said. '...,'
    a statement said"), else the one of ``issuers``, the bodies the article says spoke
    in a statement of their own ("In a statement released on Friday, Nordatel said").
    None where two bodies stand so: the statement may be either's.
    """
    if not analysis.sentences:
        return None
    at = _sentence_of(analysis.sentences, attribution.span.start)
    for sentence in (at, at - 1):
        if sentence < 0:
            continue
        bodies = _credited_bodies(analysis, sentence, attribution)
        if bodies:
            return bodies.pop() if len(bodies) == 1 else None
    return next(iter(issuers)) if len(issuers) == 1 else None


def names_body(analysis: AnalyzedArticle, body: str, described: Mapping[str, str]) -> bool:
    """True when ``analysis`` names ``body``, by its name or by words the story says it is."""
    keys = {m.key for m in analysis.mentions} | {a.source_key for a in analysis.attributions}
    return body in keys or any(described.get(key) == body for key in keys)


#: Words that close a body's name as its legal form or a department of it: "Kestrel
#: Operations" and "Brightwire Inc." are Kestrel and Brightwire.
_SUFFIXES = _wordset("operations inc incorporated ltd limited llc plc sa ag nv corp co group")
#: Nouns that close the name of a police force: "Calder Police Department".
_FORCES = _wordset("department service force bureau")


def _unsuffixed(key: str, names: Collection[str]) -> str | None:
    """The shortest of ``names`` that ``key`` is with suffix words added, or None."""
    words = key.split()
    found = None
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
        if " ".join(words) in names:
            found = " ".join(words)
    return found


def _police_force(key: str, names: Collection[str]) -> str | None:
    """The one "<place> police <force noun>" of ``names`` for ``key`` "<place> police"."""
    words = key.split()
    if len(words) < 2 or words[-1] != "police":
        return None
    forces = {name for name in names if name.split()[:-1] == words and name.split()[-1] in _FORCES}
    return forces.pop() if len(forces) == 1 else None


def body_names(analyses: Iterable[AnalyzedArticle]) -> dict[str, str]:
    """Map a body's key to the key the story names the same body by more plainly.

    "Kestrel Operations" (whatever the recognizer labelled it) is "Kestrel" where the
    story credits or names an organization "Kestrel", never a place or the surname of
    a person it names in full; "Calder police" is the story's one "Calder Police
    Department" (or "Service", "Force").
    """
    analyses = list(analyses)
    places = {m.key for a in analyses for m in a.mentions if m.kind is EntityKind.PLACE}
    surnames = {
        m.key.split()[-1]
        for a in analyses
        for m in a.mentions
        if m.kind is EntityKind.PERSON and len(m.key.split()) > 1
    }
    credited = {a.source_key for analysis in analyses for a in analysis.attributions}
    organizations = {
        m.key for a in analyses for m in a.mentions if m.kind is EntityKind.ORGANIZATION
    }
    named = {
        a.source_key
        for analysis in analyses
        for a in analysis.attributions
        if a.kind in (SourceKind.PERSON, SourceKind.ORGANIZATION)
    }
    plain = (named | organizations) - places - surnames
    found: dict[str, str] = {}
    for key in sorted((credited | organizations) - {""}):
        name = _unsuffixed(key, plain) or _police_force(key, credited | organizations)
        if name is not None:
            found[key] = name
    return found


def with_body_names(mapping: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """``mapping`` with each body's key, and each key that maps to one, going to its plain name.

    A fold whose key or name ``mapping`` already maps elsewhere is left out: the story
    has said which body those are.
    """
    folds = {k: v for k, v in names.items() if k not in mapping and v not in mapping}
    return {key: folds.get(value, value) for key, value in mapping.items()} | folds

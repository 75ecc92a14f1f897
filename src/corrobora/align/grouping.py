"""Group the claims of a story into facts by average-linkage agglomeration.

Only pairs of claims that share a term are scored (an inverted index over the terms), so
the cost follows the number of plausible pairs, not the square of the number of claims.
Two groups merge when the mean similarity over all their pairs reaches the threshold, so
one article's two different statements cannot be chained into one fact through a third
claim, while a headline and the body sentence it restates can.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import combinations

from ..model import Claim
from .apart import (
    figures_of_two_people,
    names_only_apart,
    one_name_other_acts,
    only_in_relative_clause,
    timed_toward_one_end,
    timed_toward_other_ends,
    times_of_a_count_and_an_act,
    told_apart,
)
from .measures import one_share_measure
from .records import one_record, record_and_other_count
from .similarity import (
    ENTITY_PREFIX,
    NUMBER_PREFIX,
    SOURCE_PREFIX,
    UNIT_PREFIX,
    ClaimVectors,
)
from .synonyms import synonym_term

_MAX_POSTINGS = 200
#: How the terms of names and figures begin (``align.similarity``): not plain words.
_NAMES_AND_FIGURES = (ENTITY_PREFIX, NUMBER_PREFIX)
#: The embedding cosine at which two claims that share one name or figure and nothing
#: said of it still state one thing.
_LONE_NAME_SEMANTIC = 0.6
#: A word a figure is written with: "percent", "a.m".
_FIGURE_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")


def candidate_pairs(
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    threshold: float,
    keep: Callable[[str, str], bool] | None = None,
    *,
    encode: bool = True,
) -> list[tuple[float, str, str]]:
    """Return ``(similarity, a, b)`` for claim pairs that share a term, best first.

    Pairs below half the threshold are dropped: they can never help a merge, unless
    ``keep`` is true of them (one thing however worded, scored as certain later). A
    shared source alone makes a pair only when ``keep`` is true of it (it otherwise
    only breaks ties): "the organisers said 60,000 took part" and "the organisers put
    the figure at 55,000" are one source's two figures. With a pair encoder and
    ``encode``, the pairs the words keep are scored again by it (:func:`encoded_pairs`).
    """
    postings: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        for term in vectors.terms(claim.id):
            postings[term].append(claim.id)
    seen: set[tuple[str, str]] = set()
    scored: list[tuple[float, str, str]] = []
    # a source's postings last, so a pair that shares more is scored by its words first
    for term, ids in sorted(postings.items(), key=lambda item: item[0].startswith(SOURCE_PREFIX)):
        if len(ids) > _MAX_POSTINGS:
            continue
        source = term.startswith(SOURCE_PREFIX)
        for a, b in combinations(ids, 2):
            pair = (a, b) if a < b else (b, a)
            if pair in seen:
                continue
            if source and (keep is None or not keep(*pair)):
                continue
            seen.add(pair)
            score = vectors.words_similarity(*pair)
            if _kept(score, pair, threshold, keep):
                scored.append((score, *pair))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    return encoded_pairs(vectors, scored, threshold, keep) if encode else scored


def encoded_pairs(
    vectors: ClaimVectors,
    scored: Sequence[tuple[float, str, str]],
    threshold: float,
    keep: Callable[[str, str], bool] | None = None,
) -> list[tuple[float, str, str]]:
    """The pairs scored again by the vectors' pair encoder in one batch, best first.

    A pair the encoder puts below half the threshold is dropped unless ``keep`` is true
    of it, as :func:`candidate_pairs` drops pairs by their words. Without an encoder the
    pairs are returned as they are.
    """
    if vectors.pair_encoder is None:
        return list(scored)
    vectors.encode_pairs((a, b) for _, a, b in scored)
    rescored = [(vectors.similarity(a, b), a, b) for _, a, b in scored]
    kept = [p for p in rescored if _kept(p[0], (p[1], p[2]), threshold, keep)]
    return sorted(kept, key=lambda item: (-item[0], item[1], item[2]))


def _kept(
    score: float,
    pair: tuple[str, str],
    threshold: float,
    keep: Callable[[str, str], bool] | None,
) -> bool:
    """Whether a scored pair can still help a merge: half the cut or better, or kept."""
    return score >= threshold / 2 or (keep is not None and keep(*pair))


def group_claims(
    claims: Sequence[Claim], vectors: ClaimVectors, threshold: float
) -> list[list[str]]:
    """Return groups of claim ids, each one fact, in the order of their first claim."""
    return group_scored(claims, candidate_pairs(claims, vectors, threshold), threshold)


def facts_and_events(
    claims: Sequence[Claim],
    vectors: ClaimVectors,
    same: float,
    related: float,
    distinct: Callable[[str, str], bool] | None = None,
    joined: Callable[[str, str], bool] | None = None,
    relays: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[list[str]], list[list[str]]]:
    """Group claims twice from one scoring: into facts at ``same``, events at ``related``.

    ``related`` is the lower cut (``ReconcileParams.related_threshold``): claims grouped
    at it tell of one event, and the facts they fall in are related. A pair for which
    ``distinct`` is true (two different things, whatever their words share) is kept out
    of the facts' scoring but may still relate them as one event; a pair that shares a
    term and for which ``joined`` is true (one thing, however differently worded) is
    scored as certain for the facts, so it is merged before any pair that only shares
    words, unless it gives its figures of two people or of two measures
    (:func:`_figures_of_two`); two claims that give the size of one holder's record,
    or the length of one act toward one outcome, are joined too
    (:func:`_or_one_record`). Any
    other pair must share more than one plain word, or a name or a figure, to join a
    fact (:func:`shares_statement`) and not be two different things
    (:func:`different_things`); a joined pair is one thing by a closer reading ("the
    cause is not yet known" and a cause named later: one fact, with an update).
    ``relays`` (claim id -> the articles whose report it retells) weigh a retelling as
    its source's report in the facts' linkage (see :func:`group_scored`).

    A pair encoder (``vectors.pair_encoder``) scores the pairs for the facts only: it
    was trained to tell one statement from two, not one event from two, so events
    are grouped by the words' score.
    """
    # asked once of pairs below the cut, again to lift them
    joined = cache(_or_one_record(vectors, joined))
    scored = candidate_pairs(claims, vectors, min(same, related), joined, encode=False)
    # only a pair at half the cut or better, or one thing, can join a fact
    # (group_scored leaves the others out), so only those are tested for two things
    same_scored = [
        p
        for p in encoded_pairs(vectors, scored, min(same, related), joined)
        if (p[0] >= same / 2 or joined(p[1], p[2]))
        and (distinct is None or not distinct(p[1], p[2]))
    ]
    lifted = [
        (1.0, a, b)
        if score < 1.0 and joined(a, b) and not _figures_of_two(vectors, a, b)
        else (score, a, b)
        for score, a, b in same_scored
    ]
    same_scored = sorted(lifted, key=lambda item: (-item[0], item[1], item[2]))
    # a joined pair kept below the cut joins a fact, never an event by its score
    scored = [p for p in scored if p[0] >= min(same, related) / 2]
    # read lazily: the act rules live in ``reconcile``, which imports this package
    from ..reconcile.acts import places_acted_at, things_acted_on

    places, things = places_acted_at(claims), things_acted_on(claims)
    same_scored = [
        p
        for p in same_scored
        if p[0] >= 1.0
        or (
            shares_statement(vectors, p[1], p[2])
            and not different_things(vectors, p[1], p[2], places, things)
        )
    ]
    return (
        group_scored(claims, same_scored, same, relays),
        group_scored(claims, scored, related),
    )


def _or_one_record(
    vectors: ClaimVectors, joined: Callable[[str, str], bool] | None
) -> Callable[[str, str], bool]:
    """``joined``, or true of two claims that give the size of one record or measure.

    "Rodney Buford's school scoring record of 2,116 points" and "Rodney Buford's
    scoring record of 2,106" are one record, however little else their words share
    (:func:`~corrobora.align.records.one_record`), so their sizes are weighed; so are
    "turnout reached 93.87 percent" and "turnout was almost 90%", whatever clause
    either adds (:func:`~corrobora.align.measures.one_share_measure`), and "deliberated
    for 38 hours on the sentence" and "after 26 hours of deliberations, the jury was
    deadlocked on the sentence" (:func:`~corrobora.align.apart.timed_toward_one_end`).
    """

    def either(a: str, b: str) -> bool:
        if joined is not None and joined(a, b):
            return True
        first, second = vectors.claims.get(a), vectors.claims.get(b)
        return (
            first is not None
            and second is not None
            and (
                one_record(first, second)
                or one_share_measure(first, second)
                or timed_toward_one_end(first, second)
            )
        )

    return either


def _figures_of_two(vectors: ClaimVectors, a: str, b: str) -> bool:
    """True when claims ``a`` and ``b`` give figures of two people or two measures.

    No closer reading joins them: "Hansbrough finished with 20 points and nine
    rebounds" and "Vaughn finished with 16 points and nine rebounds" have the shape of
    one count, but are two players' lines
    (:func:`~corrobora.align.apart.figures_of_two_people`); "broke Buford's record of
    2,116 points" and "McDermott had 10 points" give a record's size and a player's
    count (:func:`~corrobora.align.records.record_and_other_count`); "cast their ballots
    as of 4:00 p.m." and "began to cast their ballots at 8:00 am" time a count and an
    act (:func:`~corrobora.align.apart.times_of_a_count_and_an_act`); "deliberated for
    12 hours before it reached a verdict" and "deliberated for 30 hours before it agreed
    on a sentence" time two deliberations
    (:func:`~corrobora.align.apart.timed_toward_other_ends`).
    """
    first, second = vectors.claims.get(a), vectors.claims.get(b)
    if first is None or second is None:
        return False
    return (
        figures_of_two_people(first, second)
        or record_and_other_count(first, second)
        or times_of_a_count_and_an_act(first, second)
        or timed_toward_other_ends(first, second)
    )


def shares_statement(vectors: ClaimVectors, a: str, b: str) -> bool:
    """True when claims ``a`` and ``b`` share more than a topic.

    One word in common ("data") is a topic, not a statement: "Companies found to have
    failed to protect personal data" and "Pellmont denied that any customer data had
    been taken" share it and no more, however close their embeddings. One name or one
    figure is a topic too: "Qesh lost over 70 percent of its traffic" and "the January
    incident brought down 70 percent of the network" share a figure and nothing said
    of it. Two names or figures are telling, and so is one with a word that one of the
    claims states of it ("Ellen DeGeneres to host Oscars" and "Ellen DeGeneres to host
    next year's Oscars"), or with any word when both credit one source, or whose
    embeddings meet (:func:`_meanings_meet`). One name the tagger keyed as two is one
    (:func:`_names_in_a_row`). A figure's unit and the words it is written with
    ("percent", "a.m.") are part of it, and a shared date or unit alone counts as one
    word. Without a name or figure in common, two claims one source is credited with
    share a statement only in two words, or in a word one of them states ("By 7:15 a.m.
    the blaze was under control, Varga said" and "Varga says the blaze was reported at
    4:20 a.m." share the speaker and the blaze, not what was said of it). A plain word
    either claim writes only in a relative clause describes another
    thing than what is told, and does not count
    (:func:`~corrobora.align.apart.only_in_relative_clause`).
    """
    shared = set(vectors.terms(a)) & set(vectors.terms(b))
    sources = {t for t in shared if t.startswith(SOURCE_PREFIX)} | _credited_and_named(
        vectors, a, b
    )
    anchors = {t for t in shared if _anchor(t)}
    marks = {t for t in shared if t.startswith(UNIT_PREFIX)}
    figure_words = _figure_words(vectors, a) | _figure_words(vectors, b)
    words = shared - sources - anchors - marks - figure_words
    words -= _relative_only(vectors, a, words) | _relative_only(vectors, b, words)
    first, second = vectors.claims.get(a), vectors.claims.get(b)
    count = len(anchors)
    if first is not None and second is not None:
        count -= _names_in_a_row(anchors, first, second)
    if count > 1:
        return True
    if count:
        return (
            bool(words and sources)
            or len(words) > 1
            or _states_one_of(words | marks | (shared & figure_words), figure_words, first, second)
            or _meanings_meet(vectors.semantic(a, b))
        )
    if sources and len(words) < 2 and not _states_one_of(words, figure_words, first, second):
        return False  # one speaker's two statements: "the blaze was under control", "reported"
    return len(words) + len(marks) > 1


def _credited_and_named(vectors: ClaimVectors, a: str, b: str) -> set[str]:
    """The sources one claim is credited to that the other names as an actor.

    "The magnitude was 5.8, the Survey said" and "The Survey revised the magnitude to
    6.2" tell of one source's word, though only one credits it.
    """
    first, second = set(vectors.terms(a)), set(vectors.terms(b))
    found = set()
    for one, other in ((first, second), (second, first)):
        for term in one:
            if term.startswith(SOURCE_PREFIX) and (
                ENTITY_PREFIX + term.removeprefix(SOURCE_PREFIX) in other
            ):
                found.add(term)
    return found


def _shared_terms(vectors: ClaimVectors, a: str, b: str) -> set[str]:
    """The terms claims ``a`` and ``b`` share, but the source they are credited to."""
    shared = set(vectors.terms(a)) & set(vectors.terms(b))
    return {t for t in shared if not t.startswith(SOURCE_PREFIX)}


def _anchor(term: str) -> bool:
    """True for the term of a name or of a figure's value (not of its unit or a date)."""
    return term.startswith(_NAMES_AND_FIGURES) and not term.startswith(UNIT_PREFIX)


def _figure_words(vectors: ClaimVectors, claim_id: str) -> set[str]:
    """The words a claim writes its figures with ("percent", "a.m"): parts of the figure."""
    claim = vectors.claims.get(claim_id)
    if claim is None:
        return set()
    return {word for q in claim.quantities for word in _FIGURE_WORD.findall(q.text.lower())}


def _names_in_a_row(anchors: set[str], first: Claim, second: Claim) -> int:
    """How many pairs of ``anchors`` both claims write as one name ("Telecom Varn").

    A tagger may key the words of one name apart ("@telecom", "@varn"): written in a
    row by both claims, they are one name, not two.
    """
    keys = sorted(t.removeprefix(ENTITY_PREFIX) for t in anchors if t.startswith(ENTITY_PREFIX))
    texts = (first.text.lower(), second.text.lower())
    return sum(
        1
        for x, y in combinations(keys, 2)
        if all(f"{x} {y}" in text for text in texts) or all(f"{y} {x}" in text for text in texts)
    )


def _states_one_of(
    words: set[str], figure_words: set[str], first: Claim | None, second: Claim | None
) -> bool:
    """True when a shared word is what one of the claims states of its name or figure.

    "It is in the hands of Telecom Varn" and "Telecom Varn, the fixed-line monopoly,
    is responsible for all connections" share the name and "fix", a word neither
    states: a topic. Claims whose predicates are unknown, light verbs ("the quake had a
    magnitude of 5.8") or the words of their figure ("turnout was 61 percent"), need one
    shared word only, and a shared unit or word of a figure is one ("Attendance was
    48.2 percent" and its clause "the lowest since 2005", which tells of its figure).
    """
    from ..reconcile.predicates import light_predicate  # read lazily, as above

    stated = {
        synonym_term(word)
        for claim in (first, second)
        if claim is not None
        for word in claim.predicate.split()
        if word not in figure_words and not light_predicate(word)
    }
    return bool(words) and (not stated or bool(words & stated))


def _meanings_meet(semantic: float | None) -> bool:
    """True when an embedding cosine tells two claims that share a lone name say one thing.

    "Climber dead after Aoraki fall" and "a climber died after falling at Aoraki" share
    the place and no word (a headline's words are often read as a name), but mean one
    thing. Without a model nothing can tell: a lone name is a topic.
    """
    return semantic is not None and semantic >= _LONE_NAME_SEMANTIC


def _relative_only(vectors: ClaimVectors, claim_id: str, terms: set[str]) -> set[str]:
    """The plain words of ``terms`` a claim writes only in a relative clause (none if unknown)."""
    claim = vectors.claims.get(claim_id)
    if claim is None:
        return set()
    return {
        term
        for term in terms
        if not term.startswith(_NAMES_AND_FIGURES) and only_in_relative_clause(term, claim)
    }


def different_things(
    vectors: ClaimVectors,
    a: str,
    b: str,
    places: Mapping[str, frozenset[str]] | None = None,
    things: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """True when claims ``a`` and ``b`` are two facts, however their words compare.

    They name different codes, one awaits what the other reports done
    (:func:`~corrobora.align.apart.told_apart`), they share one name alone and state
    different acts of it (:func:`~corrobora.align.apart.one_name_other_acts`), they
    tell one verb's act at two named places or things (``places``, claim id -> the
    names after its verb, an earlier sentence's for a pronoun that names none:
    :func:`~corrobora.reconcile.acts.acts_at_other_places`), they act on or at two
    named things (``things``, claim id -> their names, a split clause's taken from its
    sibling clauses: :func:`~corrobora.reconcile.acts.acts_on_other_named_things`),
    they date acts of two verbs on days apart
    (:func:`~corrobora.reconcile.dated.acts_on_other_days`), or they share only names
    and their embeddings do not meet (:func:`~corrobora.align.apart.names_only_apart`).
    The source both are credited to is no shared term here.
    """
    from ..reconcile.acts import (  # read lazily, as above
        acts_at_other_places,
        acts_on_other_named_things,
    )
    from ..reconcile.dated import acts_on_other_days

    first, second = vectors.claims.get(a), vectors.claims.get(b)
    shared = _shared_terms(vectors, a, b)
    if (
        first is not None
        and second is not None
        and (
            told_apart(first, second)
            or one_name_other_acts(first, second, shared)
            or acts_at_other_places(first, second, places)
            or acts_on_other_named_things(first, second, things or {})
            or acts_on_other_days(first, second)
        )
    ):
        return True
    return names_only_apart(shared, vectors.semantic(a, b))


def group_scored(
    claims: Sequence[Claim],
    scored: Sequence[tuple[float, str, str]],
    threshold: float,
    relays: Mapping[str, frozenset[str]] | None = None,
) -> list[list[str]]:
    """Group claims at ``threshold`` from pairs :func:`candidate_pairs` scored, best first.

    The pairs may have been scored for a lower threshold (to group at two levels from
    one scoring); those below half of ``threshold`` are left out, so the groups are
    those :func:`group_claims` makes.

    The similarity summed over the pairs between two groups is kept up to date as groups
    merge, so the average linkage of two groups costs one look-up, not one per pair of
    their members (which made stories of a few hundred articles take minutes).

    With ``relays`` (claim id -> the articles whose report the claim retells: "The
    Ledger reported that ..."), two groups whose average falls short still merge when
    it is reached without the retellings of a report their own group holds
    (:func:`_linkage_of_sources`): a source's report weighs once, so each outlet
    repeating a scoop does not push a rival account of it out of the fact.
    """
    scored = [item for item in scored if item[0] >= threshold / 2]
    relays = relays or {}
    article_of = {c.id: c.article_id for c in claims}
    pair_scores = {(a, b): score for score, a, b in scored} if relays else {}
    group_of = {c.id: c.id for c in claims}
    members: dict[str, list[str]] = {c.id: [c.id] for c in claims}
    between: dict[str, dict[str, float]] = {c.id: {} for c in claims}
    for score, a, b in scored:
        between[a][b] = between[b][a] = score
    for _score, a, b in scored:
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        if between[ga].get(gb, 0.0) / (len(members[ga]) * len(members[gb])) < threshold and (
            not relays
            or _linkage_of_sources(members[ga], members[gb], relays, article_of, pair_scores)
            < threshold
        ):
            continue
        keep, drop = (ga, gb) if ga < gb else (gb, ga)
        for other, total in between.pop(drop).items():
            del between[other][drop]
            if other != keep:
                merged = between[keep].get(other, 0.0) + total
                between[keep][other] = between[other][keep] = merged
        moved = members.pop(drop)
        members[keep].extend(moved)
        for claim_id in moved:
            group_of[claim_id] = keep
    order = {c.id: i for i, c in enumerate(claims)}
    groups = [sorted(ids) for ids in members.values()]
    return sorted(groups, key=lambda ids: min(order[i] for i in ids))


def _retold_within(
    group: Sequence[str], relays: Mapping[str, frozenset[str]], article_of: Mapping[str, str]
) -> list[str]:
    """The group's claims but the retellings of a report another of its claims gives."""
    articles = {article_of[i] for i in group}
    return [i for i in group if not relays.get(i, frozenset()) & (articles - {article_of[i]})]


def _linkage_of_sources(
    first: Sequence[str],
    second: Sequence[str],
    relays: Mapping[str, frozenset[str]],
    article_of: Mapping[str, str],
    pair_scores: Mapping[tuple[str, str], float],
) -> float:
    """The average linkage of two groups, a retold report weighed once, by its source's words.

    "The Ledger reported that she claimed 38,400 euros" in a group that holds the
    Ledger's own report adds the Ledger's word again, not another account: it is left
    out, and the Ledger's own wording is weighed against the other group.
    """
    left = _retold_within(first, relays, article_of)
    right = _retold_within(second, relays, article_of)
    if len(left) == len(first) and len(right) == len(second):
        return 0.0
    total = sum(pair_scores.get((a, b) if a < b else (b, a), 0.0) for a in left for b in right)
    return total / (len(left) * len(right))

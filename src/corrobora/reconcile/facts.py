"""Build facts from groups of aligned claims: support, origins, status, confidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import (
    Claim,
    Conflict,
    ConflictKind,
    ConflictNature,
    Fact,
    FactEvent,
    FactEventKind,
    FactStatus,
    Modality,
    Support,
)
from ..text import stable_id
from .conflicts import STATUS_CONFLICTS, number_conflict
from .figures import claim_figures, figures_agree
from .origins import follow_credits, merge_article_origins
from .updates import WITHDRAWN_JOINER


def fact_status(articles: int, conflicts: Sequence[Conflict]) -> FactStatus:
    """Return a fact's status from its independent articles and its conflicts.

    Only number, date, entity and negation disagreements make a fact conflicting; a
    difference in hedging, or a later report that updates or corrects a figure, is
    reported but the sources still state the same fact.
    """
    if any(_disagree(c) for c in conflicts):
        return FactStatus.CONFLICTING
    return FactStatus.CORROBORATED if articles > 1 else FactStatus.SINGLE_SOURCE


def _disagree(conflict: Conflict) -> bool:
    return conflict.kind in STATUS_CONFLICTS and conflict.nature is ConflictNature.DISAGREEMENT


def explain_confidence(
    status: FactStatus,
    articles: int,
    origins: Sequence[str],
    conflicts: Sequence[Conflict],
    copies: int = 0,
    outlets: int | None = None,
    unnamed: int = 0,
    hearsay: int = 0,
) -> tuple[float, str]:
    """Return a confidence in [0, 1] and the reason for it in words.

    ``copies`` is the number of copied articles that also state the fact; when no
    independent article does, the reason says that only copies state it. ``outlets``
    is how many outlets the independent articles come from, named in the reason when
    fewer than the articles (one outlet's two reports are not two outlets' word).
    ``unnamed`` is how many of the independent articles state it only on the word of
    unnamed sources ("a person familiar with the matter"): the reason says so, and a
    fact that rests on unnamed sources alone is less certain. ``hearsay`` is how many
    state it only as hearsay ("reportedly", "is understood to", "is said to"): the
    outlet does not vouch for it, and when none does the fact is less certain too.
    """
    n = len(origins)
    score = {0: 0.1, 1: 0.4, 2: 0.7}.get(n, 0.85)
    if articles and unnamed >= articles:
        score -= 0.1
    if articles and hearsay >= articles:
        score -= 0.1
    if articles == 0:
        parts = [
            f"stated only in {copies} cop{'ies' if copies != 1 else 'y'} of other articles, "
            "which never count as independent: no independent origin"
        ]
    else:
        parts = [
            f"stated by {articles} independent article{'s' if articles != 1 else ''}"
            + (
                f" from {outlets} outlet{'s' if outlets != 1 else ''}"
                if outlets is not None and outlets < articles
                else ""
            ),
            f"traced to {n} independent origin{'s' if n != 1 else ''} ({', '.join(origins)})",
        ]
        if unnamed:
            parts.append(
                "on unnamed sources only"
                if unnamed >= articles
                else f"{unnamed} of the articles on unnamed sources only"
            )
        if hearsay:
            parts.append(
                "only as hearsay (reportedly, understood)"
                if hearsay >= articles
                else f"{hearsay} of the articles only as hearsay (reportedly, understood)"
            )
    revised = [c for c in conflicts if c.nature is not ConflictNature.DISAGREEMENT]
    if status is FactStatus.CONFLICTING:
        score -= 0.3
        kinds = sorted({c.kind.value for c in conflicts if _disagree(c)})
        parts.append(f"sources disagree ({', '.join(kinds)})")
    elif any(c.kind not in STATUS_CONFLICTS for c in conflicts):
        if any(c.kind is ConflictKind.MODALITY for c in conflicts):
            parts.append("sources differ in how firmly they state it")
        if any(c.kind is ConflictKind.WORDING for c in conflicts):
            parts.append("sources word a quote differently")
    elif not revised:
        parts.append("no conflict")
    for conflict in revised:
        if WITHDRAWN_JOINER in conflict.detail:
            what = "name" if conflict.kind is ConflictKind.ENTITY else conflict.kind.value
            part = f"a correction notice withdraws the {what} ({conflict.detail})"
        else:
            verb = "updates" if conflict.nature is ConflictNature.UPDATE else "corrects"
            part = f"a later report {verb} the {conflict.kind.value} ({conflict.detail})"
        if part not in parts:
            parts.append(part)
    return round(max(0.05, min(0.95, score)), 2), "; ".join(parts)


def fact_timeline(
    articles: Sequence[str],
    copies: Mapping[str, str],
    conflicts: Sequence[Conflict],
    outlets: Mapping[str, str] | None = None,
    denying: frozenset[str] = frozenset(),
) -> tuple[FactEvent, ...]:
    """What each article's report did to the fact, articles given in publication order.

    A report is contradicted, updated or corrected by a later one when a conflict pairs
    them (conflict values are in publication order when both articles are dated; a
    figure withdrawn by a correction notice comes first, and an older report it
    conflicts with corrects nothing: the later report of the withdrawn figure
    contradicted it); else
    a copy repeats, and any other report corroborates. A copy that alters what it
    copies thus contradicts (or updates) its original rather than repeating it. A
    report that disputes only reports that themselves contradicted earlier ones
    stands with the first report: after "won", then "lost", a third "won" corroborates.
    With ``outlets`` (article id -> outlet key), a figure a notice withdraws is corrected
    only by a report of the notice's own outlet: another outlet's later report of the
    right figure corroborates (an outlet takes back only what it reported itself).
    An article of ``denying`` (its every wording of the fact denies it) contradicts
    the fact even where no conflict pairs it: a denial never corroborates.
    """
    outlets = outlets or {}
    rank = {article_id: n for n, article_id in enumerate(articles)}
    natures = {
        ConflictNature.UPDATE: FactEventKind.UPDATES,
        ConflictNature.CORRECTION: FactEventKind.CORRECTS,
        ConflictNature.DISAGREEMENT: FactEventKind.CONTRADICTS,
    }
    against: dict[str, list[tuple[str, FactEventKind]]] = {}
    for conflict in conflicts:
        if conflict.kind not in STATUS_CONFLICTS or len(conflict.values) != 2:
            continue
        pair = sorted((v.article_id for v in conflict.values), key=lambda a: rank.get(a, len(rank)))
        earlier, later = pair
        if conflict.nature is ConflictNature.CORRECTION and conflict.values[1].article_id != later:
            # An older report that a correction notice bears out corrects nothing itself;
            # the later report whose figure the notice withdraws contradicted it.
            against.setdefault(later, []).append((earlier, FactEventKind.CONTRADICTS))
            continue
        if _withdrawn_elsewhere(conflict, outlets):
            continue
        against.setdefault(later, []).append((earlier, natures[conflict.nature]))
    relation: dict[str, FactEventKind] = {}
    for article_id in sorted(against, key=lambda a: rank.get(a, len(rank))):
        kinds = [
            kind
            for earlier, kind in against[article_id]
            if kind is not FactEventKind.CONTRADICTS
            or relation.get(earlier) is not FactEventKind.CONTRADICTS
        ]
        if kinds:
            # A contradiction outweighs an update or a correction of the same report.
            contradicts = FactEventKind.CONTRADICTS in kinds
            relation[article_id] = FactEventKind.CONTRADICTS if contradicts else kinds[-1]
    events = []
    for position, article_id in enumerate(articles):
        if article_id in relation:
            kind = relation[article_id]
        elif article_id in denying and position > 0:
            kind = FactEventKind.CONTRADICTS
        elif article_id in copies:
            kind = FactEventKind.REPEATS
        elif position == 0:
            kind = FactEventKind.FIRST
        else:
            kind = FactEventKind.CORROBORATES
        events.append(FactEvent(article_id, kind))
    return tuple(events)


def _withdrawn_elsewhere(conflict: Conflict, outlets: Mapping[str, str]) -> bool:
    """True when a notice's withdrawn figure is set against another outlet's report of it.

    The withdrawn wording comes first in such a conflict; a report of the right figure
    by an outlet other than the one that withdrew it corrects nothing.
    """
    if conflict.nature is not ConflictNature.CORRECTION or WITHDRAWN_JOINER not in conflict.detail:
        return False
    wrong, right = (outlets.get(v.article_id) for v in conflict.values)
    return wrong is not None and right is not None and wrong != right


def _opposing(
    claims: Sequence[Claim],
    representative: Claim,
    conflicts: Sequence[Conflict],
    origins: Mapping[str, tuple[str, ...]],
) -> frozenset[str]:
    """The ids of the claims that deny what the fact's wording states.

    "The aircraft was grounded for two days in May" and the airline's "The aircraft was
    not grounded in May" are one fact with a negation conflict, but the airline is no
    origin of the grounding: a wording on the other side of a negation disagreement
    from ``representative`` (the fact's own wording) is listed as support, so the
    reader sees who disputes it, and counts toward none of its origins. Where the
    representative is in no such conflict, the side is told by its negation. A source's
    other wording of its denial in the same article ('"There was never any deal," the
    lawyer said' after "the lawyer denied that ...") is on its side too
    (:func:`_same_denier`), though only one wording of each article pair is weighed
    for a conflict; ``origins`` are each claim's origin keys.
    """
    by_place = {(c.article_id, c.span): c for c in claims}
    own = (representative.article_id, representative.span)
    found: set[str] = set()
    for conflict in conflicts:
        if conflict.kind is not ConflictKind.NEGATION or not _disagree(conflict):
            continue
        sides = [by_place.get((v.article_id, v.span)) for v in conflict.values]
        if any(side is None for side in sides):
            continue
        if own in {(v.article_id, v.span) for v in conflict.values}:
            found |= {c.id for c in sides if c is not None and c.id != representative.id}
        else:
            found |= {c.id for c in sides if c is not None and c.negated != representative.negated}
    found |= _same_denier(claims, representative, found, origins)
    found |= _other_polarity(claims, representative, conflicts)
    found.discard(representative.id)
    return frozenset(found)


def _other_polarity(
    claims: Sequence[Claim], representative: Claim, conflicts: Sequence[Conflict]
) -> set[str]:
    """The ids of the claims negated unlike ``representative`` where a negation is disputed.

    "Lucas Fenn denied reports that the mayor planned to concede" in a fact worded "The
    mayor is expected to concede" denies it, though only one wording of each article
    pair is weighed for a conflict. Only once the fact holds a negation disagreement:
    a negation read as an update ("No one was killed", later "one man was killed") is
    no denial.
    """
    disputed = any(c.kind is ConflictKind.NEGATION and _disagree(c) for c in conflicts)
    if not disputed:
        return set()
    return {c.id for c in claims if c.negated != representative.negated}


def _same_denier(
    claims: Sequence[Claim],
    representative: Claim,
    opposed: set[str],
    origins: Mapping[str, tuple[str, ...]],
) -> set[str]:
    """The ids of the claims one opposing source words its denial in once more.

    A claim of an article with an opposing claim, credited to the same origins and
    negated as that claim is (unlike ``representative``), denies the fact with it.
    """
    sides = {
        (c.article_id, origins.get(c.id, ()), c.negated)
        for c in claims
        if c.id in opposed and c.negated != representative.negated
    }
    return {
        c.id
        for c in claims
        if c.id not in opposed and (c.article_id, origins.get(c.id, ()), c.negated) in sides
    }


def _relayed(
    article_origins: Mapping[str, set[str]],
    own_outlets: Mapping[str, str],
    credited_outlets: Mapping[str, frozenset[str]],
    stated: Mapping[str, Sequence[Claim]] | None = None,
    conflicts: Sequence[Conflict] = (),
) -> dict[str, set[str]]:
    """Each article's origins, an article that relays an outlet's report traced to it.

    An article that credits an outlet ("..., the Continental Press Agency reported")
    and goes on to restate that outlet's story in its own voice is relaying it: a
    fact it states only in its own voice, which the credited outlet's own article in
    the story also states, comes from that outlet. An outlet whose article gives the
    fact another figure ("12 reports" where the article says "19") is no source of
    it (:func:`_states_alike`); ``stated`` holds each article's claims of the fact.
    """
    stated = stated or {}
    relayed: dict[str, set[str]] = {}
    for article_id, keys in article_origins.items():
        own = own_outlets[article_id]
        sources = {
            outlet
            for outlet in credited_outlets.get(article_id, frozenset()) - {own}
            if any(
                own_outlets[other] == outlet
                and _states_alike(stated.get(article_id, ()), stated.get(other, ()), conflicts)
                for other in article_origins
            )
        }
        relayed[article_id] = sources if keys == {own} and sources else set(keys)
    return relayed


def _states_alike(
    mine: Sequence[Claim], theirs: Sequence[Claim], conflicts: Sequence[Conflict]
) -> bool:
    """True when another article states the fact as these claims do, no figure apart.

    No conflict of the fact may pair the two articles, and one of ``theirs`` must hold
    no figure that conflicts with any of ``mine``.
    """
    if not mine or not theirs:
        return True
    pair = {mine[0].article_id, theirs[0].article_id}
    if any(
        c.kind in STATUS_CONFLICTS and {v.article_id for v in c.values} == pair for c in conflicts
    ):
        return False
    return any(not any(_figure_apart(a, b) for a in mine) for b in theirs)


def _figure_apart(a: Claim, b: Claim) -> bool:
    """True when two wordings give one thing two figures: a conflict, or a unit's count apart.

    "received 19 reports" and "had received 12 reports of suspected side effects" count
    one thing differently, though the one count's role keeps them from a conflict.
    """
    if number_conflict(a, b) is not None:
        return True
    theirs = [f for f in claim_figures(b) if not (f.earlier or f.change)]
    for figure in claim_figures(a):
        if figure.earlier or figure.change:
            continue
        same = [f for f in theirs if f.unit == figure.unit]
        if same and not any(figures_agree(figure, f) for f in same):
            return True
    return False


def _outlet_sourced(
    article_origins: Mapping[str, set[str]],
    own_outlets: Mapping[str, str],
    order: Mapping[str, int],
    stated: Mapping[str, Sequence[Claim]] | None = None,
    conflicts: Sequence[Conflict] = (),
) -> dict[str, set[str]]:
    """Each article's origins, an outlet's own-voice repeat traced to its earlier sources.

    One outlet's reporting counts once however many articles it publishes: when one
    of its articles credits a fact to a source ("about 5,000 people marched, local
    organisers said") and a later one restates it in the outlet's own voice ("where
    about 5,000 people marched on Tuesday"), the restatement repeats the outlet's
    earlier sourced report and comes from that source, not from the outlet as well.
    Only an earlier article that states the fact alike (:func:`_states_alike`; ``stated``
    holds each article's claims of the fact) lends its sources, and never the outlet's
    own product ("Metro 8 News exit poll" of Metro 8 News): a later report in the
    outlet's voice may rest on its own newer reporting rather than on its poll.
    """
    stated = stated or {}
    traced: dict[str, set[str]] = {}
    for article_id, keys in article_origins.items():
        own = own_outlets[article_id]
        earlier = {
            key
            for other, other_keys in article_origins.items()
            if own_outlets[other] == own
            and order.get(other, 0) < order.get(article_id, 0)
            and _states_alike(stated.get(article_id, ()), stated.get(other, ()), conflicts)
            for key in other_keys - {own}
            if not _own_product(key, own)
        }
        traced[article_id] = earlier if keys == {own} and earlier else set(keys)
    return traced


def _own_product(key: str, outlet: str) -> bool:
    """True when an origin key names something of the outlet itself: its poll, its survey."""
    return key.startswith(outlet + " ")


def build_fact(
    claims: Sequence[Claim],
    representative: Claim,
    claim_origins: Mapping[str, tuple[str, ...]],
    own_outlets: Mapping[str, str],
    copies: Mapping[str, str],
    order: Mapping[str, int],
    conflicts: Sequence[Conflict],
    counted_origins: Mapping[str, tuple[str, ...]] | None = None,
    credited_outlets: Mapping[str, frozenset[str]] | None = None,
    unnamed: frozenset[str] = frozenset(),
    undated: frozenset[str] = frozenset(),
) -> Fact:
    """Assemble one fact from its claims.

    Args:
        claims: the aligned claims, at least one.
        representative: the claim whose wording names the fact.
        claim_origins: origin keys of every claim, by claim id.
        own_outlets: the origin key of each article's own voice, by article id.
        copies: article id -> the original it copies, for copied articles.
        order: article id -> rank in publication order.
        conflicts: the typed conflicts found between the claims.
        counted_origins: origin keys to count instead of ``claim_origins``, by claim id,
            where the two differ (a quote credited to the wrong person counts as the
            person its quote group keeps).
        credited_outlets: the outlets each article credits anywhere, by article id: an
            article's own-voice statement of a fact that a credited outlet's own
            article also states is taken from that outlet (see :func:`_relayed`).
        unnamed: the ids of the claims whose sources are all unnamed.
        undated: the ids of the articles with no publication time. A fact that one of
            them states with another article has no first report: which came first is
            unknown, and an id or the order files were read in says nothing of it.
    """
    counted = counted_origins or {}
    ordered = sorted(claims, key=lambda c: (order.get(c.article_id, 0), c.span.start))
    opposed = _opposing(
        claims, representative, conflicts, {c.id: claim_origins[c.id] for c in claims}
    )
    by_article: dict[str, dict[str, tuple[str, ...]]] = {}
    for c in ordered:
        if c.article_id not in copies and c.id not in opposed:
            by_article.setdefault(c.article_id, {})[c.id] = counted.get(c.id, claim_origins[c.id])
    own_origins = {
        article_id: merge_article_origins(per_claim, own_outlets[article_id])
        for article_id, per_claim in by_article.items()
    }
    by_id = {c.id: c for c in claims}
    stated = {
        article_id: [by_id[i] for i in per_claim] for article_id, per_claim in by_article.items()
    }
    article_origins = _relayed(
        _outlet_sourced(own_origins, own_outlets, order, stated, conflicts),
        own_outlets,
        credited_outlets or {},
        stated,
        conflicts,
    )
    # a statement traced to the outlet its article relays, or to the source its outlet
    # credits elsewhere, names that origin, as counted
    relayed = {
        article_id: "; ".join(sorted(keys))
        for article_id, keys in article_origins.items()
        if keys != own_origins[article_id]
    }
    support = tuple(
        Support(
            c.article_id,
            c.id,
            c.span,
            c.text,
            relayed.get(c.article_id, "; ".join(claim_origins[c.id])),
            c.article_id in copies,
        )
        for c in ordered
    )
    sorted_origins = tuple(sorted(follow_credits(article_origins, own_outlets)))
    status = fact_status(len(by_article), conflicts)
    copied = len({c.article_id for c in claims if c.article_id in copies})
    outlets = len({own_outlets[article_id] for article_id in by_article})
    unnamed_articles = sum(
        1 for per_claim in by_article.values() if all(claim_id in unnamed for claim_id in per_claim)
    )
    modality = {c.id: c.modality for c in claims}
    hearsay_articles = sum(
        1
        for per_claim in by_article.values()
        if all(modality[claim_id] is Modality.REPORTED for claim_id in per_claim)
    )
    confidence, reason = explain_confidence(
        status,
        len(by_article),
        sorted_origins,
        conflicts,
        copied,
        outlets,
        unnamed_articles,
        hearsay_articles,
    )
    return Fact(
        id=stable_id("fact", *sorted(c.id for c in claims)),
        text=representative.text,
        status=status,
        support=support,
        origins=sorted_origins,
        independent_support=len(sorted_origins),
        conflicts=tuple(conflicts),
        first_reported=_first_report(ordered, undated),
        confidence=confidence,
        confidence_reason=reason,
        timeline=fact_timeline(
            list(dict.fromkeys(c.article_id for c in ordered)),
            copies,
            conflicts,
            own_outlets,
            _denying_articles(claims, opposed),
        ),
    )


def _first_report(ordered: Sequence[Claim], undated: frozenset[str]) -> str | None:
    """The article that first reported a fact, None when an undated one states it too."""
    articles = {c.article_id for c in ordered}
    if len(articles) > 1 and not undated.isdisjoint(articles):
        return None
    return ordered[0].article_id


def _denying_articles(claims: Sequence[Claim], opposed: frozenset[str]) -> frozenset[str]:
    """The ids of the articles whose every wording of the fact is one that denies it."""
    articles = {c.article_id for c in claims}
    return frozenset(
        a for a in articles if all(c.id in opposed for c in claims if c.article_id == a)
    )

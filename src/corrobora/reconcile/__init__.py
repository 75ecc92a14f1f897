"""Reconcile one story: facts with their sources, conflicts, quotes, coverage, timeline."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from ..align import ClaimVectors, facts_and_events
from ..align.embeddings import Encoder, load_encoder
from ..align.names import one_name_apart
from ..align.pairencoder import load_pair_encoder
from ..chains import chain_end
from ..cluster.fingerprint import shingles, words
from ..extract.cues import QUOTE_MARKS, headline_lines
from ..model import (
    AnalyzedArticle,
    Attribution,
    Claim,
    Conflict,
    ConflictNature,
    CopyLink,
    Coverage,
    EntityKind,
    Fact,
    FactStatus,
    Modality,
    ProvenanceEdge,
    Quote,
    QuoteGroup,
    Reconciliation,
    SourceKind,
    Span,
    Story,
    TimelineEntry,
)
from ..ordering import chronological_key
from ..settings import ReconcileParams
from .acts import different_acts, one_act_on_other_people, subject_words
from .ages import age_conflicts_between, one_person_aged_apart
from .amounts import one_named_amount
from .causes import Cause, cause_of, one_thing_caused
from .conflicts import (
    STATUS_CONFLICTS,
    denies_report,
    fact_conflicts,
    figures_of_two_periods,
    negation_conflict,
    one_act_in_a_clause,
    one_weapon_used,
    state_and_its_end,
)
from .dated import (
    PastPeriods,
    SentenceYears,
    one_dated_act,
    past_and_present,
    past_periods,
    sentence_years,
)
from .estimates import one_estimate, rival_estimates
from .facts import build_fact
from .given_names import one_act_two_given_names
from .origins import (
    anonymous_only,
    article_voice,
    claim_origins,
    copier_voice,
    credits_named_fully,
    described_organizations,
    former_members,
    fuller_keys,
    named_counsel,
    narrator,
    outlet_key,
    own_outlets,
    stated_credits,
    story_affiliations,
)
from .predicates import same_predicate_class
from .quotes import MIN_QUOTE_WORDS, group_quotes, quote_match, quote_words, same_speaker
from .sayings import Saying, different_sayings, saying_of
from .subsets import with_sorts_apart
from .totals import (
    count_spans_apart,
    market_days_apart,
    one_count,
    one_market_move,
    one_measure,
    one_total,
)
from .updates import WITHDRAWN_JOINER, correction_notices, in_notice_paragraph, is_notice

__all__ = ["one_thing", "reconcile", "two_acts"]

_STATUS_ORDER = {FactStatus.CORROBORATED: 0, FactStatus.CONFLICTING: 1, FactStatus.SINGLE_SOURCE: 2}


def _publication_order(analyses: Sequence[AnalyzedArticle]) -> list[str]:
    return [a.article.id for a in sorted(analyses, key=lambda a: chronological_key(a.article))]


def _representative(claims: Sequence[Claim], vectors: ClaimVectors) -> Claim:
    """Return the claim most similar on average to the others (ties: the first).

    ``claims`` come in publication order; the caller passes the independent ones when
    there are any, so a fact is never named in a copy's wording. A wording that reads as
    a sentence of its own (it begins with a capital or a quote mark) is preferred to a
    clause split from a longer one ("that 23 more were taken to hospital").
    """
    claims = [c for c in claims if _reads_whole(c)] or list(claims)
    if len(claims) <= 2:
        return claims[0]
    return max(
        claims,
        key=lambda c: sum(vectors.similarity(c.id, o.id) for o in claims if o is not c),
    )


def _relays(claims: Sequence[Claim], outlets: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Map each claim crediting an outlet of the fact to that outlet's articles in it.

    "The Courier reported that 14 workers were killed" retells the Courier's own report
    of the fact (``outlets``: article id -> its own voice's key). A credit whose key is an
    outlet's of the story credits that outlet, whatever kind of source it was read as.
    """
    articles_of: dict[str, set[str]] = {}
    for claim in claims:
        articles_of.setdefault(outlets.get(claim.article_id, ""), set()).add(claim.article_id)
    relays: dict[str, frozenset[str]] = {}
    for claim in claims:
        credit = claim.attribution
        if credit is None or not credit.statement:
            continue
        retold = articles_of.get(credit.source_key, set()) - {claim.article_id}
        if retold:
            relays[claim.id] = frozenset(retold)
    return relays


def _reads_whole(claim: Claim) -> bool:
    """True when a claim's wording begins as a sentence does: a capital or a quote mark."""
    first = claim.text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in QUOTE_MARKS


_REVISED = frozenset({ConflictNature.UPDATE, ConflictNature.CORRECTION})


def _least_disputed(claims: Sequence[Claim], conflicts: Sequence[Conflict]) -> list[Claim]:
    """The disputed claims that the fewest disagreements dispute, in their order.

    A fact that two reports state and a third contradicts is named in the two
    reports' wording, not in the lone dissenter's; and a fact in dispute is named by a
    wording in the dispute, not by a claim the dispute leaves aside (a lead sentence
    aligned with it). Without a disagreement, every claim.
    """
    disputes: dict[tuple[str, Span], int] = {}
    for conflict in conflicts:
        if conflict.kind in STATUS_CONFLICTS and conflict.nature is ConflictNature.DISAGREEMENT:
            for value in conflict.values:
                place = (value.article_id, value.span)
                disputes[place] = disputes.get(place, 0) + 1
    count = {c.id: disputes.get((c.article_id, c.span), 0) for c in claims}
    disputed = [count[c.id] for c in claims if count[c.id]]
    if not disputed:
        return list(claims)
    return [c for c in claims if count[c.id] == min(disputed)]


def _not_withdrawn(claims: Sequence[Claim], conflicts: Sequence[Conflict]) -> list[Claim]:
    """The claims but those whose figure a correction notice withdraws, if any remain.

    A fact is never named by a wording its outlet has taken back ("25 basis points",
    since corrected to 50) while another wording states it.
    """
    gone = {
        (c.values[0].article_id, c.values[0].span)
        for c in conflicts
        if c.nature is ConflictNature.CORRECTION and WITHDRAWN_JOINER in c.detail and c.values
    }
    kept = [c for c in claims if (c.article_id, c.span) not in gone]
    return kept or list(claims)


_HEDGED = frozenset({Modality.POSSIBLE, Modality.REPORTED})


def _most_told_firmness(claims: Sequence[Claim]) -> list[Claim]:
    """The claims stated as firmly as most of them are, in their order.

    A fact two reports give as "could last until June" and one as "will last" is
    named in the hedged wording, and one two reports give as "will appeal" against one
    "may appeal" in the firm one: the name does not overstate or understate what
    most reports say. On a tie, every claim.
    """
    hedged = [c for c in claims if c.modality in _HEDGED]
    firm = [c for c in claims if c.modality not in _HEDGED]
    if len(hedged) > len(firm):
        return hedged
    if len(firm) > len(hedged):
        return firm
    return list(claims)


def two_acts(
    first: Claim,
    second: Claim,
    published: Mapping[str, date | None] | None = None,
    years: SentenceYears | None = None,
    pasts: PastPeriods | None = None,
    people: frozenset[str] = frozenset(),
    article_keys: Mapping[str, Set[str]] | None = None,
) -> bool:
    """True when two claims tell two acts or two spans, whatever their words share.

    Two different acts (:func:`~corrobora.reconcile.acts.different_acts`), market
    figures of two days (:func:`~corrobora.reconcile.totals.market_days_apart`, with
    ``published``, each article's day, for wordings that name none) or counts over two
    spans of time (:func:`~corrobora.reconcile.totals.count_spans_apart`, with ``years``,
    the past year a claim's sentence dates it in), or figures
    of two calendar periods (:func:`~corrobora.reconcile.conflicts.figures_of_two_periods`),
    or an event of a past period and one of the report's days
    (:func:`~corrobora.reconcile.dated.past_and_present`, with ``pasts``, the past period
    each claim is dated in), or one act done to two different named people
    (:func:`~corrobora.reconcile.acts.one_act_on_other_people`, with ``people``, the
    keys of the story's people). A state and its end (:func:`state_ended`) is one thing
    in conflict, not two acts; so is one act of one person given two given names
    (:func:`~corrobora.reconcile.given_names.one_act_two_given_names`, with
    ``article_keys``, the names each article gives), not the acts of two namesakes.
    """
    return (
        (
            different_acts(first, second)
            and not state_ended(first, second)
            and not one_act_two_given_names(first, second, people, article_keys or {})
        )
        or one_act_on_other_people(first, second, people)
        or past_and_present(first, second, pasts)
        or market_days_apart(first, second, published)
        or count_spans_apart(first, second, years)
        or figures_of_two_periods(first, second)
    )


def one_thing(
    claims: Sequence[Claim],
    credited: Mapping[str, frozenset[str]] | None = None,
    published: Mapping[str, datetime | None] | None = None,
    people: Set[str] = frozenset(),
    article_keys: Mapping[str, Set[str]] | None = None,
) -> Callable[[str, str], bool]:
    """A test of two claim ids: true when the claims tell one thing however worded.

    That is one running total (:func:`~corrobora.reconcile.totals.one_total`), one
    count of one kind of thing (:func:`~corrobora.reconcile.totals.one_count`), one
    measure of one thing (:func:`~corrobora.reconcile.totals.one_measure`), one
    market's move on one day (:func:`~corrobora.reconcile.totals.one_market_move`), one sum
    of money one word names (:func:`~corrobora.reconcile.amounts.one_named_amount`), one
    source's estimate of one count (:func:`~corrobora.reconcile.estimates.one_estimate`,
    with ``credited``, each claim's origins other than its outlet) or rival sources'
    estimates of one crowd (:func:`~corrobora.reconcile.estimates.rival_estimates`), the
    cause of one thing (:func:`~corrobora.reconcile.causes.one_thing_caused`), one act
    dated in two verbs (:func:`~corrobora.reconcile.dated.one_dated_act`), one wording
    of two names (:func:`~corrobora.align.names.one_name_apart`), one act of one person
    given two given names (:func:`~corrobora.reconcile.given_names.one_act_two_given_names`,
    with ``people`` and ``article_keys``, the names each article gives), one named person's age
    told apart (:func:`~corrobora.reconcile.ages.one_person_aged_apart`, with ``people``,
    the keys of the story's people), one act dated by one claim
    and in a clause of the other (:func:`~corrobora.reconcile.conflicts.one_act_in_a_clause`,
    with ``published``, each article's time), or one statement and its denial
    (:func:`one_denied`; a denial of a report of it too,
    :func:`~corrobora.reconcile.conflicts.denies_report`), or a state and its end
    (:func:`state_ended`); the grouping of claims into
    facts takes such pairs as the same.
    """
    by_id = {c.id: c for c in claims}
    credited = credited or {}
    article_keys = article_keys or {}
    people = frozenset(people)  # hashable, so its names are read once (_names_of_one_person)
    causes = {c.id: cause_of(c) for c in claims}  # read once, not once per pair
    # what each claim gives that some test needs in both: most pairs lack one in common
    # and are answered without running any test (this runs for every candidate pair)
    needs = {c.id: _joinable_by(c, causes[c.id]) for c in claims}
    counted_by: dict[str, frozenset[str]] = {}
    for claim in claims:
        if claim.quantities:
            before = counted_by.get(claim.article_id, frozenset())
            counted_by[claim.article_id] = before | credited.get(claim.id, frozenset())

    def joined(a: str, b: str) -> bool:
        first, second = by_id[a], by_id[b]
        if first.article_id == second.article_id:
            return False
        if first.negated != second.negated and one_denied(first, second, people):
            return True
        if denies_report(first, second) or state_ended(first, second):
            return True
        both = needs[a] & needs[b]
        if (
            published is not None
            and "dates" in needs[a] | needs[b]
            and one_act_in_a_clause(first, second, published)
        ):
            return True
        if not both:
            return False
        return (
            ("cause" in both and one_thing_caused(causes[a], causes[b]))
            or (
                "figures" in both
                and (
                    one_total(first, second)
                    or one_count(first, second)
                    or one_measure(first, second)
                    or one_market_move(first, second)
                    or one_estimate(first, second, credited)
                    or rival_estimates(first, second, credited, counted_by)
                    or one_named_amount(first, second)
                    or one_person_aged_apart(first, second, people)
                )
            )
            or (
                "names" in both
                and (
                    one_name_apart(first, second)
                    or one_act_two_given_names(first, second, people, article_keys)
                )
            )
            or ("dates" in both and one_dated_act(first, second))
        )

    return joined


def one_denied(first: Claim, second: Claim, people: Set[str] = frozenset()) -> bool:
    """True when one claim denies what the other states: one fact, in conflict.

    "A ransom of 2 million euros was paid" and "No ransom was paid" (or "denied that a
    ransom had been paid") are one statement and its denial, however their other words
    differ: a :func:`~corrobora.reconcile.conflicts.negation_conflict` between an
    affirmed and a negated claim. Opposite verbs ("passed", "rejected") join nothing
    here: two acts of two bodies are worded so as often as one act in two reports.
    Both claims must state one act (a verb of one class) of one subject, a word both
    write before the verb ("a ransom ... was paid", "denied that a ransom had been
    paid"): "McCord and Liddy refused to plead guilty" denies nothing of "he pleaded
    guilty", nor "they didn't have to kill him" of "killed by police". One use of one
    weapon told in two verbs ("did not use tear gas", "fired tear gas") is one act
    whoever its words name (:func:`~corrobora.reconcile.conflicts.one_weapon_used`).
    A given name or a surname alone is the one person of ``people`` (the story's person
    keys) it names: "Dana never checked in" and "Voss had checked in" share a subject
    where the story names one Dana Voss.
    """
    if one_weapon_used(first, second):
        return negation_conflict(first, second) is not None
    if not same_predicate_class(first.predicate, second.predicate):
        return False
    subjects = _with_full_names(subject_words(first), people) & _with_full_names(
        subject_words(second), people
    )
    if not subjects - STOP_WORDS - {first.predicate, second.predicate}:
        return False
    return negation_conflict(first, second) is not None


def state_ended(first: Claim, second: Claim) -> bool:
    """True when one claim tells a subject in a process the other says it left.

    "Corbett remains in negotiations to direct the sequel" and "Corbett has pulled out
    of negotiations to direct it" are one subject's one state, which the second ends:
    one fact, in conflict (the test is the conflict's own, so the two always agree).
    """
    return state_and_its_end(first, second) is not None


def _with_full_names(words: str, people: Set[str]) -> set[str]:
    """The words, each that is one person's given name or surname alone taken as that person.

    A word is taken for a person (its key in place of the word) only when it begins or
    ends the key of exactly one person of ``people`` of two words or more: a name two
    people share stays a plain word, and names neither.
    """
    alone = _names_of_one_person(frozenset(people))
    return {alone.get(word, word) for word in words.split()}


@lru_cache(maxsize=64)
def _names_of_one_person(people: frozenset[str]) -> dict[str, str]:
    """Each given name or surname that begins or ends one person's key only: that key.

    Read once per story's people, not once per pair of claims.
    """
    parts: dict[str, set[str]] = {}
    for person in people:
        names = person.split()
        if len(names) > 1:
            parts.setdefault(names[0], set()).add(person)
            parts.setdefault(names[-1], set()).add(person)
    return {name: next(iter(keys)) for name, keys in parts.items() if len(keys) == 1}


def _joinable_by(claim: Claim, cause: Cause | None) -> frozenset[str]:
    """What of the claim the tests of :func:`one_thing` need in both claims of a pair.

    A cause read from it; figures (every test of totals, counts, measures, markets,
    estimates and sums); names (a name apart, one act under two given names); dates (one
    act dated two ways).
    """
    return frozenset(
        need
        for need, given in (
            ("cause", cause is not None),
            ("figures", bool(claim.quantities)),
            ("names", bool(claim.entity_keys)),
            ("dates", bool(claim.dates)),
        )
        if given
    )


#: Words that credit an outlet with being first to report one item: "as first reported
#: by the Herald", "a plan originally revealed by ...".
_FIRST_TO_REPORT = re.compile(
    r"\b(?:first|originally)\s+(?:reported|revealed|disclosed|published|broke|broken)\b",
    re.IGNORECASE,
)
#: How far before an attribution's span its "first" may be written ("as first reported").
_SCOOP_REACH = 30


def _scoop_credit(attribution: Attribution, text: str) -> bool:
    """True when the attribution credits an outlet with one scoop, not the whole story.

    "Osterhold turned down a plea deal, as first reported by the Herald" owes the Herald
    that item; the article's other statements are its own reporting, not a relay of the
    Herald's story (see :func:`~corrobora.reconcile.facts.build_fact`).
    """
    start = max(0, attribution.span.start - _SCOOP_REACH)
    return _FIRST_TO_REPORT.search(text, start, attribution.span.end) is not None


def _either(
    first: Callable[[str, str], bool], second: Callable[[str, str], bool]
) -> Callable[[str, str], bool]:
    """A test of two claim ids that is true when either test is."""
    return lambda a, b: first(a, b) or second(a, b)


def one_utterance(
    claims: Sequence[Claim],
    marked_in: Mapping[str, tuple[Quote, ...]],
    groups: Sequence[QuoteGroup],
) -> Callable[[str, str], bool]:
    """A test of two claim ids: true when both claims are mostly one utterance.

    '"He is exactly the player we wanted," manager Ilse Brandt said' and 'Brandt said
    Vireo was "exactly the player we wanted"' state the same thing, however their own
    words differ: the quotes each claim mostly is (``marked_in``, the words in marks
    too) fall in one quote group and both articles credit them to one speaker. A quote
    over two paragraphs is grouped paragraph by paragraph: a claim takes the groups of
    the variants inside its own span, not the group of the quote's first paragraph.
    """
    variants_in: dict[str, list[tuple[Span, str, str]]] = {}
    for g in groups:
        for v in g.variants:
            if v.speaker_key:
                variants_in.setdefault(v.article_id, []).append((v.span, g.id, v.speaker_key))
    said = {
        c.id: {
            (group, speaker)
            for q in marked_in[c.id]
            for span, group, speaker in variants_in.get(q.article_id, ())
            if span.overlaps(q.span) and span.overlaps(c.span)
        }
        for c in claims
        if _quoted_words(marked_in[c.id], c)
    }
    article_of = {c.id: c.article_id for c in claims}

    def joined(a: str, b: str) -> bool:
        if article_of[a] == article_of[b]:
            return False
        return any(
            group == other and same_speaker(speaker, by)
            for group, speaker in said.get(a, ())
            for other, by in said.get(b, ())
            if speaker and by
        )

    return joined


def _latest_wording(claims: Sequence[Claim], conflicts: Sequence[Conflict]) -> Claim | None:
    """The wording that updates or corrects the others and is itself revised by none.

    A fact whose toll rose and was then corrected is named by the correction, not by
    the first or the most typical report of a figure since withdrawn.
    """
    revised = [c for c in conflicts if c.nature in _REVISED and len(c.values) == 2]
    earlier = {(v.article_id, v.span) for c in revised for v in c.values[:1]}
    latest = [v for c in revised for v in c.values[1:] if (v.article_id, v.span) not in earlier]
    by_place = {(c.article_id, c.span): c for c in claims}
    found = {by_place[key] for v in latest if (key := (v.article_id, v.span)) in by_place}
    return next(iter(found)) if len(found) == 1 else None


def reconcile(
    story: Story,
    analyses: Sequence[AnalyzedArticle],
    copies: Sequence[CopyLink],
    params: ReconcileParams,
    *,
    encoder: Encoder | None = None,
) -> Reconciliation:
    """Return the reconciled account of ``story`` from the analyses of its articles.

    Args:
        story: the story; only its articles found in ``analyses`` are used.
        analyses: the analyzed articles of the story (others are ignored).
        copies: copy links among the articles (a copy never counts as independent).
        params: alignment thresholds.
        encoder: the sentence-embedding model that ``params.embeddings`` names, already
            at hand (for example a :class:`~corrobora.align.embeddings.MemoEncoder`
            shared by several stories); None loads it here (none for "none").
    """
    members = set(story.article_ids)
    analyses = with_sorts_apart([a for a in analyses if a.article.id in members])
    story_copies = tuple(c for c in copies if c.article_id in members)
    order = _publication_order(analyses)
    rank = {article_id: i for i, article_id in enumerate(order)}
    # a copy is read against the article it reuses (its parent), and its copied words
    # are traced through the chain to the article that first wrote them
    parents = {link.article_id: link.copy_of for link in story_copies}
    outlets = own_outlets(analyses, story_copies)

    # an outlet's notice about its own text ("Correction: ...") is no fact of the story
    claims = [
        c
        for a in analyses
        for c in _stated(a)
        if not (is_notice(c.text) or in_notice_paragraph(a.article.text, c.span))
    ]
    by_id = {c.id: c for c in claims}
    years = sentence_years(analyses)
    pasts = past_periods(analyses)
    analysis_of = {a.article.id: a for a in analyses}
    people = {m.key for a in analyses for m in a.mentions if m.kind is EntityKind.PERSON}
    names = fuller_keys((att for a in analyses for att in a.attributions), people)
    described = described_organizations(analyses)
    # a man the story says left a body, or has died, speaks for none of them
    former = former_members(analyses)
    speaks_for = story_affiliations(analyses, described, former)
    spoken_for = {key: speaks_for.get(full, full) for key, full in names.items()} | {
        names.get(person, person): organization for person, organization in speaks_for.items()
    }
    # a client's counsel is the lawyer named as such, and whom that lawyer speaks for
    # ("Defence lawyer Conrad Mabry": the defence)
    fuller = spoken_for | {
        counsel: spoken_for.get(lawyer, lawyer)
        for counsel, lawyer in (
            (counsel, names.get(lawyer, lawyer))
            for counsel, lawyer in named_counsel(analyses).items()
        )
    }
    added = _added_claims(analysis_of, parents)
    copied = _copied_claims(claims, parents, added)
    unnamed = frozenset(c.id for c in claims if anonymous_only(c, analysis_of[c.article_id]))
    own_voice = {
        a.article.id: copier_voice(a, outlets[a.article.id])
        if a.article.id in parents
        else article_voice(a)
        for a in analyses
    }
    voice = _claim_voices(claims, copied, added, own_voice, outlets)
    origins = {
        c.id: _named_fully(claim_origins(c, analysis_of[c.article_id], voice[c.id], former), fuller)
        for c in claims
    }
    source_keys = {att.source_key for a in analyses for att in a.attributions}
    source_keys -= _stated_of(claims)
    source_keys |= _outlet_names(analyses, set(outlets.values()))
    kinds = _surnames_as_people(
        {m.key: m.kind.value for a in analyses for m in a.mentions if m.key not in source_keys}
    )
    article_keys = {a.article.id: {m.key for m in a.mentions} for a in analyses}
    published = {a.article.id: a.article.published for a in analyses}
    undated = frozenset(article_id for article_id, when in published.items() if when is None)
    days = {key: None if moment is None else moment.date() for key, moment in published.items()}
    corrections = correction_notices(analyses)

    quotes_in = {c.id: _quotes_inside(c, analysis_of[c.article_id]) for c in claims}
    marked_in = {c.id: _quotes_inside(c, analysis_of[c.article_id], partial=True) for c in claims}
    all_quotes = [q for a in analyses for q in a.quotes]
    quotes = group_quotes(all_quotes, order, params.quote_threshold)
    counted = _counted_origins(origins, quotes_in, _credited_elsewhere(all_quotes, quotes))
    if encoder is None:
        encoder = load_encoder(params.embeddings)
    name_kinds: dict[str, set[str]] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            name_kinds.setdefault(mention.key, set()).add(mention.kind.value)
    vectors = ClaimVectors.build(
        claims, encoder, params.pair_model, name_kinds, load_pair_encoder(params.pair_encoder)
    )
    credited = _credited_origins(claims, origins, outlets, own_voice)
    # a copied sentence goes with the sentence of the original it copies, and joins
    # nothing else: it would weigh its original's words twice and bridge two of them
    grouped = [c for c in claims if c.id not in copied]
    story_people = frozenset(people)
    fact_groups, events = facts_and_events(
        grouped,
        vectors,
        params.fact_threshold,
        params.related_threshold,
        distinct=partial(
            _distinct,
            {c.id: _quoted_words(quotes_in[c.id], c) for c in claims},
            {c.id: saying_of(c) for c in claims},
            params.quote_threshold,
            lambda a, b: (
                one_estimate(by_id[a], by_id[b], credited) or one_total(by_id[a], by_id[b])
            ),
            lambda a, b: two_acts(
                by_id[a], by_id[b], days, years, pasts, story_people, article_keys
            ),
        ),
        joined=_either(
            one_thing(claims, credited, published, people, article_keys),
            one_utterance(claims, marked_in, quotes),
        ),
        relays=_relays(grouped, outlets),
    )
    fact_groups, events = _with_copied(fact_groups, copied), _with_copied(events, copied)
    credited_outlets = {
        a.article.id: frozenset(
            att.source_key
            for att in a.attributions
            if att.statement
            and att.kind is SourceKind.OUTLET
            and att.source_key
            and not _scoop_credit(att, a.article.text)
        )
        for a in analyses
    }
    # one person's age told apart in two facts (two acts) is a conflict of both
    ages_apart = age_conflicts_between(
        [[by_id[i] for i in group if i not in copied] for group in fact_groups], people, rank
    )
    facts: list[Fact] = []
    for number, group in enumerate(fact_groups):
        fact_claims = [by_id[i] for i in group]
        fact_claims.sort(key=lambda c: (rank.get(c.article_id, 0), c.span.start))
        # a copy that states the fact only in words it added is the copier's own report
        alone = {c.article_id for c in fact_claims if c.id in added} - {
            c.article_id for c in fact_claims if c.article_id in parents and c.id not in added
        }
        fact_parents = {copy: parent for copy, parent in parents.items() if copy not in alone}
        fact_outlets = outlets | {article_id: own_voice[article_id] for article_id in alone}
        independent = [c for c in fact_claims if c.article_id not in fact_parents]
        conflicts = fact_conflicts(
            fact_claims,
            kinds,
            article_keys,
            published,
            marked_in,
            params.quote_threshold,
            copies=fact_parents,
            corrections=corrections,
            speaks_for=speaks_for,
            relays=_relays(fact_claims, outlets),
        ) + tuple(ages_apart.get(number, ()))
        facts.append(
            build_fact(
                fact_claims,
                _latest_wording(fact_claims, conflicts)
                or _representative(
                    _most_told_firmness(
                        _least_disputed(
                            _not_withdrawn(independent or fact_claims, conflicts), conflicts
                        )
                    ),
                    vectors,
                ),
                origins,
                fact_outlets,
                fact_parents,
                rank,
                conflicts,
                counted,
                credited_outlets,
                unnamed,
                undated,
            )
        )
    facts.sort(
        key=lambda f: (
            _STATUS_ORDER[f.status],
            -f.independent_support,
            min((rank.get(s.article_id, 0) for s in f.support), default=0),
        )
    )
    facts = _with_related(facts, events)

    # who cites whom names a source as the origins do: "Brandt" is the story's Ilse
    # Brandt, "the company" its one company (not the organization a person speaks for),
    # and one who asks for something is no source of it; an outlet's own "the Ledger has
    # learned" cites no one
    attributions = tuple(
        att
        for att in credits_named_fully(
            (
                att
                for article_id in order
                for att in stated_credits(analysis_of[article_id])
                if att.statement
            ),
            names | described,
        )
        if att.source_key != outlet_key(analysis_of[att.article_id].article.outlet)
    )
    return Reconciliation(
        story=story,
        facts=tuple(facts),
        quotes=quotes,
        attributions=attributions,
        coverage=_coverage(order, facts),
        timeline=_timeline(order, analysis_of, facts, parents),
        provenance=_provenance(order, attributions, parents),
        copies=story_copies,
    )


def _stated_of(claims: Sequence[Claim]) -> set[str]:
    """The names claims state something of, outside the words that credit a source.

    "At Drennick General Hospital alone, 120 operations were postponed, a hospital
    spokesman said": the hospital is credited, and is also what the count is of; a
    wording that names another hospital instead names a rival.
    """
    stated: set[str] = set()
    for claim in claims:
        text = claim.text.lower()
        if claim.attribution is not None:
            start = max(0, claim.attribution.span.start - claim.span.start)
            end = max(start, claim.attribution.span.end - claim.span.start)
            text = text[:start] + " " * (end - start) + text[end:]
        stated.update(key for key in claim.entity_keys if key and key in text)
    return stated


def _outlet_names(analyses: Sequence[AnalyzedArticle], outlets: set[str]) -> set[str]:
    """The names the articles give the story's outlets: "the Herald" of the Ardel Herald.

    An outlet that reveals or reports something is who tells, not a player of the event:
    it is never a rival to a name of another wording ("Ardel's minister" against "the
    Herald revealed the emails").
    """
    return {
        m.key
        for a in analyses
        for m in a.mentions
        if m.key in outlets or any(outlet.endswith(" " + m.key) for outlet in outlets)
    }


def _surnames_as_people(kinds: Mapping[str, str]) -> dict[str, str]:
    """Entity kinds, with a one-word name that is the story's one person's surname a person.

    The recognizer often takes a bare surname ("Vell will call a second vote") for an
    organization or a place; where "Anton Vell" is a person of the story, so is "Vell",
    and it is no rival to the organizations of another wording.
    """
    person = EntityKind.PERSON.value
    surnames: dict[str, list[str]] = {}
    for key, kind in kinds.items():
        if kind == person and len(key.split()) > 1:
            surnames.setdefault(key.split()[-1], []).append(key)
    return {
        key: person if " " not in key and len(surnames.get(key, ())) == 1 else kind
        for key, kind in kinds.items()
    }


def _stated(analysis: AnalyzedArticle) -> list[Claim]:
    """The claims of an article that state something: not those of a headline line.

    A headline inside the body (the page's title repeated, a subhead: see
    :func:`~corrobora.extract.cues.headline_lines`) sums up in clipped grammar what the
    body states in full: "death toll rises to 48 as rescuers reach mountain villages"
    drops the hedge of "The numbers may rise as we reach the mountain villages".
    """
    lines = headline_lines(analysis.article.text)
    if not lines:
        return list(analysis.claims)
    return [c for c in analysis.claims if not any(line.contains(c.span) for line in lines)]


def _added_claims(
    analysis_of: Mapping[str, AnalyzedArticle], parents: Mapping[str, str]
) -> frozenset[str]:
    """The claims of copied articles that the article they copy does not carry.

    An outlet that runs a wire story or a press release often adds a sentence of its
    own ("Shares rose 6% in early trading"): that sentence is its own report, not a
    copy. A claim is added when fewer than half of its word triples appear in the
    original's text, figures aside, and no claim of the original holds most of its
    words (:func:`_reworded`): a copy that changes "35 km" to "53 km" alters the
    original's sentence (a conflict), it does not add one of its own.
    """
    added: set[str] = set()
    originals: dict[tuple[str, int], frozenset[str]] = {}
    for copy_id, root in parents.items():
        copy, original = analysis_of.get(copy_id), analysis_of.get(root)
        if copy is None or original is None:
            continue
        wordings = {c.id: _words(c) for c in original.claims}
        for claim in copy.claims:
            size = _shingle_size(claim.text)
            if (root, size) not in originals:
                originals[root, size] = shingles(_figures_masked(original.article.text), size)
            own = shingles(_figures_masked(claim.text), size)
            if (
                own
                and 2 * len(own & originals[root, size]) < len(own)
                and _reworded(_words(claim), wordings) is None
            ):
                added.add(claim.id)
    return frozenset(added)


#: The words of a shingle when copies are compared with their original.
_SHINGLE = 3


def _shingle_size(text: str) -> int:
    """The shingle size to compare ``text`` with its original: 3 words, or all it has.

    A clause shorter than a triple ("halted trains") is matched whole: it is the
    copier's own only if its original does not write those words in a row.
    """
    return max(1, min(_SHINGLE, len(words(_figures_masked(text)))))


#: The least share of a copied claim's words one claim of its original must hold for the
#: claim to be a light edit of it ("swiftly rejected" for "quickly rejected"): a short
#: sentence with one word changed keeps few of its word triples.
_REWORDED_SHARE = 0.75
#: The fewest words a claim read as a light edit has: "he said" is in any sentence.
_LEAST_REWORDED = 4


def _words(claim: Claim) -> frozenset[str]:
    """The lower-cased words of a claim, figures masked."""
    return frozenset(re.findall(r"[\w'’]+", _figures_masked(claim.text).lower()))


def _reworded(words: frozenset[str], originals: Mapping[str, frozenset[str]]) -> str | None:
    """The original claim a copied claim's ``words`` lightly edit, if one holds most of them.

    The share is of the words that carry meaning: "X is a convicted sex offender serving
    a life sentence" is no edit of "X, 49, is serving a life sentence for several charges",
    although "is" and "a" make up the words they share to three quarters.
    """
    if len(words) < _LEAST_REWORDED:
        return None
    meant = words - STOP_WORDS or words
    best = max(originals, key=lambda o: (len(meant & originals[o]), o), default=None)
    if best is None or len(meant & originals[best]) < _REWORDED_SHARE * len(meant):
        return None
    return best


def _copied_claims(
    claims: Sequence[Claim], parents: Mapping[str, str], added: frozenset[str]
) -> dict[str, str]:
    """Map each claim a copy takes from its original to the original's claim it copies.

    The original is the article the copy reuses; when that article is itself a copy
    whose claim comes from further up the chain, the claim maps to the first wording
    (:func:`_first_wordings`).

    The original's claims that share word triples with the copied claim, figures
    aside, must hold at least half of its triples together (a copy may join two of
    the original's clauses in one sentence), or one of them most of its words (a light
    edit of a short sentence, :func:`_reworded`). It copies the one that shares the most
    triples around a figure, else the most triples: the figure is what a copy may
    alter ("35 km" to "53 km"), and it is compared with the figure it replaced. A
    claim the copy added, or one its original does not hold, is aligned on its own.
    """
    triples = {c.id: shingles(_figures_masked(c.text), 3) for c in claims}
    by_id = {c.id: c for c in claims}
    originals: dict[str, list[str]] = {}
    for claim in claims:
        if claim.article_id in parents.values():
            originals.setdefault(claim.article_id, []).append(claim.id)
    copied: dict[str, str] = {}
    for claim in claims:
        own = triples[claim.id]
        if claim.article_id not in parents or claim.id in added or not own:
            continue
        shared = {
            original: own & triples[original]
            for original in originals.get(parents[claim.article_id], [])
            if own & triples[original]
        }
        if 2 * len(frozenset().union(*shared.values())) >= len(own):
            copied[claim.id] = max(
                shared, key=lambda o: (len(_around_figures(shared[o])), len(shared[o]), o)
            )
            continue
        edited = _reworded(
            _words(claim),
            {o: _words(by_id[o]) for o in originals.get(parents[claim.article_id], [])},
        )
        if edited is not None:
            copied[claim.id] = edited
    return _first_wordings(copied)


def _first_wordings(copied: Mapping[str, str]) -> dict[str, str]:
    """Each copied claim mapped to the end of its chain of copies: the claim first written."""
    return {claim_id: chain_end(copied, claim_id) for claim_id in copied}


def _claim_voices(
    claims: Sequence[Claim],
    copied: Mapping[str, str],
    added: frozenset[str],
    own_voice: Mapping[str, str],
    outlets: Mapping[str, str],
) -> dict[str, str]:
    """The voice each claim is stated in where it credits no one.

    An article's own claims speak for its outlet, and a copy's added claims for the
    copier. A copied claim speaks for whoever first wrote it: the original's outlet, or
    the copy that added it (a repost of a repost's own paragraph is that repost's word).
    """
    article_of = {c.id: c.article_id for c in claims}
    voices: dict[str, str] = {}
    for claim in claims:
        first = copied.get(claim.id)
        if claim.id in added:
            voices[claim.id] = own_voice[claim.article_id]
        elif first is not None and first in added:
            voices[claim.id] = own_voice[article_of[first]]
        else:
            voices[claim.id] = outlets[claim.article_id]
    return voices


def _around_figures(triples: frozenset[str]) -> set[str]:
    """The word triples (figures masked as "0") that hold a figure."""
    return {triple for triple in triples if "0" in triple.split()}


def _with_copied(groups: Sequence[list[str]], copied: Mapping[str, str]) -> list[list[str]]:
    """The groups, each copied claim in the group of the original's claim it copies."""
    copies_of: dict[str, list[str]] = {}
    for copy, original in copied.items():
        copies_of.setdefault(original, []).append(copy)
    return [
        sorted(group + [copy for original in group for copy in copies_of.get(original, [])])
        for group in groups
    ]


_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def _figures_masked(text: str) -> str:
    """``text`` with every figure written as "0", so that changed figures still match."""
    return _FIGURE.sub("0", text)


def _with_related(facts: Sequence[Fact], events: Sequence[Sequence[str]]) -> list[Fact]:
    """The facts, each listing the others whose claims share one of its event groups."""
    event_of = {claim_id: number for number, group in enumerate(events) for claim_id in group}
    events_of = {f.id: {event_of[s.claim_id] for s in f.support} for f in facts}
    return [
        replace(
            fact,
            related=tuple(
                other.id
                for other in facts
                if other.id != fact.id and events_of[fact.id] & events_of[other.id]
            ),
        )
        for fact in facts
    ]


def _credited_origins(
    claims: Sequence[Claim],
    origins: Mapping[str, tuple[str, ...]],
    outlets: Mapping[str, str],
    own_voice: Mapping[str, str],
) -> dict[str, frozenset[str]]:
    """Each claim's origins other than its article's outlet or voice: whom it credits."""
    return {
        c.id: frozenset(origins[c.id]) - {outlets[c.article_id], own_voice[c.article_id]}
        for c in claims
    }


def _named_fully(keys: tuple[str, ...], fuller: dict[str, str]) -> tuple[str, ...]:
    """Origin keys with each short key replaced by the fuller key of the story it names.

    ``fuller`` also maps a person the story says speaks for an organization to it.
    """
    return tuple(sorted({fuller.get(key, key) for key in keys})) if fuller else keys


def _credited_elsewhere(
    quotes: Sequence[Quote], groups: Sequence[QuoteGroup]
) -> dict[tuple[str, int], str]:
    """The quotes a group credits to another person, by (article id, start): that person.

    One long wording credited to two people is one utterance (``group_quotes``): the
    person the group keeps is its one origin, whichever outlet got the name wrong.
    """
    speaker_of = {(q.article_id, q.span.start): q.speaker_key for q in quotes}
    elsewhere: dict[tuple[str, int], str] = {}
    for group in groups:
        kept = group.speaker_key
        for variant in group.variants:
            place = (variant.article_id, variant.span.start)
            key = speaker_of.get(place)
            if kept is not None and key is not None and not same_speaker(key, kept):
                elsewhere[place] = kept
    return elsewhere


def _counted_origins(
    origins: Mapping[str, tuple[str, ...]],
    quotes_in: Mapping[str, tuple[Quote, ...]],
    elsewhere: Mapping[tuple[str, int], str],
) -> dict[str, tuple[str, ...]]:
    """Origins to count for the claims whose quote its group credits to someone else."""
    counted: dict[str, tuple[str, ...]] = {}
    if not elsewhere:
        return counted
    for claim_id, inside in quotes_in.items():
        renamed = {
            q.speaker_key: elsewhere[(q.article_id, q.span.start)]
            for q in inside
            if (q.article_id, q.span.start) in elsewhere
        }
        if renamed:
            keys = origins[claim_id]
            counted[claim_id] = tuple(sorted({renamed.get(key, key) for key in keys}))
    return counted


#: The least share of a claim's words its direct quotes must hold for the claim to be
#: taken as the quote ('"We will not go home," said Ilona Varga, a spokeswoman').
_MOSTLY_QUOTED = 0.4


def _distinct(
    quoted: Mapping[str, list[list[str]]],
    sayings: Mapping[str, Saying | None],
    threshold: float,
    estimate: Callable[[str, str], bool],
    acts: Callable[[str, str], bool],
    a: str,
    b: str,
) -> bool:
    """True when claims ``a`` and ``b`` are two statements whatever their words share.

    That is two different quotes (:func:`_different_quotes`), two different ``acts`` of
    one named subject or of two rivals, or of two days or spans (:func:`two_acts`), or
    two different things one source said
    (:func:`corrobora.reconcile.sayings.different_sayings`) unless they are its one
    ``estimate`` or total of a count worded two ways ("said 60,000 people took part",
    "put the figure at 55,000"; "one person has died", "no deaths have been caused by
    the fire").
    """
    if _different_quotes(quoted, threshold, a, b) or acts(a, b):
        return True
    return different_sayings(sayings, a, b) and not estimate(a, b)


def _different_quotes(
    quoted: Mapping[str, list[list[str]]], threshold: float, a: str, b: str
) -> bool:
    """True when two claims are mostly direct quotes and no quote of one matches the other's.

    Two different things one spokeswoman said share her name, her title and the topic,
    but they are two statements: what was quoted decides. ``quoted`` holds each claim's
    quoted words (:func:`_quoted_words`).
    """
    words_a, words_b = quoted[a], quoted[b]
    if not words_a or not words_b:
        return False
    return all(quote_match(x, y) < threshold for x in words_a for y in words_b)


def _quoted_words(quotes: Sequence[Quote], claim: Claim) -> list[list[str]]:
    """The words of each quote of a claim that is mostly quoted, else none."""
    words = [quote_words(q.text) for q in quotes]
    words = [w for w in words if len(w) >= MIN_QUOTE_WORDS]
    quoted = sum(len(w) for w in words)
    if not words or quoted < _MOSTLY_QUOTED * len(quote_words(claim.text)):
        return []
    return words


def _quotes_inside(
    claim: Claim, analysis: AnalyzedArticle, *, partial: bool = False
) -> tuple[Quote, ...]:
    """The direct quotes of an article whose words overlap the claim.

    With ``partial``, also the words a sentence of the writer's own quotes in marks
    ('said her crews were "fighting on all fronts"'): a source's words all the same,
    whose rewording is quote drift.
    """
    text = analysis.article.text
    return tuple(
        q
        for q in analysis.quotes
        if (q.direct or (partial and _in_marks(q, text)))
        and q.span.start < claim.span.end
        and claim.span.start < q.span.end
    )


def _in_marks(quote: Quote, text: str) -> bool:
    """True when the quote's words stand inside quotation marks in ``text``."""
    start = quote.span.start
    return start > 0 and text[start - 1] in QUOTE_MARKS


def _coverage(order: Sequence[str], facts: Sequence[Fact]) -> tuple[Coverage, ...]:
    result = []
    for article_id in order:
        included = tuple(f.id for f in facts if any(s.article_id == article_id for s in f.support))
        omitted = tuple(f.id for f in facts if f.id not in set(included))
        result.append(Coverage(article_id, included, omitted))
    return tuple(result)


def _timeline(
    order: Sequence[str],
    analysis_of: dict[str, AnalyzedArticle],
    facts: Sequence[Fact],
    parents: dict[str, str],
) -> tuple[TimelineEntry, ...]:
    return tuple(
        TimelineEntry(
            article_id=article_id,
            published=analysis_of[article_id].article.published,
            outlet=analysis_of[article_id].article.outlet,
            first_reports=tuple(f.id for f in facts if f.first_reported == article_id),
            copy_of=parents.get(article_id),
        )
        for article_id in order
    )


def _provenance(
    order: Sequence[str], attributions: Sequence[Attribution], parents: dict[str, str]
) -> tuple[ProvenanceEdge, ...]:
    """Copy links and, per article, the sources of the statements it credits."""
    credits: dict[str, set[tuple[str, str]]] = {article_id: set() for article_id in order}
    for a in attributions:
        if not narrator(a):
            credits[a.article_id].add((a.source_key, a.kind.value))
    edges: list[ProvenanceEdge] = []
    for article_id in order:
        if article_id in parents:
            edges.append(ProvenanceEdge(article_id, parents[article_id], "copy_of"))
        credited = sorted(credits[article_id])
        edges.extend(ProvenanceEdge(article_id, key, f"credits_{kind}") for key, kind in credited)
    return tuple(edges)

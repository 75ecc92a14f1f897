"""The ``claims`` task: fact grouping of ECB+ event sentences within their gold stories.

Every sentence that carries an annotated event mention is one claim. Two claims belong
together when a mention of one and a mention of the other share a cross-document
coreference chain (a chain whose mentions lie in at least two documents). The documents
are read blind to their labels (:mod:`corrobora.evaluate.ecbplus`) and analyzed in full;
each annotated sentence becomes one claim holding the terms, entities, numbers and dates
the analysis found in it. Inside each gold story (topic and sub-topic), corrobora's fact
grouping (:func:`corrobora.align.facts_and_events` over
:class:`corrobora.align.ClaimVectors`, cut at ``reconcile.same_threshold``, or at
``reconcile.pair_encoder_threshold`` with a pair encoder, with the
pairs :func:`corrobora.reconcile.one_thing` takes as one thing) partitions these claims.

"Belong together" is not transitive (a sentence may mention two events), so B-cubed is
taken item by item against each claim's gold set (itself and every claim it shares a
chain with): precision is the share of its predicted fact in its gold set, recall the
share of its gold set in its predicted fact. On a gold partition this is ordinary
B-cubed. Pairwise scores count the pairs of claims of one story put in one fact.
"""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import combinations
from pathlib import Path
from typing import Any

from ..align import ClaimVectors, facts_and_events
from ..align.embeddings import load_encoder
from ..align.pairencoder import load_pair_encoder
from ..errors import ConfigError
from ..model import AnalyzedArticle, Claim, Span
from ..reconcile import one_thing, two_acts
from ..settings import Settings
from .ecbplus import EcbDocument, read_ecbplus
from .grouping import analyze_all
from .metrics import Evaluation, Score, ratio_score

__all__ = [
    "RULES",
    "ClaimItem",
    "ClaimSet",
    "GoldMentions",
    "evaluate_claims",
    "extended_bcubed",
    "load_claims",
    "read_event_mentions",
    "score_claims",
    "sentence_span_claim",
]

log = logging.getLogger(__name__)

RULES = (
    "Claims: the sentences of the gold event mentions. Gold: two claims belong together "
    "when they share a cross-document event chain. Prediction: corrobora's fact grouping "
    "of the claims of each gold story at reconcile.same_threshold (or "
    "reconcile.pair_encoder_threshold with a pair encoder); event grouping: the "
    "same grouping cut at reconcile.related_threshold (facts related as one event). "
    "B-cubed per claim "
    "against its gold set (itself and the claims it shares a chain with); pairwise over "
    "the pairs of claims of one story."
)

Item = tuple[str, int]
"""A claim: (document name without ``.xml``, sentence number of the mentions file)."""


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """One annotated sentence: its document, sentence, gold story and event chains.

    ``chains`` are the cross-document chains of its mentions.
    """

    doc: str
    sentence: int
    story: str
    chains: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldMentions:
    """Event chains by sentence, from a mentions file, and the problems met reading it."""

    chains: dict[Item, frozenset[str]]
    words: dict[Item, tuple[str, ...]]
    problems: tuple[str, ...]


def mention_topics(path: Path) -> list[str]:
    """The topics of the documents a gold mentions file names (``"2"`` for ``"2_1ecbplus"``).

    Raises:
        ConfigError: the file cannot be read or is not a JSON list of mentions.
    """
    data = _mention_list(path)
    found = {
        str(mention["doc_id"]).split("_", 1)[0]
        for mention in data
        if isinstance(mention, dict) and "doc_id" in mention
    }
    return sorted(found, key=lambda topic: (len(topic), topic))


def _mention_list(path: Path) -> list[Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror or error})") from None
    except RecursionError:
        raise ConfigError(f"{path}: not JSON (nested too deeply)") from None
    except ValueError as error:
        raise ConfigError(f"{path}: not JSON ({error})") from None
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a JSON list of event mentions")
    return data


def read_event_mentions(path: Path, topics: Sequence[str]) -> GoldMentions:
    """Read the gold event mentions of ``topics`` from a JSON list of mentions.

    Each mention is an object with ``doc_id`` (``"2_1ecbplus"``), ``sent_id`` (the
    sentence's number once a source-URL first sentence is dropped), ``coref_chain`` and
    ``tokens_str``. Only chains found in two or more documents are kept; a sentence whose
    mentions are all in other chains is still a claim, with no chain.

    Raises:
        ConfigError: the file cannot be read or is not a JSON list of mentions.
    """
    data = _mention_list(path)
    wanted = set(topics)
    problems: list[str] = []
    rows: list[tuple[Item, str, str]] = []
    for position, mention in enumerate(data):
        try:
            doc, sentence = str(mention["doc_id"]), int(mention["sent_id"])
            chain, shown = str(mention["coref_chain"]), str(mention.get("tokens_str", ""))
        except (KeyError, TypeError, ValueError):
            problems.append(f"{path}: mention {position} lacks doc_id, sent_id or coref_chain")
            continue
        if doc.split("_", 1)[0] in wanted:
            rows.append(((doc, sentence), chain, shown))
    documents: dict[str, set[str]] = defaultdict(set)
    for (doc, _), chain, _ in rows:
        documents[chain].add(doc)
    chains: dict[Item, set[str]] = defaultdict(set)
    words: dict[Item, list[str]] = defaultdict(list)
    for item, chain, text in rows:
        chains.setdefault(item, set())  # every annotated sentence is a claim
        words[item].append(text)
        if len(documents[chain]) > 1:
            chains[item].add(chain)
    return GoldMentions(
        {item: frozenset(found) for item, found in chains.items()},
        {item: tuple(found) for item, found in words.items()},
        tuple(problems),
    )


def _line_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def sentence_span_claim(analysis: AnalyzedArticle, span: Span, claim_id: str) -> Claim:
    """Merge what the analysis found inside ``span`` of its article into one claim.

    Terms and entity keys are those of the claims lying in the span (entities of the
    span's mentions when it holds no claim); numbers and dates are all those in it.
    """

    def inside(other: Span) -> bool:
        return span.start <= other.start and other.end <= span.end

    claims = [c for c in analysis.claims if inside(c.span)]
    terms = tuple(dict.fromkeys(t for c in claims for t in c.terms))
    if claims:
        keys = tuple(dict.fromkeys(k for c in claims for k in c.entity_keys))
    else:
        keys = tuple(dict.fromkeys(m.key for m in analysis.mentions if inside(m.span) and m.key))
    article = analysis.article
    return Claim(
        id=claim_id,
        article_id=article.id,
        span=span,
        text=article.text[span.start : span.end],
        sentence=0,
        terms=terms,
        entity_keys=keys,
        quantities=tuple(q for q in analysis.quantities if inside(q.span)),
        dates=tuple(d for d in analysis.dates if inside(d.span)),
        predicate=max(claims, key=lambda c: len(c.text)).predicate if claims else "",
    )


def extended_bcubed(
    items: Sequence[Item], linked: set[tuple[Item, Item]], predicted: dict[Item, int]
) -> tuple[float, float]:
    """Return B-cubed precision and recall against a non-transitive gold relation.

    Args:
        items: the claims scored.
        linked: gold pairs ``(a, b)`` with ``a < b`` that belong together.
        predicted: claim -> predicted group (claims missing are alone).
    """
    if not items:
        return 0.0, 0.0
    members: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        if item in predicted:
            members[predicted[item]].append(item)
    precision = recall = 0.0
    partners: dict[Item, set[Item]] = defaultdict(set)
    for a, b in linked:
        partners[a].add(b)
        partners[b].add(a)
    for item in items:
        cluster = members[predicted[item]] if item in predicted else [item]
        gold = partners[item] | {item}
        hit = sum(other in gold for other in cluster)
        precision += hit / len(cluster)
        recall += hit / len(gold)
    return precision / len(items), recall / len(items)


def _items(
    documents: Sequence[EcbDocument], gold: GoldMentions, problems: list[str]
) -> dict[Item, tuple[ClaimItem, EcbDocument, Span]]:
    by_doc = {Path(d.name).stem: d for d in documents}
    found: dict[Item, tuple[ClaimItem, EcbDocument, Span]] = {}
    for item, chains in sorted(gold.chains.items()):
        doc_name, sentence = item
        document = by_doc.get(doc_name)
        if document is None:
            problems.append(f"{doc_name}: annotated in the mentions file but not read")
            continue
        lines = _line_spans(document.article.text)
        if not 0 <= sentence < len(lines):
            problems.append(f"{doc_name}: sentence {sentence} is beyond the text")
            continue
        span = lines[sentence]
        line = document.article.text[span.start : span.end]
        missing = [w for w in gold.words[item] if w.split()[0] not in line]
        if missing:
            problems.append(f"{doc_name}: sentence {sentence} does not hold mention {missing[0]!r}")
            continue
        record = ClaimItem(doc_name, sentence, document.story, chains)
        found[item] = (record, document, span)
    return found


@dataclass(frozen=True, slots=True)
class ClaimSet:
    """The annotated sentences of a selection, analyzed: what the scoring needs.

    Attributes:
        data: the folder the documents were read from.
        items: each claim's gold record, by claim.
        claims: each claim as corrobora sees it, by claim.
        stories: the claims of each gold story, in order.
        documents: how many documents were analyzed.
        problems: the problems met reading and analyzing.
        seconds: time spent reading and analyzing.
    """

    data: str
    items: dict[Item, ClaimItem]
    claims: dict[Item, Claim]
    stories: dict[str, list[Item]]
    documents: int
    problems: tuple[str, ...]
    seconds: float


def load_claims(
    data: Path,
    settings: Settings,
    *,
    mentions: Path,
    topics: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> ClaimSet:
    """Read the documents and gold mentions of ``topics`` and analyze the documents.

    Raises:
        ConfigError: unusable data, or no annotated sentence found in it.
    """
    started = time.perf_counter()
    corpus = read_ecbplus(data, topics=topics)
    gold = read_event_mentions(mentions, topics)
    problems = [*corpus.problems, *gold.problems]
    found = _items(corpus.documents, gold, problems)
    if not found:
        raise ConfigError(f"{mentions}: no annotated sentence matches the documents in {data}")
    needed = {document.article.id: document.article for _, document, _ in found.values()}
    analyses, failed = analyze_all(list(needed.values()), settings.analyze, progress=progress)
    problems.extend(f"{article.id}: analysis failed ({cause})" for article, cause in failed)
    analysis_of = {a.article.id: a for a in analyses}
    stories: dict[str, list[Item]] = defaultdict(list)
    claims: dict[Item, Claim] = {}
    for item, (claim_item, document, span) in found.items():
        analysis = analysis_of.get(document.article.id)
        if analysis is not None:
            claims[item] = sentence_span_claim(analysis, span, f"{item[0]}:{item[1]}")
            stories[claim_item.story].append(item)
    return ClaimSet(
        data=str(data),
        items={item: record for item, (record, _, _) in found.items() if item in claims},
        claims=claims,
        stories=dict(stories),
        documents=len(analysis_of),
        problems=tuple(problems),
        seconds=time.perf_counter() - started,
    )


def _two_acts(by_id: dict[str, Claim], a: str, b: str) -> bool:
    """True when claims ``a`` and ``b`` tell two acts, as a story's reconciliation reads them."""
    return two_acts(by_id[a], by_id[b])


def score_claims(claim_set: ClaimSet, settings: Settings) -> Evaluation:
    """Group each gold story's claims into facts and score the grouping.

    Raises:
        ConfigError: the embedding setting is invalid.
        MissingDependency: the embedding model cannot be loaded.
    """
    started = time.perf_counter()
    encoder = load_encoder(settings.reconcile.embeddings)
    claims, records = claim_set.claims, claim_set.items
    params = settings.reconcile
    predicted: dict[Item, int] = {}
    events: dict[Item, int] = {}
    linked: set[tuple[Item, Item]] = set()
    tp = fp = fn = event_tp = event_fp = event_fn = 0
    for story_items in claim_set.stories.values():
        story_claims = [claims[item] for item in story_items]
        vectors = ClaimVectors.build(
            story_claims, encoder, params.pair_model, None, load_pair_encoder(params.pair_encoder)
        )
        item_of = {claims[item].id: item for item in story_items}
        by_id = {claim.id: claim for claim in story_claims}
        groupings = facts_and_events(
            story_claims,
            vectors,
            params.fact_threshold,
            params.related_threshold,
            distinct=partial(_two_acts, by_id),
            joined=one_thing(story_claims),
        )
        for labels, groups in zip((predicted, events), groupings, strict=True):
            for group in groups:
                label = len(set(labels.values()))
                for claim_id in group:
                    labels[item_of[claim_id]] = label
        for a, b in combinations(sorted(story_items), 2):
            together = bool(records[a].chains & records[b].chains)
            same = predicted[a] == predicted[b]
            one_event = events[a] == events[b]
            if together:
                linked.add((a, b))
            tp += together and same
            fp += same and not together
            fn += together and not same
            event_tp += together and one_event
            event_fp += one_event and not together
            event_fn += together and not one_event
    items = sorted(claims)
    precision, recall = extended_bcubed(items, linked, predicted)
    event_p, event_r = extended_bcubed(items, linked, events)
    seconds = claim_set.seconds + time.perf_counter() - started
    log.info("claims: %d sentences in %.1fs", len(items), seconds)
    singles_p, singles_r = extended_bcubed(items, linked, {})
    story_numbers = {story: n for n, story in enumerate(claim_set.stories)}
    lumped = {item: story_numbers[records[item].story] for item in items}
    lumped_p, lumped_r = extended_bcubed(items, linked, lumped)
    return Evaluation(
        task="claims",
        data=claim_set.data,
        scores=(
            ratio_score("claim grouping B-cubed", precision, recall, len(items)),
            Score("claim grouping pairwise", tp, fp, fn),
            ratio_score("event grouping B-cubed", event_p, event_r, len(items)),
            Score("event grouping pairwise", event_tp, event_fp, event_fn),
            ratio_score("all singletons B-cubed", singles_p, singles_r, len(items)),
            ratio_score("one fact per story B-cubed", lumped_p, lumped_r, len(items)),
        ),
        counts={
            "documents": claim_set.documents,
            "stories": len(claim_set.stories),
            "claims": len(items),
            "gold links": len(linked),
            "facts": len(set(predicted.values())),
            "events": len(set(events.values())),
            "seconds": round(seconds),
        },
        problems=claim_set.problems,
        rules=RULES,
    )


def evaluate_claims(
    data: Path,
    settings: Settings,
    *,
    mentions: Path | None = None,
    topics: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Evaluation:
    """Score corrobora's fact and event grouping of ECB+ event sentences within gold stories.

    Args:
        data: the ECB+ folder of topic folders of XML files (``raw_xml``).
        settings: the run's settings (analysis model, embeddings, thresholds).
        mentions: the JSON list of gold event mentions (``ECB_Dev_Event_gold_mentions``).
        topics: the topics to score (default: every topic the mentions name).
        progress: called with (documents analyzed, documents in all).

    Raises:
        ConfigError: no mentions file, unusable data, or no annotated sentence in it.
    """
    if mentions is None:
        raise ConfigError(
            "the claims task needs the gold event mentions: --mentions FILE (ECB+ "
            "cybulska_setup/ECB_Dev_Event_gold_mentions.json, for example)"
        )
    if topics is None:
        topics = mention_topics(mentions)
    claim_set = load_claims(data, settings, mentions=mentions, topics=topics, progress=progress)
    return score_claims(claim_set, settings)

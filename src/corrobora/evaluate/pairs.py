"""The ``pairs`` task: same-claim detection and number/date conflicts on MRPC-style TSV.

The data is tab-separated text with a header line and five columns per row: label (1
when the two sentences say the same thing, else 0), id1, id2, sentence1, sentence2; no
quoting, optionally a UTF-8 byte-order mark (the layout of the Microsoft Research
Paraphrase Corpus files). Each sentence is analyzed as a one-sentence article and its
claims merged into one claim covering the sentence; corrobora's claim pair score then
decides "same claim", and its number and date conflict checks are compared with the
pairs labelled different whose numbers or dates differ. See :data:`RULES`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..align.embeddings import load_encoder
from ..align.pairencoder import load_pair_encoder
from ..align.similarity import ClaimVectors, pair_features
from ..errors import ConfigError
from ..extract import analyze_many
from ..extract.dates import named_weekday
from ..model import AnalyzedArticle, Article, Claim, Span
from ..reconcile.conflicts import date_conflict, number_conflict
from ..settings import Settings
from ..text import article_id
from .claims import sentence_span_claim
from .metrics import Evaluation, Score

__all__ = [
    "RULES",
    "STORY_PAIRS",
    "PairOutcome",
    "PairRecord",
    "evaluate_pairs",
    "pairs_evaluation",
    "read_pairs",
    "rules_text",
    "score_pairs",
    "sentence_claim",
]

log = logging.getLogger(__name__)

STORY_PAIRS = 150
"""Consecutive pairs pooled into one pseudo-story (300 sentences) for in-story rarity."""

COLUMNS = ("label", "id1", "id2", "sentence1", "sentence2")
SUFFIXES = (".tsv", ".txt")


def rules_text(story_pairs: int = STORY_PAIRS) -> str:
    """Return the plain-English matching rules, for pseudo-stories of ``story_pairs`` pairs."""
    return (
        "Each sentence is analyzed as a one-sentence article without a publication date, and "
        "its claims are merged into one claim covering the sentence. Same claim: corrobora's "
        "claim pair score (reconcile.pair_model: 'mean' of term cosine, term overlap and, "
        "when the embedding model is installed, embedding cosine; or 'learned', a logistic "
        "model fitted on MRPC train; or, with reconcile.pair_encoder set, that fine-tuned "
        "cross-encoder's probability), with in-story term rarity computed over pseudo-stories "
        f"of {story_pairs} consecutive pairs ({2 * story_pairs} sentences) in file order; a "
        "pair is predicted the same when its score is at least reconcile.same_threshold (or "
        "reconcile.pair_encoder_threshold for the encoder's probability), and "
        "is scored against label 1 (accuracy, and precision, recall and F1 of the positive "
        "class). Conflict flag: corrobora's number or date conflict check fires on the pair. "
        "Gold conflict: the pair is labelled 0 and its numbers or dates differ, meaning both "
        "sentences state numbers and their sets of values are not equal, or both state dates "
        "and their sets of dates are not equal: calendar intervals, and the weekday named by "
        "a date that stays unresolved without a publication date ('Tuesday'); other "
        "unresolved dates are ignored, and a value that only one sentence states is an "
        "omission, counted apart as one-sided. "
        "The flag reads figures as ranges (rounding, 'at least', 'about', '2 to 3'), so "
        "figures that differ only within rounding, a hedge or a stated range are not "
        "flagged yet count as differing. "
        "A flagged pair labelled 1 is a false positive."
    )


RULES = rules_text()
"""The rules with the default pseudo-story size."""


@dataclass(frozen=True, slots=True)
class PairRecord:
    """One row of the data: two sentences and whether they say the same thing."""

    source: str
    line: int
    label: int
    id1: str
    id2: str
    sentence1: str
    sentence2: str


@dataclass(frozen=True, slots=True)
class PairOutcome:
    """What corrobora made of one pair.

    ``features`` are the mean pair model's inputs (term cosine, term overlap, embedding
    cosine or 0 without a model); ``rich`` are the learned pair model's features
    (:mod:`corrobora.align.pairfeatures`); ``score`` is the pair score of the model the
    settings name.
    """

    record: PairRecord
    score: float
    features: tuple[float, float, float]
    numbers_differ: bool
    dates_differ: bool
    one_sided: bool
    number_flag: bool
    date_flag: bool
    rich: tuple[float, ...] = ()

    @property
    def differ(self) -> bool:
        """True when both sentences state numbers or dates and these differ."""
        return self.numbers_differ or self.dates_differ

    @property
    def flagged(self) -> bool:
        """True when corrobora reports a number or date conflict between the sentences."""
        return self.number_flag or self.date_flag


def _files(data: Path) -> list[Path]:
    if data.is_dir():
        files = sorted(p for p in data.iterdir() if p.is_file() and p.suffix in SUFFIXES)
        if not files:
            raise ConfigError(f"{data}: no {' or '.join(SUFFIXES)} files of sentence pairs here")
        return files
    if data.is_file():
        return [data]
    if data.exists():
        raise ConfigError(f"{data}: not a regular file or a folder")
    raise ConfigError(f"{data}: no such file or folder")


def _lines(path: Path, problems: list[str]) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)`` of a file read as UTF-8, one bad line at a time."""
    try:
        handle = path.open("rb")
    except OSError as error:
        problems.append(f"{path}: cannot be read ({error.strerror or error})")
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                problems.append(f"{path}:{number}: not UTF-8 text")


def _record(path: Path, number: int, line: str, problems: list[str]) -> PairRecord | None:
    fields = line.split("\t")
    if len(fields) != len(COLUMNS):
        problems.append(
            f"{path}:{number}: expected {len(COLUMNS)} tab-separated columns "
            f"({', '.join(COLUMNS)}), found {len(fields)}"
        )
        return None
    label, id1, id2, first, second = (field.strip() for field in fields)
    if label not in ("0", "1"):
        problems.append(f"{path}:{number}: label {label!r} is not 0 or 1")
        return None
    empty = [name for name, text in (("sentence1", first), ("sentence2", second)) if not text]
    if empty:
        verb = "are" if len(empty) > 1 else "is"
        problems.append(f"{path}:{number}: {' and '.join(empty)} {verb} empty")
        return None
    return PairRecord(str(path), number, int(label), id1, id2, first, second)


def read_pairs(data: Path, limit: int | None = None) -> tuple[list[PairRecord], list[str], int]:
    """Read the pairs of a TSV file, or of every ``.tsv``/``.txt`` file of a folder.

    The first line of each file is its header. A malformed row becomes a problem
    ``"file:line: cause"`` and is skipped; blank lines are ignored. Reading stops once
    ``limit`` pairs are read.

    Returns:
        The pairs, the problems met, and the number of files read.

    Raises:
        ConfigError: ``data`` does not exist, or holds no well-formed pair at all.
    """
    if limit is not None and limit < 1:
        raise ConfigError(f"limit must be a positive number of pairs, got {limit}")
    records: list[PairRecord] = []
    problems: list[str] = []
    files = _files(data)
    for read, path in enumerate(files, 1):
        for number, line in _lines(path, problems):
            if number == 1:
                head = line.split("\t")
                if len(head) == len(COLUMNS) and head[0].strip() in ("0", "1"):
                    problems.append(f"{path}:1: looks like a pair but is read as the header")
                continue
            if not line.strip():
                continue
            record = _record(path, number, line, problems)
            if record is not None:
                records.append(record)
                if limit is not None and len(records) >= limit:
                    return records, problems, read
    if not records:
        first = f"; first problem: {problems[0]}" if problems else ""
        raise ConfigError(
            f"{data}: no sentence pairs found (expected a header line, then tab-separated "
            f"{', '.join(COLUMNS)}){first}"
        )
    return records, problems, len(files)


def sentence_claim(analysis: AnalyzedArticle) -> Claim:
    """Merge the claims of a one-sentence article into one claim covering the sentence.

    See :func:`corrobora.evaluate.claims.sentence_span_claim`: words naming a credited
    source are left out of the terms, as in alignment; a sentence without a claim (no
    verb) keeps its entities, numbers and dates but no terms.
    """
    article = analysis.article
    return sentence_span_claim(analysis, Span(0, len(article.text)), article.id)


def _values(claim: Claim) -> set[float]:
    return {q.value for q in claim.quantities}


def _intervals(claim: Claim) -> set[tuple[date, date] | int]:
    """The claim's dates: calendar intervals, and the weekday an unresolved date names."""
    days: set[tuple[date, date] | int] = {
        (d.start, d.end) for d in claim.dates if d.start and d.end
    }
    for mention in claim.dates:
        weekday = named_weekday(mention) if mention.start is None else None
        if weekday is not None:
            days.add(weekday)
    return days


def _outcome(record: PairRecord, vectors: ClaimVectors, a: Claim, b: Claim) -> PairOutcome:
    numbers = (_values(a), _values(b))
    dates = (_intervals(a), _intervals(b))
    numbers_differ = all(numbers) and numbers[0] != numbers[1]
    dates_differ = all(dates) and dates[0] != dates[1]
    one_sided = not (numbers_differ or dates_differ) and (
        bool(numbers[0]) != bool(numbers[1]) or bool(dates[0]) != bool(dates[1])
    )
    return PairOutcome(
        record=record,
        score=vectors.similarity(a.id, b.id),
        features=pair_features(vectors, a.id, b.id),
        numbers_differ=numbers_differ,
        dates_differ=dates_differ,
        one_sided=one_sided,
        number_flag=number_conflict(a, b) is not None,
        date_flag=date_conflict(a, b) is not None,
        rich=tuple(vectors.features(a.id, b.id)),
    )


def score_pairs(
    records: Sequence[PairRecord],
    settings: Settings,
    *,
    progress: Callable[[int, int], None] | None = None,
    story_pairs: int = STORY_PAIRS,
) -> list[PairOutcome]:
    """Analyze the sentences of ``records`` and score every pair, in order.

    Pairs are taken ``story_pairs`` at a time; the sentences of one such block form a
    pseudo-story, the set over which in-story term rarity is computed.

    Raises:
        ConfigError: ``story_pairs`` is not positive, or the embedding setting is invalid.
        MissingDependency: the spaCy or embedding model cannot be loaded.
    """
    if story_pairs < 1:
        raise ConfigError(f"story_pairs must be positive, got {story_pairs}")
    encoder = load_encoder(settings.reconcile.embeddings)
    pair_encoder = load_pair_encoder(settings.reconcile.pair_encoder)
    claims: dict[str, Claim] = {}
    outcomes: list[PairOutcome] = []
    if progress is not None:
        progress(0, len(records))
    for start in range(0, len(records), story_pairs):
        block = records[start : start + story_pairs]
        texts = [t for r in block for t in (r.sentence1, r.sentence2)]
        new = [t for t in dict.fromkeys(texts) if t not in claims]
        articles = (Article(article_id(t), t, "", "pairs") for t in new)
        for analysis in analyze_many(articles, settings.analyze):
            claims[analysis.article.text] = sentence_claim(analysis)
        members = list({claims[t].id: claims[t] for t in texts}.values())
        vectors = ClaimVectors.build(
            members, encoder, settings.reconcile.pair_model, None, pair_encoder
        )
        vectors.encode_pairs((claims[r.sentence1].id, claims[r.sentence2].id) for r in block)
        for record in block:
            a, b = claims[record.sentence1], claims[record.sentence2]
            outcomes.append(_outcome(record, vectors, a, b))
        if progress is not None:
            progress(len(outcomes), len(records))
    return outcomes


def _same_claim(outcomes: Sequence[PairOutcome], threshold: float) -> Score:
    tp = fp = fn = tn = 0
    for o in outcomes:
        predicted, gold = o.score >= threshold, o.record.label == 1
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        tn += not predicted and not gold
    accuracy = (tp + tn) / len(outcomes) if outcomes else 0.0
    extra = {"accuracy": accuracy, "tn": float(tn), "threshold": threshold}
    return Score("same claim", tp, fp, fn, extra)


def _conflict_flag(outcomes: Sequence[PairOutcome]) -> Score:
    negatives = [o for o in outcomes if o.record.label == 0]
    positives = [o for o in outcomes if o.record.label == 1]
    tp = sum(o.flagged and o.differ for o in negatives)
    fn = sum(o.differ and not o.flagged for o in negatives)
    fp = sum(o.flagged for o in positives) + sum(o.flagged and not o.differ for o in negatives)
    extra = {
        "flagged": float(sum(o.flagged for o in outcomes)),
        "negatives_differing": float(sum(o.differ for o in negatives)),
        "negatives_one_sided": float(sum(o.one_sided for o in negatives)),
        "positives_differing": float(sum(o.differ for o in positives)),
    }
    return Score("number/date conflict flag", tp, fp, fn, extra)


def pairs_evaluation(
    data: str,
    outcomes: Sequence[PairOutcome],
    threshold: float,
    *,
    counts: dict[str, int] | None = None,
    problems: Sequence[str] = (),
    rules: str = RULES,
) -> Evaluation:
    """Return the ``pairs`` evaluation of scored pairs: same claim, then the conflict flag."""
    labels = [o.record.label for o in outcomes]
    return Evaluation(
        task="pairs",
        data=data,
        scores=(_same_claim(outcomes, threshold), _conflict_flag(outcomes)),
        counts={
            **(counts or {}),
            "pairs": len(outcomes),
            "positives": sum(labels),
            "negatives": len(labels) - sum(labels),
        },
        problems=tuple(problems),
        rules=rules,
    )


def evaluate_pairs(
    data: Path,
    settings: Settings,
    *,
    progress: Callable[[int, int], None] | None = None,
    limit: int | None = None,
    story_pairs: int = STORY_PAIRS,
) -> Evaluation:
    """Score corrobora's same-claim decision and number/date conflict flag on TSV pairs.

    Args:
        data: an MRPC-style TSV file, or a folder of them (``.tsv``/``.txt``).
        settings: the run's settings (analysis model, embeddings, the cut).
        progress: called with (pairs done, pairs in all) as the work advances.
        limit: read only the first ``limit`` well-formed pairs.
        story_pairs: pairs pooled into one pseudo-story for in-story term rarity.

    Raises:
        ConfigError: ``data`` does not exist or holds no well-formed pair.
    """
    started = time.perf_counter()
    records, problems, files = read_pairs(data, limit)
    outcomes = score_pairs(records, settings, progress=progress, story_pairs=story_pairs)
    seconds = time.perf_counter() - started
    log.info("pairs: %d pairs scored in %.1fs", len(outcomes), seconds)
    sentences = len({article_id(t) for r in records for t in (r.sentence1, r.sentence2)})
    counts = {"files": files, "sentences": sentences, "seconds": round(seconds)}
    return pairs_evaluation(
        str(data),
        outcomes,
        settings.reconcile.fact_threshold,
        counts=counts,
        problems=problems,
        rules=rules_text(story_pairs),
    )

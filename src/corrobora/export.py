"""Export a store's contents as flat tables: articles, stories, facts or quotes.

Each kind is one table with one row per item (a fact, a quote wording), so that the
same rows can be written as JSON Lines, CSV or Parquet and opened in any analysis
tool. Lists (a fact's origins, its conflict kinds) are joined with ``"; "`` so that
every cell is a plain value. Rows are produced lazily, so an export of a large store
keeps one story in memory at a time (Parquet, which is columnar, keeps the table).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from .errors import ConfigError, MissingDependency, NotFound
from .model import Reconciliation
from .store import Store

Row = dict[str, Any]


class ExportKind(StrEnum):
    """What to export."""

    ARTICLES = "articles"
    STORIES = "stories"
    FACTS = "facts"
    QUOTES = "quotes"


class ExportFormat(StrEnum):
    """How to write it."""

    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"


#: The columns of each kind, in order (CSV header and Parquet schema).
COLUMNS: dict[ExportKind, tuple[str, ...]] = {
    ExportKind.ARTICLES: (
        "id",
        "story_id",
        "outlet",
        "title",
        "url",
        "published",
        "language",
        "copy_of",
        "copy_similarity",
        "text",
    ),
    ExportKind.STORIES: ("id", "title", "first_seen", "last_seen", "articles", "outlets"),
    ExportKind.FACTS: (
        "story_id",
        "fact_id",
        "status",
        "independent_support",
        "sources",
        "origins",
        "conflicts",
        "text",
    ),
    ExportKind.QUOTES: (
        "story_id",
        "quote_id",
        "speaker",
        "identical",
        "article_id",
        "start",
        "end",
        "parts",
        "text",
    ),
}


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _joined(values: Sequence[str]) -> str:
    return "; ".join(dict.fromkeys(values))


def article_rows(store: Store) -> Iterator[Row]:
    """One row per stored article, with its story and the article it copies."""
    story_of = store.story_ids_by_article()
    copies = {link.article_id: link for link in store.copies_of(story_of)}
    for article in store.articles():
        link = copies.get(article.id)
        yield {
            "id": article.id,
            "story_id": story_of.get(article.id),
            "outlet": article.outlet,
            "title": article.title,
            "url": article.url,
            "published": _iso(article.published),
            "language": article.language,
            "copy_of": None if link is None else link.copy_of,
            "copy_similarity": None if link is None else round(link.similarity, 4),
            "text": article.text,
        }


def story_rows(store: Store) -> Iterator[Row]:
    """One row per story, most recently seen first."""
    for summary in store.story_summaries():
        yield {
            "id": summary.id,
            "title": summary.title,
            "first_seen": _iso(summary.first_seen),
            "last_seen": _iso(summary.last_seen),
            "articles": summary.articles,
            "outlets": summary.outlets,
        }


def _reconciliations(store: Store) -> Iterator[Reconciliation]:
    """Each reconciled story's reconciliation (stories not reconciled yet are skipped)."""
    for summary in store.story_summaries():
        try:
            yield store.reconciliation(summary.id)
        except NotFound:
            continue


def fact_rows(store: Store) -> Iterator[Row]:
    """One row per fact: status, independent support, sources, origins and conflicts."""
    for reconciliation in _reconciliations(store):
        for fact in reconciliation.facts:
            yield {
                "story_id": reconciliation.story.id,
                "fact_id": fact.id,
                "status": str(fact.status),
                "independent_support": fact.independent_support,
                "sources": len({support.article_id for support in fact.support}),
                "origins": _joined(fact.origins),
                "conflicts": _joined([str(conflict.kind) for conflict in fact.conflicts]),
                "text": fact.text,
            }


def quote_rows(store: Store) -> Iterator[Row]:
    """One row per wording of a quote, with its group, speaker and exact span."""
    for reconciliation in _reconciliations(store):
        for group in reconciliation.quotes:
            for variant in group.variants:
                yield {
                    "story_id": reconciliation.story.id,
                    "quote_id": group.id,
                    "speaker": group.speaker,
                    "identical": group.identical,
                    "article_id": variant.article_id,
                    "start": variant.span.start,
                    "end": variant.span.end,
                    "parts": "; ".join(
                        f"{part.start}-{part.end}" for part in variant.parts or (variant.span,)
                    ),
                    "text": variant.text,
                }


ROWS: dict[ExportKind, Callable[[Store], Iterator[Row]]] = {
    ExportKind.ARTICLES: article_rows,
    ExportKind.STORIES: story_rows,
    ExportKind.FACTS: fact_rows,
    ExportKind.QUOTES: quote_rows,
}


def write_jsonl(rows: Iterator[Row], out: TextIO) -> int:
    """Write rows as JSON Lines; return how many."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[Row], columns: Sequence[str], out: TextIO) -> int:
    """Write rows as CSV with a header line; return how many."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
        count += 1
    return count


def write_parquet(rows: Iterator[Row], columns: Sequence[str], path: Path) -> int:
    """Write rows as a Parquet file (needs the optional ``pyarrow``); return how many.

    Raises:
        MissingDependency: pyarrow is not installed.
    """
    try:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        raise MissingDependency(
            "Parquet export needs pyarrow: pip install 'corrobora[export]'"
        ) from None
    table = list(rows)
    data = {column: [row.get(column) for row in table] for column in columns}
    pq.write_table(pa.table(data), str(path))
    return len(table)


def export(
    store: Store, kind: ExportKind, fmt: ExportFormat, output: Path | None, stdout: TextIO
) -> int:
    """Export one kind of row from ``store``; return how many rows were written.

    Args:
        store: the store to read.
        kind: articles, stories, facts or quotes.
        fmt: jsonl, csv or parquet.
        output: the file to write (required for Parquet); None writes to ``stdout``.
        stdout: where text goes without ``output``.

    Raises:
        ConfigError: Parquet without an output file.
        MissingDependency: Parquet without pyarrow.
        OSError: the output file cannot be written.
    """
    rows = ROWS[kind](store)
    columns = COLUMNS[kind]
    if output is None:
        if fmt is ExportFormat.PARQUET:
            raise ConfigError("Parquet is binary: give the file to write with -o/--output")
        return _write_text(rows, fmt, columns, stdout)
    target = output.resolve() if output.is_symlink() else output
    if target.exists() and not target.is_file() and not target.is_dir():
        return _write_stream(rows, fmt, columns, target)
    # Written beside the target and moved over it at the end: never a partial file. A
    # symbolic link stays one: the file it points to is replaced.
    partial = target.with_name(f".{target.name}.partial")
    try:
        if fmt is ExportFormat.PARQUET:
            count = write_parquet(rows, columns, partial)
        else:
            with partial.open("w", encoding="utf-8", newline="") as out:
                count = _write_text(rows, fmt, columns, out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _write_stream(
    rows: Iterator[Row], fmt: ExportFormat, columns: Sequence[str], target: Path
) -> int:
    """Write into a device or a named pipe as it is: such a file cannot be replaced."""
    if fmt is ExportFormat.PARQUET:
        return write_parquet(rows, columns, target)
    with target.open("w", encoding="utf-8", newline="") as out:
        return _write_text(rows, fmt, columns, out)


def _write_text(rows: Iterator[Row], fmt: ExportFormat, columns: Sequence[str], out: TextIO) -> int:
    if fmt is ExportFormat.JSONL:
        return write_jsonl(rows, out)
    return write_csv(rows, columns, out)

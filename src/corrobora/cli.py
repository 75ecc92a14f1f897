"""The ``corrobora`` command: a thin client of :mod:`corrobora.api`.

Data goes to stdout, progress and messages to stderr. Exit codes: 0 success, 1 failure
(including inputs that could not be read; the others are still processed), 2 bad usage.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from . import __version__, api
from .cli_db import db
from .cli_export import export_command
from .cli_options import (
    CONTEXT_SETTINGS,
    MAX_LIMIT,
    F,
    common_options,
    db_option,
    engine_options,
    engine_spec,
    fetch_choice,
    fetch_options,
    model_option,
    one_line,
    passed_over,
    prepare_models,
    progress_bar,
    run_command,
    run_flags,
    utf8_text,
)
from .cli_search import search
from .cli_serve import serve
from .cli_train import train_pair_encoder_command
from .cli_watch import watch
from .engines import open_engine
from .errors import CorroboraError, IngestError
from .evaluate import ENCODING_TASKS, TASKS, run_task
from .model import AnalyzedArticle
from .report import (
    StoryReport,
    render,
    render_analysis_html,
    render_analysis_json,
    render_analysis_terminal,
    render_story_list,
    render_terminal,
    story_list_json,
)
from .report.evaluation import render_evaluation_json, render_evaluation_terminal
from .settings import Settings, load_settings
from .store import StoryFilter, open_store
from .store.storyquery import parse_time_bound

FORMATS = ("terminal", "md", "json", "html")


def _err(message: str) -> None:
    click.echo(one_line(message), err=True)


def _report_input_errors(errors: Sequence[IngestError]) -> None:
    for error in errors:
        _err(f"Error: {error}")


def report_options(func: F) -> F:
    """Options of the commands that print a story report: its format and an output file."""
    func = click.option("-o", "--output", metavar="FILE", help="Write the report to FILE.")(func)
    func = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True
    )(func)
    return func


def _settings(db: str | None, model: str | None) -> Settings:
    return load_settings(db=db, model=model)


def _emit(reports: Sequence[StoryReport], fmt: str, output: str | None) -> None:
    if fmt == "terminal" and output is None:
        render_terminal(reports, Console())
        return
    _write_or_echo(render(reports, "md" if fmt == "terminal" else fmt), output)


def _write_or_echo(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text)
        return
    try:
        Path(output).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise CorroboraError(f"{output}: cannot write the report ({exc.strerror})") from None


def _record_terminal(analyses: Sequence[AnalyzedArticle]) -> str:
    console = Console(record=True, width=100, file=io.StringIO())
    render_analysis_terminal(analyses, console)
    return console.export_text()


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="corrobora")
def cli() -> None:
    """Reconcile news across sources.

    Group reports of one event into stories and show, for each story, which facts several
    independent sources state, what only one source reports, where sources conflict, how
    each outlet words the same quote, and who credits or copies whom. Every answer points
    to exact characters of the articles.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@report_options
@fetch_options
@engine_options
@common_options
def compare(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    fetch: bool,
    allow_private: bool,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    db: str | None,
    model: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Report on the given articles in one go, without a store unless --db is given.

    With --db the articles are also added to that store and the report covers the
    stories they belong to there.

    \b
    Example:
        corrobora compare a.txt b.html feed.jsonl --format json > report.json
    """
    downloads = fetch_choice(fetch, allow_private)
    spec = engine_spec(engine, workers, scheduler)

    def action() -> int:
        settings = _settings(db, model)
        prepare_models(settings, quiet)
        with open_engine(spec) as runner, progress_bar(quiet) as progress:
            if db is None:
                result = api.compare(
                    inputs, settings, progress=progress, fetch=downloads, engine=runner
                )
                reports, errors = result.reports, list(result.errors)
            else:
                with open_store(settings.db) as store:
                    summary = api.ingest(
                        inputs, store, settings, progress=progress, fetch=downloads, engine=runner
                    )
                    reports = api.reports_for_articles(store, summary.article_ids)
                    errors = summary.errors
        _report_input_errors(errors)
        if not reports:
            if errors:
                return 1
            raise CorroboraError("no article found in the given inputs")
        _emit(reports, fmt, output)
        return 1 if errors else 0

    run_command(debug, action)


@cli.command()
@click.argument("inputs", nargs=-1, required=False, metavar="FILE_OR_DIR...")
@click.option(
    "--regroup",
    is_flag=True,
    help="Group every stored article again in one pass (ids kept where possible; "
    "an id that disappears keeps resolving to the story holding its articles).",
)
@fetch_options
@engine_options
@common_options
def ingest(
    inputs: tuple[str, ...],
    regroup: bool,
    fetch: bool,
    allow_private: bool,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    db: str | None,
    model: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Add articles to the store and update its stories.

    Reads plain text, Markdown, HTML, JSON Lines and JSON files, RSS and Atom feeds
    (.rss, .atom, or .xml when named), WARC archives (.warc, .warc.gz) and folders of
    them recursively, on disk or named by fsspec URLs (s3://, gs://, memory://, ...:
    files, folders or patterns; the file system's package must be installed). With
    --fetch it also downloads URLs given as inputs, the URLs listed in .urls files (one
    per line) and the pages of feed entries without text. Articles already in the store
    are skipped, so running it twice changes nothing.
    Unreadable inputs are reported one per line and the others are still added.
    New articles join the stories they report (or open new ones) as they are stored;
    only the stories that changed are reconciled again.

    \b
    Example:
        corrobora ingest articles/ more.jsonl --db news.db
    """
    if not inputs and not regroup:
        raise click.UsageError("give the files or folders to ingest (or --regroup)")
    downloads = fetch_choice(fetch, allow_private)
    spec = engine_spec(engine, workers, scheduler)

    def action() -> int:
        missing = _all_missing(inputs)
        if missing:
            _report_input_errors(missing)  # nothing to read: no store is created
            return 1
        settings = _settings(db, model)
        prepare_models(settings, quiet)
        with (
            open_engine(spec) as runner,
            open_store(settings.db) as store,
            progress_bar(quiet) as progress,
        ):
            summary = api.ingest(
                inputs,
                store,
                settings,
                progress=progress,
                regroup=regroup,
                fetch=downloads,
                engine=runner,
            )
        _report_input_errors(summary.errors)
        if not quiet:
            _err(
                f"{summary.read} article(s) read, {summary.added} added, "
                f"{summary.already_stored} already stored, {len(summary.errors)} input "
                f"error(s); {summary.stories} stories in {settings.db}"
            )
            if passed := passed_over(summary.skipped):
                _err(f"passed over (not articles): {passed}")
        return 1 if summary.errors else 0

    run_command(debug, action)


def _all_missing(inputs: Sequence[str]) -> list[IngestError]:
    """One error per input when every input is a local path that does not exist, else none.

    An ingest that can read nothing must not leave an empty store behind.
    """
    if not inputs or any("://" in item or Path(item).exists() for item in inputs):
        return []
    return [IngestError(item, "no such file or directory") for item in inputs]


class _TimeBound(click.ParamType[datetime, Any]):
    """A --since/--until value: a date, or a date and time; without offset it is UTC."""

    name = "DATE"

    def __init__(self, *, end_of_day: bool) -> None:
        self._end_of_day = end_of_day

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return parse_time_bound(str(value), end_of_day=self._end_of_day)
        except ValueError as error:
            self.fail(str(error), param, ctx)


@cli.command()
@click.option(
    "--since",
    type=_TimeBound(end_of_day=False),
    default=None,
    help="Only stories seen at or after DATE (UTC unless it has an offset).",
)
@click.option(
    "--until",
    type=_TimeBound(end_of_day=True),
    default=None,
    help="Only stories seen at or before DATE; a date alone means the end of that day.",
)
@click.option(
    "--outlet",
    "outlets",
    metavar="NAME",
    multiple=True,
    callback=utf8_text,
    help="Only stories with an article from outlet NAME (any case); repeatable.",
)
@click.option(
    "--query",
    metavar="TEXT",
    default=None,
    callback=utf8_text,
    help="Only stories whose titles or article texts contain every word of TEXT (any case).",
)
@click.option(
    "--limit",
    metavar="N",
    type=click.IntRange(1, MAX_LIMIT),
    default=None,
    help="Show at most N stories.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
@db_option
@run_flags
def stories(
    since: datetime | None,
    until: datetime | None,
    outlets: tuple[str, ...],
    query: str | None,
    limit: int | None,
    fmt: str,
    db: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """List the stories in the store, most recent first.

    Filters combine: a story is listed when it meets all of them. --since and --until
    keep stories whose first-to-last publication period overlaps the range given
    (undated stories are then left out).

    \b
    Example:
        corrobora stories --db news.db --since 2025-03-01 --outlet Reuters --format json
    """
    if since is not None and until is not None and since > until:
        raise click.UsageError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}: no story can match"
        )
    story_filter = StoryFilter(since=since, until=until, outlets=outlets, query=query, limit=limit)

    def action() -> int:
        settings = _settings(db, None)
        with open_store(settings.db, read_only=True, create=False) as store:
            summaries = api.story_summaries(store, story_filter)
        if fmt == "json":
            click.echo(json.dumps(story_list_json(summaries), indent=2, ensure_ascii=False))
        elif not summaries and story_filter.selective:
            Console().print(Text("No stories match the given filters.", style="dim"))
        else:
            render_story_list(summaries, Console())
        return 0

    run_command(debug, action)


@cli.command()
@click.argument("story_id", required=False, callback=utf8_text)
@click.option("--all", "show_all", is_flag=True, help="Show every story in the store.")
@report_options
@db_option
@run_flags
def show(
    story_id: str | None,
    show_all: bool,
    fmt: str,
    output: str | None,
    db: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Show the reconciled report of one story (or of all with --all).

    STORY_ID may be a unique prefix of at least four characters of a story id.

    \b
    Example:
        corrobora show 3f2a --db news.db --format html -o story.html
    """
    if (story_id is None) == (not show_all):
        raise click.UsageError("give a STORY_ID or --all (not both)")

    def action() -> int:
        settings = _settings(db, None)
        with open_store(settings.db, read_only=True, create=False) as store:
            ids = [story_id] if story_id is not None else [s.id for s in api.story_summaries(store)]
            reports = [api.story_report(store, i) for i in ids]
        _emit(reports, fmt, output)
        return 0

    run_command(debug, action)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json", "html")),
    default="terminal",
    show_default=True,
)
@click.option("-o", "--output", metavar="FILE", help="Write the result to FILE.")
@fetch_options
@engine_options
@model_option
@run_flags
def analyze(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    fetch: bool,
    allow_private: bool,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    model: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Show everything the analysis finds in each article, with character offsets.

    Sentences, entities with canonical keys, quotes with speaker and cue, attributions
    with the kind of source, and claims with numbers, dates, negation, modality and
    attribution. Offsets count characters of the article text as corrobora reads it:
    for a .txt file without header lines and for a JSON Lines "text" field, offset 0 is
    the first character of the text as given; for a .txt file with header lines, the
    first character of the body after them. Nothing is stored.

    \b
    Example:
        corrobora analyze article.txt --format html -o article.html
    """
    downloads = fetch_choice(fetch, allow_private)
    spec = engine_spec(engine, workers, scheduler)

    def action() -> int:
        settings = _settings(None, model)
        with open_engine(spec) as runner, progress_bar(quiet) as progress:
            analyses, errors = api.analyze_files(
                inputs, settings, progress=progress, fetch=downloads, engine=runner
            )
        _report_input_errors(errors)
        if not analyses:
            if errors:
                return 1
            raise CorroboraError("no article found in the given inputs")
        if fmt == "terminal" and output is None:
            render_analysis_terminal(analyses, Console())
        else:
            text = (
                render_analysis_json(analyses)
                if fmt == "json"
                else render_analysis_html(analyses)
                if fmt == "html"
                else _record_terminal(analyses)
            )
            _write_or_echo(text, output)
        return 1 if errors else 0

    run_command(debug, action)


@cli.command()
@click.argument("task", type=click.Choice(TASKS))
@click.option(
    "--data",
    "data",
    required=True,
    metavar="PATH",
    type=click.Path(path_type=Path),
    help="Annotated data in the task's format (a file or a folder).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--topics",
    metavar="LIST",
    default=None,
    help="stories, claims: comma-separated topic folders to use (default: all).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="quotes, attributions, pairs: score only the first N documents or pairs.",
)
@click.option(
    "--mentions",
    metavar="FILE",
    default=None,
    type=click.Path(path_type=Path),
    help="claims: the gold event mentions (a JSON list, as ECB+'s cybulska_setup has).",
)
@model_option
@run_flags
def evaluate(
    task: str,
    data: Path,
    as_json: bool,
    topics: str | None,
    limit: int | None,
    mentions: Path | None,
    model: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Score corrobora against annotated data: precision, recall, F1 and their counts.

    \b
    Tasks and formats:
      stories       ECB+-style XML folders; gold story = topic and ecb/ecbplus
                    subtopic; B-cubed at story and topic level.
      copies        JSON Lines of articles with "id" and a gold "copy_of".
      quotes        brat standoff (.txt + .ann with Source/Cue/Content, PolNeAR
                    style): direct-quote content spans and speakers.
      attributions  the same format: every attribution, matched on its content.
      pairs         MRPC-style TSV (label, id, id, sentence, sentence): same-claim
                    accuracy/F1 and the number/date conflict flag.
      claims        ECB+ XML folders and --mentions (gold event mentions): the
                    grouping of event sentences into facts and into events.
    The matching rules of each task are printed with its result and described in
    docs/evaluate.md. Malformed records are listed (file and line) and the rest is
    still scored.

    \b
    Example:
        corrobora evaluate pairs --data ../shared/data/mrpc/msr_paraphrase_train.txt
    """

    def action() -> int:
        settings = _settings(None, model)
        if task in ENCODING_TASKS:
            prepare_models(settings, quiet)
        options: dict[str, Any] = {}
        if topics:
            options["topics"] = [t.strip() for t in topics.split(",") if t.strip()]
        if limit:
            options["limit"] = limit
        if mentions is not None:
            options["mentions"] = mentions
        with progress_bar(quiet) as progress:
            result = run_task(task, data, settings, options, progress=progress)
        if as_json:
            click.echo(render_evaluation_json(result))
        else:
            render_evaluation_terminal(result, Console())
        return 0

    run_command(debug, action)


cli.add_command(serve)
cli.add_command(db)
cli.add_command(search)
cli.add_command(watch)
cli.add_command(export_command)
cli.add_command(train_pair_encoder_command)


def main() -> None:
    """Entry point of the ``corrobora`` script."""
    cli(prog_name="corrobora")

"""End to end: a news-crawl WARC.gz through ``corrobora ingest``'s own code path, stage by stage.

Builds (once, cached in the temp dir) a WARC.gz laid out like Common Crawl's news crawl
(warcinfo, then request and response records per page, one gzip member per record; 3% of
the responses are redirects or errors) from real text under ``../shared/data``,
recombined:

- **events** come from the ECB+ stories (several real reports of one event by different
  outlets; a report keeps one document's sentences, grouped into paragraphs, and may
  borrow a paragraph from another report of the event when it is long) and from PolNeAR
  articles (one report, and for 30% of them a second outlet's version cut to its first
  half); an ECB+ event seen again later is reported with three quarters of its
  paragraphs;
- **paraphrases**: with some reports an MRPC sentence pair is split, one sentence in
  each of two reports of the event;
- **near-duplicate copies**: about 10% of the articles are wire reprints of an earlier
  report on another outlet (another headline, the text trimmed from the bottom, a credit
  line added: one to three of these edits); each article records the real document its
  text comes from, which ``benchmarks/peers.py`` takes as the truth of near-duplicates;
- **pages** wrap each report in one of four outlet layouts (navigation, breadcrumbs,
  share bars, advertisements and read-more teasers inside the text, captions, related
  links, reader comments, newsletter box, footer, scripts), with an outlet name, a title,
  a byline and a date (visible, and in ``<meta>`` or JSON-LD for most pages), over 42
  outlets and a year of dates per 10,000 articles (ten years at 100,000).

Then, in a fresh process (so the peak memory is the run's alone), it runs
:func:`corrobora.api.ingest` with a new SQLite store and the local engine, exactly as
``corrobora ingest FILE.warc.gz`` does, and times each stage by wrapping the functions
``api.ingest`` calls: reading and HTML extraction, the per-article analysis, store
writes, story grouping (``add_to_stories``) and reconciliation (``reconcile_stale``).
The inputs are read as the analysis asks for them, so a stage's time excludes the stages
running inside it (reading inside the analysis). With several workers the CPU columns
count the driver only; the wall columns are what the run took. The first configuration
aligns claims on words only (no sentence embeddings); the second uses the packaged
sentence-embedding model, when installed, at 10,000 articles or less
(``--no-embeddings`` and ``--embeddings-only`` run one of them). Every 1,000 stored
articles the run prints a progress line to stderr (articles, seconds, the driver's and
the workers' resident memory), so a long run shows how it scales while it goes.

    .venv/bin/python benchmarks/end_to_end.py [--articles 10000] [--workers 1]
        [--seed 7] [--no-embeddings | --embeddings-only] [--cache DIR] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
ECBPLUS = DATA / "ecbplus" / "raw_xml"
POLNEAR = DATA / "polnear"
MRPC = DATA / "mrpc" / "msr_paraphrase_train.txt"
FORMAT_VERSION = 3  # bump when the generated corpus changes, so caches are rebuilt

GOAL_WORDS = 200.0
GOAL_EMBEDDINGS = 50.0

SECTIONS = ("World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Opinion")
OUTLETS = [
    (f"{name} {kind}", f"www.{name.lower()}{kind.lower()}.example")
    for name in ("Harbour", "Valley", "Summit", "Lakeside", "Capital", "Northern", "Meridian")
    for kind in ("Times", "Post", "Herald", "Daily", "Courier", "Ledger")
]
REPORTERS = ("Ana Ruiz", "Tom Okafor", "Mei Lin", "Jonas Berg", "Priya Nair", "Sam Cole")
CREDITS = (
    "This article first appeared in {outlet}.",
    "Reporting by {reporter}; editing by the {outlet} news desk.",
    "Copyright {outlet}. Reproduced with permission.",
)
START = datetime(2015, 1, 5, 6, 0, tzinfo=UTC)
# Dates span a year per 10,000 articles (at least one year), so an event is reported
# again about as often at every corpus size: a larger corpus is a longer archive, not
# a denser one in which the same ECB+ stories would recur every day.
ARTICLES_PER_YEAR = 10_000


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class Sources:
    """The real texts the corpus is recombined from."""

    # ECB+ story -> documents (name, sentences with the title first)
    stories: dict[str, list[tuple[str, list[str]]]]
    polnear: list[tuple[str, list[str]]]  # PolNeAR articles (name, paragraphs, title first)
    pairs: list[tuple[str, str]]  # MRPC sentence pairs from two outlets


class Distinct:
    """Keeps texts that share no run of 12 words with a text kept before.

    Both corpora hold republished wire stories; dropping them keeps the only
    near-duplicates of the generated corpus those it makes on purpose.
    """

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def keep(self, lines: list[str]) -> bool:
        words = re.findall(r"\w+", " ".join(lines).lower())
        grams = {hash(tuple(words[i : i + 12])) for i in range(max(0, len(words) - 11))}
        if grams & self.seen:
            return False
        self.seen |= grams
        return True


def load_sources() -> Sources:
    from corrobora.evaluate.ecbplus import read_ecbplus

    stories: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    distinct = Distinct()
    for document in read_ecbplus(ECBPLUS).documents:
        lines = [line.strip() for line in document.article.text.split("\n") if line.strip()]
        lines = [line for line in lines if not re.match(r"^https?://", line)]
        if len(lines) >= 4 and distinct.keep(lines[1:]):
            stories[document.story].append((f"ecb+/{document.name}", lines))
    polnear: dict[str, list[str]] = {}
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
        paragraphs = [" ".join(p.split()) for p in paragraphs if p.strip()]
        if len(paragraphs) >= 4 and path.name not in polnear and distinct.keep(paragraphs[1:]):
            polnear[path.name] = paragraphs
    pairs = []
    with MRPC.open(encoding="utf-8-sig") as rows:
        next(rows)
        for row in rows:
            fields = row.rstrip("\n").split("\t")
            if len(fields) == 5 and fields[0] == "1":
                pairs.append((fields[3], fields[4]))
    return Sources(dict(stories), [(f"polnear/{k}", polnear[k]) for k in sorted(polnear)], pairs)


# ---------------------------------------------------------------- the plan of the corpus


@dataclass(frozen=True)
class Spec:
    """One article to write: where it appears, when, and its true text."""

    number: int
    event: int
    outlet: str
    host: str
    section: str
    published: datetime
    title: str
    paragraphs: tuple[str, ...]
    source: str = ""  # the real document the text comes from
    copy_of: int | None = None
    layout: int = 0

    @property
    def url(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.title.lower())[:60].strip("-")
        return f"https://{self.host}/{self.section.lower()}/{self.number}-{slug}"

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def paragraphs_of(sentences: list[str], rng: random.Random) -> list[str]:
    """Group ECB+ sentences (one per line) into paragraphs of one to three sentences."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.choice((1, 2, 2, 3))
        out.append(" ".join(sentences[i : i + size]))
        i += size
    return out


def plan(sources: Sources, n: int, seed: int) -> list[Spec]:
    """The articles of the corpus, in publication order, with their copies marked."""
    rng = random.Random(seed)
    story_names = sorted(sources.stories)
    specs: list[Spec] = []
    uses: Counter[str] = Counter()
    event = 0
    span = 365.0 * max(1.0, n / ARTICLES_PER_YEAR)
    while len(specs) < n:
        day = START + timedelta(days=rng.uniform(0, span))
        reports: list[tuple[str, str, list[str]]] = []
        if rng.random() < 0.6:
            name = rng.choice(story_names)
            documents = list(sources.stories[name])
            rng.shuffle(documents)
            reuse = uses[name] > 0
            uses[name] += 1
            for source, document in documents[: rng.randint(2, min(7, len(documents)))]:
                paragraphs = paragraphs_of(document[1:], rng)
                if reuse and len(paragraphs) > 3:
                    keep = sorted(rng.sample(range(len(paragraphs)), k=len(paragraphs) * 3 // 4))
                    paragraphs = [paragraphs[i] for i in keep]
                other = rng.choice(documents)[1]
                # borrowed only into longer reports, which it leaves no copy of another
                if other is not document and len(paragraphs) >= 6 and rng.random() < 0.4:
                    borrowed = paragraphs_of(other[1:], rng)
                    paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(borrowed))
                reports.append((source, document[0], paragraphs))
        else:
            source, article = rng.choice(sources.polnear)
            title, paragraphs = article[0], article[1:]
            reports.append((source, title, paragraphs[:40]))
            if rng.random() < 0.3:  # a second outlet's shorter version: a trimmed copy
                shorter = paragraphs[: max(3, len(paragraphs) // 2)]
                reports.append((source, title, shorter))
        if len(reports) >= 2 and rng.random() < 0.3:
            first, second = rng.choice(sources.pairs)
            for (_, _, paragraphs), sentence in zip(reports[:2], (first, second), strict=True):
                paragraphs.insert(rng.randint(1, len(paragraphs)), sentence)
        for source, title, paragraphs in reports:
            if len(specs) >= n:
                break
            outlet, host = rng.choice(OUTLETS)
            specs.append(
                Spec(
                    number=len(specs),
                    event=event,
                    outlet=outlet,
                    host=host,
                    section=rng.choice(SECTIONS),
                    published=(day + timedelta(hours=rng.uniform(0, 36))).replace(microsecond=0),
                    title=title,
                    paragraphs=tuple(paragraphs),
                    source=source,
                    layout=rng.randrange(4),
                )
            )
            if rng.random() < 0.11 and len(specs) < n:
                specs.append(reprint(specs[-1], len(specs), rng))
        event += 1
    specs.sort(key=lambda s: (s.published, s.number))
    renumber = {s.number: i for i, s in enumerate(specs)}
    return [
        Spec(
            renumber[s.number],
            s.event,
            s.outlet,
            s.host,
            s.section,
            s.published,
            s.title,
            s.paragraphs,
            s.source,
            None if s.copy_of is None else renumber[s.copy_of],
            s.layout,
        )
        for s in specs
    ]


def reprint(original: Spec, number: int, rng: random.Random) -> Spec:
    """A wire reprint of ``original`` on another outlet, with one to three edits."""
    outlet, host = rng.choice([o for o in OUTLETS if o[0] != original.outlet])
    title = original.title
    paragraphs = list(original.paragraphs)
    edits = rng.sample(("headline", "trim", "credit"), k=rng.randint(1, 3))
    if "headline" in edits:
        title = rng.choice(("UPDATE: ", "Wire: ", "")) + title.rstrip(".") + " - report"
    if "trim" in edits and len(paragraphs) > 4:
        paragraphs = paragraphs[: len(paragraphs) - rng.randint(1, len(paragraphs) // 3)]
    if "credit" in edits:
        credit = rng.choice(CREDITS)
        paragraphs.append(credit.format(outlet=original.outlet, reporter=rng.choice(REPORTERS)))
    return Spec(
        number=number,
        event=original.event,
        outlet=outlet,
        host=host,
        section=original.section,
        published=(original.published + timedelta(hours=rng.uniform(1, 24))).replace(microsecond=0),
        title=title,
        paragraphs=tuple(paragraphs),
        source=original.source,
        copy_of=original.number,
        layout=rng.randrange(4),
    )


# ---------------------------------------------------------------- pages


def script(rng: random.Random) -> str:
    """Inline JavaScript of the kind news pages carry (ad slots, analytics state)."""
    parts = []
    for _ in range(rng.randint(15, 50)):
        key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        parts.append(
            f'window.__ad_{key}={{"slot":"/{rng.randint(1000, 9999)}/news/{key}",'
            f'"sizes":[[300,250],[728,90]],"lazy":{str(rng.random() < 0.5).lower()}}};'
        )
    return "\n".join(parts)


def render(spec: Spec, related: list[str], comments: list[str], seed: int) -> str:
    """The page of one article, in its outlet's layout."""
    rng = random.Random(seed * 1_000_003 + spec.number)
    esc = html.escape
    stamp = spec.published.isoformat()
    shown = spec.published.strftime("%B %d, %Y %H:%M UTC")
    reporter = rng.choice(REPORTERS)
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    head = [f"<title>{esc(spec.title)} | {spec.outlet}</title>"]
    head.append(f'<meta property="og:site_name" content="{spec.outlet}">')
    if rng.random() < 0.5:
        head.append(f'<meta property="article:published_time" content="{stamp}">')
    elif rng.random() < 0.8:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": spec.title,
            "datePublished": stamp,
            "author": {"@type": "Person", "name": reporter},
            "publisher": {"@type": "Organization", "name": spec.outlet},
        }
        head.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    head.append(f'<link rel="canonical" href="{spec.url}"><script>{script(rng)}</script>')
    head.append("<style>body{font-family:Georgia,serif}.ad{min-height:250px}</style>")
    links = "".join(
        f'<li><a href="/story/{rng.randint(1, 10**6)}">{esc(r)}</a></li>' for r in related
    )
    paragraphs = [esc(p) for p in spec.paragraphs]
    teaser = f'Read more: <a href="/story/{rng.randint(1, 10**6)}">{esc(related[0])}</a>'
    byline = f"By {reporter} | {shown}"
    if spec.layout == 0:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        main = (
            f'<article><h1>{esc(spec.title)}</h1><p class="byline">{byline}</p>{body}</article>'
            f'<aside class="related"><h2>Most read</h2><ul>{links}</ul></aside>'
        )
    elif spec.layout == 1:
        parts = []
        for i, p in enumerate(paragraphs):
            parts.append(f"<p>{p}</p>")
            if i == 1:
                parts.append('<div class="ad">Advertisement</div>')
            if i == 3:
                parts.append(f'<p class="teaser"><strong>{teaser}</strong></p>')
        main = (
            f'<div class="crumbs"><a href="/">Home</a> &gt; {spec.section}</div>'
            f'<h1 class="headline">{esc(spec.title)}</h1><div class="meta"><span>{reporter}'
            f'</span><time datetime="{stamp}">{shown}</time></div>'
            f'<div class="story-body" itemprop="articleBody">{"".join(parts)}</div>'
            f'<div class="related"><h3>Related stories</h3><ul>{links}</ul></div>'
        )
    elif spec.layout == 2:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        main = (
            f'<main><section class="content"><h1>{esc(spec.title)}</h1>'
            f'<ul class="share"><li>Facebook</li><li>Twitter</li><li>Email</li></ul>'
            f'<p class="date">{shown}</p><figure><img src="/img/{spec.number}.jpg" alt="">'
            f"<figcaption>Photo: {spec.outlet} staff</figcaption></figure>"
            f'<div class="text">{body}</div></section>'
            f'<section class="more"><h2>More from {spec.section}</h2><ul>{links}</ul></section>'
            "</main>"
        )
    else:
        posts = "".join(
            f'<div class="comment"><b>reader{rng.randint(1, 999)}</b><p>{esc(c)}</p></div>'
            for c in comments
        )
        main = (
            f'<div id="content"><h2 class="title">{esc(spec.title)}</h2>'
            f'<div class="posted">Posted {shown} by {reporter}</div><div class="entry">'
            + "<br><br>".join(paragraphs)
            + f'</div><div class="ad">Advertisement</div></div><div id="comments">'
            f"<h3>{len(comments)} comments</h3>{posts}</div>"
            f'<div id="sidebar"><h3>Popular</h3><ul>{links}</ul></div>'
        )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{"".join(head)}</head>'
        f'<body><header><div class="logo">{spec.outlet}</div><nav><ul>{nav}</ul></nav>'
        '<form><input name="q" placeholder="Search"></form></header>'
        f"{main}"
        '<div class="newsletter">Sign up for our newsletter to get the top stories every '
        "morning.</div>"
        f'<footer><p>Copyright {spec.outlet}. All rights reserved.</p><p><a href="/about">'
        'About us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>'
        f"<script>{script(rng)}</script></body></html>"
    )


def pages(specs: list[Spec], sources: Sources, seed: int) -> Iterator[tuple[Spec, str]]:
    """Each article with its page; related links and comments are other real texts."""
    rng = random.Random(seed + 1)
    headlines = [s.title for s in specs]
    for spec in specs:
        related = rng.sample(headlines, 6)
        comments = [rng.choice(sources.pairs)[0] for _ in range(rng.randint(1, 3))]
        yield spec, render(spec, related, comments, seed)


# ---------------------------------------------------------------- the WARC file


def warc_record(kind: str, block: bytes, uri: str | None, date: datetime, ctype: str) -> bytes:
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Date: {date.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {ctype}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_block(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
    return (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def build_warc(path: Path, n: int, seed: int) -> dict[str, Any]:
    """Write the WARC.gz of ``n`` articles; return what it holds."""
    sources = load_sources()
    specs = plan(sources, n, seed)
    rng = random.Random(seed + 2)
    counts: Counter[str] = Counter()
    partial = path.with_suffix(".partial")
    with partial.open("wb") as out:

        def write(record: bytes) -> None:
            out.write(gzip.compress(record, compresslevel=6, mtime=0))

        info = b"software: corrobora end-to-end benchmark\r\nformat: WARC File Format 1.0\r\n"
        write(warc_record("warcinfo", info, None, START, "application/warc-fields"))
        for spec, markup in pages(specs, sources, seed):
            fetched = spec.published + timedelta(minutes=rng.randint(5, 600))
            request = f"GET {spec.url} HTTP/1.1\r\nHost: {spec.host}\r\n\r\n".encode()
            write(warc_record("request", request, spec.url, fetched, "application/http"))
            if rng.random() < 0.03:
                status = rng.choice(("301 Moved Permanently", "404 Not Found"))
                block = http_block(status, b"<html><body>Moved or missing</body></html>")
                counts["not 200"] += 1
            else:
                block = http_block("200 OK", markup.encode("utf-8"))
                counts["pages"] += 1
                counts["copies"] += spec.copy_of is not None
                counts["html_bytes"] += len(block)
            kind = "application/http; msgtype=response"
            write(warc_record("response", block, spec.url, fetched, kind))
    partial.rename(path)
    counts["events"] = len({s.event for s in specs})
    return dict(counts)


def cached_warc(n: int, seed: int, cache: Path) -> tuple[Path, dict[str, Any]]:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"e2e-v{FORMAT_VERSION}-{n}-{seed}.warc.gz"
    about = path.with_suffix(".json")
    if path.exists() and about.exists():
        return path, json.loads(about.read_text())
    print(f"building {path} ({n:,} articles)...", flush=True)
    start = time.perf_counter()
    counts = build_warc(path, n, seed)
    counts["build_seconds"] = time.perf_counter() - start
    about.write_text(json.dumps(counts))
    return path, counts


# ---------------------------------------------------------------- measuring (in a child)


class Clock:
    """Wall and CPU seconds spent in each stage, exclusive of the stages nested inside it.

    Reading runs inside the analysis (the inputs are read as the analysis asks for
    them), and store lookups inside reading: time is charged to the innermost stage.
    """

    def __init__(self) -> None:
        self.wall: Counter[str] = Counter()
        self.cpu: Counter[str] = Counter()
        self._active: list[list[Any]] = []  # [stage, wall start, cpu start], innermost last

    def _charge(self) -> None:
        if self._active:
            stage, wall, cpu = self._active[-1]
            self.wall[stage] += time.perf_counter() - wall
            self.cpu[stage] += time.process_time() - cpu

    def _enter(self, stage: str) -> None:
        self._charge()
        self._active.append([stage, time.perf_counter(), time.process_time()])

    def _leave(self) -> None:
        self._charge()
        self._active.pop()
        if self._active:
            self._active[-1][1:] = [time.perf_counter(), time.process_time()]

    def call(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._enter(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self._leave()

        return timed

    def each(self, stage: str, items: Iterator[Any]) -> Iterator[Any]:
        """Pass ``items`` on, counting the time spent producing each as ``stage``."""
        while True:
            self._enter(stage)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self._leave()
            yield item


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss counts the parent's before exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | str = "self") -> float:
    """A process's resident memory now (VmRSS), 0 when it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker_pids() -> list[int]:
    """The processes this one started (the local engine's workers), from /proc."""
    me, pids = os.getpid(), []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == me:
            pids.append(int(stat.parent.name))
    return pids


class ProgressLines:
    """Prints a line to stderr each ``every`` stored articles: rate and memory so far."""

    def __init__(self, every: int = 1_000) -> None:
        self.every = every
        self.stored = 0
        self.start = time.perf_counter()
        self.next_line = every

    def count(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(analyses: Any) -> Any:
            result = function(analyses)
            self.stored += len(analyses)
            if self.stored >= self.next_line:
                self.next_line = (self.stored // self.every + 1) * self.every
                seconds = time.perf_counter() - self.start
                workers = [rss_mb(pid) for pid in worker_pids()]
                biggest = f", largest worker {max(workers):.0f} MB" if workers else ""
                print(
                    f"progress: {self.stored:,} articles stored, {seconds:,.0f} s "
                    f"({self.stored / seconds:.1f} per s), driver {rss_mb():.0f} MB{biggest}",
                    file=sys.stderr,
                    flush=True,
                )
            return result

        return counted


def child(warc: Path, embeddings: str, workers: int, db: Path) -> None:
    import logging
    from dataclasses import replace

    from corrobora import api
    from corrobora.align.embeddings import load_encoder
    from corrobora.engines import EngineSpec, open_engine
    from corrobora.settings import load_settings
    from corrobora.store import open_store

    logging.disable(logging.CRITICAL)  # trafilatura's complaints about odd markup
    settings = load_settings(env={}, db=str(db))
    settings = replace(settings, reconcile=replace(settings.reconcile, embeddings=embeddings))
    encoder = load_encoder(embeddings)  # loaded here, so not timed as a stage
    load_encoder(embeddings, exact=True)
    clock = Clock()
    fresh = api._fresh_articles
    api._fresh_articles = lambda *a, **k: clock.each("read + extract HTML", fresh(*a, **k))
    analyze = api._analyze_with_views
    api._analyze_with_views = lambda *a, **k: clock.each("analysis", analyze(*a, **k))
    api.add_to_stories = clock.call("story grouping", api.add_to_stories)
    api.reconcile_stale = clock.call("reconciliation", api.reconcile_stale)
    start_mb = peak_mb()
    with open_engine(EngineSpec("local", workers=workers)) as engine, open_store(str(db)) as store:
        progress = ProgressLines()
        store.add_analyses = progress.count(clock.call("store write", store.add_analyses))
        wall, cpu = time.perf_counter(), time.process_time()
        summary = api.ingest([warc], store, settings, engine=engine)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "read": summary.read,
        "added": summary.added,
        "stories": summary.stories,
        "errors": len(summary.errors),
        "embeddings": encoder is not None,
        "wall": dict(clock.wall),
        "cpu": dict(clock.cpu),
        "total_wall": wall,
        "total_cpu": cpu,
        "start_mb": start_mb,
        "peak_mb": peak_mb(),
        "workers_peak_mb": children if workers > 1 else None,
    }
    print(json.dumps(result))


def measure(warc: Path, embeddings: str, workers: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="corrobora-e2e-") as folder:
        db = Path(folder) / "bench.db"
        command = [
            sys.executable,
            __file__,
            "--child",
            str(warc),
            embeddings,
            str(workers),
            str(db),
        ]
        # stderr passes through: the child's progress lines, and its errors if it fails
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the run with embeddings={embeddings} failed (its errors are above)")
    return json.loads(done.stdout.strip().splitlines()[-1])


STAGES = ("read + extract HTML", "analysis", "store write", "story grouping", "reconciliation")


def show(label: str, result: dict[str, Any], goal: float) -> None:
    articles = result["read"]
    print(
        f"\n{label}: {articles:,} articles read, {result['added']:,} added, "
        f"{result['stories']:,} stories, {result['errors']} input errors"
    )
    header = f"{'stage':<22}{'wall s':>9}{'articles/s':>12}{'CPU s':>9}{'per CPU s':>11}"
    print(header)
    print("-" * len(header))
    for stage in (*STAGES, "other"):
        if stage == "other":
            wall = result["total_wall"] - sum(result["wall"].values())
            cpu = result["total_cpu"] - sum(result["cpu"].values())
        else:
            wall, cpu = result["wall"].get(stage, 0.0), result["cpu"].get(stage, 0.0)
        rate = f"{articles / wall:,.0f}" if wall > 0 else "-"
        per_cpu = f"{articles / cpu:,.0f}" if cpu > 0 else "-"
        print(f"{stage:<22}{wall:>9.1f}{rate:>12}{cpu:>9.1f}{per_cpu:>11}")
    rate = articles / result["total_wall"]
    per_cpu = articles / result["total_cpu"]
    print("-" * len(header))
    print(
        f"{'end to end':<22}{result['total_wall']:>9.1f}{rate:>12,.1f}"
        f"{result['total_cpu']:>9.1f}{per_cpu:>11,.1f}"
    )
    verdict = "met" if rate >= goal else "NOT met"
    print(f"goal >= {goal:.0f} articles/s end to end: {verdict} ({rate:.1f} wall)")
    workers = result.get("workers_peak_mb")
    extra = f", largest worker {workers:.0f} MB" if workers else ""
    print(
        f"peak RSS of the process {result['peak_mb']:.0f} MB (after imports "
        f"{result['start_mb']:.0f} MB){extra}"
    )


def main() -> None:
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), Path(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the WARC")
    parser.add_argument("--workers", type=int, default=1, help="local engine processes")
    parser.add_argument("--seed", type=int, default=7)
    runs = parser.add_mutually_exclusive_group()
    runs.add_argument("--no-embeddings", action="store_true", help="words-only run only")
    runs.add_argument("--embeddings-only", action="store_true", help="run with embeddings only")
    parser.add_argument("--embeddings-limit", type=int, default=10_000, metavar="N")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "corrobora-bench"
    )
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    args = parser.parse_args()
    for needed in (ECBPLUS, POLNEAR, MRPC):
        if not needed.exists():
            raise SystemExit(f"{needed} is missing: this benchmark needs ../shared/data")
    warc, counts = cached_warc(args.articles, args.seed, args.cache)
    size = warc.stat().st_size / 1e6
    print(
        f"{warc} ({size:,.0f} MB): {counts['pages']:,} HTML pages "
        f"({counts['html_bytes'] / 1e6:,.0f} MB), {counts['copies']:,} near-duplicate copies, "
        f"{counts['events']:,} events, {counts['not 200']} redirects/errors"
    )
    print(
        f"local engine, {args.workers} process(es); {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f} at start (shared machine: see the CPU columns)"
    )
    if args.workers > 1:
        print(
            "CPU columns count this process only, not the worker processes, which build the "
            "pages (HTML extraction), analyze the articles and reconcile the stories"
        )
    results = {}
    if not args.embeddings_only:
        results["words"] = measure(warc, "none", args.workers)
        show("words only (no sentence embeddings)", results["words"], GOAL_WORDS)
    if not args.no_embeddings:
        if args.articles > args.embeddings_limit:
            print(f"\nwith embeddings: skipped above {args.embeddings_limit:,} articles")
        else:
            results["embeddings"] = measure(warc, "auto", args.workers)
            if results["embeddings"]["embeddings"]:
                show("with sentence embeddings", results["embeddings"], GOAL_EMBEDDINGS)
            else:
                print("\nwith embeddings: skipped (no sentence-embedding model installed)")
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()

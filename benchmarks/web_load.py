"""Load test of ``corrobora serve``: 50 concurrent clients for 30 s on loopback.

The store (unless ``--db`` gives one) holds at least ``--articles`` articles, made
cheaply: the demo corpus (examples/corpus, 19 articles about five events) is analyzed
once, then its analyses are replicated with new article and claim ids, each replica
published ``--gap-days`` later than the previous one (beyond the clustering window, so
every replica forms its own stories), and the stored articles are grouped and
reconciled by the library (``api.rebuild_stories``, words-only alignment). The texts
repeat, so search and clustering see the same words many times over; the per-story
work of the pages (one reconciliation and its articles) is the real one.

The server runs in a subprocess (``python -m corrobora serve --workers N``). The load
comes from ``wrk`` (Debian package ``wrk``) when it is installed: a C client that uses
little CPU, so the server keeps the machine's cores. Each kind of request gets its own
run with every client asking for it: random story pages, random story documents
(``/api/stories/ID``), listing pages (``/api/stories?page=N``, N up to 20); each client
sends its next request as soon as the previous answer arrives. Without ``wrk`` (or with
``--client python``) one asyncio loop of httpx requests does the same in this process;
it shares the cores with the server, so its figures are pessimistic. Both clients ask
for gzip, as browsers do. Printed: requests,
errors and p50/p95/max latency per kind. A first, shorter run asks only for a small
static file (``--baseline`` seconds): what the machine, the server stack and the client
manage with no corrobora work at all.

Everything runs twice (``--cache both``): with cold page caches, which fill during the
run (``serve --no-warm``: most story pages are rendered on request), and with
``serve --warm`` (the default), measured
once every worker has rendered the pages of its stories.

    .venv/bin/python benchmarks/web_load.py [--db store.db] [--clients 50] [--seconds 30]
        [--workers 2] [--client auto|wrk|python] [--sweep 10,25] [--cache cold|warm|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

import httpx

from corrobora import api
from corrobora.model import AnalyzedArticle
from corrobora.serialize import from_jsonable, to_jsonable
from corrobora.settings import ReconcileParams, Settings
from corrobora.store import open_store
from corrobora.text import stable_id

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
GOAL_P95_MS = 150.0


def replica(analysis: AnalyzedArticle, copy: int, gap: timedelta) -> AnalyzedArticle:
    """The analysis with new article and claim ids, published ``copy * gap`` later."""
    old = analysis.article.id
    new = stable_id(old, f"replica-{copy}")
    text = json.dumps(to_jsonable(analysis))
    for claim in analysis.claims:
        text = text.replace(claim.id, stable_id(new, str(claim.span.start), str(claim.span.end)))
    moved: AnalyzedArticle = from_jsonable(AnalyzedArticle, json.loads(text.replace(old, new)))
    published = analysis.article.published
    article = replace(moved.article, published=published + copy * gap if published else None)
    return replace(moved, article=article)


def build_store(db: str, articles: int, gap_days: float) -> None:
    settings = Settings(db=db, reconcile=ReconcileParams(embeddings="none"))
    started = time.perf_counter()
    analyses, errors = api.analyze_files([CORPUS], settings)
    assert not errors, errors
    print(f"analyzed {len(analyses)} demo articles in {time.perf_counter() - started:.0f} s")
    copies = math.ceil(articles / len(analyses))
    gap = timedelta(days=gap_days)
    started = time.perf_counter()
    with open_store(db) as store:
        for copy in range(copies):
            store.add_analyses([replica(a, copy, gap) for a in analyses])
        stored = time.perf_counter() - started
        print(f"stored {copies * len(analyses)} articles in {stored:.0f} s; grouping ...")
        started = time.perf_counter()
        stories = api.rebuild_stories(store, settings)
    print(f"grouped and reconciled {stories} stories in {time.perf_counter() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


WARM_LINE = "page cache warm:"
WARM_TIMEOUT = 1800.0


def start_server(db: str, port: int, workers: int, warm: bool) -> subprocess.Popen[str]:
    """Start ``corrobora serve``; with ``warm``, return once every worker's cache is warm."""
    command = [sys.executable, "-m", "corrobora", "serve", "--db", db, "--port", str(port)]
    command += ["--workers", str(workers), "-q", "--warm" if warm else "--no-warm"]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    warmed = threading.Semaphore(0)

    def follow(stream: IO[str]) -> None:  # echo the server's log; count the warm workers
        for line in stream:
            print(f"  server: {line.rstrip()}", file=sys.stderr)
            if WARM_LINE in line:
                warmed.release()

    assert server.stderr is not None
    threading.Thread(target=follow, args=(server.stderr,), daemon=True).start()
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?per_page=1").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
        if time.monotonic() > deadline:
            server.kill()
            raise SystemExit("the server did not start within 60 s")
    started = time.perf_counter()
    for _ in range(workers if warm else 0):
        if not warmed.acquire(timeout=WARM_TIMEOUT):
            server.kill()
            raise SystemExit(f"the workers did not warm their caches in {WARM_TIMEOUT:g} s")
    if warm:
        print(f"caches warm after {time.perf_counter() - started:.0f} s")
    return server


KINDS = ("story page", "story api", "listing api")


async def client(
    http: httpx.AsyncClient,
    ids: list[str],
    until: float,
    rng: random.Random,
    out: dict[str, Any],
    kinds: tuple[str, ...],
) -> None:
    turn = rng.randrange(len(kinds))
    while time.perf_counter() < until:
        kind = kinds[turn % len(kinds)]
        turn += 1
        if kind == "static file":
            url = "/static/favicon.svg"
        elif kind == "story page":
            url = f"/stories/{rng.choice(ids)}"
        elif kind == "story api":
            url = f"/api/stories/{rng.choice(ids)}"
        else:
            url = f"/api/stories?page={rng.randint(1, 20)}"
        started = time.perf_counter()
        try:
            response = await http.get(url)
            ok = response.status_code == 200 and len(response.content) > 0
        except httpx.HTTPError:
            ok = False
        elapsed = (time.perf_counter() - started) * 1000
        out[kind].append(elapsed)
        if not ok:
            out["errors"] += 1


async def load(
    base: str, ids: list[str], clients: int, seconds: float, kinds: tuple[str, ...] = KINDS
) -> dict[str, Any]:
    out: dict[str, Any] = {kind: [] for kind in kinds}
    out["errors"] = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *(client(http, ids, until, random.Random(seed), out, kinds) for seed in range(clients))
        )
    return out


def report(out: dict[str, Any], seconds: float, kinds: tuple[str, ...]) -> None:
    total = sum(len(out[k]) for k in kinds)
    print(f"\n{'kind':<12} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind in kinds:
        values = out[kind]
        print(
            f"{kind:<12} {len(values):>9} {statistics.median(values):>8.1f} "
            f"{percentile(values, 0.95):>8.1f} {max(values):>8.1f}"
        )
    print(f"{total} requests in {seconds:g} s ({total / seconds:.0f}/s), errors: {out['errors']}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else math.nan


WRK_SCRIPT = """
local paths = {}
for line in io.lines(PATHS) do paths[#paths + 1] = line end
init = function(args) math.randomseed(tonumber(args[1]) or 1) end
local headers = {["Accept-Encoding"] = "gzip"}
request = function() return wrk.format("GET", paths[math.random(#paths)], headers) end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f\\n", summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000))
end
"""


def paths_of(kind: str, ids: list[str]) -> list[str]:
    """The request paths a client of ``kind`` picks from at random."""
    if kind == "static file":
        return ["/static/favicon.svg"]
    if kind == "story page":
        return [f"/stories/{i}" for i in ids]
    if kind == "story api":
        return [f"/api/stories/{i}" for i in ids]
    return [f"/api/stories?page={page}" for page in range(1, 21)]


def wrk_run(
    base: str, kind: str, ids: list[str], clients: int, seconds: float, folder: Path
) -> tuple[int, int, float, float, float]:
    """One wrk run of ``kind``: requests, errors, p50, p95 and max latency in ms."""
    listed = folder / f"{kind.replace(' ', '-')}.paths"
    listed.write_text("\n".join(paths_of(kind, ids)) + "\n", encoding="utf-8")
    script = folder / "random.lua"
    script.write_text(f"PATHS = {json.dumps(str(listed))}\n{WRK_SCRIPT}", encoding="utf-8")
    command = ["wrk", "-t1", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "10s"]
    command += ["-s", str(script), base, "--", "1"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    requests, errors, p50, p95, longest = line.split()[1:]
    return int(requests), int(errors), float(p50), float(p95), float(longest)


def wrk_report(kind: str, seconds: float, figures: tuple[int, int, float, float, float]) -> None:
    requests, errors, p50, p95, longest = figures
    print(
        f"{kind:<12} {requests:>9} {p50:>8.1f} {p95:>8.1f} {longest:>8.1f}"
        f" {requests / seconds:>7.0f}/s {errors:>7}"
    )


def wrk_load(base: str, ids: list[str], args: argparse.Namespace) -> float:
    """Run the baseline and one run per kind with wrk; return the story page's p95.

    With ``--sweep``, story pages are also asked for by those fewer clients: how the
    latency grows with the number of readers at once.
    """
    print(f"wrk: {args.clients} clients, {args.seconds:g} s per kind, {args.workers} workers")
    header = f"{'kind':<12} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
    print(f"{header} {'rate':>9} errors")
    story_p95 = math.nan
    with tempfile.TemporaryDirectory(prefix="corrobora-wrk-") as name:
        folder = Path(name)
        if args.baseline > 0:
            baseline = wrk_run(base, "static file", ids, args.clients, args.baseline, folder)
            wrk_report("static file", args.baseline, baseline)
        for kind in KINDS:
            figures = wrk_run(base, kind, ids, args.clients, args.seconds, folder)
            wrk_report(kind, args.seconds, figures)
            if kind == "story page":
                story_p95 = figures[3]
        for clients in args.sweep:
            figures = wrk_run(base, "story page", ids, clients, args.seconds, folder)
            wrk_report(f"{clients} clients", args.seconds, figures)
    return story_p95


def python_load(base: str, ids: list[str], args: argparse.Namespace) -> float:
    """Run the baseline and the mixed load with the in-process client; the story p95."""
    if args.baseline > 0:
        print(f"baseline: {args.clients} clients, a static file, {args.baseline:g} s")
        kinds = ("static file",)
        baseline = asyncio.run(load(base, ids, args.clients, args.baseline, kinds))
        report(baseline, args.baseline, kinds)
    print(f"\nload: {args.clients} clients for {args.seconds:g} s, {args.workers} workers")
    out = asyncio.run(load(base, ids, args.clients, args.seconds))
    report(out, args.seconds, KINDS)
    return percentile(out["story page"], 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="serve this store instead of building one")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--gap-days", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--sweep",
        type=lambda text: [int(n) for n in text.split(",") if n],
        default=[],
        metavar="N,N",
        help="also run story pages with these numbers of clients (wrk only)",
    )
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--baseline", type=float, default=5.0, help="seconds of static file")
    parser.add_argument("--keep", metavar="PATH", help="build the store at PATH and keep it")
    parser.add_argument(
        "--cache",
        choices=("cold", "warm", "both"),
        default="both",
        help="cold: the page caches fill during the run; warm: serve --warm, measured "
        "once every worker has rendered its pages; both: one after the other",
    )
    args = parser.parse_args()
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    if args.client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    with tempfile.TemporaryDirectory(prefix="corrobora-web-load-") as folder:
        db = args.db or args.keep or str(Path(folder) / "load.db")
        if args.db is None:
            build_store(db, args.articles, args.gap_days)
        with open_store(db, read_only=True) as store:
            summaries = api.story_summaries(store)
            articles = sum(s.articles for s in summaries)
        ids = [s.id for s in summaries]
        print(f"store: {articles} articles in {len(ids)} stories ({db})")
        verdicts = []
        for mode in ("cold", "warm") if args.cache == "both" else (args.cache,):
            print(f"\n== page caches {mode} ==")
            port = free_port()
            server = start_server(db, port, args.workers, warm=mode == "warm")
            try:
                base = f"http://127.0.0.1:{port}"
                p95 = wrk_load(base, ids, args) if use_wrk else python_load(base, ids, args)
            finally:
                server.terminate()
                server.wait(timeout=30)
            verdict = "met" if p95 < GOAL_P95_MS else "NOT met"
            verdicts.append(f"caches {mode}: {verdict} ({p95:.0f} ms)")
    print(f"\ngoal p95 < {GOAL_P95_MS:g} ms for the story page: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()

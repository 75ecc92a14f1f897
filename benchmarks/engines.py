"""Analysis throughput and peak memory of the engines: local 1 and 2 processes, Dask 1 and 2.

Runs the per-article analysis (the stage the engines distribute) over N ECB+ documents
from ../shared/data/ecbplus/raw_xml, repeated in order when N exceeds the corpus. Each
engine is started and warmed first (every worker loads the spaCy model on a few
articles), so the timed run measures steady throughput; start-up time is shown apart.
Memory is the peak resident size, sampled every 0.1 s, of the driver and of the largest
worker process, and of the whole process tree.

    python benchmarks/engines.py --articles 200
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from corrobora.engines import EngineSpec, open_engine
from corrobora.evaluate.ecbplus import read_ecbplus
from corrobora.model import Article
from corrobora.pipeline import analyze_articles
from corrobora.settings import load_settings

ECBPLUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ecbplus" / "raw_xml"
MB = 1024 * 1024

CONFIGS = (
    ("local", 1),
    ("local", 2),
    ("dask", 1),
    ("dask", 2),
)


@dataclass(frozen=True)
class Result:
    engine: str
    workers: int
    startup_s: float
    seconds: float
    articles: int
    driver_mb: float
    worker_mb: float
    total_mb: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


class MemorySampler:
    """Samples the resident size of this process and its descendants in a thread."""

    def __init__(self) -> None:
        self.driver = 0
        self.worker = 0
        self.total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process(os.getpid())
        while not self._stop.is_set():
            try:
                driver = me.memory_info().rss
                children = [c.memory_info().rss for c in me.children(recursive=True)]
            except psutil.Error:
                continue
            self.driver = max(self.driver, driver)
            self.worker = max(self.worker, max(children, default=0))
            self.total = max(self.total, driver + sum(children))
            self._stop.wait(0.1)


def corpus(n: int) -> list[Article]:
    documents = [d.article for d in read_ecbplus(ECBPLUS).documents]
    return [documents[i % len(documents)] for i in range(n)]


def measure(name: str, workers: int, articles: list[Article], warm: list[Article]) -> Result:
    settings = load_settings(db=None, model=None)
    with MemorySampler() as memory:
        start = time.perf_counter()
        with open_engine(EngineSpec(name, workers=workers)) as engine:
            for _ in analyze_articles(warm, settings, engine=engine):
                pass
            started = time.perf_counter()
            done = sum(1 for _ in analyze_articles(articles, settings, engine=engine))
            seconds = time.perf_counter() - started
    assert done == len(articles), f"{name}: {done} of {len(articles)} analyzed"
    return Result(
        name,
        workers,
        started - start,
        seconds,
        done,
        memory.driver / MB,
        memory.worker / MB,
        memory.total / MB,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="articles per run")
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        raise SystemExit(f"{ECBPLUS} is missing: this benchmark needs ../shared")
    articles = corpus(args.articles)
    # Distinct texts for the warm-up, so no worker sees the timed articles early.
    warm = [
        Article(id=f"warm{i}", text=a.text + " ", title=a.title, outlet=a.outlet)
        for i, a in enumerate(corpus(args.articles + 4)[-4:])
    ]
    chars = sum(len(a.text) for a in articles)
    print(
        f"{len(articles)} ECB+ articles, {chars / len(articles):.0f} characters on average; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start"
    )
    results = [measure(name, workers, articles, warm) for name, workers in CONFIGS]
    base = {r.engine: r.rate for r in results if r.workers == 1}
    header = (
        f"{'engine':<8}{'workers':>8}{'start s':>9}{'time s':>9}{'articles/s':>12}"
        f"{'scaling':>9}{'driver MB':>11}{'worker MB':>11}{'total MB':>10}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        scaling = f"{r.rate / base[r.engine]:.2f}x"
        worker = f"{r.worker_mb:.0f}" if r.worker_mb else "-"
        print(
            f"{r.engine:<8}{r.workers:>8}{r.startup_s:>9.1f}{r.seconds:>9.1f}{r.rate:>12.1f}"
            f"{scaling:>9}{r.driver_mb:>11.0f}{worker:>11}{r.total_mb:>10.0f}"
        )
    print(f"load average {os.getloadavg()[0]:.2f} at the end (other users share these CPUs)")


if __name__ == "__main__":
    main()

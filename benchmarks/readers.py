"""WARC reading: warcio against fastwarc, alone and with corrobora's page extraction.

Builds a WARC.gz laid out as Common Crawl's news crawl writes it (a ``warcinfo``
record, then ``request``, ``response`` and ``metadata`` records per page, one gzip
member per record) from real text: the ECB+ documents under
``../shared/data/ecbplus/raw_xml``, recombined (the headline and paragraphs of one
document with one to three paragraphs of another of the same topic) and wrapped in news
page boilerplate (navigation, inline scripts and styles, JSON-LD, related links,
footer). About 4% of the responses are redirects or errors and 2% are not HTML; 10% of
the pages declare their charset only in ``<meta>`` and are written in windows-1252, 10%
declare none.

Then, each in a fresh subprocess (so each peak RSS is that task's alone):

- ``iterate``: every record read, response blocks included (records/s, MB/s);
- ``extract``: every 200 HTML response turned into an Article: HTTP parsing, charset
  decoding and trafilatura extraction (articles/s). For fastwarc this is
  ``corrobora.ingest.read_inputs`` itself; for warcio the same per-record conversion
  (``corrobora.ingest.warc.response_article``) fed by warcio's iterator.

    .venv/bin/python benchmarks/readers.py [--pages 10000] [--seed 7] [--keep PATH]
        [--warc PATH] [--skip-extract] [--json]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus" / "raw_xml"
LIBRARIES = ("warcio", "fastwarc")

_SECTIONS = ("World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Opinion")
_OUTLETS = [
    (f"{name} {kind}", f"www.{name.lower()}{kind.lower()}.example")
    for name in ("Harbour", "Valley", "Summit", "Lakeside", "Capital", "Northern", "Meridian")
    for kind in ("Times", "Post", "Herald", "Daily", "Courier", "Ledger")
]


# ---------------------------------------------------------------- building the WARC


def load_documents() -> dict[str, list[list[str]]]:
    """ECB+ documents as lists of lines (headline first), grouped by topic."""
    from corrobora.evaluate.ecbplus import read_ecbplus

    corpus = read_ecbplus(ECBPLUS)
    topics: dict[str, list[list[str]]] = defaultdict(list)
    for document in corpus.documents:
        lines = [line.strip() for line in document.article.text.split("\n") if line.strip()]
        if len(lines) >= 3:
            topics[document.topic].append(lines)
    return dict(topics)


def script_block(rng: random.Random) -> str:
    """Inline JavaScript of the size and kind news pages carry (analytics, ads, state)."""
    parts = []
    for _ in range(rng.randint(60, 180)):
        key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        parts.append(
            f'window.__cfg_{key}={{"slot":"/{rng.randint(1000, 9999)}/news/{key}",'
            f'"sizes":[[300,250],[728,90]],"targeting":{{"section":"{rng.choice(_SECTIONS)}",'
            f'"pos":"{rng.choice(("top", "mid", "bottom"))}","kw":["{key}","{key[::-1]}"]}},'
            f'"lazy":{str(rng.random() < 0.5).lower()},"ts":{rng.randint(10**12, 10**13)}}};'
        )
    return "\n".join(parts)


STYLE = (
    "body{margin:0;font-family:Georgia,serif;color:#222}"
    ".nav a{padding:4px 8px;text-decoration:none}.related li{margin:2px 0}"
    "article p{line-height:1.6;margin:0 0 1em}.footer{font-size:12px;color:#777}"
) * 8


def news_page(
    rng: random.Random,
    headline: str,
    paragraphs: list[str],
    related: list[str],
    outlet: tuple[str, str],
    published: datetime | None,
    meta_charset: str | None,
) -> str:
    site, host = outlet
    esc = html.escape
    nav = "".join(f'<a href="/{s.lower()}">{s}</a>' for s in _SECTIONS)
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    date_meta = ""
    json_ld = ""
    if published is not None:
        stamp = published.isoformat()
        date_meta = f'<meta property="article:published_time" content="{stamp}">'
        json_ld = (
            '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": stamp,
                    "publisher": {"@type": "Organization", "name": site},
                }
            )
            + "</script>"
        )
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    links = "".join(
        f'<li><a href="/story/{rng.randint(1, 10**6)}">{esc(r)}</a></li>' for r in related
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head>{meta}<title>{esc(headline)} | {site}</title>'
        f'<meta property="og:site_name" content="{site}">{date_meta}'
        f'<link rel="canonical" href="https://{host}/story"><style>{STYLE}</style>'
        f"<script>{script_block(rng)}</script>{json_ld}</head><body>"
        f'<header><div class="logo">{site}</div><nav class="nav">{nav}</nav>'
        '<form><input name="q" placeholder="Search"></form></header>'
        f'<main><article><h1>{esc(headline)}</h1><div class="byline">By Staff Reporter</div>'
        f"{body}</article>"
        f'<aside class="related"><h2>Most read</h2><ul>{links}</ul></aside></main>'
        '<footer class="footer"><p>Sign up for our newsletter to get the top stories every '
        f"morning.</p><p>Copyright {site}. All rights reserved.</p></footer>"
        f"<script>{script_block(rng)}</script></body></html>"
    )


def warc_record(
    rng: random.Random, kind: str, block: bytes, uri: str | None, date: datetime, content_type: str
) -> bytes:
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Date: {date.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_block(status: str, content_type: str | None, body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Server: nginx", "Cache-Control: max-age=60"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def build_warc(path: Path, pages: int, seed: int) -> dict[str, Any]:
    """Write the WARC.gz; return what it holds."""
    rng = random.Random(seed)
    topics = load_documents()
    names = sorted(topics)
    headlines = [doc[0] for docs in topics.values() for doc in docs]
    counts: Counter[str] = Counter()
    crawl = datetime(2015, 3, 1, tzinfo=UTC)
    with path.open("wb") as out:

        def write(record: bytes) -> None:
            # One gzip member per record, as Common Crawl writes them.
            deflate = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            out.write(deflate.compress(record) + deflate.flush())

        info = b"software: corrobora benchmark\r\nformat: WARC File Format 1.0\r\n"
        write(warc_record(rng, "warcinfo", info, None, crawl, "application/warc-fields"))
        for n in range(pages):
            topic = rng.choice(names)
            base, other = rng.choice(topics[topic]), rng.choice(topics[topic])
            paragraphs = list(base[1:])
            for extra in rng.sample(other[1:], k=min(len(other) - 1, rng.randint(1, 3))):
                paragraphs.insert(rng.randint(1, len(paragraphs)), extra)
            outlet = rng.choice(_OUTLETS)
            uri = f"https://{outlet[1]}/{rng.choice(_SECTIONS).lower()}/{n}-{rng.randint(0, 10**6)}"
            date = crawl + timedelta(seconds=n * 7)
            published = date - timedelta(hours=rng.randint(1, 48)) if rng.random() < 0.7 else None
            roll = rng.random()
            request = f"GET {uri} HTTP/1.1\r\nHost: {outlet[1]}\r\nUser-Agent: bench\r\n\r\n"
            write(
                warc_record(
                    rng, "request", request.encode(), uri, date, "application/http; msgtype=request"
                )
            )
            if roll < 0.04:
                status = rng.choice(("301 Moved Permanently", "404 Not Found", "503 Unavailable"))
                block = http_block(
                    status, "text/html", b"<html><body>Moved or missing</body></html>"
                )
                counts["not 200"] += 1
            elif roll < 0.06:
                kind = rng.choice(("image/jpeg", "application/json"))
                block = http_block("200 OK", kind, bytes(rng.getrandbits(8) for _ in range(20_000)))
                counts["not HTML"] += 1
            else:
                charset_roll = rng.random()
                related = rng.sample(headlines, 10)
                if charset_roll < 0.1:
                    markup = news_page(
                        rng, base[0], paragraphs, related, outlet, published, "windows-1252"
                    )
                    block = http_block("200 OK", "text/html", markup.encode("cp1252", "replace"))
                elif charset_roll < 0.2:
                    markup = news_page(rng, base[0], paragraphs, related, outlet, published, None)
                    block = http_block("200 OK", "text/html", markup.encode("utf-8"))
                else:
                    markup = news_page(rng, base[0], paragraphs, related, outlet, published, None)
                    block = http_block("200 OK", "text/html; charset=utf-8", markup.encode("utf-8"))
                counts["HTML pages"] += 1
                counts["HTML bytes"] += len(block)
            write(
                warc_record(rng, "response", block, uri, date, "application/http; msgtype=response")
            )
            meta = f"fetchTimeMs: {rng.randint(50, 900)}\r\n".encode()
            write(warc_record(rng, "metadata", meta, uri, date, "application/warc-fields"))
    counts["records"] = 1 + 3 * pages
    return dict(counts)


# ---------------------------------------------------------------- measuring (in a child)


def iterate(library: str, path: Path) -> dict[str, Any]:
    records = responses = size = 0
    start = time.perf_counter()
    if library == "fastwarc":
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, parse_http=False):
                records += 1
                if record.record_type == WarcRecordType.response:
                    responses += 1
                    size += len(record.reader.read())
    else:
        from warcio.archiveiterator import ArchiveIterator as WarcioIterator

        with path.open("rb") as stream:
            for record in WarcioIterator(stream, no_record_parse=True):
                records += 1
                if record.rec_type == "response":
                    responses += 1
                    size += len(record.raw_stream.read())
    seconds = time.perf_counter() - start
    return {"records": records, "responses": responses, "mb": size / 1e6, "seconds": seconds}


def extract(library: str, path: Path) -> dict[str, Any]:
    from corrobora.errors import IngestError
    from corrobora.ingest import DEFAULT_MAX_BYTES, read_inputs
    from corrobora.ingest.warc import NOT_RESPONSE, response_article

    articles = errors = 0
    skipped: Counter[str] = Counter()
    start = time.perf_counter()
    if library == "fastwarc":
        for item in read_inputs([path], skipped=skipped):
            if isinstance(item, IngestError):
                errors += 1
            else:
                articles += 1
    else:
        from warcio.archiveiterator import ArchiveIterator as WarcioIterator

        with path.open("rb") as stream:
            iterator = WarcioIterator(stream, no_record_parse=True)
            for record in iterator:
                if record.rec_type != "response":
                    skipped[NOT_RESPONSE] += 1
                    continue
                block = record.raw_stream.read()
                where = f"{path}@{iterator.get_record_offset()}"
                try:
                    article = response_article(
                        block,
                        where=where,
                        uri=record.rec_headers.get_header("WARC-Target-URI"),
                        date=record.rec_headers.get_header("WARC-Date"),
                        source_name=str(path),
                        max_bytes=DEFAULT_MAX_BYTES,
                        skipped=skipped,
                    )
                except IngestError:
                    errors += 1
                    continue
                if article is not None:
                    articles += 1
    seconds = time.perf_counter() - start
    return {"articles": articles, "errors": errors, "skipped": dict(skipped), "seconds": seconds}


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process: steadier than wall time on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(task: str, library: str, path: Path) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura's complaints about odd markup
    if task == "extract":
        import corrobora.ingest.warc  # noqa: F401  (imports are not part of the timing)
    result = {"start_mb": peak_mb()}
    cpu = cpu_seconds()
    result |= iterate(library, path) if task == "iterate" else extract(library, path)
    result["cpu_seconds"] = cpu_seconds() - cpu
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def measure(task: str, library: str, path: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", task, library, str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{task} with {library} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the WARC (10000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the WARC here and keep it")
    parser.add_argument("--warc", type=Path, help="measure this WARC instead of building one")
    parser.add_argument("--skip-extract", action="store_true", help="only time the iteration")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--child", nargs=3, metavar=("TASK", "LIBRARY", "PATH"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        task, library, path = args.child
        child(task, library, Path(path))
        return
    with tempfile.TemporaryDirectory(prefix="corrobora-readers-") as scratch:
        path = args.warc or args.keep or Path(scratch) / "news.warc.gz"
        built: dict[str, Any] = {}
        if args.warc is None:
            if not ECBPLUS.is_dir():
                raise SystemExit(f"needs the ECB+ corpus at {ECBPLUS}")
            start = time.perf_counter()
            built = build_warc(path, args.pages, args.seed)
            built["build_seconds"] = round(time.perf_counter() - start, 1)
        built["file_mb"] = round(path.stat().st_size / 1e6, 1)
        print(f"WARC: {path} {built}", flush=True)
        results: dict[str, Any] = {"warc": built, "iterate": {}, "extract": {}}
        for library in LIBRARIES:
            results["iterate"][library] = measure("iterate", library, path)
        if not args.skip_extract:
            for library in LIBRARIES:
                results["extract"][library] = measure("extract", library, path)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    records = results["iterate"]["fastwarc"]["records"]
    print(f"\nWARC: {records} records, {built['file_mb']} MB gzipped")
    print("rates per wall-clock second, and per CPU second (steadier on a busy machine)")
    print(
        f"{'task':<9} {'library':<9} {'items':>7} {'/s wall':>9} {'/s CPU':>9} {'MB/s CPU':>9} "
        f"{'start MB':>9} {'peak MB':>8}"
    )
    for task in ("iterate", "extract"):
        for library, r in results[task].items():
            items = r["records"] if task == "iterate" else r["articles"]
            mb = f"{r['mb'] / r['cpu_seconds']:>9.0f}" if task == "iterate" else " " * 9
            print(
                f"{task:<9} {library:<9} {items:>7} {items / r['seconds']:>9.1f} "
                f"{items / r['cpu_seconds']:>9.1f} {mb} {r['start_mb']:>9.0f} {r['peak_mb']:>8.0f}"
            )
    for library, r in results["extract"].items():
        print(f"{library}: {r['errors']} errors; passed over: {r['skipped']}")


if __name__ == "__main__":
    main()

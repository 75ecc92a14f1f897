"""Copy detection on republished ECB+ articles: builds a copies set at run time and scores it.

Reads the ECB+ documents under ``../shared/data/ecbplus/raw_xml`` (text rebuilt from the
tokens by ``corrobora.evaluate.ecbplus``) and builds, in a temporary folder that is
deleted afterwards, a JSON Lines file for the ``copies`` evaluation task:

- **originals**: ECB+ documents that share no run of 12 words (outside the headline) with
  any other original of their topic. The corpus itself holds republished wire stories
  (two files of one event with the same text); those would be unlabeled copies, so the
  later file of such a pair is left out. Documents of the same event written
  independently stay in: they name the same people and facts, the hard negatives.
- **copies** of a share of the originals (1 to 3 each, some copying a copy), each made by
  1 to 3 edits of what republishing does: a changed headline, the text trimmed from the
  bottom, a paragraph added (two sentences of another topic), boilerplate lines added
  (invented copyright, newsletter and link lines), light rewording (about one word in 25
  deleted or replaced by a general-English synonym).

Every article gets an invented outlet and a publication time; a copy is published 1 to
48 hours after what it copies. The file is scored with ``evaluate_copies`` exactly as
``corrobora evaluate copies --data FILE`` would; ``--breakdown`` adds recall per edit.

    .venv/bin/python benchmarks/copies_ecbplus.py [--topics 2,5,12] [--seed 7]
        [--copy-share 0.5] [--breakdown] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from corrobora.evaluate.copies import evaluate_copies, predict_copies, read_copy_records
from corrobora.evaluate.ecbplus import EcbDocument, read_ecbplus
from corrobora.settings import Settings

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus" / "raw_xml"

#: Words shared in one run that make two documents the same text (a wire repost).
SHARED_RUN = 12

_TREES = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper")
_BIRDS = ("Kestrel", "Lark", "Magpie", "Nightjar", "Osprey", "Plover")
OUTLETS = [f"Outlet {name}" for name in _TREES] + [f"{name} Daily" for name in _BIRDS]

BOILERPLATE = [
    "Copyright 2015 Our News Service. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Follow us on social media for the latest updates on this story.",
    "Related coverage: see more stories from our news desk.",
    "Have a news tip? Contact our newsroom by email.",
    "This story has been updated with additional information.",
    "Click here to read the full report.",
    "Advertisement",
]

#: General-English replacements a copy editor makes; not built from the corpus.
SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "after": "following",
    "before": "prior to",
    "about": "around",
    "because": "as",
    "big": "large",
    "large": "big",
    "small": "little",
    "help": "assist",
    "began": "started",
    "start": "begin",
    "started": "began",
    "also": "additionally",
    "many": "numerous",
    "died": "passed away",
    "killed": "slain",
    "however": "but",
    "near": "close to",
    "during": "in the course of",
    "show": "indicate",
    "shows": "indicates",
    "showed": "indicated",
    "get": "obtain",
    "got": "received",
    "try": "attempt",
    "tried": "attempted",
    "announced": "revealed",
    "people": "individuals",
    "police": "officers",
    "officials": "authorities",
    "very": "extremely",
    "quickly": "rapidly",
    "later": "subsequently",
    "home": "residence",
    "car": "vehicle",
    "buy": "purchase",
    "bought": "purchased",
    "need": "require",
}

EDITS = ("retitle", "trim", "add", "boilerplate", "reword")


@dataclass
class Item:
    """One article of the generated set."""

    id: str
    title: str
    lines: list[str]
    outlet: str
    published: datetime
    topic: str = ""
    copy_of: str | None = None
    edits: tuple[str, ...] = ()
    copies: list[str] = field(default_factory=list)

    def record(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "text": "\n".join(self.lines),
            "outlet": self.outlet,
            "published": self.published.isoformat(),
            "copy_of": self.copy_of,
        }


def word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}


def pick_originals(documents: list[EcbDocument]) -> tuple[list[EcbDocument], list[EcbDocument]]:
    """Keep documents sharing no 12-word run with an earlier kept one of their topic."""
    kept: list[EcbDocument] = []
    left: list[EcbDocument] = []
    runs_by_topic: dict[str, list[set[tuple[str, ...]]]] = defaultdict(list)
    for document in documents:
        body = document.article.text.partition("\n")[2]
        runs = word_runs(body)
        if len(body.split()) < 40:
            left.append(document)  # too short to be a news article worth copying
        elif any(runs & other for other in runs_by_topic[document.topic]):
            left.append(document)
        else:
            runs_by_topic[document.topic].append(runs)
            kept.append(document)
    return kept, left


def retitle(item: Item, rng: random.Random) -> tuple[str, list[str]]:
    lead_words = item.lines[0].split()
    options = [
        f"UPDATE: {item.title}",
        f"{item.title} - latest",
        " ".join(lead_words[:8]).rstrip(",.;:") + "...",
    ]
    return rng.choice(options), list(item.lines)


def trim(item: Item, rng: random.Random) -> tuple[str, list[str]]:
    if len(item.lines) <= 2:
        return item.title, list(item.lines)
    keep = max(2, round(len(item.lines) * rng.uniform(0.4, 0.8)))
    return item.title, item.lines[:keep]


def add(item: Item, rng: random.Random, donors: list[tuple[str, str]]) -> tuple[str, list[str]]:
    lines = list(item.lines)
    others = [line for topic, line in donors if topic != item.topic]
    paragraph = " ".join(rng.sample(others, 2))
    lines.insert(rng.randint(1, len(lines)), paragraph)
    return item.title, lines


def boilerplate(item: Item, rng: random.Random) -> tuple[str, list[str]]:
    extra = rng.sample(BOILERPLATE, rng.randint(1, 3))
    lines = list(item.lines)
    if rng.random() < 0.3:
        return item.title, [extra[0], *lines, *extra[1:]]
    return item.title, lines + extra


def reword(item: Item, rng: random.Random) -> tuple[str, list[str]]:
    lines = []
    for line in item.lines:
        out = []
        for word in line.split(" "):
            bare = word.casefold().strip(",.;:")
            if bare in SYNONYMS and rng.random() < 0.5:
                new = word.casefold().replace(bare, SYNONYMS[bare])
                out.append(new[:1].upper() + new[1:] if word[:1].isupper() else new)
            elif rng.random() < 0.04 and out:
                continue  # a word dropped
            else:
                out.append(word)
        lines.append(" ".join(out))
    return item.title, lines


def make_copy(source: Item, new_id: str, rng: random.Random, donors: list[tuple[str, str]]) -> Item:
    edits = tuple(sorted(rng.sample(EDITS, rng.choice((1, 1, 2, 2, 3)))))
    title, lines = source.title, list(source.lines)
    current = Item(source.id, title, lines, source.outlet, source.published, source.topic)
    for edit in edits:
        if edit == "retitle":
            title, lines = retitle(current, rng)
        elif edit == "trim":
            title, lines = trim(current, rng)
        elif edit == "add":
            title, lines = add(current, rng, donors)
        elif edit == "boilerplate":
            title, lines = boilerplate(current, rng)
        else:
            title, lines = reword(current, rng)
        current = Item(source.id, title, lines, source.outlet, source.published, source.topic)
    outlet = rng.choice([o for o in OUTLETS if o != source.outlet])
    published = source.published + timedelta(hours=rng.uniform(1, 48))
    return Item(new_id, title, lines, outlet, published, source.topic, source.id, edits)


def build_set(
    documents: list[EcbDocument], rng: random.Random, copy_share: float
) -> tuple[list[Item], int]:
    originals, left = pick_originals(documents)
    donors = [
        (doc.topic, line)
        for doc in left + originals
        for line in doc.article.text.split("\n")[1:]
        if len(line) > 60
    ]
    start = datetime(2015, 3, 1, tzinfo=UTC)
    items: list[Item] = []
    for document in originals:
        head, _, body = document.article.text.partition("\n")
        published = start + timedelta(hours=rng.uniform(0, 24 * 90))
        items.append(
            Item(
                document.name.removesuffix(".xml"),
                head,
                body.split("\n"),
                rng.choice(OUTLETS),
                published,
                document.topic,
            )
        )
    copies: list[Item] = []
    for original in list(items):
        if rng.random() >= copy_share:
            continue
        family = [original]
        for number in range(1, rng.choice((1, 1, 2, 3)) + 1):
            # Mostly the original is copied; sometimes an earlier copy of it is.
            source = original if len(family) == 1 or rng.random() < 0.7 else rng.choice(family[1:])
            copy = make_copy(source, f"{original.id}~copy{number}", rng, donors)
            family.append(copy)
            copies.append(copy)
    return items + copies, len(documents) - len(originals)


def breakdown(path: Path, items: list[Item], settings: Settings) -> None:
    """Recall of the copy links per edit, and the wrong links."""
    records, _, _ = read_copy_records(path)
    prediction = predict_copies(records, settings)
    by_id = {item.id: item for item in items}
    group = {}
    for item in items:
        root = item
        while root.copy_of is not None:
            root = by_id[root.copy_of]
        group[item.id] = root.id
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item in items:
        if item.copy_of is None:
            continue
        target = prediction.links.get(item.id)
        right = target is not None and group[target] == group[item.id]
        for edit in item.edits:
            total[edit] += 1
            found[edit] += right
        total["all"] += 1
        found["all"] += right
    print("\nrecall of copy links by edit (a copy with several edits counts under each):")
    for edit in (*EDITS, "all"):
        if total[edit]:
            share = found[edit] / total[edit]
            print(f"  {edit:12s} {found[edit]:4d} / {total[edit]:4d} = {share:.3f}")
    wrong = [
        (source, target)
        for source, target in prediction.links.items()
        if by_id[source].copy_of is None or group[source] != group[target]
    ]
    print(f"wrong links: {len(wrong)}")
    for source, target in wrong[:20]:
        print(f"  {source} -> {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", help="comma-separated ECB+ topic folders (default: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--copy-share", type=float, default=0.5, help="share of originals copied")
    parser.add_argument("--breakdown", action="store_true", help="recall per edit (runs twice)")
    parser.add_argument("--keep", type=Path, help="also write the generated JSONL here")
    args = parser.parse_args()
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    corpus = read_ecbplus(ECBPLUS, topics=args.topics)
    rng = random.Random(args.seed)
    items, dropped = build_set(list(corpus.documents), rng, args.copy_share)
    originals = sum(1 for item in items if item.copy_of is None)
    print(
        f"{len(corpus.documents)} ECB+ documents, {dropped} left out (short, or sharing a "
        f"{SHARED_RUN}-word run with another of their topic); {originals} originals, "
        f"{len(items) - originals} copies"
    )
    edits = Counter(edit for item in items for edit in item.edits)
    print("edits:", ", ".join(f"{edit} {edits[edit]}" for edit in EDITS))
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copies.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item.record(), ensure_ascii=False) + "\n")
        if args.keep:
            args.keep.write_bytes(path.read_bytes())
        evaluation = evaluate_copies(path, settings)
        for score in evaluation.scores:
            print(
                f"{score.name:24s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
                f"  (tp {score.true_positives:.0f}, fp {score.false_positives:.0f}, "
                f"fn {score.false_negatives:.0f})"
            )
        print("counts:", ", ".join(f"{k} {v}" for k, v in evaluation.counts.items()))
        for problem in evaluation.problems[:10]:
            print("problem:", problem)
        if args.breakdown:
            breakdown(path, items, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Conflicts corrobora reports on real multi-source stories: ECB+ gold stories, by kind.

ECB+ has no gold for disagreements, so this is an audit, not a score: each gold story
of the chosen topics (``../shared/data/ecbplus/raw_xml``, dev topics by default) is
reconciled as one story (words only, the documents undated as the corpus gives them),
and the conflicts of its facts are counted by kind. ``--show N`` prints the first N
with the two wordings, to read by hand: most reports of these stories agree, so a
conflict is either a real slip between outlets (a general manager named two ways, two
ages of one climber) or a false one, a rule to mend.

    .venv/bin/python benchmarks/ecbplus_conflicts.py [--topics 2,5,...] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corrobora.evaluate.ecbplus import EcbDocument, read_ecbplus
from corrobora.evaluate.grouping import analyze_all
from corrobora.model import Conflict, Story
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams, Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_ecbplus import DEV, ECBPLUS


def story_conflicts(documents: list[EcbDocument], settings: Settings) -> list[Conflict]:
    """The conflicts of the facts of one gold story, reconciled as one story.

    A document whose analysis fails is left out of its story and named on stderr.
    """
    analyses, failed = analyze_all([d.article for d in documents], settings.analyze)
    for article, cause in failed:
        print(f"{article.id}: not analyzed: {cause}", file=sys.stderr)
    story = Story(documents[0].story, documents[0].story, tuple(a.article.id for a in analyses))
    reconciled = reconcile(story, analyses, (), settings.reconcile)
    return [conflict for fact in reconciled.facts for conflict in fact.conflicts]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", default=",".join(DEV), help="comma-separated ECB+ topics")
    parser.add_argument("--show", type=int, default=0, help="print the first N conflicts")
    args = parser.parse_args()
    if not ECBPLUS.is_dir():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    corpus = read_ecbplus(ECBPLUS, topics=args.topics)
    for problem in corpus.problems:
        print(problem, file=sys.stderr)
    stories: dict[str, list[EcbDocument]] = defaultdict(list)
    for document in corpus.documents:
        stories[document.story].append(document)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    kinds: Counter[str] = Counter()
    shown = 0
    for name, documents in stories.items():
        for conflict in story_conflicts(documents, settings):
            kinds[str(conflict.kind)] += 1
            if shown < args.show:
                shown += 1
                print(f"- {name} [{conflict.kind}] {conflict.detail}")
                for value in conflict.values:
                    print(f"    {' '.join(value.text.split())[:240]}")
    print(
        f"{len(corpus.documents)} documents, {len(stories)} gold stories (topics {args.topics}): "
        f"{sum(kinds.values())} conflicts"
    )
    for kind, count in kinds.most_common():
        print(f"  {kind:10} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

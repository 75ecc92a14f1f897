"""The quality gate: measured figures on real corpora must not fall below pinned floors.

The floors live in ``benchmarks/floors.json``; each is a little under the figure the
README reports. A change that lowers a figure below its floor fails here instead of
silently making corrobora worse. These tests read ``../shared`` and take a minute or two.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corrobora.evaluate.incremental import evaluate_incremental
from corrobora.evaluate.stories import evaluate_stories
from corrobora.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECBPLUS = SHARED / "data" / "ecbplus" / "raw_xml"
DEV_TOPICS = ["2", "5", "12", "18", "21", "23", "34", "35"]
FLOORS: dict[str, float] = {
    key: value
    for key, value in json.loads((ROOT / "benchmarks" / "floors.json").read_text()).items()
    if not key.startswith("_")
}

pytestmark = pytest.mark.skipif(
    not ECBPLUS.exists(), reason="../shared (ECB+) is not beside the repository"
)


def test_story_grouping_on_ecbplus_dev_stays_above_its_floor() -> None:
    evaluation = evaluate_stories(ECBPLUS, Settings(), topics=DEV_TOPICS)
    stories, topics = evaluation.scores
    assert evaluation.problems == ()
    assert stories.f1 >= FLOORS["stories_dev_bcubed_f1"], stories
    assert topics.precision >= FLOORS["stories_dev_topic_precision"], topics


def test_incremental_grouping_agrees_with_batch_above_its_floor() -> None:
    evaluation = evaluate_incremental(ECBPLUS, Settings(), topics=DEV_TOPICS, batch_size=1, seed=0)
    agreement = evaluation.scores[0]
    assert agreement.name == "agreement (B-cubed)"
    assert agreement.f1 >= FLOORS["incremental_agreement_dev_seed0_batch1"], agreement

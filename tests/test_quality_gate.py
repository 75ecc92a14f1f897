"""The quality gate: measured figures on real corpora must not fall below pinned floors.

The floors live in ``benchmarks/floors.json``; each is a little under the figure the
README reports. A change that lowers a figure below its floor fails here instead of
silently making corrobora worse. These tests read ``../shared`` and take a minute or two.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corrobora.evaluate.attributions import analyze_documents, score_attributions, score_quotes
from corrobora.evaluate.brat import read_brat
from corrobora.evaluate.claims import evaluate_claims
from corrobora.evaluate.incremental import evaluate_incremental
from corrobora.evaluate.stories import evaluate_stories
from corrobora.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECBPLUS = SHARED / "data" / "ecbplus" / "raw_xml"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"
DEV_EVENT_MENTIONS = (
    SHARED / "data" / "ecbplus" / "cybulska_setup" / "ECB_Dev_Event_gold_mentions.json"
)
DEV_TOPICS = ["2", "5", "12", "18", "21", "23", "34", "35"]
FLOORS: dict[str, float] = {
    key: value
    for key, value in json.loads((ROOT / "benchmarks" / "floors.json").read_text()).items()
    if not key.startswith("_")
}

needs_ecbplus = pytest.mark.skipif(
    not ECBPLUS.exists(), reason="../shared (ECB+) is not beside the repository"
)


@needs_ecbplus
def test_story_grouping_on_ecbplus_dev_stays_above_its_floor() -> None:
    evaluation = evaluate_stories(ECBPLUS, Settings(), topics=DEV_TOPICS)
    stories, topics = evaluation.scores
    assert evaluation.problems == ()
    assert stories.f1 >= FLOORS["stories_dev_bcubed_f1"], stories
    assert topics.precision >= FLOORS["stories_dev_topic_precision"], topics


@needs_ecbplus
def test_incremental_grouping_agrees_with_batch_above_its_floor() -> None:
    evaluation = evaluate_incremental(ECBPLUS, Settings(), topics=DEV_TOPICS, batch_size=1, seed=0)
    agreement = evaluation.scores[0]
    assert agreement.name == "agreement (B-cubed)"
    assert agreement.f1 >= FLOORS["incremental_agreement_dev_seed0_batch1"], agreement


@pytest.mark.skipif(
    not POLNEAR_DEV.exists(), reason="../shared (PolNeAR) is not beside the repository"
)
def test_quotes_speakers_and_attributions_on_polnear_dev_stay_above_their_floors() -> None:
    corpus = read_brat(POLNEAR_DEV)
    analyses, problems = analyze_documents(corpus, Settings())
    assert problems == ()
    quotes = {s.name: s for s in score_quotes(corpus, analyses, data=str(POLNEAR_DEV)).scores}
    attributions = {
        s.name: s for s in score_attributions(corpus, analyses, data=str(POLNEAR_DEV)).scores
    }
    assert quotes["quote spans"].f1 >= FLOORS["quotes_dev_f1"], quotes["quote spans"]
    speaker = quotes["quote speaker"]
    assert speaker.extra["accuracy"] >= FLOORS["quote_speaker_dev_accuracy"], speaker
    content = attributions["attribution content"]
    assert content.f1 >= FLOORS["attributions_dev_f1"], content


@needs_ecbplus
def test_fact_and_event_grouping_of_ecbplus_dev_claims_stay_above_their_floors() -> None:
    evaluation = evaluate_claims(
        ECBPLUS, Settings(), mentions=DEV_EVENT_MENTIONS, topics=DEV_TOPICS
    )
    scores = {score.name: score for score in evaluation.scores}
    events = scores["event grouping B-cubed"]
    assert events.f1 >= FLOORS["claims_dev_event_bcubed_f1"], events
    facts = scores["claim grouping B-cubed"]
    assert facts.f1 >= FLOORS["claims_dev_fact_bcubed_f1"], facts
    assert events.precision > scores["one fact per story B-cubed"].precision, events

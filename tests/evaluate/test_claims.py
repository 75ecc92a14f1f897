"""The ``claims`` task: gold event mentions, B-cubed against a non-transitive relation."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.bcubed import bcubed
from corrobora.evaluate.claims import evaluate_claims, extended_bcubed, read_event_mentions
from corrobora.settings import Settings

from .test_stories import FLOOD, FLOOD_2, ecb_xml


def test_extended_bcubed_is_bcubed_on_a_partition():
    gold = {("d", 1): "x", ("d", 2): "x", ("d", 3): "y", ("e", 1): "y"}
    predicted = {("d", 1): 0, ("d", 2): 1, ("d", 3): 1, ("e", 1): 1}
    items = sorted(gold)
    linked = {(a, b) for a in items for b in items if a < b and gold[a] == gold[b]}
    expected = bcubed(gold, predicted)
    assert extended_bcubed(items, linked, predicted) == pytest.approx(
        (expected.precision, expected.recall)
    )


def test_extended_bcubed_reads_each_claims_own_gold_set():
    a, b, c = ("d", 1), ("d", 2), ("d", 3)
    # b mentions two events: one shared with a, one with c; a and c share nothing.
    linked = {(a, b), (b, c)}
    precision, recall = extended_bcubed([a, b, c], linked, {a: 0, b: 0, c: 0})
    assert precision == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)
    assert recall == 1.0
    alone_p, alone_r = extended_bcubed([a, b, c], linked, {})
    assert alone_p == 1.0 and alone_r == pytest.approx((1 / 2 + 1 / 3 + 1 / 2) / 3)


def mention(doc: str, sentence: int, chain: str, words: str) -> dict[str, object]:
    return {"doc_id": doc, "sent_id": sentence, "coref_chain": chain, "tokens_str": words}


def write_data(root: Path) -> tuple[Path, Path]:
    (root / "7").mkdir(parents=True)
    (root / "7" / "7_1ecb.xml").write_text(ecb_xml(FLOOD), encoding="utf-8")
    (root / "7" / "7_2ecb.xml").write_text(ecb_xml(FLOOD_2), encoding="utf-8")
    mentions = [
        mention("7_1ecb", 0, "FLOOD", "floods"),
        mention("7_2ecb", 1, "FLOOD", "flooded"),
        mention("7_1ecb", 2, "MOVE", "moved"),
        mention("7_2ecb", 2, "MOVE", "spent"),
        mention("7_1ecb", 3, "CLOSE", "closed"),  # a chain of one document only
        mention("7_2ecb", 9, "FLOOD", "beyond"),  # no such sentence
        mention("9_1ecb", 0, "CHESS", "wins"),  # a topic not asked for
        {"doc_id": "7_1ecb"},
    ]
    path = root / "mentions.json"
    path.write_text(json.dumps(mentions), encoding="utf-8")
    return root, path


def test_read_event_mentions_keeps_cross_document_chains(tmp_path: Path):
    _, path = write_data(tmp_path)
    gold = read_event_mentions(path, ["7"])
    assert gold.chains[("7_1ecb", 0)] == {"FLOOD"}
    assert gold.chains[("7_1ecb", 3)] == frozenset()
    assert ("9_1ecb", 0) not in gold.chains
    assert gold.problems == (f"{path}: mention 7 lacks doc_id, sent_id or coref_chain",)


def test_read_event_mentions_rejects_a_file_that_is_not_a_list(tmp_path: Path):
    path = tmp_path / "m.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a JSON list"):
        read_event_mentions(path, ["7"])
    with pytest.raises(ConfigError, match="cannot be read"):
        read_event_mentions(tmp_path / "missing.json", ["7"])
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m\.json: not JSON \(nested too deeply\)"):
        read_event_mentions(path, ["7"])


def test_evaluate_claims_on_two_documents(tmp_path: Path):
    root, path = write_data(tmp_path)
    settings = Settings()
    settings = replace(settings, reconcile=replace(settings.reconcile, embeddings="none"))
    evaluation = evaluate_claims(root, settings, mentions=path, topics=["7"])
    assert evaluation.task == "claims"
    counts = evaluation.counts
    assert (counts["documents"], counts["stories"], counts["claims"]) == (2, 1, 5)
    assert counts["gold links"] == 2
    assert any("sentence 9 is beyond the text" in p for p in evaluation.problems)
    names = [s.name for s in evaluation.scores]
    assert names[0] == "claim grouping B-cubed" and "one fact per story B-cubed" in names
    lumped = evaluation.scores[names.index("one fact per story B-cubed")]
    assert lumped.recall == 1.0 and lumped.precision < 1.0
    singles = evaluation.scores[names.index("all singletons B-cubed")]
    assert singles.precision == 1.0 and singles.recall < 1.0
    assert 0.0 < evaluation.scores[0].f1 <= 1.0
    events = evaluation.scores[names.index("event grouping B-cubed")]
    assert events.recall >= evaluation.scores[0].recall  # a lower cut joins more
    assert counts["events"] <= counts["facts"]


def test_evaluate_claims_keeps_two_acts_apart_as_reconciliation_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root, path = write_data(tmp_path)
    settings = Settings()
    settings = replace(settings, reconcile=replace(settings.reconcile, embeddings="none"))
    monkeypatch.setattr("corrobora.evaluate.claims.two_acts", lambda a, b: True)
    evaluation = evaluate_claims(root, settings, mentions=path, topics=["7"])
    assert evaluation.counts["facts"] == evaluation.counts["claims"]

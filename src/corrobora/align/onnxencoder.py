"""A sentence encoder run by ONNX Runtime: the installed model, converted once.

The packaged all-MiniLM-L6-v2 encodes about 100 claims per CPU second through torch.
Exported to ONNX with its linear layers quantized to int8 (per output channel), the
same model encodes about 260 (each text alone, see :class:`OnnxEncoder`), and over
2,000 MRPC sentences its vectors kept a cosine of at least 0.98 to the original's (0.99
on average). The conversion reads the installed weights, never the network; it
runs once, the first time the encoder is asked for, and its result is kept in the
models folder (:func:`models_dir`), one subfolder per source-weights hash, written
whole or not at all.

A converted folder holds ``model.onnx`` (int8), ``model-float.onnx`` (the same model in
float, whose vectors are the original's to 1e-6, for callers that need exactly those),
the model's ``tokenizer.json`` and :data:`MANIFEST`, which records the pooling and the
source weights' SHA-256.

A conversion that fails (other than by a file-system error, which may pass) leaves a
note beside the folder (:func:`earlier_failure`), so the other worker processes, and
later runs with the same packages, do not try again for a day; a process that waits
longer than :data:`LOCK_WAIT_SECONDS` for another's conversion gives up. Callers then
run the model through torch.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import io
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import MissingDependency
from ..lru import LRU

Matrix = npt.NDArray[np.float32]

log = logging.getLogger(__name__)

MANIFEST = "corrobora-encoder.json"
FORMAT = 1
INT8_MODEL = "model.onnx"
FLOAT_MODEL = "model-float.onnx"
_FILES = (INT8_MODEL, FLOAT_MODEL, "tokenizer.json")
#: Packages the conversion needs (the embeddings extra installs them); running a
#: converted folder needs only ``onnxruntime`` and ``tokenizers``.
BUILD_PACKAGES = ("torch", "transformers", "onnx", "onnxscript", "onnxruntime")
RUN_PACKAGES = ("onnxruntime", "tokenizers")
#: How long a process waits for another process's conversion before it gives up.
LOCK_WAIT_SECONDS = 300.0
#: How long a failed conversion is not tried again (with the same packages).
RETRY_FAILED_AFTER_SECONDS = 24 * 3600.0
_FAILED_SUFFIX = ".failed"


class ConversionFailed(RuntimeError):
    """A conversion failed earlier with the packages installed now; not tried again yet."""


def models_dir() -> Path:
    """Where converted models are kept: ``$CORROBORA_MODELS_DIR``, else the user cache."""
    configured = os.environ.get("CORROBORA_MODELS_DIR")
    if configured:
        return Path(configured)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "corrobora" / "models"


def is_converted(folder: Path) -> bool:
    """Whether ``folder`` holds a converted encoder (its manifest is there)."""
    return (folder / MANIFEST).is_file()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of a converted folder, or None when missing, unreadable or stale."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None
    sizes = manifest.get("sizes")
    if not isinstance(sizes, dict):
        return None
    if any(_size(folder / name) != sizes.get(name) for name in _FILES):
        return None  # a file missing, cut short or replaced since the conversion
    return manifest


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


class OnnxEncoder:
    """Mean-pooled, unit-length sentence vectors from a converted folder.

    Each text is run alone. The int8 layers scale their inputs by the range of the
    whole input tensor, so a text run in a padded batch would get a vector that depends
    on its batch-mates (a cosine of 0.99 to itself alone); alone, a text always gets the
    same vector, whichever engine, chunk or order encodes it. That costs about a fifth
    of the speed batches would give, and makes a remembered vector (the ``remember``
    most recently encoded texts are kept) the same as a fresh one: a story reconciled
    again as it grows does not encode its earlier claims again. One thread per
    process: parallelism comes from the engine's processes.
    """

    def __init__(self, folder: Path, *, exact: bool = False, remember: int = 0) -> None:
        manifest = read_manifest(folder)
        if manifest is None:
            raise MissingDependency(
                f"{folder} is not a converted sentence encoder: one of {MANIFEST}, "
                f"{', '.join(_FILES)} is missing or unreadable"
            )
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:
            raise MissingDependency(
                f"the converted sentence encoder in {folder} needs onnxruntime and tokenizers "
                "(pip install -e '.[embeddings]')"
            ) from error
        self.name = str(manifest.get("name", folder.name)) + ("" if exact else " int8")
        self.source_sha256 = str(manifest.get("source_sha256", ""))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        try:
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            self._tokenizer.no_padding()
            self._tokenizer.enable_truncation(int(manifest.get("max_length", 256)))
            self._session = onnxruntime.InferenceSession(
                str(folder / (FLOAT_MODEL if exact else INT8_MODEL)),
                options,
                providers=["CPUExecutionProvider"],
            )
        except Exception as error:  # tokenizers and ONNX Runtime raise plain exceptions
            raise MissingDependency(
                f"the converted sentence encoder in {folder} cannot be loaded: {error}"
            ) from None
        self._typed = "token_type_ids" in {item.name for item in self._session.get_inputs()}
        self._remembered: LRU[Matrix] = LRU(remember)

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Return one unit-length row per text; remembered texts are not run again."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        found: dict[str, Matrix] = {}
        for text in dict.fromkeys(texts):
            vector = self._remembered.get(text) if self._remembered.size else None
            if vector is None:
                vector = self._encode_one(self._tokenizer.encode(text).ids)
                self._remembered.put(text, vector)
            found[text] = vector
        return np.stack([found[text] for text in texts])

    def _encode_one(self, tokens: Sequence[int]) -> Matrix:
        ids = np.asarray([tokens], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if self._typed:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: Matrix = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        pooled: Matrix = hidden[0].mean(axis=0)
        return pooled / np.float32(max(float(np.linalg.norm(pooled)), 1e-12))


def missing_packages(names: Sequence[str]) -> list[str]:
    """Those of ``names`` that cannot be imported here."""
    return [name for name in names if importlib.util.find_spec(name) is None]


def holds_conversion(folder: Path, source_sha256: str) -> bool:
    """Whether ``folder`` holds a whole conversion of the weights with that SHA-256."""
    manifest = read_manifest(folder)
    return manifest is not None and manifest.get("source_sha256") == source_sha256


def converted_folder(source: Path, source_sha256: str, name: str) -> Path:
    """The folder the conversion of ``source`` is kept in (not necessarily built yet)."""
    return models_dir() / f"{name}-onnx{FORMAT}-{source_sha256[:16]}"


def ensure_converted(source: Path, source_sha256: str, name: str) -> Path:
    """Return the ONNX conversion of the model in ``source``, converting it if needed.

    Several processes may ask at once: one converts under a lock file while the others
    wait, and the folder appears whole (built beside it, then renamed).

    Raises:
        MissingDependency: a package the conversion needs is missing.
        ConversionFailed: it failed earlier (see :func:`earlier_failure`).
        TimeoutError: another process held the lock for :data:`LOCK_WAIT_SECONDS`.
        OSError: the models folder cannot be written.
    """
    target = converted_folder(source, source_sha256, name)
    if holds_conversion(target, source_sha256):
        return target
    missing = missing_packages(BUILD_PACKAGES)
    if missing:
        raise MissingDependency(
            f"converting {name} to ONNX needs {', '.join(missing)} (pip install -e '.[embeddings]')"
        )
    _refuse_after_failure(target, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target.parent / (target.name + ".lock"), LOCK_WAIT_SECONDS):
        if holds_conversion(target, source_sha256):
            return target
        _refuse_after_failure(target, name)
        log.info("converting %s to ONNX in %s (once, about 15 s)", name, target)
        for leftover in target.parent.glob(glob.escape(target.name) + ".*"):
            if leftover.is_dir():  # a conversion killed half way, or a folder set aside
                shutil.rmtree(leftover, ignore_errors=True)
        building = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
        try:
            _convert(source, building)
            _write_manifest(building, name, source_sha256, _max_length(source))
            building.chmod(0o755)
            if target.exists():  # stale or damaged: set aside, then removed
                aside = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
                target.rename(aside / "old")
                shutil.rmtree(aside, ignore_errors=True)
            building.rename(target)
        except OSError:
            raise  # a full disk or a lost mount may pass: no note, tried again next time
        except Exception as error:  # the exporter's failures have no common type
            _record_failure(target, error)
            raise
        finally:
            if building.exists():
                shutil.rmtree(building, ignore_errors=True)
        _failure_note(target).unlink(missing_ok=True)
    return target


def earlier_failure(target: Path) -> str | None:
    """The error of a recent failed conversion into ``target``, or None.

    None also when the note is older than :data:`RETRY_FAILED_AFTER_SECONDS` or was
    written with other versions of the packages the conversion uses.
    """
    try:
        note = json.loads(_failure_note(target).read_text("utf-8"))
        failed_at = float(note["at"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if note.get("packages") != _package_versions():
        return None
    if not 0 <= time.time() - failed_at < RETRY_FAILED_AFTER_SECONDS:
        return None
    return str(note.get("error") or "unknown error")


def _failure_note(target: Path) -> Path:
    return target.parent / (target.name + _FAILED_SUFFIX)


def _refuse_after_failure(target: Path, name: str) -> None:
    error = earlier_failure(target)
    if error is not None:
        raise ConversionFailed(
            f"converting {name} to ONNX failed earlier ({error}); it is tried again in a "
            f"day, after a package upgrade, or once {_failure_note(target)} is removed"
        )


def _record_failure(target: Path, error: Exception) -> None:
    """Leave a note of ``error`` beside ``target``; a note that cannot be written is skipped."""
    note = {
        "at": time.time(),
        "error": f"{type(error).__name__}: {error}"[:2000],
        "packages": _package_versions(),
    }
    with contextlib.suppress(OSError):
        _failure_note(target).write_text(json.dumps(note, indent=1), "utf-8")


def _package_versions() -> dict[str, str]:
    """The installed version of each package the conversion uses ("" when missing)."""
    versions: dict[str, str] = {}
    for package in BUILD_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = ""
    return versions


def _write_manifest(folder: Path, name: str, source_sha256: str, max_length: int) -> None:
    """Write the manifest last, once the files it sizes are on disk."""
    for file_name in _FILES:
        with (folder / file_name).open("rb") as handle:
            os.fsync(handle.fileno())
    manifest = {
        "format": FORMAT,
        "name": f"{name} ONNX",
        "source_sha256": source_sha256,
        "max_length": max_length,
        "sizes": {file_name: (folder / file_name).stat().st_size for file_name in _FILES},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), "utf-8")


@contextlib.contextmanager
def _locked(path: Path, wait_seconds: float) -> Iterator[None]:
    """Hold an exclusive lock on ``path``, waiting at most ``wait_seconds`` for it.

    Raises:
        TimeoutError: another process held the lock all that time.
    """
    import fcntl

    deadline = time.monotonic() + wait_seconds
    with path.open("a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError(
                        f"another process has been converting for over {wait_seconds:.0f} s "
                        f"(it holds {path})"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _max_length(source: Path) -> int:
    try:
        config = json.loads((source / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config.get("max_seq_length", 256))
    except (OSError, ValueError, TypeError):
        return 256


def _convert(source: Path, out: Path) -> None:
    """Export the transformer in ``source`` to ONNX in ``out``, and an int8 copy of it."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    with _quiet_loggers():
        model = AutoModel.from_pretrained(str(source), local_files_only=True).eval()
    export_onnx(model, _INPUT_NAMES, "last_hidden_state", out / FLOAT_MODEL)
    with contextlib.redirect_stdout(io.StringIO()), _quiet_loggers(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantize_dynamic(
            str(out / FLOAT_MODEL),
            str(out / INT8_MODEL),
            per_channel=True,
            weight_type=QuantType.QInt8,
        )
    shutil.copyfile(source / "tokenizer.json", out / "tokenizer.json")


def export_onnx(model: Any, input_names: Sequence[str], output: str, path: Path) -> None:
    """Write a transformers ``model`` to ``path`` as ONNX, batch and length left free.

    The graph takes ``input_names`` (int64, batch by length; ``input_ids``,
    ``attention_mask``, ``token_type_ids``) in that order and returns the model
    output's ``output`` field (``last_hidden_state``, ``logits``).
    """
    import torch

    class _Named(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, *tensors: Any) -> Any:
            return getattr(self.inner(**dict(zip(input_names, tensors, strict=True))), output)

    # Distinct tensors (an input passed twice would be traced as one) of valid values.
    fills = {"input_ids": 7, "attention_mask": 1, "token_type_ids": 0}
    inputs = tuple(torch.full((2, 8), fills[name], dtype=torch.long) for name in input_names)
    batch, length = torch.export.Dim("batch"), torch.export.Dim("length", max=512)
    shapes = ({0: batch, 1: length},) * len(input_names)
    with (
        contextlib.redirect_stdout(io.StringIO()),
        _quiet_loggers(),
        warnings.catch_warnings(),
        torch.no_grad(),
    ):
        warnings.simplefilter("ignore")
        program = torch.onnx.export(
            _Named(model.eval()),
            inputs,
            dynamo=True,
            input_names=list(input_names),
            output_names=[output],
            dynamic_shapes={"tensors": shapes},
            verbose=False,
        )
        assert program is not None
        program.save(str(path))


_INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")


_CHATTY_LOGGERS = ("", "torch", "transformers", "onnxscript", "onnx_ir")


@contextlib.contextmanager
def _quiet_loggers() -> Iterator[None]:
    """Silence the advice and progress the loader, exporter and quantizer log."""
    loggers = [logging.getLogger(name) for name in _CHATTY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)

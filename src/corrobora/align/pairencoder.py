"""An optional pair model that reads two claims together: a fine-tuned cross-encoder.

The term and embedding scores of :mod:`corrobora.align.pairmodel` compare two claims
read apart. A cross-encoder reads both at once, so it can weigh which words of one
answer which of the other; fine-tuned on labelled pairs it scores same-claim pairs
better (``benchmarks/mrpc_pairs.py --pair-encoder-cv``), at the cost of a
transformer pass per pair.

Nothing is downloaded: :func:`train_pair_encoder` (``corrobora train-pair-encoder``)
fine-tunes installed weights, by default the packaged all-MiniLM-L6-v2, on the
user's labelled pairs and writes a folder with a :data:`MANIFEST`; setting
``ReconcileParams.pair_encoder`` (``CORROBORA_PAIR_ENCODER``) to that folder makes it
the pair score. Training needs ``torch`` and ``transformers`` (the ``embeddings``
extra). A trained folder also holds the model exported to ONNX (:func:`add_onnx`),
which scores the same to 1e-5 about 1.3 times as fast and needs only ``onnxruntime``
and ``tokenizers``; a folder without it is run through torch.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..errors import ConfigError, MissingDependency
from ..lru import LRU
from .embeddings import verified_default_dir
from .onnxencoder import BUILD_PACKAGES, RUN_PACKAGES, export_onnx, missing_packages

__all__ = [
    "MANIFEST",
    "PairEncoder",
    "PairScorer",
    "TrainingParams",
    "add_onnx",
    "load_pair_encoder",
    "train_pair_encoder",
]

#: The file that marks a folder as a pair encoder corrobora trained, and records how.
MANIFEST = "corrobora-pair-encoder.json"
FORMAT = 1
#: The model exported to ONNX, in a trained folder.
ONNX_MODEL = "model.onnx"
#: Pairs handed to the runtime at once (one padded forward pass through torch).
BATCH = 32
#: Scores of this many recently scored pairs are kept, so a story reconciled again as
#: it grows, or the same claims weighed at another cut, do not run the model again.
PAIRS_KEPT = 65_536
_INSTALL_HINT = "install the embeddings extra: pip install 'corrobora[embeddings]'"

log = logging.getLogger(__name__)


class PairScorer(Protocol):
    """Scores pairs of texts: the probability that each pair states the same thing."""

    name: str

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """Return one probability in [0, 1] per pair, the same whichever text is first."""


@dataclass(frozen=True, slots=True)
class TrainingParams:
    """How a pair encoder is fine-tuned.

    Attributes:
        epochs: passes over the pairs (3 at 5e-5 and 4 at 1e-4 scored alike on one
            MRPC fold).
        learning_rate: AdamW's peak rate, reached after a tenth of the steps, then
            lowered linearly to zero.
        batch_size: pairs per step.
        max_length: word pieces read of a pair; longer pairs are cut.
        seed: seeds the shuffling, the order of each pair and the new weights.
    """

    epochs: int = 3
    learning_rate: float = 5e-5
    batch_size: int = 16
    max_length: int = 128
    seed: int = 1

    def __post_init__(self) -> None:
        for name in ("epochs", "batch_size", "max_length"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be positive, got {getattr(self, name)}")
        if not 0.0 < self.learning_rate < 1.0:
            raise ConfigError(f"learning_rate must be in (0, 1), got {self.learning_rate}")


def _torch_modules() -> tuple[Any, Any]:
    """Import torch and transformers offline, or say what to install."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        import transformers
        from transformers.utils import logging as transformers_logging
    except ImportError as error:
        raise MissingDependency(f"the pair encoder needs {error.name}: {_INSTALL_HINT}") from None
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
    return torch, transformers


def default_base() -> Path:
    """The packaged all-MiniLM-L6-v2 folder, its weights checked.

    Raises:
        MissingDependency: the package is not installed.
    """
    folder = verified_default_dir()
    if folder is None:
        raise MissingDependency(
            f"no base model given and all-MiniLM-L6-v2 is missing: {_INSTALL_HINT}"
        )
    return folder


def train_pair_encoder(
    pairs: Sequence[tuple[int, str, str]],
    out: Path,
    *,
    base: Path | None = None,
    params: TrainingParams | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Fine-tune a cross-encoder on labelled pairs and write it to ``out``.

    Args:
        pairs: ``(label, text, text)``, label 1 when the texts state the same thing.
        out: the folder to write; created, and must be empty if it exists.
        base: a local transformer folder to start from (default :func:`default_base`).
        params: how to train (default :class:`TrainingParams`).
        progress: called with (steps done, steps in all) after every step.

    Returns:
        ``out``, holding the weights, the tokenizer and :data:`MANIFEST`.

    Raises:
        ConfigError: no pairs, both labels not present, a label other than 0 or 1,
            ``out`` not empty, or ``base`` not a model folder.
        MissingDependency: torch or transformers is missing.
    """
    params = params or TrainingParams()
    labels = {label for label, _, _ in pairs}
    if not labels <= {0, 1}:
        raise ConfigError(f"pair labels must be 0 or 1, got {sorted(labels - {0, 1})}")
    if labels != {0, 1}:
        raise ConfigError("training needs pairs of both labels (0 and 1)")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(f"{out}: exists and is not an empty folder")
    base = base or default_base()
    # written beside ``out`` and moved into place whole, the manifest last; made first,
    # so an unwritable place is known before the training, not after
    partial = out.parent / f".{out.name}.partial"
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
    except OSError as error:
        raise ConfigError(f"{out}: cannot be written ({error.strerror or error})") from None
    try:
        return _train(pairs, out, partial, base, params, progress)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _train(
    pairs: Sequence[tuple[int, str, str]],
    out: Path,
    partial: Path,
    base: Path,
    params: TrainingParams,
    progress: Callable[[int, int], None] | None,
) -> Path:
    torch, transformers = _torch_modules()
    # every core: a process that scored pairs before has set one thread
    torch.set_num_threads(os.cpu_count() or 1)
    torch.manual_seed(params.seed)  # before loading: the new head's weights are drawn then
    tokenizer, model = _load(transformers, base, new_head=True)
    shuffle = random.Random(params.seed)
    per_epoch = (len(pairs) + params.batch_size - 1) // params.batch_size
    steps = params.epochs * per_epoch
    optimizer = torch.optim.AdamW(model.parameters(), lr=params.learning_rate, weight_decay=0.01)
    schedule = transformers.get_linear_schedule_with_warmup(optimizer, steps // 10, steps)
    loss_of = torch.nn.BCEWithLogitsLoss()
    model.train()
    done, started = 0, time.perf_counter()
    for _ in range(params.epochs):
        order = list(range(len(pairs)))
        shuffle.shuffle(order)
        for start in range(0, len(order), params.batch_size):
            batch = [pairs[i] for i in order[start : start + params.batch_size]]
            # either text may come first in use: learn both orders
            texts = [(a, b) if shuffle.random() < 0.5 else (b, a) for _, a, b in batch]
            encoded = _tokens(tokenizer, texts, params.max_length)
            logits = model(**encoded).logits.squeeze(-1)
            target = torch.tensor([float(label) for label, _, _ in batch])
            loss_of(logits, target).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            done += 1
            if progress is not None:
                progress(done, steps)
    manifest = {
        "format": FORMAT,
        "base": str(base),
        "pairs": len(pairs),
        "positives": sum(label for label, _, _ in pairs),
        "training": asdict(params),
        "seconds": round(time.perf_counter() - started, 1),
    }
    model.eval()
    try:
        model.save_pretrained(str(partial))
        tokenizer.save_pretrained(str(partial))
        exported = _exported(model, tokenizer, partial)
        if exported is not None:
            manifest["onnx"] = exported
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            out.rmdir()  # empty, checked above
        partial.rename(out)
    except OSError as error:
        raise ConfigError(f"{out}: cannot be written ({error.strerror or error})") from None
    return out


def _load(transformers: Any, folder: Path, *, new_head: bool) -> tuple[Any, Any]:
    """The tokenizer and one-logit sequence classifier of a local folder."""
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model = transformers.AutoModelForSequenceClassification.from_pretrained(
            str(folder), num_labels=1, local_files_only=True
        )
    except (OSError, ValueError) as error:
        what = "a transformer model folder" if new_head else "a readable pair encoder"
        raise ConfigError(f"{folder}: not {what} ({error})") from None
    return tokenizer, model


def _tokens(tokenizer: Any, pairs: Sequence[tuple[str, str]], max_length: int) -> Any:
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    return tokenizer(
        first, second, padding=True, truncation=True, max_length=max_length, return_tensors="pt"
    )


def add_onnx(folder: Path) -> Path:
    """Export a trained pair encoder to ONNX beside its weights; return the file.

    Training does this itself; this is for a folder trained without the packages the
    export needs, or whose export is damaged. The manifest is rewritten last.

    Raises:
        ConfigError: ``folder`` is not a pair encoder, cannot be written, or the export
            failed (a file there before is left as it was).
        MissingDependency: a package the export needs is missing.
    """
    recorded = _read_manifest(folder)
    missing = missing_packages(BUILD_PACKAGES)
    if missing:
        raise MissingDependency(f"exporting to ONNX needs {', '.join(missing)}: {_INSTALL_HINT}")
    _, transformers = _torch_modules()
    tokenizer, model = _load(transformers, folder, new_head=False)
    manifest = folder / MANIFEST
    try:
        recorded["onnx"] = _export(model.eval(), tokenizer, folder)
        rewritten = folder / f".{MANIFEST}.partial"
        rewritten.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
        rewritten.replace(manifest)
    except OSError as error:
        raise ConfigError(f"{folder}: cannot be written ({error.strerror or error})") from None
    except Exception as error:  # the exporter's failures have no common type
        raise ConfigError(f"{folder}: the ONNX export failed ({error})") from None
    return folder / ONNX_MODEL


def _exported(model: Any, tokenizer: Any, folder: Path) -> dict[str, Any] | None:
    """Export a model just trained; its manifest entry, or None (said in the log) if it cannot."""
    missing = missing_packages(BUILD_PACKAGES)
    if missing:
        needs = ", ".join(missing)
        log.warning("pair encoder kept for torch only: the ONNX export needs %s", needs)
        return None
    try:
        return _export(model, tokenizer, folder)
    except OSError:
        raise
    except Exception as error:  # the exporter's failures have no common type
        log.warning("pair encoder kept for torch only: the ONNX export failed (%s)", error)
        return None


def _export(model: Any, tokenizer: Any, folder: Path) -> dict[str, Any]:
    """Write ``model`` to :data:`ONNX_MODEL` in ``folder`` (whole or not at all)."""
    inputs = [name for name in _ONNX_FIELDS if name in tokenizer.model_input_names]
    building = folder / f".{ONNX_MODEL}.partial"
    try:
        export_onnx(model, inputs, "logits", building)
        building.replace(folder / ONNX_MODEL)
    finally:
        building.unlink(missing_ok=True)
    return {"file": ONNX_MODEL, "size": (folder / ONNX_MODEL).stat().st_size, "inputs": inputs}


#: The inputs an exported model may take, and the tokenizers encoding field of each.
_ONNX_FIELDS = {
    "input_ids": "ids",
    "attention_mask": "attention_mask",
    "token_type_ids": "type_ids",
}


def _read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of a trained folder, checked.

    Raises:
        ConfigError: missing, unreadable, or of another format.
    """
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise ConfigError(
            f"{folder}: not a pair encoder (no {MANIFEST}; train one with "
            "`corrobora train-pair-encoder`)"
        )
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        int(recorded["training"]["max_length"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"{manifest}: unreadable manifest ({error})") from None
    if recorded.get("format") != FORMAT:
        raise ConfigError(f"{manifest}: format {recorded.get('format')!r}, expected {FORMAT}")
    return dict(recorded)


class _TorchPairs:
    """Probabilities from the weights through torch, pairs padded into one batch."""

    runtime = "torch"

    def __init__(self, folder: Path, max_length: int) -> None:
        torch, transformers = _torch_modules()
        # one thread: parallelism comes from processes (see align.embeddings)
        torch.set_num_threads(1)
        self._torch = torch
        self._tokenizer, self._model = _load(transformers, folder, new_head=False)
        self._model.eval()
        self._max_length = max_length

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        with self._torch.inference_mode():
            encoded = _tokens(self._tokenizer, pairs, self._max_length)
            logits = self._model(**encoded).logits
            return [float(p) for p in self._torch.sigmoid(logits.squeeze(-1)).tolist()]


class _OnnxPairs:
    """Probabilities from the ONNX export, each pair run alone (no padding), one thread."""

    runtime = "onnx"

    def __init__(self, folder: Path, entry: dict[str, Any], max_length: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length, strategy="longest_first")
        self._session = onnxruntime.InferenceSession(
            str(folder / ONNX_MODEL), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = [str(name) for name in entry["inputs"]]

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        found: list[float] = []
        for first, second in pairs:
            encoding = self._tokenizer.encode(first, second)
            feeds = {
                name: np.asarray([getattr(encoding, _ONNX_FIELDS[name])], dtype=np.int64)
                for name in self._inputs
            }
            logit = float(self._session.run(None, feeds)[0].reshape(-1)[0])
            found.append(0.5 * (1.0 + math.tanh(logit / 2)))  # the sigmoid, never overflowing
        return found


def _onnx_pairs(folder: Path, recorded: dict[str, Any], max_length: int) -> _OnnxPairs | None:
    """The folder's ONNX export ready to run, or None (the reason logged) to use torch."""
    entry = recorded.get("onnx")
    if not isinstance(entry, dict) or missing_packages(RUN_PACKAGES):
        return None
    path = folder / ONNX_MODEL
    try:
        size = path.stat().st_size
    except OSError:
        size = None
    if size != entry.get("size"):
        log.warning("%s: missing or not the size recorded; the pair encoder runs on torch", path)
        return None
    try:
        return _OnnxPairs(folder, entry, max_length)
    except Exception as error:  # tokenizers and ONNX Runtime raise plain exceptions
        log.warning("%s: cannot be loaded (%s); the pair encoder runs on torch", path, error)
        return None


class PairEncoder:
    """A trained pair encoder folder, ready to score pairs on the CPU.

    Runs the folder's ONNX export when it has a sound one and ``onnx`` is true, else
    the weights through torch; :attr:`runtime` says which.
    """

    def __init__(self, folder: Path, *, remember: int = PAIRS_KEPT, onnx: bool = True) -> None:
        recorded = _read_manifest(folder)
        max_length = int(recorded["training"]["max_length"])
        found = _onnx_pairs(folder, recorded, max_length) if onnx else None
        self._run: _OnnxPairs | _TorchPairs = found or _TorchPairs(folder, max_length)
        self.runtime = self._run.runtime
        self._remembered: LRU[float] = LRU(remember)
        self.name = folder.name

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """The mean of each pair's probability read in both orders.

        Pairs scored recently are not run again; the others are batched by length, so
        a batch run through torch pads little. The scores come back in the order of
        ``pairs``.
        """
        keys = [_unordered(pair) for pair in pairs]
        known: dict[tuple[str, str], float] = {}
        unknown: list[tuple[str, str]] = []
        for key in dict.fromkeys(keys):
            score = self._remembered.get(key)
            if score is None:
                unknown.append(key)
            else:
                known[key] = score
        unknown.sort(key=lambda key: len(key[0]) + len(key[1]))
        for start in range(0, len(unknown), BATCH):
            batch = unknown[start : start + BATCH]
            forward = self._probability(batch)
            backward = self._probability([(b, a) for a, b in batch])
            for key, ahead, behind in zip(batch, forward, backward, strict=True):
                known[key] = (ahead + behind) / 2
                self._remembered.put(key, known[key])
        return [known[key] for key in keys]

    def _probability(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        return self._run(pairs)


def _unordered(pair: tuple[str, str]) -> tuple[str, str]:
    """One key for a pair in either order (its score is the same)."""
    first, second = pair
    return (first, second) if first <= second else (second, first)


@lru_cache(maxsize=2)
def load_pair_encoder(setting: str) -> PairEncoder | None:
    """The pair encoder of a folder setting, loaded once per process; None for "".

    Raises:
        ConfigError: the folder does not exist or is not a trained pair encoder.
        MissingDependency: torch or transformers is missing.
    """
    if not setting:
        return None
    folder = Path(setting).expanduser()
    if not folder.is_dir():
        raise ConfigError(f"{setting}: pair encoder folder not found")
    return PairEncoder(folder)

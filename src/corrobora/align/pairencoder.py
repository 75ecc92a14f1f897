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
the pair score. Needs ``torch`` and ``transformers`` (the ``embeddings`` extra).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError, MissingDependency
from ..lru import LRU
from .embeddings import verified_default_dir

__all__ = [
    "MANIFEST",
    "PairEncoder",
    "PairScorer",
    "TrainingParams",
    "load_pair_encoder",
    "train_pair_encoder",
]

#: The file that marks a folder as a pair encoder corrobora trained, and records how.
MANIFEST = "corrobora-pair-encoder.json"
FORMAT = 1
#: Pairs scored per forward pass.
BATCH = 32
#: Scores of this many recently scored pairs are kept, so a story reconciled again as
#: it grows, or the same claims weighed at another cut, do not run the model again.
PAIRS_KEPT = 65_536
_INSTALL_HINT = "install the embeddings extra: pip install 'corrobora[embeddings]'"


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
    try:
        model.save_pretrained(str(partial))
        tokenizer.save_pretrained(str(partial))
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


class PairEncoder:
    """A trained pair encoder folder, ready to score pairs on the CPU."""

    def __init__(self, folder: Path, *, remember: int = PAIRS_KEPT) -> None:
        manifest = folder / MANIFEST
        if not manifest.is_file():
            raise ConfigError(
                f"{folder}: not a pair encoder (no {MANIFEST}; train one with "
                "`corrobora train-pair-encoder`)"
            )
        try:
            recorded = json.loads(manifest.read_text(encoding="utf-8"))
            max_length = int(recorded["training"]["max_length"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"{manifest}: unreadable manifest ({error})") from None
        if recorded.get("format") != FORMAT:
            raise ConfigError(f"{manifest}: format {recorded.get('format')!r}, expected {FORMAT}")
        torch, transformers = _torch_modules()
        # one thread: parallelism comes from processes (see align.embeddings)
        torch.set_num_threads(1)
        self._torch = torch
        self._tokenizer, self._model = _load(transformers, folder, new_head=False)
        self._model.eval()
        self._max_length = max_length
        self._remembered: LRU[float] = LRU(remember)
        self.name = folder.name

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """The mean of each pair's probability read in both orders.

        Pairs scored recently are not run again; the others are batched by length, so
        a batch pads little. The scores come back in the order of ``pairs``.
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
        with self._torch.inference_mode():
            for start in range(0, len(unknown), BATCH):
                batch = unknown[start : start + BATCH]
                forward = self._probability(batch)
                backward = self._probability([(b, a) for a, b in batch])
                for key, ahead, behind in zip(batch, forward, backward, strict=True):
                    known[key] = (ahead + behind) / 2
                    self._remembered.put(key, known[key])
        return [known[key] for key in keys]

    def _probability(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        logits = self._model(**_tokens(self._tokenizer, pairs, self._max_length)).logits
        return [float(p) for p in self._torch.sigmoid(logits.squeeze(-1)).tolist()]


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

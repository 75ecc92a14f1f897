"""The engine interface, the chunk record and the in-process engine.

Work goes out in chunks (a few articles each) so a worker parses them with one batched
``nlp.pipe`` call and the cost of shipping them stays small. Results come back per
chunk, in input order, whatever order the workers finish in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Protocol, Self, TypeVar

from ..errors import ConfigError, CorroboraError

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

ChunkFunc = Callable[[list[T]], list[R]]

DEFAULT_CHUNK_SIZE = 16
"""Articles per chunk: one spaCy batch, small enough to keep every worker busy."""


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """Which engine to open and how large.

    Attributes:
        name: ``"local"`` (in-process, or a process pool when ``workers`` > 1) or ``"dask"``.
        workers: worker processes; for ``dask`` without ``scheduler`` the size of the
            local cluster started (None: one per CPU). Ignored with a ``scheduler``.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); None
            starts a local cluster for the run and closes it at the end.
        connect_timeout: seconds to wait for the scheduler before giving up.
    """

    name: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    connect_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.name not in ("local", "dask"):
            raise ConfigError(f"unknown engine {self.name!r}: choose local or dask")
        if self.workers is not None and self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.scheduler is not None and self.name != "dask":
            raise ConfigError("a scheduler address only applies to the dask engine")


@dataclass(frozen=True, slots=True)
class Chunk(Generic[T, R]):
    """One chunk of work as it came back: its items and their results, or why it failed.

    ``results`` holds one result per item, in item order, when ``error`` is None; when
    the chunk could not be run at all (a worker died, a result could not be sent back),
    ``results`` is empty and ``error`` says why.
    """

    items: tuple[T, ...]
    results: tuple[R, ...]
    error: str | None = None


class Engine(Protocol):
    """Runs a chunk function over items; a context manager that frees its workers."""

    @property
    def description(self) -> str:
        """A short human description (``"local, 2 processes"``)."""

    def map_chunks(
        self, func: ChunkFunc[T, R], items: Iterable[T], *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> Iterator[Chunk[T, R]]:
        """Apply ``func`` to consecutive chunks of ``items``; yield them in input order.

        ``func`` must be picklable (a module-level function or a ``functools.partial``
        of one) and pure. A :class:`~corrobora.errors.CorroboraError` it raises is
        raised here (a missing model concerns every item); any other failure of a
        chunk comes back as a :class:`Chunk` with ``error`` set.
        """

    def close(self) -> None:
        """Stop the workers this engine started (a no-op when it started none)."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class EngineBase:
    """Context-manager plumbing shared by the engines."""

    def close(self) -> None:
        """Stop the workers this engine started."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class InProcessEngine(EngineBase):
    """Runs every chunk in the calling process, one after the other (the default)."""

    @property
    def description(self) -> str:
        """Always ``"local, in-process"``."""
        return "local, in-process"

    def map_chunks(
        self, func: ChunkFunc[T, R], items: Iterable[T], *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> Iterator[Chunk[T, R]]:
        """Run ``func`` on each chunk here; yield it as soon as it is done."""
        for chunk in chunked(items, chunk_size):
            yield Chunk(tuple(chunk), tuple(func(chunk)))


class Pending(Protocol[R_co]):
    """What a pool hands back for submitted work (``concurrent.futures`` and Dask alike)."""

    def result(self) -> R_co:
        """Wait for the work and return its result (or raise its exception)."""


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_ordered(
    submit: Callable[[list[T]], Pending[list[R]]],
    items: Iterable[T],
    *,
    chunk_size: int,
    in_flight: int,
    renew: Callable[[BaseException], bool] = lambda exc: False,
) -> Iterator[Chunk[T, R]]:
    """Submit chunks, keeping at most ``in_flight`` out at once; yield them in order.

    Bounding the chunks in flight bounds the driver's memory whatever the corpus size:
    items are read lazily and results are handed on as soon as their turn comes.

    Args:
        submit: sends one chunk to the workers.
        items: the items, read lazily.
        chunk_size: items per chunk.
        in_flight: chunks submitted ahead of the one being waited for.
        renew: called with a chunk's exception; returns True when it replaced a pool that
            the failure broke. Every chunk still waiting is then submitted again (a dead
            worker process fails all of them), and the chunk waited for when it failed
            is reported as failed if it fails once more.
    """
    waiting: deque[_Sent[T, R]] = deque()
    for chunk in chunked(items, chunk_size):
        waiting.append(_Sent(chunk, submit(chunk)))
        while len(waiting) >= in_flight:
            done = _collect(waiting, submit, renew)
            if done is not None:
                yield done
    while waiting:
        done = _collect(waiting, submit, renew)
        if done is not None:
            yield done


@dataclass(slots=True)
class _Sent(Generic[T, R]):
    chunk: list[T]
    pending: Pending[list[R]]
    attempts: int = 1


def _collect(
    waiting: deque[_Sent[T, R]],
    submit: Callable[[list[T]], Pending[list[R]]],
    renew: Callable[[BaseException], bool],
) -> Chunk[T, R] | None:
    """Wait for the first chunk of ``waiting``; None when it was sent again instead."""
    sent = waiting[0]
    try:
        results = sent.pending.result()
    except CorroboraError:
        raise
    except Exception as exc:  # a worker crash or transport failure: report it per item
        if renew(exc) and sent.attempts < 2:
            sent.attempts += 1
            for other in waiting:
                other.pending = submit(other.chunk)
            return None
        waiting.popleft()
        return Chunk(tuple(sent.chunk), (), _describe(exc))
    waiting.popleft()
    if len(results) != len(sent.chunk):
        return Chunk(tuple(sent.chunk), (), f"{len(results)} results for {len(sent.chunk)} items")
    return Chunk(tuple(sent.chunk), tuple(results))


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

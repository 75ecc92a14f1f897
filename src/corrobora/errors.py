"""Errors corrobora raises on purpose; the CLI turns each into one line on stderr.

::

    CorroboraError
    ├── ConfigError         bad settings, option combination or model name
    ├── MissingDependency   an optional package or model is not installed
    ├── IngestError         an input that cannot be read; carries the path
    ├── StoreError          the store cannot be opened, read or written
    │   └── NotFound        a story or article id that is not in the store
    └── StageError          a pipeline stage failed on one item; names stage and item
"""

from __future__ import annotations


class CorroboraError(Exception):
    """Base class of every error corrobora raises deliberately."""


class ConfigError(CorroboraError):
    """A setting, option combination or model name is invalid."""


class MissingDependency(CorroboraError):
    """An optional package or a model is not installed; the message says what to install."""


class IngestError(CorroboraError):
    """An input cannot be read. ``path`` names the file (or file:line) at fault."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        return (type(self), (self.path, self.cause))


class StoreError(CorroboraError):
    """The store cannot be opened, read or written."""


class NotFound(StoreError):
    """A story or article id is not in the store."""


class StageError(CorroboraError):
    """A pipeline stage failed on one item."""

    def __init__(self, stage: str, item: str, cause: str) -> None:
        super().__init__(f"{stage} failed on {item}: {cause}")
        self.stage = stage
        self.item = item
        self.cause = cause

    def __reduce__(self) -> tuple[type[StageError], tuple[str, str, str]]:
        return (type(self), (self.stage, self.item, self.cause))

"""Text arguments that cannot name anything get a usage error, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from corrobora.cli import cli
from corrobora.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "news.db")
    open_store(path).close()
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["show", "--", "ab\udcffcd"],
        ["stories", "--outlet", "Echo\udcff"],
        ["stories", "--query", "\udcff"],
        ["search", "harbour\udcff"],
    ],
)
def test_an_argument_that_is_not_utf8_is_a_usage_error(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args[:1], "--db", db, *args[1:]])
    assert result.exit_code == 2
    assert "is not valid UTF-8" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_empty_story_id_shows_no_story(db: str) -> None:
    result = CliRunner().invoke(cli, ["show", "--db", db, "--", ""])
    assert result.exit_code == 1
    assert "at least 4 characters" in result.output

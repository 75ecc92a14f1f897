"""``corrobora stories`` with filters, on a store built from hand-written records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from corrobora.cli import cli
from corrobora.store import open_store
from tests.store.test_story_filters import ALL, BUDGET, FERRY, SNOW, STRIKE, fill_filter_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("stories") / "news.db"
    with open_store(str(path)) as store:
        fill_filter_store(store)
    return str(path)


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["stories", "--db", db, *args])


def listed(db: str, *args: str) -> list[str]:
    result = run(db, *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [story["id"] for story in json.loads(result.stdout)]


def test_no_filter_lists_every_story(db: str) -> None:
    assert listed(db) == ALL


def test_since_and_until_read_dates_in_utc(db: str) -> None:
    # The ferry story's article is 2025-03-04T23:30-05:00, i.e. March 5 in UTC.
    assert listed(db, "--since", "2025-03-05") == [STRIKE, FERRY]
    assert listed(db, "--until", "2025-03-04") == [BUDGET]  # a date alone: end of day
    assert listed(db, "--until", "2025-03-04T23:30-05:00") == [FERRY, BUDGET]
    assert listed(db, "--since", "2025-03-03T12:00", "--until", "2025-03-03T13:00") == [BUDGET]


def test_outlet_is_repeatable_and_case_insensitive(db: str) -> None:
    assert listed(db, "--outlet", "VALLEY POST") == [STRIKE, BUDGET]
    assert listed(db, "--outlet", "ridge times", "--outlet", "nordstrasse bote") == [FERRY, SNOW]


def test_query_and_limit(db: str) -> None:
    assert listed(db, "--query", "harbour") == [STRIKE, BUDGET]
    assert listed(db, "--query", "%") == [FERRY]
    assert listed(db, "--query", "_") == [FERRY]
    assert listed(db, "--query", "operator's notice") == [FERRY]
    assert listed(db, "--limit", "1") == [STRIKE]
    assert listed(db, "--outlet", "valley post", "--since", "2025-03-04", "--limit", "5") == [
        STRIKE
    ]


def test_json_fields_of_a_filtered_story(db: str) -> None:
    result = run(db, "--query", "voted", "--format", "json")
    assert result.exit_code == 0, result.stderr
    (story,) = json.loads(result.stdout)
    assert story["id"] == BUDGET and story["title"] == "Council approves budget"
    assert (story["articles"], story["outlets"]) == (2, 2)


def test_nothing_selected_is_an_empty_json_list(db: str) -> None:
    result = run(db, "--query", "volcano", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_nothing_selected_is_one_terminal_line(db: str) -> None:
    result = run(db, "--outlet", "Unknown Herald")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["No stories match the given filters."]


def test_terminal_table_lists_the_selected_stories(db: str) -> None:
    # Wide enough for rich to show whole titles.
    result = CliRunner().invoke(
        cli, ["stories", "--db", db, "--query", "storm"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.stderr
    assert "Storm closes ferry route" in result.stdout
    assert "Council approves budget" not in result.stdout


@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "yesterday"), ("--until", "2025-13-01"), ("--since", "2025-03")],
)
def test_bad_date_is_a_usage_error(db: str, option: str, value: str) -> None:
    result = run(db, option, value)
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.stderr
    assert repr(value) in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""


def test_since_after_until_is_a_usage_error(db: str) -> None:
    result = run(db, "--since", "2025-03-05", "--until", "2025-03-04")
    assert result.exit_code == 2
    assert "--since" in result.stderr and "--until" in result.stderr
    assert "Traceback" not in result.stderr


def test_limit_must_be_positive(db: str) -> None:
    result = run(db, "--limit", "0")
    assert result.exit_code == 2
    assert "'--limit'" in result.stderr


def test_missing_store_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "absent.db"), "--since", "2025-03-04")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_help_shows_the_filters(db: str) -> None:
    result = CliRunner().invoke(cli, ["stories", "--help"])
    assert result.exit_code == 0
    for option in ("--since", "--until", "--outlet", "--query", "--limit", "Example:"):
        assert option in result.output

"""Control characters of the articles never reach the terminal as they are."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corrobora.cli import cli
from corrobora.model import Article, EntityKind, Mention, Span
from corrobora.report.printable import printable, printable_copy

_SENTENCE = "The council of Arlow approved the harbour budget on Tuesday, its mayor said. "


def test_each_control_character_becomes_one_replacement_character() -> None:
    text = "red \x1b[31m, title \x1b]0;x\x07, \u202eflipped\u202c, kept:\ttab\nline"
    shown = printable(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert shown.endswith("kept:\ttab\nline")
    assert printable("plain") == "plain"


def test_a_copy_keeps_spans_kinds_and_untouched_parts() -> None:
    article = Article("a1", "Arlow \x1b[2J council", "T\x1b[1m", "Out\x9blet")
    mention = Mention(Span(0, 5), "Arlow", "arlow", EntityKind.PLACE)
    copied, kept = printable_copy((article, mention))
    assert copied.text == "Arlow \ufffd[2J council" and len(copied.text) == len(article.text)
    assert (copied.title, copied.outlet) == ("T\ufffd[1m", "Out\ufffdlet")
    assert kept is mention and kept.kind is EntityKind.PLACE


def test_show_and_stories_print_no_escape_sequence(tmp_path: Path) -> None:
    record = {
        "text": _SENTENCE * 3 + "\x1b]0;PWNED\x07 \x1b[2J the end.",
        "title": "Budget \x1b[31mred\x1b[0m \x1b]8;;http://example.invalid/\x1b\\link",
        "outlet": "Arlow\x1b[1m Echo",
    }
    inputs = tmp_path / "escapes.jsonl"
    inputs.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(inputs), "--db", db, "-q"]).exit_code == 0
    listing = runner.invoke(cli, ["stories", "--db", db])
    story_id = json.loads(runner.invoke(cli, ["stories", "--db", db, "--format", "json"]).output)[
        0
    ]["id"]
    shown = runner.invoke(cli, ["show", story_id, "--db", db])
    markdown = runner.invoke(cli, ["show", story_id, "--db", db, "--format", "md"])
    found = runner.invoke(cli, ["search", "harbour", "--db", db])
    for result in (listing, shown, markdown, found):
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Budget \ufffd[31mred" in shown.output

"""Terminal output through rich: the key lines of the account and the story listing."""

from __future__ import annotations

import io

from rich.console import Console

from corrobora.model import StorySummary
from corrobora.report import render_story_list, render_terminal

from .sample import GAZETTE, HOSTILE_TITLE, report


def console() -> Console:
    return Console(record=True, width=120, file=io.StringIO())


def terminal_text() -> str:
    out = console()
    render_terminal([report()], out)
    return out.export_text()


def test_key_lines() -> None:
    text = terminal_text()
    assert "Port Ellis flood relief call" in text
    assert "3 articles from 3 outlets · 1 copy" in text
    assert "Corroborated (1)" in text
    assert "Conflicting (1)" in text
    assert "Single-source (2)" in text
    assert "F1 The mayor and the governor spoke by phone on Sunday." in text
    assert "2 independent origins: Harbor Gazette, Coastal Ledger" in text
    assert "Number conflict: 12 vs 15" in text
    assert "Only in River Times" in text
    assert "Q1 Dana Reyes — worded differently in 2 articles" in text
    assert "Harbor Gazette credits Coastal Ledger (outlet)" in text
    assert "1. 2025-03-02 10:00 UTC — Harbor Gazette — first to report F1, F2, F3" in text


def test_article_text_is_printed_literally() -> None:
    text = terminal_text()
    assert HOSTILE_TITLE.split()[0] in text  # brackets are not eaten as rich markup


def test_plain_console_marks_the_diff_in_words() -> None:
    assert "every [-street, and we will do it-] {+road+} together," in terminal_text()


def test_colour_console_styles_the_diff() -> None:
    out = Console(record=True, width=120, file=io.StringIO(), force_terminal=True)
    render_terminal([report()], out)
    html = out.export_html(inline_styles=True)
    assert "line-through" in html and "underline" in html
    assert "[-" not in out.export_text()


def test_story_list() -> None:
    out = console()
    render_story_list(
        [StorySummary("s-flood", "[bold]Flood[/bold]", 3, 2, GAZETTE.published, None)], out
    )
    text = out.export_text()
    assert "s-flood" in text and "[bold]Flood[/bold]" in text
    assert "2025-03-02 10:00" in text and "First seen (UTC)" in text and "undated" in text
    empty = console()
    render_story_list([], empty)
    assert "No stories." in empty.export_text()

"""A page cut off mid-sentence loses its unfinished last paragraph, with a warning.

A download or an archive record that stops mid-page ends "... feared that up to 2,000
depot jobs": the fragment would be read as a claim with a figure. A closed page, or a
last paragraph that ends its sentence, keeps all its text.
"""

from __future__ import annotations

import logging

import pytest

from corrobora.ingest.html import extract_html

HEAD = "<html><head><title>Union concern</title></head><body><article><h1>Union concern</h1>"
FIRST = (
    "<p>Unions representing Pemberton drivers said on Monday they would seek guarantees "
    "on jobs after Halvard Logistics agreed to buy the company.</p>"
)
CUT = "<p>The drivers' union said it feared that up to 2,000 depot jobs"


def test_the_unfinished_paragraph_of_a_cut_page_is_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        content = extract_html(HEAD + FIRST + CUT, name="cut.html")
    assert "2,000" not in content.text
    assert "seek guarantees" in content.text
    assert "cut.html" in caplog.text and "cut off" in caplog.text


def test_a_closed_page_or_a_finished_sentence_keeps_its_text() -> None:
    closed = extract_html(HEAD + FIRST + CUT + "</p></article></body></html>", name="a.html")
    assert "2,000 depot jobs" in closed.text
    finished = extract_html(HEAD + FIRST + CUT + " were at risk.</p>", name="b.html")
    assert "were at risk." in finished.text

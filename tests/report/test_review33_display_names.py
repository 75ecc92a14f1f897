"""A name written with a possessive in the text is displayed without it."""

from __future__ import annotations

from corrobora.report.common import _spelled_in_text


def test_a_possessive_ending_the_run_is_no_part_of_the_name() -> None:
    text = "Aides said Marten Holloway's office knew of the plan."
    assert _spelled_in_text("marten holloway", text) == "Marten Holloway"


def test_a_possessive_inside_the_name_is_kept() -> None:
    text = "She was taken to St Aldric's Hospital on Monday."
    assert _spelled_in_text("st aldric s hospital", text) == "St Aldric's Hospital"

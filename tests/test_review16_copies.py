"""A copy that changes a figure alters its original's sentence; it adds no report."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

WIRE = (
    "A strong earthquake struck the north of Varnland early on Tuesday, the national "
    "seismology institute said. Rescue teams were sent to the mountain villages overnight, "
    "and the army opened two field hospitals near the coast. The epicentre was 35 km (22 "
    "miles) northeast of Dravo, a market town of about 40,000 people."
)


def test_a_copy_that_changes_a_figure_is_no_origin_of_the_fact(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Northwire", "2026-10-13T05:40:00Z", WIRE)
    write_article(
        tmp_path,
        "b.txt",
        "Meridian Eye",
        "2026-10-13T08:05:00Z",
        WIRE.replace("35 km (22", "53 km (33"),
    )
    write_article(
        tmp_path, "c.txt", "Orlavia Today", "2026-10-14T06:30:00Z",
        "Seismologists placed the quake's epicentre 35 km northeast of Dravo. Villagers "
        "slept outside for a second night.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "The epicentre was 35 km")
    assert "meridian eye" not in fact.origins
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)

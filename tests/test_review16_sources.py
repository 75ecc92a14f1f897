"""Who speaks and for whom: unnamed speakers, officers, ministers, figures (review 16).

A "he said" after an unnamed speaker is that speaker, not a person named earlier; a
person introduced as an organization's officer ("its regional coordinator, X", "X,
the charity's director") speaks for it; a minister titled by a portfolio speaks for the
ministry of that portfolio the story names; "measured it at magnitude 7.1" states a
figure, credited to whoever measured it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, write_article

NORTH = ("Northwire", "2026-10-13T05:40:00+00:00")
SOUTH = ("Valley Courier", "2026-10-13T09:00:00+00:00")


def _two_outlets(folder: Path, first: str, second: str) -> None:
    """Write ``first`` as a Northwire article and ``second`` as a later Courier one."""
    write_article(folder, "a.txt", *NORTH, first)
    write_article(folder, "b.txt", *SOUTH, second)


def test_he_said_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = (
        "A flood killed 9 people in Marrowdale on Monday, Transport Minister Ilka Brandt "
        "said.\n\nOne volunteer in Corve, who asked not to be named, said teams were "
        'bailing water by hand. "We can still hear the pumps failing," he said.'
    )
    quote = credit_of(attributions(text, "Northwire"), "he said", text)
    assert quote.kind is SourceKind.ANONYMOUS
    assert quote.source_key != "ilka brandt"
    # a person who speaks after the unnamed one is the one the pronoun names
    named = (
        "One volunteer in Corve said teams were bailing water by hand. Transport Minister "
        'Ilka Brandt said the roads were closed. "We will reopen them soon," she said.'
    )
    assert credit_of(attributions(named, "Northwire"), "she said", named).source_key == (
        "ilka brandt"
    )


def test_a_portfolio_minister_speaks_for_that_ministry(tmp_path: Path) -> None:
    same = tmp_path / "same"
    same.mkdir()
    _two_outlets(
        same,
        "A flood killed 9 people in Marrowdale on Monday, Transport Minister Ilka Brandt said.",
        "A flood killed 9 people in Marrowdale on Monday, the Ministry of Transport said.",
    )
    assert fact_with(same, "killed 9").origins == ("ministry of transport",)
    # a minister of another portfolio is no voice of that ministry
    other = tmp_path / "other"
    other.mkdir()
    _two_outlets(
        other,
        "A flood killed 9 people in Marrowdale on Monday, Health Minister Ilka Brandt said.",
        "A flood killed 9 people in Marrowdale on Monday, the Ministry of Transport said.",
    )
    assert len(fact_with(other, "killed 9").origins) == 2


def test_its_coordinator_speaks_for_the_organization(tmp_path: Path) -> None:
    _two_outlets(
        tmp_path,
        "Harbour Aid Foundation said it had handed out 800 blankets in Corve after the flood.",
        "Harbour Aid Foundation has handed out 800 blankets in Corve after the flood, according "
        "to its regional coordinator, Mirek Sallo.",
    )
    assert fact_with(tmp_path, "800 blankets").origins == ("harbour aid foundation",)


def test_the_charitys_director_speaks_for_the_charity(tmp_path: Path) -> None:
    _two_outlets(
        tmp_path,
        "Harbour Aid Foundation said it had handed out 800 blankets in Corve after the flood.",
        "The charity Harbour Aid Foundation was busy in Corve. It has handed out 800 blankets in "
        "Corve after the flood, said Mirek Sallo, the charity's director.",
    )
    assert fact_with(tmp_path, "800 blankets").origins == ("harbour aid foundation",)


def test_measured_it_at_credits_the_measuring_body() -> None:
    text = (
        "A strong earthquake struck the coast of Velmark on Sunday. The Ostrava Seismic "
        "Bureau measured it at magnitude 6.4."
    )
    measured = credit_of(attributions(text, "Valley Courier"), "measured", text)
    assert (measured.source_key, measured.kind) == (
        "ostrava seismic bureau",
        SourceKind.ORGANIZATION,
    )

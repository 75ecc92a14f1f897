"""Whose words a statement is: a person's own, under every spelling of the name.

"Councilwoman X, who represents the district of Norham, said" makes X no voice of
Norham: a relative clause names a role only in a role's word. "X, a critic of the
Harbour Authority" is no voice of the authority either. "Vincent DelGiudice" and
"Vincent Del Giudice", or "Dave Rossi" and "David Rossi" with no other Rossi in the
story, are one person: one origin and one group of one quote.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Quote, QuoteGroup, Span
from corrobora.reconcile.origins import person_variants
from corrobora.reconcile.quotes import group_quotes
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def _quote(article_id: str, text: str, speaker: str) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, speaker.lower(), "said")


def _story_quotes(folder: Path) -> tuple[QuoteGroup, ...]:
    """The quote groups of the one story the articles in ``folder`` make, words only."""
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report.reconciliation.quotes


def test_a_place_a_person_represents_is_no_body_he_speaks_for(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "A protest over rents blocked the main road of Velm on Monday. Councilwoman Mara "
        "Velt, who represents the district of the Norham Housing Trust, said the police "
        "had closed three streets.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "A rent protest blocked the main road of Velm on Monday. Velt said the police had "
        "closed three streets.",
    )
    fact = fact_with(tmp_path, "closed three streets")
    assert fact.origins == ("mara velt",)


def test_a_role_named_in_a_relative_clause_still_speaks_for_its_body(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "A fire broke out at a warehouse in Velm on Monday. Ines Marrow, who is a "
        "spokeswoman for the Velm Fire Authority, said two crews were at the scene.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "A warehouse in Velm caught fire on Monday. Marrow said two crews were at the scene.",
    )
    fact = fact_with(tmp_path, "two crews were at the scene")
    assert fact.origins == ("velm fire authority",)


def test_a_critic_of_a_body_is_no_voice_of_it(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "A ferry ran aground off Velm on Monday. Jonas Brek, a critic of the Velm Harbour "
        "Authority, said the channel had not been dredged for years.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "A ferry ran aground near Velm on Monday. Brek said the channel had not been "
        "dredged for years.",
    )
    fact = fact_with(tmp_path, "not been dredged for years")
    assert fact.origins == ("jonas brek",)


def _judge_story(folder: Path, first: str, second: str) -> None:
    write_article(
        folder,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "The trial of Andrew Lomack resumed in Velm on Thursday with video of the robbery. "
        f'"The witness is an emotional wreck," Judge {first} said.',
    )
    write_article(
        folder,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "Jurors at the trial of Andrew Lomack in Velm watched video of the robbery on "
        f'Thursday. "The witness is an emotional wreck," Judge {second} said.',
    )


def test_a_surname_spelt_with_and_without_a_space_is_one_origin(tmp_path: Path) -> None:
    _judge_story(tmp_path, "Vincent DelMarco", "Vincent Del Marco")
    fact = fact_with(tmp_path, "emotional wreck")
    assert len(fact.origins) == 1
    assert fact.independent_support == 1
    groups = [g for g in _story_quotes(tmp_path) if "emotional wreck" in g.variants[0].text]
    assert len(groups) == 1
    assert len(groups[0].variants) == 2


def test_a_short_form_of_a_given_name_is_one_origin(tmp_path: Path) -> None:
    _judge_story(tmp_path, "Dave Rossland", "David Rossland")
    fact = fact_with(tmp_path, "emotional wreck")
    assert fact.origins == ("david rossland",)
    groups = [g for g in _story_quotes(tmp_path) if "emotional wreck" in g.variants[0].text]
    assert len(groups) == 1


def test_person_variants_need_a_surname_no_one_else_has() -> None:
    assert person_variants(["dave rossi", "david rossi"]) == {"dave rossi": "david rossi"}
    assert person_variants(["vincent delgiudice", "vincent del giudice"]) == {
        "vincent delgiudice": "vincent del giudice"
    }
    # beside a third Rossi, "Dave" may be someone else than "David"
    assert person_variants(["dave rossi", "david rossi", "anna rossi"]) == {}
    # another given name, or the same letters under another given name, is another person
    assert person_variants(["daniel rossi", "david rossi"]) == {}
    assert person_variants(["anna delgiudice", "vincent del giudice"]) == {}


def test_quotes_of_two_spellings_of_one_speaker_are_one_group() -> None:
    first = _quote("a", "The witness is an emotional wreck", "Vincent DelMarco")
    second = _quote("b", "The witness is an emotional wreck", "Vincent Del Marco")
    (group,) = group_quotes([first, second], ["a", "b"], 0.6)
    assert {v.speaker for v in group.variants} == {"Vincent DelMarco", "Vincent Del Marco"}

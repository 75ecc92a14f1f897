"""Who a closing credit names, and who is no source at all (review 17).

A closing "X said" whose speaker the parser hung on a noun of the reported clause (an
appositive of a place, a conjunct joined by a bare comma) still credits X, never the
place; a cue's clause never reaches across a semicolon; a verdict is the court's act,
not its statement; a named client's lawyers are on record; a document is its author's,
not its recipient's.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, story_facts, write_article

NORTH = ("Northwire", "2026-10-13T05:40:00+00:00")
SOUTH = ("Valley Courier", "2026-10-13T09:00:00+00:00")


def _two_outlets(folder: Path, first: str, second: str) -> None:
    """Write ``first`` as a Northwire article and ``second`` as a later Courier one."""
    write_article(folder, "a.txt", *NORTH, first)
    write_article(folder, "b.txt", *SOUTH, second)


def test_a_credit_after_a_multi_word_place_is_read(tmp_path: Path) -> None:
    text = (
        "The Harlow Ridge wildfire has destroyed 21 homes in the Ossing Valley, the Eastmarch "
        "Fire and Rescue Service said."
    )
    credit = credit_of(attributions(text, "Northwire"), "said", text)
    assert credit.source_key == "eastmarch fire and rescue service"
    assert credit.kind is SourceKind.ORGANIZATION
    assert text[credit.content.start : credit.content.end].endswith("in the Ossing Valley")
    _two_outlets(
        tmp_path,
        text,
        "Twenty-one homes in the Ossing Valley have been lost to the Harlow Ridge wildfire, the "
        "Eastmarch Fire and Rescue Service said.",
    )
    assert fact_with(tmp_path, "21 homes").origins == ("eastmarch fire and rescue service",)


def test_a_place_before_a_closing_credit_is_no_source() -> None:
    text = (
        "About 900 residents of Brisk and Low Ambery have left their homes as the Corwen "
        "Ridge wildfire burns, the Eastmarch Fire and Rescue Service said."
    )
    found = attributions(text, "Northwire")
    assert {a.source_key for a in found} == {"eastmarch fire and rescue service"}
    (credit,) = found
    assert text[credit.content.start : credit.content.end].endswith("wildfire burns")


def test_a_closing_credit_after_a_relative_clause_is_read(tmp_path: Path) -> None:
    # the parse that hangs the service on the wildfire is fragile: the reviewed sentence
    text = (
        "Firefighters have contained 35 per cent of the Corwen Ridge wildfire, which has "
        "burned 5,100 hectares since Monday, the Eastmarch Fire and Rescue Service said on "
        "Thursday."
    )
    credit = credit_of(attributions(text, "Northwire"), "said", text)
    assert credit.source_key == "eastmarch fire and rescue service"
    assert text[credit.content.start : credit.content.end].startswith("Firefighters have")
    write_article(tmp_path, "a.txt", *NORTH, text)
    facts = story_facts(tmp_path)
    assert not any(s.text.startswith("said on") for f in facts for s in f.support)
    assert fact_with(tmp_path, "35 per cent").origins == ("eastmarch fire and rescue service",)


def test_a_credit_does_not_cross_a_semicolon() -> None:
    text = (
        "The cause of the blaze is unknown. The fire service has said a dropped cigarette "
        "is the most likely cause; Ordale Rail has confirmed that a train passed the site "
        "on Sunday evening."
    )
    found = attributions(text, "Northwire")
    first = credit_of(found, "has said", text)
    assert first.source_key == "fire service"
    assert text[first.content.start : first.content.end] == (
        "a dropped cigarette is the most likely cause"
    )
    second = credit_of(found, "confirmed", text)
    assert second.source_key == "ordale rail"
    assert text[second.content.start : second.content.end].startswith("a train passed")


def test_a_verdict_is_the_courts_act_not_its_statement(tmp_path: Path) -> None:
    text = "A jury in Ostmark on Friday found Councillor Ivo Pelle guilty of fraud."
    (credit,) = attributions(text, "Northwire")
    assert not credit.statement
    _two_outlets(
        tmp_path,
        text,
        "A jury at Ostmark Crown Court found Councillor Ivo Pelle guilty of fraud on Friday.",
    )
    assert fact_with(tmp_path, "guilty").origins == ("northwire", "valley courier")
    # a finding stated as true stays a statement of who found it
    finding = "The inquiry found that the council had ignored the warnings."
    (stated,) = attributions(finding, "Northwire")
    assert stated.statement


def test_a_named_clients_lawyers_are_on_record() -> None:
    text = "Ivo Pelle was jailed for fraud on Friday.\n\nPelle's lawyers say he will appeal."
    credit = credit_of(attributions(text, "Northwire"), "lawyers say", text)
    assert credit.kind is SourceKind.PERSON
    assert credit.source_key == "ivo pelle s lawyer"
    # the lawyer the article names by that role is that lawyer
    named = (
        "Ivo Pelle was jailed for fraud on Friday.\n\nPelle's lawyer, Mara Stein, said he "
        "would appeal. Pelle's lawyer said the sentence was harsh."
    )
    assert credit_of(attributions(named, "Northwire"), "lawyer said", named).source_key == (
        "mara stein"
    )


def test_a_document_is_its_authors_not_its_recipients() -> None:
    text = (
        "A gas main burst near Orlin Park before the blast, according to a report by Brede "
        "Gas Company seen by Northwire.\n\nThe report to the Harlan Safety Board says the "
        "main failed at 6:12 a.m. on Sunday."
    )
    found = attributions(text, "Northwire")
    first = credit_of(found, "according to", text)
    assert first.kind is SourceKind.DOCUMENT
    assert first.source_key == "brede gas company"
    second = credit_of(found, "says", text)
    assert second.kind is SourceKind.DOCUMENT
    assert second.source_key == "brede gas company"

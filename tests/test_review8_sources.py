"""Company names, role nouns referring back and participles of a credit (review 8).

A name ending in a company word ("Harwick Mobile") is an organization whatever the
recognizer says, and its leading name ("Harwick") is the company; "the researcher"
is the anonymous researcher who spoke before; "a security researcher told the
Ledger" is the researcher's, the Ledger only heard it; and "reported by the Calder
Ledger, citing a researcher" is the Ledger's citing, never the breach's.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, story_facts, write_article

_LEDGER = (
    "Hackers took customer data from Harwick Mobile, a security researcher told the Ledger.\n\n"
    "The researcher said addresses were being offered for sale on a criminal forum.\n\n"
    "Harwick Mobile did not respond to requests for comment."
)


def test_the_researcher_is_the_anonymous_researcher_named_before() -> None:
    found = attributions(_LEDGER, "The Calder Ledger")
    credit = credit_of(found, "The researcher said", _LEDGER)
    assert credit.kind is SourceKind.ANONYMOUS
    assert credit.source_key == "security researcher"


def test_a_researcher_telling_an_outlet_is_the_speaker() -> None:
    found = attributions(_LEDGER, "The Calder Ledger")
    credit = credit_of(found, "told", _LEDGER)
    assert credit.kind is SourceKind.ANONYMOUS
    assert credit.source_key == "security researcher"
    assert not [a for a in found if a.source_key == "hackers"]


def test_a_name_ending_in_a_company_word_is_an_organization() -> None:
    found = attributions(_LEDGER, "The Calder Ledger")
    credit = credit_of(found, "did not respond", _LEDGER)
    assert (credit.source_key, credit.kind) == ("harwick mobile", SourceKind.ORGANIZATION)


def test_a_company_leading_name_is_the_company() -> None:
    text = (
        "Shares in Harwick Mobile fell 6 percent on Friday after a cyberattack.\n\n"
        "Harwick said no payment data was taken in the attack."
    )
    credit = credit_of(attributions(text, "Ostria Finance Journal"), "Harwick said", text)
    assert (credit.source_key, credit.kind) == ("harwick mobile", SourceKind.ORGANIZATION)


def test_citing_after_a_passive_credit_is_the_credited_outlet() -> None:
    text = (
        "Harwick Mobile has confirmed that hackers stole the addresses of 4.1 million "
        "customers.\n\nThe breach was first reported by the Calder Ledger, citing a security "
        "researcher."
    )
    found = attributions(text, "OBC News")
    assert not [a for a in found if a.source_key in ("breach", "attack")]
    credit = credit_of(found, "citing", text)
    assert (credit.source_key, credit.kind) == ("calder ledger", SourceKind.OUTLET)


def test_a_company_short_and_full_name_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "OBC News",
        "2026-09-03T10:20+01:00",
        "Harwick Mobile has confirmed that hackers stole the names and addresses of 4.1 "
        'million customers in a cyberattack.\n\n"No payment data was taken," Harwick Mobile '
        "said in a statement.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Ostria Finance Journal",
        "2026-09-04T09:00+01:00",
        "Shares in Harwick Mobile fell 6 percent on Friday after the operator admitted that a "
        "cyberattack had exposed the data of 4.1 million customers.\n\nHarwick said no "
        "payment data was taken in the attack.",
    )
    origins = [
        fact.origins
        for fact in story_facts(tmp_path)
        if any("payment data" in s.text for s in fact.support)
    ]
    assert origins
    assert all("harwick mobile" in found and "harwick" not in found for found in origins)


def test_the_airline_is_the_airline_just_named() -> None:
    """ "the airline" and "the operator" name a kind, like "the company" (review 8)."""
    text = (
        "Corvenne Air said one of the jet's engines failed after take-off.\n\n"
        "The airline said the passengers would fly on a replacement aircraft."
    )
    credit = credit_of(attributions(text, "Northgate Wire"), "The airline said", text)
    assert credit.source_key == "corvenne air"


def test_a_surname_the_recognizer_mislabels_is_the_person() -> None:
    """'"...," Orrin wrote' after "Nadia Orrin" is her, though "Orrin" got no person label."""
    text = (
        "Westland's transport minister Nadia Orrin resigned on Tuesday over an expenses "
        "inquiry into claims for her second home.\n\n"
        "Prime Minister Edwin Marsh accepted the resignation, his office said.\n\n"
        '"I have concluded that I can no longer serve in government while the inquiry '
        'continues," Orrin wrote in her resignation letter.'
    )
    credit = credit_of(attributions(text, "Capital Wire Service"), "Orrin wrote", text)
    assert (credit.source_key, credit.kind) == ("nadia orrin", SourceKind.PERSON)


def test_the_company_in_its_own_release_is_its_own_voice() -> None:
    """In Harlow Dynamics' own release, "the company said" credits no one else (review 9)."""
    text = (
        "Harlow Dynamics today announced a restructuring plan that will eliminate 900 jobs.\n\n"
        "The cuts will be completed by the end of March, the company said."
    )
    assert not [a for a in attributions(text, "Harlow Dynamics") if a.source_key == "company"]

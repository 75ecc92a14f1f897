"""Who speaks when a title or a role leads a name, a pronoun or an infinitive.

"Governor Ilona Marrec" is Ilona Marrec even when another Marrec is named later; a
given and a surname after a role ("Board chair Helena Sarkis", "Councillor Per
Alming") are a person; "he" in "A spokesman ... declined to comment on what he
called" is the spokesman; the object of "prompting X to accuse" accuses; "the
airline" is a body named as an airline; "appears to" hedges.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Modality, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, text_article


def _analyzed(text: str, outlet: str = "Harlow Ledger") -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def test_a_titled_full_name_is_not_a_later_namesake() -> None:
    text = (
        "The Bank of Ostria raised its key interest rate by 50 basis points to 4.75 percent "
        "on Wednesday.\n\n"
        "Governor Irena Marrec said on Wednesday that inflation was still far too high.\n\n"
        "Viktor Marrec, chief economist at Dunmore Capital, said the bank had little choice."
    )
    found = _analyzed(text)
    (credit,) = [
        a for a in found.attributions if "inflation" in text[a.content.start : a.content.end]
    ]
    assert credit.source_key == "irena marrec"
    assert credit.kind is SourceKind.PERSON


def test_a_name_after_a_role_is_a_person_the_pronoun_refers_to() -> None:
    text = (
        '"The roof just caved in," resident Olga Petrenko said.\n\n'
        "The Regional Transport Safety Board said on Monday it had opened an inquiry.\n\n"
        "Board chair Helena Sarkis said inspectors had reached the site. "
        '"It is too early to say why it collapsed," she said.'
    )
    found = _analyzed(text)
    (quote,) = [q for q in found.quotes if "too early" in q.text]
    assert quote.speaker_key == "helena sarkis"
    chair = credit_of(found.attributions, "Sarkis said", text)
    assert chair.kind is SourceKind.PERSON


def test_a_capitalized_title_before_a_name_is_no_speaker() -> None:
    text = (
        "Holmvik city council on Monday approved a new ferry terminal.\n\n"
        'Councillor Per Alming, who voted against, called the plan "money thrown into the sea".'
    )
    found = _analyzed(text)
    (quote,) = found.quotes
    assert quote.speaker_key == "per alming"


def test_he_in_a_spokesmans_own_sentence_is_the_spokesman() -> None:
    text = (
        "The Bank of Ostria will cut its key rate on Thursday, according to two people "
        "familiar with the talks.\n\n"
        "The people said Governor Marta Kellner had pushed for a deeper cut.\n\n"
        "A spokesman for the Bank of Ostria declined to comment on what he called "
        '"rumours before a policy meeting".'
    )
    found = _analyzed(text)
    (quote,) = found.quotes
    assert quote.speaker_key != "marta kellner"
    assert quote.speaker_key == "bank of ostria"


def test_the_object_of_prompting_to_accuse_is_who_accuses() -> None:
    text = (
        "The interior ministry has repeatedly called for tougher sentences, prompting "
        "defence lawyers to accuse the government of meddling with the courts."
    )
    found = attributions(text, "Harlow Ledger")
    credit = credit_of(found, "accuse", text)
    assert credit.source_key != "interior ministry"
    assert "lawyers" in credit.source


def test_the_airline_is_the_airline_not_a_place_or_an_aircraft() -> None:
    text = (
        "A Veldorian Air plane with an engine on fire landed in Brask on Monday.\n\n"
        "The Corvel C-70 was carrying 142 passengers, the airline said."
    )
    found = attributions(text, "Harlow Ledger")
    credit = credit_of(found, "airline said", text)
    assert credit.source_key == "veldorian air"


def test_appears_to_hedges_the_claim() -> None:
    found = _analyzed("The blaze appears to have started in the kitchen, a fire officer said.")
    (claim,) = found.claims
    assert claim.modality is Modality.POSSIBLE


def test_appearing_in_court_is_no_hedge() -> None:
    found = _analyzed("The driver appeared in court in Brask on Monday.")
    (claim,) = found.claims
    assert claim.modality is Modality.ASSERTED

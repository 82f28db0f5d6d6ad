"""Articles: any bytes give an Article or one clear InputError; accepted encodings decode right."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tawsim.core.errors import InputError
from tawsim.core.textio import MAX_ARTICLE_BYTES, decode_article, normalize_newlines, read_article

from reliability_support import (
    ARABIC_LETTERS,
    ARABIC_PUNCTUATION,
    CORPUS,
    SEED_ARTICLE,
    assert_clear_error,
    call_isolated,
)

WHERE = "sample.txt"
ACCEPTED_ENCODINGS = {"utf-8", "utf-8-sig", "utf-16", "windows-1256"}
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]

arabic_words = st.text(alphabet=ARABIC_LETTERS, min_size=2, max_size=9)
separators = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\r", "\t", ". ", "، ", "؟\n", " 2014 "])


@st.composite
def arabic_texts(draw, min_words: int = 1, max_words: int = 40) -> str:
    words = draw(st.lists(arabic_words, min_size=min_words, max_size=max_words))
    parts = []
    for word in words:
        parts += [word, draw(separators)]
    return "".join(parts)


# Any printable text: no surrogates, no control characters but the ones an article may hold,
# no U+FEFF (a leading one is a byte-order mark by definition).
any_texts = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
        st.sampled_from("\n\r\t"),
        st.sampled_from(ARABIC_LETTERS + ARABIC_PUNCTUATION),
    ),
    max_size=300,
)


def decode_or_clear_error(data: bytes):
    """The article, or None after checking that the refusal is one clear line naming the input."""
    try:
        article = decode_article(data, WHERE)
    except InputError as error:
        assert_clear_error(error, WHERE)
        return None
    assert isinstance(article.text, str)
    assert article.encoding in ACCEPTED_ENCODINGS
    assert "\r" not in article.text, "newlines must be LF after loading"
    return article


# -- random and damaged bytes -------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(BOMS), body=st.binary(max_size=3000))
def test_random_bytes_give_an_article_or_one_clear_error(prefix, body):
    decode_or_clear_error(prefix + body)


def first_word_bytes(text: str, encoding: str) -> int:
    """Cuts inside the first word are ambiguous: one byte 0xD8 is "ط" in Windows-1256."""
    return len(text.split(maxsplit=1)[0].encode(encoding))


@settings(max_examples=150, deadline=None)
@given(text=arabic_texts(min_words=2), data=st.data())
def test_truncated_utf8_is_refused_or_gives_a_prefix_never_mojibake(text, data):
    encoded = text.encode("utf-8")
    first = first_word_bytes(text, "utf-8")
    cut = data.draw(st.integers(min_value=first + 1, max_value=len(encoded) - 1), label="cut")
    article = decode_or_clear_error(encoded[:cut])
    if article is not None:
        assert normalize_newlines(text).startswith(article.text), (
            f"cut at byte {cut}, decoded as {article.encoding}: {article.text[:40]!r}"
        )


@settings(max_examples=100, deadline=None)
@given(before=arabic_texts(min_words=5), windows_word=arabic_words, after=arabic_texts(min_words=5))
def test_mixed_utf8_and_windows_1256_is_refused(before, windows_word, after):
    # A UTF-8 article with one word in another encoding: neither decoding of the whole file is
    # right, so the only right answer is a clear refusal.
    data = before.encode("utf-8") + windows_word.encode("cp1256") + after.encode("utf-8")
    article = decode_or_clear_error(data)
    assert article is None, f"mixed encodings decoded as {article.encoding}: {article.text[:40]!r}"


@settings(max_examples=100, deadline=None)
@given(text=arabic_texts(min_words=2), position=st.floats(0, 1), bom=st.sampled_from(BOMS[:2]))
def test_a_nul_byte_in_a_utf8_article_is_refused(text, position, bom):
    encoded = text.encode("utf-8")
    index = int(position * len(encoded))
    while index < len(encoded) and 0x80 <= encoded[index] < 0xC0:  # keep characters whole
        index += 1
    article = decode_or_clear_error(bom + encoded[:index] + b"\x00" + encoded[index:])
    assert article is None, f"NUL accepted in a {article.encoding} article"


def test_nul_bytes_after_a_utf8_byte_order_mark_are_refused_like_without_it():
    body = "قال الرئيس\x00 إن العراق".encode("utf-8")
    with pytest.raises(InputError):
        decode_article(body, WHERE)
    with pytest.raises(InputError):
        decode_article(codecs.BOM_UTF8 + body, WHERE)


@settings(max_examples=100, deadline=None)
@given(text=arabic_texts(min_words=2), data=st.data())
def test_utf16_cut_in_half_a_character_is_refused_or_gives_a_prefix(text, data):
    encoded = text.encode("utf-16")
    cut = data.draw(st.integers(min_value=3, max_value=len(encoded) - 1), label="cut")
    article = decode_or_clear_error(encoded[:cut])
    if article is not None:
        assert normalize_newlines(text).startswith(article.text)


# -- accepted encodings decode to the same text -------------------------------------------

@settings(max_examples=200, deadline=None)
@given(text=any_texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]))
def test_every_accepted_unicode_encoding_decodes_to_the_text(text, encoding):
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    article = decode_article(data, WHERE)
    assert article.text == normalize_newlines(text)


@settings(max_examples=200, deadline=None)
@given(text=arabic_texts(min_words=2))
def test_windows_1256_arabic_decodes_correctly(text):
    article = decode_article(text.encode("cp1256"), WHERE)
    assert article.encoding == "windows-1256"
    assert article.text == normalize_newlines(text)


@settings(max_examples=150, deadline=None)
@given(
    text=arabic_texts(min_words=2).map(lambda t: t.replace("\r\n", "\n").replace("\r", "\n")),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]),
    newline=st.sampled_from(["\r\n", "\r"]),
)
def test_crlf_and_cr_give_the_same_text_as_lf(text, encoding, newline):
    with_lf = decode_article(text.encode(encoding), WHERE)
    with_other = decode_article(text.replace("\n", newline).encode(encoding), WHERE)
    assert with_other.text == with_lf.text == text


@settings(max_examples=60, deadline=None)
@given(text=arabic_texts(min_words=3), order=st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_byte_order_mark_decodes_or_is_named(text, order):
    try:
        article = decode_article(text.encode(order), WHERE)
    except InputError as error:
        message = assert_clear_error(error, WHERE)
        assert "UTF-16" in message, f"a UTF-16 file is refused without saying so: {message!r}"
    else:
        assert article.text == normalize_newlines(text)


def test_invalid_byte_after_a_utf8_bom_is_reported_at_its_offset_in_the_file():
    data = codecs.BOM_UTF8 + "قال".encode("utf-8") + b"\xff"
    bad_offset = data.index(b"\xff")
    with pytest.raises(InputError) as caught:
        decode_article(data, WHERE)
    assert f"byte {bad_offset} " in str(caught.value)


# -- size and shape -------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "utf-16"])
def test_a_huge_single_line_loads_whole(encoding):
    line = ("قال الرئيس إن العراق والشام " * 80_000).rstrip()  # about 2.2 M characters, no newline
    article = decode_article(line.encode(encoding), WHERE)
    assert article.text == line


def test_empty_and_whitespace_only_articles_do_not_crash():
    assert decode_article(b"", WHERE).text == ""
    assert decode_article(b"\r\n\r\n", WHERE).text == "\n\n"


# -- files on disk --------------------------------------------------------------------------

def test_missing_file_and_folder_are_clear_errors(tmp_path):
    for path in (tmp_path / "absent.txt", tmp_path):
        with pytest.raises(InputError) as caught:
            read_article(path)
        assert_clear_error(caught.value, str(path))


def test_an_oversized_article_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert "MB" in assert_clear_error(caught.value, str(path))


@pytest.mark.skipif(os.name != "posix", reason="device files")
def test_an_endless_device_is_refused_not_read_into_memory():
    outcome = call_isolated("tawsim.core.textio.read_article", "/dev/zero", memory_mb=1024)
    assert outcome["tawsim_error"], outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_without_writer_does_not_hang(tmp_path):
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    outcome = call_isolated("tawsim.core.textio.read_article", str(pipe), timeout=5)
    assert outcome["tawsim_error"], outcome


# -- the corpus -----------------------------------------------------------------------------

REFERENCE_TEXT = (CORPUS / "articles" / "reference.utf8.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "path", sorted((CORPUS / "articles").glob("same-text.*")), ids=lambda p: p.name
)
def test_corpus_encodings_of_the_reference_text_all_decode_to_it(path):
    assert read_article(path).text == REFERENCE_TEXT


@pytest.mark.parametrize("path", sorted((CORPUS / "articles").glob("bad.*")), ids=lambda p: p.name)
def test_corpus_bad_articles_are_refused_clearly(path):
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert_clear_error(caught.value, str(path))


def test_every_truncation_of_the_reference_file_is_an_article_prefix_or_refused():
    data = (CORPUS / "articles" / "reference.utf8.txt").read_bytes()
    wrong = []
    for cut in range(first_word_bytes(REFERENCE_TEXT, "utf-8") + 1, len(data)):
        article = decode_or_clear_error(data[:cut])
        if article is not None and not REFERENCE_TEXT.startswith(article.text):
            wrong.append((cut, article.encoding))
    assert not wrong, f"{len(wrong)} of {len(data) - 1} cuts decoded to other text, e.g. {wrong[:3]}"


def test_the_seed_article_loads_as_utf8():
    article = read_article(SEED_ARTICLE)
    assert article.encoding == "utf-8"
    assert article.text == SEED_ARTICLE.read_bytes().decode("utf-8").replace("\r\n", "\n")

import codecs

import pytest

from tawsim.core.errors import InputError
from tawsim.core.textio import decode_article, read_article

ARABIC = "أعلن التحالف الدولي، الخميس، أن 99,5 في المئة\nمن الأراضي حُررت.\n"


def test_the_seed_loads_unchanged(seed_path):
    article = read_article(seed_path)
    assert article.encoding == "utf-8"
    assert article.text == seed_path.read_bytes().decode("utf-8")
    assert article.text.startswith(".\n")
    assert "ی" in article.text and "ھ" in article.text  # Persian letters are kept as they are


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.replace("حُررت", "حررت").encode("cp1256"), "windows-1256"),
    ],
)
def test_each_encoding_gives_the_same_text(data, encoding, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.encoding == encoding
    expected = ARABIC if encoding != "windows-1256" else ARABIC.replace("حُررت", "حررت")
    assert article.text == expected


def test_crlf_and_cr_files_give_the_offsets_of_the_lf_file():
    lf = decode_article(ARABIC.encode("utf-8")).text
    crlf = decode_article(ARABIC.replace("\n", "\r\n").encode("utf-8")).text
    cr = decode_article(ARABIC.replace("\n", "\r").encode("utf-8")).text
    assert lf == crlf == cr
    assert crlf.index("من الأراضي") == lf.index("من الأراضي")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 4, "binary"),
        ("Größe und Übergröße".encode("latin-1"), "not UTF-8"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "byte-order mark"),
    ],
)
def test_binary_and_unknown_encodings_are_refused_clearly(data, message):
    with pytest.raises(InputError, match=message):
        decode_article(data, "x.txt")


def test_missing_file_and_folder_give_clear_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nothing.txt")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)

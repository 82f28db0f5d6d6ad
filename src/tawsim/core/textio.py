"""Reading article files: encoding detection and the newline policy.

Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1256. Newline policy: CRLF
and lone CR become LF on load, so a file saved on Windows gives the same offsets as on Linux; the
BOM is dropped. Anything else (binary data, another encoding) is refused with a clear message.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tawsim.core.errors import InputError
from tawsim.core.files import read_user_file

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
# The Cc characters (C0, DEL, C1) but the allowed ones: one regex scan instead of a lookup per character.
_CONTROLS = re.compile("[" + "".join(
    re.escape(chr(code)) for code in range(0xA0)
    if unicodedata.category(chr(code)) == "Cc" and chr(code) not in _ALLOWED_CONTROLS) + "]")


@dataclass(frozen=True)
class Article:
    text: str
    encoding: str


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_article(data: bytes, where: str = "input") -> Article:
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode(data[3:], "utf-8", where, skipped=3), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _decode(data, "utf-16", where), "utf-16"
    elif b"\x00" in data:
        if _looks_like_utf16(data):
            raise InputError(f"{where}: looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise InputError(f"{where}: looks like a binary file (it contains NUL bytes), not an article")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            _refuse_damaged_utf8(data, error, where)
            text, encoding = _decode_windows_1256(data, where), "windows-1256"
    if "\x00" in text:
        raise InputError(f"{where}: looks like a binary file (it contains NUL characters), not an article")
    _refuse_binary(text, where)
    return Article(normalize_newlines(text), encoding)


def read_article(path: str | Path) -> Article:
    data = read_user_file(path, MAX_ARTICLE_BYTES, "an article")
    return decode_article(data, str(path))


def _looks_like_utf16(data: bytes) -> bool:
    """NULs as the high byte of ASCII characters, and text once decoded so."""
    if len(data) % 2:
        return False
    odd_zeros, even_zeros = data[1::2].count(0), data[0::2].count(0)
    # The NULs of UTF-16 text (ASCII spaces and digits) all sit on one side of each pair.
    for encoding, own, other in (("utf-16-le", odd_zeros, even_zeros), ("utf-16-be", even_zeros, odd_zeros)):
        if not own or other * 10 > own:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and not any(
            unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in text[:65536]
        ):
            return True
    return False


def _refuse_damaged_utf8(data: bytes, error: UnicodeDecodeError, where: str) -> None:
    """UTF-8 with a few bad bytes (cut off, or mixed with another encoding) is not Windows-1256."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for c in decoded if c > "\x7f") - bad
    if good >= 2 * bad:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{where}: byte {error.start} (line {line}) is not valid UTF-8 though the rest is; "
            "the file was cut off or mixes encodings; save it as UTF-8"
        )


def _decode(data: bytes, encoding: str, where: str, skipped: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{where}: starts with a {encoding.upper()} byte-order mark but byte {error.start + skipped} "
            f"is not valid {encoding.upper()}"
        ) from None


def _decode_windows_1256(data: bytes, where: str) -> str:
    """Windows-1256 maps every byte, so accept it only when the result reads as Arabic text."""
    text = data.decode("cp1256", errors="replace")
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    if "\ufffd" in text or not letters or arabic / len(letters) < 0.5:
        raise InputError(
            f"{where}: not UTF-8, UTF-16 or Windows-1256 Arabic text; "
            "save the article as UTF-8 and open it again"
        )
    return text


def _refuse_binary(text: str, where: str) -> None:
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(2, len(sample) // 1000):
        raise InputError(f"{where}: looks like a binary file (control characters), not an article")

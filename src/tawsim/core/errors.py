class TawsimError(Exception):
    """An error the user can act on; its message is shown as is, without a traceback."""


class InputError(TawsimError):
    """A file that cannot be read as what it claims to be."""


class SaveError(TawsimError):
    """A file that could not be written; whatever was on disk before is untouched."""


QUOTE_LIMIT = 80
MESSAGE_LIMIT = 400


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Quoted input cut to `limit` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    keep = max(limit - 30, 10)
    return f"{text[: keep // 2]}…[{len(text) - keep:,} characters]…{text[-(keep - keep // 2):]}"


def one_line(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """A message fit for one line: newlines become spaces, over-long words (a quoted run of
    digits, a whole line of a file) are shortened, then the whole is capped. A path is never cut
    in the middle, so the user can still find the file it names."""
    words = [word if "/" in word else shorten(word) for word in " ".join(message.splitlines()).split(" ")]
    return shorten(" ".join(words), limit)

"""Reading the rule data users edit: word lists and JSON-lines pattern files.

Rule files are data only: nothing in them is evaluated as code. Every error names the file and
line. User regular expressions run through the `regex` module with a time limit, so a pattern that
backtracks catastrophically is stopped and reported with its rule id instead of hanging the engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import regex

from tawsim.core.errors import TawsimError

REGEX_TIME_LIMIT = 1.0  # seconds per document and pattern
MAX_RULE_FILE_BYTES = 64 * 1024 * 1024


class RuleFileError(TawsimError):
    """A malformed rule file; the message starts with `path:line:`."""


class RuleTimeout(TawsimError):
    """A user pattern ran past its time limit."""


@dataclass(frozen=True)
class WordListEntry:
    text: str
    label: str | None  # the entry's own label (`text<TAB>LABEL`), else the file's `# label:`
    path: Path
    line: int


@dataclass(frozen=True)
class Record:
    data: dict
    path: Path
    line: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _read_lines(path: Path) -> list[str]:
    try:
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            raise RuleFileError(f"{path}:1: rule file larger than {MAX_RULE_FILE_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as error:
        raise RuleFileError(f"{path}:1: cannot read: {error.strerror or error}") from None
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = body[: error.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        line = before.count(b"\n") + 1
        raise RuleFileError(f"{path}:{line}: not UTF-8 text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise RuleFileError(f"{path}:{text[: text.index(chr(0))].count(chr(10)) + 1}: binary data")
    return text.split("\n")


def read_word_list(path: str | Path) -> tuple[str | None, list[WordListEntry]]:
    """A plain word list: one entry per line, `#` comments, an optional `# label: LOC` header.

    An entry may carry its own label after a tab: `الأمم المتحدة<TAB>ORG`.
    Returns the file label and the entries.
    """
    path = Path(path)
    file_label: str | None = None
    entries: list[WordListEntry] = []
    for number, line in enumerate(_read_lines(path), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            directive = stripped[1:].strip()
            if directive.lower().startswith("label:"):
                file_label = directive.split(":", 1)[1].strip() or None
            continue
        label = None
        if "\t" in stripped:
            stripped, label = (part.strip() for part in stripped.split("\t", 1))
            if not label or not label.replace("_", "").isalnum():
                raise RuleFileError(f"{path}:{number}: after the tab comes a label such as ORG, not {label!r}")
        if len(stripped) > 200:
            raise RuleFileError(f"{path}:{number}: entry longer than 200 characters")
        entries.append(WordListEntry(stripped, label or file_label, path, number))
    return file_label, entries


def read_records(path: str | Path, required: dict[str, type | tuple[type, ...]]) -> list[Record]:
    """A JSON-lines file: one JSON object per line; blank lines and `#` comment lines are skipped.

    `required` maps field names to the types they must have; the error names file and line.
    """
    path = Path(path)
    records: list[Record] = []
    for number, line in enumerate(_read_lines(path), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise RuleFileError(f"{path}:{number}: not a JSON object ({error.msg} at column {error.colno})") from None
        except RecursionError:
            raise RuleFileError(f"{path}:{number}: JSON nested too deeply") from None
        except ValueError as error:
            raise RuleFileError(f"{path}:{number}: not a JSON object ({error})") from None
        if not isinstance(data, dict):
            raise RuleFileError(f"{path}:{number}: each line must be a JSON object {{...}}")
        for name, kind in required.items():
            if name not in data:
                raise RuleFileError(f"{path}:{number}: missing field {name!r}")
            if not isinstance(data[name], kind) or isinstance(data[name], bool) and kind is not bool:
                raise RuleFileError(f"{path}:{number}: field {name!r} has the wrong type")
        records.append(Record(data, path, number))
    return records


def compile_pattern(pattern: str, where: str, rule_id: str) -> regex.Pattern:
    """Compile a user regular expression; a bad one names its file, line and rule."""
    if not isinstance(pattern, str) or not pattern:
        raise RuleFileError(f"{where}: rule {rule_id}: the pattern must be a non-empty string")
    size = 1
    for low, high in _REPEAT_COUNT.findall(pattern):
        size *= max(int(low or 0), int(high or 0), 1)
    if size > MAX_REPEAT_PRODUCT:
        raise RuleFileError(
            f"{where}: rule {rule_id}: counted repeats ({{n}}) multiply to more than "
            f"{MAX_REPEAT_PRODUCT:,}; use + or * instead"
        )
    try:
        return regex.compile(pattern, regex.VERSION0)
    except regex.error as error:
        raise RuleFileError(f"{where}: rule {rule_id}: bad regular expression: {error}") from None
    except (RecursionError, MemoryError, OverflowError):
        raise RuleFileError(f"{where}: rule {rule_id}: regular expression too large or nested too deeply") from None


MAX_REPEAT_PRODUCT = 100_000
_REPEAT_COUNT = regex.compile(r"\{(\d*),?(\d*)\}")


def finditer_limited(pattern: regex.Pattern, text: str, rule_id: str, pos: int = 0, endpos: int | None = None):
    """`pattern.finditer` that stops with RuleTimeout after REGEX_TIME_LIMIT seconds."""
    try:
        yield from pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIME_LIMIT
        )
    except TimeoutError:
        raise RuleTimeout(
            f"rule {rule_id}: its regular expression ran longer than {REGEX_TIME_LIMIT:g} s and was stopped"
        ) from None

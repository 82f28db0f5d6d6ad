"""Rule files: malformed lines give RuleFileError naming file:line; user regexes cannot hang."""

from __future__ import annotations

import json
import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tawsim.rules.shared import rulefiles
from tawsim.rules.shared.rulefiles import (
    RuleFileError,
    RuleTimeout,
    compile_pattern,
    finditer_limited,
    read_records,
    read_word_list,
)

from reliability_support import ARABIC_LETTERS, CORPUS, assert_clear_error, call_isolated

REQUIRED = {"id": str, "pattern": str, "label": str}
FIXTURE_HEALTH = [HealthCheck.function_scoped_fixture]


def line_named(error: RuleFileError, path) -> int:
    message = assert_clear_error(error, str(path))
    found = re.match(rf"{re.escape(str(path))}:(\d+): ", message)
    assert found, f"message does not start with {path}:<line>: {message!r}"
    return int(found.group(1))


# -- word lists -----------------------------------------------------------------------------

word_list_lines = st.text(
    alphabet=st.sampled_from(ARABIC_LETTERS[:10] + "ab _#:\t\r" + "\x00\u00a0"), max_size=30
) | st.sampled_from(["# label: LOC", "# label:", "دمشق\tLOC", "حلب\t", "\tORG", "x" * 201])


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(lines=st.lists(word_list_lines, max_size=12), newline=st.sampled_from(["\n", "\r\n"]))
def test_any_word_list_reads_or_names_a_real_line(tmp_path, lines, newline):
    path = tmp_path / "list.txt"
    path.write_bytes(newline.join(lines).encode("utf-8"))
    physical = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    try:
        _, entries = read_word_list(path)
    except RuleFileError as error:
        assert 1 <= line_named(error, path) <= len(physical)
        return
    for entry in entries:
        assert entry.text and "\t" not in entry.text and len(entry.text) <= 200
        assert entry.text in physical[entry.line - 1]


BAD_WORD_LIST_LINES = {
    "label is not a name": "حلب\tnot a label".encode("utf-8"),
    "entry too long": ("ب" * 201).encode("utf-8"),
    "not UTF-8": "بيروت".encode("cp1256"),
    "NUL byte": b"ab\x00c",
}


@settings(max_examples=120, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(
    good=st.lists(st.text(alphabet=ARABIC_LETTERS[:10] + " ", min_size=1, max_size=12), max_size=20),
    kind=st.sampled_from(sorted(BAD_WORD_LIST_LINES)),
    data=st.data(),
    newline=st.sampled_from([b"\n", b"\r\n"]),
)
def test_a_bad_line_in_a_word_list_is_named_by_its_number(tmp_path, good, kind, data, newline):
    index = data.draw(st.integers(0, len(good)), label="bad line index")
    lines = [line.encode("utf-8") for line in good]
    lines.insert(index, BAD_WORD_LIST_LINES[kind])
    path = tmp_path / "list.txt"
    path.write_bytes(newline.join(lines) + newline)
    with pytest.raises(RuleFileError) as caught:
        read_word_list(path)
    assert line_named(caught.value, path) == index + 1


@pytest.mark.parametrize(
    "raw", [b"\xef\xbb\xbfa\nb\n\xff\n", b"a\rb\r\xff\r", b"\xef\xbb\xbfa\r\nb\r\n\xff"],
    ids=["BOM then LF", "CR line ends", "BOM then CRLF"],
)
def test_an_invalid_byte_is_named_on_its_line_after_a_bom_or_with_cr_line_ends(tmp_path, raw):
    path = tmp_path / "list.txt"
    path.write_bytes(raw)
    with pytest.raises(RuleFileError) as caught:
        read_word_list(path)
    assert line_named(caught.value, path) == 3


def test_a_ten_megabyte_single_line_is_named_as_too_long(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("دمشق\n" + "ب" * 5_000_000, encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        read_word_list(path)
    assert line_named(caught.value, path) == 2


@pytest.mark.parametrize("name", ["absent.txt", "."])
def test_missing_word_list_and_folder_are_clear_errors(tmp_path, name):
    path = tmp_path / name
    with pytest.raises(RuleFileError) as caught:
        read_word_list(path)
    line_named(caught.value, path)


# -- JSON-lines records ---------------------------------------------------------------------

BAD_RECORD_LINES = {
    "truncated JSON": '{"id": "R9", "pattern": "a',
    "array": '["R9", "a", "LOC"]',
    "string": '"just a string"',
    "missing field": '{"id": "R9", "label": "LOC"}',
    "wrong type": '{"id": "R9", "pattern": "a", "label": 5}',
    "boolean for a string": '{"id": "R9", "pattern": true, "label": "LOC"}',
    "deep nesting": '{"a":' * 100_000,
    "huge integer": '{"id": "R9", "pattern": "a", "label": "LOC", "weight": 1' + "0" * 5000 + "}",
    "trailing garbage": '{"id": "R9", "pattern": "a", "label": "LOC"} x',
}

good_records = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=5), "pattern": st.text(min_size=1, max_size=8), "label": st.sampled_from(["LOC", "ORG"])}
)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(
    good=st.lists(good_records | st.just("# comment") | st.just(""), max_size=15),
    kind=st.sampled_from(sorted(set(BAD_RECORD_LINES) - {"huge integer"})),
    data=st.data(),
)
def test_a_bad_line_in_a_records_file_is_named_by_its_number(tmp_path, good, kind, data):
    lines = [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in good]
    index = data.draw(st.integers(0, len(lines)), label="bad line index")
    lines.insert(index, BAD_RECORD_LINES[kind])
    path = tmp_path / "rules.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        read_records(path, REQUIRED)
    assert line_named(caught.value, path) == index + 1


def test_a_records_line_with_an_integer_too_long_to_convert_is_named(tmp_path):
    path = tmp_path / "rules.jsonl"
    path.write_text('{"id": "R1", "pattern": "a", "label": "LOC"}\n' + BAD_RECORD_LINES["huge integer"] + "\n")
    with pytest.raises(RuleFileError) as caught:
        read_records(path, REQUIRED)
    assert line_named(caught.value, path) == 2


@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURE_HEALTH)
@given(raw=st.binary(max_size=400))
def test_random_bytes_as_records_read_or_name_a_line(tmp_path, raw):
    path = tmp_path / "rules.jsonl"
    path.write_bytes(raw)
    try:
        records = read_records(path, REQUIRED)
    except RuleFileError as error:
        assert line_named(error, path) >= 1
    else:
        assert all(isinstance(record.data, dict) for record in records)


# -- user regular expressions -------------------------------------------------------------

regex_like = st.text(alphabet=st.sampled_from("ab()[]{}*+?|\\^$.,-12:<>=!P#ص"), max_size=24)


@settings(max_examples=400, deadline=None)
@given(pattern=regex_like)
def test_any_pattern_compiles_or_is_a_rule_file_error_naming_the_rule(pattern):
    try:
        compiled = compile_pattern(pattern, "rules.jsonl:7", "R42")
    except RuleFileError as error:
        message = assert_clear_error(error, "rules.jsonl:7")
        assert "R42" in message
    else:
        assert isinstance(compiled, regex.Pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        "(" * 5000 + "a" + ")" * 5000,  # deeper than Python's recursion limit
        "(?:" * 3000 + "a" + ")" * 3000,
    ],
    ids=["5000 groups", "3000 non-capturing groups"],
)
def test_a_deeply_nested_pattern_is_a_rule_file_error(pattern):
    with pytest.raises(RuleFileError) as caught:
        compile_pattern(pattern, "rules.jsonl:3", "R7")
    assert "R7" in assert_clear_error(caught.value, "rules.jsonl:3")


@pytest.mark.parametrize("pattern", ["(?:x{65535}){65535}", "(?:(?:a{1000}){1000}){1000}"])
def test_a_pattern_whose_repeats_multiply_to_billions_is_refused_without_exhausting_memory(pattern):
    outcome = call_isolated(
        "tawsim.rules.shared.rulefiles.compile_pattern", pattern, "rules.jsonl:4", "R8", memory_mb=512, timeout=60
    )
    assert outcome["tawsim_error"] and "R8" in outcome["message"], outcome


CATASTROPHIC = {
    "(a+)+$": "a" * 5000 + "!",
    "(a|aa)+$": "a" * 5000 + "!",
    "(a|a)+b": "a" * 5000,
    r"(\w+\s?)+$": "كلمة " * 2000 + "!",
}


@pytest.mark.parametrize("pattern", sorted(CATASTROPHIC))
def test_a_catastrophic_regex_is_stopped_and_reported_with_its_rule_id(monkeypatch, pattern):
    monkeypatch.setattr(rulefiles, "REGEX_TIME_LIMIT", 0.3)
    compiled = compile_pattern(pattern, "rules.jsonl:9", "evil-rule-9")
    with pytest.raises(RuleTimeout) as caught:
        for _ in finditer_limited(compiled, CATASTROPHIC[pattern], "evil-rule-9"):
            pass
    assert "evil-rule-9" in assert_clear_error(caught.value, "evil-rule-9")


def test_the_default_time_limit_stops_a_catastrophic_regex_too():
    compiled = compile_pattern("(a|aa)+$", "rules.jsonl:1", "R1")
    with pytest.raises(RuleTimeout):
        list(finditer_limited(compiled, "a" * 10_000 + "!", "R1"))


def test_a_regex_that_is_slow_at_every_match_is_stopped_for_the_whole_document(monkeypatch):
    # Each match costs a burst of backtracking; many matches together must still respect the limit.
    monkeypatch.setattr(rulefiles, "REGEX_TIME_LIMIT", 0.3)
    compiled = compile_pattern(r"(?:(?:a|aa)+c|(?:a|aa)+b)", "rules.jsonl:2", "R2")
    with pytest.raises(RuleTimeout):
        list(finditer_limited(compiled, ("a" * 30 + "b ") * 40, "R2"))


def test_rule_files_are_data_never_code(tmp_path):
    sentinel = tmp_path / "pwned"
    payload = f"__import__('pathlib').Path({str(sentinel)!r}).touch()"
    words = tmp_path / "list.txt"
    words.write_text(f"{payload}\n{{{{payload}}}}\n", encoding="utf-8")
    records = tmp_path / "rules.jsonl"
    records.write_text(json.dumps({"id": payload, "pattern": payload, "label": "LOC"}) + "\n", encoding="utf-8")
    _, entries = read_word_list(words)
    (record,) = read_records(records, REQUIRED)
    compile_pattern(r"(?<name>\w+)", str(records) + ":1", record.data["id"])
    assert entries[0].text == payload and record.data["pattern"] == payload
    assert not sentinel.exists()


# -- the corpus -----------------------------------------------------------------------------

RULES = CORPUS / "rules"


def expected_line(path) -> int:
    return int(re.search(r"\.line-(\d+)\.", path.name).group(1))


@pytest.mark.parametrize("path", sorted(RULES.glob("*.line-*.*")), ids=lambda p: p.name)
def test_corpus_bad_rule_files_name_the_right_line(path):
    with pytest.raises(RuleFileError) as caught:
        if path.name.startswith("wordlist."):
            read_word_list(path)
        else:
            read_records(path, REQUIRED)
    assert line_named(caught.value, path) == expected_line(path)


def test_corpus_good_rule_files_read():
    label, entries = read_word_list(RULES / "wordlist.ok.crlf-comments.txt")
    assert label == "LOC"
    assert [(e.text, e.label, e.line) for e in entries] == [
        ("دمشق", "LOC", 4), ("حلب", "LOC", 5), ("بيروت", "LOC", 6)
    ]
    records = read_records(RULES / "records.ok.pattern.jsonl", REQUIRED)
    assert [(r.data["id"], r.line) for r in records] == [("R1", 2), ("R2", 4)]

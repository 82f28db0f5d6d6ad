"""Writes the fuzz corpus beside this script. Run it again after changing a case; commit the files.

Naming (the tests rely on it):
  articles/reference.utf8.txt        the text every `same-text.*` file must decode to
  articles/same-text.<how>.txt       the reference in another accepted encoding or newline style
  articles/bad.<why>.<ext>           must be refused with one clear InputError naming the file
  annotations/ok.<why>.json          must load with no problems
  annotations/problems.<why>.json    must load; `expectations.json` lists the ids its problems name
  annotations/bad.<why>.json         must be refused with one clear InputError naming the file
  rules/<wordlist|records>.ok.<why>  must read without error
  rules/<wordlist|records>.<why>.line-<N>.<ext>   must fail with RuleFileError "<path>:<N>:"
"""

from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

REFERENCE = (
    "أعلنت وزارة الصحة، الأحد، أن عدد المصابين بلغ نحو 3400 شخص في العاصمة.\n"
    "وقال المتحدث باسم الوزارة إن «الوضع تحت السيطرة» رغم ارتفاع الإصابات بنسبة 12 في المئة.\n"
    "وأضاف أن الفرق الطبية وصلت إلى بلدة الباغوز على الحدود مع العراق.\n"
    "ولم تعلق الحكومة على الأرقام حتى الآن؟\n"
)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(span_id: str, text: str, needle: str, label: str, category: str = "entity", nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {
        "id": span_id, "start": start, "end": start + len(needle), "text": needle,
        "category": category, "label": label, "status": "accepted", "source": "manual", "attrs": {},
    }


def tawsim_file(text: str, spans: list[dict], relations: list[dict] = (), recorded_text: str | None = None) -> dict:
    return {
        "format": "tawsim",
        "version": 1,
        "document": {"name": "reference", "sha256": sha256(recorded_text or text), "text": text},
        "schema": "default",
        "annotations": spans,
        "relations": list(relations),
    }


def write(relative: str, data: bytes | str) -> None:
    path = HERE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def articles() -> None:
    crlf = REFERENCE.replace("\n", "\r\n")
    write("articles/reference.utf8.txt", REFERENCE)
    write("articles/same-text.utf8-crlf.txt", crlf)
    write("articles/same-text.utf8-cr.txt", REFERENCE.replace("\n", "\r"))
    write("articles/same-text.utf8-bom.txt", codecs.BOM_UTF8 + REFERENCE.encode("utf-8"))
    write("articles/same-text.utf16le-bom.txt", codecs.BOM_UTF16_LE + REFERENCE.encode("utf-16-le"))
    write("articles/same-text.utf16be-bom.txt", codecs.BOM_UTF16_BE + REFERENCE.encode("utf-16-be"))
    write("articles/same-text.utf16le-bom-crlf.txt", codecs.BOM_UTF16_LE + crlf.encode("utf-16-le"))
    write("articles/same-text.cp1256.txt", REFERENCE.encode("cp1256"))
    write("articles/same-text.cp1256-crlf.txt", crlf.encode("cp1256"))

    utf8 = REFERENCE.encode("utf-8")
    write("articles/bad.png-header.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    write("articles/bad.zip-header.bin", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200))
    write("articles/bad.pdf-header.bin", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n\x78\x9c\xed\xbd\x07")
    write("articles/bad.latin1-french.txt", "Le café crème était très bon à Genève.\n".encode("latin-1"))
    write("articles/bad.truncated-utf8.txt", utf8[: utf8.index("العاصمة".encode("utf-8")) + 3])
    write("articles/bad.mixed-utf8-cp1256.txt", utf8[:120] + "الحكومة السورية".encode("cp1256") + utf8[120:])
    space = utf8.index(b" ", 40)
    write("articles/bad.utf8-with-nul.txt", utf8[:space] + b"\x00" + utf8[space:])
    write("articles/bad.utf8-bom-with-nul.txt", codecs.BOM_UTF8 + utf8[:space] + b"\x00" + utf8[space:])
    write("articles/bad.utf16-bom-odd-length.txt", codecs.BOM_UTF16_LE + REFERENCE.encode("utf-16-le")[:-1])
    write("articles/bad.utf16-bom-lone-surrogate.txt", codecs.BOM_UTF16_LE + "قال".encode("utf-16-le") + b"\x00\xd8" + "هنا".encode("utf-16-le"))
    write("articles/bad.utf32-bom.txt", REFERENCE.encode("utf-32"))
    write("articles/bad.control-characters.txt", "قال الرئيس".encode("utf-8") + bytes(range(1, 9)) * 20)


def annotations() -> None:
    text = REFERENCE
    good = [
        span("T1", text, "وزارة الصحة", "ORG"),
        span("T2", text, "نحو 3400 شخص", "CARDINAL", "figure"),
        span("T3", text, "الباغوز", "LOC"),
        span("T4", text, "الوضع تحت السيطرة", "CLAIM", "claim"),
    ]
    speaker = [{"id": "R1", "type": "speaker", "from": "T4", "to": "T1"}]
    write("annotations/ok.minimal.json", json.dumps(tawsim_file(text, good, speaker), ensure_ascii=False, indent=1))
    write("annotations/ok.utf8-bom.json", codecs.BOM_UTF8 + json.dumps(tawsim_file(text, good)).encode("utf-8"))

    # The text was edited outside Tawsim: a line added at the top shifts every span.
    edited = "عاجل: تحديث\n" + text.replace("الباغوز", "هجين")
    write("annotations/problems.text-edited.json", json.dumps(tawsim_file(edited, good, speaker, recorded_text=text), ensure_ascii=False))
    duplicate = good + [dict(good[2], start=0, end=5, text="أعلنت")]
    write("annotations/problems.duplicate-id.json", json.dumps(tawsim_file(text, duplicate), ensure_ascii=False))
    dangling = [{"id": "R1", "type": "speaker", "from": "T4", "to": "T99"}]
    write("annotations/problems.relation-to-missing-id.json", json.dumps(tawsim_file(text, good, dangling), ensure_ascii=False))
    # "في" occurs many times: offsets out of range can not be re-anchored.
    lost = good + [dict(span("T5", text, "في", "LOC"), start=5000, end=5002)]
    write("annotations/problems.out-of-range-ambiguous.json", json.dumps(tawsim_file(text, lost), ensure_ascii=False))
    inverted = good + [dict(span("T6", text, "العراق", "LOC"), start=30, end=10)]
    write("annotations/problems.inverted-offsets.json", json.dumps(tawsim_file(text, inverted), ensure_ascii=False))
    write("annotations/expectations.json", json.dumps({
        "problems.text-edited.json": ["T1", "T2", "T3", "T4"],
        "problems.duplicate-id.json": ["T3"],
        "problems.relation-to-missing-id.json": ["R1"],
        "problems.out-of-range-ambiguous.json": ["T5"],
        "problems.inverted-offsets.json": ["T6"],
    }, indent=1))

    valid = json.dumps(tawsim_file(text, good, speaker), ensure_ascii=False)
    write("annotations/bad.truncated.json", valid[: len(valid) // 2])
    write("annotations/bad.not-json.json", "hello, this is not JSON\n")
    write("annotations/bad.empty.json", "")
    write("annotations/bad.deep-nesting.json", "[" * 5000 + "]" * 5000)
    write("annotations/bad.deep-object-nesting.json", '{"a":' * 5000 + "1" + "}" * 5000)
    wrong_type = tawsim_file(text, [dict(good[0], start="0")])
    write("annotations/bad.offset-is-a-string.json", json.dumps(wrong_type, ensure_ascii=False))
    write("annotations/bad.annotations-is-an-object.json", json.dumps(dict(tawsim_file(text, []), annotations={"T1": good[0]}), ensure_ascii=False))
    write("annotations/bad.unknown-category.json", json.dumps(tawsim_file(text, [dict(good[0], category="person")]), ensure_ascii=False))
    first_start = f'"start": {good[0]["start"]},'
    assert first_start in valid
    write("annotations/bad.huge-integer.json", valid.replace(first_start, '"start": 1' + "0" * 5000 + ",", 1))
    write("annotations/bad.lone-surrogate.json", valid.replace("reference", "ref\\ud800erence", 1))
    write("annotations/bad.other-format.json", json.dumps({"format": "brat", "version": 1}))
    write("annotations/bad.top-level-array.json", json.dumps([tawsim_file(text, good)], ensure_ascii=False))
    write("annotations/bad.utf16.json", valid.encode("utf-16"))
    write("annotations/bad.binary.json", bytes(range(256)) * 4)


def rules() -> None:
    write("rules/wordlist.ok.crlf-comments.txt", "# label: LOC\r\n# comment\r\n\r\nدمشق\r\nحلب\tLOC\r\n  بيروت  \r\n")
    write("rules/wordlist.bad-label.line-3.txt", "# label: ORG\nالأمم المتحدة\nحلب\tnot a label\n")
    write("rules/wordlist.too-long.line-2.txt", "دمشق\n" + "ب" * 201 + "\nحلب\n")
    write("rules/wordlist.not-utf8.line-4.txt", "دمشق\nحلب\n# comment\n".encode("utf-8") + "بيروت".encode("cp1256") + b"\n")
    write("rules/wordlist.nul.line-2.txt", b"abc\nde\x00f\n")
    write("rules/wordlist.bom-then-bad-byte.line-2.txt", codecs.BOM_UTF8 + b"a\n\xff\n")
    write("rules/wordlist.cr-line-ends-bad-byte.line-3.txt", b"a\rb\r\xff\r")
    write("rules/records.ok.pattern.jsonl", '# comment\n{"id": "R1", "pattern": "\\\\d+", "label": "CARDINAL"}\n\n{"id": "R2", "pattern": "x", "label": "LOC"}\n')
    write("rules/records.truncated-json.line-2.jsonl", '{"id": "R1", "pattern": "a", "label": "LOC"}\n{"id": "R2", "pattern": "a\n')
    write("rules/records.array.line-1.jsonl", '["R1", "a", "LOC"]\n')
    write("rules/records.missing-field.line-3.jsonl", '{"id": "R1", "pattern": "a", "label": "LOC"}\n\n{"id": "R2", "label": "LOC"}\n')
    write("rules/records.wrong-type.line-2.jsonl", '{"id": "R1", "pattern": "a", "label": "LOC"}\n{"id": "R2", "pattern": "a", "label": 5}\n')
    write("rules/records.huge-integer.line-2.jsonl", '{"id": "R1", "pattern": "a", "label": "LOC"}\n{"id": "R2", "pattern": "a", "label": "LOC", "weight": 1' + "0" * 5000 + "}\n")
    write("rules/records.deep-nesting.line-1.jsonl", '{"a":' * 5000 + "}" * 5000 + "\n")


if __name__ == "__main__":
    articles()
    annotations()
    rules()

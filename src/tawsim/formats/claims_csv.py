"""A CSV of claims for fact-checkers: one row per claim, with its speaker and the figures inside.

UTF-8 with a byte-order mark and CRLF rows, so Excel opens Arabic text correctly. Offsets are code
points. `figures` lists each figure inside the claim as `text [value unit qualifier]` (a range: `low–high`), separated by
" | ". A cell that Excel would run as a formula (starting with = + - @) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from tawsim.formats.common import ExportOptions, export_view

COLUMNS = (
    "document",
    "claim_id",
    "claim",
    "speaker",
    "speaker_label",
    "figures",
    "status",
    "start",
    "end",
)
BOM = "\ufeff"


def export(annotations, options: ExportOptions) -> dict[str, bytes]:
    return {".csv": (BOM + to_text(annotations, options)).encode("utf-8")}


def join(parts: list[bytes]) -> bytes:
    texts = [part.decode("utf-8-sig") for part in parts]
    rows = [texts[0]] + [text.split("\r\n", 1)[1] for text in texts[1:]]
    return (BOM + "".join(rows)).encode("utf-8")


def to_text(annotations, options: ExportOptions) -> str:
    view = export_view(annotations, options)
    by_id = {span.id: span for span in view.spans}
    speakers = {r.source: by_id[r.target] for r in view.relations if r.type == "speaker"}
    figures = [s for s in view.spans if s.category == "figure"]
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for claim in (s for s in view.spans if s.category == "claim"):
        speaker = speakers.get(claim.id)
        inside = [f for f in figures if claim.start <= f.start and f.end <= claim.end]
        writer.writerow(
            _safe(cell)
            for cell in (
                view.document.name,
                claim.id,
                claim.text,
                speaker.text if speaker else "",
                speaker.label if speaker else "",
                " | ".join(_figure(f) for f in inside),
                claim.status,
                claim.start,
                claim.end,
            )
        )
    return stream.getvalue()


def _figure(span) -> str:
    value, high = _number(span.attrs.get("value")), _number(span.attrs.get("high"))
    details = [
        f"{value}–{high}" if high is not None else value,  # a range: its low and high ends
        span.attrs.get("unit"),
        span.attrs.get("qualifier"),
    ]
    shown = " ".join(str(d) for d in details if d not in (None, ""))
    return f"{span.text} [{shown}]" if shown else span.text


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _safe(cell):
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell
